package py

import (
	"fmt"
	"math"
	"math/big"
)

// Ranges whose bounds or length do not fit in 64 bits (range(1 << 1000)):
// CPython's long ranges, iterated by a longrange_iterator.

// bigRange is a range whose values pass int64, or (it set, the rest nil)
// what a native loop over range(...) iterates when range was rebound to
// something that returned another iterable (RangeOf).
type bigRange struct {
	start, stop, step, length *big.Int
	it                        Object
}

var LongRangeIterType = newBuiltinType("longrange_iterator", ObjectType)

// bigRangeIter is a longrange_iterator: the values start + i*step for i
// in [index, length). index is what __setstate__ set it to; odd holds a
// state that was not an int, which CPython stores as is and uses in
// arithmetic from then on.
type bigRangeIter struct {
	start, step, length *big.Int
	index               *big.Int
	odd                 Object
}

func newBigRangeIter(start, step, length *big.Int) *bigRangeIter {
	return &bigRangeIter{start: start, step: step, length: length, index: new(big.Int)}
}

func (*bigRangeIter) Type() *Type { return LongRangeIterType }

func (it *bigRangeIter) Next() (Object, bool) {
	if it.odd != nil {
		if !CompareBool(it.odd, NewBigInt(it.length), OpLt) {
			return nil, false
		}
		v := Add(NewBigInt(it.start), Mul(it.odd, NewBigInt(it.step)))
		it.odd = Add(it.odd, Int(1))
		return v, true
	}
	if it.index.Cmp(it.length) >= 0 {
		return nil, false
	}
	v := new(big.Int).Mul(it.index, it.step)
	it.index.Add(it.index, big.NewInt(1))
	return NewBigInt(v.Add(v, it.start)), true
}

// state is the iterator's index as a Python object.
func (it *bigRangeIter) state() Object {
	if it.odd != nil {
		return it.odd
	}
	return NewBigInt(new(big.Int).Set(it.index))
}

// setState is __setstate__: below 0 is 0, past the length is the length,
// compared as Python objects.
func (it *bigRangeIter) setState(o Object) {
	length := NewBigInt(it.length)
	switch {
	case CompareBool(o, Int(0), OpLt):
		o = Int(0)
	case CompareBool(o, length, OpGt):
		o = length
	}
	if isIntLike(o) {
		it.index, it.odd = new(big.Int).Set(asBig(o)), nil
	} else {
		it.odd = o
	}
}

// rangeLength is CPython's compute_range_length.
func rangeLength(start, stop, step *big.Int) *big.Int {
	lo, hi, st := start, stop, step
	if step.Sign() < 0 {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	n := new(big.Int).Sub(hi, lo)
	n.Sub(n, big.NewInt(1))
	n.Quo(n, st)
	return n.Add(n, big.NewInt(1))
}

// rangeLen64 is the length of range(start, stop, step) (step != 0), or -1
// when it does not fit in an int64.
func rangeLen64(start, stop, step int64) int64 {
	lo, hi, st := uint64(start), uint64(stop), uint64(step)
	if step < 0 {
		if start <= stop {
			return 0
		}
		lo, hi, st = uint64(stop), uint64(start), -uint64(step)
	} else if start >= stop {
		return 0
	}
	// hi-lo is exact in uint64 for any two int64s, and so is the rest.
	n := (hi-lo-1)/st + 1
	if n > math.MaxInt64 {
		return -1
	}
	return int64(n)
}

// rangeAt is start + i*step, and whether it fits in an int64.
func rangeAt(start, i, step int64) (int64, bool) {
	p := i * step
	if i != 0 && (p/i != step || i == -1 && step == math.MinInt64) {
		return 0, false
	}
	s := start + p
	if p > 0 && s < start || p < 0 && s > start {
		return 0, false
	}
	return s, true
}

// newRangeObj is range(start, stop, step) for int objects: a plain Range
// when everything fits in 64 bits, a long one otherwise.
func newRangeObj(start, stop, step Object) *Range {
	if s, ok := intOf(start); ok {
		if e, ok := intOf(stop); ok {
			if st, ok := intOf(step); ok {
				if st != 0 && rangeLen64(s, e, st) >= 0 {
					return NewRange(s, e, st)
				}
			}
		}
	}
	b := &bigRange{start: asBig(start), stop: asBig(stop), step: asBig(step)}
	b.length = rangeLength(b.start, b.stop, b.step)
	return &Range{big: b}
}

func rangeArgObj(o Object) Object {
	switch v := o.(type) {
	case Int, *BigInt:
		return v
	case Bool:
		return Int(Index(v))
	}
	if m := LookupSpecial(o, "__index__"); m != nil {
		r := Call(m)
		if isIntLike(r) {
			return rangeArgObj(r)
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("__index__ returned non-int (type %s)", typeName(r))))
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(o))))
}

// bigLen is len() of a long range: OverflowError past sys.maxsize.
func (b *bigRange) len() int {
	if !b.length.IsInt64() || b.length.Int64() > math.MaxInt64 {
		panic(NewError(OverflowErrorType, "Python int too large to convert to C ssize_t"))
	}
	return int(b.length.Int64())
}

func (b *bigRange) item(i *big.Int) Object {
	v := new(big.Int).Mul(i, b.step)
	return NewBigInt(v.Add(v, b.start))
}

// index is the position of x (an int) in the range, or nil.
func (b *bigRange) index(x *big.Int) *big.Int {
	d := new(big.Int).Sub(x, b.start)
	q, m := new(big.Int).QuoRem(d, b.step, new(big.Int))
	if m.Sign() != 0 || q.Sign() < 0 || q.Cmp(b.length) >= 0 {
		return nil
	}
	return q
}

func (b *bigRange) String() string {
	if b.step.Cmp(big.NewInt(1)) == 0 {
		return fmt.Sprintf("range(%s, %s)", b.start, b.stop)
	}
	return fmt.Sprintf("range(%s, %s, %s)", b.start, b.stop, b.step)
}

// getItem is r[k] for a long range.
func (b *bigRange) getItem(k Object) Object {
	if s, ok := k.(*Slice); ok {
		// slice.indices with the range's length, as big ints.
		n := b.length
		get := func(o Object, def *big.Int) *big.Int {
			if o == None {
				return def
			}
			return asBig(rangeArgObj(o))
		}
		step := get(s.Step, big.NewInt(1))
		if step.Sign() == 0 {
			panic(NewError(ValueErrorType, "slice step cannot be zero"))
		}
		var lower, upper *big.Int
		if step.Sign() < 0 {
			lower, upper = big.NewInt(-1), new(big.Int).Sub(n, big.NewInt(1))
		} else {
			lower, upper = big.NewInt(0), new(big.Int).Set(n)
		}
		clamp := func(o Object, def *big.Int) *big.Int {
			if o == None {
				return def
			}
			v := new(big.Int).Set(get(o, nil))
			if v.Sign() < 0 {
				v.Add(v, n)
				if v.Cmp(lower) < 0 {
					v.Set(lower)
				}
			} else if v.Cmp(upper) > 0 {
				v.Set(upper)
			}
			return v
		}
		var start, stop *big.Int
		if step.Sign() < 0 {
			start, stop = clamp(s.Start, upper), clamp(s.Stop, lower)
		} else {
			start, stop = clamp(s.Start, lower), clamp(s.Stop, upper)
		}
		at := func(i *big.Int) Object { return b.item(i) }
		return newRangeObj(at(start), at(stop), NewBigInt(new(big.Int).Mul(step, b.step)))
	}
	i := asBig(rangeArgObj(k))
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, b.length)
	}
	if i.Sign() < 0 || i.Cmp(b.length) >= 0 {
		panic(NewError(IndexErrorType, "range object index out of range"))
	}
	return b.item(i)
}
