package alltests

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func ints(ns ...int) *py.List {
	l := py.NewList()
	for _, n := range ns {
		l.Items = append(l.Items, py.Int(n))
	}
	return l
}

func TestMoreModulesOracle(t *testing.T) {
	py.EnterMain()
	cases := []oracle.Case{
		{Py: `(lambda h: [heapq.heappush(h, x) for x in [5, 3, 8, 1, 9, 2, 7]] and h)([])`, Go: func() py.Object {
			h := py.NewList()
			for _, x := range []int{5, 3, 8, 1, 9, 2, 7} {
				oracle.Call("heapq", "heappush", h, I(x))
			}
			return h
		}},
		{Py: `(lambda l: (heapq.heapify(l), l, heapq.heappop(l), l)[1:])([9, 4, 7, 1, 8, 2, 6, 3])`, Go: func() py.Object {
			l := ints(9, 4, 7, 1, 8, 2, 6, 3)
			oracle.Call("heapq", "heapify", l)
			p := oracle.Call("heapq", "heappop", l)
			return py.NewTuple(l, p, l)
		}},
		{Py: `bisect.bisect_left([1, 3, 3, 5], 3), bisect.bisect_right([1, 3, 3, 5], 3), bisect.bisect([1, 3], 0)`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("bisect", "bisect_left", ints(1, 3, 3, 5), I(3)), oracle.Call("bisect", "bisect_right", ints(1, 3, 3, 5), I(3)), oracle.Call("bisect", "bisect", ints(1, 3), I(0)))
		}},
		{Py: `hashlib.sha256(b"abc").hexdigest(), hashlib.md5(b"").hexdigest(), hashlib.sha1(b"x").digest()`, Go: func() py.Object {
			return py.NewTuple(py.CallMethod(oracle.Call("hashlib", "sha256", py.Bytes("abc")), "hexdigest"),
				py.CallMethod(oracle.Call("hashlib", "md5", py.Bytes("")), "hexdigest"), py.CallMethod(oracle.Call("hashlib", "sha1", py.Bytes("x")), "digest"))
		}},
		{Py: `base64.b64encode(b"\x00\xffhi"), base64.b64decode(b"aGk="), base64.b32encode(b"ab")`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("base64", "b64encode", py.Bytes("\x00\xffhi")), oracle.Call("base64", "b64decode", py.Bytes("aGk=")), oracle.Call("base64", "b32encode", py.Bytes("ab")))
		}},
		{Py: `base64.b64decode("a")`, Go: func() py.Object { return oracle.Call("base64", "b64decode", S("a")) }},
		{Py: `(lambda a: (a, copy.deepcopy(a) == a, copy.deepcopy(a)[0] is a[0], copy.copy(a)[0] is a[0]))([[1], {"k": (2, [3])}])`, Go: func() py.Object {
			a := py.NewList(ints(1), py.DictFromPairs(S("k"), py.NewTuple(I(2), ints(3))))
			d := oracle.Call("copy", "deepcopy", a)
			c := oracle.Call("copy", "copy", a)
			return py.NewTuple(a, py.NewBool(py.Eq(d, a)), py.NewBool(py.GetItem(d, I(0)) == py.GetItem(a, I(0))), py.NewBool(py.GetItem(c, I(0)) == py.GetItem(a, I(0))))
		}},
		{Py: `(lambda s: (s.write("héllo\nworld"), s.getvalue(), s.seek(0), s.readline(), s.read(), s.tell()))(io.StringIO())`, Go: func() py.Object {
			s := oracle.Call("io", "StringIO")
			w := py.CallMethod(s, "write", S("héllo\nworld"))
			v := py.CallMethod(s, "getvalue")
			sk := py.CallMethod(s, "seek", I(0))
			return py.NewTuple(w, v, sk, py.CallMethod(s, "readline"), py.CallMethod(s, "read"), py.CallMethod(s, "tell"))
		}},
		{Py: `(lambda b: (b.write(b"ab"), b.getvalue()))(io.BytesIO(b"xyz"))`, Go: func() py.Object {
			b := oracle.Call("io", "BytesIO", py.Bytes("xyz"))
			return py.NewTuple(py.CallMethod(b, "write", py.Bytes("ab")), py.CallMethod(b, "getvalue"))
		}},
		{Py: `(lambda q: ([q.put(x) for x in [(3, "c"), (1, "a"), (2, "b")]], [q.get() for _ in range(3)], q.empty())[1:])(queue.PriorityQueue())`, Go: func() py.Object {
			q := oracle.Call("queue", "PriorityQueue")
			for _, x := range []py.Object{py.NewTuple(I(3), S("c")), py.NewTuple(I(1), S("a")), py.NewTuple(I(2), S("b"))} {
				py.CallMethod(q, "put", x)
			}
			got := py.NewList(py.CallMethod(q, "get"), py.CallMethod(q, "get"), py.CallMethod(q, "get"))
			return py.NewTuple(got, py.CallMethod(q, "empty"))
		}},
		{Py: `queue.Queue().get_nowait()`, Go: func() py.Object { return py.CallMethod(oracle.Call("queue", "Queue"), "get_nowait") }},
		{Py: `logging.getLevelName(20), logging.getLevelName("ERROR"), logging.getLogger("a.b").name, logging.getLogger("a.b").getEffectiveLevel()`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("logging", "getLevelName", I(20)), oracle.Call("logging", "getLevelName", S("ERROR")),
				py.GetAttr(oracle.Call("logging", "getLogger", S("a.b")), "name"), py.CallMethod(oracle.Call("logging", "getLogger", S("a.b")), "getEffectiveLevel"))
		}},
	}
	oracle.Run(t, "import heapq, bisect, hashlib, base64, copy, io, queue, logging", cases)
}

// dataclass and Enum applied to classes built the way translated class
// statements build them.
func TestDataclassAndEnumOracle(t *testing.T) {
	py.EnterMain()
	ns := py.NewDict()
	ns.SetStr("__annotations__", py.DictFromPairs(S("x"), py.IntType, S("y"), py.IntType))
	ns.SetStr("y", I(5))
	pt := py.NewClass("Pt", "Pt", "__main__", nil, ns)
	pt = py.CallKw(oracle.Attr("dataclasses", "dataclass"), []py.Object{py.True}, []string{"order"}).(py.Callable).Call([]py.Object{pt}, nil).(*py.Type)

	ens := py.NewDict()
	ens.SetStr("RED", I(1))
	ens.SetStr("GREEN", I(2))
	ens.SetStr("ALIAS", I(1))
	color := py.NewClass("Color", "Color", "__main__", []py.Object{oracle.Attr("enum", "Enum")}, ens)
	cases := []oracle.Case{
		{Py: `Pt(1), Pt(1, 2) < Pt(1, 3), Pt(2) == Pt(2, 5), dataclasses.asdict(Pt(7))`, Go: func() py.Object {
			return py.NewTuple(py.Call(pt, I(1)), py.Compare(py.Call(pt, I(1), I(2)), py.Call(pt, I(1), I(3)), py.OpLt),
				py.Compare(py.Call(pt, I(2)), py.Call(pt, I(2), I(5)), py.OpEq), oracle.Call("dataclasses", "asdict", py.Call(pt, I(7))))
		}},
		{Py: `Pt()`, Go: func() py.Object { return py.Call(pt) }},
		{Py: `list(Color), Color(2), Color["ALIAS"], Color.RED.name, str(Color.GREEN), len(Color)`, Go: func() py.Object {
			return py.NewTuple(py.NewList(py.AppendStar(nil, color)...), py.Call(color, I(2)), py.GetItem(color, S("ALIAS")),
				py.GetAttr(py.GetAttr(color, "RED"), "name"), py.Str(py.StrOf(py.GetAttr(color, "GREEN"))), py.Int(py.Len(color)))
		}},
		{Py: `Color(3)`, Go: func() py.Object { return py.Call(color, I(3)) }},
	}
	setup := `import dataclasses, enum
@dataclasses.dataclass(order=True)
class Pt:
    x: int
    y: int = 5
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1`
	oracle.Run(t, setup, cases)
}
