package translate

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// itemLoad is a subscript load x[k] of a local x with an int constant or a
// local as the index, spelled py.ItemOr(py.ItemHit(x, k), <x>, <k>): the
// hit test reads both unchecked and inlines, and only a miss evaluates x
// and k as a load does (unbound checks, in Python's order) for py.GetItem.
// It is nil for other subscripts.
func (t *translator) itemLoad(f *fn, x *parser.Subscript) *jen.Statement {
	v := t.rawVar(f, x.Value)
	if v == "" {
		return nil
	}
	name, k, ok := t.rawIndex(f, x.Slice, "ItemHit")
	if !ok {
		return nil
	}
	hit := f.hitTest(x, name, v, k)
	if n, ok := x.Slice.(*parser.Name); ok && name == "ItemHitI" {
		// The int index is boxed only on a miss (py.ItemOrI).
		return py("ItemOrI").Call(hit, t.expr(f, x.Value), jen.Op("&").Add(k), jen.Lit(n.Id))
	}
	return py("ItemOr").Call(hit, t.expr(f, x.Value), t.expr(f, x.Slice))
}

// itemLoadF is itemLoad in float code: py.ToFItemOr(py.ItemHit(x, k),
// <x>, <k>), which reads a float item unboxed at once (ToF of ItemOr tested
// the item twice). Nil where itemLoad is, and for an int-typed index
// (ItemOrI boxes it only on a miss).
func (t *translator) itemLoadF(f *fn, x *parser.Subscript) *jen.Statement {
	v := t.rawVar(f, x.Value)
	if v == "" {
		return nil
	}
	name, k, ok := t.rawIndex(f, x.Slice, "ItemHit")
	if !ok || name == "ItemHitI" {
		return nil
	}
	return py("ToFItemOr").Call(f.hitTest(x, name, v, k), t.expr(f, x.Value), t.expr(f, x.Slice))
}

// rawIndex is the hit test's name ("ItemHit", "ItemHitK" or "ItemHitI",
// or the store's) and its unchecked operand for an index that is an int constant
// or a local; ok is false for other indexes.
func (t *translator) rawIndex(f *fn, k parser.ExprNode, name string) (string, jen.Code, bool) {
	switch k := k.(type) {
	case *parser.Constant:
		if n, ok := k.Value.(int64); ok {
			if n >= 0 && n < 1<<31 {
				// ItemHitK, ItemStoreK: no int test, no negative index.
				return name + "K", jen.Lit(int(n)), true
			}
			return name, py("Int").Call(jen.Lit(int(n))), true
		}
	case *parser.UnaryOp:
		if c, ok := k.Operand.(*parser.Constant); ok && k.Op == parser.USub {
			if n, ok := c.Value.(int64); ok {
				return name, py("Int").Call(jen.Lit(-int(n))), true
			}
		}
	case *parser.Name:
		if !isTemp(k) && t.isIntLocal(f, k.Id) {
			return name + "I", jen.Id(f.scope.goName(k.Id)), true
		}
		if kv := t.rawVar(f, k); kv != "" {
			return name, jen.Id(kv), true
		}
	}
	return "", nil, false
}

// rawVar is the Go variable of a plain local (localVar) or of a variable
// of an enclosing function (a cell, read by py.Free): a hit test reads it
// unchecked, an unbound one being nil. "" for other expressions.
func (t *translator) rawVar(f *fn, e parser.ExprNode) string {
	if v := t.localVar(f, e); v != "" {
		return v
	}
	n, ok := e.(*parser.Name)
	if !ok || isTemp(n) || n.Id == "__class__" || f.scope.kind == classScope {
		return ""
	}
	if kind, owner := f.scope.resolve(n.Id, t.module); kind == nameFree {
		return owner.goName(n.Id)
	}
	return ""
}

// itemStore is x[k] = value for a local x and an index rawIndex takes:
// `if !py.ItemStore(x, k, v) { py.SetItem(<x>, <k>, v) }`, the value
// evaluated first into v (Python's order). It is nil for other targets.
func (t *translator) itemStore(f *fn, x *parser.Subscript, value jen.Code) []jen.Code {
	v := t.localVar(f, x.Value)
	if v == "" {
		return nil
	}
	store, k, ok := t.rawIndex(f, x.Slice, "ItemStore")
	if !ok {
		return nil
	}
	tmp := t.id("v")
	return []jen.Code{
		jen.Id(tmp).Op(":=").Add(value),
		t.positioned(x, jen.If(jen.Op("!").Add(py(store).Call(jen.Id(v), k, jen.Id(tmp)))).Block(
			py("SetItem").Call(t.expr(f, x.Value), t.expr(f, x.Slice), jen.Id(tmp)))),
	}
}
