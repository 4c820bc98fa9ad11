package parser

import "fmt"

// CompileWarnings lists the SyntaxWarnings CPython 3.11's compiler issues
// for m, in the order it issues them: `x is 1` ("is" with a literal), a
// literal called or subscripted ("perhaps you missed a comma?") and
// `assert (x, "msg")`. It walks the tree in the compiler's order, not
// source order: a class body before its bases, a comprehension's body
// before its outermost iterable, a `try` block's `else` before its
// handlers. The compiler emits some code more than once, and so warns more
// than once: a `while` test twice (the loop is inverted), a `finally` block
// twice plus once for every return, break or continue that leaves through
// it. The checks see the tree after CPython's constant folding, so
// `x is -1` and `x is (1, 2)` warn while `x is [1]` does not.
//
// Line and Col are those of the node the compiler was at (an expression or,
// for a chained comparison in a condition, the enclosing one), EndLine and
// EndCol its end; a warning the filters turn into an error becomes a
// SyntaxError there.
func CompileWarnings(m *Module) []Warning {
	w := &warnWalker{scope: wsModule, futureAnnotations: hasFutureAnnotations(m)}
	w.stmts(m.Body)
	return w.out
}

// hasFutureAnnotations reports `from __future__ import annotations`, which
// turns annotations into strings that are never compiled.
func hasFutureAnnotations(m *Module) bool {
	for i, s := range m.Body {
		if e, ok := s.(*Expr); ok && i == 0 {
			if c, ok := e.Value.(*Constant); ok {
				if _, ok := c.Value.(string); ok {
					continue
				}
			}
		}
		f, ok := s.(*ImportFrom)
		if !ok || f.Module != "__future__" || f.Level != 0 {
			return false
		}
		for _, a := range f.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

type warnScope uint8

const (
	wsModule warnScope = iota
	wsClass
	wsFunction
)

// warnBlock is one of the compiler's frame blocks that matter here: a loop
// (where break and continue stop unwinding) or a try with a finally block
// (whose body an unwinding return, break or continue compiles again).
type warnBlock struct {
	loop    bool
	finally []StmtNode
}

type warnWalker struct {
	out               []Warning
	loc               *Pos // the location the compiler would report
	scope             warnScope
	blocks            []warnBlock
	futureAnnotations bool
}

func (w *warnWalker) warn(msg string) {
	l := w.loc
	if l == nil {
		l = &Pos{Lineno: 1}
	}
	w.out = append(w.out, Warning{Category: "SyntaxWarning", Msg: msg, Line: l.Lineno, Col: l.ColOffset + 1, EndLine: l.EndLineno, EndCol: l.EndColOffset + 1})
}

// inScope walks body as a new compiler unit (function, lambda, class,
// comprehension): its own frame blocks and scope kind.
func (w *warnWalker) inScope(kind warnScope, body func()) {
	saved, savedScope := w.blocks, w.scope
	w.blocks, w.scope = nil, kind
	body()
	w.blocks, w.scope = saved, savedScope
}

func (w *warnWalker) stmts(ss []StmtNode) {
	for _, s := range ss {
		w.stmt(s)
	}
}

func (w *warnWalker) exprs(es []ExprNode) {
	for _, e := range es {
		if e != nil {
			w.expr(e)
		}
	}
}

func (w *warnWalker) stmt(s StmtNode) {
	saved := w.loc
	w.loc = s.(Positioned).Position()
	defer func() { w.loc = saved }()
	switch s := s.(type) {
	case *FunctionDef:
		w.function(s.Args, s.Returns, s.DecoratorList, s.Body)
	case *AsyncFunctionDef:
		w.function(s.Args, s.Returns, s.DecoratorList, s.Body)
	case *ClassDef:
		w.exprs(s.DecoratorList)
		w.inScope(wsClass, func() { w.stmts(s.Body) })
		w.exprs(s.Bases)
		for _, k := range s.Keywords {
			w.expr(k.Value)
		}
	case *Return:
		if s.Value != nil {
			w.expr(s.Value)
		}
		w.unwind(false)
	case *Break:
		w.unwind(true)
	case *Continue:
		w.unwind(true)
	case *Delete:
		w.exprs(s.Targets)
	case *Assign:
		w.expr(s.Value)
		w.exprs(s.Targets)
	case *AugAssign:
		switch t := s.Target.(type) {
		case *Attribute:
			w.expr(t.Value)
		case *Subscript:
			w.expr(t.Value)
			w.expr(t.Slice)
		}
		w.expr(s.Value)
	case *AnnAssign:
		w.annAssign(s)
	case *For:
		w.expr(s.Iter)
		w.loopBody(s.Target, s.Body)
		w.stmts(s.Orelse)
	case *AsyncFor:
		w.expr(s.Iter)
		w.loopBody(s.Target, s.Body)
		w.stmts(s.Orelse)
	case *While:
		w.blocks = append(w.blocks, warnBlock{loop: true})
		w.jumpIf(s.Test)
		w.stmts(s.Body)
		w.loc = s.Position()
		w.jumpIf(s.Test) // the inverted loop tests again at the bottom
		w.blocks = w.blocks[:len(w.blocks)-1]
		w.stmts(s.Orelse)
	case *If:
		w.jumpIf(s.Test)
		w.stmts(s.Body)
		w.stmts(s.Orelse)
	case *With:
		w.with(s.Items, s.Body)
	case *AsyncWith:
		w.with(s.Items, s.Body)
	case *Match:
		w.expr(s.Subject)
		for _, c := range s.Cases {
			w.pattern(c.Pattern)
			if c.Guard != nil {
				w.jumpIf(c.Guard)
			}
			w.stmts(c.Body)
		}
	case *Raise:
		if s.Exc != nil {
			w.expr(s.Exc)
		}
		if s.Cause != nil {
			w.expr(s.Cause)
		}
	case *Try:
		w.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *TryStar:
		w.try(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *Assert:
		if t, ok := s.Test.(*Tuple); ok && len(t.Elts) > 0 {
			w.warn("assertion is always true, perhaps remove parentheses?")
		}
		w.jumpIf(s.Test)
		if s.Msg != nil {
			w.expr(s.Msg)
		}
	case *Expr:
		if _, ok := s.Value.(*Constant); !ok {
			w.expr(s.Value)
		}
	}
}

// function walks a def in the compiler's order: decorators, defaults,
// annotations (unless postponed), then the body.
func (w *warnWalker) function(args *Arguments, returns ExprNode, decorators []ExprNode, body []StmtNode) {
	w.exprs(decorators)
	w.defaults(args)
	if !w.futureAnnotations {
		ann := func(as []*Arg) {
			for _, a := range as {
				if a != nil && a.Annotation != nil {
					w.expr(a.Annotation)
				}
			}
		}
		ann(args.Args)
		ann(args.Posonlyargs)
		ann([]*Arg{args.Vararg})
		ann(args.Kwonlyargs)
		ann([]*Arg{args.Kwarg})
		if returns != nil {
			w.expr(returns)
		}
	}
	w.inScope(wsFunction, func() { w.stmts(body) })
}

func (w *warnWalker) defaults(args *Arguments) {
	w.exprs(args.Defaults)
	w.exprs(args.KwDefaults)
}

func (w *warnWalker) loopBody(target ExprNode, body []StmtNode) {
	w.blocks = append(w.blocks, warnBlock{loop: true})
	w.expr(target)
	w.stmts(body)
	w.blocks = w.blocks[:len(w.blocks)-1]
}

func (w *warnWalker) with(items []*WithItem, body []StmtNode) {
	for _, it := range items {
		w.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			w.expr(it.OptionalVars)
		}
	}
	w.stmts(body)
}

// try walks a try statement as the compiler emits it: body, else, then
// the handlers; a finally block once after them and once more for the
// exceptional path.
func (w *warnWalker) try(body []StmtNode, handlers []*ExceptHandler, orelse, finalbody []StmtNode) {
	if len(finalbody) > 0 {
		w.blocks = append(w.blocks, warnBlock{finally: finalbody})
	}
	w.stmts(body)
	w.stmts(orelse)
	for _, h := range handlers {
		saved := w.loc
		w.loc = h.Position()
		if h.Type != nil {
			w.expr(h.Type)
		}
		w.stmts(h.Body)
		w.loc = saved
	}
	if len(finalbody) > 0 {
		w.blocks = w.blocks[:len(w.blocks)-1]
		w.stmts(finalbody)
		w.stmts(finalbody)
	}
}

// unwind compiles, innermost first, the finally blocks a return (or, with
// toLoop, a break or continue) leaves through, each with itself and the
// blocks inside it popped, as the compiler does.
func (w *warnWalker) unwind(toLoop bool) {
	if len(w.blocks) == 0 {
		return
	}
	top := w.blocks[len(w.blocks)-1]
	if toLoop && top.loop {
		return
	}
	w.blocks = w.blocks[:len(w.blocks)-1]
	if top.finally != nil {
		w.stmts(top.finally)
	}
	w.unwind(toLoop)
	w.blocks = append(w.blocks, top)
}

func (w *warnWalker) annAssign(s *AnnAssign) {
	if s.Value != nil {
		w.expr(s.Value)
		w.expr(s.Target)
	}
	evaluated := w.scope != wsFunction && !w.futureAnnotations
	switch t := s.Target.(type) {
	case *Name:
		if s.Simple != 0 && evaluated {
			w.expr(s.Annotation)
		}
	case *Attribute:
		if s.Value == nil {
			w.expr(t.Value)
		}
	case *Subscript:
		if s.Value == nil {
			w.expr(t.Value)
			w.annSubscript(t.Slice)
		}
	}
	if s.Simple == 0 && evaluated {
		w.expr(s.Annotation)
	}
}

func (w *warnWalker) annSubscript(e ExprNode) {
	switch e := e.(type) {
	case *Slice:
		w.exprs([]ExprNode{e.Lower, e.Upper, e.Step})
	case *Tuple:
		for _, x := range e.Elts {
			w.annSubscript(x)
		}
	default:
		w.expr(e)
	}
}

func (w *warnWalker) pattern(p PatternNode) {
	switch p := p.(type) {
	case *MatchValue:
		w.expr(p.Value)
	case *MatchSequence:
		for _, q := range p.Patterns {
			w.pattern(q)
		}
	case *MatchMapping:
		w.exprs(p.Keys)
		for _, q := range p.Patterns {
			w.pattern(q)
		}
	case *MatchClass:
		w.expr(p.Cls)
		for _, q := range p.Patterns {
			w.pattern(q)
		}
		for _, q := range p.KwdPatterns {
			w.pattern(q)
		}
	case *MatchAs:
		if p.Pattern != nil {
			w.pattern(p.Pattern)
		}
	case *MatchOr:
		for _, q := range p.Patterns {
			w.pattern(q)
		}
	}
}

// notCompare is the comparison CPython's optimizer folds `not (a is b)`
// into (`a is not b`; likewise in/not in), or nil.
func notCompare(e ExprNode) *Compare {
	u, ok := e.(*UnaryOp)
	if !ok || u.Op != Not {
		return nil
	}
	c, ok := u.Operand.(*Compare)
	if !ok || len(c.Ops) != 1 {
		return nil
	}
	var op CmpOperator
	switch c.Ops[0] {
	case Is:
		op = IsNot
	case IsNot:
		op = Is
	case In:
		op = NotIn
	case NotIn:
		op = In
	default:
		return nil
	}
	return &Compare{Pos: c.Pos, Left: c.Left, Ops: []CmpOperator{op}, Comparators: c.Comparators}
}

// jumpIf walks a condition as compiler_jump_if does: `not`, and/or and
// conditional expressions are taken apart without a location of their
// own, and a chained comparison is checked at the enclosing location.
func (w *warnWalker) jumpIf(e ExprNode) {
	if c := notCompare(e); c != nil {
		w.expr(c)
		return
	}
	switch e := e.(type) {
	case *UnaryOp:
		if e.Op == Not {
			w.jumpIf(e.Operand)
			return
		}
	case *BoolOp:
		for _, v := range e.Values {
			w.jumpIf(v)
		}
		return
	case *IfExp:
		w.jumpIf(e.Test)
		w.jumpIf(e.Body)
		w.jumpIf(e.Orelse)
		return
	case *Compare:
		if len(e.Ops) > 1 {
			w.checkCompare(e)
			w.expr(e.Left)
			w.exprs(e.Comparators)
			return
		}
	}
	w.expr(e)
}

func (w *warnWalker) expr(e ExprNode) {
	saved := w.loc
	if p, ok := e.(Positioned); ok {
		w.loc = p.Position()
	}
	defer func() { w.loc = saved }()
	if c := notCompare(e); c != nil {
		e = c
	}
	switch e := e.(type) {
	case *BoolOp:
		w.exprs(e.Values)
	case *NamedExpr:
		w.expr(e.Value)
	case *BinOp:
		w.expr(e.Left)
		w.expr(e.Right)
	case *UnaryOp:
		w.expr(e.Operand)
	case *Lambda:
		w.defaults(e.Args)
		w.inScope(wsFunction, func() { w.expr(e.Body) })
	case *IfExp:
		w.jumpIf(e.Test)
		w.expr(e.Body)
		w.expr(e.Orelse)
	case *Dict:
		for i, k := range e.Keys {
			if k != nil {
				w.expr(k)
			}
			w.expr(e.Values[i])
		}
	case *Set:
		w.exprs(e.Elts)
	case *List:
		w.exprs(e.Elts)
	case *Tuple:
		w.exprs(e.Elts)
	case *ListComp:
		w.comprehension(e.Generators, e.Elt, nil)
	case *SetComp:
		w.comprehension(e.Generators, e.Elt, nil)
	case *GeneratorExp:
		w.comprehension(e.Generators, e.Elt, nil)
	case *DictComp:
		w.comprehension(e.Generators, e.Key, e.Value)
	case *Await:
		w.expr(e.Value)
	case *Yield:
		if e.Value != nil {
			w.expr(e.Value)
		}
	case *YieldFrom:
		w.expr(e.Value)
	case *Compare:
		w.checkCompare(e)
		w.expr(e.Left)
		w.exprs(e.Comparators)
	case *Call:
		if _, ok := e.Func.(*Attribute); !ok {
			w.checkCaller(e.Func)
		}
		w.expr(e.Func)
		w.exprs(e.Args)
		for _, k := range e.Keywords {
			w.expr(k.Value)
		}
	case *FormattedValue:
		w.expr(e.Value)
		if e.FormatSpec != nil {
			w.expr(e.FormatSpec)
		}
	case *JoinedStr:
		w.exprs(e.Values)
	case *Attribute:
		w.expr(e.Value)
	case *Subscript:
		if e.Ctx == Load {
			w.checkSubscript(e.Value, e.Slice)
		}
		w.expr(e.Value)
		w.expr(e.Slice)
	case *Starred:
		w.expr(e.Value)
	case *Slice:
		w.exprs([]ExprNode{e.Lower, e.Upper, e.Step})
	}
}

// comprehension walks a comprehension's own unit (targets, conditions,
// inner iterables, the element), then its outermost iterable, which the
// enclosing unit evaluates after making the function.
func (w *warnWalker) comprehension(gens []*Comprehension, elt, value ExprNode) {
	w.inScope(wsFunction, func() {
		for i, g := range gens {
			if i > 0 {
				w.expr(g.Iter)
			}
			w.expr(g.Target)
			for _, c := range g.Ifs {
				w.jumpIf(c)
			}
		}
		w.expr(elt)
		if value != nil {
			w.expr(value)
		}
	})
	w.expr(gens[0].Iter)
}

// checkCompare warns, once per comparison, about `is`/`is not` with a
// literal operand: a constant other than None, True, False and Ellipsis.
func (w *warnWalker) checkCompare(c *Compare) {
	left := isArgOK(c.Left)
	for i, op := range c.Ops {
		right := isArgOK(c.Comparators[i])
		if (op == Is || op == IsNot) && (!left || !right) {
			if op == Is {
				w.warn(`"is" with a literal. Did you mean "=="?`)
			} else {
				w.warn(`"is not" with a literal. Did you mean "!="?`)
			}
			return
		}
		left = right
	}
}

func isArgOK(e ExprNode) bool {
	v, ok := foldConst(e)
	if !ok {
		return true
	}
	switch v.kind {
	case cvNone, cvEllipsis, cvBool:
		return true
	}
	return false
}

func (w *warnWalker) checkCaller(f ExprNode) {
	switch f.(type) {
	case *Tuple, *List, *ListComp, *Dict, *DictComp, *Set, *SetComp, *GeneratorExp, *JoinedStr, *FormattedValue:
	default:
		if _, ok := foldConst(f); !ok {
			return
		}
	}
	w.warn(fmt.Sprintf("'%s' object is not callable; perhaps you missed a comma?", inferType(f)))
}

// checkSubscript warns about subscripting what cannot be subscripted, and
// about a literal sequence indexed by something that is not an int.
func (w *warnWalker) checkSubscript(value, index ExprNode) {
	switch value.(type) {
	case *Set, *SetComp, *GeneratorExp, *Lambda:
		w.warn(fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", inferType(value)))
		return
	}
	if v, ok := foldConst(value); ok {
		switch v.kind {
		case cvNone, cvEllipsis, cvBool, cvInt, cvFloat, cvComplex:
			w.warn(fmt.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", v.typeName()))
			return
		}
	}
	it := inferType(index)
	if it == "" || it == "int" || it == "bool" {
		return
	}
	switch value.(type) {
	case *Tuple, *List, *ListComp, *JoinedStr, *FormattedValue:
	default:
		v, ok := foldConst(value)
		if !ok || (v.kind != cvStr && v.kind != cvBytes && v.kind != cvTuple) {
			return
		}
	}
	w.warn(fmt.Sprintf("%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(value), it))
}

// inferType is the type a literal expression makes, after constant
// folding, or "" when the compiler does not know it.
func inferType(e ExprNode) string {
	if v, ok := foldConst(e); ok {
		return v.typeName()
	}
	switch e.(type) {
	case *Tuple:
		return "tuple"
	case *List, *ListComp:
		return "list"
	case *Dict, *DictComp:
		return "dict"
	case *Set, *SetComp:
		return "set"
	case *GeneratorExp:
		return "generator"
	case *Lambda:
		return "function"
	case *JoinedStr, *FormattedValue:
		return "str"
	}
	return ""
}
