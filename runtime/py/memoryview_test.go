package py

import "testing"

func TestMemoryViewOracle(t *testing.T) {
	mvOf := func(o Object) Object { return Call(LoadBuiltin("memoryview"), o) }
	ba := func(s string) Object { return Call(LoadBuiltin("bytearray"), Bytes(s)) }
	cases := []oracleCase{
		{`memoryview(b"abc").tolist()`, m(mvOf(Bytes("abc")), "tolist")},
		{`memoryview(b"abcdef")[1:5:2].tobytes()`, func() Object {
			return CallMethod(GetItem(mvOf(Bytes("abcdef")), NewSlice(I(1), I(5), I(2))), "tobytes")
		}},
		{`memoryview(b"abcdef")[::-1].tobytes()`, func() Object {
			return CallMethod(GetItem(mvOf(Bytes("abcdef")), NewSlice(None, None, I(-1))), "tobytes")
		}},
		{`memoryview(b"abc")[-1], len(memoryview(b"abc")), memoryview(b"abc").readonly, memoryview(b"abc").nbytes`, func() Object {
			v := mvOf(Bytes("abc"))
			return T(GetItem(v, I(-1)), Call(LoadBuiltin("len"), v), GetAttr(v, "readonly"), GetAttr(v, "nbytes"))
		}},
		{`memoryview(b"abc")[5]`, func() Object { return GetItem(mvOf(Bytes("abc")), I(5)) }},
		{`memoryview(b"abc") == b"abc", memoryview(b"abc") == bytearray(b"abd"), memoryview(b"abc") == "abc"`, func() Object {
			v := mvOf(Bytes("abc"))
			return T(Compare(v, Bytes("abc"), OpEq), Compare(v, ba("abd"), OpEq), Compare(v, S("abc"), OpEq))
		}},
		{`(lambda b: (memoryview(b).__setitem__(0, 65), memoryview(b).__setitem__(slice(1, 3), b"yz"), b)[2])(bytearray(b"abc"))`, func() Object {
			b := ba("abc")
			v := mvOf(b)
			SetItem(v, I(0), I(65))
			SetItem(v, NewSlice(I(1), I(3), None), Bytes("yz"))
			return b
		}},
		{`memoryview(b"abc").__setitem__(0, 1)`, func() Object { SetItem(mvOf(Bytes("abc")), I(0), I(1)); return None }},
		{`memoryview(bytearray(b"abc")).__setitem__(0, 256)`, func() Object { SetItem(mvOf(ba("abc")), I(0), I(256)); return None }},
		{`memoryview(b"\x01\x00\x00\x00\xff\xff\xff\xff").cast("i").tolist()`, m(Call(GetAttr(mvOf(Bytes("\x01\x00\x00\x00\xff\xff\xff\xff")), "cast"), S("i")), "tolist")},
		{`memoryview(b"\x00\x00\x00\x00\x00\x00\xf0\x3f").cast("d")[0]`, func() Object {
			return GetItem(Call(GetAttr(mvOf(Bytes("\x00\x00\x00\x00\x00\x00\xf0\x3f")), "cast"), S("d")), I(0))
		}},
		{`memoryview(b"abc").cast("i")`, func() Object { return Call(GetAttr(mvOf(Bytes("abc")), "cast"), S("i")) }},
		{`memoryview(b"abc").hex(), memoryview(b"abcde").hex(":", 2)`, func() Object {
			return T(CallMethod(mvOf(Bytes("abc")), "hex"), CallMethod(mvOf(Bytes("abcde")), "hex", S(":"), I(2)))
		}},
		{`hash(memoryview(b"abc")) == hash(b"abc")`, func() Object { return NewBool(Eq(PyHash(mvOf(Bytes("abc"))), PyHash(Bytes("abc")))) }},
		{`hash(memoryview(bytearray(b"abc")))`, bi("hash", mvOf(ba("abc")))},
		{`bytes(memoryview(b"abc")[1:]), bytearray(memoryview(b"xy"))`, func() Object {
			return T(bi("bytes", GetItem(mvOf(Bytes("abc")), NewSlice(I(1), None, None)))(), bi("bytearray", mvOf(Bytes("xy")))())
		}},
		{`list(memoryview(b"ab")), memoryview(b"ab").format, memoryview(b"ab").itemsize, memoryview(b"ab").shape, memoryview(b"abcd")[::2].strides`, func() Object {
			v := mvOf(Bytes("ab"))
			return T(bi("list", v)(), GetAttr(v, "format"), GetAttr(v, "itemsize"), GetAttr(v, "shape"), GetAttr(GetItem(mvOf(Bytes("abcd")), NewSlice(None, None, I(2))), "strides"))
		}},
		{`(lambda v: (v.release(), len(v)))(memoryview(b"a"))`, func() Object {
			v := mvOf(Bytes("a"))
			CallMethod(v, "release")
			return Call(LoadBuiltin("len"), v)
		}},
		{`memoryview("abc")`, func() Object { return mvOf(S("abc")) }},
	}
	runOracle(t, "", cases)
}
