package py

import (
	"fmt"
	"math"
)

// Lists made at a known length by slicing and concatenation (p[:],
// items[:i] + items[i+1:], [x] + rest) have their items in the same
// allocation as the list itself, as plain instances do: one allocation
// instead of two. The room is the length (as CPython allocates them), in
// Go's size classes: a 32-byte List plus 16 bytes an item makes one class
// for each length up to 16 but 1 (which gets room for a second item, as
// [x] is often appended to) and 15. Growing past that room moves the items
// to an ordinary slice, as any append beyond capacity does.

type listRoom2 struct {
	l List
	a [2]Object
}

type listRoom3 struct {
	l List
	a [3]Object
}

type listRoom4 struct {
	l List
	a [4]Object
}

type listRoom5 struct {
	l List
	a [5]Object
}

type listRoom6 struct {
	l List
	a [6]Object
}

type listRoom7 struct {
	l List
	a [7]Object
}

type listRoom8 struct {
	l List
	a [8]Object
}

type listRoom9 struct {
	l List
	a [9]Object
}

type listRoom10 struct {
	l List
	a [10]Object
}

type listRoom11 struct {
	l List
	a [11]Object
}

type listRoom12 struct {
	l List
	a [12]Object
}

type listRoom13 struct {
	l List
	a [13]Object
}

type listRoom14 struct {
	l List
	a [14]Object
}

type listRoom16 struct {
	l List
	a [16]Object
}

// NewListLen makes a list of n items, all nil: the caller fills them all
// before anything else can see it.
func NewListLen(n int) *List { return newListLen(n) }

// newListLen makes a list of n items (all nil, for the caller to fill).
func newListLen(n int) *List {
	switch n {
	case 0:
		return &List{}
	case 1, 2:
		x := &listRoom2{}
		x.l.Items = x.a[:n]
		return &x.l
	case 3:
		x := &listRoom3{}
		x.l.Items = x.a[:n]
		return &x.l
	case 4:
		x := &listRoom4{}
		x.l.Items = x.a[:n]
		return &x.l
	case 5:
		x := &listRoom5{}
		x.l.Items = x.a[:n]
		return &x.l
	case 6:
		x := &listRoom6{}
		x.l.Items = x.a[:n]
		return &x.l
	case 7:
		x := &listRoom7{}
		x.l.Items = x.a[:n]
		return &x.l
	case 8:
		x := &listRoom8{}
		x.l.Items = x.a[:n]
		return &x.l
	case 9:
		x := &listRoom9{}
		x.l.Items = x.a[:n]
		return &x.l
	case 10:
		x := &listRoom10{}
		x.l.Items = x.a[:n]
		return &x.l
	case 11:
		x := &listRoom11{}
		x.l.Items = x.a[:n]
		return &x.l
	case 12:
		x := &listRoom12{}
		x.l.Items = x.a[:n]
		return &x.l
	case 13:
		x := &listRoom13{}
		x.l.Items = x.a[:n]
		return &x.l
	case 14:
		x := &listRoom14{}
		x.l.Items = x.a[:n]
		return &x.l
	case 15, 16:
		x := &listRoom16{}
		x.l.Items = x.a[:n]
		return &x.l
	}
	return &List{Items: make([]Object, n)}
}

// copyItems is copy(dst, src) for the few items of these lists: a loop of
// stores costs less than copy's typedslicecopy and memmove calls up to
// about six items (callgrind on nqueens and fannkuch: 12 cost more).
func copyItems(dst, src []Object) int {
	if len(src) > 6 {
		return copy(dst, src)
	}
	n := min(len(dst), len(src))
	dst, src = dst[:n], src[:n]
	for i := range src {
		dst[i] = src[i]
	}
	return n
}

// listSlice is items[start:stop:step] as a new list.
func listSlice(items []Object, start, stop, step int) *List {
	n := sliceLen(start, stop, step)
	l := newListLen(n)
	if step == 1 {
		// stop may be below start (L[3:1]): n is 0 then.
		copyItems(l.Items, items[start:start+n])
		return l
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[i] = items[j]
	}
	return l
}

// listConcat is a + b as a new list.
func listConcat(a, b []Object) *List {
	l := newListLen(len(a) + len(b))
	if len(a) == 1 {
		// [x] + rest: a store, not a typed copy of one item.
		l.Items[0] = a[0]
		copyItems(l.Items[1:], b)
		return l
	}
	copyItems(l.Items[copyItems(l.Items, a):], b)
	return l
}

// MakeList is a list display [a, b, ...] of up to eight items: the items
// are copied into room allocated with the list (the argument slice stays
// on the caller's stack).
func MakeList(items ...Object) *List {
	l := newListLen(len(items))
	copy(l.Items, items)
	return l
}

// MakeTuple is a tuple display (a, b, ...) of up to twelve items, made as
// MakeList makes a list.
func MakeTuple(items ...Object) *Tuple { return newTupleCopy(items) }

// ListDisplayAdd is [items...] + r: one list when r is an exact list
// (items is not kept).
func ListDisplayAdd(items []Object, r Object) Object {
	if rl, ok := r.(*List); ok && rl.sub == nil {
		// listConcat's work here: no second call for every `[x] + rest`.
		l := newListLen(len(items) + len(rl.Items))
		if len(items) == 1 {
			l.Items[0] = items[0]
			copyItems(l.Items[1:], rl.Items)
			return l
		}
		copyItems(l.Items[copyItems(l.Items, items):], rl.Items)
		return l
	}
	return Add(MakeList(items...), r)
}

// value is the slice s stands for, as a list when it is a list's part.
func (s *SliceSrc) value() Object {
	if s.l == nil {
		return s.v
	}
	return listSlice(s.l.Items, s.start, s.stop, s.step)
}

// SlicePair is a[...] + b[lo:hi:st] up to the `+`, a's part taken by
// SliceOf: when both are parts of exact lists (no code of the program's
// runs, nothing can raise) the sum is made here, one list; otherwise a's
// part becomes a list of its own before b's slice is taken (which may run
// the program's code), and AddSlices adds the two at the `+`'s position.
// It raises what GetSlice(b, ...) raises.
func SlicePair(a SliceSrc, b, lo, hi, st Object) SliceSum {
	if a.l != nil {
		if l, ok := b.(*List); ok && l.sub == nil {
			// b[lo:] with an int lo, the commonest right operand, without
			// fastSliceIndices' general checks.
			if k, ok := lo.(Int); ok && hi == nil && st == nil {
				start := clampSliceIndex(int(k), len(l.Items), 1)
				if a.step == 1 {
					// a[i:j] + b[k:], both read forwards: two copies
					// into one new list, no addParts/sliceInto calls.
					pa, pb := a.l.Items[a.start:max(a.start, a.stop)], l.Items[start:]
					sum := newListLen(len(pa) + len(pb))
					copyItems(sum.Items[copyItems(sum.Items, pa):], pb)
					return SliceSum{sum: sum}
				}
				return SliceSum{sum: addParts(&a, l.Items, start, len(l.Items), 1)}
			}
			if start, stop, step, ok := fastSliceIndices(len(l.Items), lo, hi, st); ok {
				return SliceSum{sum: addParts(&a, l.Items, start, stop, step)}
			}
		}
		return SliceSum{a: a.value(), b: GetSlice(b, lo, hi, st)}
	}
	return SliceSum{a: a.v, b: GetSlice(b, lo, hi, st)}
}

// SliceSum is SlicePair's result: the sum when it made it, else the two
// operands.
type SliceSum struct{ sum, a, b Object }

// AddSlices is the `+` of a[...] + b[...] (SlicePair's result).
func AddSlices(p SliceSum) Object {
	if p.sum != nil {
		return p.sum
	}
	return Add(p.a, p.b)
}

// addParts is a's part followed by items[start:stop:step], one new list.
func addParts(a *SliceSrc, items []Object, start, stop, step int) *List {
	na, nb := sliceLen(a.start, a.stop, a.step), sliceLen(start, stop, step)
	l := newListLen(na + nb)
	sliceInto(l.Items[:na], a.l.Items, a.start, a.step)
	sliceInto(l.Items[na:], items, start, step)
	return l
}

// sliceInto copies items[start::step] into dst (len(dst) items).
func sliceInto(dst, items []Object, start, step int) {
	if step == 1 {
		copyItems(dst, items[start:])
		return
	}
	for i, j := 0, start; i < len(dst); i, j = i+1, j+step {
		dst[i] = items[j]
	}
}

// SliceSrc is the value of a slice assignment whose right side is a slice
// too (dst[a:b] = src[c:d:e]): an exact list's part is copied straight
// into dst, without a list object of its own.
type SliceSrc struct {
	l                 *List // the source list, or nil: v holds the value
	start, stop, step int
	v                 Object
}

// SliceOf is src[lo:hi:st] (nil: a part left out) as SlicePair's first
// operand; it raises what GetSlice raises.
func SliceOf(src, lo, hi, st Object) SliceSrc {
	if l, ok := src.(*List); ok && l.sub == nil {
		// l[:hi] with an int hi, the commonest left operand, without
		// fastSliceIndices' general checks.
		if k, ok := hi.(Int); ok && lo == nil && st == nil {
			return SliceSrc{l: l, stop: clampSliceIndex(int(k), len(l.Items), 1), step: 1}
		}
		if start, stop, step, ok := fastSliceIndices(len(l.Items), lo, hi, st); ok {
			return SliceSrc{l: l, start: start, stop: stop, step: step}
		}
	}
	return SliceSrc{v: GetSlice(src, lo, hi, st)}
}

// Of sets s, a zero SliceSrc, to src[lo:hi:st] (nil: a part left out) as
// SetSliceFrom's value, and returns it; it raises what GetSlice raises. A
// slice assignment keeps s on its own stack and hands it on by pointer:
// the struct is seven words, copied twice more when returned by value.
func (s *SliceSrc) Of(src, lo, hi, st Object) *SliceSrc {
	if l, ok := src.(*List); ok && l.sub == nil {
		if start, stop, step, ok := fastSliceIndices(len(l.Items), lo, hi, st); ok {
			s.l, s.start, s.stop, s.step = l, start, stop, step
			return s
		}
	}
	s.v = GetSlice(src, lo, hi, st)
	return s
}

// OfIf is Of for a target whose index arithmetic, evaluated after the
// value (Python's order) and before SetSliceFrom, uses g: when g is an int
// or unbound (nil) that arithmetic runs no Python code that could change
// the source, else the slice is made now.
func (s *SliceSrc) OfIf(g, src, lo, hi, st Object) *SliceSrc {
	switch g.(type) {
	case nil, Int:
		return s.Of(src, lo, hi, st)
	}
	s.v = GetSlice(src, lo, hi, st)
	return s
}

// SetSliceFrom is o[lo:hi:st] = s, s made by Of just before (nothing runs
// in between: the source is as Of saw it).
func SetSliceFrom(o, lo, hi, st Object, s *SliceSrc) {
	if s.l == nil {
		SetSlice(o, lo, hi, st, s.v)
		return
	}
	if d, ok := o.(*List); ok && d.sub == nil {
		if start, stop, step, ok := fastSliceIndices(len(d.Items), lo, hi, st); ok && s.assignTo(d, start, stop, step) {
			return
		}
	}
	SetSlice(o, lo, hi, st, listSlice(s.l.Items, s.start, s.stop, s.step))
}

// SliceToSlice is dst[dlo:dhi:dstep] = src[slo:shi:sstep] when both are
// exact lists, done without running any Python code; it reports whether it
// did it, and does nothing else (it never raises). The translator has the
// bounds as Go ints (BoundOf, BoundAdd, BoundRsub: an int bound clipped to
// the int64 range, as CPython clips slice indices to Py_ssize_t), a bound
// left out having its bit in absent (dlo 1, dhi 2, dstep 4, slo 8, shi 16,
// sstep 32), so no bound is an object to look at. It calls it with
// operands whose evaluation cannot raise or be seen (the general path, Of
// then SetSliceFrom, evaluates the target's after the source's slice), and
// takes the general path when it reports false.
func SliceToSlice(dst Object, dlo, dhi, dstep int, src Object, slo, shi, sstep int, absent uint) bool {
	d, ok := dst.(*List)
	if !ok || d.sub != nil {
		return false
	}
	l, ok := src.(*List)
	if !ok || l.sub != nil {
		return false
	}
	if d == l && absent == 1|4|16 && sstep == -1 && uint(slo) < uint(len(l.Items)) && dhi == slo+1 {
		// a[:k+1] = a[k::-1] with 0 <= k < len(a): the prefix reversed
		// in place, before the general indices' two calls.
		reverseItems(l.Items[:dhi])
		return true
	}
	s := SliceSrc{l: l}
	if s.start, s.stop, s.step, ok = intSliceIndices(len(l.Items), slo, shi, sstep, absent>>3); !ok {
		return false
	}
	start, stop, step, ok := intSliceIndices(len(d.Items), dlo, dhi, dstep, absent)
	if !ok {
		return false
	}
	if d == l && step == 1 && s.step == -1 && start < stop && s.start == stop-1 && s.stop == start-1 {
		// a[i:j] = a[j-1:i-1:-1]: the part reversed in place (j from
		// len(items): the compiler then drops the bounds checks).
		reverseItems(d.Items[start:stop])
		return true
	}
	return s.assignTo(d, start, stop, step)
}

// reverseItems reverses items in place.
func reverseItems(items []Object) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

// intSliceIndices is fastSliceIndices for bounds given as ints, absent
// holding the bits of those left out (lo 1, hi 2, step 4).
func intSliceIndices(n, lo, hi, st int, absent uint) (start, stop, step int, ok bool) {
	step = 1
	if absent&4 == 0 {
		if st == 0 {
			return 0, 0, 0, false
		}
		// PySlice_Unpack: -step must not overflow.
		step = max(st, -math.MaxInt)
	}
	if step > 0 {
		start, stop = 0, n
	} else {
		start, stop = n-1, -1
	}
	if absent&1 == 0 {
		start = clampSliceIndex(lo, n, step)
	}
	if absent&2 == 0 {
		stop = clampSliceIndex(hi, n, step)
	}
	return start, stop, step, true
}

// BoundOf is the slice bound o, an exact int (IsInt tested it).
func BoundOf(o Object) int { return int(o.(Int)) }

// BoundAdd is the slice bound o + c for o an exact int (IsInt tested it),
// clipped to the int64 range as CPython clips a bound past Py_ssize_t.
func BoundAdd(o Object, c int) int {
	x := int(o.(Int))
	r := x + c
	if (r > x) != (c > 0) {
		if c > 0 {
			return math.MaxInt
		}
		return math.MinInt
	}
	return r
}

// BoundRsub is the slice bound c - o for o an exact int (IsInt tested
// it), clipped as BoundAdd's.
func BoundRsub(c int, o Object) int {
	x := int(o.(Int))
	r := c - x
	if (r < c) != (x > 0) {
		if x > 0 {
			return math.MinInt
		}
		return math.MaxInt
	}
	return r
}

// assignTo is d[start:stop:step] = s for s a list's part, or false (an
// extended slice of another size: the general path raises).
func (s *SliceSrc) assignTo(d *List, start, stop, step int) bool {
	n := sliceLen(s.start, s.stop, s.step)
	if step == 1 {
		if n == max(stop-start, 0) && s.assignInPlace(d, start, n) {
			return true
		}
	} else if n != sliceLen(start, stop, step) {
		return false
	}
	s.assignAside(d, start, stop, step, n)
	return true
}

// assignAside is assignTo's copy of the part aside, out of line: its
// buffer's zeroing would cost every in-place assignment.
//
//go:noinline
func (s *SliceSrc) assignAside(d *List, start, stop, step, n int) {
	var buf [16]Object
	vals := buf[:0]
	if n > len(buf) {
		vals = make([]Object, 0, n)
	}
	if s.step == 1 {
		vals = append(vals, s.l.Items[s.start:s.start+n]...)
	} else {
		for i, j := 0, s.start; i < n; i, j = i+1, j+s.step {
			vals = append(vals, s.l.Items[j])
		}
	}
	listAssignItems(d, start, stop, step, vals)
}

// assignInPlace is d[start:start+n] = s for a part s of n items, when that
// can be done without copying s's items aside first: s is another list's
// part, or d's own part read forwards (copy moves overlapping items as a
// copy aside would), or d[start:start+n] read backwards (a reversal in
// place, fannkuch's p[:k+1] = p[k::-1]), or a part of d that does not
// overlap the destination. It reports whether it did the assignment.
func (s *SliceSrc) assignInPlace(d *List, start, n int) bool {
	src, dst := s.l.Items, d.Items[start:start+n]
	if s.step == 1 {
		copy(dst, src[s.start:s.start+n])
		return true
	}
	if s.l == d && n > 0 {
		// The source's lowest and highest positions.
		lo, hi := s.start, s.start+(n-1)*s.step
		if lo > hi {
			lo, hi = hi, lo
		}
		if s.step == -1 && lo == start && hi == start+n-1 {
			// j from len(dst): the compiler then drops the bounds checks.
			for i, j := 0, len(dst)-1; i < j; i, j = i+1, j-1 {
				dst[i], dst[j] = dst[j], dst[i]
			}
			return true
		}
		if hi >= start && lo < start+n {
			return false
		}
	}
	for i, j := 0, s.start; i < n; i, j = i+1, j+s.step {
		dst[i] = src[j]
	}
	return true
}

// listAssignItems is listAssignSlice (items.go) with the new items in
// hand (vals is not kept).
func listAssignItems(x *List, start, stop, step int, vals []Object) {
	if step != 1 {
		n := sliceLen(start, stop, step)
		if len(vals) != n {
			panic(NewError(ValueErrorType, fmt.Sprintf("attempt to assign sequence of size %d to extended slice of size %d", len(vals), n)))
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			x.Items[j] = vals[i]
		}
		return
	}
	if stop < start {
		stop = start
	}
	if len(vals) == stop-start {
		copy(x.Items[start:stop], vals)
		return
	}
	rest := append([]Object(nil), x.Items[stop:]...)
	x.Items = append(append(x.Items[:start], vals...), rest...)
}

// IsInt reports whether o is an exact int that fits an int64 (the
// translator's test that a bound is one).
func IsInt(o Object) bool {
	_, ok := o.(Int)
	return ok
}
