package cmath

import (
	"fmt"
	"math"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

var names = []string{"acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
	"log10", "sin", "sinh", "sqrt", "tan", "tanh"}

// pyFloat spells a float as a Python expression.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case f == 0 && math.Signbit(f):
		return "-0.0"
	}
	return fmt.Sprintf("%v", f)
}

// TestSpecialValues runs every function on the grid of special and
// ordinary values: results (signs of zeros included) and errors must be
// CPython's exactly.
func TestSpecialValues(t *testing.T) {
	py.EnterMain()
	vals := []float64{math.Inf(-1), -2.5, math.Copysign(0, -1), 0, 2.5, math.Inf(1), math.NaN()}
	var cases []oracle.Case
	for _, name := range names {
		for _, re := range vals {
			for _, im := range vals {
				name, re, im := name, re, im
				finite := !math.IsInf(re, 0) && !math.IsNaN(re) && !math.IsInf(im, 0) && !math.IsNaN(im)
				if finite && (re != 0 || im != 0) {
					continue // computed by libm: TestOrdinaryValues
				}
				cases = append(cases, oracle.Case{
					Py: fmt.Sprintf("parts(cmath.%s(complex(%s, %s)))", name, pyFloat(re), pyFloat(im)),
					Go: func() py.Object {
						return parts(oracle.Call("cmath", name, py.NewComplex(re, im)))
					},
				})
			}
		}
	}
	for _, r := range vals {
		for _, phi := range vals {
			r, phi := r, phi
			if r != 0 && phi != 0 && !math.IsInf(r, 0) && !math.IsNaN(r) && !math.IsInf(phi, 0) && !math.IsNaN(phi) {
				continue // r*cos(phi), r*sin(phi): libm's bits
			}
			cases = append(cases, oracle.Case{
				Py: fmt.Sprintf("parts(cmath.rect(%s, %s))", pyFloat(r), pyFloat(phi)),
				Go: func() py.Object { return parts(oracle.Call("cmath", "rect", py.Float(r), py.Float(phi))) },
			})
		}
		for _, im := range vals {
			r, im := r, im
			cases = append(cases, oracle.Case{
				Py: fmt.Sprintf("cmath.polar(complex(%s, %s)), cmath.phase(complex(%s, %s))", pyFloat(r), pyFloat(im), pyFloat(r), pyFloat(im)),
				Go: func() py.Object {
					z := py.NewComplex(r, im)
					return py.NewTuple(oracle.Call("cmath", "polar", z), oracle.Call("cmath", "phase", z))
				},
			})
		}
	}
	oracle.Run(t, "import cmath, math\nnan = float('nan'); inf = float('inf')\ndef parts(w): return (w.real, w.imag)", cases)
}

// parts is (w.real, w.imag): the repr shows the sign of a zero.
func parts(w py.Object) py.Object {
	return py.NewTuple(py.GetAttr(w, "real"), py.GetAttr(w, "imag"))
}

// TestOrdinaryValues compares finite results to 11 significant digits (Go's
// math and the C library may differ in the last bits) and the errors.
func TestOrdinaryValues(t *testing.T) {
	py.EnterMain()
	zs := []complex128{complex(2.5, 0), complex(-2.5, 0), complex(0, 2.5), complex(0, -2.5), complex(0.5, 0.25), complex(-3, 4), complex(1e-300, -1e-310), complex(2, -1e300),
		complex(1e308, 1e308), complex(-700, 1), complex(710, -0.5), complex(1, 0), complex(-1, 0),
		complex(0, 1), complex(0, -1), complex(5e-324, 5e-324), complex(0.9, 0.4), complex(1, 1e-170)}
	round := func(o py.Object) py.Object {
		return py.Str(py.PercentFormat("%.11g %.11g", py.NewTuple(py.GetAttr(o, "real"), py.GetAttr(o, "imag"))))
	}
	var cases []oracle.Case
	for _, name := range names {
		for _, z := range zs {
			name, z := name, z
			cases = append(cases, oracle.Case{
				Py: fmt.Sprintf("r(cmath.%s(complex(%s, %s)))", name, pyFloat(real(z)), pyFloat(imag(z))),
				Go: func() py.Object { return round(oracle.Call("cmath", name, py.Complex(z))) },
			})
		}
	}
	call := func(name string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("cmath", name, args...) }
	}
	callKw := func(name string, args []py.Object, kw ...string) func() py.Object {
		return func() py.Object { return py.CallKw(oracle.Attr("cmath", name), args, kw) }
	}
	cases = append(cases,
		oracle.Case{Py: `r(cmath.log(8, 2))`, Go: func() py.Object { return round(call("log", py.Int(8), py.Int(2))()) }},
		oracle.Case{Py: `cmath.log(0)`, Go: call("log", py.Int(0))},
		oracle.Case{Py: `cmath.log(1, 1)`, Go: call("log", py.Int(1), py.Int(1))},
		oracle.Case{Py: `cmath.log(1, "x")`, Go: call("log", py.Int(1), py.Str("x"))},
		oracle.Case{Py: `cmath.sqrt("a")`, Go: call("sqrt", py.Str("a"))},
		oracle.Case{Py: `cmath.sqrt(-1)`, Go: call("sqrt", py.Int(-1))},
		oracle.Case{Py: `cmath.sqrt(4)`, Go: call("sqrt", py.Int(4))},
		oracle.Case{Py: `cmath.rect(1j, 2)`, Go: call("rect", py.NewComplex(0, 1), py.Int(2))},
		oracle.Case{Py: `cmath.rect(2, 0)`, Go: call("rect", py.Int(2), py.Int(0))},
		oracle.Case{Py: `cmath.polar(1e308+1e308j)`, Go: call("polar", py.NewComplex(1e308, 1e308))},
		oracle.Case{Py: `cmath.exp(1000)`, Go: call("exp", py.Int(1000))},
		oracle.Case{Py: `cmath.cosh(1000+1j)`, Go: call("cosh", py.NewComplex(1000, 1))},
		oracle.Case{Py: `cmath.isclose(1+1j, 1+1.0000000001j)`, Go: call("isclose", py.NewComplex(1, 1), py.NewComplex(1, 1.0000000001))},
		oracle.Case{Py: `cmath.isclose(1j, 1.1j, rel_tol=0.2)`, Go: callKw("isclose", []py.Object{py.NewComplex(0, 1), py.NewComplex(0, 1.1), py.Float(0.2)}, "rel_tol")},
		oracle.Case{Py: `cmath.isclose(1j, 2j, abs_tol=-1)`, Go: callKw("isclose", []py.Object{py.NewComplex(0, 1), py.NewComplex(0, 2), py.Int(-1)}, "abs_tol")},
		oracle.Case{Py: `cmath.isclose(cmath.infj, cmath.infj), cmath.isclose(cmath.nanj, cmath.nanj)`, Go: func() py.Object {
			return py.NewTuple(call("isclose", oracle.Attr("cmath", "infj"), oracle.Attr("cmath", "infj"))(), call("isclose", oracle.Attr("cmath", "nanj"), oracle.Attr("cmath", "nanj"))())
		}},
		oracle.Case{Py: `cmath.isfinite(1+1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isnan(1)`, Go: func() py.Object {
			return py.NewTuple(call("isfinite", py.NewComplex(1, 1))(), call("isinf", oracle.Attr("cmath", "infj"))(), call("isnan", oracle.Attr("cmath", "nanj"))(), call("isnan", py.Int(1))())
		}},
		oracle.Case{Py: `cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj`, Go: func() py.Object {
			var items []py.Object
			for _, n := range []string{"pi", "e", "tau", "inf", "infj", "nan", "nanj"} {
				items = append(items, oracle.Attr("cmath", n))
			}
			return py.NewTuple(items...)
		}},
		oracle.Case{Py: `sorted(n for n in dir(cmath) if not n.startswith("_"))`, Go: func() py.Object {
			l := py.NewList(py.AppendStar(nil, py.Call(py.LoadBuiltin("dir"), py.Import("cmath")))...)
			var out []py.Object
			for _, n := range l.Items {
				if s := string(n.(py.Str)); s[0] != '_' {
					out = append(out, n)
				}
			}
			return py.Call(py.LoadBuiltin("sorted"), py.NewList(out...))
		}},
		oracle.Case{Py: `cmath.sqrt.__doc__`, Go: func() py.Object { return py.GetAttr(oracle.Attr("cmath", "sqrt"), "__doc__") }},
	)
	oracle.Run(t, "import cmath\nnan = float('nan'); inf = float('inf')\ndef r(w): return '%.11g %.11g' % (w.real, w.imag)", cases)
}
