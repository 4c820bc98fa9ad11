package py

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

// Generator expressions fed to a consumer. `set(f(x) for x in xs)` under
// CPython makes a generator and has set() pull each item from it. When the
// callee is one of the builtins below, the translator instead passes the
// expression's loops as a function that pushes each item into a Feeder,
// which does the builtin's work for it at once: no generator object and no
// resumption per item.
//
// What stays as CPython has it:
//   - the first iterable (and its iter()) is evaluated by the caller, the
//     rest inside the loops, lazily;
//   - the loops run as a <genexpr> frame of their own (one recursion level,
//     named <genexpr> in tracebacks); the consumer's work for an item
//     (set's hash and ==, sum's +, any's truth test) runs outside it: its
//     tracebacks and sys._getframe skip the <genexpr> frame (see consume)
//     and it runs at the caller's depth;
//   - a StopIteration out of the loops becomes RuntimeError (PEP 479), one
//     out of the consumer's work does not;
//   - any() and all() stop pulling at their answer, min() and max() compare
//     each item as it comes;
//   - a callee that is not the builtin it was at translation (rebound at
//     run time) gets a real generator running the same loops on a stack of
//     its own.

// FeedKind names the builtin a generator expression is fed to.
type FeedKind uint8

const (
	feedGen FeedKind = iota // a real generator (Feed's fallback)
	FeedList
	FeedTuple
	FeedSet
	FeedSorted
	FeedSum
	FeedAny
	FeedAll
	FeedMin
	FeedMax
	// feedSetCount is len(set(genexpr)) (FeedLen): FeedSet's work on a
	// reused set, whose size is the result.
	feedSetCount
)

var feedNames = [...]string{FeedList: "list", FeedTuple: "tuple", FeedSet: "set", FeedSorted: "sorted",
	FeedSum: "sum", FeedAny: "any", FeedAll: "all", FeedMin: "min", FeedMax: "max", feedSetCount: "set"}

// Feeder takes the items of a generator expression for the builtin it is
// fed to.
type Feeder struct {
	kind FeedKind
	// running is set while the loops run, inPut while the consumer's
	// work for one item runs: Feed's deferred check tells by them where
	// an exception came from.
	running, inPut bool
	res            bool   // any/all's answer
	n              int    // items taken (min/max)
	tot            summer // sum's total
	acc            Object // min/max's

	items []Object
	set   *Set
	// intSet: the set holds exact ints only, so adding one calls no
	// __hash__ or __eq__.
	intSet bool
	// bits: a count (feedSetCount) still in its room's bit mode.
	bits bool
	room *countRoom
	gen  *Generator // feedGen: the generator to yield from
	// co is the frame of the compiled body whose loops these are, for
	// loops that read it from here (FeedIn).
	co *CoFrame
}

// Frame is the frame of the compiled body running the expression, passed
// to FeedIn or FeedLenIn: its loops take their variables from there
// rather than capturing them, so that making the loops' closure allocates
// nothing.
func (fd *Feeder) Frame() *CoFrame { return fd.co }

// Put hands x to the consumer; false means the consumer needs no more
// (any/all have their answer) and the loops must return.
func (fd *Feeder) Put(x Object) bool {
	// Work that runs no Python code and cannot raise needs no consume
	// frame: list and tuple items, an exact int into a set of exact ints
	// (hash and == of ints), an exact int added to an int total without
	// overflow.
	switch fd.kind {
	case FeedList, FeedTuple, FeedSorted:
		fd.items = append(fd.items, x)
		return true
	case feedSetCount:
		if v, ok := x.(Int); ok {
			if fd.bits {
				if fd.room.addBit(int64(v)) {
					return true
				}
				fd.bits = false
				fd.room.flushBits()
			}
			if fd.intSet {
				fd.set.Add(x)
				return true
			}
		}
	case FeedSet:
		if _, ok := x.(Int); ok && fd.intSet {
			fd.set.Add(x)
			return true
		}
	case FeedSum:
		if v, ok := x.(Int); ok && fd.tot.mode == sumInt && fd.tot.addInt(int64(v)) {
			return true
		}
	case feedGen:
		fd.gen.Yield(x)
		return true
	}
	return fd.consume(x)
}

// PutCount is Put for the items of len(set(genexpr)) (FeedLen): an exact
// int in bit mode's range is counted by its bit; anything else, or a
// Feeder of another kind (a rebound set's generator), takes Put.
func (fd *Feeder) PutCount(x Object) bool {
	if v, ok := x.(Int); ok && fd.bits && fd.room.addBit(int64(v)) {
		return true
	}
	return fd.Put(x)
}

// CountAdd counts a + b, two exact ints whose sum bit mode counts, for
// the items `a + b` of len(set(genexpr)) (FeedLen): no box, no call of
// Add. False (nothing done) leaves the item to PutCount(Add(a, b)), which
// generated code spells after it at the operation's position: `if a, b :=
// ...; !fd.CountAdd(a, b) && !fd.PutCount(py.Add(a, b))`.
func (fd *Feeder) CountAdd(a, b Object) bool {
	if x, ok := a.(Int); ok && fd.bits {
		if y, ok := b.(Int); ok {
			if r := x + y; (r >= x) == (y >= 0) {
				return fd.room.addBit(int64(r))
			}
		}
	}
	return false
}

// CountSub is CountAdd for a - b.
func (fd *Feeder) CountSub(a, b Object) bool {
	if x, ok := a.(Int); ok && fd.bits {
		if y, ok := b.(Int); ok {
			if r := x - y; (r <= x) == (y >= 0) {
				return fd.room.addBit(int64(r))
			}
		}
	}
	return false
}

// SumHit adds an unboxed int-typed item to sum's int total when that
// cannot overflow; false (nothing done) sends it to PutI. Generated code
// spells `if v := ...; !fd.SumHit(v) && !fd.PutI(v)`: the hit inlines.
func (fd *Feeder) SumHit(x TypedInt) bool {
	if x.o == nil && fd.kind == FeedSum && fd.tot.mode == sumInt {
		if r := fd.tot.isum + x.v; (r >= fd.tot.isum) == (x.v >= 0) {
			fd.tot.isum = r
			return true
		}
	}
	return false
}

// PutI is Put for an int-typed item: an int total (sum) takes it
// unboxed.
func (fd *Feeder) PutI(x TypedInt) bool {
	if fd.kind == FeedSum && fd.tot.mode == sumInt && x.small() && fd.tot.addInt(x.v) {
		return true
	}
	return fd.Put(x.Box())
}

// consume is the consumer's work for one item. It runs at the caller's
// depth (outside the <genexpr> frame) and its Go frame marks, for
// pythonFrames, the <genexpr> frame around it as not on the Python stack.
//
//go:noinline
func (fd *Feeder) consume(x Object) bool {
	fd.inPut = true
	depthLeft++
	more := true
	switch fd.kind {
	case FeedList, FeedTuple, FeedSorted:
		fd.items = append(fd.items, x)
	case FeedSet, feedSetCount:
		if _, ok := x.(Int); !ok {
			fd.intSet = false
		}
		if fd.bits {
			fd.bits = false
			fd.room.flushBits()
		}
		fd.set.Add(x)
	case FeedSum:
		fd.tot.add(x)
	case FeedAny:
		if Truth(x) {
			fd.res, more = true, false
		}
	case FeedAll:
		if !Truth(x) {
			fd.res, more = false, false
		}
	case FeedMin, FeedMax:
		op := OpLt
		if fd.kind == FeedMax {
			op = OpGt
		}
		if fd.n == 0 || CompareBool(x, fd.acc, op) {
			fd.acc = x
		}
		fd.n++
	}
	// Back into the <genexpr> frame: a resumption of the generator.
	enterFrame()
	fd.inPut = false
	return more
}

// feedConsumeFunc is consume's Go name, which pythonFrames looks for.
const feedConsumeFunc = "github.com/py2goasync/py2goasync/runtime/py.(*Feeder).consume"

// feedRunFunc is feedRun's Go name, for the traceback of the RuntimeError
// a StopIteration out of the loops becomes.
const feedRunFunc = "github.com/py2goasync/py2goasync/runtime/py.feedRun"

// Feed is fn(genexpr) for a builtin fn the translator knew as kind: code is
// the generator expression's, body its loops, which Put each item into the
// Feeder, and it its first iterator (after body in the Go source, so that
// its line directive gives the call back its Python line), evaluated after
// IterMark gave mark.
func Feed(kind FeedKind, fn Object, code *Code, body func(it Object, fd *Feeder), mark uint64, it Object) Object {
	return FeedIn(nil, kind, fn, code, body, mark, it)
}

// FeedIn is Feed for loops that read their frame, co, from the Feeder
// (Frame).
func FeedIn(co *CoFrame, kind FeedKind, fn Object, code *Code, body func(it Object, fd *Feeder), mark uint64, it Object) Object {
	if !isFeedBuiltin(kind, fn) {
		// The generator may be kept, and read a recycling loop's
		// variable later (see CallCopying).
		freshPinned = true
		if it == Object(lentRangeIter) {
			lentRangeIter = nil // the generator keeps it
		}
		return Call1(fn, feedGenerator(co, code, it, body))
	}
	noteFeedBody(code, body)
	// The Feeder is the previous Feed's when that one returned (nothing
	// keeps one after: the results it built are handed over). Taken and
	// given back under the GIL; a Feed nested in another's loops, or
	// left by an exception, allocates one.
	fd := spareFeeder
	if fd != nil {
		spareFeeder = nil
	} else {
		fd = new(Feeder)
	}
	fd.kind, fd.co = kind, co
	var own Object
	var count *countRoom
	switch kind {
	case FeedSet:
		fd.set, fd.intSet = newSetRoom(false), true
	case feedSetCount:
		count = takeCountRoom()
		fd.set, fd.intSet = &count.s, true
		fd.room, fd.bits = count, true
	case FeedSum:
		fd.tot.start(Int(0))
	case FeedAny, FeedAll:
		fd.res = kind == FeedAll
		// any and all drop the expression unfinished: a generator that
		// only it held (made by the first iterable) is closed then, as
		// for a loop left by break (see ownedIter).
		own = ownedIter(it, mark)
	}
	feedRun(fd, it, body)
	if own != nil {
		ReleaseIter(own)
	}
	if it == Object(lentRangeIter) {
		// Nothing else saw it: the loops only stepped it.
		spareRangeIter, lentRangeIter = lentRangeIter, nil
	}
	var r Object
	switch kind {
	case FeedList:
		r = NewList(fd.items...)
	case FeedTuple:
		r = NewTuple(fd.items...)
	case FeedSorted:
		SortObjects(fd.items, nil, false)
		r = NewList(fd.items...)
	case FeedSet:
		r = fd.set
	case feedSetCount:
		n := fd.set.used
		if fd.bits {
			n = count.n
		}
		r = MakeInt(int64(n))
		giveBackCountRoom(count)
	case FeedAny, FeedAll:
		r = Bool(fd.res)
	case FeedSum:
		r = fd.tot.total()
	case FeedMin, FeedMax:
		if fd.n == 0 {
			panic(NewError(ValueErrorType, fmt.Sprintf("%s() arg is an empty sequence", feedNames[kind])))
		}
		r = fd.acc
	}
	*fd = Feeder{}
	spareFeeder = fd
	return r
}

// noteFeedBody is code.noteBody(body), the common case (the body noted
// last time) without funcPC's reflection: FeedIn runs at every evaluation
// of the expression. A func value points to its closure record, whose
// first word is the code pointer.
func noteFeedBody(code *Code, body func(it Object, fd *Feeder)) {
	if rec := *(*unsafe.Pointer)(unsafe.Pointer(&body)); rec != nil && atomic.LoadUint64(&code.bodyPC) == uint64(*(*uintptr)(rec)) {
		return
	}
	code.noteBody(body)
}

// spareFeeder is a Feeder for the next Feed (see Feed).
var spareFeeder *Feeder

// FeedIter is GetIter(x) for the first iterable of a generator expression
// fed to a builtin (Feed's it). A range's iterator is only stepped by the
// loops and seen by no Python code (there is no generator object, whose
// frame would hold it): it is lent from spareRangeIter and given back when
// Feed finishes, instead of one allocation per expression. One left by an
// exception, or kept by the generator a rebound builtin gets, is not given
// back; a Feed nested in another's loops gets a new one.
func FeedIter(x Object) Object {
	if r, ok := x.(*Range); ok {
		it := spareRangeIter
		if it == nil {
			it = new(RangeIter)
		}
		if r.iterInto(it) {
			spareRangeIter, lentRangeIter = nil, it
			return it
		}
	}
	return GetIter(x)
}

// RangeIterCall1 is Call1(fn, a) for the first iterable of a list, set or
// dict comprehension written range(a): for the builtin range and an int,
// the range's iterator instead, lent as FeedIter lends one (no range
// object, no allocation). The comprehension's GetIter gives the iterator
// back as it is, and GiveBackIter takes it back once the loops are done:
// only they stepped it (a comprehension's iterator is in no frame Python
// code can see).
func RangeIterCall1(fn, a Object) Object {
	if r, ok := builtinRange1(fn, a); ok {
		if it := lendRangeIter(r); it != nil {
			return it
		}
	}
	return Call1(fn, a)
}

// RangeIterCall2 is RangeIterCall1's range(a, b).
func RangeIterCall2(fn, a, b Object) Object {
	if r, ok := builtinRange2(fn, a, b); ok {
		if it := lendRangeIter(r); it != nil {
			return it
		}
	}
	return Call2(fn, a, b)
}

// RangeIterCall3 is RangeIterCall1's range(a, b, c).
func RangeIterCall3(fn, a, b, c Object) Object {
	if r, ok := builtinRange3(fn, a, b, c); ok {
		if it := lendRangeIter(r); it != nil {
			return it
		}
	}
	return Call3(fn, a, b, c)
}

// lendRangeIter lends r's iterator (nil: r needs a long one).
func lendRangeIter(r Range) *RangeIter {
	it := spareRangeIter
	if it == nil {
		it = new(RangeIter)
	}
	if !r.iterInto(it) {
		return nil
	}
	spareRangeIter, lentRangeIter = nil, it
	return it
}

// GiveBackIter takes back the iterator RangeIterCallN lent, it, unless
// another was lent since (a comprehension in the loops: it stays theirs).
func GiveBackIter(it Object) {
	if it == Object(lentRangeIter) {
		spareRangeIter, lentRangeIter = lentRangeIter, nil
	}
}

var (
	// spareRangeIter is FeedIter's next range iterator (nil: make one).
	spareRangeIter *RangeIter
	// lentRangeIter is the one FeedIter returned last, until its Feed
	// gives it back.
	lentRangeIter *RangeIter
)

// feedRun runs the loops as a frame of their own, between Feed's caller
// and them in tracebacks (so it is never inlined).
//
//go:noinline
func feedRun(fd *Feeder, it Object, body func(it Object, fd *Feeder)) {
	enterFrame()
	fd.running = true
	defer func() {
		if fd.running {
			fd.raised(recover())
		}
	}()
	body(it, fd)
	fd.running = false
	depthLeft++
}

// raised is feedRun's deferred work when the loops or the consumer raised
// r: a StopIteration out of the loops becomes RuntimeError, as out of a
// generator.
func (fd *Feeder) raised(r any) {
	fd.running = false
	if r == nil {
		return // runtime.Goexit
	}
	if fd.inPut {
		panic(r)
	}
	panic(stopIterationRaised(r, feedRunFunc, "generator"))
}

// isFeedBuiltin reports whether fn is the builtin kind names.
func isFeedBuiltin(kind FeedKind, fn Object) bool {
	switch kind {
	case FeedList:
		return fn == Object(ListType)
	case FeedTuple:
		return fn == Object(TupleType)
	case FeedSet, feedSetCount:
		return fn == Object(SetType)
	}
	b, ok := fn.(*BuiltinFunction)
	return ok && b.Module == "builtins" && b.Name == feedNames[kind]
}

// feedGenerator is the generator object the expression stands for: the
// loops run on a stack of their own and yield each item.
func feedGenerator(co *CoFrame, code *Code, it Object, body func(it Object, fd *Feeder)) *Generator {
	code.noteBody(body)
	return NewGenerator(code, func(g *Generator) Object {
		body(it, &Feeder{gen: g, co: co})
		return None
	})
}
