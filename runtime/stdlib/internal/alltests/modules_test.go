package alltests

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func S(s string) py.Object { return py.Str(s) }
func I(i int) py.Object    { return py.Int(i) }
func F(f float64) py.Object {
	return py.Float(f)
}

func call(mod, name string, args ...py.Object) func() py.Object {
	return func() py.Object { return oracle.Call(mod, name, args...) }
}

func callKw(mod, name string, args []py.Object, kw ...string) func() py.Object {
	return func() py.Object { return py.CallKw(oracle.Attr(mod, name), args, kw) }
}

func TestModulesOracle(t *testing.T) {
	py.EnterMain()
	cases := []oracle.Case{
		// math
		{Py: `math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7)`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("math", "sqrt", I(2)), oracle.Call("math", "floor", F(-2.5)), oracle.Call("math", "ceil", F(2.1)), oracle.Call("math", "trunc", F(-2.7)))
		}},
		{Py: `math.log(8, 2), math.log10(1000), math.exp(1), math.factorial(25), math.gcd(0, 0), math.lcm(4, 6)`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("math", "log", I(8), I(2)), oracle.Call("math", "log10", I(1000)), oracle.Call("math", "exp", I(1)),
				oracle.Call("math", "factorial", I(25)), oracle.Call("math", "gcd", I(0), I(0)), oracle.Call("math", "lcm", I(4), I(6)))
		}},
		{Py: `math.fsum([0.1] * 10), math.isclose(1.0, 1.0 + 1e-10), math.comb(52, 5), math.perm(5, 2), math.isqrt(99)`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("math", "fsum", py.Mul(py.NewList(F(0.1)), I(10))), oracle.Call("math", "isclose", F(1), F(1+1e-10)),
				oracle.Call("math", "comb", I(52), I(5)), oracle.Call("math", "perm", I(5), I(2)), oracle.Call("math", "isqrt", I(99)))
		}},
		{Py: `math.sqrt(-1)`, Go: call("math", "sqrt", I(-1))},
		{Py: `math.log(0)`, Go: call("math", "log", I(0))},
		{Py: `math.factorial(-1)`, Go: call("math", "factorial", I(-1))},
		{Py: `math.floor(float("inf"))`, Go: call("math", "floor", py.ToFloat(S("inf")))},
		{Py: `math.pi, math.e, math.tau, math.inf`, Go: func() py.Object {
			return py.NewTuple(oracle.Attr("math", "pi"), oracle.Attr("math", "e"), oracle.Attr("math", "tau"), oracle.Attr("math", "inf"))
		}},
		// functools
		{Py: `functools.partial(int, "42", base=8)`, Go: callKw("functools", "partial", []py.Object{py.IntType, S("42"), I(8)}, "base")},
		{Py: `functools.partial(functools.partial(max, 1), 5)(3)`, Go: func() py.Object {
			return py.Call(oracle.Call("functools", "partial", oracle.Call("functools", "partial", py.LoadBuiltin("max"), I(1)), I(5)), I(3))
		}},
		{Py: `functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])`, Go: func() py.Object {
			return oracle.Call("functools", "reduce", oracle.Attr("operator", "mul"), py.NewList(I(1), I(2), I(3), I(4)))
		}},
		{Py: `functools.reduce(max, [])`, Go: call("functools", "reduce", py.LoadBuiltin("max"), py.NewList())},
		// urllib.parse
		{Py: `urllib.parse.urlsplit("https://user:pw@Host.com:8443/a/b?q=1&r=2#frag")`, Go: call("urllib.parse", "urlsplit", S("https://user:pw@Host.com:8443/a/b?q=1&r=2#frag"))},
		{Py: `(lambda u: (u.hostname, u.port, u.username, u.password, u.geturl()))(urllib.parse.urlsplit("https://user:pw@Host.com:8443/a?q#f"))`, Go: func() py.Object {
			u := oracle.Call("urllib.parse", "urlsplit", S("https://user:pw@Host.com:8443/a?q#f"))
			return py.NewTuple(py.GetAttr(u, "hostname"), py.GetAttr(u, "port"), py.GetAttr(u, "username"), py.GetAttr(u, "password"), py.CallMethod(u, "geturl"))
		}},
		{Py: `urllib.parse.urlparse("http://h/p;x?q")`, Go: call("urllib.parse", "urlparse", S("http://h/p;x?q"))},
		{Py: `urllib.parse.urlsplit("mailto:x@y")`, Go: call("urllib.parse", "urlsplit", S("mailto:x@y"))},
		{Py: `urllib.parse.quote("a b/c?d=é"), urllib.parse.quote_plus("a b&c"), urllib.parse.unquote("a%20b%C3%A9")`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("urllib.parse", "quote", S("a b/c?d=é")), oracle.Call("urllib.parse", "quote_plus", S("a b&c")), oracle.Call("urllib.parse", "unquote", S("a%20b%C3%A9")))
		}},
		{Py: `urllib.parse.urlencode({"a": 1, "b": "x y"}), urllib.parse.parse_qs("a=1&a=2&b=3")`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("urllib.parse", "urlencode", py.DictFromPairs(S("a"), I(1), S("b"), S("x y"))), oracle.Call("urllib.parse", "parse_qs", S("a=1&a=2&b=3")))
		}},
		// operator
		{Py: `operator.add(1, 2), operator.itemgetter("k")({"k": 5}), operator.attrgetter("real")(3), operator.methodcaller("upper")("x")`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("operator", "add", I(1), I(2)), py.Call(oracle.Call("operator", "itemgetter", S("k")), py.DictFromPairs(S("k"), I(5))),
				py.Call(oracle.Call("operator", "attrgetter", S("real")), I(3)), py.Call(oracle.Call("operator", "methodcaller", S("upper")), S("x")))
		}},
		// os.path
		{Py: `os.path.join("/a", "b", "/c", "d"), os.path.split("/x/y/z.txt"), os.path.splitext("a/b.c.d"), os.path.dirname("/x/y/"), os.path.normpath("a//b/../c/.")`, Go: func() py.Object {
			return py.NewTuple(oracle.Call("os.path", "join", S("/a"), S("b"), S("/c"), S("d")), oracle.Call("os.path", "split", S("/x/y/z.txt")),
				oracle.Call("os.path", "splitext", S("a/b.c.d")), oracle.Call("os.path", "dirname", S("/x/y/")), oracle.Call("os.path", "normpath", S("a//b/../c/.")))
		}},
		// time
		{Py: `time.strftime("%Y-%m-%d %H:%M:%S %j %a %b", time.gmtime(1700000000))`, Go: func() py.Object {
			return oracle.Call("time", "strftime", S("%Y-%m-%d %H:%M:%S %j %a %b"), oracle.Call("time", "gmtime", I(1700000000)))
		}},
		{Py: `time.gmtime(0)`, Go: call("time", "gmtime", I(0))},
		{Py: `time.sleep(-1)`, Go: call("time", "sleep", I(-1))},
		// sys
		{Py: `sys.version_info[:3], sys.version_info.major, sys.maxsize, sys.byteorder, sys.getrecursionlimit()`, Go: func() py.Object {
			vi := oracle.Attr("sys", "version_info")
			return py.NewTuple(py.GetItem(vi, py.NewSlice(py.None, I(3), py.None)), py.GetAttr(vi, "major"), oracle.Attr("sys", "maxsize"), oracle.Attr("sys", "byteorder"), oracle.Call("sys", "getrecursionlimit"))
		}},
		{Py: `sys.exit(3)`, Go: call("sys", "exit", I(3))},
		// socket
		{Py: `(lambda s: (s.bind(("127.0.0.1", 0)), s.getsockname()[0], s.getsockname()[1] > 0, s.close())[1:3])(socket.socket(socket.AF_INET, socket.SOCK_STREAM))`, Go: func() py.Object {
			s := oracle.Call("socket", "socket", oracle.Attr("socket", "AF_INET"), oracle.Attr("socket", "SOCK_STREAM"))
			py.CallMethod(s, "bind", py.NewTuple(S("127.0.0.1"), I(0)))
			a := py.CallMethod(s, "getsockname")
			py.CallMethod(s, "close")
			return py.NewTuple(py.GetItem(a, I(0)), py.NewBool(py.CompareBool(py.GetItem(a, I(1)), I(0), py.OpGt)))
		}},
		// typing
		{Py: `typing.Optional[int], typing.Dict[str, typing.List[int]], typing.Any`, Go: func() py.Object {
			return py.NewTuple(py.GetItem(oracle.Attr("typing", "Optional"), py.IntType),
				py.GetItem(oracle.Attr("typing", "Dict"), py.NewTuple(py.StrType, py.GetItem(oracle.Attr("typing", "List"), py.IntType))), oracle.Attr("typing", "Any"))
		}},
		// signal
		{Py: `-signal.SIGTERM, signal.SIGINT + 0, str(signal.SIGINT), signal.getsignal(signal.SIGTERM), len(signal.Signals), signal.Signals(2)`, Go: func() py.Object {
			sig := oracle.Attr("signal", "SIGINT")
			return py.NewTuple(py.Neg(oracle.Attr("signal", "SIGTERM")), py.Add(sig, I(0)), py.Str(py.StrOf(sig)),
				oracle.Call("signal", "getsignal", oracle.Attr("signal", "SIGTERM")), py.Int(py.Len(oracle.Attr("signal", "Signals"))), py.Call(oracle.Attr("signal", "Signals"), I(2)))
		}},
		{Py: `signal.SIGINT, signal.SIGTERM, signal.getsignal(signal.SIGINT) is signal.default_int_handler`, Go: func() py.Object {
			return py.NewTuple(oracle.Attr("signal", "SIGINT"), oracle.Attr("signal", "SIGTERM"),
				py.NewBool(oracle.Call("signal", "getsignal", oracle.Attr("signal", "SIGINT")) == oracle.Attr("signal", "default_int_handler")))
		}},
	}
	setup := "import math, functools, urllib.parse, operator, string, os, time, sys, socket, typing, signal"
	oracle.Run(t, setup, cases)
}

// A Python-level signal handler runs on raise_signal.
func TestSignalHandler(t *testing.T) {
	py.EnterMain()
	var got []string
	h := py.NewBuiltin("h", func(args []py.Object, kw []string) py.Object {
		got = append(got, py.Repr(args[0]))
		return py.None
	})
	usr1 := oracle.Attr("signal", "SIGUSR1")
	old := oracle.Call("signal", "signal", usr1, h)
	oracle.Call("signal", "raise_signal", usr1)
	oracle.Call("signal", "signal", usr1, old)
	if len(got) != 1 || got[0] != "10" {
		t.Fatalf("handler calls: %v", got)
	}
}
