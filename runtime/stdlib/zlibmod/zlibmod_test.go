package zlibmod

import (
	"encoding/json"
	"math/rand"
	"os/exec"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestZlibOracle(t *testing.T) {
	py.EnterMain()
	B := func(s string) py.Object { return py.Bytes(s) }
	I := func(i int) py.Object { return py.Int(i) }
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("zlib", n, args...) }
	}
	kw := func(n string, args []py.Object, names ...string) func() py.Object {
		return func() py.Object { return py.CallKw(oracle.Attr("zlib", n), args, names) }
	}
	text := strings.Repeat("hello world ", 20)
	// zlib's own compressed forms, made by CPython, are decompressed here.
	setup := "import zlib\nT = " + py.Repr(B(text)) + "\nC = zlib.compress(T)\nR = zlib.compress(T, wbits=-15)\nG = zlib.compress(T, wbits=31)"
	var cases []oracle.Case
	add := func(p string, g func() py.Object) { cases = append(cases, oracle.Case{Py: p, Go: g}) }
	// Go side: the same compressed inputs, taken from python once.
	pyC := pyEval(t, setup, "C")
	pyR := pyEval(t, setup, "R")
	pyG := pyEval(t, setup, "G")
	add(`zlib.decompress(C) == T, zlib.decompress(R, -15) == T, zlib.decompress(G, 31) == T, zlib.decompress(G, 47) == T, zlib.decompress(C, 47) == T`, func() py.Object {
		eq := func(o py.Object) py.Object { return py.Compare(o, B(text), py.OpEq) }
		return py.NewTuple(eq(c("decompress", pyC)()), eq(c("decompress", pyR, I(-15))()), eq(c("decompress", pyG, I(31))()), eq(c("decompress", pyG, I(47))()), eq(c("decompress", pyC, I(47))()))
	})
	add(`zlib.decompress(C + b"junk") == T`, func() py.Object { return py.Compare(c("decompress", py.Add(pyC, B("junk")))(), B(text), py.OpEq) })
	add(`zlib.decompress(b"xyz")`, c("decompress", B("xyz")))
	add(`zlib.decompress(C[:-3])`, func() py.Object { return c("decompress", py.GetItem(pyC, py.NewSlice(py.None, I(-3), py.None)))() })
	add(`zlib.decompress(C[:5])`, func() py.Object { return c("decompress", py.GetItem(pyC, py.NewSlice(py.None, I(5), py.None)))() })
	add(`zlib.decompress(b"")`, c("decompress", B("")))
	add(`zlib.decompress(C[:-2] + b"zz")`, func() py.Object {
		return c("decompress", py.Add(py.GetItem(pyC, py.NewSlice(py.None, I(-2), py.None)), B("zz")))()
	})
	add(`zlib.decompress(R)`, func() py.Object { return c("decompress", pyR)() })
	add(`zlib.decompress(bytes([0x78, 0x9c, 0xff]))`, c("decompress", B("\x78\x9c\xff")))
	add(`zlib.compress(b"a", 10)`, c("compress", B("a"), I(10)))
	add(`zlib.compress(b"a", wbits=3)`, kw("compress", []py.Object{B("a"), I(3)}, "wbits"))
	// Compressed bytes are not compared: Go's deflate encoder differs from
	// zlib's (see the package comment); the containers' framing is.
	add(`zlib.compress(b"abc", wbits=31)[:10], zlib.compress(b"abc", 9, wbits=31)[:10], zlib.compress(b"abc", 1, wbits=31)[-8:], zlib.compress(b"abc")[:2], zlib.compress(b"abc")[-4:]`, func() py.Object {
		sl := func(o py.Object, a, b py.Object) py.Object { return py.GetItem(o, py.NewSlice(a, b, py.None)) }
		return py.NewTuple(sl(kw("compress", []py.Object{B("abc"), I(31)}, "wbits")(), py.None, I(10)), sl(kw("compress", []py.Object{B("abc"), I(9), I(31)}, "wbits")(), py.None, I(10)),
			sl(kw("compress", []py.Object{B("abc"), I(1), I(31)}, "wbits")(), I(-8), py.None), sl(c("compress", B("abc"))(), py.None, I(2)), sl(c("compress", B("abc"))(), I(-4), py.None))
	})
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 6; i++ {
		b := make([]byte, r.Intn(3000))
		for j := range b {
			b[j] = "abcab\x00\xff"[r.Intn(7)]
		}
		s := string(b)
		for _, level := range []int{-1, 0, 1, 6, 9} {
			for _, wb := range []int{15, -15, 31} {
				add("zlib.decompress(zlib.compress("+py.Repr(B(s))+", "+py.Repr(I(level))+", "+py.Repr(I(wb))+"), "+py.Repr(I(wb))+") == "+py.Repr(B(s)), func() py.Object {
					return py.Compare(c("decompress", c("compress", B(s), I(level), I(wb))(), I(wb))(), B(s), py.OpEq)
				})
			}
		}
		add("zlib.crc32("+py.Repr(B(s))+"), zlib.adler32("+py.Repr(B(s))+"), zlib.adler32("+py.Repr(B(s))+", 12345), zlib.crc32("+py.Repr(B(s))+", -1)", func() py.Object {
			return py.NewTuple(c("crc32", B(s))(), c("adler32", B(s))(), c("adler32", B(s), I(12345))(), c("crc32", B(s), I(-1))())
		})
	}
	// Streaming: feed CPython's stream in pieces, collecting everything.
	add(`(lambda d: (b"".join(d.decompress(C[i:i+7]) for i in range(0, len(C), 7)) + d.flush() == T, d.eof, d.unused_data))(zlib.decompressobj())`, func() py.Object {
		d := c("decompressobj")()
		var out []byte
		cb := []byte(pyC.(py.Bytes))
		for i := 0; i < len(cb); i += 7 {
			out = append(out, []byte(py.CallMethod(d, "decompress", B(string(cb[i:min(i+7, len(cb))]))).(py.Bytes))...)
		}
		out = append(out, []byte(py.CallMethod(d, "flush").(py.Bytes))...)
		return py.NewTuple(py.Compare(B(string(out)), B(text), py.OpEq), py.GetAttr(d, "eof"), py.GetAttr(d, "unused_data"))
	})
	add(`(lambda d: (d.decompress(C + b"tail") == T, d.eof, d.unused_data, d.unconsumed_tail))(zlib.decompressobj())`, func() py.Object {
		d := c("decompressobj")()
		return py.NewTuple(py.Compare(py.CallMethod(d, "decompress", py.Add(pyC, B("tail"))), B(text), py.OpEq), py.GetAttr(d, "eof"), py.GetAttr(d, "unused_data"), py.GetAttr(d, "unconsumed_tail"))
	})
	add(`(lambda d: (d.decompress(G[:10]), d.eof))(zlib.decompressobj(31))`, func() py.Object {
		d := c("decompressobj", I(31))()
		return py.NewTuple(py.CallMethod(d, "decompress", py.GetItem(pyG, py.NewSlice(py.None, I(10), py.None))), py.GetAttr(d, "eof"))
	})
	add(`(lambda c: zlib.decompress(c.compress(T[:100]) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(T[100:]) + c.flush()) == T)(zlib.compressobj())`, func() py.Object {
		co := c("compressobj")()
		tb := B(text)
		x := py.CallMethod(co, "compress", py.GetItem(tb, py.NewSlice(py.None, I(100), py.None)))
		x = py.Add(x, py.CallMethod(co, "flush", oracle.Attr("zlib", "Z_SYNC_FLUSH")))
		x = py.Add(x, py.CallMethod(co, "compress", py.GetItem(tb, py.NewSlice(I(100), py.None, py.None))))
		x = py.Add(x, py.CallMethod(co, "flush"))
		return py.Compare(c("decompress", x)(), tb, py.OpEq)
	})
	add(`zlib.decompressobj(99)`, c("decompressobj", I(99)))
	add(`sorted((k, v) for k, v in vars(zlib).items() if k.isupper()), zlib.error.__mro__`, func() py.Object {
		l := py.NewList()
		py.Import("zlib").Dict.Items(func(k, v py.Object) bool {
			if py.Truth(py.CallMethod(k, "isupper")) {
				l.Items = append(l.Items, py.NewTuple(k, v))
			}
			return true
		})
		py.CallMethod(l, "sort")
		return py.NewTuple(l, py.GetAttr(oracle.Attr("zlib", "error"), "__mro__"))
	})
	for len(cases) > 0 {
		n := min(len(cases), 12)
		oracle.Run(t, setup, cases[:n])
		cases = cases[n:]
	}
}

// pyEval gets a bytes value computed by python3.
func pyEval(t *testing.T, setup, expr string) py.Object {
	out, err := exec.Command("python3", "-c", setup+"\nimport json\nprint(json.dumps(list("+expr+")))").Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	var b []byte
	if err := json.Unmarshal(out, &b); err != nil {
		var ints []int
		json.Unmarshal(out, &ints)
		b = make([]byte, len(ints))
		for i, v := range ints {
			b[i] = byte(v)
		}
	}
	return py.Bytes(string(b))
}
