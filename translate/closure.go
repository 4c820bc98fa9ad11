package translate

import (
	"slices"
	"sort"

	"github.com/dave/jennifer/jen"
)

// Closures as CPython describes them: a function's co_freevars (the
// variables of enclosing functions that it or a scope nested in it uses)
// and co_cellvars (its variables that nested scopes use), and the function
// object's __closure__, which points at the captured Go variables. (The
// locals after the parameters are Code.Locals, in first-mention order.)

// freeVars lists, sorted, the variables of functions enclosing s that s or
// a scope nested in it refers to.
func (t *translator) freeVars(s *scope) []string {
	seen := map[string]bool{}
	var walk func(d *scope)
	walk = func(d *scope) {
		check := func(name string) {
			if name == "__class__" || seen[name] {
				return
			}
			if kind, owner := d.resolve(name, t.module); kind == nameFree && !within(owner, s) {
				seen[name] = true
			}
		}
		for name := range d.used {
			check(name)
		}
		for name := range d.nonlocal {
			check(name)
		}
		for _, c := range d.children {
			walk(c)
		}
	}
	walk(s)
	if classCellFree(s) {
		seen["__class__"] = true
	}
	return sortedKeys(seen)
}

// cellVars lists, sorted, the variables of s that nested scopes refer to.
func (t *translator) cellVars(s *scope) []string {
	seen := map[string]bool{}
	var walk func(d *scope)
	walk = func(d *scope) {
		check := func(name string) {
			if name == "__class__" || seen[name] {
				return
			}
			if kind, owner := d.resolve(name, t.module); kind == nameFree && owner == s {
				seen[name] = true
			}
		}
		for name := range d.used {
			check(name)
		}
		for name := range d.nonlocal {
			check(name)
		}
		for _, c := range d.children {
			walk(c)
		}
	}
	for _, c := range s.children {
		walk(c)
	}
	return sortedKeys(seen)
}

// within reports whether d is s or nested in it.
func within(d, s *scope) bool {
	for ; d != nil; d = d.parent {
		if d == s {
			return true
		}
	}
	return false
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// plainLocals lists the rest of s's co_varnames after its parameters: its
// local variables that no nested scope captures (those are cells).
func plainLocals(s *scope, cells []string) []string {
	var out []string
	for _, name := range s.mentions {
		if s.bound[name] && !s.params[name] && !s.globals[name] && !s.nonlocal[name] && !slices.Contains(cells, name) {
			out = append(out, name)
		}
	}
	return out
}

// withClosure records the function's variables in its Code and, when it
// captures any, wraps fnExpr (a *py.Function) in .WithClosure(&v, ...).
func (t *translator) withClosure(s *scope, codeVar string, fnExpr *jen.Statement) *jen.Statement {
	fields := t.codeFields[codeVar]
	free := t.freeVars(s)
	cells := t.cellVars(s)
	list := func(names []string) *jen.Statement {
		return jen.Index().String().ValuesFunc(func(g *jen.Group) {
			for _, n := range names {
				g.Lit(n)
			}
		})
	}
	if fields != nil {
		if locals := plainLocals(s, cells); len(locals) > 0 {
			fields[jen.Id("Locals")] = list(locals)
		}
		if len(cells) > 0 {
			fields[jen.Id("CellVars")] = list(cells)
		}
		if len(free) > 0 {
			fields[jen.Id("FreeVars")] = list(free)
		}
	}
	if len(free) == 0 {
		return fnExpr
	}
	return fnExpr.Dot("WithClosure").CallFunc(func(g *jen.Group) {
		for _, name := range free {
			if name == "__class__" {
				// The class statement's cell itself (the one
				// __classcell__ holds), not a new cell over the variable.
				g.Id(classCellOwner(s).classCellObj)
				continue
			}
			g.Op("&").Id(t.holder(s, name).goName(name))
		}
	})
}

// holder is the enclosing function scope that binds name, seen from s.
func (t *translator) holder(s *scope, name string) *scope {
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == classScope {
			continue
		}
		if p.nonlocal[name] {
			_, owner := p.resolve(name, t.module)
			return owner
		}
		if p.bound[name] {
			return p
		}
	}
	return s
}
