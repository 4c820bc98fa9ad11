package py

import "fmt"

// The rest of CPython 3.11's builtin exception hierarchy.
var (
	IndentationErrorType          = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType                  = newExcType("TabError", IndentationErrorType)
	UnicodeTranslateErrorType     = newExcType("UnicodeTranslateError", UnicodeErrorType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
)

func init() {
	for _, t := range []*Type{IndentationErrorType, TabErrorType, UnicodeTranslateErrorType,
		PendingDeprecationWarningType, SyntaxWarningType, FutureWarningType, ImportWarningType,
		UnicodeWarningType, BytesWarningType, EncodingWarningType} {
		Builtins.Dict.setIdent(t.Name, t)
	}
	t := UnicodeTranslateErrorType
	method(t, "__str__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		if len(e.Args.Items) != 4 && e.fields == nil {
			return Str(baseExcStr(e))
		}
		a := []Object{excField(e, 0), excField(e, 1), excField(e, 2), excField(e, 3)}
		start, end := Index(a[1]), Index(a[2])
		r := StrRunes(StrOf(a[0]))
		if end == start+1 && start >= 0 && start < len(r) {
			c := r[start]
			var cs string
			switch {
			case c <= 0xff:
				cs = fmt.Sprintf(`\x%02x`, c)
			case c <= 0xffff:
				cs = fmt.Sprintf(`\u%04x`, c)
			default:
				cs = fmt.Sprintf(`\U%08x`, c)
			}
			return Str(fmt.Sprintf("can't translate character '%s' in position %d: %s", cs, start, StrOf(a[3])))
		}
		return Str(fmt.Sprintf("can't translate characters in position %d-%d: %s", start, end-1, StrOf(a[3])))
	})
	for i, name := range []string{"object", "start", "end", "reason"} {
		i := i
		AddGetter(t, name, func(o Object) Object { return excField(o.(*BaseException), i) },
			func(o, v Object) { setExcField(o.(*BaseException), i, 4, v) })
	}
	AddGetter(t, "encoding", func(o Object) Object { return None }, nil)
}
