package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// listMethods are the list methods a call by name runs in place when its
// receiver is an exact list (runtime/py/list_call.go), by arity: the
// runtime function and the general call it falls back to share the
// arguments of CallMethodICN.
var listMethods = map[string][]string{
	"append": {1: "CallAppend"},
	"pop":    {0: "CallPop0", 1: "CallPop1"},
	"insert": {2: "CallInsert"},
	"remove": {1: "CallRemove"},
}

// listMethodCall is o.name(args) as a list method's call when name is one
// of listMethods with that many arguments, or nil. The caller checked
// that the arguments are inert (the lookup's order against them cannot
// be observed) and that no class of the module defines a method of that
// name (such sites call through the method entries instead).
func (t *translator) listMethodCall(f *fn, attr *parser.Attribute, args []parser.ExprNode) *jen.Statement {
	fns, ok := listMethods[attr.Attr]
	if !ok || len(args) >= len(fns) || fns[len(args)] == "" {
		return nil
	}
	return py(fns[len(args)]).CallFunc(func(g *jen.Group) {
		g.Add(t.expr(f, attr.Value))
		g.Lit(attr.Attr)
		g.Op("&").Id(t.cache("AttrCache"))
		for _, a := range args {
			g.Add(t.expr(f, a))
		}
	})
}

// listAppendCall is o.append(a) for an argument that may run code, or nil
// for another call: py.ListMethod1(o, "append", &ic).Append(a), the
// method looked up before the argument runs.
func (t *translator) listAppendCall(f *fn, attr *parser.Attribute, args []parser.ExprNode) *jen.Statement {
	if attr.Attr != "append" || len(args) != 1 {
		return nil
	}
	lookup := py("ListMethod1").Call(t.expr(f, attr.Value), jen.Lit(attr.Attr), jen.Op("&").Id(t.cache("AttrCache")))
	return lookup.Dot("Append").Call(t.expr(f, args[0]))
}
