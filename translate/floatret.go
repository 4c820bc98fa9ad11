package translate

import (
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Float-returning direct defs (runtime/py/directcall.go, DirectNF).
//
// A sync direct def one of whose returns is float arithmetic (a float
// tree, arithmetic on float-speculated locals, `1.0 / (i + j + 1)`) has
// its body as a Go function returning a py.TypedFloat (dffN_name): the
// float of such a return stays unboxed, any other value a return gives
// rides in the TypedFloat as the object it is. A call inside float
// arithmetic (`s += f(i, j) * v[j]`) takes the result unboxed through
// py.DirectNF; any other call boxes it (py.DirectNF(...).Box()), and the
// function object runs the body through py.FloatBodyN, which boxes. So
// what the caller sees is what the boxed body gave, and a float no caller
// keeps is never boxed. Bodies with try or with statements (whose returns
// leave through block closures), nested defs or classes are left alone.

// floatReturning reports whether d's body is emitted returning a
// TypedFloat (decided once per def).
func (t *translator) floatReturning(d *directDef) bool {
	if !d.floatKnown {
		d.floatKnown = true
		if t.hasFloatReturn(d) {
			d.floatFn = "dff" + strings.TrimPrefix(d.goFn, "dfn")
		}
	}
	return d.floatFn != ""
}

func (t *translator) hasFloatReturn(d *directDef) bool {
	x, ok := d.node.(*parser.FunctionDef)
	if !ok || d.async || d.sig {
		return false
	}
	s := t.scopes[d.node]
	if s == nil {
		return false
	}
	if pure := t.pureFuncs()[d.name]; pure != nil && pure.def == d {
		return false
	}
	f := &fn{scope: s, returnsValue: true}
	return floatReturningBody(x.Body, func(e parser.ExprNode) bool { return t.floatResult(f, e) })
}

// floatReturningBody reports whether a function body can have a float
// body beside it: a return whose value floatValue accepts, and no try,
// with, nested def, class or lambda.
func floatReturningBody(body []parser.StmtNode, floatValue func(parser.ExprNode) bool) bool {
	found, plain := false, true
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			switch r := n.(type) {
			case *parser.Try, *parser.TryStar, *parser.With, *parser.AsyncWith, *parser.FunctionDef,
				*parser.AsyncFunctionDef, *parser.ClassDef, *parser.Lambda:
				plain = false
				return false
			case *parser.Return:
				if r.Value != nil && floatValue(r.Value) {
					found = true
				}
			}
			return true
		})
	}
	return found && plain
}

// floatResult reports whether the return value e is float arithmetic that
// floatReturn computes unboxed.
func (t *translator) floatResult(f *fn, e parser.ExprNode) bool {
	x, ok := e.(*parser.BinOp)
	if !ok || t.usesIntLocal(f, x) {
		return false
	}
	return t.floatArith(f, x) || t.usesFloatLocal(f, x) || t.intDivisor(f, x)
}

// intDivisor reports whether e is `x / tree` with an int tree expr
// computes unboxed (py.TrueDivT), and no float tree.
func (t *translator) intDivisor(f *fn, x *parser.BinOp) bool {
	return x.Op == parser.Div && !t.usesFloatLocal(f, x) && !t.floatTree(f, x) &&
		t.tmpOperand(f, x.Right) && t.siTree(f, x.Right)
}

// floatReturn is the py.TypedFloat a float-returning body returns for
// `return e` (e nil: a bare return).
func (t *translator) floatReturn(f *fn, e parser.ExprNode) jen.Code {
	if e == nil {
		return py("ToF").Call(pyNone())
	}
	if !t.floatResult(f, e) {
		return py("ToF").Call(t.expr(f, e))
	}
	x := e.(*parser.BinOp)
	var code *jen.Statement
	if t.intDivisor(f, x) {
		// `1.0 / (i + j + 1)`: TrueDivT's float result unboxed.
		code = py("FTrueDivT").Call(t.expr(f, x.Left), t.specArg(f, x.Right))
	} else {
		code = t.floatExprPos(f, x, false)
	}
	return t.positioned(e, code)
}

// directFloatCall is a call of a float-returning direct def as a
// py.TypedFloat (py.DirectNF), or nil.
func (t *translator) directFloatCall(f *fn, c *parser.Call) *jen.Statement {
	d := t.callTarget(f.scope, c)
	if d == nil || d.async || !t.floatReturning(d) {
		return nil
	}
	if call := t.intFloatCall(f, c, d); call != nil {
		return call
	}
	return py("Direct" + string(rune('0'+d.arity)) + "F").CallFunc(func(g *jen.Group) {
		g.Add(t.loadName(f, d.name))
		g.Id(d.object)
		g.Id(d.floatFn)
		for _, a := range c.Args {
			g.Add(t.expr(f, a))
		}
	})
}
