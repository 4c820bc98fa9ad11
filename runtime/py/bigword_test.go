package py

import (
	"math/big"
	"math/rand"
	"testing"
)

// TestBigMul checks bigMul against math/big's product for every length
// around the unrolled loop's steps, both signs, and z aliasing either factor.
func TestBigMul(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	rnd := func(words int) *big.Int {
		w := make([]big.Word, words)
		for i := range w {
			w[i] = big.Word(r.Uint64())
		}
		if words > 0 && r.Intn(4) == 0 {
			w[words-1] = 1 // a carry-free top
		}
		v := new(big.Int).SetBits(w)
		if r.Intn(2) == 0 {
			v.Neg(v)
		}
		return v
	}
	for n := 0; n < 40; n++ {
		for k := 0; k < 3; k++ {
			for alias := 0; alias < 3; alias++ {
				x, y := rnd(n), rnd(1)
				if k == 1 {
					y.SetInt64(-1)
				}
				if k == 2 {
					x, y = y, x
				}
				want := new(big.Int).Mul(x, y)
				var z *big.Int
				switch alias {
				case 0:
					z = new(big.Int)
				case 1:
					z = x
				case 2:
					z = y
				}
				bigMul(z, x, y)
				if z.Cmp(want) != 0 {
					t.Fatalf("n=%d k=%d alias=%d: %v * %v = %v, want %v", n, k, alias, x, y, z, want)
				}
			}
		}
	}
}
