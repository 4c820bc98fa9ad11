package parser

import "fmt"

// Check reports the errors CPython finds after parsing, when it builds the
// symbol table and compiles: 'await' outside async function, 'return' with
// value in async generator, nonlocal without a binding, misplaced
// break/continue/yield/starred, and the like. ast.parse accepts such trees
// (so `py2goasync ast` still prints them); compile() rejects them.
//
// Like CPython, Check stops at the first error: future statements first,
// then the symbol table, then the compiler's checks in source order.
func Check(m *Module, filename string) ErrorList {
	c := &checker{filename: filename}
	func() {
		defer func() {
			if r := recover(); r != nil {
				b, ok := r.(bailout)
				if !ok {
					panic(r)
				}
				c.err = b.err
			}
		}()
		c.future(m)
		st := &symScope{kind: scModule, flags: map[string]uint8{}}
		c.cur = st
		for _, s := range m.Body {
			c.symStmt(s)
		}
		c.analyze(st)
		cc := cctx{scope: csModule}
		for _, s := range m.Body {
			c.stmt(s, cc)
		}
	}()
	if c.err == nil {
		return nil
	}
	c.err.Filename = filename
	return ErrorList{c.err}
}

type checker struct {
	filename string
	// futureAnnotations: annotations are strings, never compiled, so the
	// compiler's checks skip them (the symbol table's still apply).
	futureAnnotations bool
	err               *SyntaxError
	cur               *symScope
	scopes            map[Node]*symScope
	// depth counts the statements, expressions and patterns the symbol
	// pass is inside, as CPython's symtable does.
	depth int
}

// compileDepthLimit is how deep CPython's symtable pass nests statements,
// expressions and patterns: the recursion limit (1000) times its
// COMPILER_STACK_FRAME_SCALE (3). Deeper code (3,000 chained attribute
// accesses, say) is a RecursionError at compile time.
const compileDepthLimit = 3000

// enter counts one more level of nesting in the symbol pass; the caller
// defers c.depth--.
func (c *checker) enter(n Node) {
	c.depth++
	if c.depth > compileDepthLimit {
		p := posOf(n)
		panic(bailout{err: &SyntaxError{Line: p.Lineno, Col: p.ColOffset + 1, Msg: "maximum recursion depth exceeded during compilation", Kind: "RecursionError"}})
	}
}

func (c *checker) fail(n Node, msg string) {
	p := posOf(n)
	panic(bailout{err: &SyntaxError{Line: p.Lineno, Col: p.ColOffset + 1, Msg: msg, Kind: "SyntaxError"}})
}

// ---- future statements ----

var futureFeatures = map[string]bool{"nested_scopes": true, "generators": true, "division": true,
	"absolute_import": true, "with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true}

func (c *checker) future(m *Module) {
	done := false
	for i, s := range m.Body {
		if f, ok := s.(*ImportFrom); ok && f.Module == "__future__" && f.Level == 0 {
			if done {
				c.fail(s, "from __future__ imports must occur at the beginning of the file")
			}
			for _, a := range f.Names {
				if a.Name == "braces" {
					c.fail(s, "not a chance")
				}
				if !futureFeatures[a.Name] {
					c.fail(s, fmt.Sprintf("future feature %s is not defined", a.Name))
				}
				if a.Name == "annotations" && !done {
					c.futureAnnotations = true
				}
			}
			continue
		}
		if e, ok := s.(*Expr); ok && i == 0 {
			if k, ok := e.Value.(*Constant); ok {
				if _, ok := k.Value.(string); ok {
					continue
				}
			}
		}
		done = true
	}
}

// ---- symbol table ----

const (
	scModule = iota
	scClass
	scFunction
	scComp
)

const (
	defLocal uint8 = 1 << iota
	defParam
	defGlobal
	defNonlocal
	defUse
	defAnnot
)

type symScope struct {
	kind      int
	compName  string
	parent    *symScope
	flags     map[string]uint8
	nonlocals []*Nonlocal
	globals   []*Global
	children  []*symScope
	generator bool
	coroutine bool
}

func (c *checker) push(kind int, n Node) *symScope {
	s := &symScope{kind: kind, parent: c.cur, flags: map[string]uint8{}}
	c.cur.children = append(c.cur.children, s)
	if c.scopes == nil {
		c.scopes = map[Node]*symScope{}
	}
	c.scopes[n] = s
	c.cur = s
	return s
}

func (c *checker) pop() { c.cur = c.cur.parent }

func (c *checker) def(name string, flag uint8) {
	c.cur.flags[name] |= flag
}

func (c *checker) symStmts(l []StmtNode) {
	for _, s := range l {
		c.symStmt(s)
	}
}

func (c *checker) symArgs(a *Arguments, n Node) {
	// Defaults and annotations are evaluated in the enclosing scope.
	c.symExprs(a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			c.symExpr(d)
		}
	}
	for _, arg := range a.All() {
		if arg.Annotation != nil {
			c.symExpr(arg.Annotation)
		}
	}
}

func (c *checker) params(a *Arguments) {
	for _, arg := range a.All() {
		if c.cur.flags[arg.Arg]&defParam != 0 {
			c.fail(arg, fmt.Sprintf("duplicate argument '%s' in function definition", arg.Arg))
		}
		c.def(arg.Arg, defParam)
	}
}

func (c *checker) symFunc(n Node, name string, args *Arguments, body []StmtNode, decos []ExprNode, returns ExprNode, async bool) {
	c.def(name, defLocal)
	c.symExprs(decos)
	c.symArgs(args, n)
	if returns != nil {
		c.symExpr(returns)
	}
	s := c.push(scFunction, n)
	s.coroutine = async
	c.params(args)
	c.symStmts(body)
	c.pop()
}

func (c *checker) symStmt(s StmtNode) {
	c.enter(s)
	defer func() { c.depth-- }()
	switch n := s.(type) {
	case *FunctionDef:
		c.symFunc(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, false)
	case *AsyncFunctionDef:
		c.symFunc(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, true)
	case *ClassDef:
		c.def(n.Name, defLocal)
		c.symExprs(n.Bases)
		for _, k := range n.Keywords {
			c.symExpr(k.Value)
		}
		c.symExprs(n.DecoratorList)
		c.push(scClass, n)
		c.symStmts(n.Body)
		c.pop()
	case *Global:
		for _, name := range n.Names {
			f := c.cur.flags[name]
			var msg string
			switch {
			case f&defParam != 0:
				msg = "name '%s' is parameter and global"
			case f&defUse != 0:
				msg = "name '%s' is used prior to global declaration"
			case f&defAnnot != 0:
				msg = "annotated name '%s' can't be global"
			case f&defLocal != 0:
				msg = "name '%s' is assigned to before global declaration"
			}
			if msg != "" {
				c.fail(n, fmt.Sprintf(msg, name))
			}
			c.def(name, defGlobal)
		}
		c.cur.globals = append(c.cur.globals, n)
	case *Nonlocal:
		if c.cur.kind == scModule {
			c.fail(n, "nonlocal declaration not allowed at module level")
		}
		for _, name := range n.Names {
			f := c.cur.flags[name]
			var msg string
			switch {
			case f&defParam != 0:
				msg = "name '%s' is parameter and nonlocal"
			case f&defUse != 0:
				msg = "name '%s' is used prior to nonlocal declaration"
			case f&defAnnot != 0:
				msg = "annotated name '%s' can't be nonlocal"
			case f&defLocal != 0:
				msg = "name '%s' is assigned to before nonlocal declaration"
			}
			if msg != "" {
				c.fail(n, fmt.Sprintf(msg, name))
			}
			c.def(name, defNonlocal)
		}
		c.cur.nonlocals = append(c.cur.nonlocals, n)
	case *AnnAssign:
		if name, ok := n.Target.(*Name); ok && n.Simple == 1 {
			f := c.cur.flags[name.Id]
			if f&(defGlobal|defNonlocal) != 0 {
				kind := "global"
				if f&defNonlocal != 0 {
					kind = "nonlocal"
				}
				c.fail(n, fmt.Sprintf("annotated name '%s' can't be %s", name.Id, kind))
			}
			c.def(name.Id, defAnnot|defLocal)
		} else {
			c.symExpr(n.Target)
		}
		c.symExpr(n.Annotation)
		if n.Value != nil {
			c.symExpr(n.Value)
		}
	case *Import:
		for _, a := range n.Names {
			c.def(aliasBinding(a), defLocal)
		}
	case *ImportFrom:
		for _, a := range n.Names {
			if a.Name != "*" {
				c.def(aliasBinding(a), defLocal)
			}
		}
	case *Try:
		c.symStmts(n.Body)
		c.symHandlers(n.Handlers)
		c.symStmts(n.Orelse)
		c.symStmts(n.Finalbody)
	case *TryStar:
		c.symStmts(n.Body)
		c.symHandlers(n.Handlers)
		c.symStmts(n.Orelse)
		c.symStmts(n.Finalbody)
	case *Match:
		c.symExpr(n.Subject)
		for _, mc := range n.Cases {
			c.symPattern(mc.Pattern)
			if mc.Guard != nil {
				c.symExpr(mc.Guard)
			}
			c.symStmts(mc.Body)
		}
	default:
		eachChild(s, c.symNode)
	}
}

func aliasBinding(a *Alias) string {
	if a.Asname != "" {
		return a.Asname
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

func (c *checker) symHandlers(hs []*ExceptHandler) {
	for _, h := range hs {
		if h.Type != nil {
			c.symExpr(h.Type)
		}
		if h.Name != "" {
			c.def(h.Name, defLocal)
		}
		c.symStmts(h.Body)
	}
}

func (c *checker) symPattern(p PatternNode) {
	c.enter(p)
	defer func() { c.depth-- }()
	switch n := p.(type) {
	case *MatchAs:
		if n.Pattern != nil {
			c.symPattern(n.Pattern)
		}
		if n.Name != "" {
			c.def(n.Name, defLocal)
		}
	case *MatchStar:
		if n.Name != "" {
			c.def(n.Name, defLocal)
		}
	case *MatchMapping:
		c.symExprs(n.Keys)
		for _, q := range n.Patterns {
			c.symPattern(q)
		}
		if n.Rest != "" {
			c.def(n.Rest, defLocal)
		}
	default:
		eachChild(p, c.symNode)
	}
}

// symNode dispatches a child of any kind.
func (c *checker) symNode(n Node) {
	switch x := n.(type) {
	case StmtNode:
		c.symStmt(x)
	case PatternNode:
		c.symPattern(x)
	case *WithItem:
		c.symExpr(x.ContextExpr)
		if x.OptionalVars != nil {
			c.symExpr(x.OptionalVars)
		}
	case *Keyword:
		c.symExpr(x.Value)
	case *Alias, *Arguments, *Arg:
	default:
		c.symExpr(x)
	}
}

func (c *checker) symExprs(l []ExprNode) {
	for _, e := range l {
		if e != nil {
			c.symExpr(e)
		}
	}
}

var compNames = map[string]string{"ListComp": "list comprehension", "SetComp": "set comprehension",
	"DictComp": "dict comprehension", "GeneratorExp": "generator expression"}

func (c *checker) symExpr(e Node) {
	c.enter(e)
	defer func() { c.depth-- }()
	switch n := e.(type) {
	case *Name:
		if n.Ctx == Load {
			c.def(n.Id, defUse)
		} else {
			c.def(n.Id, defLocal)
		}
	case *Yield, *YieldFrom:
		if c.cur.kind == scComp {
			c.fail(e, "'yield' inside "+c.cur.compName)
		}
		c.cur.generator = true
		eachChild(e, c.symNode)
	case *Await:
		eachChild(e, c.symNode)
		c.cur.coroutine = true
	case *NamedExpr:
		c.symExpr(n.Value)
		// The target binds in the nearest enclosing non-comprehension scope.
		s := c.cur
		for s.kind == scComp {
			s = s.parent
		}
		if t, ok := n.Target.(*Name); ok {
			if s.kind == scClass && c.cur.kind == scComp {
				c.fail(e, "assignment expression within a comprehension cannot be used in a class body")
			}
			s.flags[t.Id] |= defLocal
			if s != c.cur {
				c.cur.flags[t.Id] |= defNonlocal
			}
		}
	case *Lambda:
		c.symArgs(n.Args, n)
		c.push(scFunction, n)
		c.params(n.Args)
		c.symExpr(n.Body)
		c.pop()
	case *ListComp:
		c.symComp(e, n.Generators, n.Elt, nil)
	case *SetComp:
		c.symComp(e, n.Generators, n.Elt, nil)
	case *GeneratorExp:
		c.symComp(e, n.Generators, n.Elt, nil)
	case *DictComp:
		c.symComp(e, n.Generators, n.Key, n.Value)
	default:
		eachChild(e, c.symNode)
	}
}

func (c *checker) symComp(e Node, gens []*Comprehension, elt, val ExprNode) {
	c.symExpr(gens[0].Iter)
	s := c.push(scComp, e)
	s.compName = compNames[e.NodeType()]
	if _, ok := e.(*GeneratorExp); ok {
		s.generator = true
	}
	for i, g := range gens {
		if i > 0 {
			c.symExpr(g.Iter)
		}
		c.symExpr(g.Target)
		c.symExprs(g.Ifs)
		if g.IsAsync != 0 {
			s.coroutine = true
		}
	}
	c.symExpr(elt)
	if val != nil {
		c.symExpr(val)
	}
	c.pop()
}

// analyze resolves nonlocal declarations against the enclosing function
// scopes, as CPython's symtable analysis does.
func (c *checker) analyze(s *symScope) {
	for _, n := range s.nonlocals {
		for _, name := range n.Names {
			if s.flags[name]&defGlobal != 0 {
				c.fail(firstDirective(s, name), fmt.Sprintf("name '%s' is nonlocal and global", name))
			}
			found := false
			for p := s.parent; p != nil && p.kind != scModule; p = p.parent {
				if p.kind == scClass {
					if name == "__class__" {
						// Methods see the implicit __class__ cell.
						found = true
						break
					}
					continue
				}
				f := p.flags[name]
				if f&defGlobal != 0 {
					break
				}
				if f&(defLocal|defParam|defNonlocal) != 0 {
					found = true
					break
				}
			}
			if !found {
				c.fail(n, fmt.Sprintf("no binding for nonlocal '%s' found", name))
			}
		}
	}
	for _, ch := range s.children {
		c.analyze(ch)
	}
}

// firstDirective returns the earliest global or nonlocal statement of s
// naming name.
func firstDirective(s *symScope, name string) Node {
	var best Node
	consider := func(n Node, names []string) {
		for _, x := range names {
			if x == name && (best == nil || before(posOf(n), posOf(best))) {
				best = n
			}
		}
	}
	for _, g := range s.globals {
		consider(g, g.Names)
	}
	for _, g := range s.nonlocals {
		consider(g, g.Names)
	}
	return best
}

func before(a, b *Pos) bool {
	return a.Lineno < b.Lineno || a.Lineno == b.Lineno && a.ColOffset < b.ColOffset
}

// ---- compiler checks ----

const (
	csModule = iota
	csClass
	csFunction
	csAsyncFunction
	csLambda
	csComprehension
)

type cctx struct {
	scope    int
	loop     bool
	asyncGen bool // inside an async generator function
}

func (x cctx) isFunctionBlock() bool { return x.scope >= csFunction }

func (c *checker) stmts(l []StmtNode, x cctx) {
	for _, s := range l {
		c.stmt(s, x)
	}
}

func (c *checker) funcCtx(n Node, async bool) cctx {
	x := cctx{scope: csFunction}
	if async {
		x.scope = csAsyncFunction
	}
	// CPython marks a function a coroutine when it is async or contains
	// await, and checks returns against that.
	if s := c.scopes[n]; s != nil && s.generator && s.coroutine {
		x.asyncGen = true
	}
	return x
}

func (c *checker) checkArgsDebug(n Node, a *Arguments) {
	for _, arg := range a.All() {
		if arg.Arg == "__debug__" {
			c.fail(n, "cannot assign to __debug__")
		}
	}
}

func (c *checker) stmt(s StmtNode, x cctx) {
	switch n := s.(type) {
	case *FunctionDef:
		c.exprs(n.DecoratorList, x)
		c.checkArgsDebug(n, n.Args)
		c.args(n.Args, x)
		if n.Returns != nil && !c.futureAnnotations {
			c.expr(n.Returns, x)
		}
		c.stmts(n.Body, c.funcCtx(n, false))
	case *AsyncFunctionDef:
		c.exprs(n.DecoratorList, x)
		c.checkArgsDebug(n, n.Args)
		c.args(n.Args, x)
		if n.Returns != nil && !c.futureAnnotations {
			c.expr(n.Returns, x)
		}
		c.stmts(n.Body, c.funcCtx(n, true))
	case *ClassDef:
		c.exprs(n.DecoratorList, x)
		c.elts(n.Bases, x)
		for _, k := range n.Keywords {
			c.expr(k.Value, x)
		}
		c.stmts(n.Body, cctx{scope: csClass})
	case *Return:
		if !x.isFunctionBlock() {
			c.fail(s, "'return' outside function")
		}
		if n.Value != nil {
			if x.asyncGen {
				c.fail(s, "'return' with value in async generator")
			}
			c.expr(n.Value, x)
		}
	case *Break:
		if !x.loop {
			c.fail(s, "'break' outside loop")
		}
	case *Continue:
		if !x.loop {
			c.fail(s, "'continue' not properly in loop")
		}
	case *For:
		c.target(n.Target, x)
		c.expr(n.Iter, x)
		in := x
		in.loop = true
		c.stmts(n.Body, in)
		c.stmts(n.Orelse, x)
	case *AsyncFor:
		if x.scope != csAsyncFunction {
			c.fail(s, "'async for' outside async function")
		}
		c.target(n.Target, x)
		c.expr(n.Iter, x)
		in := x
		in.loop = true
		c.stmts(n.Body, in)
		c.stmts(n.Orelse, x)
	case *While:
		c.expr(n.Test, x)
		in := x
		in.loop = true
		c.stmts(n.Body, in)
		c.stmts(n.Orelse, x)
	case *AsyncWith:
		if x.scope != csAsyncFunction {
			c.fail(s, "'async with' outside async function")
		}
		c.withItems(n.Items, x)
		c.stmts(n.Body, x)
	case *With:
		c.withItems(n.Items, x)
		c.stmts(n.Body, x)
	case *Assign:
		for _, t := range n.Targets {
			c.target(t, x)
		}
		c.expr(n.Value, x)
	case *AugAssign:
		c.target(n.Target, x)
		c.expr(n.Value, x)
	case *AnnAssign:
		c.target(n.Target, x)
		if !c.futureAnnotations {
			c.expr(n.Annotation, x)
		}
		if n.Value != nil {
			c.expr(n.Value, x)
		}
	case *Delete:
		for _, t := range n.Targets {
			c.target(t, x)
		}
	case *Try:
		c.stmts(n.Body, x)
		c.handlers(n.Handlers, x)
		c.stmts(n.Orelse, x)
		c.stmts(n.Finalbody, x)
	case *TryStar:
		c.stmts(n.Body, x)
		c.handlers(n.Handlers, x)
		c.stmts(n.Orelse, x)
		c.stmts(n.Finalbody, x)
	case *Import:
		for _, a := range n.Names {
			if aliasBinding(a) == "__debug__" {
				c.fail(s, "cannot assign to __debug__")
			}
		}
	case *ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" && x.isFunctionBlock() {
				c.fail(a, "import * only allowed at module level")
			}
			if aliasBinding(a) == "__debug__" {
				c.fail(s, "cannot assign to __debug__")
			}
		}
	case *Expr:
		c.expr(n.Value, x)
	case *If:
		c.expr(n.Test, x)
		c.stmts(n.Body, x)
		c.stmts(n.Orelse, x)
	case *Match:
		c.expr(n.Subject, x)
		for _, mc := range n.Cases {
			if mc.Guard != nil {
				c.expr(mc.Guard, x)
			}
			c.stmts(mc.Body, x)
		}
	default:
		eachChild(s, func(ch Node) {
			if e, ok := ch.(ExprNode); ok {
				if _, isStmt := ch.(StmtNode); !isStmt {
					c.expr(e, x)
				}
			}
		})
	}
}

func (c *checker) handlers(hs []*ExceptHandler, x cctx) {
	for i, h := range hs {
		if h.Type == nil && i < len(hs)-1 {
			c.fail(h, "default 'except:' must be last")
		}
		if h.Type != nil {
			c.expr(h.Type, x)
		}
		c.stmts(h.Body, x)
	}
}

func (c *checker) withItems(items []*WithItem, x cctx) {
	for _, it := range items {
		c.expr(it.ContextExpr, x)
		if it.OptionalVars != nil {
			c.target(it.OptionalVars, x)
		}
	}
}

func (c *checker) args(a *Arguments, x cctx) {
	c.exprs(a.Defaults, x)
	for _, d := range a.KwDefaults {
		if d != nil {
			c.expr(d, x)
		}
	}
	for _, arg := range a.All() {
		if arg.Annotation != nil && !c.futureAnnotations {
			if s, ok := arg.Annotation.(*Starred); ok && arg == a.Vararg {
				c.expr(s.Value, x) // def f(*args: *Ts)
				continue
			}
			c.expr(arg.Annotation, x)
		}
	}
}

// target checks an assignment or deletion target.
func (c *checker) target(t ExprNode, x cctx) {
	switch n := t.(type) {
	case *Name:
		if n.Id == "__debug__" {
			c.fail(t, "cannot assign to __debug__")
		}
	case *Starred:
		c.fail(t, "starred assignment target must be in a list or tuple")
	case *Tuple:
		c.targetElts(t, n.Elts, x)
	case *List:
		c.targetElts(t, n.Elts, x)
	default:
		c.expr(t, x)
	}
}

func (c *checker) targetElts(t ExprNode, elts []ExprNode, x cctx) {
	seen := false
	for _, e := range elts {
		if s, ok := e.(*Starred); ok {
			if seen {
				c.fail(t, "multiple starred expressions in assignment")
			}
			seen = true
			c.target(s.Value, x)
			continue
		}
		c.target(e, x)
	}
}

func (c *checker) exprs(l []ExprNode, x cctx) {
	for _, e := range l {
		if e != nil {
			c.expr(e, x)
		}
	}
}

// elts checks display elements, where a starred item is allowed.
func (c *checker) elts(l []ExprNode, x cctx) {
	for _, e := range l {
		if s, ok := e.(*Starred); ok {
			c.expr(s.Value, x)
			continue
		}
		c.expr(e, x)
	}
}

func (c *checker) expr(e ExprNode, x cctx) {
	switch n := e.(type) {
	case *Name:
		if n.Ctx != Load && n.Id == "__debug__" {
			c.fail(e, "cannot assign to __debug__")
		}
	case *Starred:
		if n.Ctx == Load {
			c.fail(e, "can't use starred expression here")
		}
		c.expr(n.Value, x)
	case *Tuple:
		if n.Ctx != Load {
			c.target(e, x)
			return
		}
		c.elts(n.Elts, x)
	case *List:
		if n.Ctx != Load {
			c.target(e, x)
			return
		}
		c.elts(n.Elts, x)
	case *Set:
		c.elts(n.Elts, x)
	case *Call:
		c.expr(n.Func, x)
		c.elts(n.Args, x)
		for _, k := range n.Keywords {
			if k.Arg == "__debug__" {
				c.fail(e, "cannot assign to __debug__")
			}
			c.expr(k.Value, x)
		}
	case *Subscript:
		c.expr(n.Value, x)
		if t, ok := n.Slice.(*Tuple); ok {
			c.elts(t.Elts, x)
		} else {
			c.expr(n.Slice, x)
		}
	case *Yield:
		if !x.isFunctionBlock() {
			c.fail(e, "'yield' outside function")
		}
		if n.Value != nil {
			c.expr(n.Value, x)
		}
	case *YieldFrom:
		if !x.isFunctionBlock() {
			c.fail(e, "'yield' outside function")
		}
		if x.scope == csAsyncFunction {
			c.fail(e, "'yield from' inside async function")
		}
		c.expr(n.Value, x)
	case *Await:
		if !x.isFunctionBlock() {
			c.fail(e, "'await' outside function")
		}
		if x.scope != csAsyncFunction && x.scope != csComprehension {
			c.fail(e, "'await' outside async function")
		}
		c.expr(n.Value, x)
	case *Lambda:
		c.checkArgsDebug(e, n.Args)
		c.args(n.Args, x)
		c.expr(n.Body, cctx{scope: csLambda})
	case *ListComp:
		c.comp(e, n.Generators, x, n.Elt)
	case *SetComp:
		c.comp(e, n.Generators, x, n.Elt)
	case *GeneratorExp:
		c.comp(e, n.Generators, x, n.Elt)
	case *DictComp:
		c.comp(e, n.Generators, x, n.Key, n.Value)
	case *NamedExpr:
		c.expr(n.Value, x)
	default:
		eachChild(e, func(ch Node) {
			switch y := ch.(type) {
			case *Keyword:
				c.expr(y.Value, x)
			case ExprNode:
				c.expr(y, x)
			}
		})
	}
}

func (c *checker) comp(e ExprNode, gens []*Comprehension, x cctx, elts ...ExprNode) {
	s := c.scopes[e]
	_, isGen := e.(*GeneratorExp)
	if s != nil && s.coroutine && !isGen && x.scope != csAsyncFunction && x.scope != csComprehension {
		c.fail(e, "asynchronous comprehension outside of an asynchronous function")
	}
	in := cctx{scope: csComprehension}
	for i, g := range gens {
		c.target(g.Target, in)
		if i > 0 {
			c.expr(g.Iter, in)
		}
		c.exprs(g.Ifs, in)
	}
	c.exprs(elts, in)
	c.expr(gens[0].Iter, x)
}
