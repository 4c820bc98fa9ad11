package py

import (
	"fmt"
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// intArithOperands are exact ints around every edge the big-int paths
// have: zero, signs, int64's limits, one word, several words.
func intArithOperands() []Object {
	p := func(s string) Object {
		v, _ := new(big.Int).SetString(s, 10)
		return NewBigInt(v)
	}
	return []Object{
		Int(0), Int(1), Int(-1), Int(2), Int(-3), Int(10), Int(-10), Int(1 << 40), Int(-1 << 40),
		Int(math.MaxInt64), Int(math.MinInt64), Int(math.MaxInt64 - 1), Int(math.MinInt64 + 1),
		p("9223372036854775808"), p("-9223372036854775809"), p("18446744073709551615"),
		p("18446744073709551616"), p("-18446744073709551616"), p("340282366920938463463374607431768211457"),
		p("-340282366920938463463374607431768211455"), p("123456789012345678901234567890123456789012345678901234567890"),
		p("-98765432109876543210987654321098765432109876543210987654321098765432109876543210"),
	}
}

// copyTmp is o as a temporary: a BigInt is copied into a fresh object the
// operation may take over.
func copyTmp(o Object) Tmp {
	if b, ok := o.(*BigInt); ok {
		c := new(BigInt)
		c.v.Set(&b.v)
		return Tmp{O: c, b: c}
	}
	return TV(o)
}

func tryObj(f func() Object) (r Object, exc *BaseException) {
	defer func() {
		if p := recover(); p != nil {
			exc = p.(*BaseException)
		}
	}()
	return f(), nil
}

// The operations on big ints, with and without temporaries, give what the
// generic big.Int path (bigOp) gives, never change an operand that is not
// a temporary, demote results that fit to Int, and never reuse a result
// that was handed out.
func TestBigArithMatchesReference(t *testing.T) {
	ops := []struct {
		op BinOp
		f  func(x, y Tmp) Tmp
	}{{OpAdd, AddT}, {OpSub, SubT}, {OpMul, MulT}, {OpFloorDiv, FloorDivT}, {OpMod, ModT}}
	vals := intArithOperands()
	type kept struct {
		o    Object
		repr string
	}
	var keep []kept
	check := func(what string, a, b, got Object, gotExc *BaseException, want Object, wantExc *BaseException) {
		t.Helper()
		if (gotExc == nil) != (wantExc == nil) {
			t.Fatalf("%s(%s, %s): exception %v, reference %v", what, Repr(a), Repr(b), gotExc, wantExc)
		}
		if gotExc != nil {
			if Repr(gotExc) != Repr(wantExc) {
				t.Fatalf("%s(%s, %s): %s, reference %s", what, Repr(a), Repr(b), Repr(gotExc), Repr(wantExc))
			}
			return
		}
		if Repr(got) != Repr(want) {
			t.Fatalf("%s(%s, %s) = %s, reference %s", what, Repr(a), Repr(b), Repr(got), Repr(want))
		}
		if bi, ok := got.(*BigInt); ok && bi.v.IsInt64() {
			t.Fatalf("%s(%s, %s) = %s is a BigInt that fits an Int", what, Repr(a), Repr(b), Repr(got))
		}
		keep = append(keep, kept{got, Repr(got)})
	}
	for _, a := range vals {
		for _, b := range vals {
			for _, o := range ops {
				a, b, o := a, b, o
				want, wantExc := tryObj(func() Object {
					if x, ok := intOf(a); ok {
						if y, ok := intOf(b); ok {
							return intOp(o.op, x, y)
						}
					}
					return bigOp(o.op, asBig(a), asBig(b))
				})
				ra, rb := Repr(a), Repr(b)
				got, exc := tryObj(func() Object { return Binary(o.op, a, b) })
				name := binSymbol[o.op]
				check(name, a, b, got, exc, want, wantExc)
				for mode := 0; mode < 4; mode++ {
					x, y := TV(a), TV(b)
					if mode&1 != 0 {
						x = copyTmp(a)
					}
					if mode&2 != 0 {
						y = copyTmp(b)
					}
					got, exc := tryObj(func() Object { return o.f(x, y).Obj() })
					check(fmt.Sprintf("%sT/%d", name, mode), a, b, got, exc, want, wantExc)
					// A temporary fed to a second operation in place.
					if exc == nil {
						got2, exc2 := tryObj(func() Object { return AddICT(MulT(copyTmp(got), TV(Int(3))), -1).Obj() })
						want2, _ := tryObj(func() Object { return Binary(OpSub, Binary(OpMul, want, Int(3)), Int(1)) })
						check(name+"T then *3-1", a, b, got2, exc2, want2, nil)
					}
				}
				if Repr(a) != ra || Repr(b) != rb {
					t.Fatalf("%s changed an operand: %s %s -> %s %s", name, ra, rb, Repr(a), Repr(b))
				}
			}
			for _, op := range []CmpOp{OpLt, OpLe, OpEq, OpNe, OpGt, OpGe} {
				want := Truth(Compare(a, b, op))
				if got := CompareBool(a, b, op); got != want {
					t.Fatalf("CompareBool(%s, %s, %d) = %v", Repr(a), Repr(b), op, got)
				}
				if got := CompareBoolT(copyTmp(a), copyTmp(b), op); got != want {
					t.Fatalf("CompareBoolT(%s, %s, %d) = %v", Repr(a), Repr(b), op, got)
				}
				if want != cmpResult(asBig(a).Cmp(asBig(b)), op) {
					t.Fatalf("Compare(%s, %s, %d) = %v", Repr(a), Repr(b), op, want)
				}
			}
			if isExactInt(a) && isExactInt(b) && !(b == Int(0)) {
				got := DivMod(a, b).(*Tuple)
				if Repr(got.Items[0]) != Repr(Binary(OpFloorDiv, a, b)) || Repr(got.Items[1]) != Repr(Binary(OpMod, a, b)) {
					t.Fatalf("divmod(%s, %s) = %s", Repr(a), Repr(b), Repr(got))
				}
			}
		}
	}
	for _, k := range keep {
		if Repr(k.o) != k.repr {
			t.Fatalf("a result changed after it was returned: %s became %s", k.repr, Repr(k.o))
		}
	}
}

// Values that are not fresh ints never become temporaries: a big int a
// generic operation hands back (here an operand itself, as a Python
// __add__ may return one) is not computed into.
func TestTmpOnlyFreshInts(t *testing.T) {
	v, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	shared := NewBigInt(v)
	r := MulT(TV(shared), TV(Int(3)))
	r2 := AddT(TV(r.Obj()), TV(Int(1)))
	if Repr(shared) != "1000000000000000000000000000000" || Repr(r.Obj()) != "3000000000000000000000000000000" || Repr(r2.Obj()) != "3000000000000000000000000000001" {
		t.Fatalf("shared %s, r %s, r2 %s", Repr(shared), Repr(r.Obj()), Repr(r2.Obj()))
	}
	// A float result or a str is never a temporary.
	if f := MulT(copyTmp(shared), TV(Float(0.5))); f.b != nil || Repr(f.Obj()) != "5e+29" {
		t.Fatalf("float product %s", Repr(f.Obj()))
	}
}

// An owned local's old big int goes to the pool when the variable held the
// only reference, and not once a generic operation handed it to other code
// (disownInts) or when it did not come fresh from arithmetic.
func TestOwnReleasesOnlyUnshared(t *testing.T) {
	v, _ := new(big.Int).SetString("5000000000000000000000000000000", 10)
	big5 := NewBigInt(v)
	bigPool.n = 0
	var q Object
	q = Own(q, MulT(TV(big5), TV(Int(3))))
	if !q.(*BigInt).own {
		t.Fatal("a fresh product stored by Own is not owned")
	}
	old := q
	q = Own(q, MulT(TV(q), TV(Int(2))))
	if bigPool.n != 1 || bigPool.free[0] != old.(*BigInt) || Repr(q) != "30000000000000000000000000000000" {
		t.Fatalf("old value not pooled: pool %d, q %s", bigPool.n, Repr(q))
	}
	bigPool.n, bigPool.free[0] = 0, nil
	// Handed to a comparison that is not between ints: shared from then on.
	kept := q
	Compare(q, Str("x"), OpEq)
	q = Own(q, MulT(TV(q), TV(Int(2))))
	if bigPool.n != 0 || Repr(kept) != "30000000000000000000000000000000" {
		t.Fatalf("a shared value was pooled (pool %d)", bigPool.n)
	}
	// A value from elsewhere is never owned.
	q = Own(q, TV(big5))
	q = Own(q, TV(Int(1)))
	if big5.(*BigInt).own || bigPool.n != 1 || Repr(big5) != "5000000000000000000000000000000" {
		t.Fatalf("a value stored from elsewhere was owned (pool %d)", bigPool.n)
	}
	bigPool.n, bigPool.free[0] = 0, nil
}

// TestQuoRemNear checks the one-word-quotient division against math/big's
// QuoRem on operands of both signs near its limits (quotients near 0 and
// 2**64, divisors with 0 or 63 spare bits in the top word).
func TestQuoRemNear(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	randBig := func(bitsN int) *big.Int {
		v := new(big.Int)
		for v.BitLen() < bitsN {
			v.Lsh(v, 32)
			v.Or(v, big.NewInt(rng.Int63n(1<<32)))
		}
		v.Rsh(v, uint(v.BitLen()-bitsN))
		if rng.Intn(3) == 0 {
			// Runs of one bits make the estimate's truncation matter.
			v.Sub(new(big.Int).Lsh(big.NewInt(1), uint(bitsN)), big.NewInt(int64(rng.Intn(3)+1)))
		}
		return v
	}
	done := 0
	for n := 0; n < 20000; n++ {
		ybits := 65 + rng.Intn(700)
		xbits := ybits - 70 + rng.Intn(140)
		if xbits < 1 {
			xbits = 1
		}
		x, y := randBig(xbits), randBig(ybits)
		if rng.Intn(4) == 0 {
			// x a multiple of y, or one off it.
			x.Mul(y, big.NewInt(rng.Int63()))
			x.Add(x, big.NewInt(int64(rng.Intn(3)-1)))
		}
		if rng.Intn(2) == 0 {
			x.Neg(x)
		}
		if rng.Intn(2) == 0 {
			y.Neg(y)
		}
		wq, wr := new(big.Int).QuoRem(x, y, new(big.Int))
		q, r := new(big.Int), new(big.Int)
		if !quoRemNear(q, r, x, y) {
			continue
		}
		done++
		if q.Cmp(wq) != 0 || r.Cmp(wr) != 0 {
			t.Fatalf("quoRemNear(%v, %v) = %v, %v; want %v, %v", x, y, q, r, wq, wr)
		}
	}
	if done < 5000 {
		t.Fatalf("only %d of 20000 divisions took the one-word path", done)
	}
}
