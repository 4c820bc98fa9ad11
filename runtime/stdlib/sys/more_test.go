package sys

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestSysMoreOracle(t *testing.T) {
	py.EnterMain()
	a := func(n string) py.Object { return oracle.Attr("sys", n) }
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("sys", n, args...) }
	}
	ns := func(kv ...string) py.Object {
		n := py.Call(NamespaceType)
		for i := 0; i < len(kv); i += 2 {
			py.SetAttr(n, kv[i], py.Str(kv[i+1]))
		}
		return n
	}
	oracle.Run(t, "import sys, types, os\nos.environ.pop('PYTHONDONTWRITEBYTECODE', None)", []oracle.Case{
		{Py: `sys.float_info`, Go: func() py.Object { return a("float_info") }},
		{Py: `sys.int_info, sys.hash_info, sys.thread_info`, Go: func() py.Object { return py.NewTuple(a("int_info"), a("hash_info"), a("thread_info")) }},
		{Py: `sys.float_info.max, sys.float_info.epsilon, sys.float_info[3], len(sys.float_info), type(sys.float_info)`, Go: func() py.Object {
			f := a("float_info")
			return py.NewTuple(py.GetAttr(f, "max"), py.GetAttr(f, "epsilon"), py.GetItem(f, py.Int(3)), py.Int(py.Len(f)), f.Type())
		}},
		{Py: `sys.flags.optimize, sys.flags.hash_randomization, len(sys.flags), sys.flags.dev_mode, sys.flags.int_max_str_digits`, Go: func() py.Object {
			f := a("flags")
			return py.NewTuple(py.GetAttr(f, "optimize"), py.GetAttr(f, "hash_randomization"), py.Int(py.Len(f)), py.GetAttr(f, "dev_mode"), py.GetAttr(f, "int_max_str_digits"))
		}},
		{Py: `sys.implementation.name, sys.implementation.cache_tag, sys.implementation.version is sys.version_info, sys.implementation.hexversion == sys.hexversion, type(sys.implementation)`, Go: func() py.Object {
			i := a("implementation")
			return py.NewTuple(py.GetAttr(i, "name"), py.GetAttr(i, "cache_tag"), py.NewBool(py.GetAttr(i, "version") == a("version_info")),
				py.Compare(py.GetAttr(i, "hexversion"), a("hexversion"), py.OpEq), i.Type())
		}},
		{Py: `repr(types.SimpleNamespace(b=1, a='x')), types.SimpleNamespace(b=1) == types.SimpleNamespace(b=1), types.SimpleNamespace(b=1) == types.SimpleNamespace(b=2)`, Go: func() py.Object {
			x := py.CallKw(NamespaceType, []py.Object{py.Int(1), py.Str("x")}, []string{"b", "a"})
			return py.NewTuple(py.Str(py.Repr(x)), py.Compare(py.CallKw(NamespaceType, []py.Object{py.Int(1)}, []string{"b"}), py.CallKw(NamespaceType, []py.Object{py.Int(1)}, []string{"b"}), py.OpEq),
				py.Compare(py.CallKw(NamespaceType, []py.Object{py.Int(1)}, []string{"b"}), py.CallKw(NamespaceType, []py.Object{py.Int(2)}, []string{"b"}), py.OpEq))
		}},
		{Py: `types.SimpleNamespace(1)`, Go: func() py.Object { return py.Call(NamespaceType, py.Int(1)) }},
		{Py: `hash(types.SimpleNamespace())`, Go: func() py.Object { return py.PyHash(py.Call(NamespaceType)) }},
		{Py: `(lambda m: (setattr(m, 'self', m), repr(m))[1])(types.SimpleNamespace(a='b'))`, Go: func() py.Object {
			m := ns("a", "b")
			py.SetAttr(m, "self", m)
			return py.Str(py.Repr(m))
		}},
		{Py: `sys.set_asyncgen_hooks(firstiter=1)`, Go: func() py.Object {
			return py.CallKw(a("set_asyncgen_hooks"), []py.Object{py.Int(1)}, []string{"firstiter"})
		}},
		{Py: `sys.get_asyncgen_hooks()`, Go: c("get_asyncgen_hooks")},
		{Py: `sys.set_int_max_str_digits(5)`, Go: c("set_int_max_str_digits", py.Int(5))},
		{Py: `sys.setswitchinterval(0)`, Go: c("setswitchinterval", py.Int(0))},
		{Py: `sys.getswitchinterval(), sys.get_int_max_str_digits(), sys.call_tracing(divmod, (7, 2)), sys.getfilesystemencodeerrors(), sys.get_coroutine_origin_tracking_depth(), sys.abiflags, sys.platlibdir, sys.pycache_prefix, sys.warnoptions, sys.gettrace(), sys.getprofile()`, Go: func() py.Object {
			return py.NewTuple(c("getswitchinterval")(), c("get_int_max_str_digits")(), c("call_tracing", py.LoadBuiltin("divmod"), py.NewTuple(py.Int(7), py.Int(2)))(),
				c("getfilesystemencodeerrors")(), c("get_coroutine_origin_tracking_depth")(), a("abiflags"), a("platlibdir"), a("pycache_prefix"), a("warnoptions"), c("gettrace")(), c("getprofile")())
		}},
		{Py: `sys.builtin_module_names, 'posix' in sys.builtin_module_names, len(sys.stdlib_module_names), 'asyncio' in sys.stdlib_module_names`, Go: func() py.Object {
			return py.NewTuple(a("builtin_module_names"), py.NewBool(py.Contains(a("builtin_module_names"), py.Str("posix"))), py.Int(py.Len(a("stdlib_module_names"))),
				py.NewBool(py.Contains(a("stdlib_module_names"), py.Str("asyncio"))))
		}},
	})
}
