package py

import "github.com/py2goasync/py2goasync/runtime/py/libm"

// TypedFloat is a float-speculated local variable of translated code (see
// translate's floatLocals): a variable bound only to arithmetic results
// keeps a float unboxed, so `d2 = dx * dx + dy * dy` allocates nothing
// when dx and dy hold floats. Nothing is proven: the variable holds any
// object, and the operations take their float path only when their
// operands are floats (an int operand mixes in as Python's float
// arithmetic converts it), the generic operation otherwise.
type TypedFloat struct {
	f float64
	// o is nil while the value is f unboxed (ToF unboxes a float), f's
	// Float box once one was made (BoxF: a variable read boxed many times
	// allocates at most once per assignment), any other value itself, or
	// unboundMark before the first assignment. The operations test o ==
	// nil for their fast path, so a boxed f takes the slower float path
	// of fMixed.
	o Object
}

// UnboundF is a float-speculated variable before its first assignment.
var UnboundF = TypedFloat{o: unboundMark{}}

// FOf is the float v.
func FOf(v float64) TypedFloat { return TypedFloat{f: v} }

// ToF stores an object into a float-speculated variable.
func ToF(o Object) TypedFloat {
	if x, ok := o.(Float); ok {
		return TypedFloat{f: float64(x)}
	}
	return TypedFloat{o: o}
}

// ToFAttrOr is ToF(AttrOr(v, o, name, c)): a hit that is a float read
// unboxed at once, anything else (another value, a miss) out of line.
func ToFAttrOr(v, o Object, name string, c *AttrCache) TypedFloat {
	if x, ok := v.(Float); ok {
		return TypedFloat{f: float64(x)}
	}
	return toFAttrSlow(v, o, name, c)
}

//go:noinline
func toFAttrSlow(v, o Object, name string, c *AttrCache) TypedFloat {
	if v != nil {
		return TypedFloat{o: v}
	}
	return ToF(attrMiss(o, name, c))
}

// ToFItemOr is ToF(ItemOr(v, o, k)) for a subscript load in float code
// (v the inlined hit test's item, nil on a miss): a float hit is read
// unboxed at once, anything else (another value, a miss) out of line.
func ToFItemOr(v, o, k Object) TypedFloat {
	if x, ok := v.(Float); ok {
		return TypedFloat{f: float64(x)}
	}
	return toFItemSlow(v, o, k)
}

//go:noinline
func toFItemSlow(v, o, k Object) TypedFloat {
	if v != nil {
		return TypedFloat{o: v}
	}
	return ToF(GetItem(o, k))
}

// isF reports whether the value is the float f.
func (x *TypedFloat) isF() bool {
	if x.o == nil {
		return true
	}
	_, ok := x.o.(Float)
	return ok
}

// num reports the value as a float64 when it is a float or an int that
// converts exactly (which is what float arithmetic does with it).
func (x *TypedFloat) num() (float64, bool) {
	if x.o == nil {
		return x.f, true
	}
	switch v := x.o.(type) {
	case Float:
		return float64(v), true
	case Int:
		if v >= -1<<53 && v <= 1<<53 {
			return float64(v), true
		}
	}
	return 0, false
}

// LocalF reads a float-speculated variable, raising UnboundLocalError
// when it is not assigned.
func LocalF(x TypedFloat, name string) TypedFloat {
	if _, unbound := x.o.(unboundMark); unbound {
		unboundLocal(name)
	}
	return x
}

// BoxF reads a float-speculated variable as an object (raising
// UnboundLocalError when it is not assigned), boxing its value once.
func BoxF(x *TypedFloat, name string) Object {
	if x.o == nil {
		x.o = BoxFloat(x.f)
	} else if _, unbound := x.o.(unboundMark); unbound {
		unboundLocal(name)
	}
	return x.o
}

// Box is x as an object.
func (x TypedFloat) Box() Object {
	if x.o == nil {
		return BoxFloat(x.f)
	}
	return x.o
}

// The operations take the float path when one operand is a float and the
// other a float or an int (ints are exact in a double up to 2**53, past
// which the generic path converts them as CPython does); anything else
// goes through the generic operation: Binary, or Inplace for the
// augmented assignments (the FI* forms), which may mutate a list. Each
// operation is a small inlined test for two floats (f holds the value
// whenever o is nil or a Float) and a call for everything else.

// fMixed is the operands as float64s when one is a float and the other a
// float or an exactly convertible int.
func fMixed(a, b *TypedFloat) (x, y float64, ok bool) {
	if !a.isF() && !b.isF() {
		return 0, 0, false
	}
	x, ok1 := a.num()
	y, ok2 := b.num()
	return x, y, ok1 && ok2
}

func fSlow(op BinOp, a, b *TypedFloat) TypedFloat { return ToF(Binary(op, a.Box(), b.Box())) }
func fiSlow(op BinOp, a, b *TypedFloat) TypedFloat {
	return ToF(Inplace(op, a.Box(), b.Box()))
}

// fArith is the float arithmetic of + - * / on float64s (y != 0 for /).
func fArith(op BinOp, x, y float64) float64 {
	switch op {
	case OpAdd:
		return x + y
	case OpSub:
		return x - y
	case OpMul:
		return x * y
	}
	return x / y
}

// fOther is a op b for operands that are not both floats: mixed with an
// int, str concatenation, or the generic operation (inplace: Inplace).
// The operations' other cases, one function each and kept out of line:
// the operations then fit the inliner's budget.

// Two exact ints (speculated floats that were ints: deltablue's
// v1.value * scale.value + offset.value) are tested first in fAddOther,
// fSubOther and fMulOther, as fOtherOp would after its other tests.
//
//go:noinline
func fAddOther(a, b TypedFloat) TypedFloat {
	if x, ok := a.o.(Int); ok {
		if y, ok := b.o.(Int); ok {
			return TypedFloat{o: addInt(int64(x), int64(y))}
		}
	}
	return fOtherOp(OpAdd, &a, &b, false)
}

//go:noinline
func fSubOther(a, b TypedFloat) TypedFloat {
	if x, ok := a.o.(Int); ok {
		if y, ok := b.o.(Int); ok {
			return TypedFloat{o: subInt(int64(x), int64(y))}
		}
	}
	return fOtherOp(OpSub, &a, &b, false)
}

// fMulOther and fDivOther test an unboxed float with a small int (x *
// size) first, as fOtherOp does: scaling by an int is common, and the
// test here saves fOtherOp's call and its Python-object test.
//
//go:noinline
func fMulOther(a, b TypedFloat) TypedFloat {
	if y, ok := b.o.(Int); ok {
		if a.o == nil && y >= -1<<53 && y <= 1<<53 {
			return TypedFloat{f: a.f * float64(y)}
		}
		if x, ok := a.o.(Int); ok {
			return TypedFloat{o: mulInt(int64(x), int64(y))}
		}
	}
	return fOtherOp(OpMul, &a, &b, false)
}

//go:noinline
func fDivOther(a, b TypedFloat) TypedFloat {
	if y, ok := b.o.(Int); ok && a.o == nil && y >= -1<<53 && y <= 1<<53 && y != 0 {
		return TypedFloat{f: a.f / float64(y)}
	}
	return fOtherOp(OpTrueDiv, &a, &b, false)
}

//go:noinline
func fiAddOther(a, b TypedFloat) TypedFloat { return fOtherOp(OpAdd, &a, &b, true) }

//go:noinline
func fiSubOther(a, b TypedFloat) TypedFloat { return fOtherOp(OpSub, &a, &b, true) }

//go:noinline
func fiMulOther(a, b TypedFloat) TypedFloat { return fOtherOp(OpMul, &a, &b, true) }

//go:noinline
func fiDivOther(a, b TypedFloat) TypedFloat { return fOtherOp(OpTrueDiv, &a, &b, true) }

func fOtherOp(op BinOp, a, b *TypedFloat, inplace bool) TypedFloat {
	if x, ok := a.o.(*Instance); ok {
		// A Python object on the left (a vector's v - w): its methods,
		// as binaryOp goes to them.
		if inplace {
			return fiSlow(op, a, b)
		}
		return ToF(instBinaryOp(op, x, b.Box(), false))
	}
	// An unboxed float with a small int (x * size), before fMixed's tests.
	if a.o == nil {
		if y, ok := b.o.(Int); ok && y >= -1<<53 && y <= 1<<53 && (op != OpTrueDiv || y != 0) {
			return TypedFloat{f: fArith(op, a.f, float64(y))}
		}
	} else if b.o == nil {
		if x, ok := a.o.(Int); ok && x >= -1<<53 && x <= 1<<53 && (op != OpTrueDiv || b.f != 0) {
			return TypedFloat{f: fArith(op, float64(x), b.f)}
		}
	}
	// Two exact ints (speculated floats that were ints: a sum of int
	// attributes): int arithmetic, big past 64 bits, as Binary would.
	if x, ok := a.o.(Int); ok {
		if y, ok := b.o.(Int); ok {
			switch op {
			case OpTrueDiv:
				// Both exact in a double: one division rounds as int
				// true division does.
				if y != 0 && x >= -1<<53 && x <= 1<<53 && y >= -1<<53 && y <= 1<<53 {
					return TypedFloat{f: float64(x) / float64(y)}
				}
			case OpAdd:
				return TypedFloat{o: addInt(int64(x), int64(y))}
			case OpSub:
				return TypedFloat{o: subInt(int64(x), int64(y))}
			case OpMul:
				return TypedFloat{o: mulInt(int64(x), int64(y))}
			}
		}
	}
	if x, y, ok := fMixed(a, b); ok && (op != OpTrueDiv || y != 0) {
		return TypedFloat{f: fArith(op, x, y)}
	}
	if op == OpAdd && !inplace {
		if as, ok := a.o.(Str); ok {
			if bs, ok := b.o.(Str); ok {
				return TypedFloat{o: as + bs}
			}
		}
	}
	if inplace {
		return fiSlow(op, a, b)
	}
	return fSlow(op, a, b)
}

func FAdd(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		a.f += b.f
		return a
	}
	return fAddOther(a, b)
}

func FSub(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		a.f -= b.f
		return a
	}
	return fSubOther(a, b)
}

func FMul(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		a.f *= b.f
		return a
	}
	return fMulOther(a, b)
}

func FDiv(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil && b.f != 0 {
		a.f /= b.f
		return a
	}
	return fDivOther(a, b)
}

// FDivK is a / k for a float literal k other than zero (x / 2.0): no test
// of a divisor, so that it is inlined.
func FDivK(a TypedFloat, k float64) TypedFloat {
	if a.o == nil {
		return TypedFloat{f: a.f / k}
	}
	return fDivOther(a, TypedFloat{f: k})
}

// FDivKI is a / k for an int literal k, 0 < |k| <= 2**53 (x / 2): the
// float path divides by k exactly converted; anything else is FDiv's.
func FDivKI(a TypedFloat, k int64) TypedFloat {
	if a.o == nil {
		return TypedFloat{f: a.f / float64(k)}
	}
	return fDivOtherI(a, k)
}

// fDivOtherI is FDivKI past an unboxed float: a boxed float or an int
// (n / 2: both exact in a double, so one division rounds as int true
// division does) divided at once, anything else as FDiv divides.
//
//go:noinline
func fDivOtherI(a TypedFloat, k int64) TypedFloat {
	switch x := a.o.(type) {
	case Float:
		return TypedFloat{f: float64(x) / float64(k)}
	case Int:
		if x >= -1<<53 && x <= 1<<53 {
			return TypedFloat{f: float64(x) / float64(k)}
		}
	}
	return fDivOther(a, TypedFloat{o: MakeInt(k)})
}

// FPow is a ** b: a common exponent (libm.PowCommon) of a float first,
// with only the floats live across its call.
func FPow(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		if r, ok := libm.PowCommon(a.f, b.f); ok {
			return TypedFloat{f: r}
		}
		return fPowSlow(a.f, b.f)
	}
	return fPow(a, b, false)
}

// fPowSlow is float ** float past libm.PowCommon.
func fPowSlow(x, y float64) TypedFloat {
	r, c := floatPowSlow(x, y)
	if c != nil {
		return TypedFloat{o: c}
	}
	return TypedFloat{f: r}
}

// fPow is a ** b (inplace: a **= b).
func fPow(a, b TypedFloat, inplace bool) TypedFloat {
	if x, y, ok := fBoth(&a, &b); ok {
		r, c := floatPowF(x, y)
		if c != nil {
			return TypedFloat{o: c}
		}
		return TypedFloat{f: r}
	}
	if inplace {
		return fiSlow(OpPow, &a, &b)
	}
	return fSlow(OpPow, &a, &b)
}

func fBoth(a, b *TypedFloat) (x, y float64, ok bool) {
	if a.isF() && b.isF() {
		return a.f, b.f, true
	}
	return fMixed(a, b)
}

func FIAdd(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		a.f += b.f
		return a
	}
	return fiAddOther(a, b)
}

func FISub(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		a.f -= b.f
		return a
	}
	return fiSubOther(a, b)
}

func FIMul(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		a.f *= b.f
		return a
	}
	return fiMulOther(a, b)
}

func FIDiv(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil && b.f != 0 {
		a.f /= b.f
		return a
	}
	return fiDivOther(a, b)
}

func FIPow(a, b TypedFloat) TypedFloat {
	if a.o == nil && b.o == nil {
		if r, ok := libm.PowCommon(a.f, b.f); ok {
			return TypedFloat{f: r}
		}
		return fPowSlow(a.f, b.f)
	}
	return fPow(a, b, true)
}

// FNeg is -a.
func FNeg(a TypedFloat) TypedFloat {
	if a.o == nil {
		return TypedFloat{f: -a.f}
	}
	return fNegOther(&a)
}

func fNegOther(a *TypedFloat) TypedFloat {
	if a.isF() {
		return TypedFloat{f: -a.f}
	}
	return ToF(Neg(a.Box()))
}

// FCompare compares two values, at least one float-speculated.
func FCompare(a, b TypedFloat, op CmpOp) bool {
	if a.o == nil && b.o == nil {
		return cmpFloats(a.f, b.f, op)
	}
	return fCompareOther(&a, &b, op)
}

// FLt .. FGe are FCompare for one operator each, small enough to be
// inlined: two unboxed floats compare at the call, the rest out of line.
func FLt(a, b TypedFloat) bool {
	if a.o == nil && b.o == nil {
		return a.f < b.f
	}
	return fLtOther(a, b)
}

// FLe is a <= b (see FLt).
func FLe(a, b TypedFloat) bool {
	if a.o == nil && b.o == nil {
		return a.f <= b.f
	}
	return fLeOther(a, b)
}

// FEq is a == b (see FLt).
func FEq(a, b TypedFloat) bool {
	if a.o == nil && b.o == nil {
		return a.f == b.f
	}
	return fEqOther(a, b)
}

// FNe is a != b (see FLt).
func FNe(a, b TypedFloat) bool {
	if a.o == nil && b.o == nil {
		return a.f != b.f
	}
	return fNeOther(a, b)
}

// FGt is a > b (see FLt).
func FGt(a, b TypedFloat) bool {
	if a.o == nil && b.o == nil {
		return a.f > b.f
	}
	return fGtOther(a, b)
}

// FGe is a >= b (see FLt).
func FGe(a, b TypedFloat) bool {
	if a.o == nil && b.o == nil {
		return a.f >= b.f
	}
	return fGeOther(a, b)
}

// FLtI .. FGeI are FLt .. FGe with an int literal k, |k| <= 2**53, on
// the right (disc < 0): exact as a double, so an unboxed float compares
// with it as Python compares a float with an int; anything else is
// FCompare's.
func FLtI(a TypedFloat, k int64) bool {
	if a.o == nil {
		return a.f < float64(k)
	}
	return fCmpOtherI(a, k, OpLt)
}

func FLeI(a TypedFloat, k int64) bool {
	if a.o == nil {
		return a.f <= float64(k)
	}
	return fCmpOtherI(a, k, OpLe)
}

func FEqI(a TypedFloat, k int64) bool {
	if a.o == nil {
		return a.f == float64(k)
	}
	return fCmpOtherI(a, k, OpEq)
}

func FNeI(a TypedFloat, k int64) bool {
	if a.o == nil {
		return a.f != float64(k)
	}
	return fCmpOtherI(a, k, OpNe)
}

func FGtI(a TypedFloat, k int64) bool {
	if a.o == nil {
		return a.f > float64(k)
	}
	return fCmpOtherI(a, k, OpGt)
}

func FGeI(a TypedFloat, k int64) bool {
	if a.o == nil {
		return a.f >= float64(k)
	}
	return fCmpOtherI(a, k, OpGe)
}

//go:noinline
func fCmpOtherI(a TypedFloat, k int64, op CmpOp) bool {
	b := TypedFloat{o: MakeInt(k)}
	return fCompareOther(&a, &b, op)
}

//go:noinline
func fLtOther(a, b TypedFloat) bool { return fCompareOther(&a, &b, OpLt) }

//go:noinline
func fLeOther(a, b TypedFloat) bool { return fCompareOther(&a, &b, OpLe) }

//go:noinline
func fEqOther(a, b TypedFloat) bool { return fCompareOther(&a, &b, OpEq) }

//go:noinline
func fNeOther(a, b TypedFloat) bool { return fCompareOther(&a, &b, OpNe) }

//go:noinline
func fGtOther(a, b TypedFloat) bool { return fCompareOther(&a, &b, OpGt) }

//go:noinline
func fGeOther(a, b TypedFloat) bool { return fCompareOther(&a, &b, OpGe) }

func fCompareOther(a, b *TypedFloat, op CmpOp) bool {
	if x, y, ok := fMixed(a, b); ok {
		return cmpFloats(x, y, op)
	}
	return CompareBool(a.Box(), b.Box(), op)
}

// IntF is fn(x) for a call int(x) of a float-speculated value x (the
// translator's intOfFloat): while fn is the builtin int and x a float
// whose truncation fits in 64 bits, that int, with no Float box; anything
// else (a shadowed int, an int or other object, inf, nan, a big value) is
// the call itself.
func IntF(fn Object, x TypedFloat) Object {
	// A result among the preallocated small ints (a grid index) is the
	// case without a call, so nothing is kept across one.
	if x.o == nil && fn == Object(IntType) && x.f > -6 && x.f < smallIntLen-5 {
		return smallIntAt(uint64(int64(x.f) + 5))
	}
	return intFSlow(fn, x)
}

// intFSlow is IntF past a small result.
//
//go:noinline
func intFSlow(fn Object, x TypedFloat) Object {
	if x.o == nil && fn == Object(IntType) && x.f > -9.2e18 && x.f < 9.2e18 {
		return MakeInt(int64(x.f))
	}
	return Call1(fn, x.Box())
}
