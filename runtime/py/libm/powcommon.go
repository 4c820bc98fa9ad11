package libm

import "math"

// PowCommon is x**y, correctly rounded, for the exponents programs use
// most: 2 (one IEEE product) and -1.5, -0.5, 0.5, 1.5 (d2 ** -1.5 in an
// n-body step) for x in [2**-200, 2**200], by a float product or quotient
// m and its correction c from the exact residuals FMA gives. ok is false
// for any other case, or when the result sits too close to a rounding
// boundary to tell: the general path (Pow) decides then, with the same
// result.
func PowCommon(x, y float64) (r float64, ok bool) {
	if y == 2 {
		r = x * x
		return r, r <= math.MaxFloat64 // not an overflow, not NaN
	}
	if !(x >= 0x1p-200 && x <= 0x1p200) {
		return 0, false
	}
	var m, c float64
	switch y {
	case -1.5:
		m, c = powM3Halves(x)
	case -0.5:
		m, c = powMHalf(x)
	case 0.5:
		m, c = powHalf(x)
	case 1.5:
		m, c = pow3Halves(x)
	default:
		return 0, false
	}
	return roundChecked(m, c)
}

// The kernels (they inline) give x**y as m + c. They start from s =
// sqrt(x), correctly rounded, and its exact residual rho = x - s*s:
// sqrt(x) = s (1 + h + ...) with h = rho/(2 s*s), |h| <= 2**-53; a
// reciprocal q = 1/v has the exact residual 1 - q*v. Their dropped terms
// (products of two such small quantities) and the roundings in c stay
// below 2**-100 of the result (TestPowKernelsError measures 2**-103).
// roundChecked answers only when the result is more than 2**-90 of it
// away from a half-way point; the double-double path (powHalves, then
// exp(y log x)) has about 100 good bits and sends on anything within
// 2**-40 ulp (below 2**-92) of one, so wherever a kernel answers, that
// path answers the same correctly rounded float. Exact half-way results
// (x**1.5 of some squares) always fall back, as do some arguments within
// a few hundred ulp of 1 (sqrt lands near half-way there); random
// arguments almost never.

// powM3Halves is 1/(x*sqrt x): x**1.5 = p + cp as in pow3Halves, q =
// 1/p, 1/p = q (1 + eta) with eta = 1 - q*p exact, so
// x**-1.5 = q (1 + eta - cp/p) and q stands in for 1/p in cp/p. (The
// residuals are taken negated: FMA's addend then needs no negation.)
func powM3Halves(x float64) (m, c float64) {
	s := math.Sqrt(x)
	p := x * s
	q := 1 / p
	nx := -x
	ncp := math.FMA(nx, s, p) + 0.5*s*math.FMA(s, s, nx) // -cp
	return q, q * (q*ncp - math.FMA(q, p, -1))
}

// powMHalf is 1/sqrt x: q = 1/s, x**-0.5 = q (1 + eta - h) with eta =
// 1 - q*s and h = rho/(2 s*s) = rho*q*q/2 (within 2**-104).
func powMHalf(x float64) (m, c float64) {
	s := math.Sqrt(x)
	q := 1 / s
	return q, q * (0.5*math.FMA(s, s, -x)*q*q - math.FMA(q, s, -1))
}

// powHalf is sqrt x = s (1 + h): the result is s, and the test still
// sends near half-way cases on.
func powHalf(x float64) (m, c float64) {
	s := math.Sqrt(x)
	return s, -0.5 * math.FMA(s, s, -x) / s
}

// pow3Halves is x*sqrt x = x*s (1 + h): x*s = p + (its FMA residual)
// exactly, and x*s*h = s*rho/2 within 2**-104 of the result.
func pow3Halves(x float64) (m, c float64) {
	s := math.Sqrt(x)
	p := x * s
	nx := -x
	return p, -(math.FMA(nx, s, p) + 0.5*s*math.FMA(s, s, nx))
}

// roundChecked rounds m + c, c small against m > 0 and known to within
// 2**-90 of m, or gives ok false when values within that bound round
// differently (Ziv's test).
func roundChecked(m, c float64) (float64, bool) {
	e := m * 0x1p-90
	if m+(c+e) != m+(c-e) {
		return 0, false
	}
	return m + c, true
}
