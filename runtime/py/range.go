package py

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
)

// Range is Python's range: bounds and length that fit in int64, or a long
// range (big, rangebig.go).
type Range struct {
	Start, Stop, Step int64
	big               *bigRange
}

var RangeType = newBuiltinType("range", ObjectType)

func (*Range) Type() *Type { return RangeType }

// NewRange makes range(start, stop, step); step must not be 0.
func NewRange(start, stop, step int64) *Range { return &Range{Start: start, Stop: stop, Step: step} }

func (r *Range) Len() int {
	if r.big != nil {
		return r.big.len()
	}
	if r.Step == 0 {
		return 0
	}
	// Without overflow for any bounds (range(-2**62, 2**62, 2**62)); a
	// Range whose length passes int64 is a long one (newRangeObj).
	return int(rangeLen64(r.Start, r.Stop, r.Step))
}

func (r *Range) String() string {
	if r.big != nil {
		return r.big.String()
	}
	if r.Step == 1 {
		return fmt.Sprintf("range(%d, %d)", r.Start, r.Stop)
	}
	return fmt.Sprintf("range(%d, %d, %d)", r.Start, r.Stop, r.Step)
}

// Iter is iter(r): a range_iterator when every value and the end of the
// iteration (start + len*step) fit in int64, a longrange_iterator
// otherwise, as CPython 3.11 chooses (the type is observable).
func (r *Range) Iter() Object {
	var it RangeIter
	if r.iterInto(&it) {
		return &it
	}
	b := r.bigs()
	return newBigRangeIter(b.start, b.step, b.length)
}

// iterInto starts *it over r when a range_iterator (64-bit steps) is
// iter(r)'s type under CPython; false means a longrange_iterator.
func (r *Range) iterInto(it *RangeIter) bool {
	if r.big == nil {
		n := rangeLen64(r.Start, r.Stop, r.Step)
		if n == 0 || r.Step > 0 && r.Stop <= math.MaxInt64-(r.Step-1) ||
			r.Step < 0 && r.Stop >= math.MinInt64+(-1-r.Step) {
			*it = RangeIter{cur: r.Start, step: r.Step, left: n, n: n}
			return true
		}
	}
	return false
}

// reversedIter is reversed(r), with CPython 3.11's choice of iterator type.
func (r *Range) reversedIter() Object {
	if r.big == nil && r.Step != math.MinInt64 &&
		!(r.Step > 0 && r.Start < math.MinInt64+r.Step) && !(r.Step < 0 && r.Start > math.MaxInt64+r.Step) {
		n := rangeLen64(r.Start, r.Stop, r.Step)
		last := r.Start - r.Step + n*r.Step // wraps only where the result fits
		return &RangeIter{cur: last, step: -r.Step, left: n, n: n}
	}
	b := r.bigs()
	last := new(big.Int).Sub(b.length, big.NewInt(1))
	last.Mul(last, b.step).Add(last, b.start)
	return newBigRangeIter(last, new(big.Int).Neg(b.step), b.length)
}

func (r *Range) Contains(x Object) bool {
	if b := r.big; b != nil {
		if isIntLike(x) {
			return b.index(asBig(x)) != nil
		}
		it := r.Iter().(*bigRangeIter)
		for {
			v, ok := it.Next()
			if !ok {
				return false
			}
			if Eq(v, x) {
				return true
			}
		}
	}
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
	if r.big != nil || o.big != nil {
		a, b := r.bigs(), o.bigs()
		eq := a.length.Cmp(b.length) == 0 && (a.length.Sign() == 0 || a.start.Cmp(b.start) == 0 &&
			(a.length.Cmp(big.NewInt(1)) == 0 || a.step.Cmp(b.step) == 0))
		return eq == (op == OpEq), true
	}
	n := r.Len()
	eq := n == o.Len() && (n == 0 || r.Start == o.Start && (n == 1 || r.Step == o.Step))
	return eq == (op == OpEq), true
}

// RangeIter iterates over a range: left of its n values are still to come,
// starting at cur. cur may wrap after the last value; it is not read then.
type RangeIter struct{ cur, step, left, n int64 }

var RangeIterType = newBuiltinType("range_iterator", ObjectType)

func (*RangeIter) Type() *Type { return RangeIterType }

func (it *RangeIter) Next() (Object, bool) {
	if it.left <= 0 {
		return nil, false
	}
	v := it.cur
	it.cur += it.step
	it.left--
	return MakeInt(v), true
}

func init() {
	RangeType.call = func(t *Type, args []Object, kw []string) Object {
		noKw("range", kw)
		switch len(args) {
		case 1:
			return newRangeObj(Int(0), rangeArgObj(args[0]), Int(1))
		case 2:
			return newRangeObj(rangeArgObj(args[0]), rangeArgObj(args[1]), Int(1))
		case 3:
			step := rangeArgObj(args[2])
			if asBig(step).Sign() == 0 {
				panic(NewError(ValueErrorType, "range() arg 3 must not be zero"))
			}
			return newRangeObj(rangeArgObj(args[0]), rangeArgObj(args[1]), step)
		case 0:
			panic(NewError(TypeErrorType, "range expected at least 1 argument, got 0"))
		}
		panic(NewError(TypeErrorType, "range expected at most 3 arguments, got "+strconv.Itoa(len(args))))
	}
	Builtins.Dict.setIdent("range", RangeType)
	AddGetter(RangeType, "start", func(o Object) Object { return NewBigInt(o.(*Range).bigs().start) }, nil)
	AddGetter(RangeType, "stop", func(o Object) Object { return NewBigInt(o.(*Range).bigs().stop) }, nil)
	AddGetter(RangeType, "step", func(o Object) Object { return NewBigInt(o.(*Range).bigs().step) }, nil)
	method(RangeType, "__getitem__", func(args []Object, kw []string) Object {
		r := args[0].(*Range)
		if r.big != nil {
			return r.big.getItem(args[1])
		}
		if s, ok := args[1].(*Slice); ok {
			start, stop, step := s.indices(r.Len())
			lo, ok1 := rangeAt(r.Start, int64(start), r.Step)
			hi, ok2 := rangeAt(r.Start, int64(stop), r.Step)
			st, ok3 := rangeAt(0, int64(step), r.Step)
			if ok1 && ok2 && ok3 {
				return NewRange(lo, hi, st)
			}
			// A bound or the step passes int64 (a slice of range(-2**63,
			// 2**63-1, 2**63-1)): computed as a long range.
			return r.bigs().getItem(args[1])
		}
		i := seqIndex(args[1], r.Len(), "range object")
		return Int(r.Start + int64(i)*r.Step)
	})
	method(RangeType, "__len__", func(args []Object, kw []string) Object { return Int(args[0].(*Range).Len()) })
	method(RangeType, "__iter__", func(args []Object, kw []string) Object { return args[0].(*Range).Iter() })
	method(RangeType, "__contains__", func(args []Object, kw []string) Object {
		return NewBool(args[0].(*Range).Contains(args[1]))
	})
	method(RangeType, "__bool__", func(args []Object, kw []string) Object {
		return NewBool(args[0].(*Range).bigs().length.Sign() != 0)
	})
	method(RangeType, "__reversed__", func(args []Object, kw []string) Object {
		return args[0].(*Range).reversedIter()
	})
	method(RangeType, "__hash__", func(args []Object, kw []string) Object {
		b := args[0].(*Range).bigs()
		switch {
		case b.length.Sign() == 0:
			return PyHash(NewTuple(Int(0), None, None))
		case b.length.Cmp(big.NewInt(1)) == 0:
			return PyHash(NewTuple(Int(1), NewBigInt(b.start), None))
		}
		return PyHash(NewTuple(NewBigInt(b.length), NewBigInt(b.start), NewBigInt(b.step)))
	})
	method(RangeType, "__reduce__", func(args []Object, kw []string) Object {
		b := args[0].(*Range).bigs()
		return NewTuple(RangeType, NewTuple(NewBigInt(b.start), NewBigInt(b.stop), NewBigInt(b.step)))
	})
	method(RangeType, "index", func(args []Object, kw []string) Object {
		r, x := args[0].(*Range), nargs("range.index", args, kw, 1, 1)[0]
		if !exactIntArg(x) {
			if i := rangeSearch(r, x, false); i >= 0 {
				return MakeInt(i)
			}
			panic(NewError(ValueErrorType, "sequence.index(x): x not in sequence"))
		}
		if b := r.big; b != nil {
			if i := b.index(asBig(x)); i != nil {
				return NewBigInt(i)
			}
		} else if r.Contains(x) {
			v, _ := intOf(x)
			return Int((v - r.Start) / r.Step)
		}
		panic(NewError(ValueErrorType, fmt.Sprintf("%s is not in range", Repr(x))))
	})
	method(RangeType, "count", func(args []Object, kw []string) Object {
		r, x := args[0].(*Range), nargs("range.count", args, kw, 1, 1)[0]
		if !exactIntArg(x) {
			return MakeInt(rangeSearch(r, x, true))
		}
		if r.Contains(x) {
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
	method(LongRangeIterType, "__next__", func(args []Object, kw []string) Object {
		v, ok := args[0].(*bigRangeIter).Next()
		if !ok {
			panic(NewException(StopIterationType))
		}
		return v
	})
	method(LongRangeIterType, "__iter__", func(args []Object, kw []string) Object { return args[0] })
	method(IteratorType, "__iter__", func(args []Object, kw []string) Object { return args[0] })
	method(IteratorType, "__next__", func(args []Object, kw []string) Object {
		v, ok := Next(args[0])
		if !ok {
			panic(NewException(StopIterationType))
		}
		return v
	})
}

// bigs is the range's bounds and length as big ints.
func (r *Range) bigs() *bigRange {
	if r.big != nil {
		return r.big
	}
	b := &bigRange{start: big.NewInt(r.Start), stop: big.NewInt(r.Stop), step: big.NewInt(r.Step)}
	b.length = rangeLength(b.start, b.stop, b.step)
	return b
}

// exactIntArg reports whether range.index/count compute their answer for x
// (an exact int or a bool); anything else is searched for by equality.
func exactIntArg(x Object) bool {
	switch x.(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// rangeSearch is _PySequence_IterSearch over r: with count, how many items
// equal x; otherwise the index of the first one, or -1.
func rangeSearch(r *Range, x Object, count bool) int64 {
	it := GetIter(r)
	var n int64
	for {
		v, ok := Next(it)
		if !ok {
			break
		}
		if Eq(v, x) {
			if !count {
				return n
			}
			n++
		} else if !count {
			n++
		}
	}
	if count {
		return n
	}
	return -1
}

// NextI is Next for a loop whose variable is int-typed: a range's
// iterator steps without boxing; any other iterator's items are taken as
// ToI takes them.
func NextI(it Object) (TypedInt, bool) {
	if r, ok := it.(*RangeIter); ok {
		if r.left <= 0 {
			return TypedInt{}, false
		}
		v := r.cur
		r.cur += r.step
		r.left--
		return TypedInt{v: v}, true
	}
	x, ok := Next(it)
	if !ok {
		return TypedInt{}, false
	}
	return ToI(x), true
}

// stepOverflows reports whether a native loop's i += step could pass the
// int64 range before i reaches stop.
func stepOverflows(stop, step int64) bool {
	if step > 0 {
		return stop > math.MaxInt64-step
	}
	return stop < math.MinInt64-step
}

// counted is the loop bounds of r as a count of its values (big set:
// CountedI and CountedObj compute the value). A length past int64 is cut
// to the largest count, which no loop reaches.
func (r *Range) counted() *Range {
	b := r.bigs()
	n := int64(math.MaxInt64)
	if b.length.IsInt64() {
		n = b.length.Int64()
	}
	return &Range{Stop: n, Step: 1, big: b}
}

// Counted reports whether a native loop over r counts its values (see
// RangeOf): the loop variable is then CountedI(i) or CountedObj(i), not
// the int i. Generated code tests it beside the common assignment, with
// no call: a loop in a large function (where Go inlines little) pays a
// compare, not a call, per step.
func (r *Range) Counted() bool { return r.big != nil }

// CountedI is the value at count i of a counted loop, false when an
// iterated replacement of range is exhausted (the loop ends as it would).
func (r *Range) CountedI(i int64) (TypedInt, bool) {
	o, ok := r.CountedObj(i)
	if !ok {
		return TypedInt{}, false
	}
	return ToI(o), true
}

// CountedObj is CountedI as an object.
func (r *Range) CountedObj(i int64) (Object, bool) {
	if it := r.big.it; it != nil {
		return Next(it)
	}
	return r.big.item(big.NewInt(i)), true
}
