package py

import (
	"math"
	"math/big"
	"testing"
)

// TestSpecInt checks the speculated int operations against math/big: an
// exact result must be the true one, and a true result that fits 64 bits
// must be exact.
func TestSpecInt(t *testing.T) {
	vals := []int64{0, 1, -1, 2, -2, 3, 7, -7, 1 << 31, -(1 << 31), 1<<32 + 1, 3037000499, 3037000500, -3037000500,
		1 << 62, -(1 << 62), math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	fits := func(z *big.Int) bool { return z.IsInt64() }
	floorDiv := func(x, y *big.Int) *big.Int {
		q, m := new(big.Int), new(big.Int)
		q.DivMod(x, y, m) // Euclidean: m >= 0
		if m.Sign() != 0 && y.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		}
		return q
	}
	for _, a := range vals {
		for _, b := range vals {
			x, y := big.NewInt(a), big.NewInt(b)
			check := func(name string, r SI, want *big.Int) {
				t.Helper()
				if want == nil || !fits(want) {
					if r.OK() {
						t.Errorf("%s(%d, %d) = %d, exact; want not exact", name, a, b, r.V)
					}
					return
				}
				if !r.OK() || r.V != want.Int64() {
					t.Errorf("%s(%d, %d) = %d (ok %v), want %s", name, a, b, r.V, r.OK(), want)
				}
			}
			check("add", SIAdd(SIC(a), SIC(b)), new(big.Int).Add(x, y))
			check("sub", SISub(SIC(a), SIC(b)), new(big.Int).Sub(x, y))
			check("mul", SIMul(SIC(a), SIC(b)), new(big.Int).Mul(x, y))
			if b == 0 {
				check("floordiv", SIFloorDiv(SIC(a), SIC(b)), nil)
				check("mod", SIMod(SIC(a), SIC(b)), nil)
				continue
			}
			q := floorDiv(x, y)
			check("floordiv", SIFloorDiv(SIC(a), SIC(b)), q)
			check("mod", SIMod(SIC(a), SIC(b)), new(big.Int).Sub(x, new(big.Int).Mul(q, y)))
		}
	}
	// A leaf that is no exact int spoils every result it reaches.
	bad := SIOf(Float(1))
	for _, r := range []SI{SIAdd(bad, SIC(1)), SISub(SIC(1), bad), SIMul(bad, SIC(0)), SIFloorDiv(bad, SIC(1)), SIMod(SIC(1), bad), SIOf(True), SIOf(nil)} {
		if r.OK() {
			t.Errorf("not-an-int operand gave an exact result %d", r.V)
		}
	}
	if r := SIOf(Int(5)); !r.OK() || r.V != 5 {
		t.Errorf("SIOf(5) = %+v", r)
	}
}
