// Package cmath is Python's cmath module: CPython's algorithms, with its
// C99 Annex G special values (tables.go) and its errors ("math domain
// error" where C99 signals divide-by-zero or invalid, "math range error"
// on overflow). The real functions underneath are Go's math, whose last
// bits may differ from the C library's.
package cmath

import (
	"math"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/py/libm"
)

type cval struct{ re, im float64 }

var (
	inf float64
	nan float64
	nz  float64
	pi  = math.Pi
	p12 = math.Pi / 2
	p14 = math.Pi / 4
	p34 = 3 * math.Pi / 4
	// u marks a table entry that is never read.
	u = cval{-9.5426319407711027e33, -9.5426319407711027e33}
)

const (
	ln2  = 0.6931471805599453094
	ln10 = 2.302585092994045684
)

var (
	largeDouble     = math.MaxFloat64 / 4
	sqrtLargeDouble float64
	logLargeDouble  float64
	sqrtDblMin      float64
)

const (
	dblMin      = 0x1p-1022
	dblMantDig  = 53
	scaleUp     = 2*(dblMantDig/2) + 1
	scaleDown   = -(scaleUp + 1) / 2
	errNone     = 0
	errDomain   = 1
	errRange    = 2
	stNInf      = 0
	stNeg       = 1
	stNZero     = 2
	stPZero     = 3
	stPos       = 4
	stPInf      = 5
	stNaN       = 6
	mathE       = math.E
	copysignOne = 1.0
)

func specialType(d float64) int {
	switch {
	case math.IsNaN(d):
		return stNaN
	case math.IsInf(d, 1):
		return stPInf
	case math.IsInf(d, -1):
		return stNInf
	case d == 0:
		if math.Signbit(d) {
			return stNZero
		}
		return stPZero
	case d < 0:
		return stNeg
	}
	return stPos
}

func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func special(z complex128, table *[7][7]cval) (complex128, bool) {
	if finite(real(z)) && finite(imag(z)) {
		return 0, false
	}
	v := table[specialType(real(z))][specialType(imag(z))]
	return complex(v.re, v.im), true
}

func neg(z complex128) complex128 { return complex(-real(z), -imag(z)) }

// mlog1p is m_log1p: log1p that keeps the sign of a zero.
func mlog1p(x float64) float64 {
	if x == 0 {
		return x
	}
	return math.Log1p(x)
}

func cAcos(z complex128) (complex128, int) {
	if r, ok := special(z, &acosSpecial); ok {
		return r, errNone
	}
	var re, im float64
	if math.Abs(real(z)) > largeDouble || math.Abs(imag(z)) > largeDouble {
		re = libm.Atan2(math.Abs(imag(z)), real(z))
		l := libm.Log(libm.Hypot(real(z)/2, imag(z)/2)) + ln2*2
		if real(z) < 0 {
			im = -math.Copysign(l, imag(z))
		} else {
			im = math.Copysign(l, -imag(z))
		}
	} else {
		s1, _ := cSqrt(complex(1-real(z), -imag(z)))
		s2, _ := cSqrt(complex(1+real(z), imag(z)))
		re = 2 * libm.Atan2(real(s1), real(s2))
		im = libm.Asinh(float64(real(s2)*imag(s1)) - float64(imag(s2)*real(s1)))
	}
	return complex(re, im), errNone
}

func cAcosh(z complex128) (complex128, int) {
	if r, ok := special(z, &acoshSpecial); ok {
		return r, errNone
	}
	var re, im float64
	if math.Abs(real(z)) > largeDouble || math.Abs(imag(z)) > largeDouble {
		re = libm.Log(libm.Hypot(real(z)/2, imag(z)/2)) + ln2*2
		im = libm.Atan2(imag(z), real(z))
	} else {
		s1, _ := cSqrt(complex(real(z)-1, imag(z)))
		s2, _ := cSqrt(complex(real(z)+1, imag(z)))
		re = libm.Asinh(float64(real(s1)*real(s2)) + float64(imag(s1)*imag(s2)))
		im = 2 * libm.Atan2(imag(s1), real(s2))
	}
	return complex(re, im), errNone
}

func cAsin(z complex128) (complex128, int) {
	s, e := cAsinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cAsinh(z complex128) (complex128, int) {
	if r, ok := special(z, &asinhSpecial); ok {
		return r, errNone
	}
	var re, im float64
	if math.Abs(real(z)) > largeDouble || math.Abs(imag(z)) > largeDouble {
		l := libm.Log(libm.Hypot(real(z)/2, imag(z)/2)) + ln2*2
		if imag(z) >= 0 {
			re = math.Copysign(l, real(z))
		} else {
			re = -math.Copysign(l, -real(z))
		}
		im = libm.Atan2(imag(z), math.Abs(real(z)))
	} else {
		s1, _ := cSqrt(complex(1+imag(z), -real(z)))
		s2, _ := cSqrt(complex(1-imag(z), real(z)))
		re = libm.Asinh(float64(real(s1)*imag(s2)) - float64(real(s2)*imag(s1)))
		im = libm.Atan2(imag(z), float64(real(s1)*real(s2))-float64(imag(s1)*imag(s2)))
	}
	return complex(re, im), errNone
}

func cAtan(z complex128) (complex128, int) {
	s, e := cAtanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

// cAtan2 is c_atan2: the phase, with C99's values for infinities.
func cAtan2(z complex128) float64 {
	x, y := real(z), imag(z)
	if math.IsNaN(x) || math.IsNaN(y) {
		return nan
	}
	if math.IsInf(y, 0) {
		if math.IsInf(x, 0) {
			if !math.Signbit(x) {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	}
	if math.IsInf(x, 0) || y == 0 {
		if !math.Signbit(x) {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	}
	return libm.Atan2(y, x)
}

func cAtanh(z complex128) (complex128, int) {
	if r, ok := special(z, &atanhSpecial); ok {
		return r, errNone
	}
	if real(z) < 0 {
		r, e := cAtanh(neg(z))
		return neg(r), e
	}
	ay := math.Abs(imag(z))
	x := real(z)
	switch {
	case x > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := libm.Hypot(x/2, imag(z)/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -imag(z))), errNone
	case x == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(inf, imag(z)), errDomain
		}
		return complex(-libm.Log(math.Sqrt(ay)/math.Sqrt(libm.Hypot(ay, 2))),
			math.Copysign(libm.Atan2(2, -ay)/2, imag(z))), errNone
	}
	re := mlog1p(4*x/(float64((1-x)*(1-x))+float64(ay*ay))) / 4
	im := -libm.Atan2(-2*imag(z), float64((1-x)*(1+x))-float64(ay*ay)) / 2
	return complex(re, im), errNone
}

func cCos(z complex128) (complex128, int) { return cCosh(complex(-imag(z), real(z))) }

func cCosh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(inf, libm.Cos(y)), math.Copysign(inf, libm.Sin(y)))
			} else {
				r = complex(math.Copysign(inf, libm.Cos(y)), -math.Copysign(inf, libm.Sin(y)))
			}
		} else {
			r, _ = special(z, &coshSpecial)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, errDomain
		}
		return r, errNone
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = libm.Cos(y) * libm.Cosh(xm1) * mathE
		im = libm.Sin(y) * libm.Sinh(xm1) * mathE
	} else {
		re = libm.Cos(y) * libm.Cosh(x)
		im = libm.Sin(y) * libm.Sinh(x)
	}
	return complex(re, im), overflowed(re, im)
}

func overflowed(re, im float64) int {
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return errRange
	}
	return errNone
}

func cExp(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(inf, libm.Cos(y)), math.Copysign(inf, libm.Sin(y)))
			} else {
				r = complex(math.Copysign(0, libm.Cos(y)), math.Copysign(0, libm.Sin(y)))
			}
		} else {
			r, _ = special(z, &expSpecial)
		}
		if math.IsInf(y, 0) && (finite(x) || math.IsInf(x, 1)) {
			return r, errDomain
		}
		return r, errNone
	}
	var re, im float64
	if x > logLargeDouble {
		l := libm.Exp(x - 1)
		re = l * libm.Cos(y) * mathE
		im = l * libm.Sin(y) * mathE
	} else {
		l := libm.Exp(x)
		re = l * libm.Cos(y)
		im = l * libm.Sin(y)
	}
	return complex(re, im), overflowed(re, im)
}

func cLog(z complex128) (complex128, int) {
	if r, ok := special(z, &logSpecial); ok {
		return r, errNone
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = libm.Log(libm.Hypot(ax/2, ay/2)) + ln2
	case ax < dblMin && ay < dblMin:
		if ax > 0 || ay > 0 {
			re = libm.Log(libm.Hypot(math.Ldexp(ax, dblMantDig), math.Ldexp(ay, dblMantDig))) - dblMantDig*ln2
		} else {
			return complex(math.Inf(-1), libm.Atan2(imag(z), real(z))), errDomain
		}
	default:
		h := libm.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = mlog1p(float64((am-1)*(am+1))+float64(an*an)) / 2
		} else {
			re = libm.Log(h)
		}
	}
	return complex(re, libm.Atan2(imag(z), real(z))), errNone
}

func cLog10(z complex128) (complex128, int) {
	r, e := cLog(z)
	return complex(real(r)/ln10, imag(r)/ln10), e
}

func cSin(z complex128) (complex128, int) {
	s, e := cSinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cSinh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			if x > 0 {
				r = complex(math.Copysign(inf, libm.Cos(y)), math.Copysign(inf, libm.Sin(y)))
			} else {
				r = complex(-math.Copysign(inf, libm.Cos(y)), math.Copysign(inf, libm.Sin(y)))
			}
		} else {
			r, _ = special(z, &sinhSpecial)
		}
		if math.IsInf(y, 0) && !math.IsNaN(x) {
			return r, errDomain
		}
		return r, errNone
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = libm.Cos(y) * libm.Sinh(xm1) * mathE
		im = libm.Sin(y) * libm.Cosh(xm1) * mathE
	} else {
		re = libm.Cos(y) * libm.Sinh(x)
		im = libm.Sin(y) * libm.Cosh(x)
	}
	return complex(re, im), overflowed(re, im)
}

func cSqrt(z complex128) (complex128, int) {
	if r, ok := special(z, &sqrtSpecial); ok {
		return r, errNone
	}
	if real(z) == 0 && imag(z) == 0 {
		return complex(0, imag(z)), errNone
	}
	ax, ay := math.Abs(real(z)), math.Abs(imag(z))
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(ax+libm.Hypot(ax, math.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+libm.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if real(z) >= 0 {
		return complex(s, math.Copysign(d, imag(z))), errNone
	}
	return complex(d, math.Copysign(s, imag(z))), errNone
}

func cTan(z complex128) (complex128, int) {
	s, e := cTanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

func cTanh(z complex128) (complex128, int) {
	x, y := real(z), imag(z)
	if !finite(x) || !finite(y) {
		var r complex128
		if math.IsInf(x, 0) && finite(y) && y != 0 {
			sc := 2 * libm.Sin(y) * libm.Cos(y)
			if x > 0 {
				r = complex(1, math.Copysign(0, sc))
			} else {
				r = complex(-1, math.Copysign(0, sc))
			}
		} else {
			r, _ = special(z, &tanhSpecial)
		}
		if math.IsInf(y, 0) && finite(x) {
			return r, errDomain
		}
		return r, errNone
	}
	if math.Abs(x) > logLargeDouble {
		return complex(math.Copysign(1, x), 4*libm.Sin(y)*libm.Cos(y)*libm.Exp(-2*math.Abs(x))), errNone
	}
	tx := libm.Tanh(x)
	ty := libm.Tan(y)
	cx := 1 / libm.Cosh(x)
	txty := tx * ty
	denom := 1 + float64(txty*txty)
	return complex(tx*(1+float64(ty*ty))/denom, ((ty/denom)*cx)*cx), errNone
}

func cRect(r, phi float64) (complex128, int) {
	if !finite(r) || !finite(phi) {
		var z complex128
		if math.IsInf(r, 0) && finite(phi) && phi != 0 {
			if r > 0 {
				z = complex(math.Copysign(inf, libm.Cos(phi)), math.Copysign(inf, libm.Sin(phi)))
			} else {
				z = complex(-math.Copysign(inf, libm.Cos(phi)), -math.Copysign(inf, libm.Sin(phi)))
			}
		} else {
			v := rectSpecial[specialType(r)][specialType(phi)]
			z = complex(v.re, v.im)
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, errDomain
		}
		return z, errNone
	}
	if phi == 0 {
		return complex(r, r*phi), errNone
	}
	return complex(r*libm.Cos(phi), r*libm.Sin(phi)), errNone
}

func result(z complex128, e int) py.Object {
	switch e {
	case errDomain:
		panic(py.NewError(py.ValueErrorType, "math domain error"))
	case errRange:
		panic(py.NewError(py.OverflowErrorType, "math range error"))
	}
	return py.Complex(z)
}

// toFloat is a "d" argument: a real number (no complex).
func toFloat(o py.Object) float64 {
	if _, ok := o.(py.Complex); ok {
		panic(py.NewError(py.TypeErrorType, "must be real number, not complex"))
	}
	c := py.ToComplex(o)
	return real(c)
}

func setup0() {
	py.RegisterModule("cmath", func(m *py.Module) {
		m.Set("__doc__", py.Str("This module provides access to mathematical functions for complex\nnumbers."))
		m.Set("pi", py.Float(math.Pi))
		m.Set("e", py.Float(math.E))
		m.Set("tau", py.Float(2*math.Pi))
		m.Set("inf", py.Float(inf))
		m.Set("infj", py.NewComplex(0, inf))
		m.Set("nan", py.Float(math.Abs(nan)))
		m.Set("nanj", py.NewComplex(0, nan))
		one := func(name, doc string, f func(complex128) (complex128, int)) {
			fn := m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"z"}, 1)
				if len(kw) > 0 {
					panic(py.NewError(py.TypeErrorType, name+"() takes no keyword arguments"))
				}
				return result(f(py.ToComplex(a[0])))
			})
			fn.Doc = doc
		}
		one("acos", "Return the arc cosine of z.", cAcos)
		one("acosh", "Return the inverse hyperbolic cosine of z.", cAcosh)
		one("asin", "Return the arc sine of z.", cAsin)
		one("asinh", "Return the inverse hyperbolic sine of z.", cAsinh)
		one("atan", "Return the arc tangent of z.", cAtan)
		one("atanh", "Return the inverse hyperbolic tangent of z.", cAtanh)
		one("cos", "Return the cosine of z.", cCos)
		one("cosh", "Return the hyperbolic cosine of z.", cCosh)
		one("exp", "Return the exponential value e**z.", cExp)
		one("log10", "Return the base-10 logarithm of z.", cLog10)
		one("sin", "Return the sine of z.", cSin)
		one("sinh", "Return the hyperbolic sine of z.", cSinh)
		one("sqrt", "Return the square root of z.", cSqrt)
		one("tan", "Return the tangent of z.", cTan)
		one("tanh", "Return the hyperbolic tangent of z.", cTanh)
		m.AddFunc("log", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "log() takes no keyword arguments"))
			}
			if len(args) < 1 || len(args) > 2 {
				panic(py.NewError(py.TypeErrorType, "log expected at least 1 argument, got 0"))
			}
			x, e := cLog(py.ToComplex(args[0]))
			if len(args) == 2 {
				y, e2 := cLog(py.ToComplex(args[1]))
				if e == errNone {
					e = e2
				}
				q, ok := py.ComplexQuot(x, y)
				if !ok && e == errNone {
					e = errDomain
				}
				x = q
			}
			return result(x, e)
		}).Doc = "log(z[, base]) -> the logarithm of z to the given base.\n\nIf the base is not specified, returns the natural logarithm (base e) of z."
		m.AddFunc("phase", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("phase", args, kw, []string{"z"}, 1)
			return py.Float(cAtan2(py.ToComplex(a[0])))
		}).Doc = "Return argument, also known as the phase angle, of a complex."
		m.AddFunc("polar", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("polar", args, kw, []string{"z"}, 1)
			z := py.ToComplex(a[0])
			phi := cAtan2(z)
			r, ok := py.ComplexAbs(z)
			if !ok {
				panic(py.NewError(py.OverflowErrorType, "math range error"))
			}
			return py.NewTuple(py.Float(r), py.Float(phi))
		}).Doc = "Convert a complex from rectangular coordinates to polar coordinates.\n\nr is the distance from 0 and phi the phase angle."
		m.AddFunc("rect", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "rect() takes no keyword arguments"))
			}
			if len(args) != 2 {
				panic(py.NewError(py.TypeErrorType, "rect expected 2 arguments, got "+py.Repr(py.Int(len(args)))))
			}
			return result(cRect(toFloat(args[0]), toFloat(args[1])))
		}).Doc = "Convert from polar coordinates to rectangular coordinates."
		pred := func(name, doc string, f func(z complex128) bool) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"z"}, 1)
				return py.NewBool(f(py.ToComplex(a[0])))
			}).Doc = doc
		}
		pred("isfinite", "Return True if both the real and imaginary parts of z are finite, else False.",
			func(z complex128) bool { return finite(real(z)) && finite(imag(z)) })
		pred("isnan", "Checks if the real or imaginary part of z not a number (NaN).",
			func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) })
		pred("isinf", "Checks if the real or imaginary part of z is infinite.",
			func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) })
		m.AddFunc("isclose", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("isclose", args, kw, []string{"a", "b", "rel_tol", "abs_tol"}, 2)
			if len(args)-len(kw) > 2 {
				panic(py.NewError(py.TypeErrorType, "isclose() takes exactly 2 positional arguments"))
			}
			x, y := py.ToComplex(a[0]), py.ToComplex(a[1])
			relTol, absTol := 1e-09, 0.0
			if a[2] != nil {
				relTol = toFloat(a[2])
			}
			if a[3] != nil {
				absTol = toFloat(a[3])
			}
			if relTol < 0 || absTol < 0 {
				panic(py.NewError(py.ValueErrorType, "tolerances must be non-negative"))
			}
			if x == y {
				return py.True
			}
			if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) || math.IsInf(real(y), 0) || math.IsInf(imag(y), 0) {
				return py.False
			}
			diff, _ := py.ComplexAbs(x - y)
			ax, _ := py.ComplexAbs(x)
			ay, _ := py.ComplexAbs(y)
			return py.NewBool(diff <= relTol*ay || diff <= relTol*ax || diff <= absTol)
		}).Doc = "Determine whether two complex numbers are close in value."
	})
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	inf = math.Inf(1)
	nan = math.NaN()
	nz = math.Copysign(0, -1)
	sqrtLargeDouble = math.Sqrt(largeDouble)
	logLargeDouble = libm.Log(largeDouble)
	sqrtDblMin = math.Sqrt(0x1p-1022)
}
