package translate

import (
	"fmt"

	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Direct calls (runtime/py/directcall.go).
//
// A function made by a def statement at module level, with at most three
// plain positional parameters, no decorators and nothing captured, has its
// body as a package-level Go function (dfn_N) whose first parameter is the
// module namespace (G) of the run that made the function object (a module
// imported again as a fresh instance runs its defs again with another G);
// the def keeps the function object it made in a package variable (fo_N). A call `name(a, b)` of the
// global name with exactly that many positional arguments loads the name as
// any call does and hands the value, the object and the body to py.DirectN,
// which calls the body directly when the name still holds the object (the
// generic call otherwise). Nothing is assumed about the binding: it is
// checked at each call.
//
// An async def of the main module can also be known never to suspend: its
// body awaits nothing but `g(...)` of such async defs (a fixed point over
// the module), by names the module binds nowhere else, in a module whose
// namespace nothing it does can reach dynamically (globals(), vars(),
// exec, frames, sys.modules, `import __main__`, star imports). Its body is
// then a plain Go function; `await g(x)` of one runs it on the awaiting
// frame (py.DirectAwaitN), and a call made any other way returns a
// coroutine whose one step runs the body (py.DirectCoroutineN).

type directDef struct {
	node  parser.StmtNode
	name  string
	arity int
	// sig marks a def whose parameters are not plain positional ones
	// (directsig.go): its body takes every parameter of Code.Params, and
	// only sigCall calls it directly. args is its signature.
	sig    bool
	args   *parser.Arguments
	async  bool   // a never-suspending async def
	goFn   string // the body (plain, for an async def)
	object string // the *py.Function the def made
	// floatFn is the body returning a py.TypedFloat of a float-returning
	// def (floatret.go), "" for none; floatKnown says it was decided.
	floatFn    string
	floatKnown bool
	// iffFn is the int64 version of a float function of int arguments
	// (intfloat.go), "" for none; iffKnown says it was decided.
	iffFn    string
	iffKnown bool
}

// namesReachingGlobals are the names whose use (as a name or an attribute)
// can reach a module's namespace in ways the translator cannot follow.
var namesReachingGlobals = map[string]bool{
	"globals": true, "vars": true, "locals": true, "exec": true, "eval": true, "compile": true,
	"__import__": true, "import_module": true, "modules": true, "__globals__": true,
	"f_globals": true, "f_locals": true, "_getframe": true, "currentframe": true, "getmodule": true,
	"stack": true, "get_referrers": true, "get_referents": true, "__dict__": true, "__main__": true,
	"__builtins__": true, "reload": true, "setattr": true, "delattr": true,
}

// directDefs finds the module's direct-call targets, once.
func (t *translator) directDefs() map[string]*directDef {
	if t.direct != nil {
		return t.direct
	}
	t.direct = map[string]*directDef{}
	mod, ok := t.module.node.(*parser.Module)
	if !ok {
		return t.direct
	}
	defs := map[string]int{}
	rebound := map[string]bool{}
	escapes := t.module.hasStarImport || t.opts.Module != "__main__"
	parser.Inspect(mod, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Name:
			if namesReachingGlobals[x.Id] {
				escapes = true
			}
			if x.Ctx != parser.Load {
				rebound[x.Id] = true
			}
		case *parser.Attribute:
			if namesReachingGlobals[x.Attr] {
				escapes = true
			}
		case *parser.Global:
			for _, name := range x.Names {
				rebound[name] = true
			}
		case *parser.Alias:
			if x.Name == "__main__" {
				escapes = true
			}
			name := x.Asname
			if name == "" {
				name = x.Name
				for i := 0; i < len(name); i++ {
					if name[i] == '.' {
						name = name[:i]
						break
					}
				}
			}
			rebound[name] = true
		case *parser.ImportFrom:
			if x.Module == "__main__" {
				escapes = true
			}
		case *parser.ExceptHandler:
			rebound[x.Name] = true
		case *parser.MatchAs:
			rebound[x.Name] = true
		case *parser.MatchStar:
			rebound[x.Name] = true
		case *parser.MatchMapping:
			rebound[x.Rest] = true
		case *parser.ClassDef:
			rebound[x.Name] = true
		case *parser.FunctionDef:
			defs[x.Name]++
		case *parser.AsyncFunctionDef:
			defs[x.Name]++
		}
		return true
	})
	candidate := func(node parser.StmtNode, name string, args *parser.Arguments, decorators []parser.ExprNode) (int, bool) {
		s := t.scopes[node]
		n, fixed := fixedArity(args)
		// The Direct helpers (py.DirectN, py.NewFunctionGN) go to three.
		if s == nil || !fixed || n > 3 || len(decorators) > 0 || s.isGenerator || defs[name] != 1 || len(t.freeVars(s)) > 0 {
			return 0, false
		}
		return n, true
	}
	var asyncDefs []*parser.AsyncFunctionDef
	for i, st := range mod.Body {
		switch x := st.(type) {
		case *parser.FunctionDef:
			if n, ok := candidate(x, x.Name, x.Args, x.DecoratorList); ok {
				t.direct[x.Name] = &directDef{node: x, name: x.Name, arity: n, args: x.Args,
					goFn: fmt.Sprintf("dfn%d_%s", i, x.Name), object: fmt.Sprintf("fo%d_%s", i, x.Name)}
			} else if n, ok := t.sigCandidate(x, defs); ok {
				t.direct[x.Name] = &directDef{node: x, name: x.Name, arity: n, sig: true, args: x.Args,
					goFn: fmt.Sprintf("dfn%d_%s", i, x.Name), object: fmt.Sprintf("fo%d_%s", i, x.Name)}
			}
		case *parser.AsyncFunctionDef:
			if escapes || rebound[x.Name] {
				continue
			}
			if n, ok := candidate(x, x.Name, x.Args, x.DecoratorList); ok {
				t.direct[x.Name] = &directDef{node: x, name: x.Name, arity: n, async: true,
					goFn: fmt.Sprintf("dco%d_%s", i, x.Name), object: fmt.Sprintf("fo%d_%s", i, x.Name)}
				asyncDefs = append(asyncDefs, x)
			}
		}
	}
	// The async defs that never suspend: a fixed point, dropping those that
	// await anything but the remaining ones.
	for changed := true; changed; {
		changed = false
		for _, x := range asyncDefs {
			if d := t.direct[x.Name]; d != nil && !t.neverSuspends(x) {
				delete(t.direct, x.Name)
				changed = true
			}
		}
	}
	return t.direct
}

// neverSuspends reports whether an async def's own body awaits only calls of
// the never-suspending async defs still in t.direct.
func (t *translator) neverSuspends(x *parser.AsyncFunctionDef) bool {
	s := t.scopes[x]
	ok := true
	walk := func(n parser.Node) bool {
		switch y := n.(type) {
		case *parser.FunctionDef, *parser.AsyncFunctionDef, *parser.Lambda, *parser.ClassDef:
			// Their bodies are other functions; their defaults and
			// decorators are evaluated here.
			if hasAwait(n) {
				ok = false
			}
			return false
		case *parser.ListComp, *parser.SetComp, *parser.DictComp, *parser.GeneratorExp:
			if hasAwait(n) {
				ok = false
			}
			return false
		case *parser.AsyncFor, *parser.AsyncWith, *parser.Yield, *parser.YieldFrom:
			ok = false
			return false
		case *parser.Await:
			if t.directAwaitTarget(s, y) == nil {
				ok = false
				return false
			}
		}
		return ok
	}
	for _, st := range x.Body {
		parser.Inspect(st, walk)
	}
	return ok
}

// hasAwait reports whether n awaits anything: an await expression, async
// for or with, or an asynchronous comprehension.
func hasAwait(n parser.Node) bool {
	found := false
	parser.Inspect(n, func(m parser.Node) bool {
		switch x := m.(type) {
		case *parser.Await, *parser.AsyncFor, *parser.AsyncWith:
			found = true
		case *parser.Comprehension:
			// async for in a comprehension awaits __anext__.
			found = found || x.IsAsync != 0
		}
		return !found
	})
	return found
}

// callTarget is the direct-call target of a call `name(args)` with only
// positional arguments, name being the module global of a direct def.
func (t *translator) callTarget(s *scope, c *parser.Call) *directDef {
	n, ok := c.Func.(*parser.Name)
	if !ok || len(c.Keywords) > 0 {
		return nil
	}
	d := t.directDefs()[n.Id]
	if d == nil || d.sig || len(c.Args) != d.arity {
		return nil
	}
	for _, a := range c.Args {
		if _, ok := a.(*parser.Starred); ok {
			return nil
		}
	}
	if kind, _ := s.resolve(n.Id, t.module); kind != nameGlobal {
		return nil
	}
	return d
}

// directAwaitTarget is the never-suspending async def `await x` awaits a
// fresh coroutine of, or nil.
func (t *translator) directAwaitTarget(s *scope, x *parser.Await) *directDef {
	c, ok := x.Value.(*parser.Call)
	if !ok {
		return nil
	}
	if d := t.callTarget(s, c); d != nil && d.async {
		return d
	}
	return nil
}

// directCall translates a call of a direct def (sync) or an await of one
// (async), or returns nil.
func (t *translator) directCall(f *fn, c *parser.Call, await bool) *jen.Statement {
	d := t.callTarget(f.scope, c)
	if d == nil || d.async != await {
		return nil
	}
	if !await {
		if code := t.directFloatCall(f, c); code != nil {
			return code.Dot("Box").Call()
		}
	}
	helper := "Direct"
	if await {
		helper = "DirectAwait"
	}
	return py(helper + string(rune('0'+d.arity))).CallFunc(func(g *jen.Group) {
		g.Add(t.loadName(f, d.name))
		g.Id(d.object)
		g.Id(d.goFn)
		for _, a := range c.Args {
			g.Add(t.expr(f, a))
		}
	})
}

// directFunction builds the function object of a direct def: its body
// becomes the package-level function d.goFn and the object is kept in
// d.object; the expression is the object.
func (t *translator) directFunction(d *directDef, nf *fn, s *scope, codeVar string, params []string, defs, kwdefs jen.Code, body []parser.StmtNode) *jen.Statement {
	impl := t.localDecls(s, params, true)
	pure := t.pureFuncs()[d.name]
	if pure != nil && pure.def == d && pure.guarded() {
		// Int arguments run the int64 version first (intfuncs.go).
		impl = append([]jen.Code{t.pureGuard(pure)}, impl...)
	}
	floatRet := t.floatReturning(d)
	nf.floatRet = floatRet
	stmts := t.block(nf, body)
	if !terminates(body) {
		if floatRet {
			stmts = append(stmts, jen.Return(t.floatReturn(nf, nil)))
		} else {
			stmts = append(stmts, jen.Return(pyNone()))
		}
	}
	impl = append(impl, stmts...)
	// The body's first parameter is the namespace its globals are read
	// from: the one of the module run that made the function object.
	goParams := []jen.Code{jen.Id("G").Op("*").Qual(pyPath, "Dict")}
	for i := 0; i < d.arity; i++ {
		goParams = append(goParams, jen.Id(localVar(params[i])).Add(pyObject()))
	}
	t.decls = append(t.decls, jen.Var().Id(d.object).Op("*").Qual(pyPath, "Function"))
	if floatRet {
		t.decls = append(t.decls, jen.Func().Id(d.floatFn).Params(goParams...).Qual(pyPath, "TypedFloat").Block(impl...))
	} else {
		t.decls = append(t.decls, jen.Func().Id(d.goFn).Params(goParams...).Add(pyObject()).Block(impl...))
	}
	if pure != nil && pure.def == d && t.emitted(pure) {
		t.decls = append(t.decls, t.pureFunction(pure))
	}
	if t.intFloat(d) {
		t.decls = append(t.decls, t.intFloatFunction(d))
	}
	var fnValue jen.Code = jen.Id(d.goFn)
	if floatRet {
		fnValue = py("FloatBody"+string(rune('0'+d.arity))).Call(jen.Id(codeVar), jen.Id(d.floatFn))
	}
	if d.async {
		args := []jen.Code{jen.Id(codeVar), jen.Id(d.goFn), jen.Id("G")}
		for i := 0; i < d.arity; i++ {
			args = append(args, jen.Id(localVar(params[i])))
		}
		fnValue = jen.Func().Params(goParams...).Add(pyObject()).Block(
			jen.Return(py("DirectCoroutine" + string(rune('0'+d.arity))).Call(args...)))
	}
	var obj *jen.Statement
	if d.sig {
		obj = py(fmt.Sprintf("NewFunctionSig%d", d.arity)).Call(jen.Id(codeVar), defs, kwdefs, jen.Id("G"), fnValue)
	} else if d.arity == 0 {
		obj = py("NewFunctionG0").Call(jen.Id(codeVar), jen.Id("G"), fnValue)
	} else {
		obj = py("NewFunctionG"+string(rune('0'+d.arity))).Call(jen.Id(codeVar), defs, jen.Id("G"), fnValue)
	}
	return py("Keep").Call(jen.Op("&").Id(d.object), obj)
}
