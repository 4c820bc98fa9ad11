package py

import (
	"strings"
	"testing"
)

// catchExc runs f as a try statement would and returns what it raised.
func catchExc(f func()) (exc *BaseException) {
	Try(func() (Flow, Object) {
		f()
		return FlowNext, nil
	}, func(e *BaseException) (Flow, Object) {
		exc = e
		return FlowNext, nil
	}, nil, nil)
	return exc
}

func wantRecursionError(t *testing.T, what string, e *BaseException, suffix string) {
	t.Helper()
	if e == nil || !e.cls.IsSubtype(RecursionErrorType) {
		t.Fatalf("%s: got %v, want RecursionError", what, e)
	}
	if got, want := ExcStr(e), "maximum recursion depth exceeded"+suffix; got != want {
		t.Errorf("%s: message %q, want %q", what, got, want)
	}
}

func TestRecursionErrorFromCalls(t *testing.T) {
	acquireMainForTest()
	start := depthLeft
	code := &Code{Name: "f", Qualname: "f", NumPos: 1, Params: []string{"n"}}
	var f *Function
	deepest := 0
	f = NewFunction1(code, nil, func(n Object) Object {
		deepest = int(n.(Int))
		return Call1(f, Add(n, Int(1)))
	})
	for i := 0; i < 3; i++ {
		wantRecursionError(t, "Call1", catchExc(func() { Call1(f, Int(1)) }), "")
		if depthLeft != start {
			t.Fatalf("depth not restored after the catch: %d levels left, want %d", depthLeft, start)
		}
	}
	// The frames counted are the Python ones: the limit less the levels
	// already taken.
	if deepest != start {
		t.Errorf("deepest frame %d, want %d", deepest, start)
	}
	// Through Function.Call (keyword arguments) too.
	var g *Function
	g = NewFunction(&Code{Name: "g", Qualname: "g", NumPos: 1, Params: []string{"n"}}, nil, nil, func(a []Object) Object {
		return CallKw(g, []Object{a[0]}, []string{"n"})
	})
	wantRecursionError(t, "CallKw", catchExc(func() { Call1(g, Int(0)) }), "")
	if depthLeft != start {
		t.Fatalf("depth not restored: %d, want %d", depthLeft, start)
	}
}

func TestRecursionLimit(t *testing.T) {
	acquireMainForTest()
	defer SetRecursionLimit(Int(1000))
	code := &Code{Name: "f", Qualname: "f", NumPos: 1, Params: []string{"n"}}
	var f *Function
	deepest := 0
	f = NewFunction1(code, nil, func(n Object) Object {
		deepest = int(n.(Int))
		return Call1(f, Add(n, Int(1)))
	})
	SetRecursionLimit(Int(RecursionDepth() + 50))
	wantRecursionError(t, "limit", catchExc(func() { Call1(f, Int(1)) }), "")
	if deepest != 50 {
		t.Errorf("with 50 levels left the deepest frame was %d, want 50", deepest)
	}
	for _, c := range []struct {
		v    Object
		want string
	}{
		{Int(0), "ValueError: recursion limit must be greater or equal than 1"},
		{Int(1 << 40), "OverflowError: Python int too large to convert to C int"},
		{Int(RecursionDepth()), "RecursionError: cannot set the recursion limit to"},
	} {
		e := catchExc(func() { SetRecursionLimit(c.v) })
		if e == nil || !strings.HasPrefix(e.cls.Name+": "+ExcStr(e), c.want) {
			t.Errorf("setrecursionlimit(%s): got %v, want %s", Repr(c.v), e, c.want)
		}
	}
}

func TestRecursionInContainers(t *testing.T) {
	acquireMainForTest()
	start := depthLeft
	var l Object = NewList()
	var l2 Object = NewList()
	for i := 0; i < 5000; i++ {
		l, l2 = NewList(l), NewList(l2)
	}
	wantRecursionError(t, "repr", catchExc(func() { Repr(l) }), " while getting the repr of an object")
	wantRecursionError(t, "str", catchExc(func() { StrOf(l) }), " while getting the repr of an object")
	wantRecursionError(t, "==", catchExc(func() { Eq(l, l2) }), " in comparison")
	if depthLeft != start {
		t.Fatalf("depth not restored: %d, want %d", depthLeft, start)
	}
	// Shallow nesting is fine, and a self-containing list is not deep.
	self := NewList()
	self.Items = append(self.Items, self)
	if got := Repr(self); got != "[[...]]" {
		t.Errorf("repr of a self-containing list: %s", got)
	}
}

// A compiled coroutine awaiting itself: each resumption enters its frame.
func TestRecursionInCoroutines(t *testing.T) {
	acquireMainForTest()
	start := depthLeft
	code := &Code{Name: "co", Qualname: "co", Flags: CodeCoroutine}
	var mk func() *Coroutine
	mk = func() *Coroutine {
		return NewCoroutineSM(code, func(co *CoFrame) Object {
			switch co.PC {
			case 0:
				co.Await(1, mk())
				fallthrough
			case 1:
				if co.Step() {
					return CoSuspend
				}
				return co.Value
			}
			return None
		})
	}
	_, _, _, exc := Resume(mk(), None, nil)
	wantRecursionError(t, "await", exc, "")
	if depthLeft != start {
		t.Fatalf("depth not restored: %d, want %d", depthLeft, start)
	}
}

func TestTracebackRepeatedLines(t *testing.T) {
	var entries []TracebackEntry
	entries = append(entries, TracebackEntry{File: "m.py", Line: 9, Func: "<module>"})
	for i := 0; i < 10; i++ {
		entries = append(entries, TracebackEntry{File: "m.py", Line: 2, Func: "f"})
	}
	for i := 0; i < 4; i++ {
		entries = append(entries, TracebackEntry{File: "m.py", Line: 5, Func: "g"})
	}
	var b strings.Builder
	WriteTracebackEntries(&b, entries)
	got := b.String()
	want := `  File "m.py", line 9, in <module>
` + strings.Repeat(`  File "m.py", line 2, in f
`, 3) + `  [Previous line repeated 7 more times]
` + strings.Repeat(`  File "m.py", line 5, in g
`, 3) + `  [Previous line repeated 1 more time]
`
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// Catch and CatchMatching give back the levels the frames an exception
// unwound had taken, so a loop of caught exceptions never reaches the limit.
func TestCatchRestoresDepth(t *testing.T) {
	acquireMainForTest()
	start := depthLeft
	code := &Code{Name: "g", Qualname: "g", NumPos: 1, Params: []string{"n"}}
	var g *Function
	g = NewFunction1(code, nil, func(n Object) Object {
		if n.(Int) == 0 {
			panic(NewError(KeyErrorType, "k"))
		}
		return Call1(g, Sub(n, Int(1)))
	})
	for i := 0; i < 5000; i++ {
		if e := Catch(func() { Call1(g, Int(5)) }); e == nil || !e.cls.IsSubtype(KeyErrorType) {
			t.Fatalf("round %d: Catch returned %v, want KeyError", i, e)
		}
		if e := CatchMatching(LookupErrorType, func() { Call1(g, Int(3)) }); e == nil {
			t.Fatalf("round %d: CatchMatching returned nil", i)
		}
		if depthLeft != start {
			t.Fatalf("round %d: depth left %d, want %d", i, depthLeft, start)
		}
	}
	if e := Catch(func() {}); e != nil {
		t.Errorf("Catch of a body that returns: %v", e)
	}
	// Another kind of exception goes on up, past CatchMatching.
	e := catchExc(func() { CatchMatching(TypeErrorType, func() { Call1(g, Int(2)) }) })
	if e == nil || !e.cls.IsSubtype(KeyErrorType) || depthLeft != start {
		t.Errorf("CatchMatching(TypeError) let through %v, depth %d want %d", e, depthLeft, start)
	}
}

// An uncaught exception's traceback (and traceback.format_exception) sums
// up a run of identical entries, its context's traceback too.
func TestFormatExceptionRepeatedEntries(t *testing.T) {
	acquireMainForTest()
	entry := func(line int, fn string) TracebackEntry { return TracebackEntry{File: "t.py", Line: line, Func: fn} }
	ctx := NewError(ValueErrorType, "bottom")
	ctx.Traceback = []TracebackEntry{entry(9, "outer"), entry(8, "f"), entry(8, "f"), entry(8, "f"), entry(8, "f"), entry(7, "f")}
	e := NewError(RecursionErrorType, "maximum recursion depth exceeded")
	e.Context = ctx
	e.Traceback = []TracebackEntry{entry(1, "<module>")}
	for i := 0; i < 50; i++ {
		e.Traceback = append(e.Traceback, entry(3, "deep"))
	}
	want := `Traceback (most recent call last):
  File "t.py", line 9, in outer
  File "t.py", line 8, in f
  File "t.py", line 8, in f
  File "t.py", line 8, in f
  [Previous line repeated 1 more time]
  File "t.py", line 7, in f
ValueError: bottom

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "t.py", line 1, in <module>
  File "t.py", line 3, in deep
  File "t.py", line 3, in deep
  File "t.py", line 3, in deep
  [Previous line repeated 47 more times]
RecursionError: maximum recursion depth exceeded
`
	if got := FormatException(e); got != want {
		t.Errorf("FormatException:\n%s\nwant:\n%s", got, want)
	}
}

// A special method written in Go takes no Python frame: one that
// dispatches back to the same slot (a value type's method on an instance
// without a value, a builtin __hash__ put on a class whose hash calls it)
// must end in a Python exception, never in Go's fatal stack overflow.
func TestRecursionThroughGoSlots(t *testing.T) {
	acquireMainForTest()
	start := depthLeft
	// class N(int): an instance made by object.__new__ is refused, as
	// CPython refuses it.
	n := NewClass("N", "N", "__main__", []Object{IntType}, NewDict())
	e := catchExc(func() { Call(GetAttr(ObjectType, "__new__"), n) })
	if e == nil || !e.cls.IsSubtype(TypeErrorType) || ExcStr(e) != "object.__new__(N) is not safe, use N.__new__()" {
		t.Fatalf("object.__new__(N): got %v", e)
	}
	// A class whose __hash__ is a Go builtin calling hash() of the same
	// object: RecursionError.
	h := NewClass("H", "H", "__main__", nil, NewDict())
	h.Dict.SetStr("__hash__", NewMethod("__hash__", func(args []Object, kw []string) Object {
		return Int(int(Hash(args[0])))
	}))
	obj := Call(h)
	wantRecursionError(t, "hash", catchExc(func() { Hash(obj) }), "")
	if depthLeft != start {
		t.Fatalf("depth not restored: %d, want %d", depthLeft, start)
	}
	// The same through ==.
	h.Dict.SetStr("__eq__", NewMethod("__eq__", func(args []Object, kw []string) Object {
		return NewBool(Eq(args[0], args[1]))
	}))
	wantRecursionError(t, "eq", catchExc(func() { Eq(obj, Int(1)) }), "")
	if depthLeft != start {
		t.Fatalf("depth not restored: %d, want %d", depthLeft, start)
	}
}
