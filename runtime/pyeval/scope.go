package pyeval

import (
	"runtime"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/runtime/py"
)

type scopeKind uint8

const (
	moduleScope scopeKind = iota
	classScope
	functionScope
)

// scope is what the compiler's symbol table knows of one code block: the
// names it binds (its locals when it is a function), and those declared
// global or nonlocal.
type scope struct {
	kind      scopeKind
	locals    map[string]bool
	order     []string
	slot      map[string]int // a local's index in order (a frame's slots)
	globals   map[string]bool
	nonlocals map[string]bool
	generator bool
	code      *compiled // a function's body compiled, on its first call
}

// scopeOf analyses the block of node n (a Module, FunctionDef, Lambda,
// ClassDef or comprehension) once per unit.
func (u *unit) scopeOf(n parser.Node, args *parser.Arguments) *scope {
	if s, ok := u.scopes[n]; ok {
		return s
	}
	s := &scope{locals: map[string]bool{}, globals: map[string]bool{}, nonlocals: map[string]bool{}}
	switch x := n.(type) {
	case *parser.Module:
		s.kind = moduleScope
		s.stmts(x.Body)
	case *parser.ClassDef:
		s.kind = classScope
		s.stmts(x.Body)
	case *parser.FunctionDef:
		s.kind = functionScope
		s.params(x.Args)
		s.stmts(x.Body)
	case *parser.AsyncFunctionDef:
		s.kind = functionScope
		s.params(x.Args)
		s.stmts(x.Body)
	case *parser.Lambda:
		s.kind = functionScope
		s.params(x.Args)
		s.expr(x.Body)
	default:
		// A comprehension: its targets, and whatever its parts bind
		// (nested comprehensions bind nothing here; walrus targets bind
		// in the enclosing function).
		s.kind = functionScope
		var gens []*parser.Comprehension
		var elts []parser.ExprNode
		switch c := n.(type) {
		case *parser.ListComp:
			gens, elts = c.Generators, []parser.ExprNode{c.Elt}
		case *parser.SetComp:
			gens, elts = c.Generators, []parser.ExprNode{c.Elt}
		case *parser.GeneratorExp:
			gens, elts = c.Generators, []parser.ExprNode{c.Elt}
			s.generator = true
		case *parser.DictComp:
			gens, elts = c.Generators, []parser.ExprNode{c.Key, c.Value}
		}
		for i, g := range gens {
			s.target(g.Target)
			if i > 0 {
				s.exprNoWalrus(g.Iter)
			}
			for _, c := range g.Ifs {
				s.exprNoWalrus(c)
			}
		}
		for _, e := range elts {
			s.exprNoWalrus(e)
		}
	}
	for name := range s.globals {
		delete(s.locals, name)
	}
	for name := range s.nonlocals {
		delete(s.locals, name)
	}
	order := s.order[:0]
	for _, name := range s.order {
		if s.locals[name] {
			order = append(order, name)
		}
	}
	s.order = order
	s.slot = make(map[string]int, len(order))
	for i, name := range order {
		s.slot[name] = i
	}
	u.scopes[n] = s
	return s
}

func (s *scope) bind(name string) {
	if !s.locals[name] {
		s.locals[name] = true
		s.order = append(s.order, name)
	}
}

func (s *scope) params(a *parser.Arguments) {
	for _, p := range a.Posonlyargs {
		s.bind(p.Arg)
	}
	for _, p := range a.Args {
		s.bind(p.Arg)
	}
	if a.Vararg != nil {
		s.bind(a.Vararg.Arg)
	}
	for _, p := range a.Kwonlyargs {
		s.bind(p.Arg)
	}
	if a.Kwarg != nil {
		s.bind(a.Kwarg.Arg)
	}
}

func (s *scope) target(t parser.ExprNode) {
	switch x := t.(type) {
	case *parser.Name:
		s.bind(x.Id)
	case *parser.Tuple:
		for _, e := range x.Elts {
			s.target(e)
		}
	case *parser.List:
		for _, e := range x.Elts {
			s.target(e)
		}
	case *parser.Starred:
		s.target(x.Value)
	default:
		s.expr(t)
	}
}

func (s *scope) stmts(body []parser.StmtNode) {
	for _, st := range body {
		s.stmt(st)
	}
}

func (s *scope) stmt(st parser.StmtNode) {
	switch x := st.(type) {
	case *parser.FunctionDef:
		s.bind(x.Name)
		s.exprs(x.DecoratorList)
		s.exprs(x.Args.Defaults)
		s.exprs(x.Args.KwDefaults)
	case *parser.AsyncFunctionDef:
		s.bind(x.Name)
		s.exprs(x.DecoratorList)
		s.exprs(x.Args.Defaults)
		s.exprs(x.Args.KwDefaults)
	case *parser.AsyncFor:
		s.target(x.Target)
		s.expr(x.Iter)
		s.stmts(x.Body)
		s.stmts(x.Orelse)
	case *parser.AsyncWith:
		for _, it := range x.Items {
			s.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				s.target(it.OptionalVars)
			}
		}
		s.stmts(x.Body)
	case *parser.ClassDef:
		s.bind(x.Name)
		s.exprs(x.DecoratorList)
		s.exprs(x.Bases)
		for _, k := range x.Keywords {
			s.expr(k.Value)
		}
	case *parser.Return:
		s.expr(x.Value)
	case *parser.Delete:
		for _, t := range x.Targets {
			s.target(t)
		}
	case *parser.Assign:
		for _, t := range x.Targets {
			s.target(t)
		}
		s.expr(x.Value)
	case *parser.AugAssign:
		s.target(x.Target)
		s.expr(x.Value)
	case *parser.AnnAssign:
		if n, ok := x.Target.(*parser.Name); ok {
			s.bind(n.Id)
		} else {
			s.expr(x.Target)
		}
		s.expr(x.Value)
		if s.kind != functionScope {
			s.expr(x.Annotation)
		}
	case *parser.For:
		s.target(x.Target)
		s.expr(x.Iter)
		s.stmts(x.Body)
		s.stmts(x.Orelse)
	case *parser.While:
		s.expr(x.Test)
		s.stmts(x.Body)
		s.stmts(x.Orelse)
	case *parser.If:
		s.expr(x.Test)
		s.stmts(x.Body)
		s.stmts(x.Orelse)
	case *parser.With:
		for _, it := range x.Items {
			s.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				s.target(it.OptionalVars)
			}
		}
		s.stmts(x.Body)
	case *parser.Raise:
		s.expr(x.Exc)
		s.expr(x.Cause)
	case *parser.Try:
		s.stmts(x.Body)
		for _, h := range x.Handlers {
			s.expr(h.Type)
			if h.Name != "" {
				s.bind(h.Name)
			}
			s.stmts(h.Body)
		}
		s.stmts(x.Orelse)
		s.stmts(x.Finalbody)
	case *parser.Assert:
		s.expr(x.Test)
		s.expr(x.Msg)
	case *parser.Import:
		for _, a := range x.Names {
			if a.Asname != "" {
				s.bind(a.Asname)
			} else {
				s.bind(strings.SplitN(a.Name, ".", 2)[0])
			}
		}
	case *parser.ImportFrom:
		for _, a := range x.Names {
			if a.Asname != "" {
				s.bind(a.Asname)
			} else if a.Name != "*" {
				s.bind(a.Name)
			}
		}
	case *parser.Global:
		for _, n := range x.Names {
			s.globals[n] = true
		}
	case *parser.Nonlocal:
		for _, n := range x.Names {
			s.nonlocals[n] = true
		}
	case *parser.Expr:
		s.expr(x.Value)
	}
}

func (s *scope) exprs(l []parser.ExprNode) {
	for _, e := range l {
		s.expr(e)
	}
}

// expr finds the bindings inside an expression of this block: walrus
// targets (also inside comprehensions, which bind them here) and yields.
func (s *scope) expr(e parser.ExprNode) {
	if e == nil {
		return
	}
	s.walk(e, true)
}

func (s *scope) exprNoWalrus(e parser.ExprNode) {
	if e == nil {
		return
	}
	s.walk(e, false)
}

func (s *scope) walk(e parser.ExprNode, own bool) {
	parser.Inspect(e, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Lambda:
			s.exprs(x.Args.Defaults)
			s.exprs(x.Args.KwDefaults)
			return false
		case *parser.NamedExpr:
			if own {
				if name, ok := x.Target.(*parser.Name); ok {
					s.bind(name.Id)
				}
			}
		case *parser.Yield, *parser.YieldFrom:
			if own {
				s.generator = true
			}
		case *parser.ListComp, *parser.SetComp, *parser.DictComp, *parser.GeneratorExp:
			// The first iterable is evaluated here; walrus targets inside
			// bind here too; the rest is the comprehension's own scope.
			gens := compGenerators(x)
			s.walk(gens[0].Iter, own)
			parser.Inspect(x, func(m parser.Node) bool {
				if w, ok := m.(*parser.NamedExpr); ok && own {
					if name, ok := w.Target.(*parser.Name); ok {
						s.bind(name.Id)
					}
				}
				_, isLambda := m.(*parser.Lambda)
				return !isLambda
			})
			return false
		}
		return true
	})
}

func compGenerators(n parser.Node) []*parser.Comprehension {
	switch c := n.(type) {
	case *parser.ListComp:
		return c.Generators
	case *parser.SetComp:
		return c.Generators
	case *parser.GeneratorExp:
		return c.Generators
	case *parser.DictComp:
		return c.Generators
	}
	return nil
}

// calledFromEvaluator reports whether the Python code calling eval or exec
// is evaluated code: the first frame outside the builtin's own machinery
// that is either evaluated (this package) or translated (a .py line).
func calledFromEvaluator() bool {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	const pkg = "github.com/py2goasync/py2goasync/runtime/pyeval."
	for {
		f, more := frames.Next()
		if strings.HasSuffix(py.FrameFile(f.File), ".py") {
			return false
		}
		if strings.HasPrefix(f.Function, pkg) {
			rest := f.Function[len(pkg):]
			if !strings.HasPrefix(rest, "builtin") && !strings.HasPrefix(rest, "namespaces") && !strings.HasPrefix(rest, "currentFrame") {
				return true
			}
		}
		if !more {
			return false
		}
	}
}
