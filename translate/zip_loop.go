package translate

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Loops over enumerate and zip (runtime/py/zip_loop.go).
//
//	for i, (x, y) in enumerate(zip(a, b)):
//
// where enumerate and zip are the builtins by scope and are called plainly
// (no keywords, no stars, 1 to 4 iterables), and the target unpacks each
// item into as many targets, becomes
//
//	var zl py.ZipLoop
//	zl.EnumerateZip(py.IterMark(), enumerate, zip, a, b)
//	for {
//		x, ok := zl.Next()
//		if !ok {
//			break
//		}
//		if x == nil {
//			v_i, v_x, v_y = zl.V[0], zl.V[1], zl.V[2]  (stored in order)
//		} else {
//			(the target unpacks x: a name was rebound at run time)
//		}
//		...
//	}
//
// so neither the enumerate and zip objects nor a tuple per step is made.

// builtinCall reports whether e is a call of the builtin name with plain
// positional arguments, between 1 and max of them.
func (t *translator) builtinCall(f *fn, e parser.ExprNode, name string, max int) (*parser.Call, bool) {
	c, ok := e.(*parser.Call)
	if !ok || len(c.Keywords) > 0 || len(c.Args) == 0 || len(c.Args) > max {
		return nil, false
	}
	n, ok := c.Func.(*parser.Name)
	if !ok || n.Id != name {
		return nil, false
	}
	for _, a := range c.Args {
		if _, star := a.(*parser.Starred); star {
			return nil, false
		}
	}
	kind, _ := f.scope.resolve(name, t.module)
	return c, kind == nameBuiltin
}

// unpackTargets are the n targets a tuple or list target unpacks into, or
// nil (another target, another count, a starred one).
func unpackTargets(target parser.ExprNode, n int) []parser.ExprNode {
	var elts []parser.ExprNode
	switch x := target.(type) {
	case *parser.Tuple:
		elts = x.Elts
	case *parser.List:
		elts = x.Elts
	default:
		return nil
	}
	if len(elts) != n {
		return nil
	}
	for _, e := range elts {
		if _, star := e.(*parser.Starred); star {
			return nil
		}
	}
	return elts
}

// zipLoop translates a for loop over enumerate/zip as above, or returns
// nil.
func (t *translator) zipLoop(f *fn, target, iter parser.ExprNode, body, orelse []parser.StmtNode) []jen.Code {
	const max = 4 // py.maxZipLoop
	var method string
	var callee []parser.ExprNode // the names' loads
	var iterables []parser.ExprNode
	var targets []parser.ExprNode
	if c, ok := t.builtinCall(f, iter, "enumerate", 1); ok {
		pair := unpackTargets(target, 2)
		if pair == nil {
			return nil
		}
		if z, ok := t.builtinCall(f, c.Args[0], "zip", max); ok {
			if inner := unpackTargets(pair[1], len(z.Args)); inner != nil {
				method, callee, iterables = "EnumerateZip", []parser.ExprNode{c.Func, z.Func}, z.Args
				targets = append([]parser.ExprNode{pair[0]}, inner...)
			}
		}
		if method == "" {
			method, callee, iterables, targets = "Enumerate", []parser.ExprNode{c.Func}, c.Args, pair
		}
	} else if z, ok := t.builtinCall(f, iter, "zip", max); ok {
		if targets = unpackTargets(target, len(z.Args)); targets == nil {
			return nil
		}
		method, callee, iterables = "Zip", []parser.ExprNode{z.Func}, z.Args
	} else {
		return nil
	}
	zl := t.id("zl")
	start := jen.Id(zl).Dot(method).CallFunc(func(g *jen.Group) {
		g.Add(py("IterMark").Call())
		for _, e := range callee {
			g.Add(t.expr(f, e))
		}
		for _, e := range iterables {
			g.Add(t.expr(f, e))
		}
	})
	out := []jen.Code{jen.Var().Id(zl).Add(py("ZipLoop")), start}
	field := func(k int) jen.Code { return jen.Id(zl).Dot("V").Index(jen.Lit(k)) }
	return append(out, t.unpackingLoop(f, zl, target, targets, field, body, orelse)...)
}

// unpackingLoop is the loop both forms above end in: loop (a py.DictLoop
// or py.ZipLoop variable) steps; a nil item means its fields (field(k) for
// targets[k]) hold the values to store in order, any other item is
// unpacked into target as a plain for loop would.
func (t *translator) unpackingLoop(f *fn, loop string, target parser.ExprNode, targets []parser.ExprNode, field func(k int) jen.Code, body, orelse []parser.StmtNode) []jen.Code {
	item, ok := t.id("x"), t.id("ok")
	l := t.pushLoop(f, len(orelse) > 0)
	l.owned = loop + ".Own"
	var stores []jen.Code
	for k, e := range targets {
		stores = append(stores, t.assignTo(f, e, field(k))...)
	}
	loopBody := []jen.Code{
		jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Id(loop).Dot("Next").Call(),
		jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
		jen.If(jen.Id(item).Op("==").Nil()).Block(stores...).Else().Block(t.assignTo(f, target, jen.Id(item))...),
	}
	for i, s := range loopBody {
		loopBody[i] = jen.Add(t.lineDirective(target)).Add(s)
	}
	loopBody = append(loopBody, t.block(f, body)...)
	f.popLoop()
	out := t.loopWithElse(f, l, jen.For().Block(loopBody...), orelse)
	return append(out, releaseIter(l.owned)...)
}
