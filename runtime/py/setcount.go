package py

// len(set(xs)) counts the distinct items of xs. The set is built exactly
// as set(xs) builds it (the same hashes, the same table sizes, hence the
// same __eq__ calls in the same order) but nothing can see it once len has
// its size, so its object and the tables its resizes made are kept for the
// next count instead of being garbage: n-queens-style checks
// `len(set(...)) == n` made a 250-byte set and an 896-byte table per test.
// Taken and given back under the GIL, like spareFeeder; a count nested in
// another's __hash__ or __eq__, or left by an exception, allocates its own.

// countRoom is a counting set with its first table in place.
type countRoom struct {
	s     Set
	small [setMinSize]setEntry
	// A count fed by a generator expression (FeedLen) starts in bit mode:
	// while every item is an exact int in [-countBitsBias, countBitsBias),
	// bits marks the values seen and order lists the distinct ones as they
	// came, and s stays empty. No Python code can tell (an int's hash and
	// == run none) and the count is n. The first other item
	// replays order into s (flushBits): the same table, by the same
	// inserts, as adding each item as it came would have built, so what
	// follows (__hash__ and __eq__ of other items) runs as under CPython.
	bits [2 * countBitsBias / 64]uint64
	// order[:n] are the distinct values in arrival order, biased by
	// countBitsBias: at most 2*countBitsBias of them, so a fixed array
	// indexed by a byte needs neither append nor bounds checks.
	order [2 * countBitsBias]uint8
	n     int
}

// countBitsBias bounds bit mode's ints: -128 <= v < 128.
const countBitsBias = 128

// addBit counts v in bit mode; false means v is outside bit mode's range.
func (r *countRoom) addBit(v int64) bool {
	u := uint64(v + countBitsBias)
	if u >= 2*countBitsBias {
		return false
	}
	w, b := u>>6, uint64(1)<<(u&63)
	if r.bits[w]&b == 0 {
		r.bits[w] |= b
		r.order[uint8(r.n)] = uint8(u)
		r.n++
	}
	return true
}

// flushBits leaves bit mode: the ints seen go into the set in the order
// they came.
func (r *countRoom) flushBits() {
	for _, u := range r.order[:r.n] {
		r.s.Add(Int(int64(u) - countBitsBias))
	}
	r.bits = [len(r.bits)]uint64{}
	r.n = 0
}

var (
	spareCountRoom *countRoom
	// countTables[k] is a cleared table of setMinSize<<k entries a
	// counting set's resize left, for the next one of that size.
	countTables [maxCountTableShift + 1][]setEntry
)

// maxCountTableShift bounds the tables kept: up to setMinSize<<7 (1024
// entries, 24 KiB); bigger ones go to the collector as any set's do.
const maxCountTableShift = 7

func takeCountRoom() *countRoom {
	r := spareCountRoom
	if r == nil {
		r = &countRoom{}
		r.s.counting = true
	}
	spareCountRoom = nil
	r.s.table = r.small[:]
	return r
}

// giveBackCountRoom clears r's set (its table is kept for another count)
// and keeps r for the next count.
func giveBackCountRoom(r *countRoom) {
	if len(r.s.table) != setMinSize {
		keepCountTable(r.s.table)
	}
	if r.s.fill != 0 {
		// Only adds fill a counting set's table: one never filled (a
		// count that stayed in bit mode) is still clear.
		clear(r.small[:])
	}
	r.bits = [len(r.bits)]uint64{}
	r.n = 0
	r.s.table = nil
	r.s.fill, r.s.used, r.s.finger = 0, 0, 0
	spareCountRoom = r
}

// countTableShift is k for a table of n = setMinSize<<k entries, or -1 when
// n is not one that is kept.
func countTableShift(n int) int {
	for k := 1; k <= maxCountTableShift; k++ {
		if n == setMinSize<<k {
			return k
		}
	}
	return -1
}

// takeCountTable is a zeroed table of n entries for a counting set.
func takeCountTable(n int) []setEntry {
	if k := countTableShift(n); k > 0 && countTables[k] != nil {
		t := countTables[k]
		countTables[k] = nil
		return t
	}
	return make([]setEntry, n)
}

// keepCountTable keeps a counting set's table t, cleared, for a later one
// (the room's own first table stays with the room).
func keepCountTable(t []setEntry) {
	if k := countTableShift(len(t)); k > 0 {
		clear(t)
		countTables[k] = t
	}
}

// countsSet reports whether lenFn and setFn are still the builtins len
// and set, so that len(set(...)) may count on a reused set.
func countsSet(lenFn, setFn Object) bool {
	b, ok := lenFn.(*BuiltinFunction)
	return ok && b.Module == "builtins" && b.Name == "len" && setFn == Object(SetType)
}

// LenOf finishes len(set(...)) around LenSet or FeedLen, which run at the
// position of the set call (as CPython reports an error out of set()):
// when len or set was not the builtin, what set returned is passed to len
// here, at the len call's position.
func LenOf(x Object) Object {
	if p, ok := x.(*lenPending); ok {
		return Call1(p.fn, p.arg)
	}
	return x
}

// lenPending is set(...)'s result waiting for a len that is not the
// builtin (see LenOf); no Python code sees it.
type lenPending struct{ fn, arg Object }

func (*lenPending) Type() *Type { return NoneTypeType }

// LenSet is LenOf's argument for lenFn(setFn(x)) for the names len and set, resolved to the
// builtins at translation: a count on a reused set while they still are.
func LenSet(lenFn, setFn, x Object) Object {
	if !countsSet(lenFn, setFn) {
		return &lenPending{lenFn, Call1(setFn, x)}
	}
	r := takeCountRoom()
	r.s.update(x)
	n := r.s.used
	giveBackCountRoom(r)
	return MakeInt(int64(n))
}

// FeedLen is LenOf's argument for lenFn(setFn(genexpr)), fed as Feed feeds set(genexpr), with
// LenSet's reused set while lenFn and setFn are the builtins.
func FeedLen(lenFn, setFn Object, code *Code, body func(it Object, fd *Feeder), mark uint64, it Object) Object {
	return FeedLenIn(nil, lenFn, setFn, code, body, mark, it)
}

// FeedLenIn is FeedLen for loops that read their frame, co, from the
// Feeder (FeedIn).
func FeedLenIn(co *CoFrame, lenFn, setFn Object, code *Code, body func(it Object, fd *Feeder), mark uint64, it Object) Object {
	if !countsSet(lenFn, setFn) {
		return &lenPending{lenFn, FeedIn(co, FeedSet, setFn, code, body, mark, it)}
	}
	return FeedIn(co, feedSetCount, setFn, code, body, mark, it)
}
