package gcmod

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestGCOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("gc", n, args...) }
	}
	I := func(i int) py.Object { return py.Int(i) }
	oracle.Run(t, "import gc", []oracle.Case{
		{Py: `gc.collect(3)`, Go: c("collect", I(3))},
		{Py: `gc.collect(-1)`, Go: c("collect", I(-1))},
		{Py: `gc.set_threshold()`, Go: c("set_threshold")},
		{Py: `gc.set_threshold(1, 2, 3, 4)`, Go: c("set_threshold", I(1), I(2), I(3), I(4))},
		{Py: `(gc.set_threshold(5), gc.get_threshold(), gc.set_threshold(700, 10, 10))`, Go: func() py.Object {
			return py.NewTuple(c("set_threshold", I(5))(), c("get_threshold")(), c("set_threshold", I(700), I(10), I(10))())
		}},
		{Py: `gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({1: 2}), gc.is_tracked({1: []}), gc.is_tracked((1,)), gc.is_tracked("s")`, Go: func() py.Object {
			d := py.NewDict()
			py.SetItem(d, I(1), I(2))
			d2 := py.NewDict()
			py.SetItem(d2, I(1), py.NewList())
			return py.NewTuple(c("is_tracked", I(1))(), c("is_tracked", py.NewList())(), c("is_tracked", py.NewDict())(), c("is_tracked", d)(), c("is_tracked", d2)(),
				c("is_tracked", py.NewTuple(I(1)))(), c("is_tracked", py.Str("s"))())
		}},
		{Py: `gc.get_referents([1, 2], (3,))`, Go: c("get_referents", py.NewList(I(1), I(2)), py.NewTuple(I(3)))},
		{Py: `gc.get_objects(5)`, Go: c("get_objects", I(5))},
		{Py: `gc.set_debug()`, Go: c("set_debug")},
		{Py: `gc.is_finalized(1), gc.get_debug(), gc.isenabled(), gc.get_freeze_count(), gc.garbage, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL, gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE`, Go: func() py.Object {
			return py.NewTuple(c("is_finalized", I(1))(), c("get_debug")(), c("isenabled")(), c("get_freeze_count")(), oracle.Attr("gc", "garbage"),
				oracle.Attr("gc", "DEBUG_LEAK"), oracle.Attr("gc", "DEBUG_SAVEALL"), oracle.Attr("gc", "DEBUG_STATS"), oracle.Attr("gc", "DEBUG_COLLECTABLE"), oracle.Attr("gc", "DEBUG_UNCOLLECTABLE"))
		}},
		{Py: `(gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())`, Go: func() py.Object {
			return py.NewTuple(c("disable")(), c("isenabled")(), c("enable")(), c("isenabled")())
		}},
		{Py: `gc.collect(generation=1)`, Go: func() py.Object {
			return py.CallKw(oracle.Attr("gc", "collect"), []py.Object{I(1)}, []string{"generation"})
		}},
		{Py: `sorted(n for n in dir(gc) if not n.startswith('__'))`, Go: func() py.Object {
			l := py.Call(py.LoadBuiltin("dir"), py.Import("gc")).(*py.List)
			out := py.NewList()
			for _, n := range l.Items {
				if s := string(n.(py.Str)); len(s) < 2 || s[:2] != "__" {
					out.Items = append(out.Items, n)
				}
			}
			return out
		}},
	})
}
