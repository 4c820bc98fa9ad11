package arraymod

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestArrayOracle(t *testing.T) {
	py.EnterMain()
	S := func(s string) py.Object { return py.Str(s) }
	I := func(i int64) py.Object { return py.Int(i) }
	A := func(args ...py.Object) py.Object { return py.Call(ArrayType, args...) }
	L := py.NewList
	var cases []oracle.Case
	add := func(p string, g func() py.Object) { cases = append(cases, oracle.Case{Py: p, Go: g}) }
	vals := map[string]py.Object{"2**70": py.ParseIntLiteral("1180591620717411303424"), "-1": I(-1), "1000": I(1000), "70000": I(70000),
		"2**33": I(1 << 33), "-2**40": I(-(1 << 40)), "5": I(5), "1.5": py.Float(1.5), "'x'": S("x")}
	for _, tc := range "bBhHiIlLqQfdu" {
		tc := string(tc)
		for src, v := range vals {
			v := v
			add("array.array('"+tc+"', ["+src+"])", func() py.Object { return A(S(tc), L(v)) })
		}
		add("(lambda a: (a.itemsize, a.typecode, len(a), a.tobytes(), a.tolist(), a[1], a[-1], a[::2], repr(a), list(a), 3 in a, a.__reduce_ex__(3)[1][1:]))(array.array('"+tc+"', "+arg(tc)+"))", func() py.Object {
			a := A(S(tc), initArg(tc))
			g := func(n string) py.Object { return py.GetAttr(a, n) }
			return py.NewTuple(g("itemsize"), g("typecode"), I(int64(py.Len(a))), py.CallMethod(a, "tobytes"), py.CallMethod(a, "tolist"),
				py.GetItem(a, I(1)), py.GetItem(a, I(-1)), py.GetItem(a, py.NewSlice(py.None, py.None, I(2))), S(py.Repr(a)),
				py.Call(py.LoadBuiltin("list"), a), py.NewBool(py.Contains(a, I(3))), py.GetItem(py.GetItem(py.CallMethod(a, "__reduce_ex__", I(3)), I(1)), py.NewSlice(I(1), py.None, py.None)))
		})
	}
	add(`array.array("z")`, func() py.Object { return A(S("z")) })
	add(`array.array("i", "ab")`, func() py.Object { return A(S("i"), S("ab")) })
	add(`array.array("i", b"abc")`, func() py.Object { return A(S("i"), py.Bytes("abc")) })
	add(`array.array("i", [1]) + array.array("d")`, func() py.Object { return py.Add(A(S("i"), L(I(1))), A(S("d"))) })
	add(`array.array("i").pop()`, func() py.Object { return py.CallMethod(A(S("i")), "pop") })
	add(`array.array("i", [1]).index(5)`, func() py.Object { return py.CallMethod(A(S("i"), L(I(1))), "index", I(5)) })
	add(`array.array("i", [1]).remove(5)`, func() py.Object { return py.CallMethod(A(S("i"), L(I(1))), "remove", I(5)) })
	add(`array.array("i",[1])[5]`, func() py.Object { return py.GetItem(A(S("i"), L(I(1))), I(5)) })
	add(`array.array("i",[3,1]) < array.array("i",[3,2]), array.array("b",[1]) == array.array("d",[1.0]), array.array("i") == array.array("i", [1])`, func() py.Object {
		return py.NewTuple(py.Compare(A(S("i"), L(I(3), I(1))), A(S("i"), L(I(3), I(2))), py.OpLt), py.Compare(A(S("b"), L(I(1))), A(S("d"), L(py.Float(1))), py.OpEq),
			py.Compare(A(S("i")), A(S("i"), L(I(1))), py.OpEq))
	})
	add(`(lambda a: (a.append(4), a.extend([5, 6]), a.insert(0, 0), a.insert(-100, -1), a.pop(), a.pop(0), a.remove(2), a.reverse(), a.count(1), a.index(3), a * 2, a + a, a))(array.array('h', [1, 2, 3]))`, func() py.Object {
		a := A(S("h"), L(I(1), I(2), I(3)))
		c := func(n string, args ...py.Object) py.Object { return py.CallMethod(a, n, args...) }
		return py.NewTuple(c("append", I(4)), c("extend", L(I(5), I(6))), c("insert", I(0), I(0)), c("insert", I(-100), I(-1)), c("pop"), c("pop", I(0)),
			c("remove", I(2)), c("reverse"), c("count", I(1)), c("index", I(3)), py.Mul(a, I(2)), py.Add(a, a), a)
	})
	add(`(lambda a: (a.__setitem__(slice(1, 3), array.array('i', [9, 9, 9])), a.__delitem__(0), a.__setitem__(0, 7), a.byteswap(), a))(array.array('i', [1, 2, 3, 4]))`, func() py.Object {
		a := A(S("i"), L(I(1), I(2), I(3), I(4)))
		return py.NewTuple(func() py.Object {
			py.SetItem(a, py.NewSlice(I(1), I(3), py.None), A(S("i"), L(I(9), I(9), I(9))))
			return py.None
		}(),
			func() py.Object { py.DelItem(a, I(0)); return py.None }(), func() py.Object { py.SetItem(a, I(0), I(7)); return py.None }(), py.CallMethod(a, "byteswap"), a)
	})
	add(`array.array('i', [1])[0:1] = [1]`, func() py.Object { return nil })
	add(`array.typecodes, array.ArrayType is array.array, array.array`, func() py.Object {
		return py.NewTuple(oracle.Attr("array", "typecodes"), py.NewBool(oracle.Attr("array", "ArrayType") == oracle.Attr("array", "array")), oracle.Attr("array", "array"))
	})
	add(`array.array('u', 'hé').tounicode(), array.array('i').tounicode()`, func() py.Object {
		return py.NewTuple(py.CallMethod(A(S("u"), S("hé")), "tounicode"), py.CallMethod(A(S("i")), "tounicode"))
	})
	cases = cases[:len(cases)]
	var keep []oracle.Case
	for _, c := range cases {
		if c.Py != `array.array('i', [1])[0:1] = [1]` {
			keep = append(keep, c)
		}
	}
	for len(keep) > 0 {
		n := min(len(keep), 60)
		oracle.Run(t, "import array", keep[:n])
		keep = keep[n:]
	}
}

func arg(tc string) string {
	switch tc {
	case "u":
		return "'abc'"
	case "f", "d":
		return "[0.1, 3, -2.5]"
	}
	return "[1, 2, 3]"
}

func initArg(tc string) py.Object {
	switch tc {
	case "u":
		return py.Str("abc")
	case "f", "d":
		return py.NewList(py.Float(0.1), py.Int(3), py.Float(-2.5))
	}
	return py.NewList(py.Int(1), py.Int(2), py.Int(3))
}
