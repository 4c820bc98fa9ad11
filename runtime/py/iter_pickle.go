package py

import (
	"math/big"
	"unicode/utf8"
)

// The builtin iterators' types, and what pickle and copy need of them:
// __reduce__ as CPython's (iter(seq) resumed at an index, or a list of
// what is left), __setstate__ for the index, __length_hint__.

var (
	ListIteratorType     = NewIterType("list_iterator", "builtins")
	TupleIteratorType    = NewIterType("tuple_iterator", "builtins")
	SetIteratorType      = NewIterType("set_iterator", "builtins")
	StrASCIIIteratorType = NewIterType("str_ascii_iterator", "builtins")
	StrIteratorType      = NewIterType("str_iterator", "builtins")
	BytesIteratorType    = NewIterType("bytes_iterator", "builtins")
	DictKeyIteratorType  = NewIterType("dict_keyiterator", "builtins")
	DictValueIterType    = NewIterType("dict_valueiterator", "builtins")
	DictItemIteratorType = NewIterType("dict_itemiterator", "builtins")
	CallableIteratorType = NewIterType("callable_iterator", "builtins")

	DictReverseKeyIterType   = NewIterType("dict_reversekeyiterator", "builtins")
	DictReverseValueIterType = NewIterType("dict_reversevalueiterator", "builtins")
	DictReverseItemIterType  = NewIterType("dict_reverseitemiterator", "builtins")
)

// reverseSnapshotIter iterates over items backwards (a dict's keys, values
// or items, taken when reversed() was called); it pickles as iter() of
// the list of what is left.
func reverseSnapshotIter(t *Type, items []Object) *GoIter {
	i := len(items)
	it := &GoIter{T: t, F: func() (Object, bool) {
		if i == 0 {
			return nil, false
		}
		i--
		return items[i], true
	}}
	it.Reduce = func() Object {
		rest := make([]Object, 0, i)
		for j := i - 1; j >= 0; j-- {
			rest = append(rest, items[j])
		}
		return NewTuple(LoadBuiltin("iter"), NewTuple(NewList(rest...)))
	}
	return it
}

type seqKind uint8

const (
	seqList seqKind = iota
	seqTuple
)

func (it *SeqIter) Type() *Type {
	switch it.kind {
	case seqTuple:
		return TupleIteratorType
	}
	return ListIteratorType
}

func (it *StrIter) Type() *Type {
	if isASCII(it.s) {
		return StrASCIIIteratorType
	}
	return StrIteratorType
}

func (it *DictIter) Type() *Type {
	switch it.kind {
	case 1:
		return DictValueIterType
	case 2:
		return DictItemIteratorType
	}
	return DictKeyIteratorType
}

// BytesIter iterates over the bytes of a bytes object.
type BytesIter struct {
	b    Bytes
	i    int
	done bool
}

func (*BytesIter) Type() *Type { return BytesIteratorType }

func (it *BytesIter) Next() (Object, bool) {
	if it.i >= len(it.b) {
		it.done = true
		return nil, false
	}
	it.i++
	return Int(it.b[it.i-1]), true
}

// iterReduce is (iter, (seq,), index), or (iter, (empty,)) once the
// iterator is exhausted.
func iterReduce(seq Object, index int, exhausted bool, empty Object) Object {
	if exhausted {
		return NewTuple(LoadBuiltin("iter"), NewTuple(empty))
	}
	return NewTuple(LoadBuiltin("iter"), NewTuple(seq), Int(index))
}

// clampIndex is __setstate__'s index, kept within [0, n].
func clampIndex(o Object, n int) int {
	i := Index(o)
	return max(0, min(i, n))
}

func init() {
	for _, t := range []*Type{ListIteratorType, TupleIteratorType} {
		method(t, "__reduce__", func(a []Object, kw []string) Object {
			it := a[0].(*SeqIter)
			switch it.kind {
			case seqList:
				return iterReduce(it.list, it.i, it.list == nil, NewList())
			}
			return iterReduce(NewTuple(it.items...), it.i, it.items == nil, NewTuple())
		})
		method(t, "__length_hint__", func(a []Object, kw []string) Object {
			it := a[0].(*SeqIter)
			items := it.items
			if it.list != nil {
				items = it.list.Items
			}
			return Int(max(0, len(items)-it.i))
		})
	}
	for _, t := range []*Type{ListIteratorType, TupleIteratorType} {
		method(t, "__setstate__", func(a []Object, kw []string) Object {
			it := a[0].(*SeqIter)
			if it.list != nil {
				it.i = clampIndex(a[1], len(it.list.Items))
			} else if it.items != nil {
				it.i = clampIndex(a[1], len(it.items))
			}
			return None
		})
	}
	for _, t := range []*Type{StrASCIIIteratorType, StrIteratorType} {
		method(t, "__reduce__", func(a []Object, kw []string) Object {
			it := a[0].(*StrIter)
			return iterReduce(Str(it.s), utf8.RuneCountInString(it.s[:it.i]), it.done, Str(""))
		})
		method(t, "__setstate__", func(a []Object, kw []string) Object {
			it := a[0].(*StrIter)
			if it.done {
				return None
			}
			n := clampIndex(a[1], utf8.RuneCountInString(it.s))
			it.i = 0
			for ; n > 0; n-- {
				_, size := DecodeRune(it.s[it.i:])
				it.i += size
			}
			return None
		})
		method(t, "__length_hint__", func(a []Object, kw []string) Object {
			it := a[0].(*StrIter)
			return Int(utf8.RuneCountInString(it.s[it.i:]))
		})
	}
	method(BytesIteratorType, "__reduce__", func(a []Object, kw []string) Object {
		it := a[0].(*BytesIter)
		return iterReduce(it.b, it.i, it.done, Bytes(""))
	})
	method(BytesIteratorType, "__setstate__", func(a []Object, kw []string) Object {
		it := a[0].(*BytesIter)
		if !it.done {
			it.i = clampIndex(a[1], len(it.b))
		}
		return None
	})
	method(BytesIteratorType, "__length_hint__", func(a []Object, kw []string) Object {
		it := a[0].(*BytesIter)
		return Int(max(0, len(it.b)-it.i))
	})
	for _, t := range []*Type{DictKeyIteratorType, DictValueIterType, DictItemIteratorType} {
		method(t, "__reduce__", func(a []Object, kw []string) Object {
			// A copy of what is left, taken without advancing it.
			it := *a[0].(*DictIter)
			rest := []Object{}
			for {
				v, ok := it.Next()
				if !ok {
					break
				}
				rest = append(rest, v)
			}
			return NewTuple(LoadBuiltin("iter"), NewTuple(NewList(rest...)))
		})
		method(t, "__length_hint__", func(a []Object, kw []string) Object {
			return Int(a[0].(*DictIter).s.lengthHint())
		})
	}
	for _, t := range []*Type{ZipType, MapType, FilterType, EnumerateType, ListReverseIterType, ReversedType,
		IteratorType, CallableIteratorType, DictReverseKeyIterType, DictReverseValueIterType, DictReverseItemIterType} {
		t := t
		method(t, "__reduce__", func(a []Object, kw []string) Object {
			it, ok := a[0].(*GoIter)
			if !ok || it.Reduce == nil {
				panic(NewError(TypeErrorType, "cannot pickle '"+t.Name+"' object"))
			}
			return it.Reduce()
		})
		method(t, "__setstate__", func(a []Object, kw []string) Object {
			it, ok := a[0].(*GoIter)
			if !ok || it.SetState == nil {
				panic(NewError(AttributeErrorType, "'"+t.Name+"' object has no attribute '__setstate__'"))
			}
			it.SetState(a[1])
			return None
		})
	}
}

func init() {
	// A range iterator pickles as iter() of the whole range and its index,
	// the range's stop normalised to start + len*step (CPython 3.11).
	method(RangeIterType, "__reduce__", func(a []Object, kw []string) Object {
		it := a[0].(*RangeIter)
		index := it.n - it.left
		start := it.cur - index*it.step // exact: wrapping cancels out
		return NewTuple(LoadBuiltin("iter"), NewTuple(rangeFrom(start, it.n, it.step)), Int(index))
	})
	method(RangeIterType, "__setstate__", func(a []Object, kw []string) Object {
		it := a[0].(*RangeIter)
		i, ok := intOf(rangeArgObj(a[1]))
		if !ok {
			panic(NewError(OverflowErrorType, "Python int too large to convert to C long"))
		}
		index := max(0, min(i, it.n))
		start := it.cur - (it.n-it.left)*it.step
		it.cur, it.left = start+index*it.step, it.n-index
		return None
	})
	method(RangeIterType, "__length_hint__", func(a []Object, kw []string) Object {
		return Int(a[0].(*RangeIter).left)
	})
	method(LongRangeIterType, "__reduce__", func(a []Object, kw []string) Object {
		it := a[0].(*bigRangeIter)
		stop := new(big.Int).Mul(it.length, it.step)
		r := newRangeObj(NewBigInt(it.start), NewBigInt(stop.Add(stop, it.start)), NewBigInt(it.step))
		return NewTuple(LoadBuiltin("iter"), NewTuple(r), it.state())
	})
	method(LongRangeIterType, "__setstate__", func(a []Object, kw []string) Object {
		a[0].(*bigRangeIter).setState(a[1])
		return None
	})
	method(LongRangeIterType, "__length_hint__", func(a []Object, kw []string) Object {
		it := a[0].(*bigRangeIter)
		return Sub(NewBigInt(it.length), it.state())
	})
}

// rangeFrom is range(start, start+n*step, step), long when the stop does
// not fit in int64.
func rangeFrom(start, n, step int64) *Range {
	if stop, ok := rangeAt(start, n, step); ok {
		return NewRange(start, stop, step)
	}
	stop := new(big.Int).Mul(big.NewInt(n), big.NewInt(step))
	stop.Add(stop, big.NewInt(start))
	return newRangeObj(Int(start), NewBigInt(stop), Int(step))
}
