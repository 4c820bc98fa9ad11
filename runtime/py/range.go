package py

import (
	"fmt"
	"strconv"
)

// Range is Python's range (bounds that fit in int64).
type Range struct{ Start, Stop, Step int64 }

var RangeType = newBuiltinType("range", ObjectType)

func (*Range) Type() *Type { return RangeType }

// NewRange makes range(start, stop, step); step must not be 0.
func NewRange(start, stop, step int64) *Range { return &Range{start, stop, step} }

func (r *Range) Len() int {
	var n int64
	if r.Step > 0 && r.Start < r.Stop {
		n = (r.Stop - r.Start + r.Step - 1) / r.Step
	} else if r.Step < 0 && r.Start > r.Stop {
		n = (r.Start - r.Stop - r.Step - 1) / -r.Step
	}
	return int(n)
}

func (r *Range) String() string {
	if r.Step == 1 {
		return fmt.Sprintf("range(%d, %d)", r.Start, r.Stop)
	}
	return fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step)
}

func (r *Range) Iter() Object { return &RangeIter{cur: r.Start, stop: r.Stop, step: r.Step} }

func (r *Range) Contains(x Object) bool {
	v, ok := x.(Int)
	if !ok {
		if b, isBool := x.(Bool); isBool {
			v, ok = Int(Index(b)), true
		}
	}
	if !ok {
		if f, isF := x.(Float); isF && float64(f) == float64(int64(f)) {
			v, ok = Int(int64(f)), true
		}
	}
	if !ok {
		for i := 0; i < r.Len(); i++ {
			if Eq(Int(r.Start+int64(i)*r.Step), x) {
				return true
			}
		}
		return false
	}
	i := int64(v)
	if r.Step > 0 {
		if i < r.Start || i >= r.Stop {
			return false
		}
	} else if i > r.Start || i <= r.Stop {
		return false
	}
	return (i-r.Start)%r.Step == 0
}

// RichCompare: ranges are equal when they hold the same sequence.
func (r *Range) RichCompare(other Object, op CmpOp) (bool, bool) {
	o, ok := other.(*Range)
	if !ok || (op != OpEq && op != OpNe) {
		return false, false
	}
	n := r.Len()
	eq := n == o.Len() && (n == 0 || r.Start == o.Start && (n == 1 || r.Step == o.Step))
	return eq == (op == OpEq), true
}

// RangeIter iterates over a range.
type RangeIter struct{ cur, stop, step int64 }

var RangeIterType = newBuiltinType("range_iterator", ObjectType)

func (*RangeIter) Type() *Type { return RangeIterType }

func (it *RangeIter) Next() (Object, bool) {
	if it.step > 0 && it.cur >= it.stop || it.step < 0 && it.cur <= it.stop {
		return nil, false
	}
	v := it.cur
	it.cur += it.step
	return MakeInt(v), true
}

func rangeArg(o Object) int64 {
	switch v := o.(type) {
	case Int:
		return int64(v)
	case Bool:
		return int64(Index(v))
	case *BigInt:
		panic(NewError(OverflowErrorType, "Python int too large to convert to C ssize_t"))
	}
	if m := LookupSpecial(o, "__index__"); m != nil {
		return int64(Index(Call(m)))
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(o))))
}

func init() {
	RangeType.call = func(t *Type, args []Object, kw []string) Object {
		noKw("range", kw)
		switch len(args) {
		case 1:
			return NewRange(0, rangeArg(args[0]), 1)
		case 2:
			return NewRange(rangeArg(args[0]), rangeArg(args[1]), 1)
		case 3:
			step := rangeArg(args[2])
			if step == 0 {
				panic(NewError(ValueErrorType, "range() arg 3 must not be zero"))
			}
			return NewRange(rangeArg(args[0]), rangeArg(args[1]), step)
		case 0:
			panic(NewError(TypeErrorType, "range expected at least 1 argument, got 0"))
		}
		panic(NewError(TypeErrorType, "range expected at most 3 arguments, got "+strconv.Itoa(len(args))))
	}
	Builtins.Dict.SetStr("range", RangeType)
	AddGetter(RangeType, "start", func(o Object) Object { return Int(o.(*Range).Start) }, nil)
	AddGetter(RangeType, "stop", func(o Object) Object { return Int(o.(*Range).Stop) }, nil)
	AddGetter(RangeType, "step", func(o Object) Object { return Int(o.(*Range).Step) }, nil)
	method(RangeType, "__getitem__", func(args []Object, kw []string) Object {
		r := args[0].(*Range)
		if s, ok := args[1].(*Slice); ok {
			start, stop, step := s.indices(r.Len())
			return NewRange(r.Start+int64(start)*r.Step, r.Start+int64(stop)*r.Step, r.Step*int64(step))
		}
		i := seqIndex(args[1], r.Len(), "range object")
		return Int(r.Start + int64(i)*r.Step)
	})
	method(RangeType, "__len__", func(args []Object, kw []string) Object { return Int(args[0].(*Range).Len()) })
	method(RangeType, "__iter__", func(args []Object, kw []string) Object { return args[0].(*Range).Iter() })
	method(RangeType, "__contains__", func(args []Object, kw []string) Object {
		return NewBool(args[0].(*Range).Contains(args[1]))
	})
	method(RangeType, "__reversed__", func(args []Object, kw []string) Object {
		r := args[0].(*Range)
		n := int64(r.Len())
		last := r.Start + (n-1)*r.Step
		return &RangeIter{cur: last, stop: r.Start - r.Step, step: -r.Step}
	})
	method(RangeType, "__hash__", func(args []Object, kw []string) Object {
		r := args[0].(*Range)
		return PyHash(NewTuple(Int(r.Len()), Int(r.Start), Int(r.Step)))
	})
	method(RangeType, "index", func(args []Object, kw []string) Object {
		r := args[0].(*Range)
		if r.Contains(args[1]) {
			if v, ok := intOf(args[1]); ok {
				return Int((v - r.Start) / r.Step)
			}
		}
		panic(NewError(ValueErrorType, fmt.Sprintf("%s is not in range", Repr(args[1]))))
	})
	method(RangeType, "count", func(args []Object, kw []string) Object {
		if args[0].(*Range).Contains(args[1]) {
			return Int(1)
		}
		return Int(0)
	})
	method(RangeIterType, "__next__", func(args []Object, kw []string) Object {
		v, ok := args[0].(*RangeIter).Next()
		if !ok {
			panic(NewException(StopIterationType))
		}
		return v
	})
	method(RangeIterType, "__iter__", func(args []Object, kw []string) Object { return args[0] })
	method(IteratorType, "__iter__", func(args []Object, kw []string) Object { return args[0] })
	method(IteratorType, "__next__", func(args []Object, kw []string) Object {
		v, ok := Next(args[0])
		if !ok {
			panic(NewException(StopIterationType))
		}
		return v
	})
}
