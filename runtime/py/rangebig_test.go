package py

import "testing"

func TestLongRangeOracle(t *testing.T) {
	rg := func(args ...Object) Object { return Call(LoadBuiltin("range"), args...) }
	big := func() Object { return Pow(I(2), I(1000)) }
	cases := []oracleCase{
		{`range(1 << 1000)`, func() Object { return rg(big()) }},
		{`type(iter(range(1 << 1000))).__name__`, func() Object { return GetAttr(GetIter(rg(big())).Type(), "__name__") }},
		{`len(range(1 << 1000))`, bi("len", rg(Pow(I(2), I(1000))))},
		{`len(range(-2**63, 2**63))`, func() Object { return Call(LoadBuiltin("len"), rg(Neg(Pow(I(2), I(63))), Pow(I(2), I(63)))) }},
		{`list(range(2**64, 2**64 + 10, 3))`, func() Object { return bi("list", rg(Pow(I(2), I(64)), Add(Pow(I(2), I(64)), I(10)), I(3)))() }},
		{`list(reversed(range(2**64, 2**64 + 10, 3)))`, func() Object {
			return bi("list", Call(LoadBuiltin("reversed"), rg(Pow(I(2), I(64)), Add(Pow(I(2), I(64)), I(10)), I(3))))()
		}},
		{`range(1 << 1000)[-1]`, func() Object { return GetItem(rg(big()), I(-1)) }},
		{`range(1 << 1000)[10**200:10**200+6:2]`, func() Object {
			return GetItem(rg(big()), NewSlice(Pow(I(10), I(200)), Add(Pow(I(10), I(200)), I(6)), I(2)))
		}},
		{`range(1 << 1000)[::-1]`, func() Object { return GetItem(rg(big()), NewSlice(None, None, I(-1))) }},
		{`(1 << 999) in range(1 << 1000), (1 << 1000) in range(1 << 1000), 1.5 in range(2**64, 2**64+2)`, func() Object {
			r := rg(big())
			return T(NewBool(Contains(r, Pow(I(2), I(999)))), NewBool(Contains(r, big())), NewBool(Contains(rg(Pow(I(2), I(64)), Add(Pow(I(2), I(64)), I(2))), Float(1.5))))
		}},
		{`range(1 << 1000).index(12345)`, m(rg(Pow(I(2), I(1000))), "index", I(12345))},
		{`range(0, 1 << 1000, 7).count(14)`, m(rg(I(0), Pow(I(2), I(1000)), I(7)), "count", I(14))},
		{`range(1 << 1000) == range(0, 1 << 1000, 1), range(1 << 1000) == range(5)`, func() Object {
			return T(Compare(rg(big()), rg(I(0), big(), I(1)), OpEq), Compare(rg(big()), rg(I(5)), OpEq))
		}},
		{`hash(range(1 << 1000)) == hash(range(0, 1 << 1000)), hash(range(0)) == hash(range(5, 5)), hash(range(3, 4)) == hash(range(3, 5, 7))`, func() Object {
			h := func(o Object) Object { return PyHash(o) }
			return T(NewBool(Eq(h(rg(big())), h(rg(I(0), big())))), NewBool(Eq(h(rg(I(0))), h(rg(I(5), I(5))))), NewBool(Eq(h(rg(I(3), I(4))), h(rg(I(3), I(5), I(7))))))
		}},
		{`range(1 << 1000).stop == 1 << 1000, range(3).step`, func() Object {
			return T(Compare(GetAttr(rg(big()), "stop"), big(), OpEq), GetAttr(rg(I(3)), "step"))
		}},
		{`bool(range(1 << 1000, 0))`, bi("bool", rg(Pow(I(2), I(1000)), I(0)))},
		{`range(1, 2, 0)`, func() Object { return rg(I(1), I(2), I(0)) }},
		{`range(1.5)`, func() Object { return rg(Float(1.5)) }},
	}
	runOracle(t, "", cases)
}
