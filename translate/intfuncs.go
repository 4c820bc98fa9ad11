package translate

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Pure integer functions (runtime/py/intfuncs.go).
//
// A direct def (directcall.go: a plain def, or an async def that never
// suspends) whose body is nothing but int code also gets a version over
// int64, ifnN_name. Int code is: its parameters, int literals, locals it
// binds by `x = e` / `x op= e` and reads only where they are certainly
// bound, + - * // % and unary - + of such values, calls of such plain defs
// and awaits of such async defs of the module by their global names; in
// conditions (if, elif, while, a conditional expression) comparisons
// (== != < <= > >=), and, or, not and the truth of an int; statements
// return e, if/elif/else, while without else, break, continue, pass.
//
// The boxed body starts with a guarded entry: when every argument is an
// exact int (py.I64Of: a bool or a subclass instance is not) and every name
// the int64 version may call is still bound to its def's function object
// with its own __code__ (py.BoundTo), it runs the int64 version
// (py.I64CallN) and returns its result boxed (only a function that calls
// or loops has the entry; a body whose end is reachable, returning None, is
// not int code). The int64 version bails out
// (py.I64Bail) on an overflow past 64 bits, a division by zero
// and a call that would reach the recursion limit; the
// boxed body then runs as before. Nothing in int code has an effect or can
// rebind a name, so the check at the entry holds throughout and an
// abandoned attempt is unobservable.

type pureFunc struct {
	def    *directDef
	goFn   string
	params []string
	locals []string
	body   []parser.StmtNode
	// calls are the names of the pure int functions the body calls.
	calls map[string]bool
	// loops: the body has a while loop.
	loops bool
}

// guarded reports whether f's boxed body tries its int64 version: when it
// calls or loops, what is saved outweighs the test of the arguments.
func (f *pureFunc) guarded() bool { return len(f.calls) > 0 || f.loops }

// emitted reports whether f's int64 version is declared: when its boxed
// body or another int64 version calls it.
func (t *translator) emitted(f *pureFunc) bool {
	if f.guarded() {
		return true
	}
	for _, g := range t.purefns {
		if g.calls[f.def.name] {
			return true
		}
	}
	return false
}

// pureFuncs finds (once) the module's pure int functions: a fixed point over
// the direct defs, dropping those whose bodies call anything else.
func (t *translator) pureFuncs() map[string]*pureFunc {
	if t.purefns != nil {
		return t.purefns
	}
	t.purefns = map[string]*pureFunc{}
	mod, ok := t.module.node.(*parser.Module)
	if !ok {
		return t.purefns
	}
	cands := map[string]*pureFunc{}
	for i, st := range mod.Body {
		var name string
		var args *parser.Arguments
		var body []parser.StmtNode
		switch x := st.(type) {
		case *parser.FunctionDef:
			name, args, body = x.Name, x.Args, x.Body
		case *parser.AsyncFunctionDef:
			name, args, body = x.Name, x.Args, x.Body
		default:
			continue
		}
		d := t.directDefs()[name]
		if d == nil || d.node != st || d.sig {
			continue
		}
		s := t.scopes[st]
		if s == nil || len(s.children) > 0 || len(s.globals) > 0 || len(s.nonlocal) > 0 {
			continue
		}
		f := &pureFunc{def: d, goFn: fmt.Sprintf("ifn%d_%s", i, name), params: paramNames(args), body: body}
		for _, v := range s.order {
			if !s.params[v] {
				f.locals = append(f.locals, v)
			}
		}
		cands[name] = f
	}
	for changed := true; changed; {
		changed = false
		for name, f := range cands {
			c := &pureCheck{t: t, s: t.scopes[f.def.node], cands: cands, calls: map[string]bool{}}
			// Falling off the end returns None: every path must return.
			if after, ok := c.stmts(f.body, c.bound(f.params)); !ok || after != nil {
				delete(cands, name)
				changed = true
				continue
			}
			f.calls, f.loops = c.calls, c.hasLoop
		}
	}
	t.purefns = cands
	return cands
}

// guardNames are the globals the int64 version of f may call, itself
// included when it recurses: those the entry checks.
func (t *translator) guardNames(f *pureFunc) []string {
	seen := map[string]bool{}
	var walk func(g *pureFunc)
	walk = func(g *pureFunc) {
		for name := range g.calls {
			if !seen[name] {
				seen[name] = true
				walk(t.purefns[name])
			}
		}
	}
	walk(f)
	out := make([]string, 0, len(seen))
	for name := range seen {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// pureCheck tells whether a body is int code.
type pureCheck struct {
	t       *translator
	s       *scope
	cands   map[string]*pureFunc
	calls   map[string]bool
	loops   int
	hasLoop bool
	// floatRet: returns give float code (intfloat.go), not int code.
	floatRet bool
}

type boundSet map[string]bool

func (c *pureCheck) bound(params []string) boundSet {
	b := boundSet{}
	for _, p := range params {
		b[p] = true
	}
	return b
}

func (b boundSet) copy() boundSet {
	o := make(boundSet, len(b))
	for k := range b {
		o[k] = true
	}
	return o
}

// stmts checks a block; the set is what is certainly bound after it, nil
// when it always returns (or leaves a loop).
func (c *pureCheck) stmts(body []parser.StmtNode, b boundSet) (boundSet, bool) {
	for _, st := range body {
		if b == nil {
			// Unreachable: not translated.
			return nil, true
		}
		var ok bool
		b, ok = c.stmt(st, b)
		if !ok {
			return nil, false
		}
	}
	return b, true
}

func (c *pureCheck) stmt(st parser.StmtNode, b boundSet) (boundSet, bool) {
	switch x := st.(type) {
	case *parser.Return:
		if c.floatRet {
			return nil, x.Value != nil && c.floatExpr(x.Value, b)
		}
		return nil, x.Value != nil && c.expr(x.Value, b)
	case *parser.Pass:
		return b, true
	case *parser.Expr:
		// A docstring or other string: no effect.
		k, ok := x.Value.(*parser.Constant)
		if !ok {
			return nil, false
		}
		_, isStr := k.Value.(string)
		return b, isStr
	case *parser.Assign:
		if len(x.Targets) != 1 || !c.expr(x.Value, b) {
			return nil, false
		}
		n, ok := x.Targets[0].(*parser.Name)
		if !ok || !c.variable(n.Id) {
			return nil, false
		}
		b = b.copy()
		b[n.Id] = true
		return b, true
	case *parser.AugAssign:
		n, ok := x.Target.(*parser.Name)
		if !ok || !c.variable(n.Id) || !b[n.Id] || !pureOps[x.Op] || !c.expr(x.Value, b) {
			return nil, false
		}
		return b, true
	case *parser.If:
		if !c.cond(x.Test, b) {
			return nil, false
		}
		b1, ok1 := c.stmts(x.Body, b)
		b2, ok2 := c.stmts(x.Orelse, b)
		if !ok1 || !ok2 {
			return nil, false
		}
		switch {
		case b1 == nil:
			return b2, true
		case b2 == nil:
			return b1, true
		}
		both := boundSet{}
		for k := range b1 {
			if b2[k] {
				both[k] = true
			}
		}
		return both, true
	case *parser.While:
		if len(x.Orelse) > 0 || !c.cond(x.Test, b) {
			return nil, false
		}
		// The body may run no time: what it binds is not certainly bound
		// after the loop, nor at its second run before the binding.
		c.loops++
		c.hasLoop = true
		_, ok := c.stmts(x.Body, b)
		c.loops--
		if k, isConst := x.Test.(*parser.Constant); isConst && k.Value == true && !breaks(x.Body) {
			// Left only by return.
			return nil, ok
		}
		return b, ok
	case *parser.Break, *parser.Continue:
		return nil, c.loops > 0
	}
	return nil, false
}

// variable reports whether name is a plain variable of the function.
func (c *pureCheck) variable(name string) bool {
	kind, owner := c.s.resolve(name, c.t.module)
	return kind == nameLocal && owner == c.s
}

// pureOps are the binary operators of int code.
var pureOps = map[parser.Operator]bool{parser.Add: true, parser.Sub: true, parser.Mult: true,
	parser.FloorDiv: true, parser.Mod: true}

// expr checks an int-valued expression.
func (c *pureCheck) expr(e parser.ExprNode, b boundSet) bool {
	switch x := e.(type) {
	case *parser.Constant:
		_, ok := x.Value.(int64)
		return ok
	case *parser.Name:
		return c.variable(x.Id) && b[x.Id]
	case *parser.BinOp:
		return pureOps[x.Op] && c.expr(x.Left, b) && c.expr(x.Right, b)
	case *parser.UnaryOp:
		return (x.Op == parser.USub || x.Op == parser.UAdd) && c.expr(x.Operand, b)
	case *parser.IfExp:
		return c.cond(x.Test, b) && c.expr(x.Body, b) && c.expr(x.Orelse, b)
	case *parser.Call:
		d := c.t.callTarget(c.s, x)
		return d != nil && !d.async && c.callArgs(d, x, b)
	case *parser.Await:
		d := c.t.directAwaitTarget(c.s, x)
		return d != nil && c.callArgs(d, x.Value.(*parser.Call), b)
	}
	return false
}

func (c *pureCheck) callArgs(d *directDef, call *parser.Call, b boundSet) bool {
	if c.cands[d.name] == nil {
		return false
	}
	for _, a := range call.Args {
		if !c.expr(a, b) {
			return false
		}
	}
	c.calls[d.name] = true
	return true
}

// pureCmps are the comparisons of int code.
var pureCmps = map[parser.CmpOperator]string{parser.Eq: "==", parser.NotEq: "!=", parser.Lt: "<",
	parser.LtE: "<=", parser.Gt: ">", parser.GtE: ">="}

// cond checks a condition.
func (c *pureCheck) cond(e parser.ExprNode, b boundSet) bool {
	switch x := e.(type) {
	case *parser.Compare:
		if !c.expr(x.Left, b) {
			return false
		}
		for i, op := range x.Ops {
			if pureCmps[op] == "" || !c.expr(x.Comparators[i], b) {
				return false
			}
			// A chain's middle operands are read twice: only plain ones.
			if i < len(x.Ops)-1 && !isPlainOperand(x.Comparators[i]) {
				return false
			}
		}
		return true
	case *parser.BoolOp:
		for _, v := range x.Values {
			if !c.cond(v, b) {
				return false
			}
		}
		return true
	case *parser.UnaryOp:
		if x.Op == parser.Not {
			return c.cond(x.Operand, b)
		}
	case *parser.Constant:
		if _, ok := x.Value.(bool); ok {
			return true
		}
	}
	return c.expr(e, b)
}

func isPlainOperand(e parser.ExprNode) bool {
	switch e.(type) {
	case *parser.Name, *parser.Constant:
		return true
	}
	return false
}

// pureFunction declares f's int64 version.
func (t *translator) pureFunction(f *pureFunc) jen.Code {
	var params []jen.Code
	for _, p := range f.params {
		params = append(params, jen.Id(localVar(p)).Int64())
	}
	params = append(params, jen.Id("d").Int())
	body := []jen.Code{
		// The levels of recursion left: past the limit, the boxed body
		// raises RecursionError.
		jen.If(jen.Id("d").Op("<").Lit(0)).Block(py("I64Bail").Call()),
	}
	for _, v := range f.locals {
		body = append(body, jen.Var().Id(localVar(v)).Int64(), jen.Id("_").Op("=").Id(localVar(v)))
	}
	stmts, _ := t.pureStmts(f.body)
	body = append(body, stmts...)
	return jen.Func().Id(f.goFn).Params(params...).Int64().Block(body...)
}

// pureGuard is the entry of the boxed body of f that runs its int64
// version when the arguments and the names it calls allow.
func (t *translator) pureGuard(f *pureFunc) jen.Code {
	var test []jen.Code
	for _, name := range t.guardNames(f) {
		t.extraGlobals[name] = true
		test = append(test, py("BoundTo").Call(jen.Id("G"), jen.Op("&").Id(globalVar(name)), jen.Id(t.purefns[name].def.object)))
	}
	args := []jen.Code{jen.Id(f.goFn)}
	for i := range f.params {
		args = append(args, jen.Id("a"+strconv.Itoa(i)))
	}
	run := jen.If(jen.List(jen.Id("r"), jen.Id("ok")).Op(":=").Add(py("I64Call"+strconv.Itoa(len(f.params))).Call(args...)), jen.Id("ok")).Block(
		jen.Return(jen.Id("r")))
	// The innermost test: the last argument's, then the names.
	inner := run
	for i := len(f.params) - 1; i >= 0; i-- {
		conds := []jen.Code{jen.Id("ok")}
		if i == len(f.params)-1 {
			conds = append(conds, test...)
		}
		inner = jen.If(jen.List(jen.Id("a"+strconv.Itoa(i)), jen.Id("ok")).Op(":=").Add(py("I64Of").Call(jen.Id(localVar(f.params[i])))),
			joinCodes(conds, "&&")).Block(inner)
	}
	if len(f.params) == 0 && len(test) > 0 {
		inner = jen.If(joinCodes(test, "&&")).Block(inner)
	}
	return inner
}

func joinCodes(cs []jen.Code, op string) *jen.Statement {
	s := jen.Null()
	for i, c := range cs {
		if i > 0 {
			s.Op(op)
		}
		s.Add(c)
	}
	return s
}

// pureStmts translates a block of int code; terminated reports that it
// always leaves (the statements after that are never translated).
func (t *translator) pureStmts(body []parser.StmtNode) (out []jen.Code, terminated bool) {
	for _, st := range body {
		switch x := st.(type) {
		case *parser.Return:
			return append(out, t.pureReturn(x.Value)...), true
		case *parser.Break:
			return append(out, jen.Break()), true
		case *parser.Continue:
			return append(out, jen.Continue()), true
		case *parser.Pass, *parser.Expr:
		case *parser.Assign:
			out = append(out, jen.Id(localVar(x.Targets[0].(*parser.Name).Id)).Op("=").Add(t.pureExpr(x.Value)))
		case *parser.AugAssign:
			v := localVar(x.Target.(*parser.Name).Id)
			out = append(out, jen.Id(v).Op("=").Add(t.pureBinary(x.Op, jen.Id(v), t.pureExpr(x.Value))))
		case *parser.If:
			body, t1 := t.pureStmts(x.Body)
			s := jen.If(t.pureCond(x.Test)).Block(body...)
			t2 := false
			if len(x.Orelse) > 0 {
				var orelse []jen.Code
				orelse, t2 = t.pureStmts(x.Orelse)
				s.Else().Block(orelse...)
			}
			out = append(out, s)
			if t1 && t2 {
				return out, true
			}
		case *parser.While:
			body, _ := t.pureStmts(x.Body)
			// Signals and thread switches, as the boxed loop's Checkpoint.
			body = append([]jen.Code{py("I64Check").Call()}, body...)
			if k, ok := x.Test.(*parser.Constant); ok && k.Value == true {
				out = append(out, jen.For().Block(body...))
				if !breaks(x.Body) {
					// Left only by return: Go sees the end as unreachable.
					return out, true
				}
			} else {
				out = append(out, jen.For(t.pureCond(x.Test)).Block(body...))
			}
		}
	}
	return out, false
}

// pureReturn returns e; a conditional expression becomes an if. An int64
// version of a float function (intfloat.go) returns float code.
func (t *translator) pureReturn(e parser.ExprNode) []jen.Code {
	if x, ok := e.(*parser.IfExp); ok {
		return append([]jen.Code{jen.If(t.pureCond(x.Test)).Block(t.pureReturn(x.Body)...)}, t.pureReturn(x.Orelse)...)
	}
	if t.pureFloatRet {
		return []jen.Code{jen.Return(t.floatCode(e))}
	}
	return []jen.Code{jen.Return(t.pureExpr(e))}
}

// pureBinary is l op r over int64: the operation that bails out past 64
// bits, or (pureSoft, intfloat.go) the one that notes it.
func (t *translator) pureBinary(op parser.Operator, l, r jen.Code) jen.Code {
	name := map[parser.Operator]string{parser.Add: "Add", parser.Sub: "Sub", parser.Mult: "Mul",
		parser.FloorDiv: "FloorDiv", parser.Mod: "Mod"}[op]
	return py(t.pureOpPrefix()+name).Call(l, r)
}

// pureOpPrefix names the int64 operations pureExpr uses: I64Add..., or
// IFAdd... for an int64 version that cannot bail out (intfloat.go).
func (t *translator) pureOpPrefix() string {
	if t.pureSoft {
		return "IF"
	}
	return "I64"
}

// pureExpr translates an int expression to a primary Go expression.
func (t *translator) pureExpr(e parser.ExprNode) jen.Code {
	switch x := e.(type) {
	case *parser.Constant:
		return jen.Id(strconv.FormatInt(x.Value.(int64), 10))
	case *parser.Name:
		return jen.Id(localVar(x.Id))
	case *parser.BinOp:
		return t.pureBinary(x.Op, t.pureExpr(x.Left), t.pureExpr(x.Right))
	case *parser.UnaryOp:
		if x.Op == parser.UAdd {
			return t.pureExpr(x.Operand)
		}
		if k, ok := x.Operand.(*parser.Constant); ok {
			return jen.Parens(jen.Id("-" + strconv.FormatInt(k.Value.(int64), 10)))
		}
		return py(t.pureOpPrefix() + "Neg").Call(t.pureExpr(x.Operand))
	case *parser.IfExp:
		return jen.Func().Params().Int64().Block(
			jen.If(t.pureCond(x.Test)).Block(jen.Return(t.pureExpr(x.Body))),
			jen.Return(t.pureExpr(x.Orelse))).Call()
	case *parser.Await:
		return t.pureCall(x.Value.(*parser.Call))
	case *parser.Call:
		return t.pureCall(x)
	}
	panic(fmt.Sprintf("pureExpr: %T", e))
}

func (t *translator) pureCall(c *parser.Call) jen.Code {
	f := t.purefns[c.Func.(*parser.Name).Id]
	var args []jen.Code
	for _, a := range c.Args {
		args = append(args, t.pureExpr(a))
	}
	args = append(args, jen.Id("d").Op("-").Lit(1))
	return jen.Id(f.goFn).Call(args...)
}

// pureCond translates a condition of int code.
func (t *translator) pureCond(e parser.ExprNode) jen.Code {
	switch x := e.(type) {
	case *parser.Compare:
		s := jen.Null()
		left := x.Left
		for i, op := range x.Ops {
			if i > 0 {
				s.Op("&&")
			}
			s.Add(t.pureExpr(left)).Op(pureCmps[op]).Add(t.pureExpr(x.Comparators[i]))
			left = x.Comparators[i]
		}
		if len(x.Ops) > 1 {
			return jen.Parens(s)
		}
		return s
	case *parser.BoolOp:
		op := "&&"
		if x.Op == parser.Or {
			op = "||"
		}
		var parts []jen.Code
		for _, v := range x.Values {
			parts = append(parts, jen.Parens(t.pureCond(v)))
		}
		return jen.Parens(joinCodes(parts, op))
	case *parser.UnaryOp:
		if x.Op == parser.Not {
			return jen.Op("!").Parens(t.pureCond(x.Operand))
		}
	case *parser.Constant:
		switch v := x.Value.(type) {
		case bool:
			return jen.Lit(v)
		case int64:
			return jen.Lit(v != 0)
		}
	}
	return jen.Parens(jen.Add(t.pureExpr(e)).Op("!=").Lit(0))
}

// breaks reports whether a loop body has a break of its own loop.
func breaks(body []parser.StmtNode) bool {
	for _, st := range body {
		switch x := st.(type) {
		case *parser.Break:
			return true
		case *parser.If:
			if breaks(x.Body) || breaks(x.Orelse) {
				return true
			}
		}
	}
	return false
}
