package translate

import (
	"fmt"
	"math"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Compiled coroutines. An `async def` whose awaits all sit in simple
// positions (a whole expression statement, the value of an assignment or
// return, a name's augmented assignment) inside if/while/for becomes a
// state machine (py.NewCoroutineSM) instead of a body run on a coroutine
// stack: constructs holding an await are flattened into labels and gotos,
// every await gets a resume point, and a switch on co.PC jumps back to it.
// Locals already live in the enclosing Go closure; the few translator
// temporaries that must survive a suspension (range bounds, iterators) are
// hoisted there too. Anything else (await inside try/with, async for/with,
// await nested in an expression) keeps the stackful form.

// smState is the state machine being built for one coroutine body.
type smState struct {
	lines []int32 // source line of each resume point; index 0 unused
	// hoisted are the frame's fields beyond the Python variables.
	hoisted []jen.Code
	// regions are the try statements the code being translated is in,
	// innermost last.
	regions []*smRegion
	// catches is set when a try statement holds an await.
	catches bool
	// frame is the coroutine's frame variable.
	frame string
}

// smRegion is part of a try statement: leaving it by a jump or a return
// needs cleaning up (or, for a try body with a finally clause, running
// the finally clause first).
type smRegion struct {
	kind regionKind
	// handler is the resume point exceptions go to (tryBody, finallyBody).
	handler int
	// prev holds the exception handled before this handler or finally
	// clause started (exceptClause, finallyClause).
	prev string
	// For finallyBody and finallyClause: pend says why the finally clause
	// runs (0 normally, 1 exception, 2 return, 3+ a jump), pendValue is the
	// value being returned, fin labels the clause.
	pend, pendValue, fin string
	jumps                []smJumpTarget
}

type smJumpTarget struct {
	label   string
	regions int // the number of regions around the jump's target
}

type regionKind int

const (
	tryBody regionKind = iota
	exceptClause
	finallyBody
	finallyClause
)

// handlerBelow is the handler resume point in force outside region i.
func (f *fn) handlerBelow(i int) int {
	for j := i - 1; j >= 0; j-- {
		if r := f.sm.regions[j]; r.kind == tryBody || r.kind == finallyBody {
			return r.handler
		}
	}
	return 0
}

func setHandler(pc int) jen.Code { return jen.Id(coVar).Dot("Handler").Op("=").Lit(pc) }

// smJump jumps to label, outside all but the first depth regions: it
// leaves the regions in between, through their finally clauses.
func (t *translator) smJump(f *fn, target string, depth int) []jen.Code {
	var out []jen.Code
	for i := len(f.sm.regions) - 1; i >= depth; i-- {
		r := f.sm.regions[i]
		switch r.kind {
		case tryBody:
			out = append(out, setHandler(f.handlerBelow(i)))
		case exceptClause:
			out = append(out, jen.Id(coVar).Dot("ExitHandler").Call(jen.Id(r.prev)))
		case finallyBody:
			r.jumps = append(r.jumps, smJumpTarget{target, depth})
			return append(out, setHandler(f.handlerBelow(i)),
				jen.Id(r.pend).Op("=").Lit(2+len(r.jumps)), jen.Goto().Id(r.fin))
		case finallyClause:
			// The jump drops the exception pending, if any.
			out = append(out, jen.If(jen.Id(r.pend).Op("==").Lit(1)).Block(jen.Id(coVar).Dot("ExitHandler").Call(jen.Id(r.prev))))
		}
	}
	return append(out, jen.Goto().Id(target))
}

// smReturn returns value, running the finally clauses it passes first.
func (t *translator) smReturn(f *fn, value jen.Code) []jen.Code {
	for i := len(f.sm.regions) - 1; i >= 0; i-- {
		if r := f.sm.regions[i]; r.kind == finallyBody {
			out := []jen.Code{jen.Id(r.pendValue).Op("=").Add(value)}
			out = append(out, t.smReleaseOwned(f, i)...)
			return append(out, setHandler(f.handlerBelow(i)), jen.Id(r.pend).Op("=").Lit(2), jen.Goto().Id(r.fin))
		}
	}
	if release := t.smReleaseOwned(f, -1); len(release) > 0 {
		rv := t.id("rv")
		body := append([]jen.Code{jen.Id(rv).Op(":=").Add(value)}, release...)
		return []jen.Code{jen.Block(append(body, jen.Return(jen.Id(rv)))...)}
	}
	return []jen.Code{jen.Return(value)}
}

// smReleaseOwned releases the generators owned by the flat loops a return
// leaves before reaching the finally clause of region fin (-1: none), that
// is the loops inside that region, innermost first. The loops around that
// finally clause are released when its end carries the pending return on
// (smReturn again, with the region gone), so a finally inside a loop runs
// before the loop's generator is closed, as in CPython.
func (t *translator) smReleaseOwned(f *fn, fin int) []jen.Code {
	var out []jen.Code
	for i := len(f.loops) - 1; i >= 0; i-- {
		l := f.loops[i]
		if l.depth != f.depth || !l.flat || l.regions <= fin {
			break
		}
		if l.owned != "" {
			out = append(out, py("ReleaseIter").Call(jen.Id(l.owned)))
		}
	}
	return out
}

// smIter evaluates a loop's iterable into it with getIter (py.GetIter or
// py.AIter); for a call it also returns the frame variable holding the
// generator the call created, if any (py.OwnedIter), "" otherwise.
func (t *translator) smIter(f *fn, it, getIter string, iter parser.ExprNode, value jen.Code) (jen.Code, string) {
	call, ok := iter.(*parser.Call)
	if !ok || t.ownerProbe(f, call, "", "", "") == nil {
		return jen.Id(it).Op("=").Add(py(getIter).Call(value)), ""
	}
	own, mark := t.hoist(f, "own", pyObject()), t.id("mark")
	var start []jen.Code
	before := ""
	if fn := t.calleeBefore(f, call); fn != nil {
		before = t.id("fn")
		start = append(start, jen.Id(before).Op(":=").Add(fn))
	}
	start = append(start,
		jen.Id(mark).Op(":=").Add(py("IterMark").Call()),
		jen.Id(it).Op("=").Add(py(getIter).Call(value)),
		jen.Id(own).Op("=").Add(t.ownerProbe(f, call, it, mark, before)))
	return jen.Block(start...), own
}

func (f *fn) pushRegion(r *smRegion) { f.sm.regions = append(f.sm.regions, r) }
func (f *fn) popRegion()             { f.sm.regions = f.sm.regions[:len(f.sm.regions)-1] }

// newResume allocates a resume point that is not an await (a handler).
func (t *translator) newResume(f *fn, n parser.Node) int {
	pc := len(f.sm.lines)
	f.sm.lines = append(f.sm.lines, int32(n.(parser.Positioned).Position().Lineno))
	return pc
}

// smTry translates a try statement holding an await.
func (t *translator) smTry(f *fn, s *parser.Try) []jen.Code {
	f.sm.catches = true
	if len(s.Finalbody) == 0 {
		return t.smTryExcept(f, s)
	}
	dir := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(s)).Add(c) }
	outer := f.handlerBelow(len(f.sm.regions))
	pc := t.newResume(f, s)
	r := &smRegion{kind: finallyBody, handler: pc, fin: t.id("fin"),
		pend: t.hoist(f, "pend", jen.Int()), pendValue: t.hoist(f, "pendv", pyObject()), prev: t.hoist(f, "prev", jen.Op("*").Qual(pyPath, "BaseException"))}
	out := []jen.Code{dir(setHandler(pc)), dir(jen.Id(r.pend).Op("=").Lit(0)), dir(jen.Id(r.prev).Op("=").Id(coVar).Dot("Handling").Call())}
	f.pushRegion(r)
	var body []jen.Code
	if len(s.Handlers) > 0 {
		inner := *s
		inner.Finalbody = nil
		body = t.smTryExcept(f, &inner)
	} else {
		body = t.smBlock(f, s.Body)
	}
	f.popRegion()
	out = append(out, body...)
	if tryFallsThrough(s) {
		out = append(out, setHandler(outer), jen.Id(r.pend).Op("=").Lit(0), jen.Goto().Id(r.fin))
	}
	out = append(out, label(resumeLabel(pc)), setHandler(outer), jen.Id(r.pend).Op("=").Lit(1),
		jen.Id(coVar).Dot("Catch").Call(jen.Id(r.prev)), label(r.fin))
	clause := &smRegion{kind: finallyClause, pend: r.pend, prev: r.prev}
	f.pushRegion(clause)
	out = append(out, t.smBlock(f, s.Finalbody)...)
	f.popRegion()
	if smTerminates(s.Finalbody) {
		return out
	}
	out = append(out, dir(jen.If(jen.Id(r.pend).Op("==").Lit(1)).Block(jen.Id(coVar).Dot("Rethrow").Call(jen.Id(r.prev)))))
	out = append(out, jen.If(jen.Id(r.pend).Op("==").Lit(2)).Block(t.smReturn(f, jen.Id(r.pendValue))...))
	for k, j := range r.jumps {
		out = append(out, jen.If(jen.Id(r.pend).Op("==").Lit(3+k)).Block(t.smJump(f, j.label, j.regions)...))
	}
	return out
}

// smTryExcept translates try/except/else holding an await: the body runs
// with co.Handler set; an exception resumes the frame at the clauses.
func (t *translator) smTryExcept(f *fn, s *parser.Try) []jen.Code {
	dir := func(n parser.Node, c jen.Code) jen.Code { return jen.Add(t.lineDirective(n)).Add(c) }
	outer := f.handlerBelow(len(f.sm.regions))
	pc := t.newResume(f, s.Handlers[0])
	end := t.id("endtry")
	endUsed := false
	prev := t.hoist(f, "prev", jen.Op("*").Qual(pyPath, "BaseException"))
	out := []jen.Code{dir(s, setHandler(pc)), dir(s, jen.Id(prev).Op("=").Id(coVar).Dot("Handling").Call())}
	f.pushRegion(&smRegion{kind: tryBody, handler: pc})
	out = append(out, t.smBlock(f, s.Body)...)
	f.popRegion()
	if !smTerminates(s.Body) {
		out = append(out, setHandler(outer))
		out = append(out, t.smBlock(f, s.Orelse)...)
		if !smTerminates(s.Orelse) {
			out = append(out, jen.Goto().Id(end))
			endUsed = true
		}
	}
	out = append(out, label(resumeLabel(pc)), setHandler(outer), jen.Id(coVar).Dot("Catch").Call(jen.Id(prev)))
	handling := jen.Id(coVar).Dot("Handling").Call()
	bare := false
	for _, h := range s.Handlers {
		next := t.id("next")
		if h.Type == nil {
			bare = true
		} else {
			out = append(out, dir(h, jen.If(jen.Op("!").Add(py("ExceptionMatches").Call(handling, t.expr(f, h.Type)))).Block(jen.Goto().Id(next))))
		}
		if h.Name != "" {
			out = append(out, dir(h, t.storeName(f, h.Name, handling)))
		}
		f.pushRegion(&smRegion{kind: exceptClause, prev: prev})
		out = append(out, t.smBlock(f, h.Body)...)
		f.popRegion()
		if !smTerminates(h.Body) {
			if h.Name != "" {
				out = append(out, t.unbindName(f, h.Name))
			}
			out = append(out, jen.Id(coVar).Dot("ExitHandler").Call(jen.Id(prev)), jen.Goto().Id(end))
			endUsed = true
		}
		if bare {
			break
		}
		out = append(out, label(next))
	}
	if !bare {
		out = append(out, jen.Id(coVar).Dot("Rethrow").Call(jen.Id(prev)))
	}
	if endUsed {
		out = append(out, label(end))
	}
	return out
}

const coVar = "co"

// smCompilable reports whether every await of body sits where the state
// machine translation handles it.
func smCompilable(body []parser.StmtNode) bool {
	for _, st := range body {
		if !suspends(st) {
			continue
		}
		switch s := st.(type) {
		case *parser.Expr:
			if !spillable(s.Value) {
				return false
			}
		case *parser.Assign:
			if !spillable(s.Value) || anySuspends(s.Targets...) {
				return false
			}
		case *parser.AnnAssign:
			if s.Value == nil || !spillable(s.Value) || anySuspends(s.Target, s.Annotation) {
				return false
			}
		case *parser.AugAssign:
			if !augTarget(s.Target) || anySuspends(s.Target) || !spillable(s.Value) {
				return false
			}
		case *parser.Return:
			if !spillable(s.Value) {
				return false
			}
		case *parser.If:
			if !spillable(s.Test) || !smCompilable(s.Body) || !smCompilable(s.Orelse) {
				return false
			}
		case *parser.While:
			if !spillable(s.Test) || !smCompilable(s.Body) || !smCompilable(s.Orelse) {
				return false
			}
		case *parser.For:
			if !spillable(s.Iter) || anySuspends(s.Target) || !smCompilable(s.Body) || !smCompilable(s.Orelse) {
				return false
			}
		case *parser.With:
			if !withItemsPlain(s.Items) || !smCompilable(s.Body) {
				return false
			}
		case *parser.AsyncWith:
			if !withItemsPlain(s.Items) || !smCompilable(s.Body) {
				return false
			}
		case *parser.AsyncFor:
			if anySuspends(s.Target, s.Iter) || !smCompilable(s.Body) || !smCompilable(s.Orelse) {
				return false
			}
		case *parser.Try:
			if !smCompilable(s.Body) || !smCompilable(s.Orelse) || !smCompilable(s.Finalbody) {
				return false
			}
			for _, h := range s.Handlers {
				if anySuspends(h.Type) || !smCompilable(h.Body) {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

func augTarget(e parser.ExprNode) bool {
	switch e.(type) {
	case *parser.Name, *parser.Attribute, *parser.Subscript:
		return true
	}
	return false
}

// simpleAwait reports whether e is `await x` with no await inside x.
func simpleAwait(e parser.ExprNode) bool {
	a, ok := e.(*parser.Await)
	return ok && !anySuspends(a.Value)
}

func anySuspends(es ...parser.ExprNode) bool {
	for _, e := range es {
		if e != nil && suspends(e) {
			return true
		}
	}
	return false
}

// suspends reports whether n suspends its coroutine or generator: an
// await, async for, async with, async comprehension, yield or yield from
// outside nested scopes.
func suspends(n parser.Node) bool {
	found := false
	parser.Inspect(n, func(c parser.Node) bool {
		if found {
			return false
		}
		switch x := c.(type) {
		case *parser.Await, *parser.AsyncFor, *parser.AsyncWith, *parser.Yield, *parser.YieldFrom:
			// (A generator's yields suspend it as awaits do a coroutine.)
			found = true
		case *parser.GeneratorExp:
			// Making a generator expression (even an asynchronous one)
			// evaluates only its first iterable here.
			found = suspends(x.Generators[0].Iter)
			return false
		case *parser.Comprehension:
			if x.IsAsync != 0 {
				found = true
			}
		case *parser.FunctionDef:
			found = anySuspends(x.DecoratorList...) || anySuspends(x.Returns) || argsAwait(x.Args)
			return false
		case *parser.AsyncFunctionDef:
			found = anySuspends(x.DecoratorList...) || anySuspends(x.Returns) || argsAwait(x.Args)
			return false
		case *parser.Lambda:
			found = argsAwait(x.Args)
			return false
		case *parser.ClassDef:
			found = anySuspends(x.DecoratorList...) || anySuspends(x.Bases...)
			for _, k := range x.Keywords {
				found = found || anySuspends(k.Value)
			}
			return false
		}
		return !found
	})
	return found
}

// argsAwait reports whether a nested function's defaults or annotations,
// which run in the enclosing scope, hold an await.
func argsAwait(a *parser.Arguments) bool {
	if anySuspends(a.Defaults...) || anySuspends(a.KwDefaults...) {
		return true
	}
	for _, list := range [][]*parser.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
		for _, arg := range list {
			if arg != nil && anySuspends(arg.Annotation) {
				return true
			}
		}
	}
	return false
}

// smFunction builds the body of a compiled coroutine function: the frame
// struct holding its variables (one allocation, captured by the body
// instead of one heap cell per variable) and
// py.NewCoroutineSM(code, func(co *py.CoFrame) py.Object {...}).
func (t *translator) smFunction(f *fn, codeVar string, body []parser.StmtNode, params []string, goParams bool) []jen.Code {
	s := f.scope
	f.sm = &smState{lines: []int32{0}, frame: s.frame}
	inner := t.smBlock(f, body)
	if !smTerminates(body) {
		inner = append(inner, jen.Return(pyNone()))
	}
	if n := len(f.sm.lines); n > math.MaxInt16 {
		// (py.CoFrame.Handler holds a resume point in an int16.)
		t.unsupportedAt(s.node, "more than 32767 awaits and yields in one function")
	}
	if n := len(f.sm.lines); n > 1 {
		lines := make([]jen.Code, n)
		for i, l := range f.sm.lines {
			lines[i] = jen.Lit(int(l))
		}
		t.setCodeField(codeVar, "AwaitLines", jen.Index().Int32().Values(lines...))
		if f.sm.catches {
			flag, _ := smKind(s)
			t.setCodeField(codeVar, "Flags", py(flag).Op("|").Add(py("CodeCatches")))
		}
		cases := make([]jen.Code, 0, n-1)
		for pc := 1; pc < n; pc++ {
			cases = append(cases, jen.Case(jen.Lit(pc)).Goto().Id(resumeLabel(pc)))
		}
		inner = append([]jen.Code{jen.Switch(jen.Id(coVar).Dot("PC")).Block(cases...)}, inner...)
	}
	// The frame: parameters (initialised from the Go parameters or the
	// argument slice), the other locals, then the hoisted temporaries.
	var fields []jen.Code
	var initNames []string // init's fields, in order, and their values
	var initVals []jen.Code
	for i, p := range params {
		fields = append(fields, jen.Id(localVar(p)).Add(pyObject()))
		v := jen.Id("a").Index(jen.Lit(i))
		if goParams {
			v = jen.Id(localVar(p))
		}
		initNames, initVals = append(initNames, localVar(p)), append(initVals, v)
	}
	ints := t.intLocals(s)
	for _, name := range s.order {
		if s.params[name] || s.globals[name] || s.nonlocal[name] {
			continue
		}
		if ints[name] {
			fields = append(fields, jen.Id(localVar(name)).Qual(pyPath, "TypedInt"))
			initNames, initVals = append(initNames, localVar(name)), append(initVals, py("UnboundI"))
			continue
		}
		if t.floatLocals(s)[name] {
			fields = append(fields, jen.Id(localVar(name)).Qual(pyPath, "TypedFloat"))
			initNames, initVals = append(initNames, localVar(name)), append(initVals, py("UnboundF"))
			continue
		}
		fields = append(fields, jen.Id(localVar(name)).Add(pyObject()))
	}
	fields = append(fields, f.sm.hoisted...)
	if t.kindFrame(s) {
		return t.smKindFunction(f, codeVar, fields, initNames, initVals, inner)
	}
	var out []jen.Code
	if len(fields) > 0 {
		init := jen.Dict{}
		for i, name := range initNames {
			init[jen.Id(name)] = initVals[i]
		}
		out = append(out, jen.Id(s.frame).Op(":=").Op("&").Struct(fields...).Values(init))
		if !t.frameUsed(f) {
			out = append(out, jen.Id("_").Op("=").Id(s.frame))
		}
	}
	fun := jen.Func().Params(jen.Id(coVar).Op("*").Qual(pyPath, "CoFrame")).Add(pyObject()).Block(inner...)
	_, ctor := smKind(s)
	return append(out, jen.Return(py(ctor).Call(jen.Id(codeVar), fun)))
}

// frameUsed reports whether a compiled body refers to its frame struct.
func (t *translator) frameUsed(f *fn) bool {
	s := f.scope
	if len(f.sm.hoisted) > 0 {
		return true
	}
	for _, name := range s.order {
		if s.nonlocal[name] || s.globals[name] {
			continue // not a field of the frame
		}
		if t.usedIn(s, name) {
			return true
		}
	}
	return false
}

func isFunctionDef(n parser.Node) bool {
	switch n.(type) {
	case *parser.FunctionDef, *parser.AsyncFunctionDef:
		return true
	}
	return false
}

// usesClassCell reports whether s or a scope nested in it uses the
// __class__ cell (a super() without arguments).
func usesClassCell(s *scope) bool {
	if s.used["__class__"] {
		return true
	}
	for _, c := range s.children {
		if usesClassCell(c) {
			return true
		}
	}
	return false
}

// smKindFunction is smFunction's ending for a coroutine or generator
// function that captures no variables (no free variables, no __class__ for super()), whose
// body uses nothing of the Go function around it but its frame: the body becomes a package-level py.SMKind over a named frame
// struct, so a call makes the coroutine (or generator) and its frame in one
// allocation (py.CoroutineOf, py.GeneratorOf) instead of three (frame,
// closure, coroutine).
// kindFrame reports whether the compiled function of scope s keeps its
// frame in its coroutine (smKindFunction), where its body finds it from
// co: a function capturing no variables of an enclosing one.
func (t *translator) kindFrame(s *scope) bool {
	return isFunctionDef(s.node) && !(s.isAsync && s.isGenerator) && len(t.freeVars(s)) == 0 && !usesClassCell(s)
}

// makesClosures reports whether a function's body makes functions,
// classes or generator expressions, which may keep reaching its frame
// after it returns.
func makesClosures(fn parser.Node) bool {
	var body []parser.StmtNode
	switch x := fn.(type) {
	case *parser.FunctionDef:
		body = x.Body
	case *parser.AsyncFunctionDef:
		body = x.Body
	default:
		return true
	}
	found := false
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			switch n.(type) {
			case *parser.Lambda, *parser.FunctionDef, *parser.AsyncFunctionDef, *parser.ClassDef, *parser.GeneratorExp:
				found = true
			}
			return !found
		})
	}
	return found
}

// kindFrameHead is the start of a body of the compiled function of scope
// s (kindFrame) reading its frame and globals from the CoFrame co.
func kindFrameHead(s *scope, co jen.Code) []jen.Code {
	state, get := s.frame+"State", "CoroutineState"
	if s.isGenerator {
		get = "GeneratorState"
	}
	return []jen.Code{
		jen.Id(s.frame).Op(":=").Add(py(get)).Index(jen.Id(state)).Call(co),
		jen.Id("G").Op(":=").Id(s.frame).Dot("G"),
		jen.Id("_").Op("=").Id("G"),
	}
}

func (t *translator) smKindFunction(f *fn, codeVar string, fields []jen.Code, initNames []string, initVals []jen.Code, inner []jen.Code) []jen.Code {
	s := f.scope
	state, kind, ctor := s.frame+"State", s.frame+"Kind", "NewCoroutineKind"
	if s.isGenerator {
		ctor = "NewGeneratorKind"
	}
	// The frame keeps the module namespace of the function that made it
	// (G), which the body reads its globals from: a module run again as a
	// fresh instance makes frames of the same kind with another namespace.
	fields = append([]jen.Code{jen.Id("G").Op("*").Qual(pyPath, "Dict")}, fields...)
	inner = append(kindFrameHead(s, jen.Id(coVar)), inner...)
	// The kind is made by the module's setup (run at its first import),
	// not a variable initializer: its body may call a module function
	// directly (directcall.go) that makes this kind's coroutines, which Go
	// would reject as an initialization cycle; nor at Go initialisation,
	// which would run every linked module's setup in every program.
	kindType := strings.TrimPrefix(ctor, "New")
	if s.isGenerator && !makesClosures(s.node) {
		// Its finished generators can be reused (py.OwnedGenOf).
		ctor = "NewReusedGeneratorKind"
	}
	bodyFn := s.frame + "Body"
	t.decls = append(t.decls,
		jen.Type().Id(state).Struct(fields...),
		jen.Var().Id(kind).Op("*").Qual(pyPath, kindType).Index(jen.Id(state)),
		jen.Func().Id(bodyFn).Params(jen.Id(coVar).Op("*").Qual(pyPath, "CoFrame")).Add(pyObject()).Block(inner...))
	t.setup = append(t.setup, jen.Id(kind).Op("=").Add(py(ctor)).Index(jen.Id(state)).Call(jen.Id(codeVar), jen.Id(bodyFn)))
	out := []jen.Code{
		jen.List(jen.Id("c"), jen.Id(s.frame)).Op(":=").Id(kind).Dot("New").Call(),
		jen.Id(s.frame).Dot("G").Op("=").Id("G"),
	}
	for i, name := range initNames {
		out = append(out, jen.Id(s.frame).Dot(name).Op("=").Add(initVals[i]))
	}
	return append(out, jen.Return(jen.Id("c")))
}

// smKind names a compiled function's code flag and constructor.
func smKind(s *scope) (flag, ctor string) {
	switch {
	case s.isAsync && s.isGenerator:
		return "CodeAsyncGenerator", "NewAsyncGeneratorSM"
	case s.isGenerator:
		return "CodeGenerator", "NewGeneratorSM"
	}
	return "CodeCoroutine", "NewCoroutineSM"
}

// setCodeField sets a field of a code object's declaration.
func (t *translator) setCodeField(codeVar, name string, value jen.Code) {
	fields := t.codeFields[codeVar]
	for k := range fields {
		if fmt.Sprintf("%#v", k) == name {
			delete(fields, k)
		}
	}
	fields[jen.Id(name)] = value
}

func resumeLabel(pc int) string { return fmt.Sprintf("r%d", pc) }

// hoist adds a field to the coroutine's frame, where a temporary keeps its
// value across suspensions; it returns the field's Go expression.
func (t *translator) hoist(f *fn, prefix string, typ jen.Code) string {
	v := t.id(prefix)
	f.sm.hoisted = append(f.sm.hoisted, jen.Id(v).Add(typ))
	return f.sm.frame + "." + v
}

// smBlock translates statements of a state machine body at its top level.
func (t *translator) smBlock(f *fn, body []parser.StmtNode) []jen.Code {
	var out []jen.Code
	defer func(line int, pos *parser.Pos) { t.stmtLine, t.stmtPos = line, pos }(t.stmtLine, t.stmtPos)
	for i, st := range body {
		if i > 0 && smTerminates(body[i-1:i]) {
			break // what follows can never run (and Go's vet rejects it)
		}
		t.stmtPos = st.(parser.Positioned).Position()
		t.stmtLine = t.stmtPos.Lineno
		if !suspends(st) {
			out = append(out, t.topLevel(t.stmt(f, st))...)
			continue
		}
		switch s := st.(type) {
		case *parser.Expr:
			if simpleAwait(s.Value) {
				out = append(out, t.smAwait(f, s, s.Value, s.Value.(*parser.Await).Value)...)
				break
			}
			if y, ok := s.Value.(*parser.Yield); ok && spillable(y.Value) {
				out = append(out, t.smYield(f, s, y)...)
				out = append(out, jen.Add(t.lineDirective(s)).Id(coVar).Dot("Received").Call())
				break
			}
			pre, r := t.spill(f, s, s.Value)
			out = append(out, pre...)
			out = append(out, t.topLevel(t.stmt(f, &parser.Expr{Pos: s.Pos, Value: r}))...)
		case *parser.Assign:
			if simpleAwait(s.Value) && len(s.Targets) == 1 {
				out = append(out, t.smAwait(f, s, s.Value, s.Value.(*parser.Await).Value)...)
				out = append(out, t.directed(st, t.topLevel(t.assignTo(f, s.Targets[0], jen.Id(coVar).Dot("Value"))))...)
				break
			}
			pre, r := t.spill(f, s, s.Value)
			out = append(out, pre...)
			out = append(out, t.topLevel(t.stmt(f, &parser.Assign{Pos: s.Pos, Targets: s.Targets, Value: r}))...)
		case *parser.AnnAssign:
			pre, r := t.spill(f, s, s.Value)
			out = append(out, pre...)
			c := *s
			c.Value = r
			out = append(out, t.topLevel(t.stmt(f, &c))...)
		case *parser.AugAssign:
			out = append(out, t.smAugAssign(f, s)...)
		case *parser.Return:
			if simpleAwait(s.Value) {
				out = append(out, t.smAwait(f, s, s.Value, s.Value.(*parser.Await).Value)...)
				out = append(out, t.directed(s, t.smReturn(f, jen.Id(coVar).Dot("Value")))...)
				break
			}
			pre, r := t.spill(f, s, s.Value)
			out = append(out, pre...)
			out = append(out, t.directed(s, t.smReturn(f, t.expr(f, r)))...)
		case *parser.If:
			out = append(out, t.smIf(f, s)...)
		case *parser.While:
			out = append(out, t.smWhile(f, s)...)
		case *parser.For:
			out = append(out, t.smFor(f, s)...)
		case *parser.Try:
			out = append(out, t.smTry(f, s)...)
		case *parser.With:
			out = append(out, t.smWith(f, s, s.Pos, s.Items, s.Body, false)...)
		case *parser.AsyncWith:
			out = append(out, t.smWith(f, s, s.Pos, s.Items, s.Body, true)...)
		case *parser.AsyncFor:
			out = append(out, t.smAsyncFor(f, s)...)
		default:
			t.unsupportedAt(st, "await in "+st.NodeType()+" (internal: not a compilable coroutine)")
		}
	}
	return out
}

// smAugAssign is `target op= value` with an await in value: the target's
// object, key and old value are loaded before the await, as CPython does.
func (t *translator) smAugAssign(f *fn, s *parser.AugAssign) []jen.Code {
	dir := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(s)).Add(c) }
	old := t.hoist(f, "old", pyObject())
	var out []jen.Code
	var store func(v jen.Code) jen.Code
	switch x := s.Target.(type) {
	case *parser.Name:
		out = append(out, dir(jen.Id(old).Op("=").Add(t.loadName(f, x.Id))))
		store = func(v jen.Code) jen.Code { return t.storeName(f, x.Id, v) }
	case *parser.Attribute:
		obj := t.hoist(f, "obj", pyObject())
		out = append(out,
			dir(jen.Id(obj).Op("=").Add(t.expr(f, x.Value))),
			dir(jen.Id(old).Op("=").Add(py("GetAttrIC").Call(jen.Id(obj), jen.Lit(x.Attr), jen.Op("&").Id(t.cache("AttrCache"))))))
		store = func(v jen.Code) jen.Code {
			return py("SetAttrIC").Call(jen.Id(obj), jen.Lit(x.Attr), v, jen.Op("&").Id(t.cache("SetAttrCache")))
		}
	case *parser.Subscript:
		obj, key := t.hoist(f, "obj", pyObject()), t.hoist(f, "key", pyObject())
		out = append(out,
			dir(jen.Id(obj).Op("=").Add(t.expr(f, x.Value))),
			dir(jen.Id(key).Op("=").Add(t.expr(f, x.Slice))),
			dir(jen.Id(old).Op("=").Add(py("GetItem").Call(jen.Id(obj), jen.Id(key)))))
		store = func(v jen.Code) jen.Code { return py("SetItem").Call(jen.Id(obj), jen.Id(key), v) }
	}
	pre, r := t.spill(f, s, s.Value)
	out = append(out, pre...)
	return append(out,
		dir(store(py("Inplace").Call(py(binOps[s.Op]), jen.Id(old), t.expr(f, r)))),
		dir(jen.Id(old).Op("=").Nil()))
}

// directed puts st's line directive on each Go statement.
func (t *translator) directed(st parser.Node, stmts []jen.Code) []jen.Code {
	for i, s := range stmts {
		stmts[i] = jen.Add(t.lineDirective(st)).Add(s)
	}
	return stmts
}

// topLevel makes translated statements safe at the top level of a state
// machine, where a goto may jump over them: declarations go into a block.
func (t *translator) topLevel(stmts []jen.Code) []jen.Code {
	if len(stmts) == 0 {
		return nil
	}
	if len(stmts) == 1 {
		src := fmt.Sprintf("%#v", stmts[0])
		if i := strings.Index(src, ":="); i < 0 || strings.Contains(src[:i], "{") {
			return stmts
		}
	}
	return []jen.Code{jen.Block(stmts...)}
}

// smAwait evaluates x and awaits it at a new resume point. `await
// o.m()` and `await o.m(a)` go through co.AwaitMethodIC0/1, which let a
// runtime method whose coroutine would finish at once (Queue.put with
// room, acquire of a free Lock) skip making it; `await g(a)` of a
// never-suspending async def through co.AwaitDirectN.
//
// at is the await expression (st when there is none): a traceback shows
// the frame there while it waits.
func (t *translator) smAwait(f *fn, st parser.StmtNode, at parser.Node, x parser.ExprNode) []jen.Code {
	call, ok := x.(*parser.Call)
	if ok {
		// `await g(a)` of a never-suspending async def of the module
		// (directcall.go) runs its body on this frame: no coroutine.
		if d := t.callTarget(f.scope, call); d != nil && d.async {
			pc := t.newResume(f, st)
			start := jen.Id(coVar).Dot(fmt.Sprintf("AwaitDirect%d", d.arity)).CallFunc(func(g *jen.Group) {
				g.Lit(pc)
				g.Add(t.loadName(f, d.name))
				g.Id(d.object)
				g.Id(d.goFn)
				for _, a := range call.Args {
					g.Add(t.expr(f, a))
				}
			})
			return t.smResumeAt(st, at, pc, start)
		}
	}
	if !ok || len(call.Args) > 1 || len(call.Keywords) > 0 {
		return t.smDelegate(f, st, at, "Await", x)
	}
	attr, ok := call.Func.(*parser.Attribute)
	if !ok {
		return t.smDelegate(f, st, at, "Await", x)
	}
	for _, a := range call.Args {
		if _, star := a.(*parser.Starred); star {
			return t.smDelegate(f, st, at, "Await", x)
		}
	}
	pc := t.newResume(f, st)
	if !t.inertArgs(f, call.Args) {
		// AwaitMethodIC1 looks the method up after its argument, which
		// only an argument that can neither run code nor fail leaves
		// unseen: else the lookup goes first (AwaitLookup1).
		lookup := py("AwaitLookup1").Call(t.expr(f, attr.Value), jen.Lit(attr.Attr), jen.Op("&").Id(t.cache("AttrCache")))
		start := jen.Id(coVar).Dot("AwaitMethod1").Call(jen.Lit(pc), lookup, t.expr(f, call.Args[0]))
		return t.smResumeLookup(st, at, pc, start, call)
	}
	start := jen.Id(coVar).Dot(fmt.Sprintf("AwaitMethodIC%d", len(call.Args))).CallFunc(func(g *jen.Group) {
		g.Lit(pc)
		g.Add(t.expr(f, attr.Value))
		g.Lit(attr.Attr)
		g.Op("&").Id(t.cache("AttrCache"))
		for _, a := range call.Args {
			g.Add(t.expr(f, a))
		}
	})
	return t.smResumeLookup(st, at, pc, start, call)
}

// smYield is a generator's `yield v` at a new resume point; co.Received()
// is its value once resumed.
func (t *translator) smYield(f *fn, st parser.StmtNode, y *parser.Yield) []jen.Code {
	var pre []jen.Code
	var v jen.Code = pyNone()
	method := yieldMethod(f)
	if y.Value != nil {
		p, r := t.spill(f, st, y.Value)
		pre = p
		concat, _ := r.(*parser.BinOp)
		if c := t.builtinListCall(f, r); c != nil && method == "Suspend" {
			// `yield list(x)`: the copy may be a list a loop recycled.
			v = t.positioned(c, py("ListOfFresh").Call(t.expr(f, c.Func), t.expr(f, c.Args[0])))
			method = "SuspendFresh"
		} else if concat != nil && method == "Suspend" {
			// A list made for the yield alone (see freshLocals):
			// listConcat clears t.freshConcat when it makes it fresh.
			t.freshConcat = concat
			v = t.expr(f, r)
			if t.freshConcat != concat {
				method = "SuspendFresh"
			}
			t.freshConcat = nil
		} else {
			v = t.expr(f, r)
		}
	}
	pc := t.newResume(f, st)
	return append(pre,
		jen.Add(t.lineDirective(st)).Return(jen.Id(coVar).Dot(method).Call(jen.Lit(pc), v)),
		jen.Id(resumeLabel(pc)).Op(":"))
}

// yieldMethod is how the state machine yields a value: an async
// generator marks it apart from the futures its awaits pass out.
func yieldMethod(f *fn) string {
	if f.scope.isAsync {
		return "AsyncYield"
	}
	return "Suspend"
}

// smDelegate evaluates x and delegates to it (co.Await or co.YieldFrom)
// at a new resume point.
func (t *translator) smDelegate(f *fn, st parser.StmtNode, at parser.Node, how string, x parser.ExprNode) []jen.Code {
	pc := t.newResume(f, st)
	return t.smResumeAt(st, at, pc, jen.Id(coVar).Dot(how).Call(jen.Lit(pc), t.expr(f, x)))
}

// smResumeAt is start (which begins a delegation at resume point pc),
// the point's label, and the step that suspends until it is over.
func (t *translator) smResumeAt(st parser.StmtNode, at parser.Node, pc int, start jen.Code) []jen.Code {
	return t.smResumeLookup(st, at, pc, start, nil)
}

// smResumeLookup is smResumeAt for a start that also looks up the method
// of call, `await o.m(args)`: a failed lookup shows the attribute's
// position (awaitLookupDirective).
func (t *translator) smResumeLookup(st parser.StmtNode, at parser.Node, pc int, start jen.Code, call *parser.Call) []jen.Code {
	dir := t.lineDirective(st)
	pos := st.(parser.Positioned).Position()
	if e, ok := at.(parser.ExprNode); ok {
		if p := e.(parser.Positioned).Position(); p.Lineno != 0 && *p != *pos {
			pos = p
			dir = jen.Comment(t.spanDirective(p))
		}
	}
	startDir := dir
	if call != nil && pos.Lineno != 0 {
		if d := t.awaitLookupDirective(pos, call); d != "" {
			startDir = jen.Comment(d)
		}
	}
	return []jen.Code{
		jen.Add(startDir).Add(start),
		jen.Id(resumeLabel(pc)).Op(":"),
		jen.Add(dir.Clone()).If(jen.Id(coVar).Dot("Step").Call()).Block(jen.Return(py("CoSuspend"))),
	}
}

func label(name string) jen.Code { return jen.Id(name).Op(":") }

func (t *translator) smIf(f *fn, s *parser.If) []jen.Code {
	elseL := t.id("else")
	out, test := t.spill(f, s, s.Test)
	out = append(out, jen.Add(t.lineDirective(s)).If(jen.Op("!").Parens(t.cond(f, test))).Block(jen.Goto().Id(elseL)))
	out = append(out, t.smBlock(f, s.Body)...)
	if len(s.Orelse) == 0 {
		return append(out, label(elseL))
	}
	endL := t.id("endif")
	if !smTerminates(s.Body) {
		out = append(out, jen.Goto().Id(endL))
	}
	out = append(out, label(elseL))
	out = append(out, t.smBlock(f, s.Orelse)...)
	if !smTerminates(s.Body) {
		out = append(out, label(endL))
	}
	return out
}

// pushFlatLoop starts a loop whose break and continue are gotos.
func (t *translator) pushFlatLoop(f *fn, cont string) *loop {
	l := &loop{depth: f.depth, flat: true, cont: cont, end: t.id("end"), regions: len(f.sm.regions)}
	f.loops = append(f.loops, l)
	return l
}

// flatLoopEnd lays out the part after the loop: the else clause (skipped
// by break) and the end label when a break used it.
func (t *translator) flatLoopEnd(f *fn, l *loop, exitL string, orelse []parser.StmtNode, out []jen.Code) []jen.Code {
	out = append(out, label(exitL))
	out = append(out, t.smBlock(f, orelse)...)
	if l.endUsed {
		out = append(out, label(l.end))
	}
	return out
}

func (t *translator) smWhile(f *fn, s *parser.While) []jen.Code {
	top, exitL := t.id("top"), t.id("exit")
	l := t.pushFlatLoop(f, top)
	out := []jen.Code{nil, jen.Add(t.lineDirective(s)).Add(py("Checkpoint").Call())}
	pre, test := t.spill(f, s, s.Test)
	out = append(out, pre...)
	out = append(out, jen.Add(t.lineDirective(s)).If(jen.Op("!").Parens(t.cond(f, test))).Block(jen.Goto().Id(exitL)))
	out = append(out, t.smBlock(f, s.Body)...)
	if !smTerminates(s.Body) {
		out = append(out, jen.Goto().Id(top))
	}
	f.popLoop()
	// A body that always leaves and never continues does not loop back.
	if l.contUsed || !smTerminates(s.Body) {
		out[0] = label(top)
	} else {
		out = out[1:]
	}
	return t.flatLoopEnd(f, l, exitL, s.Orelse, out)
}

func (t *translator) smFor(f *fn, s *parser.For) []jen.Code {
	top, cont, exitL := t.id("top"), t.id("cont"), t.id("exit")
	dirT := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(s.Target)).Add(c) }
	dirS := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(s)).Add(c) }
	out, iter := t.spill(f, s, s.Iter)
	var head, step []jen.Code
	owned := ""
	if !suspends(s.Iter) && t.isBuiltinRange(f, s.Iter) {
		rg := t.hoist(f, "rg", jen.Qual(pyPath, "Range"))
		i := t.hoist(f, "i", jen.Int64())
		out = append(out,
			dirS(jen.Id(rg).Op("=").Add(t.rangeBounds(f, iter))),
			dirS(jen.Id(i).Op("=").Id(rg).Dot("Start")))
		head = []jen.Code{
			dirT(jen.If(jen.Op("!").Id(rg).Dot("More").Call(jen.Id(i))).Block(jen.Goto().Id(exitL))),
			dirT(py("Checkpoint").Call()),
		}
		if t.unreadLocal(f, s.Target) {
			// Nothing reads it; the count still ends an iterated
			// replacement of range.
			head = append(head, dirT(t.countedValue(rg, i, jen.Id("_"), "CountedObj", jen.Goto().Id(exitL))))
		} else if n, ok := s.Target.(*parser.Name); ok && t.isIntLocal(f, n.Id) {
			v := f.scope.goName(n.Id)
			head = append(head, dirT(jen.Id(v).Op("=").Add(py("IOf").Call(jen.Id(i)))),
				dirT(t.countedValue(rg, i, jen.Id(v), "CountedI", jen.Goto().Id(exitL))))
		} else {
			x := t.id("x")
			value := []jen.Code{jen.Id(x).Op(":=").Add(py("MakeInt").Call(jen.Id(i))),
				t.countedValue(rg, i, jen.Id(x), "CountedObj", jen.Goto().Id(exitL))}
			value = append(value, t.assignTo(f, s.Target, jen.Id(x))...)
			head = append(head, dirT(jen.Block(t.directed(s.Target, value)...)))
		}
		step = []jen.Code{dirT(jen.Id(i).Op("+=").Id(rg).Dot("Step"))}
	} else {
		it := t.hoist(f, "it", pyObject())
		x, ok := t.id("x"), t.id("ok")
		start, own := t.smIter(f, it, "GetIter", s.Iter, t.expr(f, iter))
		owned = own
		out = append(out, dirS(start))
		nextCall := py("Next").Call(jen.Id(it))
		fresh := ""
		if f.scope.isGenerator && !f.scope.isAsync && f.depth == 0 {
			// Nothing between this loop and the generator's runner can
			// catch, unless the body has handlers (checked at run time):
			// a generator it iterates needs no runner of its own.
			nextCall = jen.Id(coVar).Dot("Next").Call(jen.Id(it))
			if nm, ok := s.Target.(*parser.Name); ok && t.isFreshLocal(f, nm.Id) {
				// The last item, when a list only this loop held, is
				// handed back before the next is asked for.
				fresh = t.hoist(f, "fresh", jen.Bool())
				out = append(out, jen.Id(fresh).Op("=").False())
			}
		}
		var next []jen.Code
		if fresh != "" {
			next = append(next, py("RecycleFresh").Call(jen.Op("&").Id(fresh), jen.Id(f.scope.goName(s.Target.(*parser.Name).Id))))
		}
		next = append(next,
			jen.List(jen.Id(x), jen.Id(ok)).Op(":=").Add(nextCall),
			jen.If(jen.Op("!").Id(ok)).Block(jen.Goto().Id(exitL)),
		)
		next = append(next, t.assignTo(f, s.Target, jen.Id(x))...)
		if fresh != "" {
			next = append(next, jen.Id(fresh).Op("=").Add(py("FreshItem").Call(jen.Id(it))))
		}
		head = []jen.Code{dirT(py("Checkpoint").Call()), jen.Block(t.directed(s.Target, next)...)}
	}
	l := t.pushFlatLoop(f, cont)
	l.owned = owned
	topAt := len(out)
	out = append(out, nil)
	out = append(out, head...)
	out = append(out, t.smBlock(f, s.Body)...)
	f.popLoop()
	if l.contUsed {
		out = append(out, label(cont))
	}
	if l.contUsed || !smTerminates(s.Body) {
		out = append(out, step...)
		out = append(out, jen.Goto().Id(top))
		out[topAt] = label(top)
	} else {
		// A body that always leaves does not loop back.
		out = append(out[:topAt], out[topAt+1:]...)
	}
	return append(t.flatLoopEnd(f, l, exitL, s.Orelse, out), releaseIter(owned)...)
}

// releaseIter releases a loop's owned generator once the loop is over.
func releaseIter(owned string) []jen.Code {
	if owned == "" {
		return nil
	}
	return []jen.Code{py("ReleaseIter").Call(jen.Id(owned))}
}

// flatBreak is break or continue in a flattened loop.
func (t *translator) flatBreak(f *fn, l *loop, isContinue bool) []jen.Code {
	if isContinue {
		l.contUsed = true
		return t.smJump(f, l.cont, l.regions)
	}
	l.endUsed = true
	return t.smJump(f, l.end, l.regions)
}

// Awaits nested in expressions: the parts of the expression evaluated
// before an await are spilled into hoisted temporaries first, so the
// expression is evaluated in CPython's order around the suspension:
// `print(await f(), x)` loads print, awaits f(), then loads x and calls.

// tempMark starts the Id of a synthetic Name that stands for a Go
// temporary (no Python identifier contains a NUL).
const tempMark = "\x00"

func tempRef(v string) *parser.Name { return &parser.Name{Id: tempMark + v} }

// goRef is a synthetic Name standing for a Go expression, for statements
// the translator builds out of Python AST.
func (t *translator) goRef(code jen.Code) *parser.Name {
	name := t.id("go")
	t.goExprs[name] = code
	return tempRef(name)
}

// tempExpr is the Go code of a synthetic Name.
func (t *translator) tempExpr(n *parser.Name) *jen.Statement {
	name := n.Id[len(tempMark):]
	if code, ok := t.goExprs[name]; ok {
		return jen.Add(code)
	}
	return jen.Id(name)
}

// awaitKids returns a shallow copy of e and pointers to its children in
// evaluation order, for spilling. ok is false when an await sits where it
// may not be evaluated (a short-circuit operand, a conditional branch, a
// comprehension) or in a node kind not handled.
func awaitKids(e parser.ExprNode) (parser.ExprNode, []*parser.ExprNode, bool) {
	switch x := e.(type) {
	case *parser.Call:
		c := *x
		kids := []*parser.ExprNode{&c.Func}
		c.Args = append([]parser.ExprNode(nil), x.Args...)
		for i := range c.Args {
			if s, ok := c.Args[i].(*parser.Starred); ok {
				sc := *s
				c.Args[i] = &sc
				kids = append(kids, &sc.Value)
			} else {
				kids = append(kids, &c.Args[i])
			}
		}
		c.Keywords = make([]*parser.Keyword, len(x.Keywords))
		for i, k := range x.Keywords {
			kc := *k
			c.Keywords[i] = &kc
			kids = append(kids, &kc.Value)
		}
		// f(a=1, *b) evaluates b before the keyword: not handled.
		if len(x.Args) > 0 && len(x.Keywords) > 0 && before(x.Keywords[0].Pos, *x.Args[len(x.Args)-1].(parser.Positioned).Position()) {
			return nil, nil, false
		}
		return &c, kids, true
	case *parser.BinOp:
		c := *x
		return &c, []*parser.ExprNode{&c.Left, &c.Right}, true
	case *parser.UnaryOp:
		c := *x
		return &c, []*parser.ExprNode{&c.Operand}, true
	case *parser.Compare:
		if anySuspends(x.Comparators[1:]...) {
			return nil, nil, false
		}
		c := *x
		c.Comparators = append([]parser.ExprNode(nil), x.Comparators...)
		return &c, []*parser.ExprNode{&c.Left, &c.Comparators[0]}, true
	case *parser.BoolOp:
		if anySuspends(x.Values[1:]...) {
			return nil, nil, false
		}
		c := *x
		c.Values = append([]parser.ExprNode(nil), x.Values...)
		return &c, []*parser.ExprNode{&c.Values[0]}, true
	case *parser.IfExp:
		if anySuspends(x.Body, x.Orelse) {
			return nil, nil, false
		}
		c := *x
		return &c, []*parser.ExprNode{&c.Test}, true
	case *parser.Attribute:
		c := *x
		return &c, []*parser.ExprNode{&c.Value}, true
	case *parser.Subscript:
		c := *x
		return &c, []*parser.ExprNode{&c.Value, &c.Slice}, true
	case *parser.Slice:
		c := *x
		var kids []*parser.ExprNode
		for _, p := range []*parser.ExprNode{&c.Lower, &c.Upper, &c.Step} {
			if *p != nil {
				kids = append(kids, p)
			}
		}
		return &c, kids, true
	case *parser.Tuple:
		c := *x
		c.Elts = starredKids(x.Elts)
		return &c, eltPointers(c.Elts), true
	case *parser.List:
		c := *x
		c.Elts = starredKids(x.Elts)
		return &c, eltPointers(c.Elts), true
	case *parser.Set:
		c := *x
		c.Elts = starredKids(x.Elts)
		return &c, eltPointers(c.Elts), true
	case *parser.Dict:
		c := *x
		c.Keys = append([]parser.ExprNode(nil), x.Keys...)
		c.Values = append([]parser.ExprNode(nil), x.Values...)
		var kids []*parser.ExprNode
		for i := range c.Values {
			if c.Keys[i] != nil {
				kids = append(kids, &c.Keys[i])
			}
			kids = append(kids, &c.Values[i])
		}
		return &c, kids, true
	case *parser.JoinedStr:
		c := *x
		c.Values = append([]parser.ExprNode(nil), x.Values...)
		return &c, eltPointers(c.Values), true
	case *parser.FormattedValue:
		c := *x
		kids := []*parser.ExprNode{&c.Value}
		if c.FormatSpec != nil {
			kids = append(kids, &c.FormatSpec)
		}
		return &c, kids, true
	case *parser.NamedExpr:
		c := *x
		return &c, []*parser.ExprNode{&c.Value}, true
	case *parser.ListComp:
		c := *x
		kid, ok := firstIter(&c.Generators, x.Elt)
		return &c, kid, ok
	case *parser.SetComp:
		c := *x
		kid, ok := firstIter(&c.Generators, x.Elt)
		return &c, kid, ok
	case *parser.GeneratorExp:
		c := *x
		kid, ok := firstIter(&c.Generators, x.Elt)
		return &c, kid, ok
	case *parser.DictComp:
		c := *x
		kid, ok := firstIter(&c.Generators, x.Key, x.Value)
		return &c, kid, ok
	}
	return nil, nil, false
}

// firstIter handles a comprehension whose only await is in its first
// iterable, which CPython evaluates in the enclosing scope: it copies the
// first generator and points at its iterable.
func firstIter(gens *[]*parser.Comprehension, elts ...parser.ExprNode) ([]*parser.ExprNode, bool) {
	g := *gens
	if anySuspends(elts...) || anySuspends(g[0].Target) || anySuspends(g[0].Ifs...) {
		return nil, false
	}
	for i, c := range g {
		if c.IsAsync != 0 || i > 0 && (anySuspends(c.Target, c.Iter) || anySuspends(c.Ifs...)) {
			return nil, false
		}
	}
	first := *g[0]
	*gens = append([]*parser.Comprehension{&first}, g[1:]...)
	return []*parser.ExprNode{&first.Iter}, true
}

// starredKids copies elts, copying Starred wrappers so their values can
// be replaced.
func starredKids(elts []parser.ExprNode) []parser.ExprNode {
	out := append([]parser.ExprNode(nil), elts...)
	for i, e := range out {
		if s, ok := e.(*parser.Starred); ok {
			sc := *s
			out[i] = &sc
		}
	}
	return out
}

// eltPointers points at each element, or at the value of a Starred one.
func eltPointers(elts []parser.ExprNode) []*parser.ExprNode {
	kids := make([]*parser.ExprNode, len(elts))
	for i := range elts {
		if s, ok := elts[i].(*parser.Starred); ok {
			kids[i] = &s.Value
		} else {
			kids[i] = &elts[i]
		}
	}
	return kids
}

// spillable reports whether the awaits in e can all be spilled.
func spillable(e parser.ExprNode) bool {
	if e == nil || !suspends(e) {
		return true
	}
	if gens, parts, ok := comprehensionLoop(e); ok {
		for _, g := range gens {
			if anySuspends(g.Target) || !spillable(g.Iter) {
				return false
			}
			for _, c := range g.Ifs {
				if !spillable(c) {
					return false
				}
			}
		}
		for _, p := range parts {
			if !spillable(p) {
				return false
			}
		}
		return true
	}
	switch x := e.(type) {
	case *parser.Await:
		return spillable(x.Value)
	case *parser.YieldFrom:
		return spillable(x.Value)
	case *parser.Yield:
		return x.Value == nil || spillable(x.Value)
	}
	_, kids, ok := awaitKids(e)
	if !ok {
		return false
	}
	for _, k := range kids {
		if !spillable(*k) {
			return false
		}
	}
	return true
}

// spill returns the statements that evaluate e's awaits (and everything
// evaluated before them) and the expression that finishes e afterwards.
func (t *translator) spill(f *fn, st parser.StmtNode, e parser.ExprNode) ([]jen.Code, parser.ExprNode) {
	if !suspends(e) {
		return nil, e
	}
	if _, _, ok := comprehensionLoop(e); ok {
		return t.spillComprehension(f, st, e)
	}
	switch x := e.(type) {
	case *parser.Await, *parser.YieldFrom:
		var value parser.ExprNode
		if a, ok := x.(*parser.Await); ok {
			value = a.Value
		} else {
			value = x.(*parser.YieldFrom).Value
		}
		pre, inner := t.spill(f, st, value)
		if _, ok := x.(*parser.Await); ok {
			pre = append(pre, t.smAwait(f, st, x, inner)...)
		} else {
			pre = append(pre, t.smDelegate(f, st, x, "YieldFrom", inner)...)
		}
		tmp := t.hoist(f, "aw", pyObject())
		pre = append(pre, jen.Add(t.lineDirective(st)).Id(tmp).Op("=").Id(coVar).Dot("Value"))
		return pre, tempRef(tmp)
	case *parser.Yield:
		pre := t.smYield(f, st, x)
		tmp := t.hoist(f, "sent", pyObject())
		pre = append(pre, jen.Add(t.lineDirective(st)).Id(tmp).Op("=").Id(coVar).Dot("Received").Call())
		return pre, tempRef(tmp)
	}
	c, kids, _ := awaitKids(e)
	if sc, ok := t.scopes[e]; ok {
		// A comprehension's copy keeps the comprehension's scope.
		t.scopes[c] = sc
	}
	last := 0
	for i, k := range kids {
		if suspends(*k) {
			last = i
		}
	}
	var pre []jen.Code
	for i, k := range kids[:last+1] {
		p, r := t.spill(f, st, *k)
		pre = append(pre, p...)
		if _, isConst := r.(*parser.Constant); i < last && !isConst && !isTemp(r) {
			tmp := t.hoist(f, "s", pyObject())
			pre = append(pre, jen.Add(t.lineDirective(st)).Id(tmp).Op("=").Add(t.expr(f, r)))
			r = tempRef(tmp)
		}
		*k = r
	}
	return pre, c
}

func isTemp(e parser.ExprNode) bool {
	n, ok := e.(*parser.Name)
	return ok && strings.HasPrefix(n.Id, tempMark)
}

func before(a, b parser.Pos) bool {
	return a.Lineno < b.Lineno || a.Lineno == b.Lineno && a.ColOffset < b.ColOffset
}

// smTerminates reports whether the state machine translation of body ends
// in a Go terminating statement (so nothing may follow it); statements
// after one that always jumps away are never translated.
func smTerminates(body []parser.StmtNode) bool {
	for _, st := range body {
		switch s := st.(type) {
		case *parser.Return, *parser.Break, *parser.Continue:
			return true
		case *parser.If:
			if len(s.Orelse) > 0 && smTerminates(s.Body) && smTerminates(s.Orelse) {
				return true
			}
		case *parser.Try:
			if suspends(s) && smTerminates(s.Finalbody) {
				return true
			}
		}
	}
	return false
}

// tryFallsThrough reports whether the translation of a try statement's
// body and except clauses (without its finally clause) may end normally.
func tryFallsThrough(s *parser.Try) bool {
	if len(s.Handlers) == 0 {
		return !smTerminates(s.Body)
	}
	if !smTerminates(s.Body) && !smTerminates(s.Orelse) {
		return true
	}
	for _, h := range s.Handlers {
		if h.Type == nil {
			for _, h := range s.Handlers {
				if !smTerminates(h.Body) {
					return true
				}
			}
			return false
		}
	}
	return true
}

func withItemsPlain(items []*parser.WithItem) bool {
	for _, it := range items {
		if anySuspends(it.ContextExpr, it.OptionalVars) {
			return false
		}
	}
	return true
}

// smWith translates a with or async with statement holding an await as
//
//	mgr = EXPR; exit, enter = protocol lookups; VAR = [await] enter
//	ok = False
//	try:
//	    try:
//	        BODY
//	    except:
//	        ok = True
//	        if not [await] exit(type, exc, tb): raise
//	finally:
//	    if not ok: [await] exit(None, None, None)
//
// which is how CPython runs it: the exit call sees the exception being
// handled, and returns and jumps out of the body call it too.
func (t *translator) smWith(f *fn, st parser.StmtNode, pos parser.Pos, items []*parser.WithItem, body []parser.StmtNode, async bool) []jen.Code {
	dir := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(st)).Add(c) }
	item := items[0]
	mgr, exit, ok := t.hoist(f, "mgr", pyObject()), t.hoist(f, "exit", pyObject()), t.hoist(f, "ok", pyObject())
	out := []jen.Code{dir(jen.Id(mgr).Op("=").Add(t.expr(f, item.ContextExpr)))}
	var value jen.Code
	if async {
		enter := t.hoist(f, "enter", pyObject())
		out = append(out, dir(jen.List(jen.Id(exit), jen.Id(enter)).Op("=").Add(py("AsyncWithEnter").Call(jen.Id(mgr), jen.Op("&").Id(t.cache("WithCache"))))))
		out = append(out, t.smAwait(f, st, st, tempRef(enter))...)
		value = jen.Id(coVar).Dot("Value")
	} else {
		v := t.hoist(f, "value", pyObject())
		out = append(out, dir(jen.List(jen.Id(exit), jen.Id(v)).Op("=").Add(py("WithEnter").Call(jen.Id(mgr), jen.Op("&").Id(t.cache("WithCache"))))))
		value = jen.Id(v)
	}
	if item.OptionalVars != nil {
		out = append(out, t.directed(st, t.topLevel(t.assignTo(f, item.OptionalVars, value)))...)
	}
	out = append(out, dir(jen.Id(ok).Op("=").Add(py("False"))))
	inner := body
	if len(items) > 1 {
		if async {
			inner = []parser.StmtNode{&parser.AsyncWith{Pos: pos, Items: items[1:], Body: body}}
		} else {
			inner = []parser.StmtNode{&parser.With{Pos: pos, Items: items[1:], Body: body}}
		}
	}
	exitCall := func(exc jen.Code) parser.ExprNode {
		var call parser.ExprNode = t.goRef(py("ExitWith").Call(jen.Id(exit), jen.Id(mgr), exc))
		if async {
			call = &parser.Await{Pos: pos, Value: call}
		}
		return call
	}
	not := func(e parser.ExprNode) parser.ExprNode { return &parser.UnaryOp{Pos: pos, Op: parser.Not, Operand: e} }
	handler := &parser.ExceptHandler{Pos: pos, Body: []parser.StmtNode{
		&parser.Assign{Pos: pos, Targets: []parser.ExprNode{tempRef(ok)}, Value: t.goRef(py("True"))},
		&parser.If{Pos: pos, Test: not(exitCall(jen.Id(coVar).Dot("Handling").Call())), Body: []parser.StmtNode{&parser.Raise{Pos: pos}}},
	}}
	try := &parser.Try{Pos: pos,
		Body: []parser.StmtNode{&parser.Try{Pos: pos, Body: inner, Handlers: []*parser.ExceptHandler{handler}}},
		Finalbody: []parser.StmtNode{&parser.If{Pos: pos, Test: not(tempRef(ok)),
			Body: []parser.StmtNode{&parser.Expr{Pos: pos, Value: exitCall(jen.Nil())}}}},
	}
	return append(out, t.smTry(f, try)...)
}

// smANext awaits it.__anext__() at a new resume point, jumping to exitL
// when it raises StopAsyncIteration; the item is then in co.Value.
func (t *translator) smANext(f *fn, st parser.StmtNode, it, exitL string) []jen.Code {
	return t.smANextAt(f, st, nil, it, exitL)
}

// smANextAt is smANext positioned at comp, an async comprehension whose
// __anext__ it awaits (nil: at st), as CPython's comprehension frame is.
func (t *translator) smANextAt(f *fn, st parser.StmtNode, comp parser.ExprNode, it, exitL string) []jen.Code {
	pc := t.newResume(f, st)
	dir := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(st)).Add(c) }
	if comp != nil {
		dir = func(c jen.Code) jen.Code {
			return jen.Comment(t.spanDirective(comp.(parser.Positioned).Position())).Add(c)
		}
	}
	return []jen.Code{
		dir(jen.Id(coVar).Dot("Await").Call(jen.Lit(pc), py("ANextOf").Call(jen.Id(it)))),
		label(resumeLabel(pc)),
		dir(jen.If(jen.List(jen.Id("suspended"), jen.Id("exhausted")).Op(":=").Id(coVar).Dot("StepNext").Call(), jen.Id("suspended")).Block(
			jen.Return(py("CoSuspend")),
		).Else().If(jen.Id("exhausted")).Block(jen.Goto().Id(exitL))),
	}
}

// smAsyncFor translates async for: each iteration awaits __anext__(), and
// StopAsyncIteration ends the loop (running the else clause).
func (t *translator) smAsyncFor(f *fn, s *parser.AsyncFor) []jen.Code {
	dir := func(n parser.Node, c jen.Code) jen.Code { return jen.Add(t.lineDirective(n)).Add(c) }
	it := t.hoist(f, "ait", pyObject())
	top, exitL := t.id("top"), t.id("exit")
	start, owned := t.smIter(f, it, "AIter", s.Iter, t.expr(f, s.Iter))
	out := []jen.Code{dir(s, start), nil}
	out = append(out, t.smANext(f, s, it, exitL)...)
	out = append(out, t.directed(s.Target, t.topLevel(t.assignTo(f, s.Target, jen.Id(coVar).Dot("Value"))))...)
	l := t.pushFlatLoop(f, top)
	l.owned = owned
	out = append(out, t.smBlock(f, s.Body)...)
	if !smTerminates(s.Body) {
		out = append(out, jen.Goto().Id(top))
	}
	f.popLoop()
	if l.contUsed || !smTerminates(s.Body) {
		out[1] = label(top)
	} else {
		// A body that always leaves does not loop back.
		out = append(out[:1], out[2:]...)
	}
	return append(t.flatLoopEnd(f, l, exitL, s.Orelse, out), releaseIter(owned)...)
}

// comprehensionLoop reports whether e is a list, set or dict comprehension
// that awaits beyond its first iterable (in its element, a condition, a
// later iterable, or an async for), which the state machine runs as loops
// of its own; it returns the generators and the element expressions.
func comprehensionLoop(e parser.ExprNode) ([]*parser.Comprehension, []parser.ExprNode, bool) {
	var gens []*parser.Comprehension
	var parts []parser.ExprNode
	switch x := e.(type) {
	case *parser.ListComp:
		gens, parts = x.Generators, []parser.ExprNode{x.Elt}
	case *parser.SetComp:
		gens, parts = x.Generators, []parser.ExprNode{x.Elt}
	case *parser.DictComp:
		gens, parts = x.Generators, []parser.ExprNode{x.Key, x.Value}
	default:
		return nil, nil, false
	}
	needs := anySuspends(parts...)
	for i, g := range gens {
		needs = needs || g.IsAsync != 0 || anySuspends(g.Ifs...) || i > 0 && anySuspends(g.Iter)
	}
	return gens, parts, needs
}

// spillComprehension runs an awaiting comprehension as flattened loops in
// the state machine, its variables in the coroutine's frame (under a
// prefix of their own, since they are the comprehension's, not the
// function's), and returns the built list, set or dict.
func (t *translator) spillComprehension(f *fn, st parser.StmtNode, e parser.ExprNode) ([]jen.Code, parser.ExprNode) {
	gens, parts, _ := comprehensionLoop(e)
	cs := t.scopes[e]
	cs.frame, cs.prefix = f.sm.frame, t.id("c")+"_"
	for _, name := range cs.order {
		if !cs.globals[name] && !cs.nonlocal[name] {
			f.sm.hoisted = append(f.sm.hoisted, jen.Id(cs.prefix+localVar(name)).Add(pyObject()))
		}
	}
	cf := &fn{scope: cs, parent: f, qualname: f.qualname, sm: f.sm, returnsValue: true}
	dir := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(st)).Add(c) }
	var ctor string
	switch e.(type) {
	case *parser.ListComp:
		ctor = "List"
	case *parser.SetComp:
		ctor = "Set"
	default:
		ctor = "Dict"
	}
	// Tracebacks show the frame CPython runs it in (py.CompSpan).
	owner := f.scope
	for owner.kind == comprehensionScope && owner.parent != nil {
		owner = owner.parent
	}
	t.comps = append(t.comps, compSpan{name: "<" + strings.ToLower(ctor) + "comp>", fn: owner.name,
		pos: e.(parser.Positioned).Position(), first: gens[0].Iter.(parser.Positioned).Position()})
	acc := t.hoist(f, "acc", jen.Op("*").Qual(pyPath, ctor))
	// The first iterable is evaluated in the enclosing scope.
	out, first := t.spill(f, st, gens[0].Iter)
	out = append(out, dir(jen.Id(acc).Op("=").Add(py("New"+ctor).Call())))
	var add []jen.Code
	switch ctor {
	case "List":
		pre, r := t.spill(cf, st, parts[0])
		add = append(pre, dir(jen.Id(acc).Dot("Items").Op("=").Append(jen.Id(acc).Dot("Items"), t.expr(cf, r))))
	case "Set":
		pre, r := t.spill(cf, st, parts[0])
		add = append(pre, dir(jen.Id(acc).Dot("Add").Call(t.expr(cf, r))))
	default:
		pre, k := t.spill(cf, st, parts[0])
		if suspends(parts[1]) && !isTemp(k) {
			if _, isConst := k.(*parser.Constant); !isConst {
				tmp := t.hoist(f, "key", pyObject())
				pre = append(pre, dir(jen.Id(tmp).Op("=").Add(t.expr(cf, k))))
				k = tempRef(tmp)
			}
		}
		preV, v := t.spill(cf, st, parts[1])
		add = append(append(pre, preV...), dir(jen.Id(acc).Dot("Set").Call(t.expr(cf, k), t.expr(cf, v))))
	}
	var build func(i int) []jen.Code
	build = func(i int) []jen.Code {
		if i == len(gens) {
			return add
		}
		g := gens[i]
		it := t.hoist(f, "cit", pyObject())
		top, exitL := t.id("top"), t.id("exit")
		var loop []jen.Code
		iter := first
		if i > 0 {
			var pre []jen.Code
			pre, iter = t.spill(cf, st, g.Iter)
			loop = append(loop, pre...)
		}
		// The first iterable's iter() is at the comprehension, as in
		// CPython (firstIter).
		iterDir := dir
		if i == 0 {
			iterDir = func(c jen.Code) jen.Code {
				return jen.Comment(t.spanDirective(e.(parser.Positioned).Position())).Add(c)
			}
		}
		// The first iterable's through py.CompIter/CompAIter, which
		// tracebacks tell apart: CPython calls iter() outside the
		// comprehension's frame.
		getIter, aIter := "GetIter", "AIter"
		if i == 0 {
			getIter, aIter = "CompIter", "CompAIter"
		}
		if g.IsAsync != 0 {
			loop = append(loop, iterDir(jen.Id(it).Op("=").Add(py(aIter).Call(t.expr(cf, iter)))), label(top))
			loop = append(loop, t.smANextAt(f, st, e, it, exitL)...)
			loop = append(loop, t.directed(st, t.topLevel(t.assignTo(cf, g.Target, jen.Id(coVar).Dot("Value"))))...)
		} else {
			x, ok := t.id("x"), t.id("ok")
			next := []jen.Code{
				jen.List(jen.Id(x), jen.Id(ok)).Op(":=").Add(py("Next").Call(jen.Id(it))),
				jen.If(jen.Op("!").Id(ok)).Block(jen.Goto().Id(exitL)),
			}
			next = append(next, t.assignTo(cf, g.Target, jen.Id(x))...)
			loop = append(loop, iterDir(jen.Id(it).Op("=").Add(py(getIter).Call(t.expr(cf, iter)))), label(top),
				dir(py("Checkpoint").Call()), jen.Block(t.directed(st, next)...))
		}
		for _, c := range g.Ifs {
			pre, r := t.spill(cf, st, c)
			loop = append(loop, pre...)
			loop = append(loop, dir(jen.If(jen.Op("!").Parens(t.cond(cf, r))).Block(jen.Goto().Id(top))))
		}
		loop = append(loop, build(i+1)...)
		return append(loop, jen.Goto().Id(top), label(exitL))
	}
	out = append(out, build(0)...)
	return out, t.goRef(jen.Id(acc))
}

// builtinListCall is e when it is `list(x)` with one plain argument and
// list the builtin's name in f (nil otherwise).
func (t *translator) builtinListCall(f *fn, e parser.ExprNode) *parser.Call {
	c, ok := e.(*parser.Call)
	if !ok || len(c.Args) != 1 || len(c.Keywords) != 0 {
		return nil
	}
	if n, ok := c.Func.(*parser.Name); !ok || n.Id != "list" {
		return nil
	}
	if _, star := c.Args[0].(*parser.Starred); star {
		return nil
	}
	if kind, _ := f.scope.resolve("list", t.module); kind != nameBuiltin {
		return nil
	}
	return c
}
