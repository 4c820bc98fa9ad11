package py

import "fmt"

// Initialisation that must follow types_init.go's (files initialise in
// name order).

func init() {
	// object.__init__ rejects arguments when the class overrides __init__
	// (so super().__init__(x) reaching object is an error, as in CPython).
	oi := objectInit.(*BuiltinFunction)
	oi.Fn = func(args []Object, kw []string) Object {
		if len(args) > 1 {
			t := args[0].Type()
			if t.Lookup("__init__") != objectInit {
				panic(NewError(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)"))
			}
			if nw := t.Lookup("__new__"); nw == ObjectType.Dict.mustGet("__new__") {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s.__init__() takes exactly one argument (the instance to initialize)", t.Name)))
			}
		}
		return None
	}
	method(TypeType, "__repr__", func(args []Object, kw []string) Object { return Str(typeRepr(args[0].(*Type))) })
	method(TypeType, "mro", func(args []Object, kw []string) Object {
		t := checkSelf(TypeType, "mro", args).(*Type)
		mro := mroImplementation(t)
		items := make([]Object, len(mro))
		for i, m := range mro {
			items[i] = m
		}
		return NewList(items...)
	})
	method(TypeType, "__subclasses__", func(args []Object, kw []string) Object { return NewList(args[0].(*Type).Subclasses()...) })
	method(TypeType, "__instancecheck__", func(args []Object, kw []string) Object {
		return NewBool(args[1].Type().IsSubtype(args[0].(*Type)))
	})
	method(TypeType, "__subclasscheck__", func(args []Object, kw []string) Object {
		t, ok := args[1].(*Type)
		return NewBool(ok && t.IsSubtype(args[0].(*Type)))
	})
	typeInstanceCheck, _ = TypeType.Dict.GetStr("__instancecheck__")
	typeSubclassCheck, _ = TypeType.Dict.GetStr("__subclasscheck__")
}

func init() {
	// builtins.go registered ExceptionGroup before exceptions.go named it.
	Builtins.Dict.DeleteStr("")
	Builtins.Dict.setIdent("ExceptionGroup", ExceptionGroupType)
}

func init() {
	// set(iterable) merges sets and dicts as CPython's set_update_internal
	// does, which decides the iteration order.
	SetType.call = func(t *Type, args []Object, kw []string) Object {
		it := setCtorArg("set", "set", args, kw, true)
		s := newSetRoom(false)
		if it != nil {
			s.update(it)
		}
		return s
	}
	FrozenSetType.call = func(t *Type, args []Object, kw []string) Object {
		it := setCtorArg("frozenset", "frozenset", args, kw, true)
		if f, ok := it.(*Set); ok && f.Frozen && f.sub == nil {
			// An exact frozenset is immutable: frozenset(f) is f.
			return f
		}
		s := newSetRoom(true)
		if it != nil {
			s.update(it)
		}
		return s
	}
}

func init() {
	IntType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("int", args, kw, []string{"x", "base"}, 0)
		if a[0] == nil {
			if a[1] != nil {
				panic(NewError(TypeErrorType, "int() missing string argument"))
			}
			return Int(0)
		}
		if a[1] == nil {
			switch v := a[0].(type) {
			case Bytes:
				return parseIntStr(string(v), 10)
			case *ByteArray:
				return parseIntStr(string(v.B), 10)
			}
			return ToInt(a[0])
		}
		base := Index(a[1])
		if base != 0 && (base < 2 || base > 36) {
			panic(NewError(ValueErrorType, "int() base must be >= 2 and <= 36, or 0"))
		}
		switch v := a[0].(type) {
		case Str:
			return parseIntStr(string(v), base)
		case Bytes:
			return parseIntStr(string(v), base)
		case *ByteArray:
			return parseIntStr(string(v.B), base)
		}
		panic(NewError(TypeErrorType, "int() can't convert non-string with explicit base"))
	}
	FloatType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("float", args, kw, []string{"x"}, 0)
		if a[0] == nil {
			return Float(0)
		}
		switch v := a[0].(type) {
		case Bytes:
			return ToFloat(Str(string(v)))
		case *ByteArray:
			return ToFloat(Str(string(v.B)))
		}
		return ToFloat(a[0])
	}
}
