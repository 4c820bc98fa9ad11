package translate

import (
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// expr translates an expression to Go code of type py.Object, positioned
// for tracebacks when it can raise.
func (t *translator) expr(f *fn, e parser.ExprNode) *jen.Statement {
	code := t.exprCode(f, e)
	if t.raises(f, e) {
		return t.positioned(e, code)
	}
	return code
}

// raises reports whether the Go code of e can raise with e's position (an
// instruction of its own in CPython's bytecode).
func (t *translator) raises(f *fn, e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.Name:
		if isTemp(x) {
			return false
		}
		kind, owner := f.scope.resolve(x.Id, t.module)
		return !((kind == nameLocal || kind == nameFree) && owner.params[x.Id] && !t.deleted(owner, x.Id))
	case *parser.Compare:
		return !identityOnly(x)
	case *parser.Call, *parser.Attribute, *parser.Subscript, *parser.BinOp, *parser.UnaryOp,
		*parser.BoolOp, *parser.IfExp, *parser.Await, *parser.JoinedStr,
		*parser.FormattedValue, *parser.ListComp, *parser.SetComp, *parser.DictComp,
		*parser.GeneratorExp, *parser.Yield, *parser.YieldFrom:
		return true
	case *parser.Dict:
		// Hashing a key that is not a constant.
		for _, k := range x.Keys {
			if _, ok := k.(*parser.Constant); !ok {
				return true
			}
		}
	case *parser.Set:
		return !allConstants(x.Elts)
	}
	return false
}

// identityOnly reports whether a comparison only compares identities
// (is, is not), which cannot raise.
func identityOnly(x *parser.Compare) bool {
	for _, op := range x.Ops {
		if op != parser.Is && op != parser.IsNot {
			return false
		}
	}
	return true
}

// localAttrArgs are py.AttrOr's arguments for a load of a local's
// attribute (nil: x.Value is no local). Reading a local has no effect, so
// the inlined hit test reads it first and the load (its unbound check)
// after. A name some class of the module lists in __slots__ is tested as
// a slot first, any other as a dict value.
func (t *translator) localAttrArgs(f *fn, x *parser.Attribute) []jen.Code {
	v := t.localVar(f, x.Value)
	if v == "" {
		return nil
	}
	ic := jen.Op("&").Id(t.cache("AttrCache"))
	hit := "AttrHit"
	if t.module.slotNames[x.Attr] {
		hit = "SlotHit"
	}
	return []jen.Code{py(hit).Call(jen.Id(v), ic), t.expr(f, x.Value), jen.Lit(x.Attr), ic}
}

// exprCode is expr without the position.
func (t *translator) exprCode(f *fn, e parser.ExprNode) *jen.Statement {
	switch x := e.(type) {
	case *parser.Constant:
		return t.constant(x.Value)
	case *parser.Name:
		if isTemp(x) {
			return t.tempExpr(x)
		}
		if v := t.definiteLocal(f, x); v != "" {
			return jen.Id(v)
		}
		return t.loadName(f, x.Id)
	case *parser.Attribute:
		if args := t.localAttrArgs(f, x); args != nil {
			return py("AttrOr").Call(args...)
		}
		if _, ok := x.Value.(*parser.Name); !ok {
			// A receiver that is itself computed (self.v in self.v.x, a
			// call's result, an item): evaluated once, where it stands,
			// and passed on with the inlined hit test (py.AttrHitOf).
			recv := t.expr(f, x.Value)
			hit := "AttrHitOf"
			if t.module.slotNames[x.Attr] {
				hit = "SlotHitOf"
			}
			return py("AttrOr").Call(py(hit).Call(recv, jen.Lit(x.Attr), jen.Op("&").Id(t.cache("AttrCache"))))
		}
		return py("GetAttrIC").Call(t.expr(f, x.Value), jen.Lit(x.Attr), jen.Op("&").Id(t.cache("AttrCache")))
	case *parser.Subscript:
		if s, ok := x.Slice.(*parser.Slice); ok {
			// No slice object for a list or tuple.
			return py("GetSlice").Call(t.expr(f, x.Value), t.optExpr(f, s.Lower), t.optExpr(f, s.Upper), t.optExpr(f, s.Step))
		}
		if code := t.itemLoad(f, x); code != nil {
			return code
		}
		// Any other receiver or index: evaluated once, where it stands,
		// and passed on with the inlined hit test (py.ItemHitOf; a
		// hoisted local's items, py.SrcHitOf).
		if src := f.itemsSrc(x.Value); src != "" {
			return py("ItemOr").Call(py("SrcHitOf").Call(jen.Id(src), t.expr(f, x.Value), t.expr(f, x.Slice)))
		}
		return py("ItemOr").Call(py("ItemHitOf").Call(t.expr(f, x.Value), t.expr(f, x.Slice)))
	case *parser.Slice:
		return py("NewSlice").Call(t.optExpr(f, x.Lower), t.optExpr(f, x.Upper), t.optExpr(f, x.Step))
	case *parser.Call:
		return t.call(f, x)
	case *parser.BinOp:
		if t.usesIntLocal(f, x) {
			return t.intExprCode(f, x).Dot("Box").Call()
		}
		if t.usesFloatLocal(f, x) {
			return t.floatExprPos(f, x, false).Dot("Box").Call()
		}
		if code := t.listConcat(f, x); code != nil {
			return code.(*jen.Statement)
		}
		if t.floatTree(f, x) || t.floatAttrOp(f, x) {
			return t.floatExprPos(f, x, false).Dot("Box").Call()
		}
		if code := t.arithTmp(f, x); code != nil {
			return code
		}
		if x.Op == parser.Div && t.tmpOperand(f, x.Right) && t.siTree(f, x.Right) {
			// `1.0 / (i + j + 1)`: the int divisor unboxed (py.TrueDivT).
			return py("TrueDivT").Call(t.expr(f, x.Left), t.specArg(f, x.Right))
		}
		if c, ok := smallIntLit(x.Right); ok && (x.Op == parser.Add || x.Op == parser.Sub) {
			// `n - 1`: the int case inline (py.AddIC/SubIC).
			name := "AddIC"
			if x.Op == parser.Sub {
				name = "SubIC"
			}
			return py(name).Call(t.expr(f, x.Left), jen.Lit(int(c)))
		}
		l, r := t.expr(f, x.Left), t.expr(f, x.Right)
		if code := t.binSite(x.Op, l, r); code != nil {
			return code
		}
		if c, ok := x.Right.(*parser.Constant); ok {
			// `x >> 8`, `x & 0xff`: the int case first.
			if k, ok := c.Value.(int64); ok {
				switch {
				case x.Op == parser.RShift && k >= 0 && k < 64:
					return py("RShiftIC").Call(l, jen.Lit(int(k)))
				case x.Op == parser.BitAnd:
					return py("AndIC").Call(l, jen.Lit(int(k)))
				}
			}
		}
		switch x.Op {
		case parser.Add:
			return py("Add").Call(l, r)
		case parser.Sub:
			return py("Sub").Call(l, r)
		case parser.Mult:
			return py("Mul").Call(l, r)
		case parser.Div:
			return py("TrueDiv").Call(l, r)
		case parser.FloorDiv:
			return py("FloorDiv").Call(l, r)
		case parser.Mod:
			return py("Mod").Call(l, r)
		}
		return py("Binary").Call(py(binOps[x.Op]), l, r)
	case *parser.UnaryOp:
		if x.Op != parser.Not && t.usesIntLocal(f, x) {
			return t.intExprCode(f, x).Dot("Box").Call()
		}
		if t.usesFloatLocal(f, x) || t.floatTree(f, x) {
			return t.floatExprPos(f, x, false).Dot("Box").Call()
		}
		if x.Op == parser.USub {
			// -literal is a constant, as CPython's compiler folds it.
			if c, ok := x.Operand.(*parser.Constant); ok {
				switch n := c.Value.(type) {
				case int64:
					return t.constant(-n)
				case float64:
					if n != 0 && !math.IsInf(n, 0) && !math.IsNaN(n) {
						return t.constant(-n)
					}
				}
			}
		}
		v := t.expr(f, x.Operand)
		switch x.Op {
		case parser.Not:
			return py("Not").Call(v)
		case parser.USub:
			return py("Neg").Call(v)
		case parser.UAdd:
			return py("Pos").Call(v)
		}
		return py("Invert").Call(v)
	case *parser.BoolOp:
		return t.boolOp(f, x)
	case *parser.Compare:
		return t.compare(f, x)
	case *parser.IfExp:
		return jen.Func().Params().Add(pyObject()).Block(
			jen.If(t.cond(f, x.Test)).Block(jen.Return(t.expr(f, x.Body))),
			jen.Return(t.expr(f, x.Orelse)),
		).Call()
	case *parser.NamedExpr:
		v := t.id("w")
		name := x.Target.(*parser.Name).Id
		return jen.Func().Params().Add(pyObject()).Block(
			jen.Id(v).Op(":=").Add(t.expr(f, x.Value)),
			t.storeName(f, name, jen.Id(v)),
			jen.Return(jen.Id(v)),
		).Call()
	case *parser.Tuple:
		return t.sequence(f, "NewTuple", x.Elts)
	case *parser.List:
		return t.sequence(f, "NewList", x.Elts)
	case *parser.Set:
		// CPython 3.11 compiles a display of more than two constants from a
		// frozenset constant, which iterates in a different order.
		if len(x.Elts) > 2 && allConstants(x.Elts) {
			return py("NewSetFromConstants").CallFunc(func(g *jen.Group) {
				for _, e := range x.Elts {
					g.Add(t.expr(f, e))
				}
			})
		}
		return t.sequence(f, "NewSet", x.Elts)
	case *parser.Dict:
		if len(x.Keys) == 0 {
			return py("NewDict").Call()
		}
		return py("DictFromPairs").CallFunc(func(g *jen.Group) {
			for i, k := range x.Keys {
				if k == nil {
					g.Nil()
				} else {
					g.Add(t.expr(f, k))
				}
				g.Add(t.expr(f, x.Values[i]))
			}
		})
	case *parser.JoinedStr:
		return py("Str").Call(t.joinedStr(f, x.Values))
	case *parser.FormattedValue:
		return py("Str").Call(t.joinedStr(f, []parser.ExprNode{x}))
	case *parser.Await:
		if c, ok := x.Value.(*parser.Call); ok {
			if d := t.directCall(f, c, true); d != nil {
				return d
			}
		}
		return py("Await").Call(t.expr(f, x.Value))
	case *parser.Yield:
		if f.genVar == "" {
			t.unsupportedAt(x, "'yield' outside function")
			return pyNone()
		}
		var v jen.Code = pyNone()
		if x.Value != nil {
			v = t.expr(f, x.Value)
		}
		return jen.Id(f.genVar).Dot("Yield").Call(v)
	case *parser.YieldFrom:
		if f.genVar == "" {
			t.unsupportedAt(x, "'yield' outside function")
			return pyNone()
		}
		return jen.Id(f.genVar).Dot("YieldFrom").Call(t.expr(f, x.Value))
	case *parser.Lambda:
		return t.lambda(f, x)
	case *parser.ListComp:
		return t.comprehension(f, x, x.Generators, "list", x.Elt, nil)
	case *parser.SetComp:
		return t.comprehension(f, x, x.Generators, "set", x.Elt, nil)
	case *parser.DictComp:
		return t.comprehension(f, x, x.Generators, "dict", x.Key, x.Value)
	case *parser.GeneratorExp:
		return t.genExp(f, x)
	case *parser.Starred:
		t.unsupportedAt(x, "starred expression here")
		return pyNone()
	}
	t.unsupportedAt(e, e.NodeType()+" expression")
	return pyNone()
}

func allConstants(elts []parser.ExprNode) bool {
	for _, e := range elts {
		if _, ok := e.(*parser.Constant); !ok {
			return false
		}
	}
	return true
}

// membershipOperand translates the right side of `in`: a set display of
// constants becomes a frozenset built once, as CPython's compiler does.
func (t *translator) membershipOperand(f *fn, e parser.ExprNode) *jen.Statement {
	if s, ok := e.(*parser.Set); ok && allConstants(s.Elts) {
		name := t.id("fs")
		t.decls = append(t.decls, jen.Var().Id(name).Op("*").Qual(pyPath, "Set"))
		t.setup = append(t.setup, jen.Id(name).Op("=").Add(py("NewFrozenSetConstant").CallFunc(func(g *jen.Group) {
			for _, el := range s.Elts {
				g.Add(t.expr(f, el))
			}
		})))
		return jen.Id(name)
	}
	return t.expr(f, e)
}

func (t *translator) optExpr(f *fn, e parser.ExprNode) *jen.Statement {
	if e == nil {
		return jen.Nil()
	}
	return t.expr(f, e)
}

func (t *translator) constant(v parser.Value) *jen.Statement {
	switch c := v.(type) {
	case parser.NoneValue:
		return pyNone()
	case parser.EllipsisValue:
		return py("Ellipsis")
	case bool:
		if c {
			return py("True")
		}
		return py("False")
	case int64:
		return py("Int").Call(jen.Lit(int(c)))
	case *big.Int:
		name := t.id("bigint")
		t.decls = append(t.decls, jen.Var().Id(name).Add(pyObject()))
		t.setup = append(t.setup, jen.Id(name).Op("=").Add(py("ParseIntLiteral").Call(jen.Lit(c.String()))))
		return jen.Id(name)
	case float64:
		// A literal too large for a double (1e1000) is infinity.
		if math.IsInf(c, 0) {
			return py("Float").Call(jen.Qual("math", "Inf").Call(jen.Lit(1)))
		}
		return py("Float").Call(jen.Id(strconv.FormatFloat(c, 'g', -1, 64)))
	case complex128:
		// An imaginary literal: its real part is 0.
		if math.IsInf(imag(c), 0) {
			return py("Imag").Call(jen.Qual("math", "Inf").Call(jen.Lit(1)))
		}
		return py("Imag").Call(jen.Id(strconv.FormatFloat(imag(c), 'g', -1, 64)))
	case string:
		return py("Str").Call(jen.Lit(c))
	case parser.Bytes:
		return py("Bytes").Call(jen.Lit(string(c)))
	}
	return pyNone()
}

// joinedStr builds the Go string expression of f-string parts.
func (t *translator) joinedStr(f *fn, parts []parser.ExprNode) *jen.Statement {
	if len(parts) == 0 {
		return jen.Lit("")
	}
	if len(parts) > 1 && slices.ContainsFunc(parts, func(p parser.ExprNode) bool { return t.intField(f, p) }) {
		return t.joinedStrBuf(f, parts)
	}
	var expr *jen.Statement
	for _, p := range parts {
		piece := t.fstringPart(f, p)
		if t.intField(f, p) {
			piece = py("FormatI").Call(t.intExpr(f, p.(*parser.FormattedValue).Value))
		}
		if expr == nil {
			expr = piece
		} else {
			expr = expr.Op("+").Add(piece)
		}
	}
	return expr
}

// intField reports whether p is a field of an int computed unboxed with
// no format spec: its digits are what every conversion gives.
func (t *translator) intField(f *fn, p parser.ExprNode) bool {
	x, ok := p.(*parser.FormattedValue)
	if !ok {
		return false
	}
	if js, ok := x.FormatSpec.(*parser.JoinedStr); ok && len(js.Values) > 0 {
		return false
	}
	return t.usesIntLocal(f, x.Value)
}

// joinedStrBuf is joinedStr for parts with int fields: they are built in a
// py.FBuf on the stack (the digits appended in place, one string made).
func (t *translator) joinedStrBuf(f *fn, parts []parser.ExprNode) *jen.Statement {
	buf := t.id("fb")
	body := []jen.Code{jen.Var().Id(buf).Add(py("FBuf"))}
	for _, p := range parts {
		if t.intField(f, p) {
			body = append(body, jen.Id(buf).Dot("I").Call(t.intExpr(f, p.(*parser.FormattedValue).Value)))
		} else {
			body = append(body, jen.Id(buf).Dot("S").Call(t.fstringPart(f, p)))
		}
	}
	body = append(body, jen.Return(jen.Id(buf).Dot("String").Call()))
	return jen.Func().Params().String().Block(body...).Call()
}

// fstringPart is the Go string of one f-string part.
func (t *translator) fstringPart(f *fn, p parser.ExprNode) *jen.Statement {
	switch x := p.(type) {
	case *parser.Constant:
		s, _ := x.Value.(string)
		return jen.Lit(s)
	case *parser.FormattedValue:
		conv := 0
		if x.Conversion > 0 {
			conv = x.Conversion
		}
		var spec *jen.Statement = jen.Lit("")
		if js, ok := x.FormatSpec.(*parser.JoinedStr); ok {
			spec = t.joinedStr(f, js.Values)
		}
		return py("FormatValue").Call(t.expr(f, x.Value), jen.Lit(conv), spec)
	}
	// A part already formatted (spilled around an await).
	return py("StrOf").Call(t.expr(f, p))
}

func (t *translator) sequence(f *fn, ctor string, elts []parser.ExprNode) *jen.Statement {
	hasStar := false
	for _, e := range elts {
		if _, ok := e.(*parser.Starred); ok {
			hasStar = true
		}
	}
	if !hasStar {
		// Small displays get their room in the list's (tuple's) own
		// allocation.
		switch {
		case ctor == "NewList" && len(elts) >= 1 && len(elts) <= 8:
			ctor = "MakeList"
		case ctor == "NewTuple" && len(elts) >= 1 && len(elts) <= 12:
			ctor = "MakeTuple"
		}
		return py(ctor).CallFunc(func(g *jen.Group) {
			for _, e := range elts {
				g.Add(t.expr(f, e))
			}
		})
	}
	return py(ctor).Call(t.starredList(f, elts).Op("..."))
}

// starredList builds a []py.Object from elements that may be starred.
func (t *translator) starredList(f *fn, elts []parser.ExprNode) *jen.Statement {
	var acc *jen.Statement = jen.Index().Add(pyObject()).Values()
	var plain []jen.Code
	first := true // acc is the empty slice
	flush := func() {
		if len(plain) > 0 {
			acc = jen.Append(append([]jen.Code{acc}, plain...)...)
			plain, first = nil, false
		}
	}
	for _, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			flush()
			if lc, ok := s.Value.(*parser.ListComp); ok {
				// The list would live only to be copied: the
				// comprehension gives its items, the first star's as
				// the whole slice.
				items := t.positioned(lc, t.comprehension(f, lc, lc.Generators, "items", lc.Elt, nil))
				if first {
					acc = items
				} else {
					acc = jen.Append(acc, items.Op("..."))
				}
				first = false
				continue
			}
			acc = py("AppendStar").Call(acc, t.expr(f, s.Value))
			first = false
			continue
		}
		plain = append(plain, t.expr(f, e))
	}
	flush()
	return acc
}

var cmpOps = map[parser.CmpOperator]string{
	parser.Lt: "OpLt", parser.LtE: "OpLe", parser.Eq: "OpEq", parser.NotEq: "OpNe",
	parser.Gt: "OpGt", parser.GtE: "OpGe",
}

// compareOne is one comparison as a py.Object.
func compareOne(op parser.CmpOperator, l, r jen.Code) *jen.Statement {
	switch op {
	case parser.In:
		return py("In").Call(l, r)
	case parser.NotIn:
		return py("NotIn").Call(l, r)
	case parser.Is:
		return py("IsObj").Call(l, r)
	case parser.IsNot:
		return py("IsNotObj").Call(l, r)
	}
	// The value of a comparison: two ints compare inline (py.LtObj).
	return py(cmpObjFuncs[op]).Call(l, r)
}

// cmpObjFuncs names the runtime's comparisons giving a value.
var cmpObjFuncs = map[parser.CmpOperator]string{
	parser.Lt: "LtObj", parser.LtE: "LeObj", parser.Eq: "EqObj", parser.NotEq: "NeObj",
	parser.Gt: "GtObj", parser.GtE: "GeObj",
}

// intConstCmp names the runtime's comparisons with an int literal.
var intConstCmp = map[parser.CmpOperator]string{
	parser.Lt: "LtIC", parser.LtE: "LeIC", parser.Eq: "EqIC", parser.NotEq: "NeIC",
	parser.Gt: "GtIC", parser.GtE: "GeIC",
}

// smallIntLit reports whether e is an int literal in [-2^31, 2^31) (not a
// bool), the operands py.AddIC, SubIC and the *IC comparisons take.
func smallIntLit(e parser.ExprNode) (int64, bool) {
	c, ok := e.(*parser.Constant)
	if !ok {
		return 0, false
	}
	n, ok := c.Value.(int64)
	if !ok || n < -1<<31 || n >= 1<<31 {
		return 0, false
	}
	return n, true
}

// compareOneBool is one comparison as a Go bool.
func compareOneBool(op parser.CmpOperator, l, r jen.Code) *jen.Statement {
	switch op {
	case parser.In:
		return py("Contains").Call(r, l)
	case parser.NotIn:
		return jen.Op("!").Add(py("Contains").Call(r, l))
	case parser.Is:
		return py("Is").Call(l, r)
	case parser.IsNot:
		return jen.Op("!").Add(py("Is").Call(l, r))
	}
	if name, ok := boolCmp[op]; ok {
		// Two ints compare inline (py.CmpLt and the like); the rest
		// through CompareBool.
		return py(name).Call(l, r)
	}
	return py("CompareBool").Call(l, r, py(cmpOps[op]))
}

// boolCmp names the runtime's inlinable comparisons of two objects.
var boolCmp = map[parser.CmpOperator]string{
	parser.Lt: "CmpLt", parser.LtE: "CmpLe", parser.Eq: "CmpEq", parser.NotEq: "CmpNe",
	parser.Gt: "CmpGt", parser.GtE: "CmpGe",
}

func (t *translator) compare(f *fn, x *parser.Compare) *jen.Statement {
	if len(x.Ops) == 1 {
		right := t.expr(f, x.Comparators[0])
		if x.Ops[0] == parser.In || x.Ops[0] == parser.NotIn {
			right = t.membershipOperand(f, x.Comparators[0])
		}
		return compareOne(x.Ops[0], t.expr(f, x.Left), right)
	}
	// a < b < c: each operand evaluated once, stopping at the first false.
	var body []jen.Code
	l := t.id("c")
	body = append(body, jen.Id(l).Op(":=").Add(t.expr(f, x.Left)))
	for i, op := range x.Ops {
		r := t.id("c")
		body = append(body, jen.Id(r).Op(":=").Add(t.expr(f, x.Comparators[i])))
		if i == len(x.Ops)-1 {
			body = append(body, jen.Return(compareOne(op, jen.Id(l), jen.Id(r))))
			break
		}
		res := t.id("r")
		body = append(body,
			jen.If(jen.Id(res).Op(":=").Add(compareOne(op, jen.Id(l), jen.Id(r))), jen.Op("!").Add(py("Truth").Call(jen.Id(res)))).Block(jen.Return(jen.Id(res))))
		l = r
	}
	return jen.Func().Params().Add(pyObject()).Block(body...).Call()
}

// compareChainBool is a < b < c used for its truth value, as a Go bool:
// each operand evaluated once, each comparison's truth taken in turn
// (CompareBool is Truth of Compare), stopping at the first false.
func (t *translator) compareChainBool(f *fn, x *parser.Compare) *jen.Statement {
	var body []jen.Code
	l := t.id("c")
	body = append(body, jen.Id(l).Op(":=").Add(t.expr(f, x.Left)))
	for i, op := range x.Ops {
		r := t.id("c")
		body = append(body, jen.Id(r).Op(":=").Add(t.expr(f, x.Comparators[i])))
		if i == len(x.Ops)-1 {
			body = append(body, jen.Return(compareOneBool(op, jen.Id(l), jen.Id(r))))
			break
		}
		body = append(body, jen.If(jen.Op("!").Add(compareOneBool(op, jen.Id(l), jen.Id(r)))).Block(jen.Return(jen.False())))
		l = r
	}
	return jen.Func().Params().Bool().Block(body...).Call()
}

// chainHasIn reports whether a comparison chain uses in / not in (whose
// right operands compare uses as membership operands).
func (t *translator) chainHasIn(x *parser.Compare) bool {
	for _, op := range x.Ops {
		if op == parser.In || op == parser.NotIn {
			return true
		}
	}
	return false
}

// cond translates an expression used for its truth value to a Go bool.
func (t *translator) cond(f *fn, e parser.ExprNode) *jen.Statement {
	switch x := e.(type) {
	case *parser.UnaryOp:
		if x.Op == parser.Not {
			return jen.Op("!").Parens(t.cond(f, x.Operand))
		}
	case *parser.Compare:
		if op, ok := intCmpOps[x.Ops[0]]; ok && len(x.Ops) == 1 {
			l, r := x.Left, x.Comparators[0]
			switch li, ri := t.usesIntLocal(f, l), t.usesIntLocal(f, r); {
			case li && t.isIntExpr(f, r) || ri && t.isIntExpr(f, l):
				// ILt..IGe: ICompare for one operator (no switch).
				return py("I"+strings.TrimPrefix(op, "Op")).Call(t.intExpr(f, l), t.intExpr(f, r))
			case li:
				return t.positioned(x, py("ICompareObj").Call(t.intExpr(f, l), t.expr(f, r), py(op)))
			case ri:
				return t.positioned(x, py("IObjCompare").Call(t.expr(f, l), t.intExpr(f, r), py(op)))
			}
			if ff := t.floatFnNames(); t.usesFloatLocal(f, l) || t.usesFloatLocal(f, r) || ff.isCall(l) || ff.isCall(r) {
				if c, ok := r.(*parser.Constant); ok {
					// An int literal on the right (disc < 0): FLtI..FGeI.
					if k, ok := c.Value.(int64); ok && k >= -1<<53 && k <= 1<<53 {
						return t.positioned(x, py("F"+strings.TrimPrefix(op, "Op")+"I").Call(t.floatExpr(f, l), jen.Lit(k)))
					}
				}
				// FLt..FGe: FCompare for one operator (inlined).
				return t.positioned(x, py("F"+strings.TrimPrefix(op, "Op")).Call(t.floatExpr(f, l), t.floatExpr(f, r)))
			}
		}
		if code := t.compareTmp(f, x); code != nil {
			return code
		}
		if len(x.Ops) == 1 {
			right := t.expr(f, x.Comparators[0])
			if x.Ops[0] == parser.In || x.Ops[0] == parser.NotIn {
				right = t.membershipOperand(f, x.Comparators[0])
			}
			if identityOnly(x) {
				if c, ok := x.Comparators[0].(*parser.Constant); ok && c.Value == (parser.NoneValue{}) {
					// `x is None`: a type test inline.
					isNone := py("IsNone").Call(t.expr(f, x.Left))
					if x.Ops[0] == parser.IsNot {
						return jen.Op("!").Add(isNone)
					}
					return isNone
				}
				return compareOneBool(x.Ops[0], t.expr(f, x.Left), right)
			}
			if c, ok := smallIntLit(x.Comparators[0]); ok && intConstCmp[x.Ops[0]] != "" {
				// `n <= 1`: the int case inline (py.LeIC and the like).
				return t.positioned(x, py(intConstCmp[x.Ops[0]]).Call(t.expr(f, x.Left), jen.Lit(int(c))))
			}
			return t.positioned(x, compareOneBool(x.Ops[0], t.expr(f, x.Left), right))
		}
		if !t.chainHasIn(x) {
			return t.positioned(x, t.compareChainBool(f, x))
		}
	case *parser.BoolOp:
		op := "&&"
		if x.Op == parser.Or {
			op = "||"
		}
		c := jen.Parens(t.cond(f, x.Values[0]))
		for _, v := range x.Values[1:] {
			c = c.Op(op).Parens(t.cond(f, v))
		}
		return c
	case *parser.Constant:
		if b, ok := x.Value.(bool); ok {
			return jen.Lit(b)
		}
	}
	return py("Truth").Call(t.expr(f, e))
}

func (t *translator) boolOp(f *fn, x *parser.BoolOp) *jen.Statement {
	var body []jen.Code
	for i, v := range x.Values {
		if i == len(x.Values)-1 {
			body = append(body, jen.Return(t.expr(f, v)))
			break
		}
		tmp := t.id("b")
		test := py("Truth").Call(jen.Id(tmp))
		if x.Op == parser.And {
			test = jen.Op("!").Add(test)
		}
		body = append(body, jen.If(jen.Id(tmp).Op(":=").Add(t.expr(f, v)), test).Block(jen.Return(jen.Id(tmp))))
	}
	return jen.Func().Params().Add(pyObject()).Block(body...).Call()
}

func (t *translator) call(f *fn, x *parser.Call) *jen.Statement {
	if code := t.intOfFloat(f, x); code != nil {
		return code
	}
	if code := t.lenOfSet(f, x); code != nil {
		return jen.Add(code)
	}
	if code := t.genexpFeed(f, x, nil); code != nil {
		return jen.Add(code)
	}
	if code := t.copyingCall(f, x); code != nil {
		return code
	}
	// globals() and locals() build a snapshot of the variables (the
	// translated program keeps them in Go variables, not in a dict).
	if n, ok := x.Func.(*parser.Name); ok && len(x.Args) == 0 && len(x.Keywords) == 0 {
		if kind, _ := f.scope.resolve(n.Id, t.module); kind == nameBuiltin {
			switch n.Id {
			case "globals":
				return jen.Id("G")
			case "dir":
				switch f.scope.kind {
				case moduleScope:
					return py("DirNamespace").Call(jen.Id("G"))
				case functionScope:
					return py("DirNamespace").Call(t.namespaceSnapshot(f.scope, f.scope.goName))
				}
			case "locals", "vars":
				// vars() without an argument is locals().
				if f.scope.kind == functionScope {
					return t.namespaceSnapshot(f.scope, f.scope.goName)
				}
				if f.scope.kind == moduleScope {
					return jen.Id("G")
				}
				if f.scope.kind == classScope && f.classNS != "" {
					return jen.Id(f.classNS) // the class namespace itself
				}
			}
		}
	}
	// eval(src) and exec(src) run in the caller's namespaces, which
	// translated code keeps in G and Go variables: pass them (locals as
	// the snapshot locals() gives).
	if n, ok := x.Func.(*parser.Name); ok && (n.Id == "eval" || n.Id == "exec") && len(x.Args) == 1 && len(x.Keywords) == 0 {
		if _, star := x.Args[0].(*parser.Starred); !star {
			if kind, _ := f.scope.resolve(n.Id, t.module); kind == nameBuiltin {
				switch f.scope.kind {
				case moduleScope:
					return py("Call2").Call(t.expr(f, x.Func), t.expr(f, x.Args[0]), jen.Id("G"))
				case functionScope:
					return py("Call3").Call(t.expr(f, x.Func), t.expr(f, x.Args[0]), jen.Id("G"), t.namespaceSnapshot(f.scope, f.scope.goName))
				case classScope:
					if f.classNS != "" {
						return py("Call3").Call(t.expr(f, x.Func), t.expr(f, x.Args[0]), jen.Id("G"), jen.Id(f.classNS))
					}
				}
			}
		}
	}
	// Zero-argument super() inside a method.
	if n, ok := x.Func.(*parser.Name); ok && n.Id == "super" && len(x.Args) == 0 && len(x.Keywords) == 0 {
		if kind, _ := f.scope.resolve("super", t.module); kind == nameBuiltin {
			cls, self := t.superContext(f)
			if cls == "" {
				return py("NewSuper").Call(jen.Nil(), jen.Nil())
			}
			if self == "" {
				return py("NewSuper").Call(jen.Id(cls), jen.Nil())
			}
			return py("NewSuper").Call(jen.Id(cls), jen.Id(self))
		}
	}
	hasStar, hasKw := false, len(x.Keywords) > 0
	for _, a := range x.Args {
		if _, ok := a.(*parser.Starred); ok {
			hasStar = true
		}
	}
	dstar := false
	for _, k := range x.Keywords {
		if k.Arg == "" {
			dstar = true
		}
	}
	if d := t.directCall(f, x, false); d != nil {
		return d
	}
	if d := t.sigCall(f, x); d != nil {
		return d
	}
	if !hasStar && !hasKw {
		if attr, ok := x.Func.(*parser.Attribute); ok {
			n := len(x.Args)
			entry := t.definesMethod(attr.Attr) && !t.notInstance(f, attr.Value)
			if t.inertArgs(f, x.Args) {
				// Arguments that can neither run code nor fail leave
				// unobservable whether the method is looked up before
				// them (as LOAD_METHOD is) or after.
				// py.MethodCallN(py.MethodOfN(o, "name", &ic, args...)):
				// both inline, a hit of the site's method entry calls the
				// method's body directly (runtime/py/method_hit.go). Past
				// two arguments MethodOfN would not inline.
				if entry && n <= 2 && t.hasInline(attr.Attr, n) {
					// Through the inlined copies of the defs of that
					// name (inline.go).
					o := t.expr(f, attr.Value)
					c := jen.Op("&").Id(t.cache("AttrCache"))
					args := make([]jen.Code, n)
					for i, a := range x.Args {
						args[i] = t.expr(f, a)
					}
					return t.inlineCall(o, attr.Attr, c, args)
				}
				if !entry {
					if call := t.listMethodCall(f, attr, x.Args); call != nil {
						return call
					}
				}
				name := "CallMethodIC"
				if entry && n <= 2 {
					name = "MethodOf" + string(rune('0'+n))
				} else if n <= 4 {
					name += string(rune('0' + n))
				}
				call := py(name).CallFunc(func(g *jen.Group) {
					g.Add(t.expr(f, attr.Value))
					g.Lit(attr.Attr)
					g.Op("&").Id(t.cache("AttrCache"))
					for _, a := range x.Args {
						g.Add(t.expr(f, a))
					}
				})
				if entry && n <= 2 {
					return py("MethodCall" + string(rune('0'+n))).Call(call)
				}
				return call
			}
			args := func(g *jen.Group) {
				for _, a := range x.Args {
					g.Add(t.expr(f, a))
				}
			}
			if !entry {
				if call := t.listAppendCall(f, attr, x.Args); call != nil {
					return call
				}
			}
			if n > 4 {
				lookup := py("LoadMethodV").Call(t.expr(f, attr.Value), jen.Lit(attr.Attr), jen.Op("&").Id(t.cache("AttrCache")))
				return lookup.Dot("Call").CallFunc(args)
			}
			// The method is looked up before the arguments run:
			// py.LoadMethodN(py.MethodHitN(o, "name", &ic)).Call(args...).
			hit := py("MethodHit"+string(rune('0'+n))).Call(t.expr(f, attr.Value), jen.Lit(attr.Attr), jen.Op("&").Id(t.cache("AttrCache")))
			return py("LoadMethod" + string(rune('0'+n))).Call(hit).Dot("Call").CallFunc(args)
		}
		name := "Call"
		if len(x.Args) <= 5 {
			name = "Call" + string(rune('0'+len(x.Args)))
		}
		if _, ok := t.oneArgCallOf(f, x, "len"); ok {
			name = "CallLen" // the length of builtin containers in place
		}
		if x == t.rangeIter {
			name = "Range" + name
		} else if x == t.rangeLend {
			name = "RangeIter" + name
		} else if ctor := t.ctorCallName(f, x); ctor != "" {
			name = ctor
			if t.floatCtorArgs(f, x) {
				// py.NewFN(cls, a, ...): the floats unboxed.
				return py("NewF" + ctor[len("New"):]).CallFunc(func(g *jen.Group) {
					g.Add(t.expr(f, x.Func))
					for _, a := range x.Args {
						g.Add(t.floatExprPos(f, a, t.raises(f, a)))
					}
				})
			}
		}
		return py(name).CallFunc(func(g *jen.Group) {
			g.Add(t.expr(f, x.Func))
			for _, a := range x.Args {
				g.Add(t.expr(f, a))
			}
		})
	}
	fun := t.expr(f, x.Func)
	if !hasStar && !dstar {
		args := jen.Index().Add(pyObject()).ValuesFunc(func(g *jen.Group) {
			for _, a := range x.Args {
				g.Add(t.expr(f, a))
			}
			for _, k := range x.Keywords {
				g.Add(t.expr(f, k.Value))
			}
		})
		names := jen.Index().String().ValuesFunc(func(g *jen.Group) {
			for _, k := range x.Keywords {
				g.Lit(k.Arg)
			}
		})
		return py("CallKw").Call(fun, args, names)
	}
	// General form: build the lists at run time.
	fv, pos, kn, kv := t.id("f"), t.id("p"), t.id("kn"), t.id("kv")
	body := []jen.Code{
		jen.Id(fv).Op(":=").Add(fun),
		jen.Id(pos).Op(":=").Add(t.starredList(f, x.Args)),
		jen.Var().Id(kn).Index().String(),
		jen.Var().Id(kv).Index().Add(pyObject()),
	}
	body = append(body, t.keywordLists(f, x.Keywords, kn, kv, jen.Id(fv))...)
	body = append(body, jen.Return(py("CallEx").Call(jen.Id(fv), jen.Id(pos), jen.Id(kn), jen.Id(kv))))
	return jen.Func().Params().Add(pyObject()).Block(body...).Call()
}

// inertArgs reports whether evaluating args can neither run Python code
// nor raise, nor give a value other code could have changed: each is a
// constant or a definitely bound local of f's own that no nested scope
// refers to (a cell, which a method's lookup could rebind).
func (t *translator) inertArgs(f *fn, args []parser.ExprNode) bool {
	for _, a := range args {
		switch x := a.(type) {
		case *parser.Constant:
		case *parser.Name:
			if kind, owner := f.scope.resolve(x.Id, t.module); kind != nameLocal || owner != f.scope || !t.definiteRead(f, x) {
				return false
			}
			if f.scope.cells == nil {
				f.scope.cells = map[string]bool{}
				for _, c := range t.cellVars(f.scope) {
					f.scope.cells[c] = true
				}
			}
			if f.scope.cells[x.Id] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// binDunders names each binary operator's method.
var binDunders = map[parser.Operator]string{
	parser.Add: "__add__", parser.Sub: "__sub__", parser.Mult: "__mul__", parser.MatMult: "__matmul__",
	parser.Div: "__truediv__", parser.FloorDiv: "__floordiv__", parser.Mod: "__mod__", parser.Pow: "__pow__",
	parser.LShift: "__lshift__", parser.RShift: "__rshift__", parser.BitOr: "__or__", parser.BitXor: "__xor__",
	parser.BitAnd: "__and__",
}

// binSite is l op r at a site of its own (py.SubAt(l, r, &bs),
// runtime/py/binsite.go) when a class body of the module defines op's
// method: an instance of it on the left then calls the method from the
// site's entry. Nil otherwise.
func (t *translator) binSite(op parser.Operator, l, r jen.Code) *jen.Statement {
	if !t.definesMethod(binDunders[op]) {
		return nil
	}
	bs := jen.Op("&").Id(t.cache("BinSite"))
	switch op {
	case parser.Add:
		return py("AddAt").Call(l, r, bs)
	case parser.Sub:
		return py("SubAt").Call(l, r, bs)
	case parser.Mult:
		return py("MulAt").Call(l, r, bs)
	case parser.Div:
		return py("TrueDivAt").Call(l, r, bs)
	}
	return py("BinaryAt").Call(py(binOps[op]), l, r, bs)
}

// definesMethod reports whether a class body of the module defines a
// function named name: a call o.name(...) of another name most likely
// calls a builtin's method (list.append) or a module's function, which
// CallMethodICN finds through its own entries, so the call takes it
// rather than py.MethodOfN, whose method entry would miss every time.
// Either is right for any object.
func (t *translator) definesMethod(name string) bool {
	if t.methodNames == nil {
		t.methodNames = map[string]bool{}
		if mod, ok := t.module.node.(*parser.Module); ok {
			parser.Inspect(mod, func(n parser.Node) bool {
				if c, ok := n.(*parser.ClassDef); ok {
					for _, st := range c.Body {
						switch d := st.(type) {
						case *parser.FunctionDef:
							t.methodNames[d.Name] = true
						case *parser.AsyncFunctionDef:
							t.methodNames[d.Name] = true
						}
					}
				}
				return true
			})
		}
	}
	return t.methodNames[name]
}

// notInstance reports whether e is most likely no instance of a class
// of the module: super(), or a global name that an import statement or a
// class statement of the module binds (math in math.cos(x), Base in
// Base.method(self)). CallMethodICN finds a module's function, a class's
// function and super()'s method through entries of its own, so such a
// call takes it rather than py.MethodOfN, whose method entry would miss
// every time. Either is right for any object.
func (t *translator) notInstance(f *fn, e parser.ExprNode) bool {
	if c, ok := e.(*parser.Call); ok {
		n, ok := c.Func.(*parser.Name)
		return ok && n.Id == "super"
	}
	n, ok := e.(*parser.Name)
	if !ok {
		return false
	}
	if kind, _ := f.scope.resolve(n.Id, t.module); kind != nameGlobal {
		return false
	}
	if t.importNames == nil {
		t.importNames = map[string]bool{}
		if mod, ok := t.module.node.(*parser.Module); ok {
			parser.Inspect(mod, func(n parser.Node) bool {
				switch x := n.(type) {
				case *parser.Alias:
					name := x.Asname
					if name == "" {
						name, _, _ = strings.Cut(x.Name, ".")
					}
					t.importNames[name] = true
				case *parser.ClassDef:
					t.importNames[x.Name] = true
				}
				return true
			})
		}
	}
	return t.importNames[n.Id]
}

// keywordLists builds, in order, the keyword lists kn and kv of a call
// with a ** (or a class statement's): each mapping merged and each keyword
// after the first ** checked against the names so far, as CPython's
// DICT_MERGE; a repeated name's TypeError names callee (an Object).
func (t *translator) keywordLists(f *fn, kws []*parser.Keyword, kn, kv string, callee jen.Code) []jen.Code {
	var body []jen.Code
	merged := false
	for _, k := range kws {
		switch {
		case k.Arg == "":
			body = append(body, jen.List(jen.Id(kn), jen.Id(kv)).Op("=").Add(
				py("MergeKwOf").Call(callee, jen.Id(kn), jen.Id(kv), t.expr(f, k.Value))))
			merged = true
		case merged:
			// After a **: the name may be one the mapping gave.
			body = append(body, jen.List(jen.Id(kn), jen.Id(kv)).Op("=").Add(
				py("AddKwOf").Call(callee, jen.Id(kn), jen.Id(kv), jen.Lit(k.Arg), t.expr(f, k.Value))))
		default:
			body = append(body,
				jen.Id(kn).Op("=").Append(jen.Id(kn), jen.Lit(k.Arg)),
				jen.Id(kv).Op("=").Append(jen.Id(kv), t.expr(f, k.Value)))
		}
	}
	return body
}

// namespaceSnapshot is a dict of a scope's bound variables, in the order
// they were first bound.
func (t *translator) namespaceSnapshot(s *scope, goName func(string) string) *jen.Statement {
	d := t.id("ns")
	body := []jen.Code{jen.Id(d).Op(":=").Add(py("NewDict").Call())}
	for _, name := range s.order {
		if s.kind != moduleScope && (s.globals[name] || s.nonlocal[name]) {
			continue
		}
		v := jen.Id(goName(name))
		body = append(body, jen.If(v.Clone().Op("!=").Nil()).Block(jen.Id(d).Dot("SetStr").Call(jen.Lit(name), v.Clone())))
	}
	if s.kind == functionScope {
		// A function's locals() has its free variables too (co_freevars,
		// __class__ included), after its own.
		for _, name := range t.freeVars(s) {
			var v *jen.Statement
			if name == "__class__" {
				v = jen.Id(classCellOwner(s).classCellVar)
			} else {
				owner := t.holder(s, name)
				if owner == s || t.intLocals(owner)[name] || t.floatLocals(owner)[name] {
					continue // a Go int or float variable: no Object to show
				}
				v = jen.Id(owner.goName(name))
			}
			body = append(body, jen.If(v.Clone().Op("!=").Nil()).Block(jen.Id(d).Dot("SetStr").Call(jen.Lit(name), v.Clone())))
		}
	}
	if s.kind == moduleScope {
		body = append(body, jen.Id(d).Dot("SetStr").Call(jen.Lit("__builtins__"), py("Builtins")))
	}
	body = append(body, jen.Return(jen.Id(d)))
	return jen.Func().Params().Add(pyObject()).Block(body...).Call()
}

func callName(e parser.ExprNode) string {
	switch x := e.(type) {
	case *parser.Name:
		return x.Id
	case *parser.Attribute:
		return callName(x.Value) + "." + x.Attr
	}
	return "function"
}

// superContext finds the class and first parameter for super() in f: the
// first argument of the innermost function (def or lambda; comprehensions
// are looked through), and the __class__ cell of the class lexically
// enclosing it. An empty first parameter is super()'s "no arguments".
func (t *translator) superContext(f *fn) (string, string) {
	for c := f; c != nil; c = c.parent {
		if c.scope.kind == classScope {
			return "", ""
		}
		switch c.scope.node.(type) {
		case *parser.FunctionDef, *parser.AsyncFunctionDef, *parser.Lambda:
			return classCellVar(c), c.firstParam
		}
	}
	return "", ""
}

// classCellVar is the Go variable of the __class__ cell that f sees: the
// class whose body lexically holds the nearest enclosing function ("" for
// none).
func classCellVar(f *fn) string {
	for c := f; c != nil; c = c.parent {
		if c.parent != nil && c.parent.scope.kind == classScope && c.parent.classVar != "" {
			return c.parent.classVar
		}
	}
	return ""
}

// localVar is the Go variable holding e when e is a name of a local
// variable kept as a plain object (no int or float typing), else "".
func (t *translator) localVar(f *fn, e parser.ExprNode) string {
	n, ok := e.(*parser.Name)
	if !ok || isTemp(n) || n.Id == "__class__" || f.scope.kind == classScope {
		return ""
	}
	kind, owner := f.scope.resolve(n.Id, t.module)
	if kind != nameLocal || t.intLocals(owner)[n.Id] || t.floatLocals(owner)[n.Id] {
		return ""
	}
	return owner.goName(n.Id)
}

// loadName reads a variable.
func (t *translator) loadName(f *fn, name string) *jen.Statement {
	kind, owner := f.scope.resolve(name, t.module)
	if name == "__class__" && kind != nameLocal && f.scope.kind != classScope {
		// The __class__ cell: the class whose body lexically holds the
		// nearest enclosing function.
		if cv := classCellVar(f); cv != "" {
			return py("Free").Call(jen.Id(cv), jen.Lit(name))
		}
	}
	if f.scope.kind == classScope && kind != nameClass && !f.scope.globals[name] && f.classNS != "" &&
		(f.classPrepared || strings.HasPrefix(name, "__")) {
		// LOAD_NAME and LOAD_CLASSDEREF look in the class namespace
		// first even for names no statement of the body binds: what a
		// metaclass's __prepare__ put there, and __module__,
		// __qualname__, __annotations__ (a plain class's namespace starts
		// with nothing else).
		outer := t.loadName(&fn{scope: f.scope.parent, parent: f.parent}, name)
		return py("ClassLoad").Call(jen.Id(f.classNS), jen.Lit(name), jen.Func().Params().Add(pyObject()).Block(jen.Return(outer)))
	}
	switch kind {
	case nameLocal:
		if owner.params[name] && !t.deleted(owner, name) {
			return jen.Id(owner.goName(name))
		}
		if t.intLocals(owner)[name] {
			// BoxI, with the small-int case inlined.
			v := owner.goName(name)
			return py("BoxIOr").Call(py("SmallI").Call(jen.Id(v)), jen.Op("&").Id(v), jen.Lit(name))
		}
		if t.floatLocals(owner)[name] {
			return py("BoxF").Call(jen.Op("&").Id(owner.goName(name)), jen.Lit(name))
		}
		return py("Local").Call(jen.Id(owner.goName(name)), jen.Lit(name))
	case nameFree:
		if owner.params[name] && !t.deleted(owner, name) {
			return jen.Id(owner.goName(name))
		}
		return py("Free").Call(jen.Id(owner.goName(name)), jen.Lit(name))
	case nameClass:
		// The class namespace first, then what the name means outside.
		outer := t.loadName(&fn{scope: f.scope.parent, parent: f.parent}, name)
		return py("ClassLoad").Call(jen.Id(f.classNS), jen.Lit(name), jen.Func().Params().Add(pyObject()).Block(jen.Return(outer)))
	case nameGlobal:
		t.extraGlobals[name] = true
		if isKnownBuiltin(name) {
			return py("LoadGlobalOrBuiltin").Call(jen.Id("G"), jen.Op("&").Id(globalVar(name)), jen.Id(t.builtinVar(name)).Dot("Get").Call(jen.Lit(name)))
		}
		return py("LoadGlobal").Call(jen.Id("G"), jen.Op("&").Id(globalVar(name)))
	}
	if t.module.hasStarImport || t.module.used["globals"] {
		// Names no statement binds may still be bound at run time.
		t.extraGlobals[name] = true
		var b jen.Code = jen.Nil()
		if isKnownBuiltin(name) {
			b = jen.Id(t.builtinVar(name)).Dot("Get").Call(jen.Lit(name))
		}
		return py("LoadGlobalOrBuiltin").Call(jen.Id("G"), jen.Op("&").Id(globalVar(name)), b)
	}
	if isKnownBuiltin(name) {
		return py("Builtin").Call(jen.Op("&").Id(t.builtinVar(name)), jen.Lit(name))
	}
	// Not bound by any statement of the module, but another module (or
	// setattr) may bind it in this module's namespace.
	t.extraGlobals[name] = true
	return py("LoadGlobalOrBuiltin").Call(jen.Id("G"), jen.Op("&").Id(globalVar(name)), jen.Nil())
}

// builtinVar declares (once) a package variable caching a builtin (a
// py.BuiltinRef: looked up on first use and again after the builtins
// module changes).
func (t *translator) builtinVar(name string) string {
	v := "b_" + name
	if !t.builtinVars[name] {
		t.builtinVars[name] = true
		t.builtinDecls = append(t.builtinDecls, name)
	}
	return v
}

// deleted reports whether a name is ever deleted in its scope (so even a
// parameter may be unbound when read).
func (t *translator) deleted(s *scope, name string) bool { return s.deletes[name] }

// storeName assigns a variable.
func (t *translator) storeName(f *fn, name string, v jen.Code) *jen.Statement {
	if strings.HasPrefix(name, tempMark) {
		return jen.Id(name[len(tempMark):]).Op("=").Add(v)
	}
	kind, owner := f.scope.resolve(name, t.module)
	switch kind {
	case nameLocal, nameFree:
		if kind == nameLocal && t.intLocals(owner)[name] {
			return jen.Id(owner.goName(name)).Op("=").Add(py("ToI").Call(v))
		}
		if kind == nameLocal && t.floatLocals(owner)[name] {
			return jen.Id(owner.goName(name)).Op("=").Add(py("ToF").Call(v))
		}
		return jen.Id(owner.goName(name)).Op("=").Add(v)
	case nameClass:
		return jen.Id(f.classNS).Dot("SetStr").Call(jen.Lit(name), v)
	}
	t.extraGlobals[name] = true
	return jen.Id(globalVar(name)).Dot("Set").Call(jen.Id("G"), v)
}

var knownBuiltins = map[string]bool{}

func init() {
	for _, n := range []string{"abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint",
		"bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict",
		"dir", "divmod", "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr",
		"globals", "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass",
		"iter", "len", "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct",
		"open", "ord", "pow", "print", "property", "range", "repr", "reversed", "round", "set",
		"setattr", "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type", "vars",
		"zip", "exit", "quit", "Exception", "BaseException", "ValueError", "TypeError", "KeyError",
		"RuntimeError", "TimeoutError", "StopIteration", "StopAsyncIteration", "NotImplemented",
		"Ellipsis", "None", "True", "False"} {
		knownBuiltins[n] = true
	}
}

func isKnownBuiltin(name string) bool { return knownBuiltins[name] }
