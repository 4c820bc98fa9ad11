package translate

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Slice-copy locals. A function variable bound only by `v = x[a:b:c]` (one
// target, a slice) and read only as the object of a subscript (`v[i]`,
// `v[i] = e`, `v[a:b] = e`, `v[i] += e`, `del v[i]`) holds a list nothing
// else refers to whenever it holds one its assignment made from an exact
// list: a list's subscripts keep no reference to the list. Such an
// assignment is py.SliceInto, which gives that list the new items instead
// of making another. Only plain functions (not generators or coroutines)
// have them; parameters, names used by nested scopes, other bindings (for
// targets, with/except as, :=, del, imports) and functions calling
// locals(), vars(), dir(), eval() or exec() are excluded.

// sliceLocals computes (once) the slice-copy locals of a function scope.
func (t *translator) sliceLocals(s *scope) map[string]bool {
	if s.sliceCopies != nil {
		return s.sliceCopies
	}
	n, cand := t.plainLocalCandidates(s, &s.sliceCopies)
	if n == nil {
		return cand
	}
	ok2 := map[*parser.Name]bool{} // the reads and bindings allowed
	bound := map[string]bool{}     // the names some slice binds
	inspectPlainLocals(n.Body, cand, func(n parser.Node) {
		switch x := n.(type) {
		case *parser.Subscript:
			if nm, ok := x.Value.(*parser.Name); ok {
				ok2[nm] = true
			}
		case *parser.Assign:
			if nm := sliceCopyTarget(x); nm != nil {
				ok2[nm] = true
				bound[nm.Id] = true
			}
		}
	})
	keepAllowedUses(n.Body, cand, ok2)
	// A name never bound by a slice is left to the plain assignment.
	for name := range cand {
		if !bound[name] {
			delete(cand, name)
		}
	}
	return cand
}

// sliceCopyTarget is the name `name = x[a:b:c]` binds (nil for other
// assignments).
func sliceCopyTarget(s *parser.Assign) *parser.Name {
	if len(s.Targets) != 1 {
		return nil
	}
	nm, ok := s.Targets[0].(*parser.Name)
	if !ok {
		return nil
	}
	if sub, ok := s.Value.(*parser.Subscript); !ok || !isSlice(sub.Slice) {
		return nil
	}
	return nm
}

func isSlice(e parser.ExprNode) bool {
	_, ok := e.(*parser.Slice)
	return ok
}

// sliceCopyAssign translates `v = x[a:b:c]` binding a slice-copy local
// (nil for any other assignment).
func (t *translator) sliceCopyAssign(f *fn, s *parser.Assign) []jen.Code {
	nm := sliceCopyTarget(s)
	if nm == nil {
		return nil
	}
	kind, owner := f.scope.resolve(nm.Id, t.module)
	if kind != nameLocal || owner != f.scope || !t.sliceLocals(owner)[nm.Id] {
		return nil
	}
	sub := s.Value.(*parser.Subscript)
	sl := sub.Slice.(*parser.Slice)
	v := f.scope.goName(nm.Id)
	site := jen.Op("&").Id(t.cache("SliceSite"))
	value := t.positioned(sub, py("SliceInto").Call(site, jen.Id(v), t.expr(f, sub.Value), t.optExpr(f, sl.Lower), t.optExpr(f, sl.Upper), t.optExpr(f, sl.Step)))
	return []jen.Code{jen.Id(v).Op("=").Add(value)}
}
