package translate

import "github.com/py2goasync/py2goasync/parser"

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
	inspectPlainLocals(n.Body, cand, func(n parser.Node) {
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
