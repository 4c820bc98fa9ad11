package py

import (
	"math"
	"strconv"
	"strings"
)

// Float is Python's float.
type Float float64

var FloatType = newBuiltinType("float", ObjectType)

func (Float) Type() *Type { return FloatType }

// FloatRepr formats f as CPython's repr does: the shortest string that
// round-trips, in scientific notation when the exponent is below -4 or at
// least 16, and always with a '.' or an exponent.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	digits := strconv.FormatFloat(f, 'e', -1, 64) // d.ddddde±XX
	mant, expStr, _ := strings.Cut(digits, "e")
	exp, _ := strconv.Atoi(expStr)
	if exp < -4 || exp >= 16 {
		if !strings.Contains(mant, ".") {
			// CPython prints 1e+16, not 1.0e+16.
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		return mant + "e" + sign + es
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}

func floatOf(o Object) (float64, bool) {
	switch v := o.(type) {
	case Float:
		return float64(v), true
	case Int:
		return float64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *BigInt:
		return bigToFloat(&v.v), true
	}
	return 0, false
}

func floatFloorDiv(a, b float64) float64 {
	if b == 0 {
		panic(NewError(ZeroDivisionErrorType, "float floor division by zero"))
	}
	return math.Floor(a / b)
}

func floatMod(a, b float64) float64 {
	if b == 0 {
		panic(NewError(ZeroDivisionErrorType, "float modulo"))
	}
	m := math.Mod(a, b)
	if m != 0 && (m < 0) != (b < 0) {
		m += b
	} else if m == 0 {
		m = math.Copysign(0, b)
	}
	return m
}
