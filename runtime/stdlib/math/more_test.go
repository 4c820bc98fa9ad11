package math

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestMathMoreOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("math", n, args...) }
	}
	F := func(f float64) py.Object { return py.Float(f) }
	inf := py.ToFloat(py.Str("inf"))
	oracle.Run(t, "import math", []oracle.Case{
		{Py: `math.cbrt(-8), math.cbrt(1.0), math.exp2(10), math.exp2(-1074)`, Go: func() py.Object {
			return py.NewTuple(c("cbrt", F(-8))(), c("cbrt", F(1))(), c("exp2", py.Int(10))(), c("exp2", py.Int(-1074))())
		}},
		{Py: `math.exp2(2000)`, Go: c("exp2", py.Int(2000))},
		{Py: `math.cbrt("x")`, Go: c("cbrt", py.Str("x"))},
		{Py: `math.nextafter(1, 2), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(float("inf")), math.ulp(-0.0), math.ulp(1.7976931348623157e308), math.ulp(5e-324)`, Go: func() py.Object {
			return py.NewTuple(c("nextafter", py.Int(1), py.Int(2))(), c("nextafter", F(0), F(-1))(), c("ulp", F(1))(), c("ulp", inf)(), c("ulp", py.Neg(F(0)))(),
				c("ulp", F(1.7976931348623157e308))(), c("ulp", F(5e-324))())
		}},
	})
}
