package py

import (
	"math"
	"math/big"
	"testing"
)

// The unboxed int operations must agree with the generic ones on every
// pair of operands, at the edges of the 64-bit fast paths too: same value,
// same exception.
func TestTypedIntMatchesGenericOps(t *testing.T) {
	huge, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	values := []Object{Int(0), Int(1), Int(-1), Int(2), Int(-2), Int(7), Int(-7), Int(1 << 31), Int(-(1 << 31)),
		Int(1<<31 - 1), Int(1 << 62), Int(-(1 << 62)), Int(math.MaxInt64), Int(math.MinInt64), Int(math.MinInt64 + 1),
		NewBigInt(huge), NewBigInt(new(big.Int).Neg(huge)), Int(63), Int(64), Int(65)}
	ops := []struct {
		op BinOp
		fn func(a, b TypedInt) TypedInt
	}{
		{OpAdd, IAdd}, {OpSub, ISub}, {OpMul, IMul}, {OpFloorDiv, IFloorDiv}, {OpMod, IMod},
		{OpAnd, IAnd}, {OpOr, IOr}, {OpXor, IXor}, {OpLShift, ILShift}, {OpRShift, IRShift},
	}
	outcome := func(f func() Object) (Object, string) {
		var v Object
		var exc string
		func() {
			defer func() {
				if r := recover(); r != nil {
					exc = FormatExceptionOnly(Recovered(r))
				}
			}()
			v = f()
		}()
		return v, exc
	}
	for _, a := range values {
		for _, b := range values {
			for _, o := range ops {
				if bv, ok := b.(Int); (o.op == OpLShift || o.op == OpRShift) && (!ok || bv > 200) {
					continue // a huge shift count is not worth the memory
				}
				want, wantExc := outcome(func() Object { return Binary(o.op, a, b) })
				got, gotExc := outcome(func() Object { return o.fn(ToI(a), ToI(b)).Box() })
				if wantExc != gotExc || wantExc == "" && !CompareBool(want, got, OpEq) {
					t.Errorf("%s %v %s: got %v %q, want %v %q", Repr(a), o.op, Repr(b), got, gotExc, want, wantExc)
				}
				if x, ok := want.(Int); ok && wantExc == "" {
					if r := o.fn(ToI(a), ToI(b)); !r.small() || r.v != int64(x) {
						t.Errorf("%v: a result that fits, %d, not kept in v", o.op, x)
					}
				}
			}
			for _, op := range []CmpOp{OpLt, OpLe, OpEq, OpNe, OpGt, OpGe} {
				want := CompareBool(a, b, op)
				if got := ICompare(ToI(a), ToI(b), op); want != got {
					t.Errorf("%s %v %s: got %v, want %v", Repr(a), op, Repr(b), got, want)
				}
				if got := ICompareObj(ToI(a), b, op); want != got {
					t.Errorf("ICompareObj %s %v %s: got %v, want %v", Repr(a), op, Repr(b), got, want)
				}
				if got := IObjCompare(a, ToI(b), op); want != got {
					t.Errorf("IObjCompare %s %v %s: got %v, want %v", Repr(a), op, Repr(b), got, want)
				}
			}
		}
		if want, got := Repr(Neg(a)), Repr(INeg(ToI(a)).Box()); want != got {
			t.Errorf("-%s: got %s, want %s", Repr(a), got, want)
		}
		if want, got := Repr(Invert(a)), Repr(IInvert(ToI(a)).Box()); want != got {
			t.Errorf("~%s: got %s, want %s", Repr(a), got, want)
		}
	}
}

func TestTypedIntBoxesOnce(t *testing.T) {
	x := IOf(123456)
	a, b := BoxI(&x, "x"), BoxI(&x, "x")
	if a != b || a != Object(Int(123456)) {
		t.Fatalf("got %v, %v", a, b)
	}
	if n := testing.AllocsPerRun(100, func() { BoxI(&x, "x") }); n != 0 {
		t.Fatalf("a second BoxI allocated %v times", n)
	}
	x = IAdd(x, IOf(1))
	if got := BoxI(&x, "x"); got != Object(Int(123457)) {
		t.Fatalf("after a store: got %v", got)
	}
}

func TestTypedIntUnbound(t *testing.T) {
	defer func() {
		r := recover()
		if r == nil || FormatExceptionOnly(Recovered(r)) != "UnboundLocalError: cannot access local variable 'x' where it is not associated with a value" {
			t.Fatalf("got %v", r)
		}
	}()
	LocalI(UnboundI, "x")
}
