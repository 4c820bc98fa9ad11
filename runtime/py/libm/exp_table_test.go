package libm

import (
	"math"
	"testing"
)

// TestExpTables recomputes the tables of exp_table.go with the table-free
// kernels and checks every bit.
func TestExpTables(t *testing.T) {
	e, l := expTables()
	check := func(name string, j int, got, want dd) {
		if math.Float64bits(got.hi) != math.Float64bits(want.hi) || math.Float64bits(got.lo) != math.Float64bits(want.lo) {
			t.Errorf("%s[%d] = %v in exp_table.go, expTables gives %v", name, j, got, want)
		}
	}
	for j := range e {
		check("exp2tab", j, exp2tab[j], e[j])
	}
	for j := range l {
		check("logtab", j, logtab[j], l[j])
	}
}

// TestTrigTables recomputes the tables of trig_table.go from the series
// and checks every bit.
func TestTrigTables(t *testing.T) {
	s, c := trigTables()
	for j := range s {
		if s[j] != sinTab[j] || c[j] != cosTab[j] {
			t.Errorf("sinTab/cosTab[%d] = %v %v in trig_table.go, trigTables gives %v %v", j, sinTab[j], cosTab[j], s[j], c[j])
		}
	}
}
