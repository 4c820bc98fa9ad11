package py

import "math/big"

// slice objects: start, stop, step, indices(), repr, comparisons (as the
// tuples of their parts), pickling; unhashable, as in 3.11.
func init() {
	self := func(name string, args []Object) *Slice {
		return checkSelf(SliceType, name, args).(*Slice)
	}
	AddGetter(SliceType, "start", func(o Object) Object { return o.(*Slice).Start }, nil)
	AddGetter(SliceType, "stop", func(o Object) Object { return o.(*Slice).Stop }, nil)
	AddGetter(SliceType, "step", func(o Object) Object { return o.(*Slice).Step }, nil)
	method(SliceType, "__repr__", func(args []Object, kw []string) Object {
		s := self("__repr__", args)
		return Str("slice(" + Repr(s.Start) + ", " + Repr(s.Stop) + ", " + Repr(s.Step) + ")")
	})
	method(SliceType, "__reduce__", func(args []Object, kw []string) Object {
		s := self("__reduce__", args)
		return NewTuple(SliceType, NewTuple(s.Start, s.Stop, s.Step))
	})
	method(SliceType, "indices", func(args []Object, kw []string) Object {
		a := ParseArgs("indices", args[1:], kw, []string{"length"}, 1)
		s := self("indices", args)
		return sliceIndicesObj(s, a[0])
	})
	for i, name := range cmpDunder {
		op, name := CmpOp(i), name
		method(SliceType, name, func(args []Object, kw []string) Object {
			a := self(name, args)
			b, ok := args[1].(*Slice)
			if !ok {
				return NotImplemented
			}
			return Compare(NewTuple(a.Start, a.Stop, a.Step), NewTuple(b.Start, b.Stop, b.Step), op)
		})
	}
	SliceType.Dict.SetStr("__hash__", None)
}

// sliceIndicesObj is slice.indices(length) with arbitrary-size ints
// (CPython's _PySlice_GetLongIndices).
func sliceIndicesObj(s *Slice, length Object) Object {
	n, ok := IndexBig(length)
	if !ok {
		panic(NewError(TypeErrorType, "'"+length.Type().Name+"' object cannot be interpreted as an integer"))
	}
	if n.Sign() < 0 {
		panic(NewError(ValueErrorType, "length should not be negative"))
	}
	bound := func(o Object) *big.Int {
		b, ok := IndexBig(o)
		if !ok {
			panic(NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method"))
		}
		return b
	}
	step := big.NewInt(1)
	if s.Step != None {
		step = bound(s.Step)
		if step.Sign() == 0 {
			panic(NewError(ValueErrorType, "slice step cannot be zero"))
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if neg {
		lower = big.NewInt(-1)
		upper = new(big.Int).Add(n, big.NewInt(-1))
	}
	clamp := func(o Object, def *big.Int) *big.Int {
		if o == None {
			return def
		}
		v := new(big.Int).Set(bound(o))
		if v.Sign() < 0 {
			v.Add(v, n)
			if v.Cmp(lower) < 0 {
				return lower
			}
		} else if v.Cmp(upper) > 0 {
			return upper
		}
		return v
	}
	var start, stop *big.Int
	if neg {
		start, stop = clamp(s.Start, upper), clamp(s.Stop, lower)
	} else {
		start, stop = clamp(s.Start, lower), clamp(s.Stop, upper)
	}
	return NewTuple(NewBigInt(start), NewBigInt(stop), NewBigInt(step))
}
