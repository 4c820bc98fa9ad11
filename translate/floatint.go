package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// intOfFloat translates int(e) of the builtin int, e float arithmetic
// (floatArith) or a float-speculated local, to py.IntF: the value is
// computed unboxed and truncated without a Float box or a generic call
// while the name int is the builtin at run time; anything else (another
// int, a value that is no float, a float with no int64 truncation) is
// the call int(e) itself. nil when x is no such call.
func (t *translator) intOfFloat(f *fn, x *parser.Call) *jen.Statement {
	c, ok := t.builtinCall(f, x, "int", 1)
	if !ok {
		return nil
	}
	arg := c.Args[0]
	if t.usesIntLocal(f, arg) || !t.usesFloatLocal(f, arg) && !t.floatArith(f, arg) {
		return nil
	}
	return py("IntF").Call(t.expr(f, c.Func), t.floatExpr(f, arg))
}
