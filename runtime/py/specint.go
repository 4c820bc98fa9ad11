package py

import (
	"math"
	"math/bits"
)

// Speculated int trees (translate/inttmp.go specTmp). Nested int
// arithmetic `(i + j) * (i + j + 1) // 2 + i + 1` over local names and int
// literals is first computed over int64 with no boxing and no call: each
// leaf is read as an SI (ok when the local holds an exact int: not a bool,
// not a subclass instance, not a big int), each operation keeps ok while
// its operands were ok and its result is exact (no overflow past 64 bits,
// no zero divisor). When the whole tree is ok its value is the result; else
// the generated code computes the tree the ordinary way (the Tmp
// operations) from the start. Reading a local and int arithmetic on exact
// ints have no effect, so the abandoned attempt is unobservable; an
// unbound local reads as nil, which is no int.

// SI is a speculated int64: V is the value when E >= 0 (E < 0: a leaf
// was no exact int, or an operation overflowed or divided by zero; the
// flags of the operands are or-ed into their result, without a branch).
type SI struct {
	V, E int64
}

// OK reports whether s is exact.
func (s SI) OK() bool { return s.E >= 0 }

// SIOf is o as a speculated int.
func SIOf(o Object) SI {
	if v, ok := o.(Int); ok {
		return SI{int64(v), 0}
	}
	return SI{0, -1}
}

// SIC is the int literal c.
func SIC(c int64) SI { return SI{c, 0} }

// TI is the result of a speculated tree as a temporary.
func TI(v int64) Tmp { return Tmp{i: v} }

// SIAdd is a + b (the overflow test's sign bit is the flag).
func SIAdd(a, b SI) SI {
	s := a.V + b.V
	return SI{s, a.E | b.E | (s^a.V)&(s^b.V)}
}

// SISub is a - b.
func SISub(a, b SI) SI {
	s := a.V - b.V
	return SI{s, a.E | b.E | (a.V^b.V)&(a.V^s)}
}

// SIMul is a * b.
func SIMul(a, b SI) SI {
	hi, lo := bits.Mul64(uint64(a.V), uint64(b.V))
	// The signed high word: the unsigned one corrected for negative
	// factors; it must be the low word's sign extension.
	d := int64(hi) - (a.V>>63)&b.V - (b.V>>63)&a.V ^ int64(lo)>>63
	return SI{int64(lo), a.E | b.E | d | -d}
}

// SIFloorDiv is a // b, flooring; not exact for a zero divisor or past 64
// bits.
func SIFloorDiv(a, b SI) SI {
	if a.E|b.E < 0 || b.V == 0 || b.V == -1 && a.V == math.MinInt64 {
		return SI{0, -1}
	}
	q := a.V / b.V
	if (a.V%b.V != 0) && ((a.V < 0) != (b.V < 0)) {
		q--
	}
	return SI{q, 0}
}

// SIMod is a % b with the sign of b; not exact for a zero divisor.
func SIMod(a, b SI) SI {
	if a.E|b.E < 0 || b.V == 0 {
		return SI{0, -1}
	}
	if b.V == -1 {
		return SI{0, 0}
	}
	m := a.V % b.V
	if m != 0 && ((m < 0) != (b.V < 0)) {
		m += b.V
	}
	return SI{m, 0}
}

// SIRShiftK is a >> c for a literal 0 <= c < 64 (floor division by 2**c,
// as Go's signed shift is): never inexact.
func SIRShiftK(a SI, c int64) SI { return SI{a.V >> uint(c&63), a.E} }

// SIAndK is a & c for a literal c >= 0.
func SIAndK(a SI, c int64) SI { return SI{a.V & c, a.E} }

// TrueDivT is a / y for a temporary y: a float divided by an unboxed
// nonzero int is the IEEE quotient (the int converted as float.__truediv__
// converts it, rounding to nearest even); anything else is TrueDiv.
func TrueDivT(a Object, y Tmp) Object {
	if y.O == nil && y.i != 0 {
		if x, ok := a.(Float); ok {
			return BoxFloat(float64(x) / float64(y.i))
		}
	}
	return TrueDiv(a, y.Obj())
}
