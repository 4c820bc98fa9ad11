package libm

import (
	"math"
	"math/big"
)

// reduce returns n and r with x = n*(pi/2) + r, |r| <= about pi/4.
func reduce(x float64) (int, dd) {
	if math.Abs(x) <= math.Pi/4 {
		return 0, mk(x)
	}
	if math.Abs(x) < 0x1p20 {
		k := math.RoundToEven(x / pio2c[0])
		r := mk(x)
		for i := 0; i < 3; i++ {
			a, b := twoProd(k, pio2c[i])
			r = sub(r, dd{a, b})
		}
		r = sub(r, mk(k*pio2c[3]))
		return int(int64(k) & 3), r
	}
	p := getHugePio2()
	xb := new(big.Float).SetPrec(hugePrec).SetFloat64(x)
	q := new(big.Float).SetPrec(hugePrec).Quo(xb, p)
	q.Add(q, big.NewFloat(0.5))
	ki, _ := q.Int(nil)
	if q.Sign() < 0 && !q.IsInt() {
		ki.Sub(ki, big.NewInt(1)) // floor, not truncation
	}
	kb := new(big.Float).SetPrec(hugePrec).SetInt(ki)
	kb.Mul(kb, p)
	xb.Sub(xb, kb)
	n := int(new(big.Int).And(ki, big.NewInt(3)).Int64())
	return n, toDD(xb)
}

// sinCosK gives sin r and cos r for |r| <= about pi/4.
func sinCosK(r dd) (dd, dd) {
	return sinK(r), cosK(r)
}

// sinK is sinCosK's sine alone (the same operations).
func sinK(r dd) dd {
	r2 := mul(r, r)
	// Terms from r2**9 on are below 1e-19 (|r| <= pi/4): plain floats.
	sf := invFact[29].hi
	for j := 13; j >= 9; j-- {
		fs := invFact[2*j+1].hi
		if j%2 == 1 {
			fs = -fs
		}
		sf = sf*r2.hi + fs
	}
	s := dd{sf, 0}
	for j := 8; j >= 0; j-- {
		fs := invFact[2*j+1]
		if j%2 == 1 {
			fs = neg(fs)
		}
		s = add(mul(s, r2), fs)
	}
	return mul(s, r)
}

// cosK is sinCosK's cosine alone (the same operations).
func cosK(r dd) dd {
	r2 := mul(r, r)
	cf := invFact[28].hi
	for j := 13; j >= 9; j-- {
		fc := invFact[2*j].hi
		if j%2 == 1 {
			fc = -fc
		}
		cf = cf*r2.hi + fc
	}
	c := dd{cf, 0}
	for j := 8; j >= 0; j-- {
		fc := invFact[2*j]
		if j%2 == 1 {
			fc = neg(fc)
		}
		c = add(mul(c, r2), fc)
	}
	return c
}

func sinCosDD(x float64) (dd, dd) {
	n, r := reduce(x)
	s, c := sinCosK(r)
	switch n {
	case 1:
		return c, neg(s)
	case 2:
		return neg(s), neg(c)
	case 3:
		return neg(c), s
	}
	return s, c
}

// Sin is the sine, correctly rounded: trigFast when it can tell, the
// double-double path otherwise (the same bits).
func Sin(x float64) float64 {
	if a := math.Abs(x); a <= math.Pi/4 {
		if x != 0 { // sin -0 is -0: sinSlow keeps the sign
			if v, ok := trigFast(0, x, 0, 0); ok {
				return v
			}
		}
	} else if a < 0x1p20 { // not inf or NaN; larger ones reduce in math/big
		n, rh, rl := reduceFast(x)
		// reduceFast's error is below 2**-100, and so is reduce's on the
		// double-double path: 2**-96 covers both.
		if v, ok := trigFast(n, rh, rl, 0x1p-96); ok {
			return v
		}
	}
	return sinSlow(x)
}

func sinSlow(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	n, r := reduce(x)
	var s dd
	switch n {
	case 0:
		s = sinK(r)
	case 1:
		s = cosK(r)
	case 2:
		s = neg(sinK(r))
	default:
		s = neg(cosK(r))
	}
	return s.round()
}

// Cos is the cosine, correctly rounded, as Sin.
func Cos(x float64) float64 {
	if a := math.Abs(x); a <= math.Pi/4 {
		if v, ok := trigFast(1, x, 0, 0); ok {
			return v
		}
	} else if a < 0x1p20 {
		n, rh, rl := reduceFast(x)
		if v, ok := trigFast(n+1, rh, rl, 0x1p-96); ok {
			return v
		}
	}
	return cosSlow(x)
}

func cosSlow(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	n, r := reduce(x)
	var c dd
	switch n {
	case 0:
		c = cosK(r)
	case 1:
		c = neg(sinK(r))
	case 2:
		c = neg(cosK(r))
	default:
		c = sinK(r)
	}
	return c.round()
}

// Tan is the tangent, correctly rounded.
func Tan(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	s, c := sinCosDD(x)
	return div(s, c).round()
}

func sign(f float64) float64 {
	if f < 0 {
		return -1
	}
	return 1
}

// atanDD is atan(z) in double-double: Newton's step from math.Atan.
func atanDD(z dd) dd {
	az := math.Abs(z.hi)
	switch {
	case az == 0:
		return z
	case az > 1:
		r := sub(pio2, atanDD(div(mk(1), dd{az, math.Abs(z.lo) * sign(z.lo*z.hi)})))
		if z.hi < 0 {
			r = neg(r)
		}
		return r
	case az < 0x1p-30:
		// z - z**3/3
		z3 := mul(mul(z, z), z)
		return sub(z, mul(z3, invOdd[3]))
	}
	y0 := math.Atan(z.hi)
	s, c := sinCosDD(y0)
	e := sub(s, mul(z, c))
	return sub(mk(y0), mul(e, c))
}

// Atan is the arc tangent, correctly rounded.
func Atan(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(pio2.hi, x)
	}
	if math.Abs(x) < 0x1p-30 && math.Abs(x) < 0x1p-1000 {
		return x
	}
	return atanDD(mk(x)).round()
}

// Atan2 is the angle of (x, y), correctly rounded, with C99's special cases.
func Atan2(y, x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case y == 0:
		if math.Signbit(x) {
			return math.Copysign(pi.hi, y)
		}
		return y
	case x == 0:
		return math.Copysign(pio2.hi, y)
	case math.IsInf(x, 0):
		if math.IsInf(y, 0) {
			if x > 0 {
				return math.Copysign(pio4.hi, y)
			}
			return math.Copysign(add(pio2, pio4).round(), y)
		}
		if x > 0 {
			return math.Copysign(0, y)
		}
		return math.Copysign(pi.hi, y)
	case math.IsInf(y, 0):
		return math.Copysign(pio2.hi, y)
	}
	return atan2DD(mk(y), mk(x)).round()
}

// atan2DD is atan2 of finite nonzero y and x in double-double.
func atan2DD(y, x dd) dd {
	ay, ax := math.Abs(y.hi), math.Abs(x.hi)
	if ay <= ax {
		if x.hi > 0 && ay < ax*0x1p-1000 {
			return mk(y.hi / x.hi)
		}
		a := atanDD(div(y, x))
		if x.hi < 0 {
			if y.hi >= 0 {
				a = add(a, pi)
			} else {
				a = sub(a, pi)
			}
		}
		return a
	}
	a := atanDD(div(x, y))
	if y.hi > 0 {
		return sub(pio2, a)
	}
	return sub(neg(pio2), a)
}

// oneMinusSq is 1 - x*x in double-double for |x| <= 1.
func oneMinusSq(x float64) dd {
	ax := math.Abs(x)
	if ax >= 0.5 {
		h, l := twoSum(1, ax)
		return mulF(dd{h, l}, 1-ax)
	}
	a, b := twoProd(ax, ax)
	return sub(mk(1), dd{a, b})
}

// Asin is the arc sine, correctly rounded.
func Asin(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	if math.Abs(x) > 1 {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-1000 {
		return x
	}
	s := sqrtDD(oneMinusSq(x))
	if s.hi == 0 {
		return math.Copysign(pio2.hi, x)
	}
	return atan2DD(mk(x), s).round()
}

// Acos is the arc cosine, correctly rounded.
func Acos(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.Abs(x) > 1 {
		return math.NaN()
	}
	if x == 1 {
		return 0
	}
	if x == 0 {
		return pio2.hi
	}
	s := sqrtDD(oneMinusSq(x))
	if s.hi == 0 {
		return pi.hi
	}
	return atan2DD(s, mk(x)).round()
}

// Hypot is sqrt(x*x + y*y), correctly rounded.
func Hypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	_, e := math.Frexp(x)
	xs, ys := math.Ldexp(x, -e), math.Ldexp(y, -e)
	a, b := twoProd(xs, xs)
	c, d := twoProd(ys, ys)
	s := sqrtDD(add(dd{a, b}, dd{c, d}))
	return math.Ldexp(s.round(), e)
}

// Sinh is the hyperbolic sine by the classic expm1/exp formulas.
func Sinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.782712893384:
		return h * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * 0x1p1023
}

// Cosh is the hyperbolic cosine by the classic expm1/exp formulas.
func Cosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	switch {
	case ax < 0.5*0.6931471805599453:
		t := math.Expm1(ax)
		w := 1 + t
		if ax < 0x1p-55 {
			return w
		}
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := Exp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.782712893384:
		return 0.5 * Exp(ax)
	case ax <= 710.4758600739439:
		w := Exp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// Tanh is the hyperbolic tangent by the classic expm1 formulas.
func Tanh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ax >= 22:
		z = 1
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

// Asinh is the inverse hyperbolic sine by the classic log/log1p formulas.
func Asinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = Log(ax) + ln2c[0]
	case ax > 2:
		w = Log(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

// Acosh is the inverse hyperbolic cosine by the classic formulas.
func Acosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 1:
		return math.NaN()
	case x == 1:
		return 0
	case x >= 0x1p28:
		return Log(x) + ln2c[0]
	case x > 2:
		t := x * x
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

// Atanh is the inverse hyperbolic tangent by the classic log1p formulas.
func Atanh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case ax > 1:
		return math.NaN()
	case ax == 1:
		return math.Copysign(math.Inf(1), x)
	case ax < 0x1p-28:
		return x
	}
	var t float64
	if ax < 0.5 {
		t = ax + ax
		t = 0.5 * math.Log1p(t+t*ax/(1-ax))
	} else {
		t = 0.5 * math.Log1p((ax+ax)/(1-ax))
	}
	return math.Copysign(t, x)
}

// HypotN is the Euclidean norm of xs, correctly rounded (barring sums
// of squares that lose bits to double-double): an infinity wins over a
// NaN, as CPython's vector_norm has it.
func HypotN(xs []float64) float64 {
	if len(xs) == 2 {
		return Hypot(xs[0], xs[1])
	}
	max, nan := 0.0, false
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return x
		}
		if math.IsNaN(x) {
			nan = true
		} else if x > max {
			max = x
		}
	}
	if nan {
		return math.NaN()
	}
	if max == 0 {
		return 0
	}
	if len(xs) == 1 {
		return max
	}
	_, e := math.Frexp(max)
	var s dd
	for _, x := range xs {
		xs := math.Ldexp(x, -e)
		a, b := twoProd(xs, xs)
		s = add(s, dd{a, b})
	}
	return math.Ldexp(sqrtDD(s).round(), e)
}
