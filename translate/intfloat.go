package translate

import (
	"math"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Float functions of int arguments (runtime/py/intfloat.go).
//
// A float-returning direct def (floatret.go) whose body is int code
// (intfuncs.go) without loops or calls, and whose every return is float
// code, also gets a version over int64 arguments returning a float64,
// iffN_name. Float code is a float literal, or + - * / with a float code
// operand and an int code one or another float code one, / of two int
// code operands, or - + of float code. A call of the def by its global
// name inside float arithmetic whose arguments are int-typed locals or int
// constants passes them unboxed to py.DirectIF1..3, which runs the version
// when the name still holds the def's object (the boxed body otherwise, or
// when the version noted a result it could not give exactly: see the
// runtime's soft operations). spectral_norm's `a(i, j)` is such a def.

// intFloat reports whether d has an int64 version (decided once per def).
func (t *translator) intFloat(d *directDef) bool {
	if !d.iffKnown {
		d.iffKnown = true
		if t.intFloatBody(d) {
			d.iffFn = "iff" + strings.TrimPrefix(d.goFn, "dfn")
		}
	}
	return d.iffFn != ""
}

func (t *translator) intFloatBody(d *directDef) bool {
	x, ok := d.node.(*parser.FunctionDef)
	if !ok || d.async || d.sig || d.arity < 1 || d.arity > 3 || !t.floatReturning(d) {
		return false
	}
	s := t.scopes[d.node]
	if s == nil || len(s.children) > 0 || len(s.globals) > 0 || len(s.nonlocal) > 0 {
		return false
	}
	c := &pureCheck{t: t, s: s, cands: map[string]*pureFunc{}, calls: map[string]bool{}, floatRet: true}
	after, ok := c.stmts(x.Body, c.bound(paramNames(x.Args)))
	return ok && after == nil && !c.hasLoop && len(c.calls) == 0
}

// floatExpr checks float code.
func (c *pureCheck) floatExpr(e parser.ExprNode, b boundSet) bool {
	switch x := e.(type) {
	case *parser.Constant:
		v, ok := x.Value.(float64)
		return ok && !math.IsInf(v, 0) && !math.IsNaN(v)
	case *parser.BinOp:
		lf, rf := c.floatExpr(x.Left, b), c.floatExpr(x.Right, b)
		if !(lf || c.expr(x.Left, b)) || !(rf || c.expr(x.Right, b)) {
			return false
		}
		switch x.Op {
		case parser.Div:
			return true
		case parser.Add, parser.Sub, parser.Mult:
			// Two int operands make int code.
			return lf || rf
		}
	case *parser.UnaryOp:
		return (x.Op == parser.USub || x.Op == parser.UAdd) && c.floatExpr(x.Operand, b)
	}
	return false
}

// intFloatFunction declares d's int64 version.
func (t *translator) intFloatFunction(d *directDef) jen.Code {
	x := d.node.(*parser.FunctionDef)
	s := t.scopes[d.node]
	var params []jen.Code
	for _, p := range paramNames(x.Args) {
		params = append(params, jen.Id(localVar(p)).Int64())
	}
	var body []jen.Code
	for _, v := range s.order {
		if !s.params[v] {
			body = append(body, jen.Var().Id(localVar(v)).Int64(), jen.Id("_").Op("=").Id(localVar(v)))
		}
	}
	t.pureSoft, t.pureFloatRet = true, true
	stmts, _ := t.pureStmts(x.Body)
	t.pureSoft, t.pureFloatRet = false, false
	body = append(body, stmts...)
	return jen.Func().Id(d.iffFn).Params(params...).Float64().Block(body...)
}

// floatCode translates float code to a Go float64 expression. A product or
// sum is converted explicitly, which keeps Go from fusing a multiply and an
// add into one rounding (the language allows it otherwise).
func (t *translator) floatCode(e parser.ExprNode) jen.Code {
	switch x := e.(type) {
	case *parser.Constant:
		return jen.Float64().Call(jen.Id(strconv.FormatFloat(x.Value.(float64), 'g', -1, 64)))
	case *parser.UnaryOp:
		if x.Op == parser.UAdd {
			return t.floatCode(x.Operand)
		}
		return jen.Op("-").Parens(t.floatCode(x.Operand))
	case *parser.BinOp:
		lf, rf := isFloatCode(x.Left), isFloatCode(x.Right)
		if x.Op == parser.Div && !lf && !rf {
			return py("IFIntDiv").Call(t.pureExpr(x.Left), t.pureExpr(x.Right))
		}
		l, r := t.floatOperand(x.Left, lf), t.floatOperand(x.Right, rf)
		if x.Op == parser.Div {
			return py("IFDiv").Call(l, r)
		}
		op := map[parser.Operator]string{parser.Add: "+", parser.Sub: "-", parser.Mult: "*"}[x.Op]
		return jen.Float64().Call(jen.Add(l).Op(op).Add(r))
	}
	panic("floatCode: not float code")
}

// floatOperand is an operand of float code as a float64: int code
// converted.
func (t *translator) floatOperand(e parser.ExprNode, float bool) jen.Code {
	if float {
		return t.floatCode(e)
	}
	return py("IFToF").Call(t.pureExpr(e))
}

// isFloatCode tells float code from int code in an expression already
// checked to be one of them (what floatExpr accepts syntactically).
func isFloatCode(e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.Constant:
		_, ok := x.Value.(float64)
		return ok
	case *parser.BinOp:
		return x.Op == parser.Div || isFloatCode(x.Left) || isFloatCode(x.Right)
	case *parser.UnaryOp:
		return isFloatCode(x.Operand)
	}
	return false
}

// intFloatCall is a call of a def with an int64 version whose arguments
// are int-typed locals of the calling function or int constants, as a
// py.TypedFloat (py.DirectIFn), or nil.
func (t *translator) intFloatCall(f *fn, c *parser.Call, d *directDef) *jen.Statement {
	if !t.intFloat(d) {
		return nil
	}
	var args []jen.Code
	for _, a := range c.Args {
		switch x := a.(type) {
		case *parser.Constant:
			v, ok := x.Value.(int64)
			if !ok {
				return nil
			}
			args = append(args, py("IOf").Call(jen.Id(strconv.FormatInt(v, 10))))
		case *parser.Name:
			kind, owner := f.scope.resolve(x.Id, t.module)
			if kind != nameLocal || owner != f.scope || !t.intLocals(owner)[x.Id] {
				return nil
			}
			args = append(args, py("LocalI").Call(jen.Id(owner.goName(x.Id)), jen.Lit(x.Id)))
		default:
			return nil
		}
	}
	return py("DirectIF" + strconv.Itoa(d.arity)).CallFunc(func(g *jen.Group) {
		g.Add(t.loadName(f, d.name))
		g.Id(d.object)
		g.Id(d.iffFn)
		g.Id(d.floatFn)
		for _, a := range args {
			g.Add(a)
		}
	})
}
