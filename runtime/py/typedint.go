package py

import (
	"math"
	"strconv"
)

// TypedInt is an int-typed local variable of translated code: a function variable
// that only ever holds ints (the translator proves it: see translate's
// intLocals) lives unboxed, so `total += i * 2 % 7` allocates nothing. A
// value that does not fit in 64 bits is kept as its object in o.
type TypedInt struct {
	v int64
	// o is nil while the value is v unboxed, the Int box of v once BoxI made
	// one (so a variable read boxed many times allocates at most once per
	// assignment), the value itself past 64 bits (a *BigInt), or
	// unboundMark before the variable's first assignment.
	o Object
}

// small reports whether the value is v (o is nil or v's box).
func (x *TypedInt) small() bool {
	if x.o == nil {
		return true
	}
	_, boxed := x.o.(Int)
	return boxed
}

// unboundMark is o of a variable not yet assigned.
type unboundMark struct{}

func (unboundMark) Type() *Type { return NoneTypeType }

// UnboundI is an int-typed variable before its first assignment.
var UnboundI = TypedInt{o: unboundMark{}}

// IOf is the int v.
func IOf(v int64) TypedInt { return TypedInt{v: v} }

// ToI converts an int object (an Int or a *BigInt).
func ToI(o Object) TypedInt {
	if x, ok := o.(Int); ok {
		// A small int's box is a table entry: leaving o nil keeps the
		// value on the fast paths of IAdd, ILt, ...
		if x >= -5 && x < 1025 {
			return TypedInt{v: int64(x)}
		}
		return TypedInt{v: int64(x), o: o}
	}
	return TypedInt{o: o}
}

// LocalI reads an int-typed variable, raising UnboundLocalError when it is
// not assigned.
func LocalI(x TypedInt, name string) TypedInt {
	if _, unbound := x.o.(unboundMark); unbound {
		unboundLocal(name)
	}
	return x
}

// BoxI reads an int-typed variable as an object (raising UnboundLocalError
// when it is not assigned), boxing its value once.
func BoxI(x *TypedInt, name string) Object { return boxISlow(x, name) }

// SmallI is x's box when x is an unboxed small int (a table entry: nothing
// to allocate or store), nil otherwise. Generated code reads an int-typed
// variable as py.BoxIOr(py.SmallI(v), &v, "v"): both are inlined, so the
// common read makes no call.
func SmallI(x TypedInt) Object {
	if x.o == nil && uint64(x.v+5) < smallIntLen {
		return smallIntAt(uint64(x.v + 5))
	}
	return nil
}

// BoxIOr is v, or (nil: SmallI missed) BoxI(x, name).
func BoxIOr(v Object, x *TypedInt, name string) Object {
	if v != nil {
		return v
	}
	return boxISlow(x, name)
}

func boxISlow(x *TypedInt, name string) Object {
	if x.o == nil {
		x.o = MakeInt(x.v)
	} else if _, unbound := x.o.(unboundMark); unbound {
		unboundLocal(name)
	}
	return x.o
}

// Box is x as an object.
func (x TypedInt) Box() Object {
	if x.o == nil {
		return MakeInt(x.v)
	}
	return x.o
}

// The operations take the fast path when both operands fit in 64 bits and
// the result does; anything else (overflow, big ints, division by zero)
// goes through the generic operation.

// FormatI is an int-typed value as an f-string field without conversion
// or spec ({n}, {n!s}, {n!r}: the same digits for an exact int), made
// without boxing the value or looking at its type.
func FormatI(x TypedInt) string {
	if x.o == nil {
		return strconv.FormatInt(x.v, 10)
	}
	return FormatValue(x.o, 0, "")
}

// FBuf builds an f-string with int-typed fields in a buffer on the
// caller's stack: the digits are appended in place, and the string is
// made once, where `a + b + c` of FormatI's strings made one string per
// field and one more for the whole.
type FBuf struct {
	n   int
	arr [96]byte
	big []byte // the text once it outgrew arr
}

// S appends a part already made (literal text or a formatted field).
func (b *FBuf) S(s string) {
	if b.big == nil && b.n+len(s) <= len(b.arr) {
		b.n += copy(b.arr[b.n:], s)
		return
	}
	b.grow()
	b.big = append(b.big, s...)
}

// I appends an int-typed field's digits.
func (b *FBuf) I(x TypedInt) {
	if x.o != nil {
		b.S(FormatValue(x.o, 0, ""))
		return
	}
	if b.big == nil && b.n+20 <= len(b.arr) {
		b.n += len(strconv.AppendInt(b.arr[b.n:b.n], x.v, 10))
		return
	}
	b.grow()
	b.big = strconv.AppendInt(b.big, x.v, 10)
}

func (b *FBuf) grow() {
	if b.big == nil {
		b.big = append(make([]byte, 0, 2*len(b.arr)), b.arr[:b.n]...)
	}
}

// String is the text built.
func (b *FBuf) String() string {
	if b.big != nil {
		return string(b.big)
	}
	return string(b.arr[:b.n])
}

func iSlow(op BinOp, a, b *TypedInt) TypedInt { return ToI(Binary(op, a.Box(), b.Box())) }

// IAdd, ISub, IMul and the comparisons test for two unboxed values (o
// nil) and a result in range without a branch on the type; the rest (a
// value boxed by BoxI or ToI, big ints, overflow) goes out of line.

func IAdd(a, b TypedInt) TypedInt {
	if r := a.v + b.v; a.o == nil && b.o == nil && (r^a.v)&(r^b.v) >= 0 {
		return TypedInt{v: r}
	}
	return iAddSlow(a, b)
}

// IAddK is a + c for a constant 0 <= c < 2**62 (the translator's choice
// for `x + 1`): a below 2**62 cannot overflow, so the fast path tests no
// sum and inlines at the call site.
func IAddK(a TypedInt, c int64) TypedInt {
	if a.o == nil && a.v < 1<<62 {
		return TypedInt{v: a.v + c}
	}
	return iAddKSlow(a, c)
}

//go:noinline
func iAddKSlow(a TypedInt, c int64) TypedInt { return iAddSlow(a, TypedInt{v: c}) }

// ISubK is a - c for a constant 0 <= c < 2**62, as IAddK.
func ISubK(a TypedInt, c int64) TypedInt {
	if a.o == nil && a.v > -1<<62 {
		return TypedInt{v: a.v - c}
	}
	return iSubKSlow(a, c)
}

//go:noinline
func iSubKSlow(a TypedInt, c int64) TypedInt { return iSubSlow(a, TypedInt{v: c}) }

func iAddSlow(a, b TypedInt) TypedInt {
	if r := a.v + b.v; a.small() && b.small() && (r^a.v)&(r^b.v) >= 0 {
		return TypedInt{v: r}
	}
	return iSlow(OpAdd, &a, &b)
}

func ISub(a, b TypedInt) TypedInt {
	if r := a.v - b.v; a.o == nil && b.o == nil && (a.v^b.v)&(a.v^r) >= 0 {
		return TypedInt{v: r}
	}
	return iSubSlow(a, b)
}

func iSubSlow(a, b TypedInt) TypedInt {
	if r := a.v - b.v; a.small() && b.small() && (a.v^b.v)&(a.v^r) >= 0 {
		return TypedInt{v: r}
	}
	return iSlow(OpSub, &a, &b)
}

// small bounds operands whose product cannot overflow.
const small = 1 << 31

func IMul(a, b TypedInt) TypedInt {
	// Both in (-2**31, 2**31): the offsets are below 2**32-1.
	if a.o == nil && b.o == nil && uint64(a.v+small-1) < 2*small-1 && uint64(b.v+small-1) < 2*small-1 {
		return TypedInt{v: a.v * b.v}
	}
	return iMulSlow(a, b)
}

// IMulK is a * c for a constant 0 <= c < 2**31, as IMul but inlined: an
// unboxed a in [0, 2**31) cannot overflow (one comparison keeps IMulK
// within the inliner's budget; a negative a takes the call).
func IMulK(a TypedInt, c int64) TypedInt {
	if a.o == nil && uint64(a.v) < 1<<31 {
		return TypedInt{v: a.v * c}
	}
	return iMulKSlow(a, c)
}

//go:noinline
func iMulKSlow(a TypedInt, c int64) TypedInt { return IMul(a, TypedInt{v: c}) }

func iMulSlow(a, b TypedInt) TypedInt {
	if a.small() && b.small() && a.v > -small && a.v < small && b.v > -small && b.v < small {
		return TypedInt{v: a.v * b.v}
	}
	return iSlow(OpMul, &a, &b)
}

func IFloorDiv(a, b TypedInt) TypedInt {
	if a.small() && b.small() && b.v > 0 {
		q := a.v / b.v
		if a.v < 0 && q*b.v != a.v {
			q--
		}
		return TypedInt{v: q}
	}
	return iSlow(OpFloorDiv, &a, &b)
}

func IMod(a, b TypedInt) TypedInt {
	if a.small() && b.small() && b.v > 0 {
		m := a.v % b.v
		if m < 0 {
			m += b.v
		}
		return TypedInt{v: m}
	}
	return iSlow(OpMod, &a, &b)
}

func IAnd(a, b TypedInt) TypedInt {
	if a.small() && b.small() {
		return TypedInt{v: a.v & b.v}
	}
	return iSlow(OpAnd, &a, &b)
}

func IOr(a, b TypedInt) TypedInt {
	if a.small() && b.small() {
		return TypedInt{v: a.v | b.v}
	}
	return iSlow(OpOr, &a, &b)
}

func IXor(a, b TypedInt) TypedInt {
	if a.small() && b.small() {
		return TypedInt{v: a.v ^ b.v}
	}
	return iSlow(OpXor, &a, &b)
}

func ILShift(a, b TypedInt) TypedInt { return iSlow(OpLShift, &a, &b) }

func IRShift(a, b TypedInt) TypedInt {
	if a.small() && b.small() && b.v >= 0 && b.v < 64 {
		return TypedInt{v: a.v >> b.v}
	}
	return iSlow(OpRShift, &a, &b)
}

func INeg(a TypedInt) TypedInt {
	if a.small() && a.v != math.MinInt64 {
		return TypedInt{v: -a.v}
	}
	return ToI(Neg(a.Box()))
}

func IInvert(a TypedInt) TypedInt {
	if a.small() {
		return TypedInt{v: ^a.v}
	}
	return ToI(Invert(a.Box()))
}

// ILt .. IGe are ICompare for one operator each.

func ILt(a, b TypedInt) bool {
	if a.o == nil && b.o == nil {
		return a.v < b.v
	}
	return iCompareSlow(a, b, OpLt)
}

func ILe(a, b TypedInt) bool {
	if a.o == nil && b.o == nil {
		return a.v <= b.v
	}
	return iCompareSlow(a, b, OpLe)
}

func IEq(a, b TypedInt) bool {
	if a.o == nil && b.o == nil {
		return a.v == b.v
	}
	return iCompareSlow(a, b, OpEq)
}

func INe(a, b TypedInt) bool {
	if a.o == nil && b.o == nil {
		return a.v != b.v
	}
	return iCompareSlow(a, b, OpNe)
}

func IGt(a, b TypedInt) bool {
	if a.o == nil && b.o == nil {
		return a.v > b.v
	}
	return iCompareSlow(a, b, OpGt)
}

func IGe(a, b TypedInt) bool {
	if a.o == nil && b.o == nil {
		return a.v >= b.v
	}
	return iCompareSlow(a, b, OpGe)
}

// iCompareSlow is not inlined: as a plain call it keeps ILt..IGe within
// Go's inlining budget, so their fast paths inline at the call sites.
//
//go:noinline
func iCompareSlow(a, b TypedInt, op CmpOp) bool { return ICompare(a, b, op) }

// ICompare is a comparison of two int-typed values.
func ICompare(a, b TypedInt, op CmpOp) bool {
	if a.small() && b.small() {
		switch op {
		case OpLt:
			return a.v < b.v
		case OpLe:
			return a.v <= b.v
		case OpEq:
			return a.v == b.v
		case OpNe:
			return a.v != b.v
		case OpGt:
			return a.v > b.v
		case OpGe:
			return a.v >= b.v
		}
	}
	return CompareBool(a.Box(), b.Box(), op)
}

// ICompareObj compares an int-typed value with any object (b), in that
// order; an Int on the other side still compares unboxed.
func ICompareObj(a TypedInt, b Object, op CmpOp) bool {
	if y, ok := b.(Int); ok {
		return ICompare(a, TypedInt{v: int64(y)}, op)
	}
	return CompareBool(a.Box(), b, op)
}

// IObjCompare compares any object (a) with an int-typed value.
func IObjCompare(a Object, b TypedInt, op CmpOp) bool {
	if x, ok := a.(Int); ok {
		return ICompare(TypedInt{v: int64(x)}, b, op)
	}
	return CompareBool(a, b.Box(), op)
}
