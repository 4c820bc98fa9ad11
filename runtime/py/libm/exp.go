package libm

import (
	"math"
	"math/big"
)

// expCoreSlow returns v and k with exp(x) = v * 2**k, |x.hi| < 760,
// without tables (it builds them).
func expCoreSlow(x dd) (dd, int) {
	kf := math.RoundToEven(x.hi / ln2c[0])
	a, b := twoProd(kf, ln2c[0])
	r := sub(x, dd{a, b})
	a, b = twoProd(kf, ln2c[1])
	r = sub(r, dd{a, b})
	r = sub(r, mk(kf*ln2c[2]))
	// exp(r) = (exp(r/256))**256 through expm1 and e -> e*(e+2).
	s := dd{r.hi * (1.0 / 256), r.lo * (1.0 / 256)}
	// Terms from s**5/5! on are below 2**-53 relative: plain floats
	// carry them well enough; the leading ones go in double-double.
	t := invFact[11].hi
	for n := 10; n >= 6; n-- {
		t = t*s.hi + invFact[n].hi
	}
	p := dd{t, 0}
	for n := 5; n >= 1; n-- {
		p = add(mul(p, s), invFact[n])
	}
	e := mul(p, s)
	for i := 0; i < 8; i++ {
		e = mul(e, add(e, mk(2)))
	}
	return add(mk(1), e), int(kf)
}

// scale rounds v * 2**k once, subnormal results included.
func scale(v dd, k int) float64 {
	if k > -1000 {
		return math.Ldexp(v.round(), k)
	}
	if k < -1200 {
		return 0
	}
	b := new(big.Float).SetPrec(200).SetFloat64(v.hi)
	b.Add(b, new(big.Float).SetFloat64(v.lo))
	b.SetMantExp(b, k)
	f, _ := b.Float64()
	return f
}

// expDD is exp(x) rounded once, for x already in double-double form.
func expDD(x dd) float64 {
	switch {
	case math.IsNaN(x.hi):
		return x.hi
	case x.hi > 710:
		return math.Inf(1)
	case x.hi < -746:
		return 0
	}
	v, k := expCore(x)
	return scale(v, k)
}

// Exp is e**x, correctly rounded.
func Exp(x float64) float64 {
	if x == 0 {
		return 1
	}
	return expDD(mk(x))
}

// Exp2 is 2**x, correctly rounded.
func Exp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 1025:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x):
		return math.Ldexp(1, int(x))
	}
	return expDD(mulF(ln2, x))
}

// logPartsSlow gives log(x) = e*ln2 + lm for positive finite x, |lm| <=
// ln2/2, without tables (it builds them).
func logPartsSlow(x float64) (int, dd) {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	h, l := twoSum(m, 1)
	u := div(mk(m-1), dd{h, l})
	u2 := mul(u, u)
	// u2 <= 0.0295: terms from u2**11 on are below 2**-55, plain floats.
	t := invOdd[43].hi
	for j := 20; j >= 11; j-- {
		t = t*u2.hi + invOdd[2*j+1].hi
	}
	p := dd{t, 0}
	for j := 10; j >= 0; j-- {
		p = add(mul(p, u2), invOdd[2*j+1])
	}
	lm := mul(u, p)
	return e, dd{2 * lm.hi, 2 * lm.lo}
}

// logDD is log(x) in double-double for positive finite x.
func logDD(x float64) dd {
	e, lm := logParts(x)
	if e == 0 {
		return lm
	}
	ef := float64(e)
	a, b := twoProd(ef, ln2c[0])
	r := add(dd{a, b}, lm)
	a, b = twoProd(ef, ln2c[1])
	r = add(r, dd{a, b})
	return add(r, mk(ef*ln2c[2]))
}

func logSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	case x == 1:
		return 0, true
	}
	return 0, false
}

// Log is the natural logarithm, correctly rounded.
func Log(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	return logDD(x).round()
}

// Log2 is the base-2 logarithm, correctly rounded.
func Log2(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	e, lm := logParts(x)
	return add(mk(float64(e)), div(lm, ln2)).round()
}

// Log10 is the base-10 logarithm as glibc computes it: the exponent's
// share in two parts plus log(mantissa)/ln 10 from the rounded log.
func Log10(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	k := 0
	if x < 0x1p-1022 {
		x *= 0x1p54
		k = -54
	}
	bits := math.Float64bits(x)
	k += int(bits>>52&0x7ff) - 1023
	i := 0
	if k < 0 {
		i = 1
	}
	bits = bits&(1<<52-1) | uint64(0x3ff-i)<<52
	y := float64(k + i)
	z := y*log10of2lo + ivln10*Log(math.Float64frombits(bits))
	return z + y*log10of2hi
}

// Pow is x**y with C99's special cases, correctly rounded (integer
// powers that land exactly half-way between two floats included).
func Pow(x, y float64) float64 {
	if r, ok := PowCommon(x, y); ok {
		return r
	}
	return powGeneral(x, y)
}

// powGeneral is Pow without PowCommon's shortcut (the reference its tests
// compare against).
func powGeneral(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	case y == 1:
		return x
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1
		case (ax > 1) == (y > 0):
			return math.Inf(1)
		}
		return 0
	}
	yInt := y == math.Trunc(y)
	yOdd := yInt && math.Abs(y) < 1<<53 && math.Mod(y, 2) != 0
	switch {
	case math.IsInf(x, 0):
		r := 0.0
		if y > 0 {
			r = math.Inf(1)
		}
		if x < 0 && yOdd {
			r = -r
		}
		return r
	case x == 0:
		r := 0.0
		if y < 0 {
			r = math.Inf(1)
		}
		if yOdd {
			r = math.Copysign(r, x)
		}
		return r
	case x < 0:
		if !yInt {
			return math.NaN()
		}
		r := powPos(-x, y)
		if yOdd {
			r = -r
		}
		return r
	}
	return powPos(x, y)
}

func powPos(x, y float64) float64 {
	if m, e := math.Frexp(x); m == 0.5 && y == math.Trunc(y) && math.Abs(y) < 1<<20 {
		// A power of two to an integer power: exact, or one rounding
		// of an exact value in the subnormal range.
		return math.Ldexp(1, int(y)*(e-1))
	}
	if r, ok := powHalves(x, y); ok {
		return r
	}
	return powLogExp(x, y)
}

// powLogExp is x**y for positive finite x as exp(y log x).
func powLogExp(x, y float64) float64 {
	l := logDD(x)
	t := mulF(l, y)
	if math.IsInf(t.hi, 0) || math.IsNaN(t.hi) {
		if (l.hi > 0) == (y > 0) {
			return math.Inf(1)
		}
		return 0
	}
	switch {
	case t.hi > 710:
		return math.Inf(1)
	case t.hi < -760:
		return 0
	}
	v, k := expCore(t)
	if y >= 2 && y <= 64 && y == math.Trunc(y) && nearHalf(v) && k > -1000 && k < 1000 {
		// Possibly an exact half-way case: settle it exactly (ties to
		// even; glibc's pow goes either way at exact midpoints).
		b := new(big.Float).SetPrec(uint(53*y) + 8).SetFloat64(x)
		r := new(big.Float).SetPrec(b.Prec()).SetFloat64(1)
		for n := int(y); n > 0; n-- {
			r.Mul(r, b)
		}
		f, _ := r.Float64()
		return f
	}
	return scale(v, k)
}

// powHalves is x**y for y a multiple of 1/2 in [-4, 4] (d2 ** -1.5,
// norm ** 0.5, x ** 2) by square root and products in double-double,
// about 100 good bits as the log/exp path has, so both round to the same
// float; when the result sits too close to a rounding boundary to tell,
// ok is false and the general path decides, as it always did. x is kept
// to [2**-200, 2**200]: the result is a normal float.
func powHalves(x, y float64) (r float64, ok bool) {
	k2 := 2 * y
	if k2 != math.Trunc(k2) || k2 > 8 || k2 < -8 || x < 0x1p-200 || x > 0x1p200 {
		return 0, false
	}
	k := int(math.Abs(k2))
	v := mk(1)
	if k&1 == 1 {
		v = sqrtDD(mk(x))
	}
	for i := 0; i < k/2; i++ {
		v = mulF(v, x)
	}
	if y < 0 {
		v = div(mk(1), v)
	}
	if nearHalf(v) {
		return 0, false
	}
	return v.round(), true
}

// nearHalf reports whether v sits too close to a rounding boundary for
// double-double accuracy to decide.
func nearHalf(v dd) bool {
	a := math.Abs(v.hi)
	ulp := math.Float64frombits(math.Float64bits(a)+1) - a // the gap above a
	d := math.Abs(math.Abs(v.lo) - ulp/2)
	return d < ulp*0x1p-40
}

// Tables: exp2tab[j] = 2**(j/64), logtab[j] = log(logc(j)) with
// logc(j) = 0.6875 + j/128 (covering [sqrt(1/2), sqrt(2)]); both built by
// the table-free kernels (expTables), good to about 2**-100. exp_table.go
// holds them as static data (no work at a program's start), which
// TestExpTables checks against expTables bit for bit.
func logc(j int) float64 { return 0.6875 + float64(j)/128 }

// expTables computes exp2tab and logtab.
func expTables() (exp2tab [64]dd, logtab [96]dd) {
	for j := range exp2tab {
		v, k := expCoreSlow(mulF(ln2, float64(j)/64))
		exp2tab[j] = ldexpDD(v, k)
	}
	for j := range logtab {
		e, lm := logPartsSlow(logc(j))
		ef := float64(e)
		a, b := twoProd(ef, ln2c[0])
		r := add(dd{a, b}, lm)
		a, b = twoProd(ef, ln2c[1])
		r = add(r, dd{a, b})
		logtab[j] = add(r, mk(ef*ln2c[2]))
	}
	return exp2tab, logtab
}

// expCore returns v and k with exp(x) = v * 2**k, |x.hi| < 760:
// x = (64k + j) ln2/64 + r, exp(x) = 2**k * 2**(j/64) * exp(r).
func expCore(x dd) (dd, int) {
	nf := math.RoundToEven(x.hi * (64 / ln2c[0]))
	a, b := twoProd(nf, ln2c[0]/64)
	r := sub(x, dd{a, b})
	a, b = twoProd(nf, ln2c[1]/64)
	r = sub(r, dd{a, b})
	r = sub(r, mk(nf*(ln2c[2]/64)))
	n := int(nf)
	j := n & 63
	k := (n - j) / 64
	// |r| <= ln2/128: terms from r**6/6! on are below 2**-54, plain floats.
	t := invFact[10].hi
	for m := 9; m >= 6; m-- {
		t = t*r.hi + invFact[m].hi
	}
	p := dd{t, 0}
	for m := 5; m >= 1; m-- {
		p = add(mul(p, r), invFact[m])
	}
	e := mul(p, r) // expm1(r)
	tj := exp2tab[j]
	return add(tj, mul(tj, e)), k
}

// logParts gives log(x) = e*ln2 + lm for positive finite x: the mantissa
// m is taken to a table point c, log m = log c + 2 atanh((m-c)/(m+c)).
func logParts(x float64) (int, dd) {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	j := int(math.RoundToEven((m - 0.6875) * 128))
	c := logc(j)
	h, l := twoSum(m, c)
	u := div(mk(m-c), dd{h, l}) // m-c is exact
	u2 := mul(u, u)
	// |u| <= 2**-9: terms from u2**3 on are below 2**-55, plain floats.
	t := invOdd[13].hi
	for i := 5; i >= 3; i-- {
		t = t*u2.hi + invOdd[2*i+1].hi
	}
	p := dd{t, 0}
	for i := 2; i >= 0; i-- {
		p = add(mul(p, u2), invOdd[2*i+1])
	}
	lm := mul(u, p)
	lm = dd{2 * lm.hi, 2 * lm.lo}
	if j == 40 { // c == 1
		return e, lm
	}
	return e, add(logtab[j], lm)
}
