// Package oracle runs differential tests of runtime modules against
// python3 (CPython 3.11): each case pairs a Python expression with Go code
// computing the same value, and their reprs must match.
package oracle

import (
	"encoding/json"
	"os/exec"
	"testing"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Case is one expression and the Go code that should agree with it.
type Case struct {
	Py string
	Go func() py.Object
}

var gilHeld bool

// Run evaluates the cases with python3 (after setup) and in Go.
func Run(t *testing.T, setup string, cases []Case) {
	t.Helper()
	pyBin, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.Py
	}
	src, _ := json.Marshal(exprs)
	prog := setup + `
import json, sys
__out = []
for __e in json.loads(sys.argv[1]):
    try:
        __out.append(repr(eval(__e)))
    except BaseException as __x:
        __m = str(__x)
        __out.append("!" + type(__x).__name__ + (": " + __m if __m else ""))
print(json.dumps(__out))
`
	out, err := exec.Command(pyBin, "-c", prog, string(src)).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("python3 output: %v: %s", err, out)
	}
	for i, c := range cases {
		start := time.Now()
		got := eval(c.Go)
		if d := time.Since(start); d > 500*time.Millisecond {
			t.Logf("slow case (%v): %s", d, c.Py)
		}
		if got != want[i] {
			t.Errorf("%s:\n  go:     %s\n  python: %s", c.Py, got, want[i])
		}
	}
}

func eval(f func() py.Object) (s string) {
	defer func() {
		if r := recover(); r != nil {
			e := py.Recovered(r)
			s = "!" + e.Type().Name
			if m := py.ExcStr(e); m != "" {
				s += ": " + m
			}
		}
	}()
	return py.Repr(f())
}

// Attr is module.name.
func Attr(module, name string) py.Object { return py.GetAttr(py.Import(module), name) }

// Call is module.name(args...).
func Call(module, name string, args ...py.Object) py.Object {
	return py.Call(Attr(module, name), args...)
}

// List drains an iterable into a list.
func List(o py.Object) py.Object { return py.NewList(py.AppendStar(nil, o)...) }
