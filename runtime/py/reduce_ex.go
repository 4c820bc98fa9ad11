package py

import "fmt"

// object.__reduce_ex__ defers to a __reduce__ the object's class (or a
// base other than object) overrides, as CPython's does: Go-implemented
// types that define only __reduce__ (operator.itemgetter, builtin
// functions) pickle. (This file's init runs after dunders.go's.)
func init() {
	base, _ := ObjectType.Dict.GetStr("__reduce_ex__")
	objReduce, _ := ObjectType.Dict.GetStr("__reduce__")
	method(ObjectType, "__reduce_ex__", func(args []Object, kw []string) Object {
		if len(args) >= 1 {
			t := args[0].Type()
			for _, c := range t.MRO {
				if c == ObjectType {
					break
				}
				if r, ok := c.Dict.GetStr("__reduce__"); ok && r != objReduce {
					return Call(bindDescriptor(r, args[0], t))
				}
			}
		}
		if len(args) >= 1 && Translated("copyreg") {
			proto := 0
			if len(args) >= 2 {
				proto = Index(args[1])
			}
			if r := objectReduceEx(args[0], proto); r != nil {
				return r
			}
		}
		return CallKw(base, args, kw)
	})
	method(ObjectType, "__getstate__", func(args []Object, kw []string) Object {
		nargs("__getstate__", args, kw, 0, 0)
		return objectGetState(args[0])
	})
}

// objectReduceEx is object.__reduce_ex__(proto) for the objects whose
// state Python code can reach (instances of classes, subclasses of the
// builtin containers and values), as typeobject.c's reduce_newobj (protocol
// 2 and up) and copyreg._reduce_ex (0 and 1); nil for the others, which
// cannot be pickled.
func objectReduceEx(o Object, proto int) Object {
	var listitems, dictitems Object = None, None
	var args Object
	switch x := o.(type) {
	case *Instance:
	case *ValueSub:
		args = NewTuple(x.V)
	case *List:
		if x.cls == nil {
			return nil
		}
		listitems = GetIter(x)
	case *Dict:
		if x.cls == nil {
			return nil
		}
		dictitems = GetIter(CallMethod(x, "items"))
	case *Set:
		if x.cls == nil {
			return nil
		}
		args = NewTuple(NewList(x.Elems()...))
	default:
		return nil
	}
	copyreg := Import("copyreg")
	if proto < 2 {
		return Call(GetAttr(copyreg, "_reduce_ex"), o, Int(proto))
	}
	t := o.Type()
	var kwargs Object
	if m := LookupSpecial(o, "__getnewargs_ex__"); m != nil {
		r, ok := Call(m).(*Tuple)
		if !ok || len(r.Items) != 2 {
			panic(NewError(TypeErrorType, "__getnewargs_ex__ should return a tuple of length 2"))
		}
		args, kwargs = r.Items[0], r.Items[1]
	} else if m := LookupSpecial(o, "__getnewargs__"); m != nil {
		args = Call(m)
		if _, ok := args.(*Tuple); !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__getnewargs__ should return a tuple, not '%s'", typeName(args))))
		}
	}
	if args == nil {
		args = NewTuple()
	}
	state := CallMethod(o, "__getstate__")
	var fn, newargs Object
	if kwargs == nil || Truth(kwargs) == false {
		fn = GetAttr(copyreg, "__newobj__")
		newargs = NewTuple(append([]Object{t}, args.(*Tuple).Items...)...)
	} else {
		fn = GetAttr(copyreg, "__newobj_ex__")
		newargs = NewTuple(t, args, kwargs)
	}
	return NewTuple(fn, newargs, state, listitems, dictitems)
}

// objectGetState is object.__getstate__(): the instance __dict__ (None
// when empty) and, when slots hold values, (dict, slots).
func objectGetState(o Object) Object {
	var state Object = None
	if d, ok := getAttr(o, "__dict__"); ok && hasInstanceDict(o.Type(), o.Type().builtinBase) {
		if dd, ok := d.(*Dict); ok && dd.Len() > 0 {
			state = dd
		}
	}
	if Translated("copyreg") {
		names := AppendStar(nil, Call(GetAttr(Import("copyreg"), "_slotnames"), o.Type()))
		if len(names) > 0 {
			slots := NewDict()
			for _, n := range names {
				// An unset slot is skipped (its descriptor raises AttributeError).
				if v := lookupAttrCatching(o, StrOf(n)); v != nil {
					slots.Set(n, v)
				}
			}
			if slots.Len() > 0 {
				state = NewTuple(state, slots)
			}
		}
	}
	return state
}
