package translate

import (
	"strings"

	"github.com/py2goasync/py2goasync/parser"
)

// Definite binding: the reads of a function's local variables that every
// path to them has bound first need no UnboundLocalError check, so they
// read the Go variable as it is (v_x rather than py.Local(v_x, "x"),
// py.LocalI/py.LocalF likewise).
//
// The analysis follows the statements forward with the set of locals
// certainly bound. It tracks only locals that nothing unbinds: a name
// some `del` of the function or of a nested scope (through nonlocal), or
// an `except ... as` of the function, names is never tracked, so
// along any path the set only grows. That makes loops simple (the head of
// a loop has what was bound before it: its body can only add) as well as
// the places an exception can jump to (an except clause, a finally, the
// statement after a with whose __exit__ swallowed it: they see at least
// what was bound before the try or with). A read is definite when every
// visit of it (a finally body is visited on two paths) found its name
// bound. Unreachable code, reads in nested scopes (lambdas, defs and
// classes; a comprehension is a scope of its own, see
// definiteComprehension) and names bound by walrus are left checked.

// definiteReads computes (once) the definitely bound reads of a function's
// or comprehension's locals.
func (t *translator) definiteReads(s *scope) map[*parser.Name]bool {
	if s.definite != nil {
		return s.definite
	}
	s.definite = map[*parser.Name]bool{}
	var body []parser.StmtNode
	switch n := s.node.(type) {
	case *parser.FunctionDef:
		body = n.Body
	case *parser.AsyncFunctionDef:
		body = n.Body
	case *parser.ListComp:
		t.definiteComprehension(s, n.Generators, n.Elt)
		return s.definite
	case *parser.SetComp:
		t.definiteComprehension(s, n.Generators, n.Elt)
		return s.definite
	case *parser.GeneratorExp:
		t.definiteComprehension(s, n.Generators, n.Elt)
		return s.definite
	case *parser.DictComp:
		t.definiteComprehension(s, n.Generators, n.Key, n.Value)
		return s.definite
	default:
		return s.definite
	}
	if s.kind != functionScope {
		return s.definite
	}
	// Unbound somewhere: by a del of this scope or of a nested one (a
	// nonlocal's), or at the end of an except-as clause.
	unbound := map[string]bool{}
	var dels func(sc *scope)
	dels = func(sc *scope) {
		for name := range sc.deletes {
			unbound[name] = true
		}
		for _, c := range sc.children {
			dels(c)
		}
	}
	dels(s)
	inspectOwnStmts(body, func(n parser.Node) {
		if h, ok := n.(*parser.ExceptHandler); ok && h.Name != "" {
			unbound[h.Name] = true
		}
	})
	d := t.newDefinite(s, unbound)
	in := boundNames{}
	for name := range s.params {
		in[name] = true
	}
	d.stmts(body, in)
	for n := range d.unsafe {
		delete(d.safe, n)
	}
	return s.definite
}

// definiteComprehension fills s.definite for a comprehension: its locals
// are its targets (a walrus binds the enclosing function's name), each
// bound before the conditions and generators after it and the element
// read it. The first iterable is evaluated outside.
func (t *translator) definiteComprehension(s *scope, gens []*parser.Comprehension, elts ...parser.ExprNode) {
	d := t.newDefinite(s, nil)
	b := boundNames{}
	for i, g := range gens {
		if i > 0 {
			d.expr(g.Iter, b)
		}
		b = d.target(g.Target, b)
		for _, e := range g.Ifs {
			d.expr(e, b)
		}
	}
	for _, e := range elts {
		d.expr(e, b)
	}
	for n := range d.unsafe {
		delete(d.safe, n)
	}
}

// newDefinite is the analysis of s, tracking its own locals but those
// in unbound.
func (t *translator) newDefinite(s *scope, unbound map[string]bool) *definite {
	d := &definite{tracked: map[string]bool{}, safe: s.definite, unsafe: map[*parser.Name]bool{}}
	for _, name := range s.order {
		if kind, owner := s.resolve(name, t.module); kind == nameLocal && owner == s && !unbound[name] && !strings.HasPrefix(name, tempMark) {
			d.tracked[name] = true
		}
	}
	return d
}

// definiteRead says the read x of a local of f's scope is bound on every
// path to it.
func (t *translator) definiteRead(f *fn, x *parser.Name) bool {
	if f.scope.kind != functionScope && f.scope.kind != comprehensionScope {
		return false
	}
	return t.definiteReads(f.scope)[x]
}

// definiteLocal is the Go variable of x, a read of a plain local (an
// object, not an int- or float-typed one) that is bound on every path to
// it; "" otherwise.
func (t *translator) definiteLocal(f *fn, x *parser.Name) string {
	if !t.definiteRead(f, x) {
		return ""
	}
	kind, owner := f.scope.resolve(x.Id, t.module)
	if kind != nameLocal || owner != f.scope || t.intLocals(owner)[x.Id] || t.floatLocals(owner)[x.Id] {
		return ""
	}
	return owner.goName(x.Id)
}

// inspectOwnStmts visits the nodes of a function body that belong to its
// scope (not the bodies of nested defs, classes, lambdas or
// comprehensions).
func inspectOwnStmts(body []parser.StmtNode, f func(parser.Node)) {
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			if n == nil {
				return false
			}
			f(n)
			switch n.(type) {
			case *parser.FunctionDef, *parser.AsyncFunctionDef, *parser.ClassDef, *parser.Lambda,
				*parser.ListComp, *parser.SetComp, *parser.DictComp, *parser.GeneratorExp:
				return false
			}
			return true
		})
	}
}

// boundNames is a set of certainly bound locals; nil stands for
// unreachable code.
type boundNames map[string]bool

func (b boundNames) with(names ...string) boundNames {
	o := make(boundNames, len(b)+len(names))
	for k := range b {
		o[k] = true
	}
	for _, k := range names {
		o[k] = true
	}
	return o
}

// meet is what is bound on both of two paths joining.
func meet(a, b boundNames) boundNames {
	if a == nil {
		return b
	}
	if b == nil {
		return a
	}
	o := boundNames{}
	for k := range a {
		if b[k] {
			o[k] = true
		}
	}
	return o
}

type definite struct {
	tracked      map[string]bool
	safe, unsafe map[*parser.Name]bool
}

// read notes a read of x with the names in b bound.
func (d *definite) read(x *parser.Name, b boundNames) {
	if !d.tracked[x.Id] {
		return
	}
	if b[x.Id] {
		d.safe[x] = true
	} else {
		d.unsafe[x] = true
	}
}

// expr notes the reads of e (evaluated with b bound), not looking into
// nested scopes but for a comprehension's first iterable, which is
// evaluated outside it.
func (d *definite) expr(e parser.ExprNode, b boundNames) {
	if e == nil || b == nil {
		return
	}
	parser.Inspect(e, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Name:
			if x.Ctx == parser.Load {
				d.read(x, b)
			}
		case *parser.Lambda:
			return false
		case *parser.ListComp:
			d.expr(x.Generators[0].Iter, b)
			return false
		case *parser.SetComp:
			d.expr(x.Generators[0].Iter, b)
			return false
		case *parser.DictComp:
			d.expr(x.Generators[0].Iter, b)
			return false
		case *parser.GeneratorExp:
			d.expr(x.Generators[0].Iter, b)
			return false
		}
		return true
	})
}

// target notes the reads an assignment to e makes (the object and index
// of an item, the object of an attribute) and returns b with the names it
// binds, in the order the stores happen.
func (d *definite) target(e parser.ExprNode, b boundNames) boundNames {
	switch x := e.(type) {
	case *parser.Name:
		return b.with(x.Id)
	case *parser.Tuple:
		for _, el := range x.Elts {
			b = d.target(el, b)
		}
	case *parser.List:
		for _, el := range x.Elts {
			b = d.target(el, b)
		}
	case *parser.Starred:
		return d.target(x.Value, b)
	default:
		d.expr(e, b)
	}
	return b
}

func (d *definite) stmts(body []parser.StmtNode, b boundNames) boundNames {
	for _, st := range body {
		if b == nil {
			return nil
		}
		b = d.stmt(st, b)
	}
	return b
}

func (d *definite) stmt(st parser.StmtNode, b boundNames) boundNames {
	switch x := st.(type) {
	case *parser.Expr:
		d.expr(x.Value, b)
	case *parser.Assign:
		d.expr(x.Value, b)
		for _, tg := range x.Targets {
			b = d.target(tg, b)
		}
	case *parser.AugAssign:
		// The target is read, then the value, then the target stored.
		if n, ok := x.Target.(*parser.Name); ok {
			d.read(n, b)
		} else {
			d.expr(x.Target, b)
		}
		d.expr(x.Value, b)
		if n, ok := x.Target.(*parser.Name); ok {
			b = b.with(n.Id)
		}
	case *parser.AnnAssign:
		if x.Value != nil {
			d.expr(x.Value, b)
			b = d.target(x.Target, b)
		}
	case *parser.Return:
		d.expr(x.Value, b)
		return nil
	case *parser.Raise:
		d.expr(x.Exc, b)
		d.expr(x.Cause, b)
		return nil
	case *parser.Break, *parser.Continue:
		// The loop's head and exit only need what was bound before the
		// loop (see the package comment).
		return nil
	case *parser.Assert:
		d.expr(x.Test, b)
		d.expr(x.Msg, b)
	case *parser.If:
		d.expr(x.Test, b)
		return meet(d.stmts(x.Body, b), d.stmts(x.Orelse, b))
	case *parser.While:
		d.expr(x.Test, b)
		d.stmts(x.Body, b)
		return d.loopExit(x.Body, x.Orelse, b)
	case *parser.For:
		d.expr(x.Iter, b)
		d.stmts(x.Body, d.target(x.Target, b))
		return d.loopExit(x.Body, x.Orelse, b)
	case *parser.AsyncFor:
		d.expr(x.Iter, b)
		d.stmts(x.Body, d.target(x.Target, b))
		return d.loopExit(x.Body, x.Orelse, b)
	case *parser.With:
		return d.with(x.Items, x.Body, b)
	case *parser.AsyncWith:
		return d.with(x.Items, x.Body, b)
	case *parser.Try:
		return d.try(x.Body, x.Handlers, x.Orelse, x.Finalbody, b)
	case *parser.TryStar:
		return d.try(x.Body, x.Handlers, x.Orelse, x.Finalbody, b)
	case *parser.FunctionDef:
		d.defHead(x.DecoratorList, x.Args, b)
		return b.with(x.Name)
	case *parser.AsyncFunctionDef:
		d.defHead(x.DecoratorList, x.Args, b)
		return b.with(x.Name)
	case *parser.ClassDef:
		for _, e := range x.DecoratorList {
			d.expr(e, b)
		}
		for _, e := range x.Bases {
			d.expr(e, b)
		}
		for _, k := range x.Keywords {
			d.expr(k.Value, b)
		}
		return b.with(x.Name)
	case *parser.Import:
		for _, a := range x.Names {
			if a.Asname != "" {
				b = b.with(a.Asname)
			} else {
				b = b.with(strings.SplitN(a.Name, ".", 2)[0])
			}
		}
	case *parser.ImportFrom:
		for _, a := range x.Names {
			if a.Asname != "" {
				b = b.with(a.Asname)
			} else if a.Name != "*" {
				b = b.with(a.Name)
			}
		}
	case *parser.Match:
		// A case binds its captures only when it matches, and maybe no
		// case does: only the subject's reads and the state before.
		d.expr(x.Subject, b)
		for _, c := range x.Cases {
			d.stmts(c.Body, b)
		}
	}
	// Pass, Global, Nonlocal, Delete (of untracked names or of items)
	// and anything else: nothing bound that is tracked.
	return b
}

// loopExit is the state after a loop entered with b: the else clause's
// when it completes and nothing breaks out, else what b had.
func (d *definite) loopExit(body, orelse []parser.StmtNode, b boundNames) boundNames {
	out := d.stmts(orelse, b)
	if out == nil || hasBreak(body) {
		return b
	}
	return out
}

// hasBreak says a loop body breaks out of its loop (not out of a nested
// one).
func hasBreak(body []parser.StmtNode) bool {
	found := false
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			switch n.(type) {
			case *parser.Break:
				found = true
			case *parser.For, *parser.AsyncFor, *parser.While, *parser.FunctionDef, *parser.AsyncFunctionDef,
				*parser.ClassDef, *parser.Lambda, *parser.ListComp, *parser.SetComp, *parser.DictComp, *parser.GeneratorExp:
				return false
			}
			return !found
		})
	}
	return found
}

func (d *definite) defHead(decorators []parser.ExprNode, args *parser.Arguments, b boundNames) {
	for _, e := range decorators {
		d.expr(e, b)
	}
	if args != nil {
		for _, e := range args.Defaults {
			d.expr(e, b)
		}
		for _, e := range args.KwDefaults {
			d.expr(e, b)
		}
	}
}

// with: the body runs with the items' targets bound; after it, an
// __exit__ may have swallowed an exception from anywhere in the body, so
// only what was bound when the body began is certain.
func (d *definite) with(items []*parser.WithItem, body []parser.StmtNode, b boundNames) boundNames {
	for _, it := range items {
		d.expr(it.ContextExpr, b)
		if it.OptionalVars != nil {
			b = d.target(it.OptionalVars, b)
		}
	}
	d.stmts(body, b)
	return b
}

// try: the handlers and the finally clause can start from any point of
// the body, so from what was bound before it; the statement after has
// what every way of completing it bound, and what the finally binds.
func (d *definite) try(body []parser.StmtNode, handlers []*parser.ExceptHandler, orelse, final []parser.StmtNode, b boundNames) boundNames {
	out := d.stmts(orelse, d.stmts(body, b))
	for _, h := range handlers {
		d.expr(h.Type, b)
		out = meet(out, d.stmts(h.Body, b))
	}
	d.stmts(final, b)
	if out == nil {
		return nil
	}
	return d.stmts(final, out)
}
