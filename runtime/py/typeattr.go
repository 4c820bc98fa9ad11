package py

import (
	"fmt"
	"strings"
)

// setTypeAttr is cls.name = v. The names a type keeps outside its dict
// (__name__, __qualname__; __module__, which the repr reads) are updated
// where the type keeps them, as CPython's type setters do.
func setTypeAttr(t *Type, name string, v Object) {
	switch name {
	case "__bases__":
		setBases(t, v)
		return
	case "__mro__":
		panic(NewError(AttributeErrorType, "readonly attribute"))
	case "__dict__":
		panic(NewError(AttributeErrorType, "attribute '__dict__' of 'type' objects is not writable"))
	case "__name__", "__qualname__":
		s, ok := UnwrapValue(v).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("can only assign string to %s.%s, not '%s'", t.Name, name, typeName(v))))
		}
		if name == "__name__" {
			if strings.ContainsRune(string(s), 0) {
				panic(NewError(ValueErrorType, "type name must not contain null characters"))
			}
			if hasSurrogates(string(s)) {
				panic(SurrogateEncodeError("utf-8", string(s)))
			}
			t.Name = string(s)
		} else {
			t.Qualname = string(s)
		}
		return
	case "__module__":
		if s, ok := v.(Str); ok {
			t.Module = string(s)
		}
	}
	t.Dict.SetStr(name, v)
}
