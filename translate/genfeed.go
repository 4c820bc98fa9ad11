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
// call.
func (t *translator) genexpFeed(f *fn, x *parser.Call) jen.Code {
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
	first := t.firstIter(f, g, g.Generators[0])
	cf := &fn{scope: s, parent: f, qualname: qual, genVar: f.genVar}
	it0, fd := t.id("it"), t.id("fd")
	// Every step of the loops is at the expression's position, as
	// CPython's <genexpr> frame reports its FOR_ITERs.
	dir := func() jen.Code { return jen.Comment(t.spanDirective(g.Position())) }
	put := jen.Add(dir()).If(jen.Op("!").Id(fd).Dot("Put").Call(t.expr(cf, g.Elt))).Block(jen.Return())
	body := t.localDecls(s, nil, false)
	body = append(body, t.feedLoops(cf, g.Generators, it0, put, dir)...)
	loops := jen.Func().Params(jen.Id(it0).Add(pyObject()), jen.Id(fd).Op("*").Qual(pyPath, "Feeder")).Block(body...)
	return py("Feed").Call(py(feedKinds[n.Id]), callee, jen.Id(codeVar), loops, py("IterMark").Call(), first)
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
		body := []jen.Code{
			jen.Add(dir()).List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("Next").Call(jen.Id(it))),
			jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
		}
		body = append(body, t.assignTo(cf, g.Target, jen.Id(item))...)
		for _, cond := range g.Ifs {
			body = append(body, jen.If(jen.Op("!").Parens(t.cond(cf, cond))).Block(jen.Continue()))
		}
		body = append(body, build(i+1)...)
		return append(out, jen.For().Block(body...))
	}
	return build(0)
}
