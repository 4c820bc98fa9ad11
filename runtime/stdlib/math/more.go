package math

import (
	"fmt"
	gomath "math"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/py/libm"
)

func realArg(o py.Object) float64 {
	f, ok := py.FloatValue(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("must be real number, not %s", o.Type().Name)))
	}
	return f
}

// addMore adds the functions of CPython 3.11's math the first version
// lacked. cbrt is Go's (correctly rounded): glibc's may differ by an ulp
// (math.cbrt(27) is 3.0000000000000004 there).
func addMore(m *py.Module) {
	one := func(name string, f func(x float64) float64) {
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 || len(args) != 1 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("math.%s() takes exactly one argument (%d given)", name, len(args))))
			}
			x := realArg(args[0])
			r := f(x)
			if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
				panic(py.NewError(py.OverflowErrorType, "math range error"))
			}
			return py.Float(r)
		})
	}
	one("cbrt", gomath.Cbrt)
	one("exp2", libm.Exp2)
	m.AddFunc("nextafter", func(args []py.Object, kw []string) py.Object {
		if len(kw) > 0 || len(args) != 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("nextafter expected 2 arguments, got %d", len(args))))
		}
		return py.Float(gomath.Nextafter(realArg(args[0]), realArg(args[1])))
	})
	m.AddFunc("ulp", func(args []py.Object, kw []string) py.Object {
		if len(kw) > 0 || len(args) != 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("math.ulp() takes exactly one argument (%d given)", len(args))))
		}
		x := realArg(args[0])
		if gomath.IsNaN(x) {
			return py.Float(x)
		}
		x = gomath.Abs(x)
		if gomath.IsInf(x, 0) {
			return py.Float(x)
		}
		x2 := gomath.Nextafter(x, gomath.Inf(1))
		if gomath.IsInf(x2, 0) {
			x2 = gomath.Nextafter(x, gomath.Inf(-1))
			return py.Float(x - x2)
		}
		return py.Float(x2 - x)
	})
}
