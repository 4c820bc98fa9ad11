package mmapmod

import (
	"os"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestMmapOracle(t *testing.T) {
	py.EnterMain()
	B := func(s string) py.Object { return py.Bytes(s) }
	I := func(i int) py.Object { return py.Int(i) }
	M := func(args ...py.Object) py.Object { return py.Call(MmapType, args...) }
	dir := t.TempDir()
	os.WriteFile(dir+"/f", []byte("abc\ndef"), 0o644)
	os.WriteFile(dir+"/empty", nil, 0o644)
	fd := func(name string, write bool) py.Object {
		flag := os.O_RDONLY
		if write {
			flag = os.O_RDWR
		}
		f, _ := os.OpenFile(dir+"/"+name, flag, 0)
		return I(int(f.Fd()))
	}
	c := func(o py.Object, n string, args ...py.Object) py.Object { return py.CallMethod(o, n, args...) }
	all := py.NewSlice(py.None, py.None, py.None)
	setup := "import mmap, os\nD = " + py.Repr(py.Str(dir)) + "\ndef fd(n, w=False): return os.open(D + '/' + n, os.O_RDWR if w else os.O_RDONLY)"
	oracle.Run(t, setup, []oracle.Case{
		{Py: `(lambda m: (m.write(b"hello"), m.tell(), m[0], m[1:3], m.find(b"l"), m.find(b"l", 0), m.rfind(b"l", 0), m.seek(0), m.read(3), m.readline(), m.seek(0, 2), m.tell(), len(m), repr(m), m.close(), repr(m), m.closed))(mmap.mmap(-1, 10))`, Go: func() py.Object {
			m := M(I(-1), I(10))
			return py.NewTuple(c(m, "write", B("hello")), c(m, "tell"), py.GetItem(m, I(0)), py.GetItem(m, py.NewSlice(I(1), I(3), py.None)), c(m, "find", B("l")),
				c(m, "find", B("l"), I(0)), c(m, "rfind", B("l"), I(0)), c(m, "seek", I(0)), c(m, "read", I(3)), c(m, "readline"), c(m, "seek", I(0), I(2)), c(m, "tell"),
				I(py.Len(m)), py.Str(py.Repr(m)), c(m, "close"), py.Str(py.Repr(m)), py.GetAttr(m, "closed"))
		}},
		{Py: `mmap.mmap(-1, 4).read()`, Go: func() py.Object { return c(M(I(-1), I(4)), "read") }},
		{Py: `(lambda m: (m.seek(10), m.read_byte()))(mmap.mmap(-1, 10))`, Go: func() py.Object {
			m := M(I(-1), I(10))
			return py.NewTuple(c(m, "seek", I(10)), c(m, "read_byte"))
		}},
		{Py: `mmap.mmap(-1, 10)[20]`, Go: func() py.Object { return py.GetItem(M(I(-1), I(10)), I(20)) }},
		{Py: `mmap.mmap(-1, 10).write(b"x" * 20)`, Go: func() py.Object { return c(M(I(-1), I(10)), "write", B("xxxxxxxxxxxxxxxxxxxx")) }},
		{Py: `mmap.mmap(-1, 10).seek(100)`, Go: func() py.Object { return c(M(I(-1), I(10)), "seek", I(100)) }},
		{Py: `mmap.mmap(-1, -1)`, Go: func() py.Object { return M(I(-1), I(-1)) }},
		{Py: `mmap.mmap(-1, 10).size()`, Go: func() py.Object { return c(M(I(-1), I(10)), "size") }},
		{Py: `(lambda m: (m.write(b"xyz"), m.resize(5), len(m), m.__setitem__(0, 65), m.__setitem__(slice(1, 3), b"BC"), m[:], m.move(2, 0, 2), m[:]))(mmap.mmap(-1, 10))`, Go: func() py.Object {
			m := M(I(-1), I(10))
			w := c(m, "write", B("xyz"))
			r := c(m, "resize", I(5))
			n := I(py.Len(m))
			py.SetItem(m, I(0), I(65))
			py.SetItem(m, py.NewSlice(I(1), I(3), py.None), B("BC"))
			a := py.GetItem(m, all)
			mv := c(m, "move", I(2), I(0), I(2))
			return py.NewTuple(w, r, n, py.None, py.None, a, mv, py.GetItem(m, all))
		}},
		{Py: `(lambda m: (repr(m), m.size(), m[:], m.find(b"d"), m.readline(), m.find(b"", 3)))(mmap.mmap(fd("f"), 0, access=mmap.ACCESS_READ))`, Go: func() py.Object {
			m := py.CallKw(MmapType, []py.Object{fd("f", false), I(0), I(1)}, []string{"access"})
			return py.NewTuple(py.Str(py.Repr(m)), c(m, "size"), py.GetItem(m, all), c(m, "find", B("d")), c(m, "readline"), c(m, "find", B(""), I(3)))
		}},
		{Py: `mmap.mmap(fd("f"), 0, access=mmap.ACCESS_READ).write(b"x")`, Go: func() py.Object {
			return c(py.CallKw(MmapType, []py.Object{fd("f", false), I(0), I(1)}, []string{"access"}), "write", B("x"))
		}},
		{Py: `mmap.mmap(fd("f", True), 100)`, Go: func() py.Object { return M(fd("f", true), I(100)) }},
		{Py: `mmap.mmap(fd("empty", True), 0)`, Go: func() py.Object { return M(fd("empty", true), I(0)) }},
		{Py: `sorted((k, v) for k, v in vars(mmap).items() if k.isupper())`, Go: func() py.Object {
			l := py.NewList()
			py.Import("mmap").Dict.Items(func(k, v py.Object) bool {
				if py.Truth(py.CallMethod(k, "isupper")) {
					l.Items = append(l.Items, py.NewTuple(k, v))
				}
				return true
			})
			py.CallMethod(l, "sort")
			return l
		}},
	})
}
