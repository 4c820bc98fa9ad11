package libm

import (
	"math"
	"math/rand"
	"testing"
)

// Sin and Cos evaluate only the series they need, after trying the float
// fast path (trig_fast.go): the results must be the bits sinCosDD gives
// for both.
func TestSinCosSplitMatchesPair(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	check := func(x float64) {
		s, c := sinCosDD(x)
		if got, want := Sin(x), s.round(); math.Float64bits(got) != math.Float64bits(want) && x != 0 {
			t.Fatalf("Sin(%v) = %v, pair gives %v", x, got, want)
		}
		if got, want := Cos(x), c.round(); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("Cos(%v) = %v, pair gives %v", x, got, want)
		}
	}
	for _, scale := range []float64{1e-300, 1e-8, 0.5, 1, 3, 10, 1e3, 1e6, 1e15, 1e300} {
		for i := 0; i < 2000; i++ {
			check((rng.Float64()*2 - 1) * scale)
		}
	}
	for k := -20; k <= 20; k++ {
		x := float64(k) * math.Pi / 4
		check(x)
		check(math.Nextafter(x, 0))
		check(math.Nextafter(x, math.Inf(1)))
	}
}
