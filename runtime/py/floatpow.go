package py

import (
	"math"
	"math/big"

	"github.com/py2goasync/py2goasync/runtime/py/libm"
)

// floatPow is float ** float as CPython's float_pow computes it, over a
// pow with the platform C library's bits (libm.Pow): the special values
// first, a negative base with a fractional exponent gives a complex
// result, and an overflowing result raises OverflowError(34,
// 'Numerical result out of range') as the C library's ERANGE does there.
func floatPow(x, y float64) Object {
	r, c := floatPowF(x, y)
	if c != nil {
		return c
	}
	return BoxFloat(r)
}

// floatPowF is floatPow without boxing: the float result, or a non-nil
// complex result for a negative base with a fractional exponent.
func floatPowF(x, y float64) (float64, Object) {
	if r, ok := libm.PowCommon(x, y); ok {
		return r, nil
	}
	return floatPowSlow(x, y)
}

// floatPowSlow is floatPowF past libm.PowCommon.
func floatPowSlow(x, y float64) (float64, Object) {
	if y == 0 {
		return 1, nil
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return 1, nil
		}
		return y, nil
	}
	yOdd := math.Mod(math.Abs(y), 2) == 1
	if math.IsInf(y, 0) {
		ax := math.Abs(x)
		switch {
		case ax == 1:
			return 1, nil
		case (y > 0) == (ax > 1):
			return math.Inf(1), nil
		}
		return 0, nil
	}
	if math.IsInf(x, 0) {
		if y > 0 {
			if yOdd {
				return x, nil
			}
			return math.Abs(x), nil
		}
		if yOdd {
			return math.Copysign(0, x), nil
		}
		return 0, nil
	}
	if x == 0 {
		if y < 0 {
			panic(NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power"))
		}
		if yOdd {
			return x, nil
		}
		return 0, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			p, _ := cpow(complex(x, 0), complex(y, 0))
			return 0, Complex(p)
		}
		x = -x
		negate = yOdd
	}
	if x == 1 {
		if negate {
			return -1, nil
		}
		return 1, nil
	}
	r := libm.Pow(x, y)
	if math.IsInf(r, 0) {
		panic(NewException(OverflowErrorType, Int(34), Str("Numerical result out of range")))
	}
	if negate {
		r = -r
	}
	return r, nil
}

// bigToFloatChecked converts an int operand of a float power, raising
// OverflowError as CPython's int-to-float conversion does.
func bigToFloatChecked(b *big.Int) float64 {
	f := bigToFloat(b)
	if math.IsInf(f, 0) {
		panic(NewError(OverflowErrorType, "int too large to convert to float"))
	}
	return f
}
