package alltests

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// syslog, spwd, faulthandler and _tracemalloc against CPython.
func TestSmallCModulesOracle(t *testing.T) {
	py.EnterMain()
	c := func(mod, n string, args ...py.Object) py.Object { return oracle.Call(mod, n, args...) }
	I := func(i int) py.Object { return py.Int(i) }
	sorted := func(m string) py.Object {
		l := py.NewList()
		py.Import(m).Dict.Items(func(k, v py.Object) bool {
			if py.Truth(py.CallMethod(k, "isupper")) {
				if _, ok := v.(py.Int); ok {
					l.Items = append(l.Items, py.NewTuple(k, v))
				}
			}
			return true
		})
		py.CallMethod(l, "sort")
		return l
	}
	oracle.Run(t, "import syslog, spwd, faulthandler, _tracemalloc, warnings\nwarnings.simplefilter('ignore')", []oracle.Case{
		{Py: `sorted((k, v) for k, v in vars(syslog).items() if k.isupper() and isinstance(v, int))`, Go: func() py.Object { return sorted("syslog") }},
		{Py: `syslog.LOG_MASK(3), syslog.LOG_UPTO(3), syslog.setlogmask(0), syslog.setlogmask(syslog.LOG_UPTO(7)), syslog.setlogmask(0xff)`, Go: func() py.Object {
			return py.NewTuple(c("syslog", "LOG_MASK", I(3)), c("syslog", "LOG_UPTO", I(3)), c("syslog", "setlogmask", I(0)), c("syslog", "setlogmask", c("syslog", "LOG_UPTO", I(7))), c("syslog", "setlogmask", I(0xff)))
		}},
		{Py: `syslog.openlog("py2go-test", 0, syslog.LOG_USER), syslog.syslog(syslog.LOG_DEBUG, "py2goasync test message"), syslog.closelog()`, Go: func() py.Object {
			return py.NewTuple(c("syslog", "openlog", py.Str("py2go-test"), I(0), oracle.Attr("syslog", "LOG_USER")), c("syslog", "syslog", oracle.Attr("syslog", "LOG_DEBUG"), py.Str("py2goasync test message")), c("syslog", "closelog"))
		}},
		{Py: `syslog.syslog(1)`, Go: func() py.Object { return c("syslog", "syslog", I(1)) }},
		{Py: `spwd.getspnam("nobodyxx")`, Go: func() py.Object { return c("spwd", "getspnam", py.Str("nobodyxx")) }},
		{Py: `spwd.getspall(), spwd.struct_spwd.n_fields, spwd.struct_spwd.n_sequence_fields`, Go: func() py.Object {
			return py.NewTuple(c("spwd", "getspall"), py.GetAttr(oracle.Attr("spwd", "struct_spwd"), "n_fields"), py.GetAttr(oracle.Attr("spwd", "struct_spwd"), "n_sequence_fields"))
		}},
		{Py: `faulthandler.is_enabled(), faulthandler.enable(), faulthandler.is_enabled(), faulthandler.disable(), faulthandler.disable(), faulthandler.cancel_dump_traceback_later()`, Go: func() py.Object {
			return py.NewTuple(c("faulthandler", "is_enabled"), c("faulthandler", "enable"), c("faulthandler", "is_enabled"), c("faulthandler", "disable"), c("faulthandler", "disable"), c("faulthandler", "cancel_dump_traceback_later"))
		}},
		{Py: `faulthandler.dump_traceback_later(-1)`, Go: func() py.Object { return c("faulthandler", "dump_traceback_later", I(-1)) }},
		{Py: `faulthandler.register(11)`, Go: func() py.Object { return c("faulthandler", "register", I(11)) }},
		{Py: `faulthandler.register(10), faulthandler.unregister(10), faulthandler.unregister(10)`, Go: func() py.Object {
			return py.NewTuple(c("faulthandler", "register", I(10)), c("faulthandler", "unregister", I(10)), c("faulthandler", "unregister", I(10)))
		}},
		{Py: `_tracemalloc.start(0)`, Go: func() py.Object { return c("_tracemalloc", "start", I(0)) }},
		{Py: `_tracemalloc.is_tracing(), _tracemalloc.start(5), _tracemalloc.is_tracing(), _tracemalloc.get_traceback_limit(), _tracemalloc.stop(), _tracemalloc.is_tracing(), _tracemalloc._get_object_traceback(1)`, Go: func() py.Object {
			return py.NewTuple(c("_tracemalloc", "is_tracing"), c("_tracemalloc", "start", I(5)), c("_tracemalloc", "is_tracing"), c("_tracemalloc", "get_traceback_limit"),
				c("_tracemalloc", "stop"), c("_tracemalloc", "is_tracing"), c("_tracemalloc", "_get_object_traceback", I(1)))
		}},
	})
}

// _imp.source_hash (SipHash-1-3), _sre.compile and _warnings.filters
// against CPython.
func TestImpSreWarningsOracle(t *testing.T) {
	py.EnterMain()
	c := func(mod, n string, args ...py.Object) py.Object { return oracle.Call(mod, n, args...) }
	hashes := func() py.Object {
		l := py.NewList()
		for n := 0; n < 20; n++ {
			src := make([]byte, n)
			for i := range src {
				src[i] = byte('a' + i)
			}
			l.Items = append(l.Items, c("_imp", "source_hash", py.Int(3495), py.Bytes(src)))
		}
		l.Items = append(l.Items, c("_imp", "source_hash", py.Int(-1), py.Bytes("x")))
		return l
	}
	oracle.Run(t, "import _imp, _sre, _warnings, re", []oracle.Case{
		{Py: `[_imp.source_hash(3495, bytes(range(97, 97 + n))) for n in range(20)] + [_imp.source_hash(-1, b"x")]`, Go: hashes},
		{Py: `_sre.compile("a(b)c", re.I | re.U, re._compiler._code(re._parser.parse("a(b)c", re.I | re.U), re.I | re.U), 1, {}, (None, None)).match("ABC").group(1)`, Go: func() py.Object {
			p := c("_sre", "compile", py.Str("a(b)c"), py.Int(2|32), py.NewList(), py.Int(1), py.NewDict(), py.NewTuple(py.None))
			return py.CallMethod(py.CallMethod(p, "match", py.Str("ABC")), "group", py.Int(1))
		}},
		{Py: `[(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in _warnings.filters]`, Go: func() py.Object {
			l := py.NewList()
			for _, f := range py.AppendStar(nil, oracle.Attr("_warnings", "filters")) {
				it := py.AppendStar(nil, f)
				l.Items = append(l.Items, py.NewTuple(it[0], it[1], py.GetAttr(it[2], "__name__"), it[3], it[4]))
			}
			return l
		}},
	})
}

// UTF-7 against CPython's codec: encoding, decoding (final or not), and
// the errors of malformed input under strict, replace and ignore.
func TestUTF7Oracle(t *testing.T) {
	py.EnterMain()
	texts := []string{"", "a+b", "A≢Α.", "Hi Mom -☺-!", "日本語", "\U0001F600x", "~\\", "€-", "€a", "€ ", "€",
		"\t\r\n x", "+++", "a\x00b\x7f", "€€€€€", "-€-", "é/", "éA", "\U0010FFFF"}
	inputs := []string{"+AGEAYgBj-", "+AGE", "+AG", "+-", "+!", "a~b", "+2D3eAA-", "+2D0-x", "+AGEA", "\xff", "+ZeVnLIqe-",
		"+AGF-", "+AGEA-", "+2D0", "+2D0AYQ-", "a+", "+AG\xff", "+AGE\xffz", "+2D3e-", "+ImIDkQ.", "+AGEAYg", "x+2D3eAA"}
	var cases []oracle.Case
	for _, s := range texts {
		s := s
		cases = append(cases, oracle.Case{Py: "_codecs.utf_7_encode(" + py.Repr(py.Str(s)) + ")", Go: func() py.Object {
			return oracle.Call("_codecs", "utf_7_encode", py.Str(s))
		}})
	}
	for _, in := range inputs {
		for _, errs := range []string{"strict", "replace", "ignore"} {
			for _, final := range []bool{true, false} {
				in, errs, final := in, errs, final
				pyFinal := "False"
				if final {
					pyFinal = "True"
				}
				cases = append(cases, oracle.Case{Py: "_codecs.utf_7_decode(" + py.Repr(py.Bytes(in)) + ", '" + errs + "', " + pyFinal + ")", Go: func() py.Object {
					return oracle.Call("_codecs", "utf_7_decode", py.Bytes(in), py.Str(errs), py.NewBool(final))
				}})
			}
		}
	}
	oracle.Run(t, "import _codecs", cases)
}

// importlib.util.source_hash against CPython.
func TestImportlibSourceHashOracle(t *testing.T) {
	py.EnterMain()
	oracle.Run(t, "import importlib.util", []oracle.Case{
		{Py: `importlib.util.source_hash(b"print('hello')\n")`, Go: func() py.Object {
			return oracle.Call("importlib.util", "source_hash", py.Bytes("print('hello')\n"))
		}},
	})
}
