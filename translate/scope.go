package translate

import (
	"github.com/py2goasync/py2goasync/parser"
)

// scopeKind is the kind of a Python scope.
type scopeKind uint8

const (
	moduleScope scopeKind = iota
	functionScope
	classScope
	comprehensionScope
)

// scope is one Python namespace, as CPython's symtable sees it.
type scope struct {
	kind     scopeKind
	name     string
	parent   *scope
	node     parser.Node
	bound    map[string]bool // assigned, imported, defined or a parameter here
	params   map[string]bool
	globals  map[string]bool // declared global
	nonlocal map[string]bool // declared nonlocal
	used     map[string]bool // read here
	deletes  map[string]bool // the target of a del statement here
	// order lists bound names in first-binding order (for declarations).
	order []string
	// mentions lists the names read or bound here in first-mention order,
	// the order CPython's compiler gives a function's locals in
	// co_varnames.
	mentions  []string
	mentioned map[string]bool
	// isCoroutine, isGenerator describe a function scope's body.
	isAsync     bool
	isGenerator bool
	// hasStarImport: the module does `from m import *` somewhere.
	hasStarImport bool
	// slotNames (module scope): the names some class body of the module
	// lists in its __slots__ (attribute loads of them are likely slots).
	slotNames map[string]bool
	// frame is the Go variable of the struct that holds a compiled
	// coroutine's variables ("" for other scopes, whose locals are Go
	// variables).
	frame string
	// prefix distinguishes the fields of a comprehension's variables
	// when they live in the frame of the coroutine around it.
	prefix   string
	children []*scope
	// ints are the int-typed locals (see intLocals), once computed.
	ints map[string]bool
	// floats are the float-speculated locals (see floatLocals), computed
	// with ints.
	floats map[string]bool
	// owned are the owned locals (see ownedLocals), once computed.
	owned map[string]bool
	// sliceCopies are the slice-copy locals (see sliceLocals), once
	// computed.
	sliceCopies map[string]bool
	// freshLoops are the recycling loop variables (see freshLocals), once
	// computed.
	freshLoops map[string]bool
	// definite are the reads of locals bound on every path to them (see
	// definiteReads), once computed.
	definite map[*parser.Name]bool
	// cells are the variables nested scopes refer to (see cellVars), once
	// computed by inertArgs.
	cells map[string]bool
	// objects are the names the scope's code uses as the object of an
	// attribute or an item (see objectNames), once computed.
	objects map[string]bool
	// indexes are the expressions the scope's code uses as an index (see
	// indexExprs), once computed.
	indexes map[parser.ExprNode]bool
	// classCellVar is, for a class body whose functions use __class__,
	// the Go variable its __class__ cell points at, and classCellObj the
	// Go variable holding that cell (classcell.go).
	classCellVar, classCellObj string
}

func newScope(kind scopeKind, name string, parent *scope, node parser.Node) *scope {
	s := &scope{kind: kind, name: name, parent: parent, node: node,
		bound: map[string]bool{}, params: map[string]bool{}, globals: map[string]bool{},
		nonlocal: map[string]bool{}, used: map[string]bool{}, deletes: map[string]bool{}, mentioned: map[string]bool{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) bind(name string) {
	if !s.bound[name] {
		s.bound[name] = true
		s.order = append(s.order, name)
	}
	s.mention(name)
}

// use records a read of name here.
func (s *scope) use(name string) {
	s.used[name] = true
	s.mention(name)
}

func (s *scope) mention(name string) {
	if !s.mentioned[name] {
		s.mentioned[name] = true
		s.mentions = append(s.mentions, name)
	}
}

// nameKind says where a name reference resolves.
type nameKind uint8

const (
	nameGlobal    nameKind = iota // a module global (Go package variable)
	nameBuiltin                   // never bound at module level: a builtin
	nameLocal                     // a variable of the current function
	nameFree                      // a variable of an enclosing function
	nameClass                     // a class-body name (class namespace dict)
	nameGlobalish                 // module global that may be unbound and shadows a builtin
)

// resolve finds where name, used in s, lives; owner is the scope holding
// the variable for local/free names.
func (s *scope) resolve(name string, module *scope) (nameKind, *scope) {
	if s.kind == moduleScope || s.globals[name] {
		return module.globalKind(name), module
	}
	if s.nonlocal[name] {
		for p := s.parent; p != nil; p = p.parent {
			if p.kind == classScope {
				continue
			}
			if p.kind == moduleScope {
				break
			}
			if p.bound[name] && !p.globals[name] || p.nonlocal[name] {
				if p.nonlocal[name] {
					_, owner := p.resolve(name, module)
					return nameFree, owner
				}
				return nameFree, p
			}
		}
		return module.globalKind(name), module
	}
	if s.bound[name] {
		if s.kind == classScope {
			return nameClass, s
		}
		return nameLocal, s
	}
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == classScope {
			continue
		}
		if p.kind == moduleScope {
			break
		}
		if p.globals[name] {
			return module.globalKind(name), module
		}
		if p.nonlocal[name] {
			_, owner := p.resolve(name, module)
			return nameFree, owner
		}
		if p.bound[name] {
			return nameFree, p
		}
	}
	return module.globalKind(name), module
}

func (m *scope) globalKind(name string) nameKind {
	if m.bound[name] || m.declaredGlobalAnywhere(name) {
		return nameGlobal
	}
	return nameBuiltin
}

func (m *scope) declaredGlobalAnywhere(name string) bool {
	if m.globals[name] {
		return true
	}
	for _, c := range m.children {
		if c.declaredGlobalAnywhere(name) {
			return true
		}
	}
	return false
}

// scopeBuilder walks the AST once and records every scope's bindings.
type scopeBuilder struct {
	scopes map[parser.Node]*scope
	cur    *scope
	// evalAnnotations: annotations are evaluated (no `from __future__
	// import annotations`), so lambdas, comprehensions and walruses in
	// them are scopes and bindings like any others.
	evalAnnotations bool
}

func buildScopes(mod *parser.Module) (*scope, map[parser.Node]*scope) {
	b := &scopeBuilder{scopes: map[parser.Node]*scope{}, evalAnnotations: !futureAnnotations(mod)}
	root := newScope(moduleScope, "<module>", nil, mod)
	// Module attributes every script has.
	for _, name := range []string{"__name__", "__doc__", "__file__", "__package__", "__spec__", "__loader__", "__builtins__"} {
		root.bind(name)
	}
	b.scopes[mod] = root
	b.cur = root
	b.stmts(mod.Body)
	return root, b.scopes
}

func (b *scopeBuilder) stmts(list []parser.StmtNode) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *scopeBuilder) enter(kind scopeKind, name string, node parser.Node) *scope {
	s := newScope(kind, name, b.cur, node)
	b.scopes[node] = s
	b.cur = s
	return s
}

func (b *scopeBuilder) leave(s *scope) { b.cur = s.parent }

func (b *scopeBuilder) args(a *parser.Arguments) {
	// Defaults and annotations are evaluated in the enclosing scope.
	for _, d := range a.Defaults {
		b.expr(d)
	}
	for _, d := range a.KwDefaults {
		if d != nil {
			b.expr(d)
		}
	}
}

func (b *scopeBuilder) bindParams(s *scope, a *parser.Arguments) {
	for _, arg := range a.All() {
		s.bind(arg.Arg)
		s.params[arg.Arg] = true
	}
}

func (b *scopeBuilder) function(node parser.Node, name string, args *parser.Arguments, body []parser.StmtNode, decorators []parser.ExprNode, returns parser.ExprNode, isAsync bool) {
	for _, d := range decorators {
		b.expr(d)
	}
	b.args(args)
	if b.evalAnnotations {
		// Where withAnnotations evaluates them: in the enclosing scope,
		// after the defaults.
		for _, a := range args.All() {
			if a.Annotation != nil {
				b.expr(a.Annotation)
			}
		}
		if returns != nil {
			b.expr(returns)
		}
	}
	b.cur.bind(name)
	s := b.enter(functionScope, name, node)
	s.isAsync = isAsync
	b.bindParams(s, args)
	b.stmts(body)
	b.leave(s)
}

func (b *scopeBuilder) stmt(st parser.StmtNode) {
	switch s := st.(type) {
	case *parser.FunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, false)
	case *parser.AsyncFunctionDef:
		b.function(s, s.Name, s.Args, s.Body, s.DecoratorList, s.Returns, true)
	case *parser.ClassDef:
		for _, d := range s.DecoratorList {
			b.expr(d)
		}
		for _, e := range s.Bases {
			b.expr(e)
		}
		for _, k := range s.Keywords {
			b.expr(k.Value)
		}
		b.cur.bind(s.Name)
		sc := b.enter(classScope, s.Name, s)
		b.stmts(s.Body)
		b.leave(sc)
	case *parser.Return:
		if s.Value != nil {
			b.expr(s.Value)
		}
	case *parser.Delete:
		for _, t := range s.Targets {
			b.target(t)
			if n, ok := t.(*parser.Name); ok {
				b.cur.use(n.Id)
				b.cur.deletes[n.Id] = true
			}
		}
	case *parser.Assign:
		b.expr(s.Value)
		for _, t := range s.Targets {
			b.target(t)
		}
		if b.cur.kind == classScope {
			b.noteSlots(s)
		}
	case *parser.AugAssign:
		b.expr(s.Value)
		b.target(s.Target)
		if n, ok := s.Target.(*parser.Name); ok {
			b.cur.use(n.Id)
		}
	case *parser.AnnAssign:
		if s.Value != nil {
			b.expr(s.Value)
			b.target(s.Target)
		} else if n, ok := s.Target.(*parser.Name); ok && s.Simple == 1 && b.cur.kind != moduleScope && b.cur.kind != classScope {
			b.cur.bind(n.Id)
		}
		// Module and class bodies evaluate a simple target's annotation
		// (the AnnAssign case of translator.stmtBody).
		if _, ok := s.Target.(*parser.Name); ok && s.Simple == 1 && b.evalAnnotations && (b.cur.kind == moduleScope || b.cur.kind == classScope) {
			b.expr(s.Annotation)
		}
		for _, e := range annAssignEvaluated(s, b.evalAnnotations && (b.cur.kind == moduleScope || b.cur.kind == classScope)) {
			b.expr(e)
		}
	case *parser.For:
		b.loop(s.Iter, s.Target, s.Body, s.Orelse)
	case *parser.AsyncFor:
		b.loop(s.Iter, s.Target, s.Body, s.Orelse)
	case *parser.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *parser.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *parser.With:
		b.withItems(s.Items, s.Body)
	case *parser.AsyncWith:
		b.withItems(s.Items, s.Body)
	case *parser.Match:
		b.expr(s.Subject)
		for _, c := range s.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *parser.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
		}
		if s.Cause != nil {
			b.expr(s.Cause)
		}
	case *parser.Try:
		b.tryStmt(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *parser.TryStar:
		b.tryStmt(s.Body, s.Handlers, s.Orelse, s.Finalbody)
	case *parser.Assert:
		b.expr(s.Test)
		if s.Msg != nil {
			b.expr(s.Msg)
		}
	case *parser.Import:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				if i := indexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
			}
			b.cur.bind(name)
		}
	case *parser.ImportFrom:
		for _, a := range s.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			if name != "*" {
				b.cur.bind(name)
			} else {
				for p := b.cur; p != nil; p = p.parent {
					if p.kind == moduleScope {
						p.hasStarImport = true
					}
				}
			}
		}
	case *parser.Global:
		for _, n := range s.Names {
			b.cur.globals[n] = true
		}
	case *parser.Nonlocal:
		for _, n := range s.Names {
			b.cur.nonlocal[n] = true
		}
	case *parser.Expr:
		b.expr(s.Value)
	}
}

func (b *scopeBuilder) withItems(items []*parser.WithItem, body []parser.StmtNode) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.target(it.OptionalVars)
		}
	}
	b.stmts(body)
}

func (b *scopeBuilder) loop(iter, target parser.ExprNode, body, orelse []parser.StmtNode) {
	b.expr(iter)
	b.target(target)
	b.stmts(body)
	b.stmts(orelse)
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func (b *scopeBuilder) tryStmt(body []parser.StmtNode, handlers []*parser.ExceptHandler, orelse, final []parser.StmtNode) {
	b.stmts(body)
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.cur.bind(h.Name)
		}
		b.stmts(h.Body)
	}
	b.stmts(orelse)
	b.stmts(final)
}

func (b *scopeBuilder) pattern(p parser.PatternNode) {
	switch x := p.(type) {
	case *parser.MatchValue:
		b.expr(x.Value)
	case *parser.MatchSequence:
		for _, q := range x.Patterns {
			b.pattern(q)
		}
	case *parser.MatchMapping:
		for _, k := range x.Keys {
			b.expr(k)
		}
		for _, q := range x.Patterns {
			b.pattern(q)
		}
		if x.Rest != "" {
			b.cur.bind(x.Rest)
		}
	case *parser.MatchClass:
		b.expr(x.Cls)
		for _, q := range x.Patterns {
			b.pattern(q)
		}
		for _, q := range x.KwdPatterns {
			b.pattern(q)
		}
	case *parser.MatchStar:
		if x.Name != "" {
			b.cur.bind(x.Name)
		}
	case *parser.MatchAs:
		if x.Pattern != nil {
			b.pattern(x.Pattern)
		}
		if x.Name != "" {
			b.cur.bind(x.Name)
		}
	case *parser.MatchOr:
		for _, q := range x.Patterns {
			b.pattern(q)
		}
	}
}

// target records the names an assignment target binds.
func (b *scopeBuilder) target(t parser.ExprNode) {
	switch x := t.(type) {
	case *parser.Name:
		b.cur.bind(x.Id)
	case *parser.Tuple:
		for _, e := range x.Elts {
			b.target(e)
		}
	case *parser.List:
		for _, e := range x.Elts {
			b.target(e)
		}
	case *parser.Starred:
		b.target(x.Value)
	case *parser.Attribute:
		b.expr(x.Value)
	case *parser.Subscript:
		b.expr(x.Value)
		b.expr(x.Slice)
	}
}

func (b *scopeBuilder) comprehension(node parser.Node, name string, gens []*parser.Comprehension, elts ...parser.ExprNode) {
	// The first iterable is evaluated in the enclosing scope.
	b.expr(gens[0].Iter)
	s := b.enter(comprehensionScope, name, node)
	for i, g := range gens {
		if i > 0 {
			b.expr(g.Iter)
		}
		b.target(g.Target)
		for _, c := range g.Ifs {
			b.expr(c)
		}
		if g.IsAsync == 1 {
			s.isAsync = true
		}
	}
	for _, e := range elts {
		b.expr(e)
	}
	b.leave(s)
	// An asynchronous list, set or dict comprehension awaits where it
	// stands: one nested in another comprehension makes that one
	// asynchronous too (an async generator expression awaits nothing
	// when made).
	if _, isGen := node.(*parser.GeneratorExp); s.isAsync && !isGen && b.cur.kind == comprehensionScope {
		b.cur.isAsync = true
	}
}

func (b *scopeBuilder) expr(e parser.ExprNode) {
	switch x := e.(type) {
	case nil:
	case *parser.Name:
		b.cur.use(x.Id)
	case *parser.BoolOp:
		for _, v := range x.Values {
			b.expr(v)
		}
	case *parser.NamedExpr:
		b.expr(x.Value)
		// The target binds in the nearest enclosing non-comprehension scope.
		s := b.cur
		for s.kind == comprehensionScope {
			s = s.parent
		}
		if n, ok := x.Target.(*parser.Name); ok {
			s.bind(n.Id)
			if s != b.cur {
				b.cur.nonlocalWalrus(n.Id, s)
			}
		}
	case *parser.BinOp:
		b.expr(x.Left)
		b.expr(x.Right)
	case *parser.UnaryOp:
		b.expr(x.Operand)
	case *parser.Lambda:
		b.args(x.Args)
		s := b.enter(functionScope, "<lambda>", x)
		b.bindParams(s, x.Args)
		b.expr(x.Body)
		b.leave(s)
	case *parser.IfExp:
		b.expr(x.Test)
		b.expr(x.Body)
		b.expr(x.Orelse)
	case *parser.Dict:
		for _, k := range x.Keys {
			b.expr(k)
		}
		for _, v := range x.Values {
			b.expr(v)
		}
	case *parser.Set:
		for _, v := range x.Elts {
			b.expr(v)
		}
	case *parser.ListComp:
		b.comprehension(x, "<listcomp>", x.Generators, x.Elt)
	case *parser.SetComp:
		b.comprehension(x, "<setcomp>", x.Generators, x.Elt)
	case *parser.DictComp:
		b.comprehension(x, "<dictcomp>", x.Generators, x.Key, x.Value)
	case *parser.GeneratorExp:
		b.comprehension(x, "<genexpr>", x.Generators, x.Elt)
	case *parser.Await:
		if b.cur.kind == comprehensionScope {
			b.cur.isAsync = true
		}
		b.expr(x.Value)
	case *parser.Yield:
		b.markGenerator()
		b.expr(x.Value)
	case *parser.YieldFrom:
		b.markGenerator()
		b.expr(x.Value)
	case *parser.Compare:
		b.expr(x.Left)
		for _, c := range x.Comparators {
			b.expr(c)
		}
	case *parser.Call:
		b.expr(x.Func)
		for _, a := range x.Args {
			b.expr(a)
		}
		for _, k := range x.Keywords {
			b.expr(k.Value)
		}
		if n, ok := x.Func.(*parser.Name); ok && n.Id == "super" && len(x.Args) == 0 {
			b.cur.used["__class__"] = true
		}
	case *parser.FormattedValue:
		b.expr(x.Value)
		b.expr(x.FormatSpec)
	case *parser.JoinedStr:
		for _, v := range x.Values {
			b.expr(v)
		}
	case *parser.Attribute:
		b.expr(x.Value)
	case *parser.Subscript:
		b.expr(x.Value)
		b.expr(x.Slice)
	case *parser.Starred:
		b.expr(x.Value)
	case *parser.List:
		for _, v := range x.Elts {
			b.expr(v)
		}
	case *parser.Tuple:
		for _, v := range x.Elts {
			b.expr(v)
		}
	case *parser.Slice:
		b.expr(x.Lower)
		b.expr(x.Upper)
		b.expr(x.Step)
	}
}

func (s *scope) nonlocalWalrus(name string, owner *scope) {
	for c := s; c != owner; c = c.parent {
		c.nonlocal[name] = true
	}
}

func (b *scopeBuilder) markGenerator() {
	if b.cur.kind == functionScope || b.cur.kind == comprehensionScope {
		b.cur.isGenerator = true
	}
}

// goName is the Go expression of a variable this scope owns.
func (s *scope) goName(name string) string {
	if s.frame != "" {
		return s.frame + "." + s.prefix + localVar(name)
	}
	return localVar(name)
}

// noteSlots records the names of a class body's `__slots__ = ...` (a str,
// or a tuple or list of them) in the module scope.
func (b *scopeBuilder) noteSlots(s *parser.Assign) {
	if len(s.Targets) != 1 {
		return
	}
	if n, ok := s.Targets[0].(*parser.Name); !ok || n.Id != "__slots__" {
		return
	}
	var elts []parser.ExprNode
	switch v := s.Value.(type) {
	case *parser.Tuple:
		elts = v.Elts
	case *parser.List:
		elts = v.Elts
	default:
		elts = []parser.ExprNode{v}
	}
	m := b.cur
	for m.parent != nil {
		m = m.parent
	}
	for _, e := range elts {
		if c, ok := e.(*parser.Constant); ok {
			if str, ok := c.Value.(string); ok {
				if m.slotNames == nil {
					m.slotNames = map[string]bool{}
				}
				m.slotNames[str] = true
			}
		}
	}
}
