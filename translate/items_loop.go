package translate

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Loops over a dict's items, keys or values (runtime/py/dict_loop.go).
//
//	for k, v in x.items():
//
// (the call plain, without arguments; the target two targets, none
// starred; likewise `for k in x.keys():` and `for v in x.values():`)
// becomes
//
//	var dl py.DictLoop
//	mark := py.IterMark()
//	dx := <x>
//	if !dl.Start(dx, py.DictItems) {
//		dl.Generic(mark, <dx.items()>)
//	}
//	for {
//		x, ok := dl.Next()
//		if !ok {
//			break
//		}
//		if x == nil {
//			k, v = dl.K, dl.V  (stored in order)
//		} else {
//			(the target unpacks x: x was no exact dict)
//		}
//		...
//	}
//	py.ReleaseIter(dl.Own)
//
// so an exact dict's entries reach the targets with no view, iterator or
// tuple made.
func (t *translator) itemsLoop(f *fn, target, iter parser.ExprNode, body, orelse []parser.StmtNode) []jen.Code {
	c, ok := iter.(*parser.Call)
	if !ok || len(c.Args) > 0 || len(c.Keywords) > 0 {
		return nil
	}
	a, ok := c.Func.(*parser.Attribute)
	if !ok {
		return nil
	}
	if s, ok := a.Value.(*parser.Call); ok {
		if n, ok := s.Func.(*parser.Name); ok && n.Id == "super" {
			return nil // super().items(): left to the call's own translation
		}
	}
	var kind string
	var targets []parser.ExprNode
	var fields []string
	switch a.Attr {
	case "items":
		if targets = unpackTargets(target, 2); targets == nil {
			return nil
		}
		kind, fields = "DictItems", []string{"K", "V"}
	case "keys":
		kind, targets, fields = "DictKeys", []parser.ExprNode{target}, []string{"K"}
	case "values":
		kind, targets, fields = "DictValues", []parser.ExprNode{target}, []string{"V"}
	default:
		return nil
	}
	dl, mark, dx := t.id("dl"), t.id("mark"), t.id("dx")
	// The generic call is made on the value already evaluated.
	ref := tempRef(dx)
	ref.Pos = *a.Value.(parser.Positioned).Position()
	attr := *a
	attr.Value = ref
	// The attribute is loaded, then called, each with its own position:
	// CPython's traceback shows `x.items` for a missing method and
	// `x.items()` for an exception the call raises.
	call := t.positioned(c, py("Call0").Call(t.expr(f, &attr)))
	out := []jen.Code{
		jen.Var().Id(dl).Add(py("DictLoop")),
		jen.Id(mark).Op(":=").Add(py("IterMark").Call()),
		jen.Id(dx).Op(":=").Add(t.expr(f, a.Value)),
		jen.If(jen.Op("!").Id(dl).Dot("Start").Call(jen.Id(dx), py(kind))).Block(
			jen.Id(dl).Dot("Generic").Call(jen.Id(mark), call)),
	}
	field := func(k int) jen.Code { return jen.Id(dl).Dot(fields[k]) }
	return append(out, t.unpackingLoop(f, dl, target, targets, field, body, orelse)...)
}
