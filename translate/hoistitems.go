package translate

import (
	"sort"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Loop-invariant subscripts. A local x that a loop never rebinds is the
// same object on every iteration, and whether it is an exact list or tuple
// cannot change. The loop then starts with `xs := py.ItemsOf(x)` (the
// address of its items header, or of an empty slice), and each x[k] in it
// tests only the index against xs (py.SrcHit and its kin, see
// runtime/py/items_src.go): the type tests leave the loop. A miss takes
// the general path, so an unbound x or one of another type loads and
// raises as ever.

// hoistItems runs loop, the translation of st (a for or while statement),
// with the items of its invariant subscripted locals hoisted before it.
func (t *translator) hoistItems(f *fn, st parser.StmtNode, loop func() []jen.Code) []jen.Code {
	if f.sm != nil || f.scope.kind != functionScope {
		return loop()
	}
	var names []string
	for _, n := range t.invariantSubscripted(f, st) {
		if f.hoisted[n] == nil {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return loop()
	}
	if f.hoisted == nil {
		f.hoisted = map[string]*hoistedItems{}
	}
	hs := make([]*hoistedItems, len(names))
	for i, n := range names {
		hs[i] = &hoistedItems{v: t.id("xs"), local: t.localVar(f, &parser.Name{Id: n, Ctx: parser.Load})}
		f.hoisted[n] = hs[i]
	}
	body := loop()
	var out []jen.Code
	for i, n := range names {
		delete(f.hoisted, n)
		if hs[i].used {
			out = append(out, jen.Id(hs[i].v).Op(":=").Add(py("ItemsOf").Call(jen.Id(hs[i].local))))
		}
	}
	return append(out, body...)
}

// hoistedItems is the Go variable holding a hoisted local's items, the
// local's own, and whether a subscript used the first.
type hoistedItems struct {
	v, local string
	used     bool
}

// itemsSrc is the hoisted items variable of e when e is a local whose
// items the current loops hoisted ("" otherwise), marked used.
func (f *fn) itemsSrc(e parser.ExprNode) string {
	n, ok := e.(*parser.Name)
	if !ok || f.hoisted == nil {
		return ""
	}
	h := f.hoisted[n.Id]
	if h == nil {
		return ""
	}
	h.used = true
	return h.v
}

// hitTest is the hit test name(v, k) (ItemHit, ItemHitK, ItemHitI) of the
// subscript load x, or its form over the items the loops took before them
// (SrcHit, SrcHitK, SrcHitI) when x's value is such a local.
func (f *fn) hitTest(x *parser.Subscript, name, v string, k jen.Code) *jen.Statement {
	if src := f.itemsSrc(x.Value); src != "" {
		return py(strings.Replace(name, "ItemHit", "SrcHit", 1)).Call(jen.Id(src), k)
	}
	return py(name).Call(jen.Id(v), k)
}

// invariantSubscripted lists (sorted) the plain locals of f that st loads
// items of (x[k], k not a slice) and binds nowhere: not as a target, a
// deletion, a walrus, a def, class, import or except name or a match
// capture, in any scope nested in st either (conservatively), and that no
// nested scope declares nonlocal. A loop that may suspend (yield, await),
// or that calls locals(), vars(), dir(), eval() or exec(), hoists nothing.
func (t *translator) invariantSubscripted(f *fn, st parser.StmtNode) []string {
	loaded := map[string]bool{}
	bound := map[string]bool{}
	skip := false // the loop may suspend, or sees the locals as a namespace
	parser.Inspect(st, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Yield, *parser.YieldFrom, *parser.Await:
			skip = true
		case *parser.Call:
			// As for int-typed locals (intLocals): these see the
			// locals as a namespace.
			if fn, ok := x.Func.(*parser.Name); ok {
				switch fn.Id {
				case "locals", "vars", "dir", "eval", "exec":
					skip = true
				}
			}
		case *parser.Subscript:
			if v, ok := x.Value.(*parser.Name); ok && x.Ctx == parser.Load {
				if _, slice := x.Slice.(*parser.Slice); !slice {
					loaded[v.Id] = true
				}
			}
		case *parser.Name:
			if x.Ctx != parser.Load {
				bound[x.Id] = true
			}
		case *parser.FunctionDef:
			bound[x.Name] = true
		case *parser.AsyncFunctionDef:
			bound[x.Name] = true
		case *parser.ClassDef:
			bound[x.Name] = true
		case *parser.Alias:
			if x.Asname != "" {
				bound[x.Asname] = true
			} else {
				bound[strings.SplitN(x.Name, ".", 2)[0]] = true
			}
		case *parser.ExceptHandler:
			bound[x.Name] = true
		case *parser.MatchAs:
			bound[x.Name] = true
		case *parser.MatchStar:
			bound[x.Name] = true
		case *parser.MatchMapping:
			bound[x.Rest] = true
		}
		return !skip
	})
	if skip {
		return nil
	}
	rebound := t.nonlocalWrites(f.scope)
	var out []string
	for n := range loaded {
		if !bound[n] && !rebound[n] && t.localVar(f, &parser.Name{Id: n, Ctx: parser.Load}) != "" {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// nonlocalWrites is the set of s's variables that a nested scope declares
// nonlocal: a call in the loop may rebind those (a closure shares the Go
// variable).
func (t *translator) nonlocalWrites(s *scope) map[string]bool {
	out := map[string]bool{}
	var walk func(d *scope)
	walk = func(d *scope) {
		for name := range d.nonlocal {
			if _, owner := d.resolve(name, t.module); owner == s {
				out[name] = true
			}
		}
		for _, c := range d.children {
			walk(c)
		}
	}
	for _, c := range s.children {
		walk(c)
	}
	return out
}
