package translate

import (
	"fmt"
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
	lines   []int32 // source line of each resume point; index 0 unused
	hoisted []jen.Code
}

const coVar = "co"

// smCompilable reports whether every await of body sits where the state
// machine translation handles it.
func smCompilable(body []parser.StmtNode) bool {
	for _, st := range body {
		if !hasAwait(st) {
			continue
		}
		switch s := st.(type) {
		case *parser.Expr:
			if !simpleAwait(s.Value) {
				return false
			}
		case *parser.Assign:
			if !simpleAwait(s.Value) || anyAwait(s.Targets...) {
				return false
			}
		case *parser.AnnAssign:
			if s.Value == nil || !simpleAwait(s.Value) || anyAwait(s.Target, s.Annotation) {
				return false
			}
		case *parser.AugAssign:
			if _, ok := s.Target.(*parser.Name); !ok || !simpleAwait(s.Value) {
				return false
			}
		case *parser.Return:
			if !simpleAwait(s.Value) {
				return false
			}
		case *parser.If:
			if anyAwait(s.Test) || !smCompilable(s.Body) || !smCompilable(s.Orelse) {
				return false
			}
		case *parser.While:
			if anyAwait(s.Test) || !smCompilable(s.Body) || !smCompilable(s.Orelse) {
				return false
			}
		case *parser.For:
			if anyAwait(s.Target, s.Iter) || !smCompilable(s.Body) || !smCompilable(s.Orelse) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// simpleAwait reports whether e is `await x` with no await inside x.
func simpleAwait(e parser.ExprNode) bool {
	a, ok := e.(*parser.Await)
	return ok && !anyAwait(a.Value)
}

func anyAwait(es ...parser.ExprNode) bool {
	for _, e := range es {
		if e != nil && hasAwait(e) {
			return true
		}
	}
	return false
}

// hasAwait reports whether n suspends its coroutine: an await, async for,
// async with or async comprehension outside nested scopes.
func hasAwait(n parser.Node) bool {
	found := false
	parser.Inspect(n, func(c parser.Node) bool {
		if found {
			return false
		}
		switch x := c.(type) {
		case *parser.Await, *parser.AsyncFor, *parser.AsyncWith:
			found = true
		case *parser.Comprehension:
			if x.IsAsync != 0 {
				found = true
			}
		case *parser.FunctionDef, *parser.AsyncFunctionDef, *parser.Lambda, *parser.ClassDef:
			return c == n
		}
		return !found
	})
	return found
}

// smFunction builds py.NewCoroutineSM(code, func(co *py.CoFrame) py.Object {...})
// and the hoisted declarations that go before it.
func (t *translator) smFunction(f *fn, codeVar string, body []parser.StmtNode) []jen.Code {
	f.sm = &smState{lines: []int32{0}}
	inner := t.smBlock(f, body)
	if !terminates(body) {
		inner = append(inner, jen.Return(pyNone()))
	}
	if n := len(f.sm.lines); n > 1 {
		lines := make([]jen.Code, n)
		for i, l := range f.sm.lines {
			lines[i] = jen.Lit(int(l))
		}
		t.codeFields[codeVar][jen.Id("AwaitLines")] = jen.Index().Int32().Values(lines...)
		cases := make([]jen.Code, 0, n-1)
		for pc := 1; pc < n; pc++ {
			cases = append(cases, jen.Case(jen.Lit(pc)).Goto().Id(resumeLabel(pc)))
		}
		inner = append([]jen.Code{jen.Switch(jen.Id(coVar).Dot("PC")).Block(cases...)}, inner...)
	}
	fun := jen.Func().Params(jen.Id(coVar).Op("*").Qual(pyPath, "CoFrame")).Add(pyObject()).Block(inner...)
	out := append([]jen.Code{}, f.sm.hoisted...)
	return append(out, jen.Return(py("NewCoroutineSM").Call(jen.Id(codeVar), fun)))
}

func resumeLabel(pc int) string { return fmt.Sprintf("r%d", pc) }

// hoist declares a Go variable in the enclosing function, where it keeps
// its value across suspensions.
func (t *translator) hoist(f *fn, prefix string, typ jen.Code) string {
	v := t.id(prefix)
	f.sm.hoisted = append(f.sm.hoisted, jen.Var().Id(v).Add(typ))
	return v
}

// smBlock translates statements of a state machine body at its top level.
func (t *translator) smBlock(f *fn, body []parser.StmtNode) []jen.Code {
	var out []jen.Code
	for _, st := range body {
		if !hasAwait(st) {
			out = append(out, t.topLevel(t.stmt(f, st))...)
			continue
		}
		dir := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(st)).Add(c) }
		switch s := st.(type) {
		case *parser.Expr:
			out = append(out, t.smAwait(f, s, s.Value.(*parser.Await).Value)...)
		case *parser.Assign:
			out = append(out, t.smAwait(f, s, s.Value.(*parser.Await).Value)...)
			value := jen.Id(coVar).Dot("Value")
			var stores []jen.Code
			if len(s.Targets) == 1 {
				stores = t.assignTo(f, s.Targets[0], value)
			} else {
				tmp := t.id("t")
				stores = []jen.Code{jen.Id(tmp).Op(":=").Add(value)}
				for _, target := range s.Targets {
					stores = append(stores, t.assignTo(f, target, jen.Id(tmp))...)
				}
			}
			out = append(out, t.directed(st, t.topLevel(stores))...)
		case *parser.AnnAssign:
			out = append(out, t.smAwait(f, s, s.Value.(*parser.Await).Value)...)
			out = append(out, t.directed(st, t.topLevel(t.assignTo(f, s.Target, jen.Id(coVar).Dot("Value"))))...)
		case *parser.AugAssign:
			// The target is loaded before the await runs, as CPython does.
			name := s.Target.(*parser.Name).Id
			old := t.hoist(f, "old", pyObject())
			out = append(out, dir(jen.Id(old).Op("=").Add(t.loadName(f, name))))
			out = append(out, t.smAwait(f, s, s.Value.(*parser.Await).Value)...)
			out = append(out, dir(t.storeName(f, name, py("Inplace").Call(py(binOps[s.Op]), jen.Id(old), jen.Id(coVar).Dot("Value")))),
				dir(jen.Id(old).Op("=").Nil()))
		case *parser.Return:
			out = append(out, t.smAwait(f, s, s.Value.(*parser.Await).Value)...)
			out = append(out, dir(jen.Return(jen.Id(coVar).Dot("Value"))))
		case *parser.If:
			out = append(out, t.smIf(f, s)...)
		case *parser.While:
			out = append(out, t.smWhile(f, s)...)
		case *parser.For:
			out = append(out, t.smFor(f, s)...)
		default:
			t.unsupportedAt(st, "await in "+st.NodeType()+" (internal: not a compilable coroutine)")
		}
	}
	return out
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

// smAwait evaluates x and awaits it at a new resume point.
func (t *translator) smAwait(f *fn, st parser.StmtNode, x parser.ExprNode) []jen.Code {
	pc := len(f.sm.lines)
	f.sm.lines = append(f.sm.lines, int32(st.(parser.Positioned).Position().Lineno))
	dir := t.lineDirective(st)
	return []jen.Code{
		jen.Add(dir).Id(coVar).Dot("Await").Call(jen.Lit(pc), t.expr(f, x)),
		jen.Id(resumeLabel(pc)).Op(":"),
		jen.Add(t.lineDirective(st)).If(jen.Id(coVar).Dot("Step").Call()).Block(jen.Return(py("CoSuspend"))),
	}
}

func label(name string) jen.Code { return jen.Id(name).Op(":") }

func (t *translator) smIf(f *fn, s *parser.If) []jen.Code {
	elseL := t.id("else")
	out := []jen.Code{jen.Add(t.lineDirective(s)).If(jen.Op("!").Parens(t.cond(f, s.Test))).Block(jen.Goto().Id(elseL))}
	out = append(out, t.smBlock(f, s.Body)...)
	if len(s.Orelse) == 0 {
		return append(out, label(elseL))
	}
	endL := t.id("endif")
	if !terminates(s.Body) {
		out = append(out, jen.Goto().Id(endL))
	}
	out = append(out, label(elseL))
	out = append(out, t.smBlock(f, s.Orelse)...)
	if !terminates(s.Body) {
		out = append(out, label(endL))
	}
	return out
}

// pushFlatLoop starts a loop whose break and continue are gotos.
func (t *translator) pushFlatLoop(f *fn, cont string) *loop {
	l := &loop{depth: f.depth, flat: true, cont: cont, end: t.id("end")}
	f.loops = append(f.loops, l)
	return l
}

// flatLoopEnd lays out the part after the loop: the else clause (skipped
// by break) and the end label when a break used it.
func (t *translator) flatLoopEnd(f *fn, l *loop, exitL string, orelse []parser.StmtNode) []jen.Code {
	out := []jen.Code{label(exitL)}
	out = append(out, t.smBlock(f, orelse)...)
	if l.endUsed {
		out = append(out, label(l.end))
	}
	return out
}

func (t *translator) smWhile(f *fn, s *parser.While) []jen.Code {
	top, exitL := t.id("top"), t.id("exit")
	l := t.pushFlatLoop(f, top)
	dir := t.lineDirective(s)
	out := []jen.Code{
		label(top),
		jen.Add(dir).Add(py("Checkpoint").Call()),
		jen.Add(t.lineDirective(s)).If(jen.Op("!").Parens(t.cond(f, s.Test))).Block(jen.Goto().Id(exitL)),
	}
	out = append(out, t.smBlock(f, s.Body)...)
	out = append(out, jen.Goto().Id(top))
	f.popLoop()
	return append(out, t.flatLoopEnd(f, l, exitL, s.Orelse)...)
}

func (t *translator) smFor(f *fn, s *parser.For) []jen.Code {
	top, cont, exitL := t.id("top"), t.id("cont"), t.id("exit")
	dirT := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(s.Target)).Add(c) }
	dirS := func(c jen.Code) jen.Code { return jen.Add(t.lineDirective(s)).Add(c) }
	var out, head, step []jen.Code
	if t.isBuiltinRange(f, s.Iter) {
		rg := t.hoist(f, "rg", jen.Op("*").Qual(pyPath, "Range"))
		i := t.hoist(f, "i", jen.Int64())
		out = []jen.Code{
			dirS(jen.Id(rg).Op("=").Add(py("RangeOf").Call(t.expr(f, s.Iter)))),
			dirS(jen.Id(i).Op("=").Id(rg).Dot("Start")),
		}
		head = []jen.Code{
			dirT(jen.If(jen.Op("!").Id(rg).Dot("More").Call(jen.Id(i))).Block(jen.Goto().Id(exitL))),
			dirT(py("Checkpoint").Call()),
		}
		head = append(head, t.directed(s.Target, t.topLevel(t.assignTo(f, s.Target, py("MakeInt").Call(jen.Id(i)))))...)
		step = []jen.Code{dirT(jen.Id(i).Op("+=").Id(rg).Dot("Step"))}
	} else {
		it := t.hoist(f, "it", pyObject())
		x, ok := t.id("x"), t.id("ok")
		out = []jen.Code{dirS(jen.Id(it).Op("=").Add(py("GetIter").Call(t.expr(f, s.Iter))))}
		next := []jen.Code{
			jen.List(jen.Id(x), jen.Id(ok)).Op(":=").Add(py("Next").Call(jen.Id(it))),
			jen.If(jen.Op("!").Id(ok)).Block(jen.Goto().Id(exitL)),
		}
		next = append(next, t.assignTo(f, s.Target, jen.Id(x))...)
		head = []jen.Code{dirT(py("Checkpoint").Call()), jen.Block(t.directed(s.Target, next)...)}
	}
	l := t.pushFlatLoop(f, cont)
	out = append(out, label(top))
	out = append(out, head...)
	out = append(out, t.smBlock(f, s.Body)...)
	f.popLoop()
	if l.contUsed {
		out = append(out, label(cont))
	}
	out = append(out, step...)
	out = append(out, jen.Goto().Id(top))
	return append(out, t.flatLoopEnd(f, l, exitL, s.Orelse)...)
}

// flatBreak is break or continue in a flattened loop.
func flatBreak(l *loop, isContinue bool) jen.Code {
	if isContinue {
		l.contUsed = true
		return jen.Goto().Id(l.cont)
	}
	l.endUsed = true
	return jen.Goto().Id(l.end)
}
