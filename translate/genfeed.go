package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// feedKinds are the builtins a generator expression, as their one
// argument, is fed to (py.Feed) rather than made a generator object for.
var feedKinds = map[string]string{
	"list": "FeedList", "tuple": "FeedTuple", "set": "FeedSet", "sorted": "FeedSorted",
	"sum": "FeedSum", "any": "FeedAny", "all": "FeedAll", "min": "FeedMin", "max": "FeedMax",
}

// genexpFeed translates `b(x for ...)` for a builtin b of feedKinds that
// the name resolves to: py.Feed runs the expression's loops, each item put
// into b's work at once (see runtime/py/genfeed.go). nil if x is another
// call. With lenFn, x is the argument of len (lenFn, evaluated first) and
// a set: py.FeedLen counts the items' distinct values.
func (t *translator) genexpFeed(f *fn, x *parser.Call, lenFn jen.Code) jen.Code {
	if len(x.Args) != 1 || len(x.Keywords) != 0 {
		return nil
	}
	n, ok := x.Func.(*parser.Name)
	if !ok || feedKinds[n.Id] == "" {
		return nil
	}
	g, ok := x.Args[0].(*parser.GeneratorExp)
	if !ok || t.scopes[g].isAsync {
		return nil
	}
	if kind, _ := f.scope.resolve(n.Id, t.module); kind != nameBuiltin {
		return nil
	}
	s := t.scopes[g]
	t.addSpan("<genexpr>", g)
	qual := qualname(f, "<genexpr>")
	codeVar := t.codeDecl("<genexpr>", qual, g.Lineno, nil, "CodeGenerator")
	callee := t.expr(f, x.Func)
	// The first iterator is only stepped by the loops: a range's is lent
	// (py.FeedIter).
	first := jen.Comment(t.spanDirective(g.Position())).Add(py("FeedIter").Call(t.expr(f, g.Generators[0].Iter)))
	cf := &fn{scope: s, parent: f, qualname: qual, genVar: f.genVar}
	it0, fd := t.id("it"), t.id("fd")
	// Every step of the loops is at the expression's position, as
	// CPython's <genexpr> frame reports its FOR_ITERs.
	dir := func() jen.Code { return jen.Comment(t.spanDirective(g.Position())) }
	put := jen.Add(dir()).If(jen.Op("!").Id(fd).Dot("Put").Call(t.expr(cf, g.Elt))).Block(jen.Return())
	if lenFn != nil {
		// Counted: a small int goes straight to the count's bits.
		put = jen.Add(dir()).If(jen.Op("!").Id(fd).Dot("PutCount").Call(t.expr(cf, g.Elt))).Block(jen.Return())
		if b, name := t.countArith(cf, g.Elt); b != nil {
			// `a + b` of two ints is counted without a box
			// (py.Feeder.CountAdd); otherwise it is computed at its
			// position and put at the expression's.
			a, c := t.id("a"), t.id("b")
			put = jen.Add(dir()).If(jen.List(jen.Id(a), jen.Id(c)).Op(":=").List(t.expr(cf, b.Left), t.expr(cf, b.Right)),
				jen.Op("!").Id(fd).Dot(name).Call(jen.Id(a), jen.Id(c)).Op("&&").Op("!").Add(dir()).Id(fd).Dot("PutCount").Call(
					t.positioned(b, py(binName[b.Op]).Call(jen.Id(a), jen.Id(c))))).Block(jen.Return())
		}
	}
	if n.Id == "sum" && lenFn == nil && t.usesIntLocal(cf, g.Elt) {
		// An int-typed item goes to the total unboxed.
		// An unboxed item that cannot overflow the total is added inline
		// (py.Feeder.SumHit).
		v := t.id("v")
		put = jen.Add(dir()).If(jen.Id(v).Op(":=").Add(t.intExpr(cf, g.Elt)),
			jen.Op("!").Id(fd).Dot("SumHit").Call(jen.Id(v)).Op("&&").Op("!").Id(fd).Dot("PutI").Call(jen.Id(v))).Block(jen.Return())
	}
	var body []jen.Code
	// In a compiled body whose frame lives in its coroutine, the loops
	// read the frame from the Feeder (py.FeedIn): a closure capturing
	// nothing, which costs no allocation per evaluation.
	var co []jen.Code
	if f.sm != nil && f.sm.frame == f.scope.frame && t.kindFrame(f.scope) {
		co = []jen.Code{jen.Id(coVar)}
		body = kindFrameHead(f.scope, jen.Id(fd).Dot("Frame").Call())
	}
	body = append(body, t.localDecls(s, nil, false)...)
	body = append(body, t.feedLoops(cf, g.Generators, it0, put, dir)...)
	loops := jen.Func().Params(jen.Id(it0).Add(pyObject()), jen.Id(fd).Op("*").Qual(pyPath, "Feeder")).Block(body...)
	feed, feedLen := "Feed", "FeedLen"
	if co != nil {
		feed, feedLen = "FeedIn", "FeedLenIn"
	}
	if lenFn != nil {
		// At the set call's position, as CPython reports an error out of
		// set(); LenOf calls a rebound len at len's.
		return py("LenOf").Call(t.positioned(x, py(feedLen).Call(append(co, lenFn, callee, jen.Id(codeVar), loops, py("IterMark").Call(), first)...)))
	}
	return py(feed).Call(append(co, py(feedKinds[n.Id]), callee, jen.Id(codeVar), loops, py("IterMark").Call(), first)...)
}

// lenOfSet translates len(set(x)) for the builtins len and set: the set
// is only counted, on a set the runtime reuses (py.LenSet, py.FeedLen, at
// set's position, inside py.LenOf at len's); they fall back to the two
// calls when the names are rebound at run time.
// nil for any other call.
func (t *translator) lenOfSet(f *fn, x *parser.Call) jen.Code {
	arg, ok := t.oneArgCallOf(f, x, "len")
	if !ok {
		return nil
	}
	inner, ok := arg.(*parser.Call)
	if !ok {
		return nil
	}
	elems, ok := t.oneArgCallOf(f, inner, "set")
	if !ok {
		return nil
	}
	lenFn := t.expr(f, x.Func)
	if g, ok := elems.(*parser.GeneratorExp); ok && !t.scopes[g].isAsync {
		return t.genexpFeed(f, inner, lenFn)
	}
	return py("LenOf").Call(t.positioned(inner, py("LenSet").Call(lenFn, t.expr(f, inner.Func), t.expr(f, elems))))
}

// oneArgCallOf returns the one positional argument of c when c calls the
// builtin name with it alone (no keywords, no star).
func (t *translator) oneArgCallOf(f *fn, c *parser.Call, name string) (parser.ExprNode, bool) {
	if len(c.Args) != 1 || len(c.Keywords) != 0 {
		return nil, false
	}
	if n, ok := c.Func.(*parser.Name); !ok || n.Id != name {
		return nil, false
	}
	if _, star := c.Args[0].(*parser.Starred); star {
		return nil, false
	}
	if kind, _ := f.scope.resolve(name, t.module); kind != nameBuiltin {
		return nil, false
	}
	return c.Args[0], true
}

// feedLoops is comprehensionLoops for a fed generator expression (never
// async), each iterator step preceded by dir's line directive.
func (t *translator) feedLoops(cf *fn, gens []*parser.Comprehension, firstIter string, put jen.Code, dir func() jen.Code) []jen.Code {
	var build func(i int) []jen.Code
	build = func(i int) []jen.Code {
		if i == len(gens) {
			return []jen.Code{put}
		}
		g := gens[i]
		it, item, ok := t.id("it"), t.id("x"), t.id("ok")
		var out []jen.Code
		if i == 0 {
			it = firstIter
		} else {
			out = append(out, jen.Id(it).Op(":=").Add(py("GetIter").Call(t.expr(cf, g.Iter))))
		}
		v, typed := t.intRangeClause(cf, g)
		// A range's items step inline (py.NextHit, py.NextIHit).
		var body []jen.Code
		if typed {
			// An int-typed variable over range(): its steps come unboxed.
			body = []jen.Code{
				jen.Add(dir()).List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("NextIHit").Call(jen.Id(it))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.Add(dir()).List(jen.Id(item), jen.Id(ok)).Op("=").Add(py("NextI").Call(jen.Id(it)))),
			}
		} else {
			body = []jen.Code{
				jen.Add(dir()).List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("StepOr").Call(py("NextHit").Call(jen.Id(it)), jen.Id(it))),
			}
		}
		body = append(body, jen.If(jen.Op("!").Id(ok)).Block(jen.Break()))
		if typed {
			body = append(body, jen.Id(v).Op("=").Id(item))
		} else {
			body = append(body, t.assignTo(cf, g.Target, jen.Id(item))...)
		}
		for _, cond := range g.Ifs {
			body = append(body, jen.If(jen.Op("!").Parens(t.cond(cf, cond))).Block(jen.Continue()))
		}
		body = append(body, build(i+1)...)
		return append(out, jen.For().Block(body...))
	}
	return build(0)
}

// binName are the py functions of the operators countArith takes.
var binName = map[parser.Operator]string{parser.Add: "Add", parser.Sub: "Sub"}

// countArith reports whether e, the item of a counted generator
// expression, is `a + b` or `a - b` that expr would translate as py.Add or
// py.Sub of its operands (names and items, nothing int-typed or
// float-speculated), and the Feeder method counting it.
func (t *translator) countArith(f *fn, e parser.ExprNode) (*parser.BinOp, string) {
	b, ok := e.(*parser.BinOp)
	if !ok || binName[b.Op] == "" {
		return nil, ""
	}
	for _, o := range []parser.ExprNode{b.Left, b.Right} {
		switch x := o.(type) {
		case *parser.Name:
		case *parser.Subscript:
			if _, slice := x.Slice.(*parser.Slice); slice {
				return nil, ""
			}
		default:
			return nil, ""
		}
	}
	if t.usesIntLocal(f, b) || t.usesFloatLocal(f, b) || t.floatTree(f, b) {
		return nil, ""
	}
	if b.Op == parser.Add {
		return b, "CountAdd"
	}
	return b, "CountSub"
}
