package libm

import (
	"math"
	"math/rand"
	"testing"
)

// powHalves rounds as the log/exp path does, wherever it answers.
func TestPowHalvesMatchesLogExp(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	answered := 0
	for i := 0; i < 200000; i++ {
		var x float64
		switch i % 4 {
		case 0:
			x = r.Float64() * 10
		case 1:
			x = math.Ldexp(1+r.Float64(), r.Intn(400)-200)
		case 2:
			x = float64(r.Intn(1000) + 1)
		default:
			x = math.Float64frombits(math.Float64bits(1) + uint64(r.Intn(1<<20)) - 1<<19)
		}
		y := float64(r.Intn(17)-8) / 2
		if y == 0 || y == 1 || x == 0 {
			continue
		}
		got, ok := powHalves(x, y)
		if !ok {
			continue
		}
		answered++
		if want := powLogExp(x, y); got != want {
			t.Fatalf("powHalves(%v, %v) = %v, log/exp path gives %v", x, y, got, want)
		}
	}
	if answered < 150000 {
		t.Fatalf("powHalves answered only %d", answered)
	}
}

// PowCommon gives what Pow gives (powHalves, the log/exp path, an exact
// square), wherever it answers, and answers almost everywhere in range.
func TestPowCommonMatchesPow(t *testing.T) {
	r := rand.New(rand.NewSource(17))
	ys := []float64{2, 0.5, -0.5, 1.5, -1.5}
	answered, tried := 0, 0
	for i := 0; i < 400000; i++ {
		var x float64
		switch i % 5 {
		case 0:
			x = r.Float64() * 10
		case 1:
			x = math.Ldexp(1+r.Float64(), r.Intn(440)-220)
		case 2:
			x = float64(r.Intn(1000) + 1)
		case 3:
			x = math.Float64frombits(math.Float64bits(1) + uint64(r.Intn(1<<20)) - 1<<19)
		default:
			k := float64(r.Intn(1 << 26))
			x = k * k // exact squares: sqrt exact, ties possible
		}
		y := ys[r.Intn(len(ys))]
		got, ok := PowCommon(x, y)
		tried++
		if !ok {
			continue
		}
		answered++
		if want := powGeneral(x, y); got != want {
			t.Fatalf("PowCommon(%v, %v) = %v, powGeneral gives %v", x, y, got, want)
		}
	}
	if answered < tried*9/10 {
		t.Fatalf("PowCommon answered only %d of %d", answered, tried)
	}
	for _, c := range [][2]float64{{0, 2}, {math.Inf(1), 2}, {math.NaN(), 2}, {1e200, 2}, {0, -1.5}, {-4, 0.5}, {math.Inf(1), 0.5}, {4, 3}} {
		if r, ok := PowCommon(c[0], c[1]); ok && !(c[0] == 0 && c[1] == 2 && r == 0) {
			t.Errorf("PowCommon(%v, %v) answered %v", c[0], c[1], r)
		}
	}
}
