package structmod

import (
	"math"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// expr evaluates a Python expression over _struct through a tiny Go
// interpreter of the call shapes the cases use.
func fn(name string, args ...py.Object) func() py.Object {
	return func() py.Object { return oracle.Call("_struct", name, args...) }
}

var (
	S = func(s string) py.Object { return py.Str(s) }
	B = func(s string) py.Object { return py.Bytes(s) }
	I = func(i int64) py.Object { return py.Int(i) }
	F = func(f float64) py.Object { return py.Float(f) }
)

func bigInt(s string) py.Object { return py.ParseIntLiteral(s) }

func TestStructOracle(t *testing.T) {
	py.EnterMain()
	var cases []oracle.Case
	add := func(p string, g func() py.Object) { cases = append(cases, oracle.Case{Py: p, Go: g}) }
	// Every integer code, both modes, in range and out of range.
	vals := map[string]py.Object{"0": I(0), "-1": I(-1), "200": I(200), "-200": I(-200), "40000": I(40000),
		"2**31": I(1 << 31), "2**40": I(1 << 40), "2**63": bigInt("9223372036854775808"), "2**64": bigInt("18446744073709551616"),
		"-2**63-1": bigInt("-9223372036854775809"), "1.5": F(1.5), "'1'": S("1"), "True": py.True}
	for _, m := range []string{"@", "=", "<", ">", "!"} {
		for _, c := range "bBhHiIlLqQnNP" {
			f := m + string(c)
			for src, v := range vals {
				add("_struct.pack('"+f+"', "+src+")", fn("pack", S(f), v))
			}
		}
	}
	for _, c := range "efd" {
		for _, m := range []string{"<", ">", "@"} {
			f := m + string(c)
			for src, v := range map[string]py.Object{"1.5": F(1.5), "-0.0": F(math.Copysign(0, -1)), "1e300": F(1e300), "65504.0": F(65504), "65520.0": F(65520),
				"65519.99": F(65519.99), "1e-8": F(1e-8), "6e-8": F(6e-8), "3e-8": F(3e-8), "2.98e-8": F(2.98e-8), "3.4028235e38": F(3.4028235e38),
				"3.4028236e38": F(3.4028236e38), "float('inf')": F(inf), "float('nan')": F(nan), "7": I(7), "'x'": S("x"), "10**309": bigInt("1" + zeros(309))} {
				add("_struct.pack('"+f+"', "+src+")", fn("pack", S(f), v))
			}
		}
	}
	// Half floats round trip over every bit pattern's neighbourhood.
	for _, b := range []string{"\x00\x7c", "\x01\x00", "\xff\x03", "\x00\x04", "\xff\x7b", "\x00\xfc", "\x01\x7c", "\x55\x35"} {
		add("_struct.unpack('<e', "+pyBytes(b)+")", fn("unpack", S("<e"), B(b)))
	}
	for _, f := range []string{"", "x", "3x", "@bi", "@ib", "@b0i", "@0q", "c0q", "3s0i", "<3x0i", "=bhilq", "@bhilqnNP?e", "i i", "3 i", "3", "<n", "z", "999999999999999999999i", "@5p2s", "4096s"} {
		add("_struct.calcsize('"+f+"')", fn("calcsize", S(f)))
	}
	add("_struct.calcsize(b'<hh')", fn("calcsize", B("<hh")))
	add("_struct.calcsize(1)", fn("calcsize", I(1)))
	add("_struct.pack('c', b'ab')", fn("pack", S("c"), B("ab")))
	add("_struct.pack('c', b'a')", fn("pack", S("c"), B("a")))
	add("_struct.pack('s', 'x')", fn("pack", S("s"), S("x")))
	add("_struct.pack('p', 1)", fn("pack", S("p"), I(1)))
	add("_struct.pack('5p3s', b'abcdefgh', bytearray(b'a'))", fn("pack", S("5p3s"), B("abcdefgh"), &py.ByteArray{B: []byte("a")}))
	add("_struct.pack('0p', b'')", fn("pack", S("0p"), B("")))
	add("_struct.pack('1p', b'abc')", fn("pack", S("1p"), B("abc")))
	add("_struct.pack('300p', b'a'*300)[:3]", func() py.Object {
		return py.GetItem(oracle.Call("_struct", "pack", S("300p"), B(strings.Repeat("a", 300))), py.NewSlice(py.None, I(3), py.None))
	})
	add("_struct.unpack('3p', b'\\x09ab')", fn("unpack", S("3p"), B("\x09ab")))
	add("_struct.unpack('5p', b'\\x02abcd')", fn("unpack", S("5p"), B("\x02abcd")))
	add("_struct.pack('?', [])", fn("pack", S("?"), py.NewList()))
	add("_struct.pack('?', 'x')", fn("pack", S("?"), S("x")))
	add("_struct.unpack('??', b'\\x00\\x05')", fn("unpack", S("??"), B("\x00\x05")))
	add("_struct.pack('ii', 1)", fn("pack", S("ii"), I(1)))
	add("_struct.pack('x', 1)", fn("pack", S("x"), I(1)))
	add("_struct.pack('3x')", fn("pack", S("3x")))
	add("_struct.pack()", fn("pack"))
	add("_struct.pack('@bi', 1, 2)", fn("pack", S("@bi"), I(1), I(2)))
	add("_struct.unpack('@bhilqnNP', _struct.pack('@bhilqnNP', -1, -2, -3, -4, -5, -6, 7, 8))", func() py.Object {
		return oracle.Call("_struct", "unpack", S("@bhilqnNP"), oracle.Call("_struct", "pack", S("@bhilqnNP"), I(-1), I(-2), I(-3), I(-4), I(-5), I(-6), I(7), I(8)))
	})
	add("_struct.unpack('>BHILQ', b'\\xff' * 19)", fn("unpack", S(">BHILQ"), B("\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff")))
	add("_struct.unpack('>bhilq', b'\\x80' * 19)", fn("unpack", S(">bhilq"), B("\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80")))
	add("_struct.unpack('<fd', _struct.pack('<fd', 0.1, 0.1))", func() py.Object {
		return oracle.Call("_struct", "unpack", S("<fd"), oracle.Call("_struct", "pack", S("<fd"), F(0.1), F(0.1)))
	})
	add("_struct.unpack('i', b'12')", fn("unpack", S("i"), B("12")))
	add("_struct.unpack('i', 'abcd')", fn("unpack", S("i"), S("abcd")))
	add("_struct.unpack('i', bytearray(b'abcd'))", fn("unpack", S("i"), &py.ByteArray{B: []byte("abcd")}))
	add("_struct.unpack('0s', b'')", fn("unpack", S("0s"), B("")))
	add("_struct.unpack('', b'')", fn("unpack", S(""), B("")))
	add("_struct.unpack('i')", fn("unpack", S("i")))
	for _, off := range []int64{0, 2, 4, -10, -3, -4, -6} {
		add("_struct.unpack_from('i', b'123456', "+itoa(off)+")", fn("unpack_from", S("i"), B("123456"), I(off)))
	}
	add("_struct.unpack_from('<h', buffer=b'123456')", func() py.Object {
		return py.CallKw(oracle.Attr("_struct", "unpack_from"), []py.Object{S("<h"), B("123456")}, []string{"buffer"})
	})
	add("_struct.iter_unpack('i', b'12345')", fn("iter_unpack", S("i"), B("12345")))
	add("_struct.iter_unpack('', b'12345')", fn("iter_unpack", S(""), B("12345")))
	add("list(_struct.iter_unpack('<h', b'1234'))", func() py.Object {
		return py.Call(py.LoadBuiltin("list"), oracle.Call("_struct", "iter_unpack", S("<h"), B("1234")))
	})
	add("_struct.iter_unpack('<h', b'123456').__length_hint__()", func() py.Object {
		return py.CallMethod(oracle.Call("_struct", "iter_unpack", S("<h"), B("123456")), "__length_hint__")
	})
	add("type(_struct.iter_unpack('<h', b'12'))", func() py.Object { return oracle.Call("_struct", "iter_unpack", S("<h"), B("12")).Type() })
	for _, off := range []int64{0, 1, 2, -10, -2, -4, 10} {
		add("(lambda b: (_struct.pack_into('<i', b, "+itoa(off)+", 0x01020304), b))(bytearray(b'abcde'))", func() py.Object {
			b := &py.ByteArray{B: []byte("abcde")}
			r := oracle.Call("_struct", "pack_into", S("<i"), b, I(off), I(0x01020304))
			return py.NewTuple(r, b)
		})
	}
	add("_struct.pack_into('i', b'12345', 0, 1)", fn("pack_into", S("i"), B("12345"), I(0), I(1)))
	add("_struct.pack_into('i')", fn("pack_into", S("i")))
	add("_struct.pack_into('i', bytearray(4))", fn("pack_into", S("i"), &py.ByteArray{B: make([]byte, 4)}))
	add("_struct.pack_into('i', bytearray(4), 0)", fn("pack_into", S("i"), &py.ByteArray{B: make([]byte, 4)}, I(0)))
	add("_struct.Struct(1)", func() py.Object { return py.Call(oracle.Attr("_struct", "Struct"), I(1)) })
	add("(lambda s: (s.format, s.size, s.pack(1, 2), s.unpack(b'\\x01\\x00\\x00\\x00\\x02\\x00'), s.unpack_from(b'xx\\x01\\x00\\x00\\x00\\x02\\x00', 2)))(_struct.Struct(b'<ih'))", func() py.Object {
		s := py.Call(oracle.Attr("_struct", "Struct"), B("<ih"))
		return py.NewTuple(py.GetAttr(s, "format"), py.GetAttr(s, "size"), py.CallMethod(s, "pack", I(1), I(2)),
			py.CallMethod(s, "unpack", B("\x01\x00\x00\x00\x02\x00")), py.CallMethod(s, "unpack_from", B("xx\x01\x00\x00\x00\x02\x00"), I(2)))
	})
	add("_struct.Struct('<q').pack(2**63)", func() py.Object {
		return py.CallMethod(py.Call(oracle.Attr("_struct", "Struct"), S("<q")), "pack", bigInt("9223372036854775808"))
	})
	add("_struct.error, _struct.error.__mro__, _struct.Struct", func() py.Object {
		e := oracle.Attr("_struct", "error")
		return py.NewTuple(e, py.GetAttr(e, "__mro__"), oracle.Attr("_struct", "Struct"))
	})
	add("_struct.__doc__", func() py.Object { return oracle.Attr("_struct", "__doc__") })
	add("sorted(n for n in dir(_struct) if not n.startswith('__'))", func() py.Object {
		l := py.Call(py.LoadBuiltin("dir"), py.Import("_struct")).(*py.List)
		out := py.NewList()
		for _, n := range l.Items {
			if s := string(n.(py.Str)); len(s) < 2 || s[:2] != "__" {
				out.Items = append(out.Items, n)
			}
		}
		return out
	})
	oracle.Run(t, "import _struct", cases)
}

var (
	inf = math.Inf(1)
	nan = math.Float64frombits(0x7ff8000000000000)
)

func zeros(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '0'
	}
	return string(b)
}

func itoa(i int64) string { return py.Repr(py.Int(i)) }

func pyBytes(s string) string { return py.Repr(py.Bytes(s)) }
