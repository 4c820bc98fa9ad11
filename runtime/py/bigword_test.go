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

// TestBigMulAdd checks bigMulAdd against math/big's x*y + a for lengths
// around the unrolled loop's steps, addends shorter, as long and longer
// than the product, every sign, and z aliasing each operand; a mixed-sign
// sum must be refused with z untouched.
func TestBigMulAdd(t *testing.T) {
	if !haveAddMulWords {
		t.Skip("no ADX")
	}
	r := rand.New(rand.NewSource(2))
	rnd := func(words int) *big.Int {
		w := make([]big.Word, words)
		for i := range w {
			w[i] = big.Word(r.Uint64())
		}
		if words > 0 && r.Intn(3) == 0 {
			w[words-1] = ^big.Word(0) // carries all the way up
		}
		return new(big.Int).SetBits(w)
	}
	for n := 0; n < 24; n++ {
		for alen := 0; alen < n+6; alen += 1 + alen/4 {
			for signs := 0; signs < 8; signs++ {
				for alias := 0; alias < 4; alias++ {
					x, y, a := rnd(n), rnd(1), rnd(alen)
					if signs&1 != 0 {
						x.Neg(x)
					}
					if signs&2 != 0 {
						y.Neg(y)
					}
					if signs&4 != 0 {
						a.Neg(a)
					}
					if alias&1 != 0 {
						x, y = y, x
					}
					want := new(big.Int).Mul(x, y)
					want.Add(want, a)
					mixed := a.Sign() != 0 && x.Sign()*y.Sign() != 0 && (a.Sign() < 0) != (x.Sign()*y.Sign() < 0)
					var z *big.Int
					switch alias {
					case 0, 1:
						z = new(big.Int).Set(rnd(3))
					case 2:
						z = a
					case 3:
						z = x
						if len(x.Bits()) == 1 {
							z = y
						}
					}
					before := new(big.Int).Set(z)
					ok := bigMulAdd(z, x, y, a)
					short := len(x.Bits()) < 4 && len(y.Bits()) < 4 || len(x.Bits()) != 1 && len(y.Bits()) != 1
					switch {
					case ok && (mixed || short):
						t.Fatalf("n=%d alen=%d signs=%d: took a sum it should refuse", n, alen, signs)
					case !ok && !mixed && !short:
						t.Fatalf("n=%d alen=%d signs=%d: refused %v * %v + %v", n, alen, signs, x, y, a)
					case ok && z.Cmp(want) != 0:
						t.Fatalf("n=%d alen=%d signs=%d alias=%d: %v * %v + %v = %v, want %v", n, alen, signs, alias, x, y, a, z, want)
					case !ok && z.Cmp(before) != 0:
						t.Fatalf("n=%d alen=%d signs=%d: refused but changed z", n, alen, signs)
					}
				}
			}
		}
	}
}

// TestBigSubMulAbs checks bigSubMulAbs against math/big's |x| - |y|*m for
// lengths around the unrolled loop's steps, x as long as y or a word
// longer, and multipliers that leave the difference just above or below
// zero.
func TestBigSubMulAbs(t *testing.T) {
	if !haveAddMulWords {
		t.Skip("no ADX")
	}
	r := rand.New(rand.NewSource(3))
	rnd := func(words int) *big.Int {
		w := make([]big.Word, words)
		for i := range w {
			w[i] = big.Word(r.Uint64())
		}
		return new(big.Int).SetBits(w)
	}
	for n := 1; n < 24; n++ {
		for extra := 0; extra < 2; extra++ {
			for trial := 0; trial < 20; trial++ {
				x, y := rnd(n+extra), rnd(n)
				if len(x.Bits()) != n+extra || len(y.Bits()) != n {
					continue // a zero top word
				}
				// m near |x| / |y| so that the difference is near zero.
				q := new(big.Int).Quo(x, y)
				if !q.IsUint64() {
					continue
				}
				m := big.Word(q.Uint64())
				switch trial % 4 {
				case 1:
					m++
				case 2:
					m = big.Word(r.Uint64())
				case 3:
					if m > 0 {
						m--
					}
				}
				want := new(big.Int).Mul(y, new(big.Int).SetUint64(uint64(m)))
				want.Sub(x, want)
				if r.Intn(2) == 0 {
					x.Neg(x)
				}
				if r.Intn(2) == 0 {
					y.Neg(y)
				}
				z := rnd(2)
				ok := bigSubMulAbs(z, x, y, m)
				canTake := n >= 4 && want.Sign() >= 0
				switch {
				case ok != canTake:
					t.Fatalf("n=%d extra=%d m=%d: ok=%v, want %v (difference %v)", n, extra, m, ok, canTake, want)
				case ok && z.Cmp(want) != 0:
					t.Fatalf("n=%d extra=%d m=%d: |%v| - |%v|*m = %v, want %v", n, extra, m, x, y, z, want)
				}
			}
		}
	}
}
