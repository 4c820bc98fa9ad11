package libm

import (
	"math"
	"math/big"
)

// The fast path of Sin and Cos (Ziv's strategy): evaluate in plain floats
// from a table with an error bound of about 2**-64 of the result, and
// return that rounding only when every value within the bound rounds to
// the same float; otherwise (about 1 argument in 2000) the double-double
// path decides. The bound also covers the double-double path's own error,
// so the fast answer is always the float that path gives: the results are
// those of the double-double path, bit for bit.
//
// For r = rh + rl, |rh| <= 0.79, take a = j/64 nearest rh and t = rh - a
// (exact, |t| <= 1/128); then with S + C the table's sin a and cos a in
// double-double,
//
//	sin r = S cos T + C sin T,  cos r = C cos T - S sin T  (T = t + rl)
//
// Both are P + Q sin T + P (cos T - 1), with P, Q = S, C or C, -S:
//
//	P.hi + Q.hi*t  +  [P.lo + Q.lo*t + P.hi*dc + Q.hi*(rl + ps)]
//
// where dc = cos T - 1 and ps = sin T - t - rl, both small series in t.
// The first two terms are summed exactly (twoProd, fastTwoSum: |P.hi| >=
// |Q.hi*t| or P.hi = 0); the bracket is below 2**-14 of the result and is
// evaluated in floats, its rounding errors bounded below (err in
// trigFast) by a few ulp of its terms: at most about 2**-65 of the
// result. The series are truncated below 2**-80.

// trigTabLen covers |rh| <= 0.79 (reduce leaves |r| <= pi/4 + 2**-40).
const trigTabLen = 52

// trigTables computes sinTab and cosTab (sin and cos of j/64) from their
// Taylor series in math/big.
func trigTables() (s, c [trigTabLen]dd) {
	const prec = 300
	for j := range s {
		a := new(big.Float).SetPrec(prec).Quo(big.NewFloat(float64(j)), big.NewFloat(64))
		sum := [2]*big.Float{new(big.Float).SetPrec(prec), new(big.Float).SetPrec(prec)}
		term := new(big.Float).SetPrec(prec).SetInt64(1) // a**n / n!
		for n := 0; n < 80; n++ {
			if n > 0 {
				term.Mul(term, a)
				term.Quo(term, big.NewFloat(float64(n)))
			}
			if n%4 < 2 {
				sum[n%2].Add(sum[n%2], term)
			} else {
				sum[n%2].Sub(sum[n%2], term)
			}
		}
		c[j], s[j] = toDD(sum[0]), toDD(sum[1])
	}
	return s, c
}

// trigFast is sin r (n even) or cos r (n odd), negated when n&2 is set,
// for r = rh + rl known to errAbs; ok is false when the rounding is in
// doubt.
func trigFast(n int, rh, rl, errAbs float64) (float64, bool) {
	// jf = RoundToEven(rh*64) by the 1.5*2**52 addition (|rh*64| < 2**51),
	// without RoundToEven's CPU test and fallback call.
	const round = 0x1.8p52
	jf := rh*64 + round
	jf -= round
	t := rh - jf*(1.0/64)
	j := int(jf)
	sgn := 1.0
	if j < 0 {
		j, sgn = -j, -1
	}
	if j >= trigTabLen {
		return 0, false
	}
	s, c := sinTab[j], cosTab[j]
	s.hi, s.lo = s.hi*sgn, s.lo*sgn
	p, q := s, c
	if n&1 != 0 {
		p, q = c, dd{-s.hi, -s.lo}
	}
	ph, pl := twoProd(q.hi, t)
	t2 := t * t
	ps := t*t2*(-1.0/6+t2*(1.0/120-t2*(1.0/5040))) - rl*t2*0.5
	dc := t2*(-0.5+t2*(1.0/24+t2*(-1.0/720+t2*(1.0/40320)))) - t*rl
	hi, e := fastTwoSum(p.hi, ph)
	lo := p.hi*dc + (q.hi*(rl+ps) + (p.lo + q.lo*t)) + (e + pl)
	hi, lo = fastTwoSum(hi, lo)
	// The bound (twice the analysis's): 4 ulp of P.hi*dc from dc's own
	// rounding, the product, the dropped P.lo*dc and lo's two sums; about
	// one ulp of the t**3 terms; the table's, the products' and the
	// double-double path's errors below 2**-97 of the result.
	err := 0x1p-50*math.Abs(p.hi)*t2 + 0x1p-52*math.Abs(t*t2) + 0x1p-96*math.Abs(hi) + errAbs
	if hi+(lo+err) != hi+(lo-err) {
		return 0, false
	}
	if n&2 != 0 {
		return -(hi + lo), true
	}
	return hi + lo, true
}

// reduceFast is reduce for pi/4 < |x| < 2**20 (Cody and Waite's three
// parts of pi/2, with exact products): x = k*(pi/2) + rh + rl, n = k&3,
// within about 2**-103. k*pio2c[0] = a0 + b0 and k*pio2c[1] = a1 + b1
// exactly; x - a0 is exact (Sterbenz: x is within a factor 2 of a0, since
// |x| > pi/4 where k = 1 begins); b0 + a1 (below 2**-32) and the
// subtraction from x - a0 are exact sums; the parts left (below 2**-84)
// add rounding errors below 2**-105, and pio2c's fourth part, times k,
// 2**-144.
func reduceFast(x float64) (int, float64, float64) {
	const round = 0x1.8p52
	k := x*(2/math.Pi) + round // RoundToEven, as in trigFast
	k -= round
	a0, b0 := twoProd(k, pio2c[0])
	a1, b1 := twoProd(k, pio2c[1])
	s := x - a0
	y, ye := twoSum(b0, a1)
	rh, re := twoSum(s, -y)
	rl := re - ye - b1 - k*pio2c[2]
	rh, rl = twoSum(rh, rl)
	return int(int64(k) & 3), rh, rl
}
