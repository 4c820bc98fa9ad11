package py

import "fmt"

// object.__reduce_ex__, object.__reduce__ and object.__getstate__ as
// typeobject.c has them: __reduce_ex__ defers to a __reduce__ the object's
// class overrides (Go-implemented types that define only __reduce__, such
// as operator.itemgetter and builtin functions, pickle through it), then
// reduces by protocol: copyreg._reduce_ex below 2, reduce_newobj from 2
// (__getnewargs_ex__/__getnewargs__, the state from __getstate__, a list's
// or dict's items). (This file's init runs after dunders.go's, whose
// __reduce_ex__ refuses the objects whose state Python code cannot reach.)
func init() {
	refuse, _ := ObjectType.Dict.GetStr("__reduce_ex__")
	var objReduce Object
	method(ObjectType, "__reduce__", func(args []Object, kw []string) Object {
		nargs("object.__reduce__", args, kw, 0, 0)
		return commonReduce(args[0], 0, refuse)
	})
	objReduce, _ = ObjectType.Dict.GetStr("__reduce__")
	method(ObjectType, "__reduce_ex__", func(args []Object, kw []string) Object {
		a := nargs("object.__reduce_ex__", args, kw, 1, 1)
		if !a[0].Type().IsSubtype(IntType) && a[0].Type().Lookup("__index__") == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(a[0]))))
		}
		proto := Index(a[0])
		self := args[0]
		if reduce := lookupAttrCatching(self, "__reduce__"); reduce != nil {
			if cr := self.Type().Lookup("__reduce__"); cr != nil && cr != objReduce {
				return Call(reduce)
			}
		}
		return commonReduce(self, proto, refuse)
	})
	method(ObjectType, "__getstate__", func(args []Object, kw []string) Object {
		nargs("object.__getstate__", args, kw, 0, 0)
		return objectGetState(args[0], false)
	})
}

// reducible reports whether object's reductions can reach o's state: an
// instance of a class, a subclass of a builtin value type, a list, dict,
// set or tuple. Other Go-implemented objects keep their state out of
// Python's sight: they cannot be pickled.
func reducible(o Object) bool {
	switch o.(type) {
	case *Instance, *ValueSub, *List, *Dict, *Set, *Tuple:
		return true
	}
	return false
}

// commonReduce is typeobject.c's _common_reduce.
func commonReduce(o Object, proto int, refuse Object) Object {
	if !reducible(o) || !Translated("copyreg") {
		return Call(refuse, o, Int(proto))
	}
	if proto >= 2 {
		return reduceNewobj(o)
	}
	return Call(GetAttr(Import("copyreg"), "_reduce_ex"), o, Int(proto))
}

// newArguments is _PyObject_GetNewArguments: __getnewargs_ex__'s
// (args, kwargs), else __getnewargs__'s args, looked up on the class.
func newArguments(o Object) (args *Tuple, kwargs *Dict) {
	if m := LookupSpecial(o, "__getnewargs_ex__"); m != nil {
		r := Call(m)
		t, ok := r.(*Tuple)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__getnewargs_ex__ should return a tuple, not '%s'", typeName(r))))
		}
		if len(t.Items) != 2 {
			panic(NewError(ValueErrorType, fmt.Sprintf("__getnewargs_ex__ should return a tuple of length 2, not %d", len(t.Items))))
		}
		if args, ok = t.Items[0].(*Tuple); !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", typeName(t.Items[0]))))
		}
		if kwargs, ok = t.Items[1].(*Dict); !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", typeName(t.Items[1]))))
		}
		return args, kwargs
	}
	if m := LookupSpecial(o, "__getnewargs__"); m != nil {
		r := Call(m)
		t, ok := r.(*Tuple)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__getnewargs__ should return a tuple, not '%s'", typeName(r))))
		}
		return t, nil
	}
	if v, ok := o.(*ValueSub); ok {
		// The builtin value types' own __getnewargs__ (int, str, float,
		// bytes: (value,)).
		return NewTuple(v.V), nil
	}
	return nil, nil
}

// reduceNewobj is typeobject.c's reduce_newobj (protocol 2 and up).
func reduceNewobj(o Object) Object {
	t := o.Type()
	if t.noNew {
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot pickle '%s' object", t.Name)))
	}
	args, kwargs := newArguments(o)
	copyreg := Import("copyreg")
	var fn, newargs Object
	switch {
	case kwargs == nil || kwargs.Len() == 0:
		fn = GetAttr(copyreg, "__newobj__")
		items := []Object{t}
		if args != nil {
			items = append(items, args.Items...)
		}
		newargs = NewTuple(items...)
	case args != nil:
		fn = GetAttr(copyreg, "__newobj_ex__")
		newargs = NewTuple(t, args, kwargs)
	default:
		panic(NewError(TypeErrorType, "bad argument type for built-in operation"))
	}
	_, isList := o.(*List)
	_, isDict := o.(*Dict)
	state := objectGetstateOf(o, !(args != nil || isList || isDict))
	var listitems, dictitems Object = None, None
	if isList {
		listitems = GetIter(o)
	}
	if isDict {
		dictitems = GetIter(CallMethod(o, "items"))
	}
	return NewTuple(fn, newargs, state, listitems, dictitems)
}

// objectGetstateOf is object_getstate: the object's __getstate__, or the
// default state when that is object's own.
func objectGetstateOf(o Object, required bool) Object {
	gs := GetAttr(o, "__getstate__")
	if bf, ok := gs.(*BuiltinFunction); ok && bf.Self == o && bf.owner == ObjectType && bf.Name == "__getstate__" {
		return objectGetState(o, required)
	}
	return Call(gs)
}

// itemSized reports whether instances of t are variable-sized in CPython
// (tp_itemsize: int, bytes, tuple and their subclasses).
func itemSized(o Object) bool {
	switch v := o.(type) {
	case *ValueSub:
		switch UnwrapValue(v).(type) {
		case Int, *BigInt, Bytes:
			return true
		}
	case *Tuple:
		return true
	}
	return false
}

// slotNamesOf is _PyType_GetSlotNames: the class's own __slotnames__, else
// copyreg._slotnames(cls) (which caches it there).
func slotNamesOf(t *Type) Object {
	if v, ok := t.Dict.GetStr("__slotnames__"); ok {
		if _, isList := v.(*List); !isList && v != None {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s.__slotnames__ should be a list or None, not %s", t.Name, typeName(v))))
		}
		return v
	}
	v := Call(GetAttr(Import("copyreg"), "_slotnames"), t)
	if _, isList := v.(*List); !isList && v != None {
		panic(NewError(TypeErrorType, "copyreg._slotnames didn't return a list or None"))
	}
	return v
}

// objectGetState is object_getstate_default: the instance __dict__ (None
// when empty) and, when slots hold values, (dict, slots). required (no
// arguments to recreate the object from) refuses objects whose state is
// more than their __dict__ and slots.
func objectGetState(o Object, required bool) Object {
	t := o.Type()
	if required && itemSized(o) {
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot pickle %s objects", t.Name)))
	}
	var state Object = None
	if hasInstanceDict(t, t.builtinBase) {
		if d, ok := getAttr(o, "__dict__"); ok {
			if dd, ok := d.(*Dict); ok && dd.Len() > 0 {
				state = dd
			}
		}
	}
	if !Translated("copyreg") {
		return state
	}
	names := slotNamesOf(t)
	nl, _ := names.(*List)
	if required {
		// A Go-allocated base holds state of its own (CPython: a
		// basicsize beyond object's, the dict, weakref and named slots).
		if _, ok := o.(*Set); ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("cannot pickle '%s' object", t.Name)))
		}
	}
	if nl != nil && len(nl.Items) > 0 {
		slots := NewDict()
		n := len(nl.Items)
		for i := 0; i < len(nl.Items); i++ {
			name := nl.Items[i]
			// An unset slot is skipped (its descriptor raises AttributeError).
			if v := lookupAttrCatching(o, attrName(name)); v != nil {
				slots.Set(name, v)
			}
			if len(nl.Items) != n {
				panic(NewError(RuntimeErrorType, "__slotsname__ changed size during iteration"))
			}
		}
		if slots.Len() > 0 {
			state = NewTuple(state, slots)
		}
	}
	return state
}

func init() {
	// The value types' __getnewargs__: (the value as the exact type,).
	for _, t := range []*Type{IntType, FloatType, StrType, BytesType} {
		t := t
		method(t, "__getnewargs__", func(args []Object, kw []string) Object {
			nargs(t.Name+".__getnewargs__", args, kw, 0, 0)
			v := checkSelf(t, "__getnewargs__", args)
			if b, ok := v.(Bool); ok {
				v = Int(0)
				if b {
					v = Int(1)
				}
			}
			return NewTuple(v)
		})
	}
	// set_reduce: (type(self), (list(self),), the object's state).
	for _, t := range []*Type{SetType, FrozenSetType} {
		t := t
		method(t, "__reduce__", func(args []Object, kw []string) Object {
			nargs(t.Name+".__reduce__", args, kw, 0, 0)
			s := checkSelf(t, "__reduce__", args).(*Set)
			return NewTuple(s.Type(), NewTuple(NewList(s.Elems()...)), objectGetstateOf(s, false))
		})
	}
}
