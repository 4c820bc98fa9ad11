package random

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The same seeds must give CPython's numbers.
func TestMatchesCPython(t *testing.T) {
	prog := `
import random
out = []
for s in [0, 1, 42, 2458, 2**70 + 3, -5, "hello", 1.5]:
    random.seed(s)
    out.append(repr(random.random()))
    out.append(repr(random.randint(1, 100)))
    out.append(repr(random.randrange(0, 1000, 7)))
    out.append(repr(random.randrange(10, -10, -3)))
    out.append(repr(random.choice("abcdefg")))
    out.append(repr(random.uniform(2, 5)))
    l = list(range(10)); random.shuffle(l); out.append(repr(l))
    out.append(repr(random.sample(range(100), 5)))
    out.append(repr(random.sample(range(10), 3)))
    out.append(repr(random.getrandbits(100)))
    out.append(repr(random.choices("abc", k=4)))
    out.append(repr(random.choices("abc", weights=[1, 5, 10], k=4)))
    random.gauss(0, 1); out.append("")
print("\n".join(out))
`
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	want, err := exec.Command(py3, "-c", prog).Output()
	if err != nil {
		t.Fatal(err)
	}
	m := py.Import("random")
	f := func(name string, args ...py.Object) py.Object { return py.Call(py.GetAttr(m, name), args...) }
	var got []string
	add := func(o py.Object) { got = append(got, py.Repr(o)) }
	seeds := []py.Object{py.Int(0), py.Int(1), py.Int(42), py.Int(2458), py.Add(py.Pow(py.Int(2), py.Int(70)), py.Int(3)), py.Int(-5), py.Str("hello"), py.Float(1.5)}
	for _, s := range seeds {
		f("seed", s)
		add(f("random"))
		add(f("randint", py.Int(1), py.Int(100)))
		add(f("randrange", py.Int(0), py.Int(1000), py.Int(7)))
		add(f("randrange", py.Int(10), py.Int(-10), py.Int(-3)))
		add(f("choice", py.Str("abcdefg")))
		add(f("uniform", py.Int(2), py.Int(5)))
		l := py.NewList(py.AppendStar(nil, py.NewRange(0, 10, 1))...)
		f("shuffle", l)
		add(l)
		add(f("sample", py.NewRange(0, 100, 1), py.Int(5)))
		add(f("sample", py.NewRange(0, 10, 1), py.Int(3)))
		add(f("getrandbits", py.Int(100)))
		add(py.CallKw(py.GetAttr(m, "choices"), []py.Object{py.Str("abc"), py.Int(4)}, []string{"k"}))
		add(py.CallKw(py.GetAttr(m, "choices"), []py.Object{py.Str("abc"), py.NewList(py.Int(1), py.Int(5), py.Int(10)), py.Int(4)}, []string{"weights", "k"}))
		f("gauss", py.Int(0), py.Int(1))
		got = append(got, "")
	}
	w := strings.Split(strings.TrimSpace(string(want)), "\n")
	for i := range w {
		if i >= len(got) || got[i] != w[i] {
			t.Fatalf("line %d: got %v, want %s", i, got[i], w[i])
		}
	}
}
