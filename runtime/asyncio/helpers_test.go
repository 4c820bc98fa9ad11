package asyncio

import (
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Test helpers: the scenarios are written in Go against the Python-level
// API (py.GetAttr on the asyncio module, py.Call), with coroutines built by
// py.NewCoroutine, and the expected output comes from running the
// equivalent testdata/*.py under python3 (or the recorded .expected file).

var testMu sync.Mutex

func mod() *py.Module {
	py.EnterMain()
	return py.Import("asyncio")
}

// A is asyncio.<name>.
func A(name string) py.Object { return py.GetAttr(mod(), name) }

func call(f py.Object, args ...py.Object) py.Object { return py.Call(f, args...) }

// callKw calls f with positional args then keyword pairs name, value.
func callKw(f py.Object, args []py.Object, kv ...any) py.Object {
	var names []string
	for i := 0; i < len(kv); i += 2 {
		names = append(names, kv[i].(string))
		args = append(args, kv[i+1].(py.Object))
	}
	return py.CallKw(f, args, names)
}

func meth(o py.Object, name string, args ...py.Object) py.Object {
	return py.CallMethod(o, name, args...)
}

func S(s string) py.Object { return py.Str(s) }
func I(i int) py.Object    { return py.Int(i) }
func F(f float64) py.Object {
	return py.Float(f)
}

// coroFn makes an async-def-like function: each call returns a fresh
// coroutine running body with the call's arguments.
func coroFn(name string, line int, body func(args []py.Object) py.Object) func(args ...py.Object) *py.Coroutine {
	code := &py.Code{Name: name, Qualname: name, Module: "__main__", File: "/t/main.py", Line: line}
	return func(args ...py.Object) *py.Coroutine {
		return py.NewCoroutine(code, func() py.Object { return body(args) })
	}
}

func await(x py.Object) py.Object { return py.Await(x) }

// recorder collects output lines.
type recorder struct{ lines []string }

func (r *recorder) add(parts ...string) { r.lines = append(r.lines, strings.Join(parts, " ")) }

// expectPy runs testdata/<name>.py under python3 and compares its stdout
// lines with got.
func expectPy(t *testing.T, name string, got []string) {
	t.Helper()
	out, err := exec.Command("python3", filepath.Join("testdata", name+".py")).Output()
	if err != nil {
		t.Skipf("python3 unavailable or failed: %v", err)
	}
	want := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("order mismatch for %s\n--- got\n%s\n--- want\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// run executes f with the GIL held, converting a Python exception into a
// test failure.
func run(t *testing.T, f func()) {
	t.Helper()
	testMu.Lock()
	defer testMu.Unlock()
	py.EnterMain()
	if e := catch(f); e != nil {
		t.Fatalf("python exception: %s", py.FormatTraceback(e))
	}
}

// try is try/except/finally: handler runs when the exception matches
// cls (nil: no except clause); a re-raise from the handler propagates.
func try(body func(), cls py.Object, handler func(e *py.BaseException), finally func()) {
	if finally != nil {
		defer finally()
	}
	e := catch(body)
	if e == nil {
		return
	}
	if cls != nil && py.ExceptionMatches(e, cls) {
		prev := py.EnterHandler(e)
		defer py.ExitHandler(prev)
		handler(e)
		return
	}
	panic(e)
}

func str(o py.Object) string  { return py.StrOf(o) }
func repr(o py.Object) string { return py.Repr(o) }
