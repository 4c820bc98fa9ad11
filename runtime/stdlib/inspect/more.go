package inspect

import "github.com/py2goasync/py2goasync/runtime/py"

// addMore adds inspect's constants (code flags, generator and coroutine
// states) that modules such as bdb read at import time.
func addMore(m *py.Module) {
	for i, n := range []string{"CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS", "CO_NESTED", "CO_GENERATOR",
		"CO_NOFREE", "CO_COROUTINE", "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR"} {
		m.Set(n, py.Int(1<<i))
	}
	m.Set("TPFLAGS_IS_ABSTRACT", py.Int(1<<20))
	for _, n := range []string{"GEN_CREATED", "GEN_RUNNING", "GEN_SUSPENDED", "GEN_CLOSED", "CORO_CREATED", "CORO_RUNNING", "CORO_SUSPENDED", "CORO_CLOSED"} {
		m.Set(n, py.Str(n))
	}
}
