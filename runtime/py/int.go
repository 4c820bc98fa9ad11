package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unsafe"
)

// Int is a Python int that fits in 64 bits; arithmetic that overflows
// promotes to *BigInt, and results that fit are demoted back.
type Int int64

// BigInt is a Python int outside the int64 range.
type BigInt struct {
	v big.Int
	// own: the only reference to this object is an owned local's (see
	// Own in intarith.go).
	own bool
}

// Bool is Python's bool, a subclass of int.
type Bool bool

var IntType = newBuiltinType("int", ObjectType)
var BoolType = newBuiltinType("bool", IntType)

// True and False are the two bools.
var (
	True  Object = Bool(true)
	False Object = Bool(false)
)

func (Int) Type() *Type     { return IntType }
func (*BigInt) Type() *Type { return IntType }
func (Bool) Type() *Type    { return BoolType }

// The ints in [-5, smallIntMax] are preallocated: results in that range
// are returned without allocating (CPython shares [-5, 256], Go's own
// boxing [0, 255]). Their values are smallIntVals, one array in the
// binary's data (smallints_table.go, generated), and a box is the int
// type word with a pointer into it. Up to 2^16 because counters, indexes,
// code points and 16-bit arithmetic live there: a Richards scheduler boxed
// 11 MB of such ints in 1.4M chunks' slots, every byte of it fresh memory
// (a first touch of a page costs 10-15 us on the benchmark machines).
const smallIntLen = smallIntMax + 6

// smallIntAt is the box of the small int i-5 (i < smallIntLen).
func smallIntAt(i uint64) Object {
	return intAt(unsafe.Add(unsafe.Pointer(&smallIntVals), i*8))
}

// MakeInt boxes v, sharing the preallocated small ints; others are carved
// from a chunk (intSlot). The caller holds the GIL, as all Python code does.
func MakeInt(v int64) Object {
	var p unsafe.Pointer
	if i := uint64(v + 5); i < smallIntLen {
		p = unsafe.Add(unsafe.Pointer(&smallIntVals), i*8)
	} else {
		p = intSlot(v)
	}
	return intAt(p)
}

// NewBool converts a Go bool.
func NewBool(b bool) Object {
	if b {
		return True
	}
	return False
}

// NewBigInt wraps v, demoting it to Int when it fits.
func NewBigInt(v *big.Int) Object {
	if v.IsInt64() {
		return Int(v.Int64())
	}
	b := &BigInt{}
	b.v.Set(v)
	return b
}

// ownBigInt wraps v like NewBigInt without copying its digits: v must be
// a fresh value nothing else refers to (an operation's result).
func ownBigInt(v *big.Int) Object {
	if v.IsInt64() {
		return Int(v.Int64())
	}
	return &BigInt{v: *v}
}

// ParseIntLiteral makes an int from decimal digits (used for big literals).
func ParseIntLiteral(s string) Object {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic("py: bad int literal " + s)
	}
	return NewBigInt(v)
}

// asBig returns the value of an int-like object as *big.Int.
func asBig(o Object) *big.Int {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v))
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return &v.v
	}
	return nil
}

// intOf reports whether o is an int (or bool) that fits in int64.
func intOf(o Object) (int64, bool) {
	switch v := o.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func isIntLike(o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}

func intRepr(o Object) string {
	switch v := o.(type) {
	case Int:
		return strconv.FormatInt(int64(v), 10)
	case *BigInt:
		return bigDecimalString(&v.v)
	}
	return ""
}

func addInt(a, b int64) Object {
	s, carry := bits.Add64(uint64(a), uint64(b), 0)
	_ = carry
	r := int64(s)
	if (a >= 0) == (b >= 0) && (r >= 0) != (a >= 0) {
		return bigBinary(OpAdd, Int(a), Int(b))
	}
	return MakeInt(int64(r))
}

func subInt(a, b int64) Object {
	r := a - b
	if (a >= 0) != (b >= 0) && (r >= 0) != (a >= 0) {
		return bigBinary(OpSub, Int(a), Int(b))
	}
	return MakeInt(int64(r))
}

func mulInt(a, b int64) Object {
	if a == 0 || b == 0 {
		return Int(0)
	}
	hi, lo := bits.Mul64(uint64(absInt(a)), uint64(absInt(b)))
	if hi == 0 && lo <= math.MaxInt64 && a != math.MinInt64 && b != math.MinInt64 {
		r := int64(lo)
		if (a < 0) != (b < 0) {
			r = -r
		}
		return MakeInt(int64(r))
	}
	return bigBinary(OpMul, Int(a), Int(b))
}

func absInt(a int64) int64 {
	if a < 0 {
		return -a
	}
	return a
}

// floorDivInt and modInt use Python's floor semantics; b != 0.
func floorDivInt(a, b int64) Object {
	if a == math.MinInt64 && b == -1 {
		return NewBigInt(new(big.Int).Neg(big.NewInt(a)))
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return MakeInt(int64(q))
}

func modInt(a, b int64) Object {
	if b == -1 {
		return Int(0)
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return MakeInt(int64(m))
}

func bigFloorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int), new(big.Int)
	q.QuoRem(a, b, m)
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

func bigToFloat(b *big.Int) float64 {
	f, _ := new(big.Float).SetInt(b).Float64()
	return f
}
