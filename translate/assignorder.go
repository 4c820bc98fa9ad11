package translate

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Python evaluates an assignment's right side before the target's object
// and index (`x[k] = v`: v, then x, then k), while a Go call evaluates its
// arguments left to right: py.SetItem(x, k, v) would read an unbound x or
// run x's and k's code before v's. valueFirst says when the value needs a
// temporary of its own so that it comes first.

// valueFirst reports whether storing value into target must evaluate the
// value before the call that stores it: the target is an attribute or a
// subscript with a part that may raise or run code, and so may the value.
func (t *translator) valueFirst(f *fn, target, value parser.ExprNode) bool {
	var parts []parser.ExprNode
	switch x := target.(type) {
	case *parser.Attribute:
		parts = []parser.ExprNode{x.Value}
	case *parser.Subscript:
		parts = []parser.ExprNode{x.Value, x.Slice}
		if s, ok := x.Slice.(*parser.Slice); ok {
			parts = []parser.ExprNode{x.Value, s.Lower, s.Upper, s.Step}
		}
	default:
		return false
	}
	if t.quietOperand(f, value) {
		return false
	}
	for _, p := range parts {
		if !t.quietOperand(f, p) {
			return true
		}
	}
	return false
}

// quietOperand reports whether evaluating e (nil: left out) can neither
// raise nor run code: a constant, a temporary of the coroutine lowering, or
// a parameter of the function that no del statement unbinds.
func (t *translator) quietOperand(f *fn, e parser.ExprNode) bool {
	switch x := e.(type) {
	case nil, *parser.Constant:
		return true
	case *parser.Name:
		if isTemp(x) {
			// A temporary of the coroutine lowering: assigned just before.
			return true
		}
		if f.scope.kind != functionScope {
			return false
		}
		kind, owner := f.scope.resolve(x.Id, t.module)
		return kind == nameLocal && owner == f.scope && f.scope.params[x.Id] && !f.scope.deletes[x.Id]
	}
	return false
}

// storeValueFirst is assignTo with the value evaluated first when the
// target's parts need it (see valueFirst).
func (t *translator) storeValueFirst(f *fn, target, valueNode parser.ExprNode, value jen.Code) []jen.Code {
	if x, ok := target.(*parser.Subscript); ok && t.localVar(f, x.Value) != "" {
		if _, _, ok := t.rawIndex(f, x.Slice, "ItemStore"); ok {
			// itemStore evaluates the value first itself.
			return t.assignTo(f, target, value)
		}
	}
	if !t.valueFirst(f, target, valueNode) {
		return t.assignTo(f, target, value)
	}
	tmp := t.id("v")
	return append([]jen.Code{jen.Id(tmp).Op(":=").Add(value)}, t.assignTo(f, target, jen.Id(tmp))...)
}
