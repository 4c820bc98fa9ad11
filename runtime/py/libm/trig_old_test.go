package libm

import (
	"math"
	"math/rand"
	"os"
	"testing"
)

// The fast sine and cosine before they were flattened into Sin and Cos
// (RoundToEven, sinCosFast): the reference Sin and Cos must match bit
// for bit.

func trigFastOld(n int, rh, rl, errAbs float64) (float64, bool) {
	jf := math.RoundToEven(rh * 64)
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
	t2 := t * t
	ps := t*t2*(-1.0/6+t2*(1.0/120-t2*(1.0/5040))) - rl*t2*0.5
	dc := t2*(-0.5+t2*(1.0/24+t2*(-1.0/720+t2*(1.0/40320)))) - t*rl
	ph, pl := twoProd(q.hi, t)
	hi, e := fastTwoSum(p.hi, ph)
	lo := p.hi*dc + (q.hi*(rl+ps) + (p.lo + q.lo*t)) + (e + pl)
	hi, lo = fastTwoSum(hi, lo)
	// The bound (twice the analysis's): 4 ulp of P.hi*dc from dc's own
	// rounding, the product, the dropped P.lo*dc and lo's two sums; about
	// one ulp of the t**3 terms; the table's, the products' and the
	// double-double path's errors below 2**-97 of the result.
	err := 0x1p-50*math.Abs(p.hi)*t2 + 0x1p-52*math.Abs(t)*t2 + 0x1p-96*math.Abs(hi) + errAbs
	if hi+(lo+err) != hi+(lo-err) {
		return 0, false
	}
	if n&2 != 0 {
		return -(hi + lo), true
	}
	return hi + lo, true
}

// sinCosFast is Sin (c = 0) or Cos (c = 1) of finite x by trigFast, for
// |x| < 2**20 (larger arguments are reduced in math/big).
func sinCosFastOld(x float64, c int) (float64, bool) {
	if math.Abs(x) <= math.Pi/4 {
		return trigFastOld(c, x, 0, 0)
	}
	if math.Abs(x) >= 0x1p20 {
		return 0, false
	}
	n, rh, rl := reduceFastOld(x)
	// reduceFast's error is below 2**-100, and so is reduce's on the
	// double-double path: 2**-96 covers both.
	return trigFastOld(n+c, rh, rl, 0x1p-96)
}

func reduceFastOld(x float64) (int, float64, float64) {
	k := math.RoundToEven(x * (2 / math.Pi))
	a0, b0 := twoProd(k, pio2c[0])
	a1, b1 := twoProd(k, pio2c[1])
	s := x - a0
	y, ye := twoSum(b0, a1)
	rh, re := twoSum(s, -y)
	rl := re - ye - b1 - k*pio2c[2]
	rh, rl = twoSum(rh, rl)
	return int(int64(k) & 3), rh, rl
}

func sinOld(x float64) float64 {
	if x == 0 || math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	if v, ok := sinCosFastOld(x, 0); ok {
		return v
	}
	return sinSlow(x)
}

func cosOld(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if v, ok := sinCosFastOld(x, 1); ok {
		return v
	}
	return cosSlow(x)
}

// trigInput draws from: [-pi/4, pi/4], [-8, 8], |x| up to 2**20 and
// beyond, near multiples of pi/4 (reduction edges), near j/64 and
// (j+1/2)/64 (table choice ties), tiny and subnormal, specials.
func trigInput(r *rand.Rand, i int) float64 {
	switch i % 9 {
	case 0:
		return (r.Float64()*2 - 1) * math.Pi / 4
	case 1:
		return (r.Float64()*2 - 1) * 8
	case 2:
		return math.Ldexp(r.Float64()*2-1, r.Intn(30))
	case 3:
		x := float64(r.Intn(2000)-1000) * math.Pi / 4
		return math.Float64frombits(math.Float64bits(x) + uint64(r.Intn(9)) - 4)
	case 4:
		x := float64(r.Intn(101)-50) / 128 // j/64 and (j+1/2)/64
		return math.Float64frombits(math.Float64bits(x) + uint64(r.Intn(5)) - 2)
	case 5:
		return math.Ldexp(r.Float64()*2-1, -r.Intn(1080))
	case 6:
		return math.Float64frombits(r.Uint64())
	case 7:
		x := float64(r.Intn(1<<20)) * math.Pi / 2 // large multiples: tiny rh
		return math.Float64frombits(math.Float64bits(x) + uint64(r.Intn(3)) - 1)
	}
	sp := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), math.Pi / 4, -math.Pi / 4, 0x1p20, -0x1p20, math.MaxFloat64, math.SmallestNonzeroFloat64}
	return sp[r.Intn(len(sp))]
}

// Sin and Cos give the old bits; TRIG_N (default 300k) sets the count.
func TestSinCosMatchOld(t *testing.T) {
	n := 300000
	if s := os.Getenv("TRIG_N"); s != "" {
		n = atoiOr(s, n)
	}
	r := rand.New(rand.NewSource(37))
	for i := 0; i < n; i++ {
		x := trigInput(r, i)
		if got, want := Sin(x), sinOld(x); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Sin(%v) = %v (%x), old %v (%x)", x, got, math.Float64bits(got), want, math.Float64bits(want))
		}
		if got, want := Cos(x), cosOld(x); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Cos(%v) = %v (%x), old %v (%x)", x, got, math.Float64bits(got), want, math.Float64bits(want))
		}
	}
}
