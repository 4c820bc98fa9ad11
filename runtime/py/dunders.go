package py

import "fmt"

// Dunder methods of the builtin types, so Python code can call
// int.__add__, list.__len__, str.__eq__, super().__eq__(...) and so on. The
// interpreter's own operators use the fast paths in arith.go and ops.go;
// these wrap them.

func init() {
	binOps := map[string]BinOp{"add": OpAdd, "sub": OpSub, "mul": OpMul, "truediv": OpTrueDiv,
		"floordiv": OpFloorDiv, "mod": OpMod, "pow": OpPow, "lshift": OpLShift, "rshift": OpRShift,
		"or": OpOr, "xor": OpXor, "and": OpAnd}
	typeOps := []struct {
		t   *Type
		ops []string
	}{
		{IntType, []string{"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and"}},
		{BoolType, []string{"or", "xor", "and"}},
		{FloatType, []string{"add", "sub", "mul", "truediv", "floordiv", "mod", "pow"}},
		{StrType, []string{"add", "mul"}},
		{ListType, []string{"add", "mul"}},
		{TupleType, []string{"add", "mul"}},
		{BytesType, []string{"add", "mul"}},
		{DictType, []string{"or"}},
	}
	for _, to := range typeOps {
		t := to.t
		for _, name := range to.ops {
			op := binOps[name]
			dn := binDunderNames[op]
			method(t, dn, func(args []Object, kw []string) Object {
				self := checkSelf(t, dn, args)
				nargs(dn, args, kw, 1, 1)
				other := UnwrapValue(args[1])
				if !dunderOperandOK(t, other) {
					return NotImplemented
				}
				if r := binaryBuiltin(op, self, other); r != nil {
					return r
				}
				return NotImplemented
			})
			if t == StrType && name == "add" || t == ListType && name == "add" || t == TupleType && name == "add" || t == BytesType && name == "add" || t == DictType {
				if t != DictType {
					continue
				}
			}
			rn := binRDunderNames[op]
			method(t, rn, func(args []Object, kw []string) Object {
				self := checkSelf(t, rn, args)
				nargs(rn, args, kw, 1, 1)
				other := UnwrapValue(args[1])
				if !dunderOperandOK(t, other) {
					return NotImplemented
				}
				if r := binaryBuiltin(op, other, self); r != nil {
					return r
				}
				return NotImplemented
			})
		}
	}
	method(IntType, "__divmod__", func(args []Object, kw []string) Object {
		self := checkSelf(IntType, "__divmod__", args)
		if !isNumber(UnwrapValue(args[1])) {
			return NotImplemented
		}
		return DivMod(self, UnwrapValue(args[1]))
	})
	method(FloatType, "__divmod__", func(args []Object, kw []string) Object {
		self := checkSelf(FloatType, "__divmod__", args)
		if !isNumber(UnwrapValue(args[1])) {
			return NotImplemented
		}
		return DivMod(self, UnwrapValue(args[1]))
	})

	for _, t := range []*Type{IntType, FloatType} {
		t := t
		method(t, "__rdivmod__", func(args []Object, kw []string) Object {
			self := checkSelf(t, "__rdivmod__", args)
			nargs("__rdivmod__", args, kw, 1, 1)
			o := UnwrapValue(args[1])
			if !isNumber(o) || t == IntType && !isIntLike(o) {
				return NotImplemented
			}
			return DivMod(o, self)
		})
	}

	cmpNames := []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
	for _, t := range []*Type{IntType, FloatType, StrType, ListType, TupleType, BytesType, DictType, SetType, FrozenSetType} {
		t := t
		for op, name := range cmpNames {
			op, name := CmpOp(op), name
			if t == DictType && op != OpEq && op != OpNe {
				continue
			}
			method(t, name, func(args []Object, kw []string) Object {
				self := checkSelf(t, name, args)
				nargs(name, args, kw, 1, 1)
				if !dunderOperandOK(t, UnwrapValue(args[1])) {
					return NotImplemented
				}
				if t == StrType || t == BytesType || t == ListType || t == TupleType || t == DictType {
					if !args[1].Type().IsSubtype(t) {
						return NotImplemented
					}
				}
				if r, ok := compareBuiltin(self, UnwrapValue(args[1]), op); ok {
					return NewBool(r)
				}
				return NotImplemented
			})
		}
	}
	unary := map[string]func(Object) Object{"__neg__": Neg, "__pos__": Pos, "__invert__": Invert, "__abs__": Abs}
	for name, f := range unary {
		name, f := name, f
		for _, t := range []*Type{IntType, FloatType} {
			if t == FloatType && name == "__invert__" {
				continue
			}
			t := t
			if _, ok := t.Dict.GetStr(name); ok {
				continue
			}
			method(t, name, func(args []Object, kw []string) Object { return f(checkSelf(t, name, args)) })
		}
	}
	for _, t := range []*Type{IntType, FloatType} {
		t := t
		method(t, "__bool__", func(args []Object, kw []string) Object { return NewBool(Truth(checkSelf(t, "__bool__", args))) })
	}
	for _, t := range []*Type{IntType, FloatType, StrType, TupleType, BytesType, FrozenSetType} {
		t := t
		method(t, "__hash__", func(args []Object, kw []string) Object { return PyHash(checkSelf(t, "__hash__", args)) })
	}
	for _, t := range []*Type{IntType, FloatType, StrType, BytesType, BoolType} {
		t := t
		method(t, "__repr__", func(args []Object, kw []string) Object {
			o := checkSelf(t, "__repr__", args)
			return Str(Repr(o))
		})
		method(t, "__str__", func(args []Object, kw []string) Object {
			return Str(StrOf(checkSelf(t, "__str__", args)))
		})
	}
	for _, t := range []*Type{IntType, FloatType} {
		t := t
		method(t, "__format__", func(args []Object, kw []string) Object {
			o := checkSelf(t, "__format__", args)
			if len(args) != 2 {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s.__format__() takes exactly one argument (%d given)", t.Name, len(args)-1)))
			}
			return Str(Format(o, wantStr("__format__() argument", args[1])))
		})
	}
	for _, t := range []*Type{StrType, ListType, TupleType, DictType, SetType, FrozenSetType, BytesType} {
		t := t
		method(t, "__len__", func(args []Object, kw []string) Object { return Int(ownLen(checkSelf(t, "__len__", args))) })
		method(t, "__iter__", func(args []Object, kw []string) Object { return ownIterator(checkSelf(t, "__iter__", args)) })
		if t != DictType && t != SetType && t != FrozenSetType {
			method(t, "__contains__", func(args []Object, kw []string) Object {
				self := checkSelf(t, "__contains__", args)
				WrapperArgs(args, 1)
				return NewBool(Contains(self, args[1]))
			})
		}
		if t != SetType && t != FrozenSetType {
			method(t, "__getitem__", func(args []Object, kw []string) Object {
				self := checkSelf(t, "__getitem__", args)
				if len(args) != 2 && (t == DictType || t == ListType) {
					panic(NewError(TypeErrorType, fmt.Sprintf("%s.__getitem__() takes exactly one argument (%d given)", t.Name, len(args)-1)))
				}
				WrapperArgs(args, 1)
				return getItemBuiltin(self, args[1])
			})
		}
	}
	for _, t := range []*Type{ListType, DictType} {
		t := t
		method(t, "__setitem__", func(args []Object, kw []string) Object {
			self := checkSelf(t, "__setitem__", args)
			WrapperArgs(args, 2)
			setItemBuiltin(self, args[1], args[2])
			return None
		})
		method(t, "__delitem__", func(args []Object, kw []string) Object {
			self := checkSelf(t, "__delitem__", args)
			WrapperArgs(args, 1)
			delItemBuiltin(self, args[1])
			return None
		})
	}
	method(ListType, "__imul__", func(args []Object, kw []string) Object {
		return Inplace(OpMul, checkSelf(ListType, "__imul__", args), args[1])
	})
	for _, t := range []*Type{StrType, ListType, TupleType, BytesType} {
		t := t
		method(t, "__rmul__", func(args []Object, kw []string) Object {
			self := checkSelf(t, "__rmul__", args)
			if r := binaryBuiltin(OpMul, self, args[1]); r != nil {
				return r
			}
			// sq_repeat's wrapper: any count with __index__ (an int
			// subclass's instance, I(2) * "a").
			if args[1].Type().Lookup("__index__") != nil {
				if r := binaryBuiltin(OpMul, self, Int(Index(args[1]))); r != nil {
					return r
				}
			}
			return NotImplemented
		})
	}
	method(ObjectType, "__reduce_ex__", func(args []Object, kw []string) Object {
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot pickle '%s' object", typeName(args[0]))))
	})
	method(ObjectType, "__dir__", func(args []Object, kw []string) Object { return NewList(dirOf(args[0])...) })
	method(ObjectType, "__sizeof__", func(args []Object, kw []string) Object { return Int(16) })
	method(ObjectType, "__delattr__", func(args []Object, kw []string) Object {
		a := nargs("__delattr__", args, kw, 1, 1)
		hackcheck(args[0], "__delattr__")
		switch m := args[0].(type) {
		case *Module:
			checkModuleDictWrite(attrName(a[0]))
			if !m.Dict.DeleteStr(attrName(a[0])) {
				panic(attributeError(m, attrName(a[0])))
			}
		case *Type:
			DelAttr(args[0], attrName(a[0]))
		default:
			GenericDelAttr(args[0], attrName(a[0]))
		}
		return None
	})
}

func (d *Dict) mustGet(k string) Object {
	v, _ := d.GetStr(k)
	return v
}

// dunderOperandOK: int's dunders accept only ints, float's only numbers.
func dunderOperandOK(t *Type, other Object) bool {
	switch t {
	case IntType, BoolType:
		return isIntLike(other)
	case FloatType:
		return isNumber(other)
	}
	return true
}

// WrapperArgs checks the arguments after self of a slot wrapper
// (list.__setitem__, str.__contains__, ...), as CPython's wrappers do.
func WrapperArgs(args []Object, n int) {
	if got := len(args) - 1; got != n {
		s := "s"
		if n == 1 {
			s = ""
		}
		// CPython's message for the two-argument wrapper (__setitem__)
		// starts with a space.
		lead := ""
		if n == 2 {
			lead = " "
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("%sexpected %d argument%s, got %d", lead, n, s, got)))
	}
}

// ownIterator is the builtin container's own iterator over o, whatever
// __iter__ o's class defines: list.__iter__(x) of a list subclass
// instance (super().__iter__() in an override) iterates the list.
func ownIterator(o Object) Object {
	switch v := o.(type) {
	case *List:
		return &SeqIter{list: v}
	case *Tuple:
		return &SeqIter{items: v.Items, kind: seqTuple}
	case *Dict:
		return newDictIter(v, DictKeys)
	case *Set:
		return newSetIter(v)
	}
	return GetIter(o)
}
