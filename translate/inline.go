package translate

import (
	"fmt"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Small methods inlined at their call sites (runtime/py/method_inline.go).
// A def directly in a class body, not a dunder, of one to three plain
// positional parameters without defaults or decorators, that captures
// nothing, whose body (after a docstring) is `pass`, `return` or
// `return e` with e built only from
//
//   - the receiver's attributes (self.x; at most four names, no dunders),
//   - the parameters, module globals (not builtins), None/True/False and
//     int literals 0..255,
//   - one comparison (== != < <= > >= is, is not), not, and/or, x if c else y,
//
// gets a copy of e as a Go function (inlN_name) that reads the receiver's
// attributes at the offsets its call site's method entry noted, and gives
// up (false) where the plain case ends: an operand whose truth or
// comparison could run code (anything but ints, bools and None), a global
// not where its cache says. A call of such a name with as many inert
// arguments (MethodOfN's form) is a call of a function of the module
// (miN_name) that tries the copies of every def of that name and arity
// the entry's function may have, then makes the method call.

// inlineDef is a def with an inlined copy.
type inlineDef struct {
	node   *parser.FunctionDef
	scope  *scope
	params []string
	attrs  []string // receiver attributes, in At index order
	value  parser.ExprNode
	info   string // the py.Inline variable
}

// inlineSite is the generated call of a method name and arity.
type inlineSite struct {
	fn   string
	defs []*inlineDef
}

// inlineDefs finds the module's defs with inlined copies (once).
func (t *translator) inlineDefs() map[parser.Node]*inlineDef {
	if t.inlDefs != nil {
		return t.inlDefs
	}
	t.inlDefs = map[parser.Node]*inlineDef{}
	t.inlByName = map[string][]*inlineDef{}
	if t.module.hasStarImport || t.module.used["globals"] {
		return t.inlDefs
	}
	t.plainMethods(func(d *parser.FunctionDef, n int, s *scope) {
		if len(t.freeVars(s)) > 0 || len(t.cellVars(s)) > 0 {
			return
		}
		body := d.Body
		if _, ok := docstring(body); ok {
			body = body[1:]
		}
		if len(body) != 1 {
			return
		}
		var value parser.ExprNode
		switch st := body[0].(type) {
		case *parser.Pass:
		case *parser.Return:
			value = st.Value
		default:
			return
		}
		id := &inlineDef{node: d, scope: s, params: paramNames(d.Args), value: value}
		if value != nil && !t.inlinable(id, value) {
			return
		}
		id.info = t.id("inl")
		t.inlDefs[d] = id
		key := fmt.Sprintf("%s/%d", d.Name, n-1)
		t.inlByName[key] = append(t.inlByName[key], id)
	})
	return t.inlDefs
}

// inlinable reports whether e is made only of what an inlined copy can
// evaluate without running code, noting the receiver attributes it reads.
func (t *translator) inlinable(d *inlineDef, e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.Constant:
		switch v := x.Value.(type) {
		case parser.NoneValue, bool:
			return true
		case int64:
			return v >= 0 && v <= 255
		}
		return false
	case *parser.Name:
		if d.isParam(x.Id) {
			return true
		}
		kind, _ := d.scope.resolve(x.Id, t.module)
		return kind == nameGlobal && !isKnownBuiltin(x.Id)
	case *parser.Attribute:
		n, ok := x.Value.(*parser.Name)
		if !ok || n.Id != d.params[0] || isDunder(x.Attr) {
			return false
		}
		for _, a := range d.attrs {
			if a == x.Attr {
				return true
			}
		}
		if len(d.attrs) == 4 { // py's maxInlineAttrs
			return false
		}
		d.attrs = append(d.attrs, x.Attr)
		return true
	case *parser.Compare:
		if len(x.Ops) != 1 || x.Ops[0] == parser.In || x.Ops[0] == parser.NotIn {
			return false
		}
		if x.Ops[0] != parser.Is && x.Ops[0] != parser.IsNot && (nonIntConst(x.Left) || nonIntConst(x.Comparators[0])) {
			// None == x and the like: not an int comparison.
			return false
		}
		return t.inlinable(d, x.Left) && t.inlinable(d, x.Comparators[0])
	case *parser.UnaryOp:
		return x.Op == parser.Not && t.inlinable(d, x.Operand)
	case *parser.BoolOp:
		for _, v := range x.Values {
			if !t.inlinable(d, v) {
				return false
			}
		}
		return true
	case *parser.IfExp:
		return t.inlinable(d, x.Test) && t.inlinable(d, x.Body) && t.inlinable(d, x.Orelse)
	}
	return false
}

// nonIntConst reports whether e is a constant other than an int.
func nonIntConst(e parser.ExprNode) bool {
	if c, ok := e.(*parser.Constant); ok {
		_, isInt := c.Value.(int64)
		return !isInt
	}
	return false
}

func (d *inlineDef) isParam(name string) bool {
	for _, p := range d.params {
		if p == name {
			return true
		}
	}
	return false
}

// inlined wraps the function object made from def node with its copy's
// py.Inline (fnExpr unchanged for other defs).
func (t *translator) inlined(node parser.Node, fnExpr *jen.Statement) *jen.Statement {
	d := t.inlineDefs()[node]
	if d == nil {
		return fnExpr
	}
	t.declareInline(d)
	return py("Inlined").Call(fnExpr, jen.Op("&").Id(d.info), jen.Id("G"))
}

// hasInline reports whether some def of the module named name, taking n
// arguments besides the receiver, has an inlined copy.
func (t *translator) hasInline(name string, n int) bool {
	t.inlineDefs()
	return len(t.inlByName[fmt.Sprintf("%s/%d", name, n)]) > 0
}

// inlineCall is the call of o.name(args) through the copies of the
// module's defs of that name and arity, or nil when it has none.
func (t *translator) inlineCall(o jen.Code, name string, cache jen.Code, args []jen.Code) *jen.Statement {
	t.inlineDefs()
	key := fmt.Sprintf("%s/%d", name, len(args))
	defs := t.inlByName[key]
	if len(defs) == 0 {
		return nil
	}
	if t.inlSites == nil {
		t.inlSites = map[string]*inlineSite{}
	}
	site := t.inlSites[key]
	if site == nil {
		site = &inlineSite{fn: t.id("mi") + "_" + goIdent(name), defs: defs}
		t.inlSites[key] = site
		t.decls = append(t.decls, t.inlineSiteFunc(site, name, len(args))...)
	}
	digit := string(rune('0' + len(args)))
	return py("MethodCall" + digit).Call(py("MethodOfI" + digit).Call(append(append([]jen.Code{o, jen.Lit(name), cache}, args...), jen.Id(site.fn))...))
}

// inlineSiteFunc declares a site function and the copies it calls. It
// stands for the entry point of a method entry whose method has a copy
// (MethodOfIN): the copy the entry's method has, else that entry point.
func (t *translator) inlineSiteFunc(site *inlineSite, name string, n int) []jen.Code {
	var decls []jen.Code
	params := []jen.Code{jen.Id("o")}
	argIDs := []jen.Code{}
	for i := 0; i < n; i++ {
		a := fmt.Sprintf("a%d", i)
		params = append(params, jen.Id(a))
		argIDs = append(argIDs, jen.Id(a))
	}
	params[len(params)-1] = jen.Add(params[len(params)-1]).Add(pyObject())
	var cases []jen.Code
	t.inlBreaks = false
	for _, d := range site.defs {
		t.declareInline(d)
		cases = append(cases, jen.Case(jen.Op("&").Id(d.info)).Block(t.inlineBody(d)...))
	}
	digit := string(rune('0' + n))
	sw := jen.Switch(jen.Id("c").Dot("Inl").Call()).Block(cases...)
	if t.inlBreaks {
		sw = jen.Id("inl").Op(":").Add(sw)
	}
	decls = append(decls,
		jen.Comment(fmt.Sprintf("%s is o.%s(...) through the inlined copy of the site's method.", site.fn, name)),
		jen.Func().Id(site.fn).Params(params...).Add(pyObject()).Block(
			jen.List(jen.Id("c"), jen.Id("iv")).Op(":=").Add(py("InlSite").Call(jen.Id("o"))),
			jen.Id("_").Op("=").Id("iv"),
			sw,
			jen.Return(jen.Id("c").Dot("Entry"+digit).Call(append([]jen.Code{jen.Id("o")}, argIDs...)...))))
	return decls
}

// declareInline declares a def's py.Inline (once).
func (t *translator) declareInline(d *inlineDef) {
	if t.inlDeclared[d] {
		return
	}
	if t.inlDeclared == nil {
		t.inlDeclared = map[*inlineDef]bool{}
	}
	t.inlDeclared[d] = true
	attrs := make([]jen.Code, len(d.attrs))
	for i, a := range d.attrs {
		attrs[i] = jen.Lit(a)
	}
	t.decls = append(t.decls,
		jen.Comment(fmt.Sprintf("%s: %s (line %d) has an inlined copy.", d.info, d.node.Name, d.node.Lineno)),
		jen.Var().Id(d.info).Op("=").Qual(pyPath, "Inline").Values(jen.Dict{jen.Id("Attrs"): jen.Index().String().Values(attrs...)}))
}

// inlineBody is a def's copy: statements that return its value or break
// (out of the site function's switch) where the plain case ends.
func (t *translator) inlineBody(d *inlineDef) []jen.Code {
	if d.value == nil {
		return []jen.Code{jen.Return(pyNone())}
	}
	g := &inlineGen{t: t, d: d}
	r := g.value(d.value)
	return append(g.stmts, jen.Return(r))
}

// inlineGen emits a copy's statements.
type inlineGen struct {
	t     *translator
	d     *inlineDef
	stmts []jen.Code
}

func (g *inlineGen) giveUp() jen.Code {
	g.t.inlBreaks = true
	return jen.Break().Id("inl")
}

func (g *inlineGen) temp() string { return g.t.id("x") }

// value emits e's evaluation and returns a Go expression of its value
// (an identifier or a constant).
func (g *inlineGen) value(e parser.ExprNode) jen.Code {
	switch x := e.(type) {
	case *parser.Constant:
		return g.t.constant(x.Value)
	case *parser.Name:
		for i, p := range g.d.params {
			if p == x.Id {
				if i == 0 {
					return jen.Id("o")
				}
				return jen.Id(fmt.Sprintf("a%d", i-1))
			}
		}
		g.t.extraGlobals[x.Id] = true
		v := g.temp()
		g.stmts = append(g.stmts,
			jen.Id(v).Op(":=").Add(py("GlobalHit").Call(jen.Id(g.d.info).Dot("G").Call(), jen.Op("&").Id(globalVar(x.Id)))),
			jen.If(jen.Id(v).Op("==").Nil()).Block(g.giveUp()))
		return jen.Id(v)
	case *parser.Attribute:
		for i, a := range g.d.attrs {
			if a == x.Attr {
				v := g.temp()
				g.stmts = append(g.stmts, jen.Id(v).Op(":=").Id("iv").Dot("At").Call(jen.Id("c"), jen.Lit(i)))
				return jen.Id(v)
			}
		}
	case *parser.Compare, *parser.UnaryOp:
		return py("Bool").Call(g.cond(e))
	case *parser.BoolOp:
		// a and b and c: b runs only when a is true, c only when b is.
		v := g.temp()
		first, truth := g.operand(x.Values[0])
		g.stmts = append(g.stmts, jen.Var().Id(v).Add(pyObject()).Op("=").Add(first))
		g.stmts = append(g.stmts, g.boolRest(v, truth, x.Op, x.Values[1:])...)
		return jen.Id(v)
	case *parser.IfExp:
		c := g.cond(x.Test)
		v := g.temp()
		outer := append(g.stmts, jen.Var().Id(v).Add(pyObject()))
		g.stmts = nil
		a := g.value(x.Body)
		then := append(g.stmts, jen.Id(v).Op("=").Add(a))
		g.stmts = nil
		b := g.value(x.Orelse)
		els := append(g.stmts, jen.Id(v).Op("=").Add(b))
		g.stmts = append(outer, jen.If(c).Block(then...).Else().Block(els...))
		return jen.Id(v)
	}
	panic(fmt.Sprintf("inline: unexpected %T", e))
}

// operand emits an and/or operand: its value and, for a comparison or
// a not, its truth (a Go bool variable; nil otherwise).
func (g *inlineGen) operand(e parser.ExprNode) (jen.Code, jen.Code) {
	switch x := e.(type) {
	case *parser.Compare:
	case *parser.UnaryOp:
		if x.Op != parser.Not {
			return g.value(e), nil
		}
	default:
		return g.value(e), nil
	}
	b := g.temp()
	c := g.cond(e)
	g.stmts = append(g.stmts, jen.Id(b).Op(":=").Add(c))
	return py("Bool").Call(jen.Id(b)), jen.Id(b)
}

// boolRest is the statements that give v the value of an and/or whose
// first operands' value v holds (truth: its truth when known), given
// the rest.
func (g *inlineGen) boolRest(v string, truth jen.Code, op parser.BoolOperator, rest []parser.ExprNode) []jen.Code {
	if len(rest) == 0 {
		return nil
	}
	outer := g.stmts
	g.stmts = nil
	test := truth
	if test == nil {
		test = g.truth(jen.Id(v))
	}
	if op == parser.Or {
		test = jen.Op("!").Add(test)
	}
	pre := g.stmts
	g.stmts = nil
	val, next := g.operand(rest[0])
	then := append(g.stmts, jen.Id(v).Op("=").Add(val))
	g.stmts = nil
	then = append(then, g.boolRest(v, next, op, rest[1:])...)
	g.stmts = outer
	return append(pre, jen.If(test).Block(then...))
}

// cond emits e's truth and returns a Go bool expression of it.
func (g *inlineGen) cond(e parser.ExprNode) jen.Code {
	switch x := e.(type) {
	case *parser.Compare:
		a := g.value(x.Left)
		b := g.value(x.Comparators[0])
		switch x.Ops[0] {
		case parser.Is:
			return py("Is").Call(a, b)
		case parser.IsNot:
			return jen.Op("!").Add(py("Is").Call(a, b))
		}
		// Two ints compare as Go ints; anything else could run code.
		op := map[parser.CmpOperator]string{parser.Eq: "==", parser.NotEq: "!=", parser.Lt: "<",
			parser.LtE: "<=", parser.Gt: ">", parser.GtE: ">="}[x.Ops[0]]
		return g.intOf(x.Left, a).Op(op).Add(g.intOf(x.Comparators[0], b))
	case *parser.UnaryOp:
		return jen.Op("!").Parens(g.cond(x.Operand))
	}
	return g.truth(g.value(e))
}

// intOf is comparison operand e (value v) as a py.Int: an int constant
// as itself, anything else asserted (giving up when it is no int).
func (g *inlineGen) intOf(e parser.ExprNode, v jen.Code) *jen.Statement {
	if c, ok := e.(*parser.Constant); ok {
		if n, ok := c.Value.(int64); ok {
			return py("Int").Call(jen.Lit(int(n)))
		}
	}
	i := g.temp()
	g.stmts = append(g.stmts,
		jen.List(jen.Id(i), jen.Id("ok")).Op(":=").Add(v).Assert(py("Int")),
		jen.If(jen.Op("!").Id("ok")).Block(g.giveUp()))
	return jen.Id(i)
}

// truth emits the truth test of a value.
func (g *inlineGen) truth(v jen.Code) jen.Code {
	b := g.temp()
	g.stmts = append(g.stmts,
		jen.List(jen.Id(b), jen.Id("ok")).Op(":=").Add(py("InlTruth").Call(v)),
		jen.If(jen.Op("!").Id("ok")).Block(g.giveUp()))
	return jen.Id(b)
}
