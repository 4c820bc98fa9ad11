package pyeval

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func execIn(t *testing.T, src string, g *py.Dict) *py.BaseException {
	t.Helper()
	return py.Catch(func() { py.Call(py.LoadBuiltin("exec"), py.Str(src), g) })
}

func TestEvalExec(t *testing.T) {
	py.EnterMain()
	g := py.NewDict()
	src := `
def counter():
    n = 0
    def inc(step=1, *, twice=False):
        nonlocal n
        n += step * (2 if twice else 1)
        return n
    return inc
c = counter()
c(); c(2, twice=True)
r1 = c()
class A:
    def m(self):
        return 'A'
class B(A):
    def m(self):
        return 'B' + super().m()
r2 = B().m()
def gen():
    try:
        yield 1
        yield 2
    finally:
        pass
r3 = [x for x in gen()] + [y for y in (z * 10 for z in range(2))]
r4 = {k: v for k, v in zip('ab', range(2))}
try:
    {}['x']
except KeyError as e:
    r5 = repr(e)
r6 = f"{r1:>3}|{r2!r}"
`
	if exc := execIn(t, src, g); exc != nil {
		t.Fatal(py.FormatException(exc))
	}
	want := map[string]string{"r1": "6", "r2": "'BA'", "r3": "[1, 2, 0, 10]", "r4": "{'a': 0, 'b': 1}", "r5": `"KeyError('x')"`, "r6": `"  6|'BA'"`}
	for k, w := range want {
		v, ok := g.GetStr(k)
		if !ok {
			t.Errorf("%s not set", k)
			continue
		}
		if got := py.Repr(v); got != w {
			t.Errorf("%s = %s, want %s", k, got, w)
		}
	}
	if v := py.Call(py.LoadBuiltin("eval"), py.Str("r1 * 2 + len(r3)"), g); py.Repr(v) != "16" {
		t.Errorf("eval = %s", py.Repr(v))
	}
}

// Constructs the evaluator cannot run are reported before anything runs.
func TestUnsupportedRaiseFirst(t *testing.T) {
	py.EnterMain()
	for _, c := range []struct{ src, what string }{
		{"ran = 1\nasync def f():\n    yield 1", "an asynchronous generator"},
		{"ran = 1\nmatch ran:\n    case 1:\n        pass", "'match'"},
		{"ran = 1\ntry:\n    pass\nexcept* ValueError:\n    pass", "'except*'"},
	} {
		g := py.NewDict()
		exc := execIn(t, c.src, g)
		if exc == nil || !py.ExceptionMatches(exc, py.NotImplementedErrorType) {
			t.Errorf("%q: want NotImplementedError, got %v", c.src, exc)
			continue
		}
		if msg := py.ExcStr(exc); !strings.Contains(msg, c.what) {
			t.Errorf("%q: message %q does not name %s", c.src, msg, c.what)
		}
		if _, ran := g.GetStr("ran"); ran {
			t.Errorf("%q: code ran before the error", c.src)
		}
	}
}

func TestSyntaxErrors(t *testing.T) {
	py.EnterMain()
	exc := py.Catch(func() { py.Call(py.LoadBuiltin("compile"), py.Str("x = (1,"), py.Str("f.py"), py.Str("exec")) })
	if exc == nil || !py.ExceptionMatches(exc, py.SyntaxErrorType) {
		t.Fatalf("want SyntaxError, got %v", exc)
	}
	for attr, want := range map[string]string{"msg": "\"'(' was never closed\"", "filename": "'f.py'", "lineno": "1", "offset": "5", "text": `'x = (1,\n'`} {
		if got := py.Repr(py.GetAttr(exc, attr)); got != want {
			t.Errorf("%s = %s, want %s", attr, got, want)
		}
	}
	if got := py.ExcStr(exc); got != "'(' was never closed (f.py, line 1)" {
		t.Errorf("str = %q", got)
	}
	exc = execIn(t, "def f():\n    def g():\n        nonlocal q\n    return g\nf()", py.NewDict())
	if exc == nil || !py.ExceptionMatches(exc, py.SyntaxErrorType) {
		t.Errorf("nonlocal without binding: got %v", exc)
	}
}
