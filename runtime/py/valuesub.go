package py

import "fmt"

// Subclasses of the builtin value types. int, float, complex, str and
// bytes values are Go values (Int, *BigInt, Float, Complex, Str, Bytes)
// that cannot carry a class or a __dict__, so an instance of a Python
// subclass of one of them is a *ValueSub holding its class, its __dict__
// and the builtin value, as CPython's PyLongObject of a subclass holds the
// digits beside ob_type.
//
// The operators' fast paths never match a *ValueSub, so operations on one
// go through the class's dunders, as CPython's slots do: the subclass's own
// methods first, then the builtin type's, which take the value out
// (checkSelf) and work on it. Builtins that accept "a str", "an int" or
// "a bytes-like object" take the value out too (UnwrapValue).

// ValueSub is an instance of a Python subclass of int, float, complex, str
// bytes or bytearray (whose value is its own *ByteArray, changed in place).
type ValueSub struct {
	cls  *Type
	Dict *Dict
	// V is the builtin value: an Int or *BigInt, Float, Complex, Str or
	// Bytes, never another *ValueSub.
	V Object
	// slotv holds the values of named __slots__ (slots.go).
	slotv []Object
}

func (o *ValueSub) Type() *Type { return o.cls }

// InstanceDict is the instance's __dict__ (nil under __slots__).
func (o *ValueSub) InstanceDict() *Dict { return o.Dict }

// UnwrapValue is the builtin value of an instance of a subclass of a value
// type, o itself otherwise.
func UnwrapValue(o Object) Object {
	if v, ok := o.(*ValueSub); ok {
		return v.V
	}
	return o
}

// isValueType reports whether t is one of the builtin types whose
// subclasses' instances are *ValueSub.
func isValueType(t *Type) bool {
	return t == IntType || t == FloatType || t == ComplexType || t == StrType || t == BytesType || t == BoolType || t == ByteArrayType
}

// valueBase is the builtin value type t derives from (nil if none).
func valueBase(t *Type) *Type {
	for _, m := range t.MRO {
		if m == IntType || m == FloatType || m == ComplexType || m == StrType || m == BytesType || m == ByteArrayType {
			return m
		}
	}
	return nil
}

// NewValueSub makes an instance of cls, a subclass of a value type, holding
// the builtin value v (itself when cls is v's exact type).
func NewValueSub(cls *Type, v Object) Object {
	v = UnwrapValue(v)
	if cls == v.Type() {
		return v
	}
	o := &ValueSub{cls: cls, V: v}
	if base := valueBase(cls); base == nil || hasInstanceDict(cls, base) {
		o.Dict = NewDict()
	}
	return o
}

func init() {
	for _, t := range []*Type{IntType, FloatType, ComplexType, StrType, BytesType} {
		t := t
		subclassable[t] = true
		t.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
			if len(args)-len(kw) < 1 {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s.__new__(): not enough arguments", t.Name)))
			}
			cls, ok := args[0].(*Type)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s.__new__(X): X is not a type object (%s)", t.Name, typeName(args[0]))))
			}
			if !cls.IsSubtype(t) {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s.__new__(%s): %s is not a subtype of %s", t.Name, cls.Name, cls.Name, t.Name)))
			}
			if t == FloatType && cls != t && len(kw) > 0 && cls.Lookup("__init__") != FloatType.Lookup("__init__") {
				// float_new refuses keywords unless a subclass's own
				// __init__ takes them.
				args, kw = args[:len(args)-len(kw)], nil
			}
			v := t.call(t, args[1:], kw)
			if cls == t {
				return v
			}
			return NewValueSub(cls, v)
		})})
	}
}
