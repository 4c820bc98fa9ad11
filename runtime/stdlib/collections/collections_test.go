package collections_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/collections"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/itertools"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/operator"
)

func S(s string) py.Object { return py.Str(s) }
func I(i int) py.Object    { return py.Int(i) }

func TestCollectionsOracle(t *testing.T) {
	c := func(name string, args ...py.Object) py.Object { return oracle.Call("collections", name, args...) }
	it := func(name string, args ...py.Object) py.Object {
		return oracle.List(oracle.Call("itertools", name, args...))
	}
	cases := []oracle.Case{
		{Py: `collections.deque([1, 2, 3], 2)`, Go: func() py.Object { return c("deque", py.NewList(I(1), I(2), I(3)), I(2)) }},
		{Py: `(lambda d: (d.appendleft(0), d.rotate(-1), d)[2])(collections.deque("abc"))`, Go: func() py.Object {
			d := c("deque", S("abc"))
			py.CallMethod(d, "appendleft", I(0))
			py.CallMethod(d, "rotate", I(-1))
			return d
		}},
		{Py: `collections.deque().pop()`, Go: func() py.Object { return py.CallMethod(c("deque"), "pop") }},
		{Py: `collections.Counter("mississippi")`, Go: func() py.Object { return c("Counter", S("mississippi")) }},
		{Py: `collections.Counter("mississippi").most_common(2)`, Go: func() py.Object {
			return py.CallMethod(c("Counter", S("mississippi")), "most_common", I(2))
		}},
		{Py: `collections.Counter()`, Go: func() py.Object { return c("Counter") }},
		{Py: `collections.Counter("aab") & collections.Counter("abb")`, Go: func() py.Object {
			return py.Binary(py.OpAnd, c("Counter", S("aab")), c("Counter", S("abb")))
		}},
		{Py: `sorted(collections.Counter("aab").elements())`, Go: func() py.Object {
			return py.Call(py.LoadBuiltin("sorted"), py.CallMethod(c("Counter", S("aab")), "elements"))
		}},
		{Py: `collections.defaultdict(int, {"a": 1})`, Go: func() py.Object { return c("defaultdict", py.IntType, py.DictFromPairs(S("a"), I(1))) }},
		{Py: `collections.defaultdict(None)["x"]`, Go: func() py.Object { return py.GetItem(c("defaultdict", py.None), S("x")) }},
		{Py: `(lambda d: (d["k"], d)[1])(collections.defaultdict(list))`, Go: func() py.Object {
			d := c("defaultdict", py.ListType)
			py.GetItem(d, S("k"))
			return d
		}},
		{Py: `collections.OrderedDict([("a", 1), ("b", 2)])`, Go: func() py.Object {
			return c("OrderedDict", py.NewList(py.NewTuple(S("a"), I(1)), py.NewTuple(S("b"), I(2))))
		}},
		{Py: `collections.OrderedDict()`, Go: func() py.Object { return c("OrderedDict") }},
		{Py: `collections.namedtuple("Pt", ["x", "y"], defaults=[0])(1)`, Go: func() py.Object {
			nt := py.CallKw(oracle.Attr("collections", "namedtuple"), []py.Object{S("Pt"), py.NewList(S("x"), S("y")), py.NewList(I(0))}, []string{"defaults"})
			return py.Call(nt, I(1))
		}},
		{Py: `collections.namedtuple("Pt", "x _y")`, Go: func() py.Object { return c("namedtuple", S("Pt"), S("x _y")) }},
		{Py: `collections.namedtuple("Pt", "x y")(1, 2, 3)`, Go: func() py.Object { return py.Call(c("namedtuple", S("Pt"), S("x y")), I(1), I(2), I(3)) }},
		{Py: `collections.namedtuple("Pt", "x y")(1)`, Go: func() py.Object { return py.Call(c("namedtuple", S("Pt"), S("x y")), I(1)) }},
		{Py: `list(itertools.permutations(range(3)))`, Go: func() py.Object { return it("permutations", py.NewRange(0, 3, 1)) }},
		{Py: `list(itertools.combinations_with_replacement("ab", 2))`, Go: func() py.Object { return it("combinations_with_replacement", S("ab"), I(2)) }},
		{Py: `list(itertools.islice(range(20), 2, 15, 4))`, Go: func() py.Object { return it("islice", py.NewRange(0, 20, 1), I(2), I(15), I(4)) }},
		{Py: `[(k, len(list(g))) for k, g in itertools.groupby([1, 1, 2, 3, 3, 3, 1])]`, Go: func() py.Object {
			var out []py.Object
			g := py.GetIter(oracle.Call("itertools", "groupby", py.NewList(I(1), I(1), I(2), I(3), I(3), I(3), I(1))))
			for {
				kg, ok := py.Next(g)
				if !ok {
					break
				}
				p := py.AppendStar(nil, kg)
				out = append(out, py.NewTuple(p[0], py.Int(len(py.AppendStar(nil, p[1])))))
			}
			return py.NewList(out...)
		}},
		{Py: `list(itertools.accumulate([1, 2, 3], initial=10))`, Go: func() py.Object {
			return oracle.List(py.CallKw(oracle.Attr("itertools", "accumulate"), []py.Object{py.NewList(I(1), I(2), I(3)), I(10)}, []string{"initial"}))
		}},
		{Py: `list(itertools.pairwise("abcd"))`, Go: func() py.Object { return it("pairwise", S("abcd")) }},
		{Py: `operator.itemgetter(0, 2)("abc")`, Go: func() py.Object { return py.Call(oracle.Call("operator", "itemgetter", I(0), I(2)), S("abc")) }},
		{Py: `operator.itemgetter(1)`, Go: func() py.Object { return oracle.Call("operator", "itemgetter", I(1)) }},
	}
	oracle.Run(t, "import collections, itertools, operator", cases)
}
