package py

import (
	"math"
	"math/bits"
)

// Pure integer functions (translate/intfuncs.go). A module-level function
// whose body is nothing but int arithmetic on its parameters and locals,
// conditions and calls of such functions of its module also has a version
// over int64 (ifnN_name). Its boxed body tries that version first when every
// argument is an exact int that fits 64 bits and every function it may call
// is still the object its def made, with its own code: nothing the int64
// version runs can rebind a name, raise, or be observed, so the check at the
// entry holds for the whole computation. Whatever the int64 version cannot
// compute exactly (an overflow past 64 bits, a division by zero, a call that
// would reach the recursion limit) makes it bail out with I64Bail, and the
// boxed body runs instead, from the start: having no side effects, the
// abandoned attempt is unobservable, and the boxed body gives the big int or
// raises the error as it always did.
//
// The int64 versions take the levels of recursion left as their last
// parameter, the way depthLeft counts them for the boxed bodies: a call bails
// out where the direct call of the boxed body would raise RecursionError.

// i64Bail is what I64Bail panics with.
type i64Bail struct{}

// I64Bail abandons an int64 version's computation.
//
//go:noinline
func I64Bail() { panic(i64Bail{}) }

// I64Of is o's value when o is an exact int of 64 bits (not a bool, not a
// subclass instance, not a big int).
func I64Of(o Object) (int64, bool) {
	v, ok := o.(Int)
	return int64(v), ok
}

// BoundTo reports whether the global g of d holds the function object f,
// whose code was never replaced: the int64 version of f's body may then
// stand for a call of the name.
//
// Nor is it tried while the eval breaker is set (a signal to handle, a
// thread waiting for the GIL): the boxed body runs, as it would anyway.
func BoundTo(d *Dict, g *GlobalRef, f *Function) bool {
	return f != nil && !f.codeSwapped && g.Get(d) == Object(f) && evalBreaker.Load() == 0
}

// I64Check is an int64 version's loop back edge, where the boxed body
// calls Checkpoint: with the eval breaker set it bails out, and the boxed
// body runs from the start and gets to its own Checkpoint. Dropping the
// GIL in the middle instead would let another thread rebind what the
// check at the entry vouched for.
func I64Check() {
	if evalBreaker.Load() != 0 {
		I64Bail()
	}
}

// i64Recover ends a bail-out; any other panic goes on.
func i64Recover(e any) {
	if _, ok := e.(i64Bail); !ok && e != nil {
		panic(e)
	}
}

// I64Call0 runs the int64 version fn and boxes its result; ok is false when
// it bailed out.
func I64Call0(fn func(int) int64) (r Object, ok bool) {
	defer func() {
		if !ok {
			i64Recover(recover())
		}
	}()
	return MakeInt(fn(depthLeft)), true
}

// I64Call1 is I64Call0 for one argument.
func I64Call1(fn func(int64, int) int64, a int64) (r Object, ok bool) {
	defer func() {
		if !ok {
			i64Recover(recover())
		}
	}()
	return MakeInt(fn(a, depthLeft)), true
}

// I64Call2 is I64Call0 for two arguments.
func I64Call2(fn func(int64, int64, int) int64, a, b int64) (r Object, ok bool) {
	defer func() {
		if !ok {
			i64Recover(recover())
		}
	}()
	return MakeInt(fn(a, b, depthLeft)), true
}

// I64Call3 is I64Call0 for three arguments.
func I64Call3(fn func(int64, int64, int64, int) int64, a, b, c int64) (r Object, ok bool) {
	defer func() {
		if !ok {
			i64Recover(recover())
		}
	}()
	return MakeInt(fn(a, b, c, depthLeft)), true
}

// I64Add is a + b, bailing out past 64 bits.
func I64Add(a, b int64) int64 {
	s := a + b
	if (s^a)&(s^b) < 0 {
		I64Bail()
	}
	return s
}

// I64Sub is a - b, bailing out past 64 bits.
func I64Sub(a, b int64) int64 {
	s := a - b
	if (a^b)&(a^s) < 0 {
		I64Bail()
	}
	return s
}

// I64Mul is a * b, bailing out past 64 bits.
func I64Mul(a, b int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	// The signed high word: the unsigned one corrected for negative factors.
	shi := int64(hi)
	if a < 0 {
		shi -= b
	}
	if b < 0 {
		shi -= a
	}
	if shi != int64(lo)>>63 {
		I64Bail()
	}
	return int64(lo)
}

// I64Neg is -a, bailing out past 64 bits.
func I64Neg(a int64) int64 {
	if a == math.MinInt64 {
		I64Bail()
	}
	return -a
}

// I64FloorDiv is a // b with Python's flooring, bailing out on a zero
// divisor (ZeroDivisionError) and past 64 bits.
func I64FloorDiv(a, b int64) int64 {
	if b == 0 || b == -1 && a == math.MinInt64 {
		I64Bail()
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// I64Mod is a % b with the sign of b, bailing out on a zero divisor.
func I64Mod(a, b int64) int64 {
	if b == 0 {
		I64Bail()
	}
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}
