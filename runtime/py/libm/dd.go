// Package libm gives float64 elementary functions with the bits CPython
// gets from the platform C library (glibc): exp, log, pow, exp2, log2,
// sin, cos, tan, atan, atan2, asin, acos are correctly rounded (glibc's
// modern implementations are, except extremely close to half-way cases);
// log10, sinh, cosh, tanh, asinh, acosh, atanh follow the classic
// formulas glibc still uses for them over the correctly rounded kernels.
//
// The correctly rounded functions evaluate in double-double arithmetic
// (about 100 good bits) and round once; arguments of sin/cos/tan beyond
// 2**20 are reduced with math/big against a 1300-bit pi. sin and cos
// first try a float evaluation with an error bound (trig_fast.go), which
// gives the same bits whenever it answers.
package libm

import "math"

// dd is an unevaluated sum hi+lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func fastTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func mk(a float64) dd { return dd{a, 0} }

func add(x, y dd) dd {
	s, e := twoSum(x.hi, y.hi)
	t, f := twoSum(x.lo, y.lo)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func neg(x dd) dd { return dd{-x.hi, -x.lo} }

func sub(x, y dd) dd { return add(x, neg(y)) }

func mul(x, y dd) dd {
	p, e := twoProd(x.hi, y.hi)
	e += x.hi*y.lo + x.lo*y.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func mulF(x dd, f float64) dd {
	p, e := twoProd(x.hi, f)
	e += x.lo * f
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func div(x, y dd) dd {
	q1 := x.hi / y.hi
	r := sub(x, mulF(y, q1))
	q2 := r.hi / y.hi
	r = sub(r, mulF(y, q2))
	q3 := r.hi / y.hi
	s, e := fastTwoSum(q1, q2)
	return add(dd{s, e}, mk(q3))
}

func sqrtDD(x dd) dd {
	if x.hi <= 0 {
		return dd{math.Sqrt(x.hi), 0}
	}
	s := math.Sqrt(x.hi)
	// One Newton step: s + (x - s*s) / (2s).
	r := sub(x, mul(mk(s), mk(s)))
	c := r.hi / (2 * s)
	h, l := fastTwoSum(s, c)
	return dd{h, l}
}

func ldexpDD(x dd, k int) dd { return dd{math.Ldexp(x.hi, k), math.Ldexp(x.lo, k)} }

// round gives the float64 nearest hi+lo; a result whose rounding is
// ambiguous at this precision is still rounded as hi (ties cannot be
// told apart at ~100 bits and are left as the double-double says).
func (x dd) round() float64 {
	if x.lo == 0 {
		return x.hi // keeps the sign of zero
	}
	return x.hi + x.lo
}
