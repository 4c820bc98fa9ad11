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
