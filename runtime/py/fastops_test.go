package py

import (
	"math"
	"math/big"
	"testing"
)

// The inlined int-literal operations give what the generic ones give, at
// the edges of the small-int table, of int64 and beyond it.
func TestFastOpsMatchGeneric(t *testing.T) {
	big1 := new(big.Int).Lsh(big.NewInt(1), 70)
	operands := []Object{
		Int(0), Int(1), Int(-1), Int(-5), Int(-6), Int(-4), Int(1024), Int(1025), Int(1023),
		Int(255), Int(256), Int(math.MaxInt64), Int(math.MinInt64), Int(math.MaxInt64 - 1),
		Int(math.MinInt64 + 1), Int(1 << 62), Int(-1 << 62), True, False, Float(2.5),
		Float(math.NaN()), NewBigInt(big1), Str("x"),
	}
	consts := []int64{0, 1, 2, -1, -2, 5, 6, -6, 1024, 1025, -1024, -1025, 1 << 30, -1 << 31, 1<<31 - 1}
	try := func(f func() Object) (r Object, exc *BaseException) {
		defer func() {
			if p := recover(); p != nil {
				exc = p.(*BaseException)
			}
		}()
		return f(), nil
	}
	same := func(what string, a Object, c int64, got, want func() Object) {
		t.Helper()
		g, ge := try(got)
		w, we := try(want)
		if (ge == nil) != (we == nil) {
			t.Fatalf("%s(%s, %d): exception %v vs %v", what, Repr(a), c, ge, we)
		}
		if ge != nil {
			if ge.Type() != we.Type() {
				t.Fatalf("%s(%s, %d): %s vs %s", what, Repr(a), c, ge.Type().Name, we.Type().Name)
			}
			return
		}
		if g.Type() != w.Type() || Repr(g) != Repr(w) {
			t.Fatalf("%s(%s, %d) = %s, generic gives %s", what, Repr(a), c, Repr(g), Repr(w))
		}
	}
	for _, a := range operands {
		for _, c := range consts {
			a, c := a, c
			same("AddIC", a, c, func() Object { return AddIC(a, Int(c)) }, func() Object { return Binary(OpAdd, a, Int(c)) })
			same("SubIC", a, c, func() Object { return SubIC(a, Int(c)) }, func() Object { return Binary(OpSub, a, Int(c)) })
			for _, op := range []struct {
				name string
				f    func(Object, int64) bool
				op   CmpOp
			}{{"LtIC", LtIC, OpLt}, {"LeIC", LeIC, OpLe}, {"GtIC", GtIC, OpGt}, {"GeIC", GeIC, OpGe}, {"EqIC", EqIC, OpEq}, {"NeIC", NeIC, OpNe}} {
				op := op
				same(op.name, a, c, func() Object { return NewBool(op.f(a, c)) }, func() Object { return NewBool(Truth(Compare(a, Int(c), op.op))) })
			}
		}
		for _, b := range operands {
			a, b := a, b
			same("Add", a, 0, func() Object { return Add(a, b) }, func() Object { return Binary(OpAdd, a, b) })
			same("Sub", a, 0, func() Object { return Sub(a, b) }, func() Object { return Binary(OpSub, a, b) })
		}
	}
}
