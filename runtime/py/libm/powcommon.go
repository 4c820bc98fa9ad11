package libm

import "math"

// PowCommon is x**y, correctly rounded, for the exponents programs use
// most: 2 (one IEEE product) and -1.5, -0.5, 0.5, 1.5 (d2 ** -1.5 in an
// n-body step) for x in [2**-200, 2**200], by a float product m and its
// correction c from the exact residuals FMA gives. ok is false
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
	if y == -1.5 && hasFMA {
		return powM3HalvesFMA(x)
	}
	return powKernels(x, y)
}

// powKernels is PowCommon for x in [2**-200, 2**200] past its FMA kernel,
// in a frame of its own: the Go kernels' spills stay out of PowCommon's.
//
//go:noinline
func powKernels(x, y float64) (r float64, ok bool) {
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

// The kernels (they inline) give x**y as m + c from s = sqrt(x) and d =
// 1/x, both correctly rounded and computed side by side (the division's
// latency hides under the square root's), and their exact residuals from
// FMA: x = s*s + rho, sqrt(x) = s (1 + h + ...) with h = rho/(2 s*s) =
// rho*d/2 (within 2**-104), and 1/x = d (1 + eta + ...), eta = 1 - d*x,
// |h|, |eta| <= 2**-53. Their dropped terms (products of two such small
// quantities) and the roundings in c stay below 2**-100 of the result
// (TestPowKernelsError measures 2**-102). roundChecked answers only when
// the result is more than 2**-90 of it away from a half-way point; the
// double-double path (powHalves, then exp(y log x)) has about 100 good
// bits and sends on anything within 2**-40 ulp (below 2**-92) of one, so
// wherever a kernel answers, that path answers the same correctly rounded
// float. Exact half-way results (x**1.5 of some squares) always fall
// back, as do some arguments within a few hundred ulp of 1 (sqrt lands
// near half-way there); random arguments almost never. (The negated
// residuals spare FMA's addend a negation.)

// powM3Halves is sqrt(x) * (1/x)**2: with dd = d*d, s*dd = m + mr and
// d*d = dd + (d*d - dd) exactly (FMA), so
//
//	x**-1.5 = s*d*d (1 + h + 2 eta) = m + mr + s*(d*d - dd) + m (h + 2 eta)
func powM3Halves(x float64) (m, c float64) {
	s := math.Sqrt(x)
	d := 1 / x
	dd := d * d
	m = s * dd
	nh := 0.5 * math.FMA(s, s, -x) * d // -h
	neta := math.FMA(d, x, -1)         // -eta
	return m, s*math.FMA(d, d, -dd) - math.FMA(-s, dd, m) - m*(nh+2*neta)
}

// powMHalf is sqrt(x) * (1/x) = s*d (1 + h + eta), as powM3Halves.
func powMHalf(x float64) (m, c float64) {
	s := math.Sqrt(x)
	d := 1 / x
	m = s * d
	nh := 0.5 * math.FMA(s, s, -x) * d // -h
	return m, -math.FMA(-s, d, m) - m*(nh+math.FMA(d, x, -1))
}

// powHalf is sqrt x = s (1 + h): the result is s, and the test still
// sends near half-way cases on, as the general path did.
func powHalf(x float64) (m, c float64) {
	s := math.Sqrt(x)
	d := 1 / x
	return s, -0.5 * math.FMA(s, s, -x) * d * s
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
