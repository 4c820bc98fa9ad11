package translate

import (
	"math/big"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Arithmetic temporaries (runtime/py/intarith.go). In `(10 * (3 * q + r))
// // t` the value of `3 * q` is seen only by the `+` that consumes it, that
// sum only by the `*`, and so on: when such a value is a big int fresh
// from int arithmetic, the consuming operation may compute into its
// storage, or hand the storage on to the next result, instead of
// allocating. Such subexpressions are passed as py.Tmp (py.AddT, MulT, ...;
// py.TV wraps any other operand), the outermost operation's value is the
// Tmp's Obj(); a comparison used as a condition (`4 * q + r - t < n * t`)
// takes its operands as Tmps too (py.CompareBoolT) and gives their
// storage back. The runtime decides at run time whether a value is such a
// fresh int: for anything else each operation is the one py.Add, Sub, Mul
// or Binary computes.

// tmpOps are the operators with Tmp forms.
var tmpOps = map[parser.Operator]string{
	parser.Add: "AddT", parser.Sub: "SubT", parser.Mult: "MulT", parser.FloorDiv: "FloorDivT",
	parser.Mod: "ModT",
}

// tmpOperand reports whether e is an arithmetic BinOp that expr would
// translate as a plain operation (not as int-typed or float-speculated
// local arithmetic, nor a list concatenation idiom), no operand of which
// is a str, bytes or a display.
func (t *translator) tmpOperand(f *fn, e parser.ExprNode) bool {
	x, ok := e.(*parser.BinOp)
	if !ok || tmpOps[x.Op] == "" && !shiftMaskK(x) {
		return false
	}
	if t.usesIntLocal(f, x) || t.usesFloatLocal(f, x) {
		return false
	}
	// In a module some class of which defines the operator's method, an
	// operation no int literal takes part in is most likely that method's
	// (`origin + direction * t`): the operator site (binSite) calls it
	// from its entry, where a temporary's generic path would look it up
	// every time.
	if !intLitTree(x) && t.definesMethod(binDunders[x.Op]) {
		return false
	}
	if l, ok := x.Left.(*parser.Subscript); ok && x.Op == parser.Add {
		if _, ok := l.Slice.(*parser.Slice); ok {
			return false // listConcat's
		}
	}
	// Operands that are no number: str formatting, concatenation and
	// repetition of displays and literals.
	for _, e := range []parser.ExprNode{x.Left, x.Right} {
		switch v := e.(type) {
		case *parser.List, *parser.Tuple, *parser.JoinedStr, *parser.ListComp, *parser.Dict, *parser.Set:
			return false
		case *parser.Constant:
			switch v.Value.(type) {
			case int64, bool, float64, *big.Int, complex128:
			default:
				return false
			}
		}
	}
	return true
}

// intLitTree reports whether e is an int literal or an operation with
// temporaries' operators an operand of which is such a tree.
func intLitTree(e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.Constant:
		switch x.Value.(type) {
		case int64, *big.Int:
			return true
		}
	case *parser.BinOp:
		if tmpOps[x.Op] != "" || shiftMaskK(x) {
			return intLitTree(x.Left) || intLitTree(x.Right)
		}
	}
	return false
}

// arithTmp translates x when an operand of it is a temporary (nil when
// none is).
func (t *translator) arithTmp(f *fn, x *parser.BinOp) *jen.Statement {
	if !t.tmpOperand(f, x) || !t.tmpOperand(f, x.Left) && !t.tmpOperand(f, x.Right) {
		return nil
	}
	return t.specTmp(f, x).Dot("Obj").Call()
}

// shiftMaskK reports whether x is `a >> k` (0 <= k < 64) or `a & k`
// (k >= 0) of an int literal k: a temporary too (py.RShiftICT, AndICT;
// py.SIRShiftK, SIAndK in speculated trees), so `(s >> 8) % n` boxes no
// intermediate int.
func shiftMaskK(x *parser.BinOp) bool {
	c, ok := x.Right.(*parser.Constant)
	if !ok {
		return false
	}
	k, ok := c.Value.(int64)
	switch {
	case !ok:
		return false
	case x.Op == parser.RShift:
		return k >= 0 && k < 64
	case x.Op == parser.BitAnd:
		return k >= 0
	}
	return false
}

// siOps are the operators of speculated int trees (runtime/py/specint.go).
var siOps = map[parser.Operator]string{
	parser.Add: "SIAdd", parser.Sub: "SISub", parser.Mult: "SIMul", parser.FloorDiv: "SIFloorDiv",
	parser.Mod: "SIMod",
}

// siTree reports whether e is a tmpOperand (or a leaf of one) all of whose
// leaves are int literals and local variables: the tree is then first
// computed over int64 (specTmp).
func (t *translator) siTree(f *fn, e parser.ExprNode) bool {
	return t.siTreeBut(f, e, nil)
}

// siTreeBut is siTree with the leaf leaf (when not nil) allowed whatever
// it is.
func (t *translator) siTreeBut(f *fn, e parser.ExprNode, leaf parser.ExprNode) bool {
	if leaf != nil && e == leaf {
		return true
	}
	switch x := e.(type) {
	case *parser.BinOp:
		return t.tmpOperand(f, x) && t.siTreeBut(f, x.Left, leaf) && t.siTreeBut(f, x.Right, leaf)
	case *parser.Constant:
		_, ok := x.Value.(int64)
		return ok
	case *parser.Name:
		return t.localVar(f, x) != ""
	}
	return false
}

// siCode is a siTree as Go code of type py.SI; the leaf leaf (when not
// nil) is the Go value code.
func (t *translator) siCode(f *fn, e parser.ExprNode, leaf parser.ExprNode, code *jen.Statement) *jen.Statement {
	if leaf != nil && e == leaf {
		return py("SIOf").Call(code)
	}
	switch x := e.(type) {
	case *parser.BinOp:
		switch x.Op {
		case parser.RShift:
			return py("SIRShiftK").Call(t.siCode(f, x.Left, leaf, code), jen.Lit(x.Right.(*parser.Constant).Value.(int64)))
		case parser.BitAnd:
			return py("SIAndK").Call(t.siCode(f, x.Left, leaf, code), jen.Lit(x.Right.(*parser.Constant).Value.(int64)))
		}
		return py(siOps[x.Op]).Call(t.siCode(f, x.Left, leaf, code), t.siCode(f, x.Right, leaf, code))
	case *parser.Constant:
		return py("SIC").Call(jen.Lit(x.Value.(int64)))
	}
	return py("SIOf").Call(jen.Id(t.localVar(f, e)))
}

// specTmp is tmpCode, tried first over int64 when x is a siTree: the
// int64 result when every leaf is an exact int and nothing overflows or
// divides by zero, else the Tmp operations from the start (reading locals
// and exact int arithmetic have no effect to repeat).
//
// The leftmost leaf may be any expression when the others are such
// leaves (`(self.state * 1103515245 + 12345) % 2147483648`): Python
// evaluates it first, before any operation, so it is evaluated once, as
// the argument of the function holding both versions, which read it.
func (t *translator) specTmp(f *fn, x *parser.BinOp) *jen.Statement {
	if t.siTree(f, x) {
		return jen.Func().Params().Add(py("Tmp")).Block(
			jen.If(jen.Id("si").Op(":=").Add(t.siCode(f, x, nil, nil)), jen.Id("si").Dot("OK").Call()).Block(
				jen.Return(py("TI").Call(jen.Id("si").Dot("V")))),
			jen.Return(t.tmpCode(f, x)),
		).Call()
	}
	var leaf parser.ExprNode = x
	for {
		b, ok := leaf.(*parser.BinOp)
		if !ok || !t.tmpOperand(f, b) {
			break
		}
		leaf = b.Left
	}
	if _, ok := leaf.(*parser.Constant); ok || !t.siTreeBut(f, x, leaf) {
		return t.tmpCode(f, x)
	}
	l := jen.Id("sl0")
	return jen.Func().Params(jen.Id("sl0").Add(pyObject())).Add(py("Tmp")).Block(
		jen.If(jen.Id("si").Op(":=").Add(t.siCode(f, x, leaf, l)), jen.Id("si").Dot("OK").Call()).Block(
			jen.Return(py("TI").Call(jen.Id("si").Dot("V")))),
		jen.Return(t.tmpCodeWith(f, x, leaf, l)),
	).Call(t.expr(f, leaf))
}

// tmpCode is x (a tmpOperand) as Go code of type py.Tmp.
func (t *translator) tmpCode(f *fn, x *parser.BinOp) *jen.Statement {
	return t.tmpCodeWith(f, x, nil, nil)
}

// tmpCodeWith is tmpCode with the operand leaf (when not nil) given as
// the Go value code (already evaluated: specTmp's leftmost operand).
func (t *translator) tmpCodeWith(f *fn, x *parser.BinOp, leaf parser.ExprNode, code *jen.Statement) *jen.Statement {
	arg := func(e parser.ExprNode) *jen.Statement {
		if leaf != nil && e == leaf {
			return py("TV").Call(code)
		}
		if t.tmpOperand(f, e) {
			return t.positioned(e, t.tmpCodeWith(f, e.(*parser.BinOp), leaf, code))
		}
		return py("TV").Call(t.expr(f, e))
	}
	switch x.Op {
	case parser.RShift:
		return py("RShiftICT").Call(arg(x.Left), jen.Lit(x.Right.(*parser.Constant).Value.(int64)))
	case parser.BitAnd:
		return py("AndICT").Call(arg(x.Left), jen.Lit(x.Right.(*parser.Constant).Value.(int64)))
	}
	if c, ok := smallIntLit(x.Right); ok && (x.Op == parser.Add || x.Op == parser.Sub) {
		name := "AddICT"
		if x.Op == parser.Sub {
			name = "SubICT"
		}
		return py(name).Call(arg(x.Left), jen.Lit(int(c)))
	}
	if x.Op == parser.Add {
		if c := t.mulAddTmp(f, x, leaf, arg); c != nil {
			return c
		}
	}
	return py(tmpOps[x.Op]).Call(arg(x.Left), arg(x.Right))
}

// mulAddTmp is the sum x through one of the fused forms (py.MulAddI,
// AddMulI, MulMulAddI: for exact ints, a big product by one word and its
// addend in one pass) when an operand is a product and the other can be
// read before the product is taken: a constant, a local nothing else can
// rebind (inertArgs) or the already evaluated leaf, or a product of such.
// For anything but exact ints the operations run as before, each at its
// own position. Nil for other sums.
func (t *translator) mulAddTmp(f *fn, x *parser.BinOp, leaf parser.ExprNode, arg func(parser.ExprNode) *jen.Statement) *jen.Statement {
	inert := func(e parser.ExprNode) bool {
		return leaf != nil && e == leaf || t.inertArgs(f, []parser.ExprNode{e})
	}
	product := func(e parser.ExprNode) *parser.BinOp {
		if b, ok := e.(*parser.BinOp); ok && b.Op == parser.Mult && t.tmpOperand(f, b) {
			return b
		}
		return nil
	}
	mul := func(b *parser.BinOp, l, r string) *jen.Statement {
		return t.positioned(b, py("MulT").Call(jen.Id(l), jen.Id(r)))
	}
	var fused string
	var params []string
	var args []jen.Code
	var plain *jen.Statement
	l, r := product(x.Left), product(x.Right)
	switch {
	case l != nil && r != nil && inert(r.Left) && inert(r.Right):
		fused, params = "MulMulAddI", []string{"x", "y", "u", "v"}
		args = []jen.Code{arg(l.Left), arg(l.Right), arg(r.Left), arg(r.Right)}
		plain = py("AddT").Call(mul(l, "x", "y"), mul(r, "u", "v"))
	case l != nil && inert(x.Right):
		fused, params = "MulAddI", []string{"x", "y", "a"}
		args = []jen.Code{arg(l.Left), arg(l.Right), arg(x.Right)}
		plain = py("AddT").Call(mul(l, "x", "y"), jen.Id("a"))
	case r != nil && inert(x.Left):
		fused, params = "AddMulI", []string{"a", "x", "y"}
		args = []jen.Code{arg(x.Left), arg(r.Left), arg(r.Right)}
		plain = py("AddT").Call(jen.Id("a"), mul(r, "x", "y"))
	default:
		return nil
	}
	var ps, names []jen.Code
	for _, p := range params {
		ps = append(ps, jen.Id(p).Add(py("Tmp")))
		names = append(names, jen.Id(p))
	}
	return jen.Func().Params(ps...).Add(py("Tmp")).Block(
		jen.If(jen.List(jen.Id("s"), jen.Id("ok")).Op(":=").Add(py(fused).Call(names...)), jen.Id("ok")).Block(
			jen.Return(jen.Id("s"))),
		jen.Return(t.positioned(x, plain)),
	).Call(args...)
}

// tmpArg is operand e as a py.Tmp.
func (t *translator) tmpArg(f *fn, e parser.ExprNode) *jen.Statement {
	if t.tmpOperand(f, e) {
		return t.positioned(e, t.tmpCode(f, e.(*parser.BinOp)))
	}
	return py("TV").Call(t.expr(f, e))
}

// specArg is tmpArg with specTmp for a temporary.
func (t *translator) specArg(f *fn, e parser.ExprNode) *jen.Statement {
	if t.tmpOperand(f, e) {
		return t.positioned(e, t.specTmp(f, e.(*parser.BinOp)))
	}
	return py("TV").Call(t.expr(f, e))
}

// compareTmp translates `a < b` used as a condition when an operand is a
// temporary (nil otherwise, and for a small int literal on the right,
// which has its own inline comparisons).
func (t *translator) compareTmp(f *fn, x *parser.Compare) *jen.Statement {
	if len(x.Ops) != 1 || cmpOps[x.Ops[0]] == "" {
		return nil
	}
	l, r := x.Left, x.Comparators[0]
	if !t.tmpOperand(f, l) && !t.tmpOperand(f, r) {
		return nil
	}
	if _, ok := smallIntLit(r); ok {
		return nil
	}
	return t.positioned(x, py("CompareBoolT").Call(t.specArg(f, l), t.specArg(f, r), py(cmpOps[x.Ops[0]])))
}

// Owned locals. A function variable read only as an operand of arithmetic
// or of a comparison (< <= == != > >=), and bound only by `v = e` or by
// `a, v = e1, e2` (a tuple display, as many names), holds a value nothing
// else refers to when that value is a big int fresh from arithmetic:
// operations on ints keep no reference to their operands, and the generic
// operations mark an int as shared before Python code sees it
// (py.disownInts). Such a variable is stored through py.Own, which gives
// its old value's storage to the next results when it held the only
// reference (`q, r = 10 * q, 10 * r` reuses the old q and r), and marks a
// fresh value as the variable's own. Only plain functions (not
// generators or coroutines, whose variables live in frames and whose
// expressions are split at suspension points) have them; the conditions
// of int-typed locals exclude the rest (parameters, nested scopes, del,
// locals() and the like).

// plainLocalCandidates is where ownedLocals and sliceLocals start: the
// variables of a plain function (not a generator or coroutine) that are
// not parameters, global, nonlocal, deleted, int- or float-typed. The set
// is stored in *memo before intLocals runs (a query meanwhile finds it
// empty); n is nil for any other scope.
func (t *translator) plainLocalCandidates(s *scope, memo *map[string]bool) (n *parser.FunctionDef, cand map[string]bool) {
	cand = map[string]bool{}
	*memo = cand
	n, ok := s.node.(*parser.FunctionDef)
	if !ok || s.kind != functionScope || s.isGenerator || s.isAsync {
		return nil, cand
	}
	ints := t.intLocals(s)
	for _, name := range s.order {
		if !s.params[name] && !s.globals[name] && !s.nonlocal[name] && !s.deletes[name] && !ints[name] && !s.floats[name] {
			cand[name] = true
		}
	}
	return n, cand
}

// ownedLocals computes (once) the owned locals of a function scope.
func (t *translator) ownedLocals(s *scope) map[string]bool {
	if s.owned != nil {
		return s.owned
	}
	n, cand := t.plainLocalCandidates(s, &s.owned)
	if n == nil {
		return cand
	}
	ok2 := map[*parser.Name]bool{} // the reads and bindings allowed
	inspectPlainLocals(n.Body, cand, func(n parser.Node) {
		switch x := n.(type) {
		case *parser.BinOp:
			for _, e := range []parser.ExprNode{x.Left, x.Right} {
				if nm, ok := e.(*parser.Name); ok {
					ok2[nm] = true
				}
			}
		case *parser.Compare:
			plain := true
			for _, op := range x.Ops {
				if cmpOps[op] == "" {
					plain = false
				}
			}
			if plain {
				for _, e := range append([]parser.ExprNode{x.Left}, x.Comparators...) {
					if nm, ok := e.(*parser.Name); ok {
						ok2[nm] = true
					}
				}
			}
		case *parser.Assign:
			if targets, ok := ownedTargets(x); ok {
				for _, nm := range targets {
					ok2[nm] = true
				}
			}
		}
	})
	keepAllowedUses(n.Body, cand, ok2)
	return cand
}

// keepAllowedUses drops from cand every name that body mentions anywhere
// but at the uses and bindings in allowed.
func keepAllowedUses(body []parser.StmtNode, cand map[string]bool, allowed map[*parser.Name]bool) {
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			if nm, ok := n.(*parser.Name); ok && !allowed[nm] {
				delete(cand, nm.Id)
			}
			return true
		})
	}
}

// ownedTargets are the names an assignment of an owned-local shape binds:
// `v = e`, or `a, b = e1, e2` with as many names as expressions.
func ownedTargets(s *parser.Assign) ([]*parser.Name, bool) {
	if len(s.Targets) != 1 {
		return nil, false
	}
	switch x := s.Targets[0].(type) {
	case *parser.Name:
		return []*parser.Name{x}, true
	case *parser.Tuple:
		v, ok := s.Value.(*parser.Tuple)
		if !ok || len(v.Elts) != len(x.Elts) {
			return nil, false
		}
		var names []*parser.Name
		for i, e := range x.Elts {
			nm, ok := e.(*parser.Name)
			if !ok {
				return nil, false
			}
			if _, star := v.Elts[i].(*parser.Starred); star {
				return nil, false
			}
			names = append(names, nm)
		}
		return names, true
	}
	return nil, false
}

// isOwned reports whether name, bound in f, is an owned local of f.
func (t *translator) isOwned(f *fn, name string) bool {
	kind, owner := f.scope.resolve(name, t.module)
	return kind == nameLocal && owner == f.scope && t.ownedLocals(owner)[name]
}

// ownedAssign translates an assignment that binds an owned local (nil for
// any other): the values are evaluated left to right, then stored in
// order, the owned locals' through py.Own.
func (t *translator) ownedAssign(f *fn, s *parser.Assign) []jen.Code {
	targets, ok := ownedTargets(s)
	if !ok {
		return nil
	}
	any := false
	for _, nm := range targets {
		if t.isOwned(f, nm.Id) {
			any = true
		}
	}
	if !any {
		return nil
	}
	values := []parser.ExprNode{s.Value}
	if _, ok := s.Targets[0].(*parser.Tuple); ok {
		values = s.Value.(*parser.Tuple).Elts
	}
	var out, stores []jen.Code
	for i, nm := range targets {
		var v jen.Code
		if t.isOwned(f, nm.Id) {
			v = t.tmpArg(f, values[i])
		} else {
			v = t.expr(f, values[i])
		}
		if len(targets) > 1 {
			id := t.id("o")
			out = append(out, jen.Id(id).Op(":=").Add(v))
			v = jen.Id(id)
		}
		if t.isOwned(f, nm.Id) {
			g := jen.Id(f.scope.goName(nm.Id))
			stores = append(stores, jen.Id(f.scope.goName(nm.Id)).Op("=").Add(py("Own").Call(g, v)))
		} else {
			stores = append(stores, t.storeName(f, nm.Id, v))
		}
	}
	return append(out, stores...)
}
