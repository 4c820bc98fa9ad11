package operator

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestUnderscoreOperatorOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("_operator", n, args...) }
	}
	S, B, I := func(s string) py.Object { return py.Str(s) }, func(s string) py.Object { return py.Bytes(s) }, func(i int) py.Object { return py.Int(i) }
	oracle.Run(t, "import _operator", []oracle.Case{
		{Py: `_operator._compare_digest("a", b"a")`, Go: c("_compare_digest", S("a"), B("a"))},
		{Py: `_operator._compare_digest(1, 2)`, Go: c("_compare_digest", I(1), I(2))},
		{Py: `_operator._compare_digest(b"a", 2)`, Go: c("_compare_digest", B("a"), I(2))},
		{Py: `_operator._compare_digest("é", "é")`, Go: c("_compare_digest", S("é"), S("é"))},
		{Py: `_operator._compare_digest("abc", "abc"), _operator._compare_digest(b"abc", bytearray(b"abd")), _operator._compare_digest(b"ab", b"abc")`, Go: func() py.Object {
			return py.NewTuple(c("_compare_digest", S("abc"), S("abc"))(), c("_compare_digest", B("abc"), &py.ByteArray{B: []byte("abd")})(), c("_compare_digest", B("ab"), B("abc"))())
		}},
		{Py: `_operator.concat(1, 2)`, Go: c("concat", I(1), I(2))},
		{Py: `_operator.iconcat([1], (2,))`, Go: c("iconcat", py.NewList(I(1)), py.NewTuple(I(2)))},
		{Py: `_operator.call()`, Go: c("call")},
		{Py: `_operator.call(divmod, 7, 2)`, Go: c("call", py.LoadBuiltin("divmod"), I(7), I(2))},
		{Py: `_operator.ipow(2, 10), _operator.ixor(5, 3), _operator.ifloordiv(7, 2), _operator.itruediv(7, 2), _operator.imod(7, 4), _operator.ilshift(1, 4), _operator.irshift(32, 2), _operator.iand(6, 3), _operator.ior(6, 3)`, Go: func() py.Object {
			return py.NewTuple(c("ipow", I(2), I(10))(), c("ixor", I(5), I(3))(), c("ifloordiv", I(7), I(2))(), c("itruediv", I(7), I(2))(), c("imod", I(7), I(4))(),
				c("ilshift", I(1), I(4))(), c("irshift", I(32), I(2))(), c("iand", I(6), I(3))(), c("ior", I(6), I(3))())
		}},
	})
}
