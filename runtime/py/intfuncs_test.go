package py

import (
	"math"
	"math/big"
	"testing"
)

// i64Try runs f, reporting whether it bailed out.
func i64Try(f func() int64) (r int64, bailed bool) {
	defer func() {
		if e := recover(); e != nil {
			if _, ok := e.(i64Bail); !ok {
				panic(e)
			}
			bailed = true
		}
	}()
	return f(), false
}

// TestI64Ops checks the int64 operations of pure int functions against
// math/big with Python's floor semantics: each gives the exact result or
// bails out, and bails out only when the result does not fit (or on a
// zero divisor).
func TestI64Ops(t *testing.T) {
	vals := []int64{0, 1, -1, 2, -2, 3, -3, 7, -7, 1 << 31, -(1 << 31), 1 << 32, -(1 << 32),
		3037000499, 3037000500, -3037000500, math.MaxInt64, math.MinInt64, math.MaxInt64 - 1, math.MinInt64 + 1}
	floorDiv := func(a, b *big.Int) *big.Int {
		q, m := new(big.Int).QuoRem(a, b, new(big.Int))
		if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
			q.Sub(q, big.NewInt(1))
		}
		return q
	}
	mod := func(a, b *big.Int) *big.Int {
		_, m := new(big.Int).QuoRem(a, b, new(big.Int))
		if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
			m.Add(m, b)
		}
		return m
	}
	ops := []struct {
		name string
		f    func(a, b int64) int64
		want func(a, b *big.Int) *big.Int
	}{
		{"add", I64Add, func(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }},
		{"sub", I64Sub, func(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }},
		{"mul", I64Mul, func(a, b *big.Int) *big.Int { return new(big.Int).Mul(a, b) }},
		{"floordiv", I64FloorDiv, floorDiv},
		{"mod", I64Mod, mod},
		{"neg", func(a, _ int64) int64 { return I64Neg(a) }, func(a, _ *big.Int) *big.Int { return new(big.Int).Neg(a) }},
	}
	for _, op := range ops {
		for _, a := range vals {
			for _, b := range vals {
				r, bailed := i64Try(func() int64 { return op.f(a, b) })
				ba, bb := big.NewInt(a), big.NewInt(b)
				if bb.Sign() == 0 && (op.name == "floordiv" || op.name == "mod") {
					if !bailed {
						t.Errorf("%s(%d, %d) = %d, want a bail-out", op.name, a, b, r)
					}
					continue
				}
				w := op.want(ba, bb)
				switch {
				case w.IsInt64() && bailed:
					t.Errorf("%s(%d, %d) bailed out, want %s", op.name, a, b, w)
				case w.IsInt64() && r != w.Int64():
					t.Errorf("%s(%d, %d) = %d, want %s", op.name, a, b, r, w)
				case !w.IsInt64() && !bailed:
					t.Errorf("%s(%d, %d) = %d, want a bail-out (%s)", op.name, a, b, r, w)
				}
			}
		}
	}
}

// TestI64CallBails checks that I64Call reports a bail-out and lets other
// panics through.
func TestI64CallBails(t *testing.T) {
	if r, ok := I64Call1(func(a int64, _ int) int64 { return I64Add(a, 1) }, 41); !ok || r != Int(42) {
		t.Fatalf("I64Call1 = %v, %v", r, ok)
	}
	if _, ok := I64Call1(func(a int64, _ int) int64 { return I64Add(a, 1) }, math.MaxInt64); ok {
		t.Fatalf("I64Call1 of an overflow did not bail out")
	}
	defer func() {
		if e := recover(); e != "other" {
			t.Fatalf("recovered %v, want the other panic", e)
		}
	}()
	I64Call0(func(int) int64 { panic("other") })
}
