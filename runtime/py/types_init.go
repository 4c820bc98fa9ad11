package py

import (
	"fmt"
	"runtime"
)

// Methods of object and BaseException, and the constructors of the
// builtin types (what calling int, str, list, ... does).

func method(t *Type, name string, fn func(args []Object, kwnames []string) Object) *BuiltinFunction {
	if unarySlot(name) {
		fn = slotWrapper0(name, fn)
	}
	f := newSlabBuiltin()
	f.Name, f.Fn, f.method, f.owner = name, fn, true, t
	t.Dict.setIdent(name, f)
	return f
}

// unarySlot reports whether name is a type slot without arguments, whose
// wrapper (wrap_unaryfunc, wrap_lenfunc, ...) takes none.
func unarySlot(name string) bool {
	switch name {
	case "__repr__", "__str__", "__hash__", "__iter__", "__next__", "__del__",
		"__await__", "__aiter__", "__anext__", "__len__", "__bool__",
		"__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__":
		return true
	}
	return false
}

// slotWrapper0 checks the calls of fn as a slot wrapper without arguments
// does (a SigSlot0 signature): the methods ran with any arguments ignored
// ([].__repr__(1)).
func slotWrapper0(name string, fn func(args []Object, kwnames []string) Object) func(args []Object, kwnames []string) Object {
	sig := &Signature{Name: name, Kind: SigSlot0}
	return func(args []Object, kw []string) Object {
		if len(args) > 1 || len(kw) != 0 {
			sig.Check(args[1:], kw)
		}
		return fn(args, kw)
	}
}

func init() {
	objectInit = method(ObjectType, "__init__", func(args []Object, kw []string) Object { return None })
	objectRepr = method(ObjectType, "__repr__", func(args []Object, kw []string) Object {
		o := args[0]
		if s, ok := o.(reprer); ok {
			return Str(s.String())
		}
		return Str(fmt.Sprintf("<%s object at %s>", o.Type().FullName(), addr(o)))
	})
	objectStr = method(ObjectType, "__str__", func(args []Object, kw []string) Object { return Str(Repr(args[0])) })
	objectHash = method(ObjectType, "__hash__", func(args []Object, kw []string) Object {
		return Int(int64(uintptr(ptrOf(args[0])) >> 4))
	})
	objectEq = method(ObjectType, "__eq__", func(args []Object, kw []string) Object {
		if args[0] == args[1] {
			return True
		}
		return NotImplemented
	})
	objectNe = method(ObjectType, "__ne__", func(args []Object, kw []string) Object {
		// object_richcompare: the inverse of the type's own ==, unless
		// that declines.
		nargs("__ne__", args, kw, 1, 1)
		self := args[0]
		t := self.Type()
		r := callSlot(t.Lookup("__eq__"), self, t, args[1])
		if r == NotImplemented {
			return r
		}
		return NewBool(!Truth(r))
	})
	// object's ordering comparisons decline (object_richcompare); the
	// comparison machinery never calls them (userDunder skips builtins').
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		name := name
		method(ObjectType, name, func(args []Object, kw []string) Object {
			nargs(name, args, kw, 1, 1)
			return NotImplemented
		})
	}
	// object.__subclasshook__ is the default of ABCMeta's hook: no opinion.
	ObjectType.Dict.SetStr("__subclasshook__", &ClassMethod{Func: NewBuiltin("__subclasshook__", func(args []Object, kw []string) Object {
		return NotImplemented
	})})
	method(ObjectType, "__setattr__", func(args []Object, kw []string) Object {
		a := nargs("__setattr__", args, kw, 2, 2)
		hackcheck(args[0], "__setattr__")
		GenericSetAttr(args[0], attrName(a[0]), a[1])
		return None
	})
	method(ObjectType, "__getattribute__", func(args []Object, kw []string) Object {
		a := nargs("__getattribute__", args, kw, 1, 1)
		return GenericGetAttr(args[0], attrName(a[0]))
	})
	method(ObjectType, "__format__", func(args []Object, kw []string) Object {
		a := nargs("__format__", args, kw, 1, 1)
		if _, ok := UnwrapValue(a[0]).(Str); !ok {
			panic(NewError(TypeErrorType, "__format__() argument must be str, not "+typeName(a[0])))
		}
		return Str(Format(Str(StrOf(args[0])), StrOf(args[1])))
	})
	objectNew = &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
		t, ok := args[0].(*Type)
		if !ok {
			panic(NewError(TypeErrorType, "object.__new__(X): X is not a type object"))
		}
		return objectNewOf(t, args[1:], kw)
	})}
	ObjectType.Dict.SetStr("__new__", objectNew)
	ObjectType.Dict.SetStr("__init_subclass__", &ClassMethod{Func: NewBuiltin("__init_subclass__", func(args []Object, kw []string) Object {
		if len(kw) > 0 && len(args) > 0 {
			if t, ok := args[0].(*Type); ok {
				panic(NewError(TypeErrorType, t.Qualname+".__init_subclass__() takes no keyword arguments"))
			}
		}
		return None
	})})
	ObjectType.call = func(t *Type, args []Object, kw []string) Object {
		if len(args) > 0 {
			panic(NewError(TypeErrorType, "object() takes no arguments"))
		}
		return &Instance{cls: ObjectType}
	}

	// BaseException.
	method(BaseExceptionType, "__init__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		e.Args = NewTuple(append([]Object(nil), args[1:len(args)-len(kw)]...)...)
		if e.cls.IsSubtype(ImportErrorType) {
			// ImportError_init sets name, path and msg anew each time.
			for _, a := range []string{"name", "path", "msg"} {
				e.Dict.DeleteStr(a)
			}
			msg := Object(None)
			if len(e.Args.Items) == 1 {
				msg = e.Args.Items[0]
			}
			e.Dict.SetStr("msg", msg)
		}
		if len(kw) > 0 {
			excKeywords(e.Type(), e, args[len(args)-len(kw):], kw)
		}
		return None
	})
	method(BaseExceptionType, "__str__", func(args []Object, kw []string) Object {
		return Str(ExcStr(args[0].(*BaseException)))
	})
	method(BaseExceptionType, "__repr__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		if len(e.Args.Items) == 1 {
			return Str(e.cls.Name + "(" + Repr(e.Args.Items[0]) + ")")
		}
		return Str(e.cls.Name + Repr(e.Args))
	})
	method(BaseExceptionType, "add_note", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		nargs("add_note", args, kw, 1, 1)
		if _, ok := UnwrapValue(args[1]).(Str); !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("note must be a str, not '%s'", typeName(args[1]))))
		}
		notes, ok := e.Dict.GetStr("__notes__")
		if !ok {
			notes = NewList()
			e.Dict.SetStr("__notes__", notes)
		}
		l, isList := notes.(*List)
		if !isList {
			panic(NewError(TypeErrorType, "Cannot add note: __notes__ is not a list"))
		}
		l.Items = append(l.Items, args[1])
		return None
	})
	// BaseException's __dict__ (BaseException_get_dict/set_dict): may be
	// replaced by a dict, never deleted.
	AddGetter(BaseExceptionType, "__dict__", func(o Object) Object {
		e := o.(*BaseException)
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return e.Dict
	}, func(o, v Object) {
		d, ok := v.(*Dict)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)))
		}
		o.(*BaseException).Dict = d
	})
	AddDeleter(BaseExceptionType, "__dict__", func(o Object) { panic(NewError(TypeErrorType, "cannot delete __dict__")) })
	AddGetter(BaseExceptionType, "args", func(o Object) Object { return o.(*BaseException).Args },
		func(o, v Object) { o.(*BaseException).Args = NewTuple(AppendStar(nil, v)...) })
	AddGetter(BaseExceptionType, "__cause__", func(o Object) Object {
		if c := o.(*BaseException).Cause; c != nil {
			return c
		}
		return None
	}, func(o, v Object) {
		e := o.(*BaseException)
		c, ok := v.(*BaseException)
		if !ok && v != None {
			panic(NewError(TypeErrorType, "exception cause must be None or derive from BaseException"))
		}
		e.Cause = c
		e.SuppressContext = true
	})
	AddGetter(BaseExceptionType, "__context__", func(o Object) Object {
		if c := o.(*BaseException).Context; c != nil {
			return c
		}
		return None
	}, func(o, v Object) {
		c, ok := v.(*BaseException)
		if !ok && v != None {
			panic(NewError(TypeErrorType, "exception context must be None or derive from BaseException"))
		}
		o.(*BaseException).Context = c
	})
	AddGetter(BaseExceptionType, "__suppress_context__", func(o Object) Object {
		return NewBool(o.(*BaseException).SuppressContext)
	}, func(o, v Object) { o.(*BaseException).SuppressContext = Truth(v) })
	AddGetter(StopIterationType, "value", func(o Object) Object { return StopIterationValue(o.(*BaseException)) },
		func(o, v Object) { o.(*BaseException).Dict.SetStr("value", v) })
	AddGetter(SystemExitType, "code", func(o Object) Object {
		e := o.(*BaseException)
		switch len(e.Args.Items) {
		case 0:
			return None
		case 1:
			return e.Args.Items[0]
		}
		return e.Args
	}, nil)
	// OSError's attributes and __str__ are in exceptions_more.go.

	// Constructors of the builtin value types.
	TypeType.call = func(t *Type, args []Object, kw []string) Object {
		if len(args) == 1 && len(kw) == 0 {
			return args[0].Type()
		}
		if len(args)-len(kw) != 3 {
			panic(NewError(TypeErrorType, "type() takes 1 or 3 arguments"))
		}
		checkTypeArgs(args[0], args[1], args[2])
		d := args[2].(*Dict)
		bases := args[1].(*Tuple).Items
		// The bases' metaclass makes the class (type_new's winner): one
		// written in Python is called; a Go one (abc.ABCMeta) runs its
		// class-created hook.
		if len(bases) > 0 {
			if w := calculateMeta(TypeType, bases); w != TypeType && !plainMeta(w) {
				return CallKw(w, args, kw)
			}
		}
		qual := StrOf(args[0])
		if q, ok := d.GetStr("__qualname__"); ok {
			qual = StrOf(q)
		}
		cls := NewClassKw(StrOf(args[0]), qual, callerModuleName(), bases, d.Copy(), kw, args[3:])
		if cls.meta != nil {
			runClassCreated(cls)
		}
		return cls
	}
	// The singletons' types return the singleton.
	for _, c := range []struct {
		t    *Type
		name string
		v    Object
	}{{NoneTypeType, "NoneType", None}, {EllipsisTypeType, "EllipsisType", Ellipsis}, {NotImplementedTypeType, "NotImplementedType", NotImplemented}} {
		c := c
		c.t.call = func(t *Type, args []Object, kw []string) Object {
			if len(args) > 0 {
				panic(NewError(TypeErrorType, c.name+" takes no arguments"))
			}
			return c.v
		}
	}
	StrType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0)
		if a[0] == nil {
			return Str("")
		}
		if a[1] != nil || a[2] != nil {
			// str(b, encoding, errors) decodes a bytes-like object.
			enc, errs := "utf-8", "strict"
			if a[1] != nil {
				enc = wantStr("str() argument 'encoding'", a[1])
			}
			if a[2] != nil {
				errs = wantStr("str() argument 'errors'", a[2])
			}
			if _, ok := a[0].(Str); ok {
				panic(NewError(TypeErrorType, "decoding str is not supported"))
			}
			b, ok := BytesLike(a[0])
			if !ok {
				panic(NewError(TypeErrorType, "decoding to str: need a bytes-like object, "+a[0].Type().Name+" found"))
			}
			return Str(DecodeBytes(b, enc, errs))
		}
		return Str(StrOf(a[0]))
	}
	IntType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("int", args, kw, []string{"x", "base"}, 0)
		if a[0] == nil {
			return Int(0)
		}
		if a[1] != nil {
			return parseIntStr(StrOf(a[0]), Index(a[1]))
		}
		return ToInt(a[0])
	}
	FloatType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("float", args, kw, []string{"x"}, 0)
		if a[0] == nil {
			return Float(0)
		}
		return ToFloat(a[0])
	}
	BoolType.call = func(t *Type, args []Object, kw []string) Object {
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "bool() takes no keyword arguments"))
		}
		a := ParseArgs("bool", args, kw, []string{"x"}, 0)
		if a[0] == nil {
			return False
		}
		return NewBool(Truth(a[0]))
	}
	TupleType.call = func(t *Type, args []Object, kw []string) Object {
		it := seqCtorArg("tuple", args, kw, false)
		if it == nil {
			return EmptyTuple
		}
		if tu, ok := it.(*Tuple); ok && tu.Type() == TupleType {
			return tu
		}
		// A tuple subclass's instance (struct_time, a namedtuple) gives a
		// new exact tuple, through its iterator as PySequence_Tuple does.
		return NewTuple(AppendStar(nil, it)...)
	}
	ListType.call = func(t *Type, args []Object, kw []string) Object {
		it := seqCtorArg("list", args, kw, false)
		if it == nil {
			return NewList()
		}
		return NewList(AppendStar(nil, it)...)
	}
	DictType.call = func(t *Type, args []Object, kw []string) Object {
		npos := len(args) - len(kw)
		if npos > 1 {
			panic(NewError(TypeErrorType, fmt.Sprintf("dict expected at most 1 argument, got %d", npos)))
		}
		d := NewDict()
		if npos == 1 {
			DictUpdate(d, args[0])
		}
		for i, k := range kw {
			d.SetStr(k, args[npos+i])
		}
		return d
	}

	SliceType.call = func(t *Type, args []Object, kw []string) Object {
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None)
		case 2:
			return NewSlice(args[0], args[1], None)
		case 3:
			return NewSlice(args[0], args[1], args[2])
		}
		panic(NewError(TypeErrorType, "slice expected at least 1 argument, got 0"))
	}
}

// DictUpdate is d.update(other) for a mapping or an iterable of pairs.
func DictUpdate(d *Dict, other Object) {
	if o, ok := other.(*Dict); ok && (o.sub == nil || ownIter(o.sub.cls, DictType)) {
		// A dict subclass with an __iter__ of its own merges through
		// keys() and [] below, as CPython's dict_merge.
		d.mergeFrom(o)
		return
	}
	if keys := LookupAttr(other, "keys"); keys != nil {
		it := GetIter(Call(keys))
		for {
			k, ok := Next(it)
			if !ok {
				return
			}
			d.Set(k, GetItem(other, k))
		}
	}
	it := GetIter(other)
	for i := 0; ; i++ {
		p, ok := Next(it)
		if !ok {
			return
		}
		kv := AppendStar(nil, p)
		if len(kv) != 2 {
			panic(NewError(ValueErrorType, fmt.Sprintf("dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))))
		}
		d.Set(kv[0], kv[1])
	}
}

// ToInt is int(x) (PyNumber_Long).
func ToInt(x Object) Object { return numberLong(x) }

func parseIntStr(s string, base int) Object { return longFromString(s, base, Str(s)) }

// ToFloat is float(x) (PyNumber_Float).
func ToFloat(x Object) Object { return numberFloat(x) }

// callerModuleName is the __name__ of the module whose code is running
// (type_new's default __module__ is the calling frame's globals' __name__).
func callerModuleName() string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	if entries := pythonFrames(pcs[:n]); len(entries) > 0 {
		if d, ok := fileDef(entries[0].File); ok {
			if m, ok := SysModules.GetStr("__main__"); ok {
				if mm, ok := m.(*Module); ok && mm.def == d {
					return "__main__"
				}
			}
			return d.Name
		}
	}
	return "__main__"
}

// objectNew is object.__new__; objectNewOf its work for a type and the
// arguments after it.
var objectNew *StaticMethod

func objectNewOf(t *Type, args []Object, kw []string) Object {
	if b := valueBase(t); b != nil {
		// An int (str, float...) subclass instance needs its value:
		// one made without it would send int's methods, which work
		// on the value, back to the instance.
		panic(NewError(TypeErrorType, fmt.Sprintf("object.__new__(%s) is not safe, use %s.__new__()", t.Name, staticNewBase(t, b).Name)))
	}
	if len(args) > 0 && t.builtinBase == ObjectType && t != ObjectType {
		if t.Lookup("__new__") != Object(objectNew) {
			panic(NewError(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)"))
		}
		if t.Lookup("__init__") == objectInit {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes no arguments", t.Name)))
		}
	}
	obj := t.allocator()(t)
	if e, ok := obj.(*BaseException); ok {
		// BaseException_new: the arguments are the args, whatever
		// __init__ then does.
		e.Args = NewTuple(append([]Object(nil), args[:len(args)-len(kw)]...)...)
	}
	return obj
}

// staticNewBase is the class tp_new_wrapper's message names: the first of
// t and its bases whose __new__ (own or inherited) is not one defined in
// Python (b, the builtin value base, at the latest).
func staticNewBase(t, b *Type) *Type {
	for s := t; s != b && len(s.Bases) > 0; s = s.Bases[0] {
		if sm, ok := s.Lookup("__new__").(*StaticMethod); !ok {
			return s
		} else if _, py := sm.Func.(*Function); !py {
			return s
		}
	}
	return b
}
