package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Recycling loop variables (runtime/py/list_fresh.go). In a generator
// (not async), a variable bound only as the target of one for loop, read
// only inside that loop's body and only as the right operand of `[a, ...]
// + v` (py.ListDisplayAdd copies it) or the object of a subscript load
// (`v[i]`), holds nothing anyone else can see once the loop steps on. When
// the item was a list its generator made for the yield alone
// (`yield [x] + rest`, co.SuspendFresh), the loop hands it back for the
// next such yield to reuse (py.RecycleFresh). Parameters, globals, names
// of nested scopes, int- and float-typed locals, deleted names and
// functions calling locals(), vars(), dir(), eval() or exec() are
// excluded, as for the other local kinds.
//
// In a generator whose frame lives in its coroutine (kindFrame), two more
// uses keep nothing: a subscript load inside a generator expression fed to
// a builtin (py.Feed: its loops run and finish inside the call), and the
// one argument of tuple() or list() of the builtins, which copy it
// (py.CallCopying). Either builtin may be rebound at run time, handing
// the list to code that keeps it: Feed's fallback and CallCopying then set
// py's freshPinned, and no loop recycles an item again (nqueens'
// solutions reads each permutation in two fed len(set(...)) and one
// tuple()).

// freshLocals computes (once) the recycling loop variables of a scope.
func (t *translator) freshLocals(s *scope) map[string]bool {
	if s.freshLoops != nil {
		return s.freshLoops
	}
	cand := map[string]bool{}
	s.freshLoops = cand
	n, ok := s.node.(*parser.FunctionDef)
	if !ok || s.kind != functionScope || !s.isGenerator || s.isAsync {
		return cand
	}
	ints := t.intLocals(s)
	for _, name := range s.order {
		if !s.params[name] && !s.globals[name] && !s.nonlocal[name] && !s.deletes[name] && !ints[name] && !s.floats[name] {
			cand[name] = true
		}
	}
	allowed := map[*parser.Name]bool{}
	bindings := map[string]int{}
	var fed map[*parser.GeneratorExp]bool
	if t.kindFrame(s) {
		fed = t.fedGenexps(s, n.Body)
	}
	inspectPlainLocalsFed(n.Body, cand, fed, func(n parser.Node) {
		loop, ok := n.(*parser.For)
		if !ok {
			return
		}
		v, ok := loop.Target.(*parser.Name)
		if !ok {
			return
		}
		allowed[v] = true
		bindings[v.Id]++
		for _, st := range loop.Body {
			parser.Inspect(st, func(n parser.Node) bool {
				switch x := n.(type) {
				case *parser.BinOp:
					if nm, ok := x.Right.(*parser.Name); ok && nm.Id == v.Id && isDisplayConcat(x) {
						allowed[nm] = true
					}
				case *parser.Subscript:
					if nm, ok := x.Value.(*parser.Name); ok && nm.Id == v.Id && x.Ctx == parser.Load {
						allowed[nm] = true
					}
				}
				return true
			})
			if fed != nil {
				// tuple(v) and list(v) in the function's own code (a
				// generator expression's names resolve in its scope).
				parser.Inspect(st, func(n parser.Node) bool {
					switch x := n.(type) {
					case *parser.Lambda, *parser.ListComp, *parser.SetComp, *parser.DictComp, *parser.GeneratorExp,
						*parser.FunctionDef, *parser.AsyncFunctionDef, *parser.ClassDef:
						return false
					case *parser.Call:
						if nm := t.copiedName(s, x); nm != nil && nm.Id == v.Id {
							allowed[nm] = true
						}
					}
					return true
				})
			}
		}
	})
	keepAllowedUses(n.Body, cand, allowed)
	for name := range cand {
		if bindings[name] != 1 {
			delete(cand, name)
		}
	}
	return cand
}

// fedGenexps are the generator expressions of a function body that
// genexpFeed feeds to a builtin: the one argument of a call of a feedKinds
// name that s resolves to the builtin (len(set(g)) included). Those in
// nested scopes, generator expressions among them, are left out: their
// names are the nested scope's.
func (t *translator) fedGenexps(s *scope, body []parser.StmtNode) map[*parser.GeneratorExp]bool {
	fed := map[*parser.GeneratorExp]bool{}
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			switch x := n.(type) {
			case *parser.Lambda, *parser.ListComp, *parser.SetComp, *parser.DictComp,
				*parser.FunctionDef, *parser.AsyncFunctionDef, *parser.ClassDef:
				return false
			case *parser.GeneratorExp:
				return false
			case *parser.Call:
				if len(x.Args) != 1 || len(x.Keywords) != 0 {
					break
				}
				nm, ok := x.Func.(*parser.Name)
				if !ok || feedKinds[nm.Id] == "" {
					break
				}
				if g, ok := x.Args[0].(*parser.GeneratorExp); ok && !t.scopes[g].isAsync {
					if kind, _ := s.resolve(nm.Id, t.module); kind == nameBuiltin {
						fed[g] = true
					}
				}
			}
			return true
		})
	}
	return fed
}

// copiedName is v of `tuple(v)` or `list(v)` (one positional argument, a
// name; tuple and list resolving in s to the builtins), else nil.
func (t *translator) copiedName(s *scope, c *parser.Call) *parser.Name {
	if len(c.Args) != 1 || len(c.Keywords) != 0 {
		return nil
	}
	fn, ok := c.Func.(*parser.Name)
	if !ok || fn.Id != "tuple" && fn.Id != "list" {
		return nil
	}
	if kind, _ := s.resolve(fn.Id, t.module); kind != nameBuiltin {
		return nil
	}
	nm, _ := c.Args[0].(*parser.Name)
	return nm
}

// copyingCall translates tuple(v) or list(v) of a recycling loop variable
// v (see freshLocals) as py.CallCopying; nil for any other call.
func (t *translator) copyingCall(f *fn, x *parser.Call) *jen.Statement {
	nm := t.copiedName(f.scope, x)
	if nm == nil || !t.isFreshLocal(f, nm.Id) {
		return nil
	}
	return py("CallCopying").Call(t.expr(f, x.Func), t.expr(f, nm))
}

// isDisplayConcat reports whether x is `[a, ...] + y` as listConcat
// translates it (py.ListDisplayAdd).
func isDisplayConcat(x *parser.BinOp) bool {
	if x.Op != parser.Add {
		return false
	}
	l, ok := x.Left.(*parser.List)
	if !ok || len(l.Elts) == 0 || len(l.Elts) > 8 {
		return false
	}
	for _, e := range l.Elts {
		if _, star := e.(*parser.Starred); star {
			return false
		}
	}
	return true
}

// isFreshLocal reports whether name, bound in f, is a recycling loop
// variable of f.
func (t *translator) isFreshLocal(f *fn, name string) bool {
	kind, owner := f.scope.resolve(name, t.module)
	return kind == nameLocal && owner == f.scope && t.freshLocals(owner)[name]
}
