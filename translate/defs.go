package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Function, lambda, class and comprehension definitions: each Python
// scope becomes a Go closure.

func qualname(f *fn, name string) string {
	switch {
	case f == nil || f.scope.kind == moduleScope:
		return name
	case f.scope.kind == classScope:
		return f.qualname + "." + name
	}
	return f.qualname + ".<locals>." + name
}

// defQualname is the __qualname__ of a def or class statement binding
// name: a name the enclosing scope declares global is qualified by itself
// alone (compiler_set_qualname's GLOBAL_EXPLICIT case).
func defQualname(f *fn, binding, disp string) string {
	if f != nil && f.scope != nil && f.scope.globals[binding] {
		return disp
	}
	return qualname(f, disp)
}

func paramNames(a *parser.Arguments) []string {
	var names []string
	for _, x := range a.All() {
		names = append(names, x.Arg)
	}
	return names
}

// codeDecl declares the function's static description (a *py.Code).
// docstring returns a body's docstring, if its first statement is one.
func docstring(body []parser.StmtNode) (string, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*parser.Expr); ok {
		if c, ok := e.Value.(*parser.Constant); ok {
			if s, ok := c.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

func (t *translator) codeDecl(name, qual string, line int, a *parser.Arguments, flags string, doc ...string) string {
	v := t.id("code")
	fields := jen.Dict{
		jen.Id("Name"):     jen.Lit(name),
		jen.Id("Qualname"): jen.Lit(qual),
		jen.Id("Module"):   jen.Lit(t.opts.Module),
		jen.Id("File"):     jen.Lit(t.file),
		jen.Id("Line"):     jen.Lit(line),
	}
	if flags != "" {
		fields[jen.Id("Flags")] = py(flags)
	}
	if len(doc) > 0 && doc[0] != "" {
		fields[jen.Id("Doc")] = jen.Lit(doc[0])
	}
	if a != nil {
		params := paramNames(a)
		if len(params) > 0 {
			fields[jen.Id("Params")] = jen.Index().String().ValuesFunc(func(g *jen.Group) {
				for _, p := range params {
					g.Lit(p)
				}
			})
		}
		if n := len(a.Posonlyargs) + len(a.Args); n > 0 {
			fields[jen.Id("NumPos")] = jen.Lit(n)
		}
		if n := len(a.Posonlyargs); n > 0 {
			fields[jen.Id("NumPosOnly")] = jen.Lit(n)
		}
		if n := len(a.Kwonlyargs); n > 0 {
			fields[jen.Id("NumKwOnly")] = jen.Lit(n)
		}
		if a.Vararg != nil {
			fields[jen.Id("VarArgs")] = jen.True()
		}
		if a.Kwarg != nil {
			fields[jen.Id("VarKw")] = jen.True()
		}
	}
	t.decls = append(t.decls, t.codeVar(v, fields))
	t.codeFields[v] = fields
	return v
}

func codeFlags(s *scope) string {
	switch {
	case s.isAsync && s.isGenerator:
		return "CodeAsyncGenerator"
	case s.isAsync:
		return "CodeCoroutine"
	case s.isGenerator:
		return "CodeGenerator"
	}
	return ""
}

func (t *translator) addSpan(name string, n parser.Node) {
	if p, ok := n.(parser.Positioned); ok {
		pos := p.Position()
		t.spans = append(t.spans, span{name: name, start: pos.Lineno, end: pos.EndLineno})
	}
}

// usedIn reports whether the Go variable for name in s is ever read.
func (t *translator) usedIn(s *scope, name string) bool {
	if s.used[name] {
		return true
	}
	var walk func(c *scope) bool
	walk = func(c *scope) bool {
		for _, ch := range c.children {
			if ch.used[name] {
				if kind, owner := ch.resolve(name, t.module); (kind == nameFree || kind == nameLocal) && owner == s {
					return true
				}
			}
			if walk(ch) {
				return true
			}
		}
		return false
	}
	return walk(s)
}

// fixedArity reports whether a function's parameters are plain positional
// ones few enough for a py.NewFunctionN entry point.
func fixedArity(a *parser.Arguments) (int, bool) {
	if a.Vararg != nil || a.Kwarg != nil || len(a.Kwonlyargs) > 0 {
		return 0, false
	}
	n := len(a.Posonlyargs) + len(a.Args)
	return n, n <= maxFixedArity
}

// maxFixedArity is the most parameters a py.NewFunctionN entry point
// takes (py.NewFunction0 ... py.NewFunction5).
const maxFixedArity = 5

// localDecls declares a scope's parameters and local variables; params
// that are Go parameters already (fixed-arity functions) are skipped.
func (t *translator) localDecls(s *scope, params []string, goParams bool) []jen.Code {
	var out []jen.Code
	var unused []jen.Code
	dead := map[string]bool{}
	switch d := s.node.(type) {
	case *parser.FunctionDef:
		dead = deadReads(d.Body)
	case *parser.AsyncFunctionDef:
		dead = deadReads(d.Body)
	}
	for i, p := range params {
		if goParams {
			break
		}
		out = append(out, jen.Var().Id(localVar(p)).Add(pyObject()).Op("=").Id("a").Index(jen.Lit(i)))
		if !t.usedIn(s, p) || dead[p] {
			unused = append(unused, jen.Id(localVar(p)))
		}
	}
	var locals []jen.Code
	ints := t.intLocals(s)
	floats := t.floatLocals(s)
	for _, name := range s.order {
		if s.params[name] || s.globals[name] || s.nonlocal[name] {
			continue
		}
		if ints[name] {
			out = append(out, jen.Id(localVar(name)).Op(":=").Add(py("UnboundI")))
		} else if floats[name] {
			out = append(out, jen.Id(localVar(name)).Op(":=").Add(py("UnboundF")))
		} else {
			locals = append(locals, jen.Id(localVar(name)))
		}
		if !t.usedIn(s, name) || dead[name] {
			unused = append(unused, jen.Id(localVar(name)))
		}
	}
	if len(locals) > 0 {
		out = append(out, jen.Var().List(locals...).Add(pyObject()))
	}
	if len(unused) > 0 {
		blanks := make([]jen.Code, len(unused))
		for i := range blanks {
			blanks[i] = jen.Id("_")
		}
		out = append(out, jen.List(blanks...).Op("=").List(unused...))
	}
	return out
}

// fixedFunction builds py.NewFunctionN(code, defaults, func(v_a, ... py.Object) py.Object {...}).
func (t *translator) fixedFunction(codeVar string, n int, params []string, defs jen.Code, impl []jen.Code) *jen.Statement {
	goParams := make([]jen.Code, n)
	for i := 0; i < n; i++ {
		goParams[i] = jen.Id(localVar(params[i]))
	}
	if n > 0 {
		goParams[n-1] = jen.Id(localVar(params[n-1])).Add(pyObject())
	}
	fun := jen.Func().Params(goParams...).Add(pyObject()).Block(impl...)
	if n == 0 {
		return py("NewFunction0").Call(jen.Id(codeVar), fun)
	}
	return py("NewFunction"+string(rune('0'+n))).Call(jen.Id(codeVar), defs, fun)
}

// functionBody wraps a translated body as coroutine, generator or plain code.
func (t *translator) functionBody(nf *fn, s *scope, codeVar string, body []parser.StmtNode) []jen.Code {
	wrap := func(stmts []jen.Code) []jen.Code {
		if !terminates(body) {
			stmts = append(stmts, jen.Return(pyNone()))
		}
		return stmts
	}
	switch {
	case s.isGenerator && s.isAsync:
		nf.genVar = "gen"
		inner := wrap(t.block(nf, body))
		return []jen.Code{jen.Return(py("NewAsyncGenerator").Call(jen.Id(codeVar),
			jen.Func().Params(jen.Id("gen").Op("*").Qual(pyPath, "AsyncGenerator")).Add(pyObject()).Block(inner...)))}
	case s.isGenerator:
		nf.genVar = "gen"
		inner := wrap(t.block(nf, body))
		return []jen.Code{jen.Return(py("NewGenerator").Call(jen.Id(codeVar),
			jen.Func().Params(jen.Id("gen").Op("*").Qual(pyPath, "Generator")).Add(pyObject()).Block(inner...)))}
	case s.isAsync:
		inner := wrap(t.block(nf, body))
		return []jen.Code{jen.Return(py("NewCoroutine").Call(jen.Id(codeVar),
			jen.Func().Params().Add(pyObject()).Block(inner...)))}
	}
	return wrap(t.block(nf, body))
}

func (t *translator) defaults(f *fn, a *parser.Arguments) (jen.Code, jen.Code) {
	var defs jen.Code = jen.Nil()
	if len(a.Defaults) > 0 {
		defs = jen.Index().Add(pyObject()).ValuesFunc(func(g *jen.Group) {
			for _, d := range a.Defaults {
				g.Add(t.expr(f, d))
			}
		})
	}
	var kwdefs jen.Code = jen.Nil()
	hasKw := false
	for _, d := range a.KwDefaults {
		if d != nil {
			hasKw = true
		}
	}
	if hasKw {
		kwdefs = jen.Index().Add(pyObject()).ValuesFunc(func(g *jen.Group) {
			for _, d := range a.KwDefaults {
				if d == nil {
					g.Nil()
				} else {
					g.Add(t.expr(f, d))
				}
			}
		})
	}
	return defs, kwdefs
}

func (t *translator) funcDef(f *fn, node parser.StmtNode, name string, args *parser.Arguments, body []parser.StmtNode, decorators []parser.ExprNode, isAsync bool) []jen.Code {
	s := t.scopes[node]
	disp := displayName(node, name) // name is the binding, mangled
	qual := defQualname(f, name, disp)
	pos := node.(parser.Positioned).Position()
	doc, _ := docstring(body)
	codeVar := t.codeDecl(disp, qual, pos.Lineno, args, codeFlags(s), doc)
	t.addSpan(disp, node)

	var out []jen.Code
	var decoVars []string
	for _, d := range decorators {
		v := t.id("deco")
		out = append(out, jen.Id(v).Op(":=").Add(t.expr(f, d)))
		decoVars = append(decoVars, v)
	}
	defs, kwdefs := t.defaults(f, args)

	nf := &fn{scope: s, parent: f, returnsValue: true, qualname: qual}
	params := paramNames(args)
	compiled := (s.isAsync || s.isGenerator) && smCompilable(body)
	if d := t.directDefs()[name]; d != nil && d.node == node {
		compiled = false
	}
	if compiled {
		s.frame = t.id("fr")
	}
	if len(params) > 0 && len(args.Posonlyargs)+len(args.Args) > 0 {
		// A zero-argument super() takes the function's first argument,
		// method or not (the class comes from the __class__ cell).
		nf.firstParam = s.goName(params[0])
		if f.scope.kind == classScope {
			nf.classVar = f.classVar
		}
	}
	n, fixed := fixedArity(args)
	if d := t.directDefs()[name]; d != nil && d.node == node {
		fnExpr := t.withAnnotations(f, args, node, t.withClosure(s, codeVar, t.directFunction(d, nf, s, codeVar, params, defs, kwdefs, body)))
		return append(out, t.storeName(f, name, fnExpr))
	}
	floatMeth := fixed && !compiled && t.floatFnNames().methDefs[node]
	if f.scope.kind == classScope && !s.isAsync && !s.isGenerator {
		t.markInitStores(codeVar, name, args, decorators, body)
	}
	var impl []jen.Code
	if compiled {
		impl = t.smFunction(nf, codeVar, body, params, fixed)
	} else if !floatMeth {
		impl = append(t.localDecls(s, params, fixed), t.functionBody(nf, s, codeVar, body)...)
	}
	var fnExpr jen.Code
	if floatMeth {
		fnExpr = t.withClosure(s, codeVar, t.floatMethodFunction(nf, s, codeVar, n, params, body))
	} else if fixed {
		fnExpr = t.withClosure(s, codeVar, t.inlined(node, t.fixedFunction(codeVar, n, params, defs, impl)))
	} else {
		fnExpr = t.withClosure(s, codeVar, py("NewFunction").Call(jen.Id(codeVar), defs, kwdefs,
			jen.Func().Params(jen.Id("a").Index().Add(pyObject())).Add(pyObject()).Block(impl...)))
	}
	fnExpr = t.withAnnotations(f, args, node, fnExpr)
	for i := len(decoVars) - 1; i >= 0; i-- {
		// Applied at the decorator's position, as in CPython.
		fnExpr = t.positioned(decorators[i], py("Call").Call(jen.Id(decoVars[i]), fnExpr))
	}
	out = append(out, t.storeName(f, name, fnExpr))
	if len(decoVars) > 0 {
		return out
	}
	return out
}

func (t *translator) lambda(f *fn, x *parser.Lambda) *jen.Statement {
	s := t.scopes[x]
	qual := qualname(f, "<lambda>")
	codeVar := t.codeDecl("<lambda>", qual, x.Lineno, x.Args, codeFlags(s))
	t.addSpan("<lambda>", x)
	defs, kwdefs := t.defaults(f, x.Args)
	nf := &fn{scope: s, parent: f, returnsValue: true, qualname: qual}
	n, fixed := fixedArity(x.Args)
	params := paramNames(x.Args)
	if len(params) > 0 && len(x.Args.Posonlyargs)+len(x.Args.Args) > 0 {
		nf.firstParam = s.goName(params[0])
	}
	var impl []jen.Code
	if s.isGenerator {
		// lambda: (yield) is a generator function returning its body's value.
		ret := &parser.Return{Pos: x.Pos, Value: x.Body}
		impl = append(t.localDecls(s, params, fixed), t.functionBody(nf, s, codeVar, []parser.StmtNode{ret})...)
	} else {
		impl = append(t.localDecls(s, params, fixed), jen.Return(t.expr(nf, x.Body)))
	}
	if fixed {
		return t.withClosure(s, codeVar, t.fixedFunction(codeVar, n, params, defs, impl))
	}
	return t.withClosure(s, codeVar, py("NewFunction").Call(jen.Id(codeVar), defs, kwdefs,
		jen.Func().Params(jen.Id("a").Index().Add(pyObject())).Add(pyObject()).Block(impl...)))
}

func (t *translator) classDef(f *fn, x *parser.ClassDef) []jen.Code {
	disp := displayName(x, x.Name) // x.Name is the binding, mangled
	s := t.scopes[x]
	qual := defQualname(f, x.Name, disp)
	t.addSpan(disp, x)
	ns, cls := t.id("ns"), t.id("cls")
	var out []jen.Code
	var decoVars []string
	for _, d := range x.DecoratorList {
		v := t.id("deco")
		out = append(out, jen.Id(v).Op(":=").Add(t.expr(f, d)))
		decoVars = append(decoVars, v)
	}
	bases := t.id("bases")
	out = append(out, jen.Id(bases).Op(":=").Add(t.starredList(f, x.Bases)), jen.Var().Id(cls).Add(pyObject()))
	// A class with bases or keywords may have a metaclass: it is chosen,
	// and its __prepare__ makes the namespace, before the body runs.
	plain := len(x.Bases) == 0 && len(x.Keywords) == 0
	meta, kwn, kwv := t.id("meta"), t.id("kwn"), t.id("kwv")
	if plain {
		out = append(out, jen.Id(ns).Op(":=").Add(py("NewDict").Call()))
	} else {
		var names, vals jen.Code = jen.Nil(), jen.Nil()
		dstar := false
		for _, k := range x.Keywords {
			dstar = dstar || k.Arg == ""
		}
		if dstar {
			// class C(**kw): the keywords are merged at run time, in
			// order, as a call's are.
			kn, kv := t.id("kn"), t.id("kv")
			body := []jen.Code{jen.Var().Id(kn).Index().String(), jen.Var().Id(kv).Index().Add(pyObject())}
			// A repeated name's error names __build_class__, which
			// CPython calls here (by name: builtins.__build_class__ is
			// not a function object in this runtime).
			body = append(body, t.keywordLists(f, x.Keywords, kn, kv, py("Str").Call(jen.Lit("__build_class__()")))...)
			body = append(body, jen.Return(jen.Id(kn), jen.Id(kv)))
			out = append(out, jen.List(jen.Id(kwn), jen.Id(kwv)).Op(":=").Add(
				jen.Func().Params().Params(jen.Index().String(), jen.Index().Add(pyObject())).Block(body...).Call()))
			names, vals = jen.Id(kwn), jen.Id(kwv)
		} else if len(x.Keywords) > 0 {
			names = jen.Index().String().ValuesFunc(func(g *jen.Group) {
				for _, k := range x.Keywords {
					g.Lit(k.Arg)
				}
			})
			vals = jen.Index().Add(pyObject()).ValuesFunc(func(g *jen.Group) {
				for _, k := range x.Keywords {
					g.Add(t.expr(f, k.Value))
				}
			})
		}
		op := ":="
		if dstar {
			op = "="
			out = append(out, jen.Var().Id(meta).Add(pyObject()), jen.Var().Id(ns).Op("*").Add(py("Dict")))
		}
		out = append(out, jen.List(jen.Id(meta), jen.Id(ns), jen.Id(kwn), jen.Id(kwv)).Op(op).Add(
			py("PrepareClass").Call(jen.Lit(disp), jen.Id(bases), names, vals)))
	}
	out = append(out,
		jen.Id(ns).Dot("SetStr").Call(jen.Lit("__module__"), py("Str").Call(jen.Lit(t.opts.Module))),
		jen.Id(ns).Dot("SetStr").Call(jen.Lit("__qualname__"), py("Str").Call(jen.Lit(qual))),
	)
	if doc, ok := docstring(x.Body); ok {
		out = append(out, jen.Id(ns).Dot("SetStr").Call(jen.Lit("__doc__"), py("Str").Call(jen.Lit(doc))))
	}
	if findAnn(x.Body) {
		out = append(out, py("SetupAnnotations").Call(jen.Id(ns)))
	}
	// A method using __class__ (or a zero-argument super()) reads the
	// class variable through the cell the namespace's __classcell__
	// hands to type.__new__, which sets it to the new class.
	classCell := classNeedsCell(s)
	if classCell {
		s.classCellVar, s.classCellObj = cls, t.id("cell")
		out = append(out, jen.Id(s.classCellObj).Op(":=").Add(py("CellAt").Call(jen.Op("&").Id(cls))),
			jen.Id(ns).Dot("SetStr").Call(jen.Lit("__classcell__"), jen.Id(s.classCellObj)))
	}
	// The namespace may hold names no statement binds when a metaclass
	// prepared it, or when the body writes it through locals(), vars(),
	// exec or eval.
	prepared := !plain || s.used["locals"] || s.used["vars"] || s.used["exec"] || s.used["eval"]
	cf := &fn{scope: s, parent: f, classNS: ns, classVar: cls, qualname: qual, classPrepared: prepared}
	out = append(out, markDirected(t.block(cf, x.Body))...)
	var clsExpr jen.Code = py("NewClass").Call(jen.Lit(disp), jen.Lit(qual), jen.Lit(t.opts.Module), jen.Id(bases), jen.Id(ns))
	if !plain {
		clsExpr = py("BuildClass").Call(jen.Id(meta), jen.Lit(disp), jen.Lit(qual), jen.Lit(t.opts.Module), jen.Id(bases), jen.Id(ns), jen.Id(kwn), jen.Id(kwv))
	}
	var value jen.Code = jen.Id(cls)
	if classCell {
		// __build_class__'s check that type.__new__ set the cell to the
		// class it made.
		res := t.id("cls")
		out = append(out, jen.Id(res).Op(":=").Add(clsExpr),
			py("CheckClassCell").Call(jen.Id(cls), jen.Id(res), jen.Lit(disp)))
		value = jen.Id(res)
	} else {
		out = append(out, jen.Id(cls).Op("=").Add(clsExpr))
	}
	for i := len(decoVars) - 1; i >= 0; i-- {
		value = t.positioned(x.DecoratorList[i], py("Call").Call(jen.Id(decoVars[i]), value))
	}
	out = append(out, t.storeName(f, x.Name, value))
	return out
}

// comprehensionLoops emits the nested loops of a comprehension; inner is
// the innermost statement (append, add, set or yield).
// seqFirst: firstIter holds what py.SeqOrIter gave (a list or tuple
// itself, or an iterator).
func (t *translator) comprehensionLoops(cf *fn, gens []*parser.Comprehension, firstIter string, seqFirst bool, inner []jen.Code) []jen.Code {
	var build func(i int) []jen.Code
	build = func(i int) []jen.Code {
		if i == len(gens) {
			return inner
		}
		g := gens[i]
		it, item, ok := t.id("it"), t.id("x"), t.id("ok")
		var out []jen.Code
		async := g.IsAsync == 1
		sq, src, idx := "", "", ""
		legacy := false
		v, typed := t.intRangeClause(cf, g)
		switch {
		case async:
			if i == 0 {
				it = firstIter
			} else {
				out = append(out, jen.Id(it).Op(":=").Add(py("AIter").Call(t.expr(cf, g.Iter))))
			}
		case typed:
			// An int-typed variable over range(): its steps come unboxed.
			if i == 0 {
				it = firstIter
			} else {
				out = append(out, jen.Id(it).Op(":=").Add(py("GetIter").Call(t.expr(cf, g.Iter))))
			}
		case i == 0 && seqFirst:
			// The first iterable came as an exact list or tuple itself
			// (py.SeqOrIter) or as its iterator.
			src, idx = t.id("src"), t.id("i")
			out = append(out, jen.List(jen.Id(src), jen.Id(it)).Op(":=").Add(py("ForItemsIt").Call(jen.Id(firstIter))))
		case i == 0 || isCall(g.Iter):
			// An iterator (a call's result is most often one): its steps
			// go straight to Next, a list's or tuple's iterator stepping
			// inline (py.SeqOf).
			if i == 0 {
				it = firstIter
			} else {
				out = append(out, jen.Id(it).Op(":=").Add(py("GetIter").Call(t.expr(cf, g.Iter))))
			}
			sq = t.id("sq")
			out = append(out, jen.Id(sq).Op(":=").Add(py("SeqOf").Call(jen.Id(it))))
			legacy = true
		default:
			// Lists and tuples step by index, as in a for statement.
			src, idx = t.id("src"), t.id("i")
			out = append(out, jen.Var().Id(it).Add(py("Object")), jen.Id(src).Op(":=").Add(py("ForItems").Call(t.expr(cf, g.Iter), jen.Op("&").Id(it))))
		}
		var body []jen.Code
		switch {
		case async:
			body = []jen.Code{
				jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("ANext").Call(jen.Id(it))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
			}
		case typed:
			// A range's items step inline (py.NextIHit).
			body = []jen.Code{
				jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("NextIHit").Call(jen.Id(it))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.List(jen.Id(item), jen.Id(ok)).Op("=").Add(py("NextI").Call(jen.Id(it)))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
				jen.Id(v).Op("=").Id(item),
			}
		case legacy:
			// An iterator's list or tuple steps inline (py.SeqNext).
			body = []jen.Code{
				jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("SeqNext").Call(jen.Id(sq))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.List(jen.Id(item), jen.Id(ok)).Op("=").Add(py("Next").Call(jen.Id(it)))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
			}
		default:
			// Lists and tuples step inline, as in a for statement.
			body = []jen.Code{
				jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("ItemAt").Call(jen.Id(src), jen.Id(idx))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.List(jen.Id(item), jen.Id(ok)).Op("=").Add(py("NextItem").Call(jen.Id(it), jen.Id(src), jen.Id(idx)))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
			}
		}
		if !typed {
			body = append(body, t.assignTo(cf, g.Target, jen.Id(item))...)
		}
		for _, cond := range g.Ifs {
			body = append(body, jen.If(jen.Op("!").Parens(t.cond(cf, cond))).Block(jen.Continue()))
		}
		body = append(body, build(i+1)...)
		loop := jen.For()
		if idx != "" {
			loop = jen.For(jen.Id(idx).Op(":=").Lit(0), jen.Empty(), jen.Id(idx).Op("++"))
		}
		out = append(out, loop.Block(body...))
		return out
	}
	return build(0)
}

// intRangeClause reports whether the comprehension clause g is `for x in
// range(...)` of the builtin range with x an int-typed variable of cf's
// scope (comprehensionInts), and gives x's Go name.
func (t *translator) intRangeClause(cf *fn, g *parser.Comprehension) (string, bool) {
	n, ok := g.Target.(*parser.Name)
	if !ok || g.IsAsync != 0 || !t.isIntLocal(cf, n.Id) || !t.isBuiltinRange(cf, g.Iter) {
		return "", false
	}
	return cf.scope.goName(n.Id), true
}

// firstIter evaluates a comprehension's first iterable, which the Go
// source places after the comprehension's function literal: a directive
// restores its Python line, which Go would otherwise count on from the
// literal's last directive. Getting its iterator is at the position of
// the comprehension (node), as in CPython.
func (t *translator) firstIter(f *fn, node parser.ExprNode, g *parser.Comprehension) *jen.Statement {
	dir := jen.Comment(t.spanDirective(node.(parser.Positioned).Position()))
	if g.IsAsync == 1 {
		return dir.Add(py("AIter").Call(t.expr(f, g.Iter)))
	}
	return dir.Add(py("GetIter").Call(t.expr(f, g.Iter)))
}

// comprehension translates a list ("list"), set or dict comprehension;
// kind "items" is a list comprehension whose list nobody could see (the
// star argument of a call): it gives its items as a []py.Object.
func (t *translator) comprehension(f *fn, node parser.ExprNode, gens []*parser.Comprehension, kind string, elt, value parser.ExprNode) *jen.Statement {
	s := t.scopes[node]
	names := map[string]string{"list": "<listcomp>", "items": "<listcomp>", "set": "<setcomp>", "dict": "<dictcomp>"}
	t.addSpan(names[kind], node)
	// A first iterable that is a call of the builtin range (evaluated,
	// like any first iterable, in the enclosing scope) gives its iterator
	// without a range object, lent until the loops are done
	// (py.RangeIterCallN, py.GiveBackIter).
	rangeFirst := gens[0].IsAsync == 0 && t.isBuiltinRange(f, gens[0].Iter)
	seqFirst := !rangeFirst && gens[0].IsAsync == 0 && !isCall(gens[0].Iter)
	var first *jen.Statement
	switch {
	case rangeFirst:
		t.rangeLend = gens[0].Iter.(*parser.Call)
		first = t.firstIter(f, node, gens[0])
		t.rangeLend = nil
	case seqFirst:
		// A list or tuple goes in as it is, to be stepped on the
		// function's stack.
		first = jen.Comment(t.spanDirective(node.(parser.Positioned).Position())).Add(py("SeqOrIter").Call(t.expr(f, gens[0].Iter)))
	default:
		first = t.firstIter(f, node, gens[0])
	}
	cf := &fn{scope: s, parent: f, qualname: qualname(f, names[kind]), genVar: f.genVar}
	it0, res := t.id("it"), t.id("res")
	// Every item makes an element: room for them all up front.
	hint := len(gens) == 1 && len(gens[0].Ifs) == 0 && gens[0].IsAsync == 0
	var ctor, add jen.Code
	switch kind {
	case "list":
		ctor = py("NewList").Call()
		if hint {
			ctor = py("NewListHint").Call(jen.Id(it0))
		}
		add = jen.Id(res).Dot("Items").Op("=").Append(jen.Id(res).Dot("Items"), t.expr(cf, elt))
	case "items":
		ctor = jen.Index().Add(pyObject()).Parens(jen.Nil())
		if hint {
			ctor = py("ItemsHint").Call(jen.Id(it0))
		}
		add = jen.Id(res).Op("=").Append(jen.Id(res), t.expr(cf, elt))
	case "set":
		ctor = py("NewSet").Call()
		add = jen.Id(res).Dot("Add").Call(t.expr(cf, elt))
	default:
		ctor = py("NewDict").Call()
		add = jen.Id(res).Dot("Set").Call(t.expr(cf, elt), t.expr(cf, value))
	}
	// A comprehension is a frame of its own in CPython 3.11: it counts
	// towards the recursion limit.
	body := []jen.Code{py("EnterFrame").Call()}
	body = append(body, t.localDecls(s, nil, false)...)
	body = append(body, jen.Id(res).Op(":=").Add(ctor))
	body = append(body, t.comprehensionLoops(cf, gens, it0, seqFirst, []jen.Code{add})...)
	if rangeFirst {
		body = append(body, py("GiveBackIter").Call(jen.Id(it0)))
	}
	body = append(body, py("LeaveFrame").Call(), jen.Return(jen.Id(res)))
	if kind == "items" {
		fn := jen.Func().Params(jen.Id(it0).Add(pyObject())).Index().Add(pyObject()).Block(body...)
		return py("RunComprehensionItems").Call(fn, first)
	}
	return py("RunComprehension").Call(jen.Func().Params(jen.Id(it0).Add(pyObject())).Add(pyObject()).Block(body...), first)
}

func (t *translator) genExp(f *fn, x *parser.GeneratorExp) *jen.Statement {
	s := t.scopes[x]
	t.addSpan("<genexpr>", x)
	qual := qualname(f, "<genexpr>")
	flags := "CodeGenerator"
	if s.isAsync {
		flags = "CodeAsyncGenerator"
	}
	codeVar := t.codeDecl("<genexpr>", qual, x.Lineno, nil, flags)
	first := t.firstIter(f, x, x.Generators[0])
	cf := &fn{scope: s, parent: f, qualname: qual, genVar: "gen"}
	it0 := t.id("it")
	if !s.isAsync {
		// A compiled generator running the loops the expression spells.
		s.frame, s.isGenerator = t.id("fr"), true
		cf.genVar = ""
		var body []parser.StmtNode = []parser.StmtNode{&parser.Expr{Pos: x.Pos, Value: &parser.Yield{Pos: x.Pos, Value: x.Elt}}}
		for i := len(x.Generators) - 1; i >= 0; i-- {
			g := x.Generators[i]
			for j := len(g.Ifs) - 1; j >= 0; j-- {
				body = []parser.StmtNode{&parser.If{Pos: x.Pos, Test: g.Ifs[j], Body: body}}
			}
			iter := g.Iter
			if i == 0 {
				iter = tempRef(it0)
			}
			body = []parser.StmtNode{&parser.For{Pos: x.Pos, Target: g.Target, Iter: iter, Body: body}}
		}
		gen := t.smFunction(cf, codeVar, body, nil, false)
		return jen.Func().Params(jen.Id(it0).Add(pyObject())).Add(pyObject()).Block(gen...).Call(first)
	}
	inner := t.localDecls(s, nil, false)
	inner = append(inner, t.comprehensionLoops(cf, x.Generators, it0, false, []jen.Code{jen.Id("gen").Dot("Yield").Call(t.expr(cf, x.Elt))})...)
	inner = append(inner, jen.Return(pyNone()))
	ctor, genType := "NewGenerator", "Generator"
	if s.isAsync {
		ctor, genType = "NewAsyncGenerator", "AsyncGenerator"
	}
	gen := py(ctor).Call(jen.Id(codeVar), jen.Func().Params(jen.Id("gen").Op("*").Qual(pyPath, genType)).Add(pyObject()).Block(inner...))
	return jen.Func().Params(jen.Id(it0).Add(pyObject())).Add(pyObject()).Block(jen.Return(gen)).Call(first)
}

// withAnnotations gives a new function its __annotations__: each annotated
// parameter, in order, then "return".
func (t *translator) withAnnotations(f *fn, a *parser.Arguments, node parser.StmtNode, fnExpr jen.Code) jen.Code {
	var names []string
	var values []jen.Code
	for _, arg := range a.All() {
		if arg.Annotation != nil {
			names = append(names, arg.Arg)
			values = append(values, t.annotation(f, arg.Annotation))
		}
	}
	var returns parser.ExprNode
	switch d := node.(type) {
	case *parser.FunctionDef:
		returns = d.Returns
	case *parser.AsyncFunctionDef:
		returns = d.Returns
	}
	if returns != nil {
		names = append(names, "return")
		values = append(values, t.annotation(f, returns))
	}
	if len(names) == 0 {
		return fnExpr
	}
	lits := make([]jen.Code, len(names))
	for i, n := range names {
		lits[i] = jen.Lit(n)
	}
	return py("WithAnnotations").Call(fnExpr, jen.Index().String().Values(lits...), jen.Index().Add(pyObject()).Values(values...))
}

// annotation is an annotation's value: the expression, or under
// `from __future__ import annotations` (PEP 563) its text as
// ast.unparse renders it.
func (t *translator) annotation(f *fn, e parser.ExprNode) jen.Code {
	if !t.postponedAnnotations {
		if s, ok := e.(*parser.Starred); ok {
			// *args: *Ts is the one item the starred value unpacks to
			// (CPython's UNPACK_SEQUENCE 1).
			return py("Unpack").Call(t.expr(f, s.Value), jen.Lit(1), jen.Lit(-1)).Index(jen.Lit(0))
		}
		return t.expr(f, e)
	}
	text, ok := parser.Unparse(e)
	if !ok {
		t.unsupportedAt(e, "this kind of expression as a postponed annotation (from __future__ import annotations)")
	}
	return py("Str").Call(jen.Lit(text))
}

// isCall reports whether e is a call: a loop over it takes the iterator
// path (see forStmt).
func isCall(e parser.ExprNode) bool {
	_, ok := e.(*parser.Call)
	return ok
}
