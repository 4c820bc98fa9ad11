package py

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// Differential tests: each case pairs a Python expression with Go code
// that should compute the same value; python3 (CPython 3.11, the oracle)
// evaluates the expressions and the reprs must match. An exception
// compares as "!Type: message".

type oracleCase struct {
	py  string
	go_ func() Object
}

// pyEval evaluates the expressions with python3 after running setup.
func pyEval(t *testing.T, setup string, exprs []string) []string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
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
	out, err := exec.Command(py, "-c", prog, string(src)).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res []string
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("python3 output: %v: %s", err, out)
	}
	return res
}

func goEval(f func() Object) (s string) {
	defer func() {
		if r := recover(); r != nil {
			e := Recovered(r)
			s = "!" + e.Type().Name
			if m := ExcStr(e); m != "" {
				s += ": " + m
			}
		}
	}()
	return Repr(f())
}

func runOracle(t *testing.T, setup string, cases []oracleCase) {
	t.Helper()
	acquireMainForTest()
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.py
	}
	want := pyEval(t, setup, exprs)
	for i, c := range cases {
		got := goEval(c.go_)
		if got != want[i] {
			t.Errorf("%s:\n  go:     %s\n  python: %s", c.py, got, want[i])
		}
	}
}

// Helpers that keep the cases short.

func m(o Object, name string, args ...Object) func() Object {
	return func() Object { return CallMethod(o, name, args...) }
}

func mkw(o Object, name string, args []Object, kw ...string) func() Object {
	return func() Object { return CallKw(GetAttr(o, name), args, kw) }
}

func bi(name string, args ...Object) func() Object {
	return func() Object { return Call(LoadBuiltin(name), args...) }
}

func bikw(name string, args []Object, kw ...string) func() Object {
	return func() Object { return CallKw(LoadBuiltin(name), args, kw) }
}

func S(s string) Object        { return Str(s) }
func I(i int) Object           { return Int(i) }
func L(items ...Object) *List  { return NewList(items...) }
func T(items ...Object) *Tuple { return NewTuple(items...) }

func strs(ss ...string) []Object {
	out := make([]Object, len(ss))
	for i, s := range ss {
		out[i] = Str(s)
	}
	return out
}

var _ = strings.TrimSpace
