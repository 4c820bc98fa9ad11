package libm

import (
	"math"
	"math/big"
	"math/rand"
	"os"
	"testing"
)

// powCommonOld is the double-double PowCommon the kernels replaced
// (sqrt with a Newton step, product and reciprocal, nearHalf's test): the
// reference the new kernels must agree with bit for bit.
func powCommonOld(x, y float64) (r float64, ok bool) {
	switch y {
	case 2:
		r = x * x
		return r, r <= math.MaxFloat64
	case 0.5, -0.5, 1.5, -1.5:
	default:
		return 0, false
	}
	if !(x >= 0x1p-200 && x <= 0x1p200) {
		return 0, false
	}
	hi := math.Sqrt(x)
	lo := math.FMA(-hi, hi, x) / (2 * hi)
	if y == 1.5 || y == -1.5 {
		p := hi * x
		e := math.FMA(hi, x, -p) + lo*x
		hi = p + e
		lo = e - (hi - p)
	}
	if y < 0 {
		q := 1 / hi
		d := (math.FMA(-q, hi, 1) - q*lo) * q
		hi = q + d
		lo = d - (hi - q)
	}
	if nearHalf(dd{hi, lo}) {
		return 0, false
	}
	return hi, true
}

// powInput draws x from a mix of ranges: the whole normal and subnormal
// range, near 1, near powers of two, exact squares (sqrt exact: x**1.5
// may be a half-way case) and squares' neighbours, the kernels' range
// ends, specials.
func powInput(r *rand.Rand, i int) float64 {
	switch i % 10 {
	case 0:
		return r.Float64() * 10
	case 1:
		return math.Ldexp(1+r.Float64(), r.Intn(440)-220)
	case 2:
		return math.Float64frombits(r.Uint64() &^ (1 << 63)) // any positive bits, NaN and inf included
	case 3:
		return math.Float64frombits(math.Float64bits(1) + uint64(r.Intn(1<<20)) - 1<<19)
	case 4:
		k := float64(r.Intn(1 << 26))
		return k * k
	case 5:
		k := float64(r.Intn(1<<18) | 1) // odd k < 2**18: k**3 may need 54 bits
		x := math.Ldexp(k*k, 2*(r.Intn(200)-100))
		return math.Float64frombits(math.Float64bits(x) + uint64(r.Intn(3)) - 1)
	case 6:
		e := []int{-200, 200, -201, 199, -1022, 1023, 0, 1}[r.Intn(8)]
		return math.Float64frombits(math.Float64bits(math.Ldexp(1, e)) + uint64(r.Intn(5)) - 2)
	case 7:
		return math.Float64frombits(uint64(r.Int63n(1 << 52))) // subnormal
	case 8:
		return -math.Ldexp(1+r.Float64(), r.Intn(40)-20)
	}
	specials := []float64{0, math.Copysign(0, -1), math.Inf(1), math.Inf(-1), math.NaN(), 1, -1, 4, 0.25, math.MaxFloat64, math.SmallestNonzeroFloat64}
	return specials[r.Intn(len(specials))]
}

// The kernels agree with the old double-double PowCommon wherever either
// answers, and with Pow wherever they answer; on plain random arguments
// they answer where the old did (near 1 and near squares their test is a
// little stricter). POWCOMMON_N (default 2M) sets the number of arguments
// per exponent.
func TestPowCommonMatchesOld(t *testing.T) {
	n := 2000000
	if s := os.Getenv("POWCOMMON_N"); s != "" {
		n = atoiOr(s, n)
	}
	r := rand.New(rand.NewSource(29))
	ys := []float64{2, 0.5, -0.5, 1.5, -1.5}
	for _, y := range ys {
		answered, oldAnswered, fellBack := 0, 0, 0
		for i := 0; i < n; i++ {
			x := powInput(r, i)
			got, ok := PowCommon(x, y)
			want, oldOK := powCommonOld(x, y)
			if oldOK {
				oldAnswered++
			}
			if !ok {
				if oldOK && i%10 < 2 { // plain random arguments
					fellBack++
				}
				continue
			}
			answered++
			if !oldOK {
				want = powGeneral(x, y)
			}
			if math.Float64bits(got) != math.Float64bits(want) {
				t.Fatalf("PowCommon(%v, %v) = %v (%x), reference %v (%x)", x, y, got, math.Float64bits(got), want, math.Float64bits(want))
			}
			if i%16 == 0 {
				if p := powGeneral(x, y); math.Float64bits(p) != math.Float64bits(got) {
					t.Fatalf("PowCommon(%v, %v) = %v, powGeneral gives %v", x, y, got, p)
				}
			}
		}
		t.Logf("y=%v: answered %d of %d (old %d)", y, answered, n, oldAnswered)
		if fellBack > n/1000000 {
			t.Errorf("y=%v: %d fell back where the old answered", y, fellBack)
		}
	}
}

func atoiOr(s string, def int) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return def
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// Half-way results fall back: x**1.5 = k**3 with 54 significant bits.
func TestPowCommonHalfway(t *testing.T) {
	found := 0
	for k := int64(1<<17 + 1); k < 1<<18; k += 2 {
		c := k * k * k
		if c>>53 != 1 || c&1 == 0 {
			continue
		}
		x := float64(k * k)
		if _, ok := PowCommon(x, 1.5); ok {
			t.Fatalf("PowCommon(%v, 1.5) answered a half-way case", x)
		}
		if _, ok := powCommonOld(x, 1.5); ok {
			t.Fatalf("old PowCommon(%v, 1.5) answered a half-way case", x)
		}
		found++
	}
	if found == 0 {
		t.Fatal("no half-way cases tried")
	}
}

// The kernels' m + c is within 2**-100 of the result (the analysis), far
// inside the 2**-90 roundChecked assumes.
func TestPowKernelsError(t *testing.T) {
	kernels := []struct {
		y float64
		f func(float64) (float64, float64)
	}{{-1.5, powM3Halves}, {-0.5, powMHalf}, {0.5, powHalf}, {1.5, pow3Halves}}
	r := rand.New(rand.NewSource(31))
	const prec = 300
	for _, k := range kernels {
		worst := 0.0
		for i := 0; i < 50000; i++ {
			x := powInput(r, i)
			if !(x >= 0x1p-200 && x <= 0x1p200) {
				continue
			}
			m, c := k.f(x)
			// exact: sqrt(x) to 300 bits, then the power from it.
			bx := new(big.Float).SetPrec(prec).SetFloat64(x)
			v := new(big.Float).SetPrec(prec).Sqrt(bx)
			switch k.y {
			case 1.5:
				v.Mul(v, bx)
			case -1.5:
				v.Mul(v, bx)
				v.Quo(new(big.Float).SetPrec(prec).SetInt64(1), v)
			case -0.5:
				v.Quo(new(big.Float).SetPrec(prec).SetInt64(1), v)
			}
			got := new(big.Float).SetPrec(prec).SetFloat64(m)
			got.Add(got, new(big.Float).SetPrec(prec).SetFloat64(c))
			got.Sub(got, v)
			got.Quo(got, v)
			e, _ := got.Float64()
			if e = math.Abs(e); e > worst {
				worst = e
			}
		}
		t.Logf("y=%v: worst relative error 2**%.1f", k.y, math.Log2(worst))
		if worst > 0x1p-100 {
			t.Errorf("y=%v: relative error %g above 2**-100", k.y, worst)
		}
	}
}

// The FMA instruction kernel gives powM3Halves's answer bit for bit, and
// falls back exactly where it does (asserted on every input powInput
// draws in the kernel's range).
func TestPowM3HalvesFMA(t *testing.T) {
	if !hasFMA {
		t.Skip("no FMA instructions")
	}
	r := rand.New(rand.NewSource(31))
	tested := 0
	for i := 0; i < 4000000; i++ {
		x := powInput(r, i)
		if !(x >= 0x1p-200 && x <= 0x1p200) {
			continue
		}
		tested++
		want, wantOK := roundChecked(powM3Halves(x))
		got, ok := powM3HalvesFMA(x)
		if ok != wantOK || ok && math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("powM3HalvesFMA(%v) = %v, %v; powM3Halves gives %v, %v", x, got, ok, want, wantOK)
		}
	}
	if tested < 1000000 {
		t.Fatalf("only %d arguments in range", tested)
	}
}
