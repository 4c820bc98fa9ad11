package operator

import (
	"crypto/subtle"
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// addMissing adds the names of CPython's operator module the first
// version lacked: the in-place operators and call.
func addMissing(m *py.Module, bin func(name string, f func(a, b py.Object) py.Object)) {
	for _, op := range []struct {
		name string
		op   py.BinOp
	}{{"iand", py.OpAnd}, {"ifloordiv", py.OpFloorDiv}, {"ilshift", py.OpLShift}, {"imatmul", py.OpMatMul},
		{"imod", py.OpMod}, {"ior", py.OpOr}, {"ipow", py.OpPow}, {"irshift", py.OpRShift}, {"itruediv", py.OpTrueDiv},
		{"ixor", py.OpXor}} {
		op := op
		bin(op.name, func(a, b py.Object) py.Object { return py.Inplace(op.op, a, b) })
	}
	seqCheck := func(o py.Object) {
		if py.LookupAttr(o.Type(), "__getitem__") == nil {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object can't be concatenated", o.Type().Name)))
		}
	}
	bin("iconcat", func(a, b py.Object) py.Object {
		seqCheck(a)
		return py.Inplace(py.OpAdd, a, b)
	})
	bin("concat", func(a, b py.Object) py.Object {
		seqCheck(a)
		return py.Add(a, b)
	})
	call := func(args []py.Object, kw []string) py.Object {
		if len(args)-len(kw) < 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("call expected at least 1 argument, got %d", len(args)-len(kw))))
		}
		return py.CallKw(args[0], args[1:], kw)
	}
	m.AddFunc("call", call)
	m.AddFunc("__call__", call)
}

// compareDigest is _operator._compare_digest (hmac.compare_digest): a
// comparison whose time depends on the length of b only.
func compareDigest(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 || len(args) != 2 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_compare_digest expected 2 arguments, got %d", len(args))))
	}
	a, b := args[0], args[1]
	sa, aStr := a.(py.Str)
	sb, bStr := b.(py.Str)
	var x, y []byte
	switch {
	case aStr && bStr:
		for _, s := range []py.Str{sa, sb} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					panic(py.NewError(py.TypeErrorType, "comparing strings with non-ASCII characters is not supported"))
				}
			}
		}
		x, y = []byte(sa), []byte(sb)
	default:
		var ok1, ok2 bool
		x, ok1 = py.BytesLike(a)
		y, ok2 = py.BytesLike(b)
		if !ok1 && !ok2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)))
		}
		if !ok1 || !ok2 {
			o := a
			if ok1 {
				o = b
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
		}
	}
	return py.NewBool(len(x) == len(y) && subtle.ConstantTimeCompare(x, y) == 1)
}

func setup1() {
	// _operator is the C module operator.py re-exports.
	py.RegisterModule("_operator", func(m *py.Module) {
		fillOperator(m)
		m.Dict.Delete(py.Str("__all__"))
		m.Set("__doc__", py.Str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."))
		m.AddFunc("_compare_digest", compareDigest)
	})
}
