package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// listConcat translates two list idioms of `+` without the intermediate
// lists CPython builds and frees at once (nil: neither applies):
//
//   - `[a, b] + x` (a display without starred items): py.ListDisplayAdd
//     makes one list when x is an exact list;
//   - `s[i:j] + t[k:l]` with plain operands: py.SlicePair makes one list
//     when both are exact lists' parts.
//
// Operands are evaluated in the same order as before and errors keep their
// positions (each slice's own, the `+`'s).
func (t *translator) listConcat(f *fn, x *parser.BinOp) jen.Code {
	if x.Op != parser.Add {
		return nil
	}
	if l, ok := x.Left.(*parser.List); ok && len(l.Elts) > 0 && len(l.Elts) <= 8 {
		for _, e := range l.Elts {
			if _, star := e.(*parser.Starred); star {
				return nil
			}
		}
		call := "ListDisplayAdd"
		if t.freshConcat == x {
			t.freshConcat, call = nil, "ListDisplayAddFresh"
		}
		items := make([]jen.Code, len(l.Elts))
		for i, e := range l.Elts {
			items[i] = t.expr(f, e)
		}
		return py(call).Call(jen.Index().Qual(pyPath, "Object").Values(items...), t.expr(f, x.Right))
	}
	a, ok := x.Left.(*parser.Subscript)
	if !ok {
		return nil
	}
	as, ok := a.Slice.(*parser.Slice)
	if !ok {
		return nil
	}
	b, ok := x.Right.(*parser.Subscript)
	if !ok {
		return nil
	}
	bs, ok := b.Slice.(*parser.Slice)
	if !ok {
		return nil
	}
	for _, e := range []parser.ExprNode{a.Value, as.Lower, as.Upper, as.Step} {
		if !plainOperand(e) {
			return nil
		}
	}
	// The right slice's operands run after the left part was taken: no
	// code of the program's own may run then (it could change the list).
	for _, e := range []parser.ExprNode{b.Value, bs.Lower, bs.Upper, bs.Step} {
		if !t.pureOperand(f, e) {
			return nil
		}
	}
	left := t.positioned(a, py("SliceOf").Call(t.expr(f, a.Value), t.optExpr(f, as.Lower), t.optExpr(f, as.Upper), t.optExpr(f, as.Step)))
	pair := t.positioned(b, py("SlicePair").Call(left, t.expr(f, b.Value), t.optExpr(f, bs.Lower), t.optExpr(f, bs.Upper), t.optExpr(f, bs.Step)))
	return py("AddSlices").Call(pair)
}

// pureOperand reports whether evaluating e (nil: left out) runs none of
// the program's code: a name, a constant, or int arithmetic on int-typed
// locals and int constants.
func (t *translator) pureOperand(f *fn, e parser.ExprNode) bool {
	switch x := e.(type) {
	case nil, *parser.Name, *parser.Constant:
		return true
	case *parser.BinOp, *parser.UnaryOp:
		return t.isIntExpr(f, e) && t.intLeaves(f, x)
	}
	return false
}

// intLeaves reports whether e is made of int-typed locals and int
// constants with unary and binary operators only.
func (t *translator) intLeaves(f *fn, e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.Constant:
		_, ok := x.Value.(int64)
		return ok
	case *parser.Name:
		return t.isIntLocal(f, x.Id)
	case *parser.UnaryOp:
		return x.Op != parser.Not && t.intLeaves(f, x.Operand)
	case *parser.BinOp:
		return t.intLeaves(f, x.Left) && t.intLeaves(f, x.Right)
	}
	return false
}
