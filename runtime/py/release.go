package py

import (
	"os"
	"strings"
)

// Abandoned generators. CPython closes a generator as soon as its last
// reference goes, which runs its finally clauses and its context managers'
// exits there and then: after `for x in gen(): break`, gen's cleanup has
// happened before the next statement runs. Go's collector offers no such
// moment, so the translator marks the common case whose moment is known: a
// for loop over a generator that its own iterable call made, the callee
// being the generator function itself (OwnedIterOf, OwnedIterMethod), so
// that only the loop refers to it. When the loop is left (break, return)
// ReleaseIter does what dropping the last reference does. Other ways of
// dropping a generator (del, rebinding, leaving by an exception) leave it
// to the end of the program, as before.

var (
	generatorsMade uint64 // generators and async generators made so far
	// lastGenerator is the address of the last one made: not a reference,
	// which would keep it (and its arguments) alive after the program
	// dropped it. The address cannot name another generator, since making
	// one updates it.
	lastGenerator uint64
)

// madeGenerator records a new generator or async generator.
func madeGenerator(g Object) {
	generatorsMade++
	lastGenerator = Id(g)
}

// IterMark is taken before a for loop's iterable expression runs; ownedIter
// compares against it.
func IterMark() uint64 { return generatorsMade }

// ownedIter is it if it is a generator or async generator that has not
// started and is the last one made since mark, so the expression evaluated
// in between created it and only the loop holds it; otherwise nil.
func ownedIter(it Object, mark uint64) Object {
	if generatorsMade == mark || lastGenerator != Id(it) {
		return nil
	}
	switch g := it.(type) {
	case *Generator:
		if g.c.state == coCreated && g.c.stack == nil {
			return g
		}
	case *AsyncGenerator:
		if !g.hooksInited && g.c.state == coCreated && g.c.stack == nil {
			return g
		}
	}
	return nil
}

// OwnedIterOf is ownedIter for a loop whose iterable is a call of a name,
// fn that name's value read back after the call (nil: unbound or not
// known): the generator is the loop's only when fn is the generator
// function that made it, whose call hands it to nothing else. A generator
// made inside the call's arguments (`keep(gen())`, where keep may store
// it) or by a wrapper (a cache, a decorator's closure) stays open, as it
// does in CPython while another reference holds it.
func OwnedIterOf(it Object, mark uint64, fn Object) Object {
	if o := ownedIter(it, mark); o != nil && madeBy(o, fn) {
		return o
	}
	return nil
}

// OwnedGenOf is OwnedIterOf for a loop whose iterable is a call of a
// module global, callee the global's value read just before the iterable
// runs, which is the function the call then loads (nothing runs in
// between): a function that keeps the generator it makes and rebinds its
// own name to the generator function while it runs (read back after the
// call, the name would pass for the generator function) owns nothing, and
// a callee that the arguments rebind still owns its generator. Nothing
// but the loop saw an owned generator of a function whose code is its own:
// once the loop is done with it and it is finished, its kind may reuse its
// memory.
func OwnedGenOf(it Object, mark uint64, callee Object) Object {
	// A plain generator made by the Python function callee: ownedIter's
	// and madeBy's tests in one pass, each type asserted once.
	if g, ok := it.(*Generator); ok {
		f, ok := callee.(*Function)
		if !ok || generatorsMade == mark || lastGenerator != Id(it) || g.c.state != coCreated || g.c.stack != nil || g.c.Code != f.Code {
			return nil
		}
		if g.c.recycle == recycleMade && !f.codeSwapped {
			g.c.recycle = recycleOwned
		}
		return g
	}
	o := ownedIter(it, mark)
	if o == nil || !madeBy(o, callee) {
		return nil
	}
	if g, ok := o.(*Generator); ok && g.c.recycle == recycleMade && !callee.(*Function).codeSwapped {
		g.c.recycle = recycleOwned
	}
	return o
}

// OwnedIterMethod is OwnedIterOf for a call of recv.name: the function
// recv's class (recv itself for a class) has under name, found without
// running descriptors, when recv's own dict does not hold the name.
func OwnedIterMethod(it Object, mark uint64, recv Object, name string) Object {
	o := ownedIter(it, mark)
	if o == nil || recv == nil {
		return nil
	}
	var fn Object
	if t, ok := recv.(*Type); ok {
		fn = t.Lookup(name)
	} else {
		if shadowedByInstance(recv, name) {
			return nil
		}
		fn = recv.Type().Lookup(name)
	}
	// A class or static method calls its function with the generator
	// handed straight back.
	switch m := fn.(type) {
	case *ClassMethod:
		fn = m.Func
	case *StaticMethod:
		fn = m.Func
	}
	if madeBy(o, fn) {
		return o
	}
	return nil
}

// madeBy reports whether generator g was made by a call of fn, a Python
// generator function whose code is g's.
func madeBy(g, fn Object) bool {
	f, ok := fn.(*Function)
	if !ok {
		return false
	}
	switch g := g.(type) {
	case *Generator:
		return g.c.Code == f.Code
	case *AsyncGenerator:
		return g.c.Code == f.Code
	}
	return false
}

// ReleaseIter drops the loop's reference to an iterator OwnedIterOf returned
// (nil: nothing to do). A generator that is not finished is closed, and
// an exception its close raises is reported as CPython reports exceptions
// in finalizers, not raised. An async generator that started iterating
// goes to the finalizer the running event loop installed (which schedules
// its aclose()).
func ReleaseIter(o Object) {
	switch g := o.(type) {
	case *Generator:
		if g.c.state != coClosed && !closeUnraisable(g, g.c.Code, g.Close) {
			// sys.unraisablehook would have been handed g in CPython.
			return
		}
		if g.c.recycle == recycleOwned && g.c.state == coClosed {
			g.c.Code.genKind.recycle(g)
		}
	case *AsyncGenerator:
		if g.hooksInited && !g.Done() {
			if f := current.asyncGenFinalizer; f != nil {
				f(g)
			}
		}
	}
}

// closeUnraisable runs close; an exception out of it is printed as
// CPython prints an error in a finalizer: "Exception ignored in: <obj>",
// then the traceback from the generator's own frame (code) down, without
// the exceptions it chained to.
func closeUnraisable(obj Object, code *Code, close func()) (clean bool) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			clean = false
			RestoreDepth(depth)
			e := Recovered(r)
			entries := e.TracebackEntries()
			for i, t := range entries {
				if t.Func == code.Name && t.File == code.File {
					entries = entries[i:]
					break
				}
			}
			var b strings.Builder
			b.WriteString("Exception ignored in: " + Repr(obj) + "\n")
			writeTraceback(&b, entries)
			b.WriteString(FormatExceptionOnly(e) + "\n")
			os.Stderr.WriteString(b.String())
		}
	}()
	close()
	return true
}

// SetAsyncGenFinalizer installs the current thread's finalizer hook
// (sys.set_asyncgen_hooks' finalizer), returning the previous one.
func SetAsyncGenFinalizer(f func(g *AsyncGenerator)) func(g *AsyncGenerator) {
	return swapAsyncGenHook(&current.asyncGenFinalizer, f)
}
