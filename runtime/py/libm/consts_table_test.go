package libm

import (
	"math"
	"testing"
)

// TestConstsTable recomputes the constants of consts_table.go from their
// series and checks every bit.
func TestConstsTable(t *testing.T) {
	c := seriesConsts()
	same := func(name string, got, want float64) {
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%s = %v in consts_table.go, the series give %v", name, got, want)
		}
	}
	sameDD := func(name string, got, want dd) {
		same(name+".hi", got.hi, want.hi)
		same(name+".lo", got.lo, want.lo)
	}
	sameDD("ln2", ln2, c.ln2)
	sameDD("ln10", ln10, c.ln10)
	sameDD("pio2", pio2, c.pio2)
	sameDD("pi", pi, c.pi)
	sameDD("pio4", pio4, c.pio4)
	for i := range ln2c {
		same("ln2c", ln2c[i], c.ln2c[i])
	}
	for i := range pio2c {
		same("pio2c", pio2c[i], c.pio2c[i])
	}
	for i := range invFact {
		sameDD("invFact", invFact[i], c.invFact[i])
	}
	for i := range invOdd {
		sameDD("invOdd", invOdd[i], c.invOdd[i])
	}
	same("ivln10", ivln10, c.ivln10)
	same("log10of2hi", log10of2hi, c.log10of2hi)
	same("log10of2lo", log10of2lo, c.log10of2lo)
}
