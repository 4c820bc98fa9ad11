package translate

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Store-only __init__s (runtime/py/init_plan.go). An __init__ defined
// directly in a class body, of fixed arity, without decorators, whose body
// (after a docstring) is nothing but `self.name = param` statements, each
// storing one of its other parameters under a distinct name that does not
// start with two underscores (a private name comes here mangled, as
// `_C__x`, and is stored under that), has those stores in its code's
// InitStores. Calling
// a plain class with such an __init__ may then store the arguments into
// the new instance without calling it; the runtime decides per class (its
// __setattr__, descriptors, slots) and falls back to the call.

// selfStore is one store of a store-only __init__: self.attr = the
// parameter at index param (1 is the first after self).
type selfStore struct {
	attr  string
	param int
}

// initStores is the InitStores of a def's body, nil when it is not a
// store-only __init__'s.
func initStores(params []string, body []parser.StmtNode) []selfStore {
	if len(params) < 2 {
		return nil
	}
	if _, ok := docstring(body); ok {
		body = body[1:]
	}
	if len(body) == 0 || len(body) > 8 {
		return nil
	}
	index := map[string]int{}
	for i, p := range params[1:] {
		index[p] = i + 1
	}
	seen := map[string]bool{}
	var stores []selfStore
	for _, st := range body {
		a, ok := st.(*parser.Assign)
		if !ok || len(a.Targets) != 1 {
			return nil
		}
		tgt, ok := a.Targets[0].(*parser.Attribute)
		if !ok || strings.HasPrefix(tgt.Attr, "__") || seen[tgt.Attr] {
			return nil
		}
		if self, ok := tgt.Value.(*parser.Name); !ok || self.Id != params[0] {
			return nil
		}
		v, ok := a.Value.(*parser.Name)
		if !ok || index[v.Id] == 0 {
			return nil
		}
		seen[tgt.Attr] = true
		stores = append(stores, selfStore{tgt.Attr, index[v.Id]})
	}
	return stores
}

// markInitStores adds InitStores to codeVar's fields when the def is a
// store-only __init__ (f is the class body's scope).
func (t *translator) markInitStores(codeVar, name string, args *parser.Arguments, decorators []parser.ExprNode, body []parser.StmtNode) {
	if name != "__init__" || len(decorators) > 0 {
		return
	}
	if _, fixed := fixedArity(args); !fixed {
		return
	}
	stores := initStores(paramNames(args), body)
	if stores == nil {
		return
	}
	t.codeFields[codeVar][jen.Id("InitStores")] = jen.Index().Add(py("InitStore")).ValuesFunc(func(g *jen.Group) {
		for _, s := range stores {
			g.Values(jen.Dict{jen.Id("Attr"): jen.Lit(s.attr), jen.Id("Param"): jen.Lit(s.param)})
		}
	})
}
