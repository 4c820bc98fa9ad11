package random

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestUnderscoreRandomOracle(t *testing.T) {
	py.EnterMain()
	R := func(args ...py.Object) py.Object { return py.Call(CoreType, args...) }
	oracle.Run(t, "import _random", []oracle.Case{
		{Py: `(lambda r: (r.random(), r.getrandbits(70), len(r.getstate()), r.getstate()[-1], r.getrandbits(0)))(_random.Random(5))`, Go: func() py.Object {
			r := R(py.Int(5))
			return py.NewTuple(py.CallMethod(r, "random"), py.CallMethod(r, "getrandbits", py.Int(70)), py.Int(py.Len(py.CallMethod(r, "getstate"))),
				py.GetItem(py.CallMethod(r, "getstate"), py.Int(-1)), py.CallMethod(r, "getrandbits", py.Int(0)))
		}},
		{Py: `[(lambda r: (r.seed(s), r.random())[1])(_random.Random()) for s in (-5, 2**100, 1.5, -2.25)]`, Go: func() py.Object {
			out := py.NewList()
			for _, s := range []py.Object{py.Int(-5), py.ParseIntLiteral("1267650600228229401496703205376"), py.Float(1.5), py.Float(-2.25)} {
				r := R()
				py.CallMethod(r, "seed", s)
				out.Items = append(out.Items, py.CallMethod(r, "random"))
			}
			return out
		}},
		{Py: `(lambda a, b: (b.setstate(a.getstate()), a.random() == b.random()))(_random.Random(7), _random.Random())`, Go: func() py.Object {
			a, b := R(py.Int(7)), R()
			return py.NewTuple(py.CallMethod(b, "setstate", py.CallMethod(a, "getstate")), py.Compare(py.CallMethod(a, "random"), py.CallMethod(b, "random"), py.OpEq))
		}},
		{Py: `_random.Random().setstate(1)`, Go: func() py.Object { return py.CallMethod(R(), "setstate", py.Int(1)) }},
		{Py: `_random.Random().setstate((1,) * 3)`, Go: func() py.Object { return py.CallMethod(R(), "setstate", py.Mul(py.NewTuple(py.Int(1)), py.Int(3))) }},
		{Py: `_random.Random().setstate((1,) * 624 + (700,))`, Go: func() py.Object {
			return py.CallMethod(R(), "setstate", py.Add(py.Mul(py.NewTuple(py.Int(1)), py.Int(624)), py.NewTuple(py.Int(700))))
		}},
		{Py: `_random.Random().getrandbits(-1)`, Go: func() py.Object { return py.CallMethod(R(), "getrandbits", py.Int(-1)) }},
		{Py: `_random.Random(1, 2)`, Go: func() py.Object { return R(py.Int(1), py.Int(2)) }},
		{Py: `_random.Random(x=1)`, Go: func() py.Object { return py.CallKw(CoreType, []py.Object{py.Int(1)}, []string{"x"}) }},
	})
}
