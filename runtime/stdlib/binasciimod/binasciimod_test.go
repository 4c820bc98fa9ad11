package binasciimod

import (
	"math/rand"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestBinasciiOracle(t *testing.T) {
	py.EnterMain()
	B := func(s string) py.Object { return py.Bytes(s) }
	S := func(s string) py.Object { return py.Str(s) }
	I := func(i int) py.Object { return py.Int(i) }
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("binascii", n, args...) }
	}
	ckw := func(n string, args []py.Object, kw ...string) func() py.Object {
		return func() py.Object { return py.CallKw(oracle.Attr("binascii", n), args, kw) }
	}
	var cases []oracle.Case
	add := func(p string, g func() py.Object) { cases = append(cases, oracle.Case{Py: p, Go: g}) }
	r := rand.New(rand.NewSource(1))
	alphabets := []string{
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/==\n !",
		"0123456789abcdefABCDEFxz",
		"ab= \t\r\n._=3D=4=\xff\x00\x7f",
		" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`\n\r",
	}
	gen := func(alpha string, n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = alpha[r.Intn(len(alpha))]
		}
		return string(b)
	}
	rep := func(s string) string { return py.Repr(B(s)) }
	for i := 0; i < 60; i++ {
		s := gen(alphabets[0], r.Intn(14))
		add("binascii.a2b_base64("+rep(s)+")", c("a2b_base64", B(s)))
		add("binascii.a2b_base64("+rep(s)+", strict_mode=True)", ckw("a2b_base64", []py.Object{B(s), py.True}, "strict_mode"))
		h := gen(alphabets[1], r.Intn(8))
		add("binascii.unhexlify("+rep(h)+")", c("unhexlify", B(h)))
		q := gen(alphabets[2], r.Intn(100))
		add("binascii.a2b_qp("+rep(q)+")", c("a2b_qp", B(q)))
		add("binascii.a2b_qp("+rep(q)+", header=True)", ckw("a2b_qp", []py.Object{B(q), py.True}, "header"))
		for _, qt := range []bool{false, true} {
			for _, it := range []bool{false, true} {
				for _, hd := range []bool{false, true} {
					add("binascii.b2a_qp("+rep(q)+", "+py.Repr(py.NewBool(qt))+", "+py.Repr(py.NewBool(it))+", "+py.Repr(py.NewBool(hd))+")",
						c("b2a_qp", B(q), py.NewBool(qt), py.NewBool(it), py.NewBool(hd)))
				}
			}
		}
		u := gen(alphabets[3], r.Intn(70))
		add("binascii.a2b_uu("+rep(u)+")", c("a2b_uu", B(u)))
		bin := gen("\x00\x01\xfe\xffabc =\n", r.Intn(50))
		add("binascii.b2a_base64("+rep(bin)+"), binascii.b2a_base64("+rep(bin)+", newline=False)", func() py.Object {
			return py.NewTuple(c("b2a_base64", B(bin))(), ckw("b2a_base64", []py.Object{B(bin), py.False}, "newline")())
		})
		add("binascii.b2a_uu("+rep(bin)+"), binascii.b2a_uu("+rep(bin)+", backtick=True)", func() py.Object {
			return py.NewTuple(c("b2a_uu", B(bin))(), ckw("b2a_uu", []py.Object{B(bin), py.True}, "backtick")())
		})
		add("binascii.a2b_uu(binascii.b2a_uu("+rep(bin)+"))", func() py.Object { return c("a2b_uu", c("b2a_uu", B(bin))())() })
		add("binascii.crc32("+rep(bin)+"), binascii.crc32("+rep(bin)+", 12345), binascii.crc_hqx("+rep(bin)+", 0), binascii.crc_hqx("+rep(bin)+", 0xffff)", func() py.Object {
			return py.NewTuple(c("crc32", B(bin))(), c("crc32", B(bin), I(12345))(), c("crc_hqx", B(bin), I(0))(), c("crc_hqx", B(bin), I(0xffff))())
		})
		per := r.Intn(7) - 3
		add("binascii.hexlify("+rep(bin)+", '-', "+py.Repr(I(per))+"), binascii.b2a_hex("+rep(bin)+")", func() py.Object {
			return py.NewTuple(c("hexlify", B(bin), S("-"), I(per))(), c("b2a_hex", B(bin))())
		})
	}
	add(`binascii.a2b_base64("é")`, c("a2b_base64", S("é")))
	add(`binascii.a2b_base64(1)`, c("a2b_base64", I(1)))
	add(`binascii.hexlify("x")`, c("hexlify", S("x")))
	add(`binascii.hexlify(b"ab", "--")`, c("hexlify", B("ab"), S("--")))
	add(`binascii.hexlify(b"ab", "é")`, c("hexlify", B("ab"), S("é")))
	add(`binascii.hexlify(b"abc", b":")`, c("hexlify", B("abc"), B(":")))
	add(`binascii.b2a_uu(b"x" * 46)`, c("b2a_uu", B(string(make([]byte, 46)))))
	add(`binascii.crc32(b"a", -1), binascii.crc32(b"a", 2**40 + 7)`, func() py.Object {
		return py.NewTuple(c("crc32", B("a"), I(-1))(), c("crc32", B("a"), py.ParseIntLiteral("1099511627783"))())
	})
	add(`binascii.a2b_uu(b"")`, c("a2b_uu", B("")))
	add(`binascii.Error, binascii.Error.__mro__, binascii.Incomplete.__mro__`, func() py.Object {
		return py.NewTuple(oracle.Attr("binascii", "Error"), py.GetAttr(oracle.Attr("binascii", "Error"), "__mro__"), py.GetAttr(oracle.Attr("binascii", "Incomplete"), "__mro__"))
	})
	for len(cases) > 0 {
		n := min(len(cases), 200)
		oracle.Run(t, "import binascii", cases[:n])
		cases = cases[n:]
	}
}
