package py

import (
	"math"
	"math/bits"
)

// Float functions of int arguments (translate/intfloat.go). A direct def
// whose body is int code (see intfuncs.go) and whose every return is float
// arithmetic over that int code (`1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)`)
// also has a version over int64 arguments returning a float64 (iffN_name).
// A call of the def by its name, in float arithmetic, whose arguments are
// int-typed locals or int constants calls that version directly
// (DirectIF1..3): no argument is boxed, no result either, and no Python
// frame is entered.
//
// The version cannot raise, so what it cannot compute exactly does not
// panic (as I64Bail does, which would cost a deferred recover per call):
// the soft operations below note it in ifBad and return something, the
// version runs on to its return (it has no loops and makes no calls, so it
// ends), and DirectIFn then runs the boxed body instead, from the start,
// unobservably since the version has no effects. Noted are: a result past
// 64 bits, a zero divisor, and an int true division whose operands are
// not both within 2**53 (where CPython's correctly rounded quotient may
// differ from the quotient of the two floats).

// ifBad is set by a soft operation whose result is not the exact one. It
// is only read and cleared by DirectIFn on the same goroutine, under the
// GIL.
var ifBad bool

// IFAdd is a + b over int64, noting an overflow.
func IFAdd(a, b int64) int64 {
	s := a + b
	if (s^a)&(s^b) < 0 {
		ifBad = true
	}
	return s
}

// IFSub is a - b over int64, noting an overflow.
func IFSub(a, b int64) int64 {
	s := a - b
	if (a^b)&(a^s) < 0 {
		ifBad = true
	}
	return s
}

// IFMul is a * b over int64, noting an overflow.
func IFMul(a, b int64) int64 {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	shi := int64(hi)
	if a < 0 {
		shi -= b
	}
	if b < 0 {
		shi -= a
	}
	if shi != int64(lo)>>63 {
		ifBad = true
	}
	return int64(lo)
}

// IFNeg is -a over int64, noting an overflow.
func IFNeg(a int64) int64 {
	if a == math.MinInt64 {
		ifBad = true
	}
	return -a
}

// IFFloorDiv is a // b with Python's flooring, noting a zero divisor and
// an overflow.
func IFFloorDiv(a, b int64) int64 {
	if b == 0 || b == -1 && a == math.MinInt64 {
		ifBad = true
		return 0
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// IFMod is a % b with the sign of b, noting a zero divisor.
func IFMod(a, b int64) int64 {
	if b == 0 {
		ifBad = true
		return 0
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

// IFToF is the int a as a float, as int.__float__ rounds it (to nearest,
// ties to even, which is Go's conversion).
func IFToF(a int64) float64 { return float64(a) }

// IFDiv is a / b of two floats, noting a zero divisor (ZeroDivisionError).
func IFDiv(a, b float64) float64 {
	if b == 0 {
		ifBad = true
		return 0
	}
	return a / b
}

// ifExact is the bound below which an int64 converts to a float exactly.
const ifExact = 1 << 53

// IFIntDiv is a / b of two ints: the quotient of their floats, which is
// the correctly rounded one when both are exact; noted otherwise, and for
// a zero divisor.
func IFIntDiv(a, b int64) float64 {
	if b == 0 || a > ifExact || a < -ifExact || b > ifExact || b < -ifExact {
		ifBad = true
		return 0
	}
	return float64(a) / float64(b)
}

// ifArg reports whether x's value is its int64 (not a big int, not an
// unassigned variable).
func ifArg(x TypedInt) bool {
	if x.o == nil {
		return true
	}
	_, boxed := x.o.(Int)
	return boxed
}

// DirectIF1 is Direct1F for a def with an int64 version iff and an int
// argument: iff runs when v is still the def's object, with its own code,
// the recursion limit is not reached (the boxed call would raise there)
// and a fits 64 bits; else, or when iff noted an inexact result, the boxed
// body runs as Direct1F runs it.
func DirectIF1(v Object, f *Function, iff func(int64) float64, fn func(*Dict, Object) TypedFloat, a TypedInt) TypedFloat {
	if v == Object(f) && f != nil && !f.codeSwapped && depthLeft > 0 && ifArg(a) {
		if r := iff(a.v); !ifBad {
			return FOf(r)
		}
		ifBad = false
	}
	return Direct1F(v, f, fn, a.Box())
}

// DirectIF2 is DirectIF1 for two arguments.
func DirectIF2(v Object, f *Function, iff func(int64, int64) float64, fn func(*Dict, Object, Object) TypedFloat, a, b TypedInt) TypedFloat {
	if v == Object(f) && f != nil && !f.codeSwapped && depthLeft > 0 && ifArg(a) && ifArg(b) {
		if r := iff(a.v, b.v); !ifBad {
			return FOf(r)
		}
		ifBad = false
	}
	return Direct2F(v, f, fn, a.Box(), b.Box())
}

// DirectIF3 is DirectIF1 for three arguments.
func DirectIF3(v Object, f *Function, iff func(int64, int64, int64) float64, fn func(*Dict, Object, Object, Object) TypedFloat, a, b, c TypedInt) TypedFloat {
	if v == Object(f) && f != nil && !f.codeSwapped && depthLeft > 0 && ifArg(a) && ifArg(b) && ifArg(c) {
		if r := iff(a.v, b.v, c.v); !ifBad {
			return FOf(r)
		}
		ifBad = false
	}
	return Direct3F(v, f, fn, a.Box(), b.Box(), c.Box())
}
