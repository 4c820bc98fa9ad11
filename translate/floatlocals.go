package translate

import (
	"math"
	"math/big"
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Float-speculated locals. A function variable that is only ever bound to
// the result of arithmetic (`d = dx * dx + dy * dy`, `s += a * b`, a
// number literal) is a py.TypedFloat: it holds a float unboxed, so the
// arithmetic among such variables allocates nothing. Unlike the int-typed
// locals nothing is proven: the variable holds whatever the operations
// give (an int, a string, an instance), and each operation checks its
// operands and takes the generic path unless they are floats (or a float
// and an int). The variables are chosen like the int-typed ones (plain
// locals no nested scope sees, never deleted, no locals()), minus those,
// and every binding must be `x = e` or `x op= e` with op one of + - * / **
// and e a number literal, such a variable, or one of those operators (or
// unary minus) applied to anything.

var floatOpFuncs = map[parser.Operator]string{
	parser.Add: "FAdd", parser.Sub: "FSub", parser.Mult: "FMul", parser.Div: "FDiv", parser.Pow: "FPow",
}

var floatIOpFuncs = map[parser.Operator]string{
	parser.Add: "FIAdd", parser.Sub: "FISub", parser.Mult: "FIMul", parser.Div: "FIDiv", parser.Pow: "FIPow",
}

// floatShaped reports whether e has a shape a float-speculated variable
// may be bound to (see above), given the candidates cand.
func floatShaped(e parser.ExprNode, cand map[string]bool, ff *floatFnNames) bool {
	switch x := e.(type) {
	case *parser.Call:
		return ff.isCall(x)
	case *parser.Constant:
		switch x.Value.(type) {
		case float64, int64:
			return true
		}
	case *parser.Name:
		return !isTemp(x) && cand[x.Id]
	case *parser.BinOp:
		return floatOpFuncs[x.Op] != ""
	case *parser.UnaryOp:
		return x.Op == parser.USub
	case *parser.Attribute, *parser.Subscript:
		return objOperand(e)
	}
	return false
}

// floatEvidence reports whether e shows signs of float arithmetic: a float
// literal, a true division, a variable with such signs (ev), or an
// operator applied to an element or attribute of something (numeric code
// on lists and objects: the type is not known, and floats are likely).
func floatEvidence(e parser.ExprNode, ev map[string]bool, ff *floatFnNames) bool {
	switch x := e.(type) {
	case *parser.Call:
		return ff.isCall(x)
	case *parser.Constant:
		_, ok := x.Value.(float64)
		return ok
	case *parser.Name:
		return ev[x.Id]
	case *parser.BinOp:
		if floatOpFuncs[x.Op] == "" {
			return false
		}
		return x.Op == parser.Div || objOperand(x.Left) || objOperand(x.Right) ||
			floatEvidence(x.Left, ev, ff) || floatEvidence(x.Right, ev, ff)
	case *parser.UnaryOp:
		return x.Op == parser.USub && floatEvidence(x.Operand, ev, ff)
	}
	return false
}

// objOperand reports whether e is an element or attribute load (a slice,
// items[i:j], is a sequence, never a sign of floats).
func objOperand(e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.Subscript:
		_, slice := x.Slice.(*parser.Slice)
		return !slice
	case *parser.Attribute:
		return true
	}
	return false
}

// floatLocals is the float-speculated variables of a function scope.
func (t *translator) floatLocals(s *scope) map[string]bool {
	t.intLocals(s)
	return s.floats
}

// isFloatLocal reports whether name, used in f, is a float-speculated
// local of f.
func (t *translator) isFloatLocal(f *fn, name string) bool {
	if f.scope.kind != functionScope {
		return false
	}
	kind, owner := f.scope.resolve(name, t.module)
	return kind == nameLocal && owner == f.scope && t.floatLocals(owner)[name]
}

// usesFloatLocal reports whether e is float arithmetic (+ - * / **, unary
// minus) that reads a float-speculated local through those operators
// only: then it is computed unboxed.
func (t *translator) usesFloatLocal(f *fn, e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.Name:
		return !isTemp(x) && t.isFloatLocal(f, x.Id)
	case *parser.BinOp:
		if floatOpFuncs[x.Op] == "" || t.usesIntLocal(f, x) {
			return false
		}
		return t.usesFloatLocal(f, x.Left) || t.usesFloatLocal(f, x.Right)
	case *parser.UnaryOp:
		return x.Op == parser.USub && t.usesFloatLocal(f, x.Operand)
	}
	return false
}

// floatExpr translates an expression to Go code of type py.TypedFloat,
// computing the arithmetic of its top (+ - * / ** and unary minus)
// unboxed.
func (t *translator) floatExpr(f *fn, e parser.ExprNode) *jen.Statement {
	return t.floatExprPos(f, e, true)
}

// floatExprPos is floatExpr; with pos false, the operation at the top
// carries no position of its own (its caller positions it).
func (t *translator) floatExprPos(f *fn, e parser.ExprNode, pos bool) *jen.Statement {
	position := func(code *jen.Statement) *jen.Statement {
		if pos {
			return t.positioned(e, code)
		}
		return code
	}
	switch x := e.(type) {
	case *parser.Constant:
		if v, ok := x.Value.(float64); ok && !math.IsInf(v, 0) && !math.IsNaN(v) && !(v == 0 && math.Signbit(v)) {
			return py("FOf").Call(jen.Id(strconv.FormatFloat(v, 'g', -1, 64)))
		}
	case *parser.Name:
		if !isTemp(x) && t.isFloatLocal(f, x.Id) {
			if t.definiteRead(f, x) {
				return jen.Id(f.scope.goName(x.Id))
			}
			// Positioned: an UnboundLocalError points at the name.
			return t.positioned(x, py("LocalF").Call(jen.Id(f.scope.goName(x.Id)), jen.Lit(x.Id)))
		}
	case *parser.BinOp:
		if name := floatOpFuncs[x.Op]; name != "" && !t.usesIntLocal(f, x) {
			if x.Op == parser.Div {
				// A literal divisor other than zero: no test of it.
				if c, ok := x.Right.(*parser.Constant); ok {
					switch k := c.Value.(type) {
					case float64:
						if k != 0 && !math.IsInf(k, 0) && !math.IsNaN(k) {
							return position(py("FDivK").Call(t.floatExpr(f, x.Left), jen.Id(strconv.FormatFloat(k, 'g', -1, 64))))
						}
					case int64:
						if k != 0 && k >= -1<<53 && k <= 1<<53 {
							return position(py("FDivKI").Call(t.floatExpr(f, x.Left), jen.Lit(k)))
						}
					}
				}
			}
			return position(py(name).Call(t.floatExpr(f, x.Left), t.floatExpr(f, x.Right)))
		}
	case *parser.UnaryOp:
		if x.Op == parser.USub && !t.usesIntLocal(f, x) {
			if c, ok := x.Operand.(*parser.Constant); ok {
				if v, ok := c.Value.(float64); ok && v != 0 && !math.IsInf(v, 0) && !math.IsNaN(v) {
					return py("FOf").Call(jen.Id(strconv.FormatFloat(-v, 'g', -1, 64)))
				}
				break
			}
			return position(py("FNeg").Call(t.floatExpr(f, x.Operand)))
		}
	}
	if c, ok := e.(*parser.Call); ok {
		if code := t.directFloatCall(f, c); code != nil {
			return t.positioned(c, code)
		}
		if code := t.floatFnCall(f, c); code != nil {
			return t.positioned(c, code)
		}
		if code := t.floatMethodCall(f, c); code != nil {
			return t.positioned(c, code)
		}
	}
	if code := t.attrLoadF(f, e); code != nil {
		return code
	}
	if x, ok := e.(*parser.Subscript); ok {
		if code := t.itemLoadF(f, x); code != nil {
			return t.positioned(x, code)
		}
	}
	return py("ToF").Call(t.expr(f, e))
}

// attrLoadF is an attribute load of a __slots__ name as float code:
// py.ToFAttrOr, which reads a float hit unboxed (nil: e is no such load).
func (t *translator) attrLoadF(f *fn, e parser.ExprNode) *jen.Statement {
	x, ok := e.(*parser.Attribute)
	if !ok || !t.module.slotNames[x.Attr] {
		// Only names some class lists in __slots__ (vector classes):
		// an int value costs ToFAttrOr a call, and dict attributes read
		// in float code are ints often enough (deltablue's
		// v1.value * scale.value + offset.value).
		return nil
	}
	args := t.localAttrArgs(f, x)
	if args == nil {
		if _, ok := x.Value.(*parser.Name); ok {
			return nil
		}
		// A computed receiver (self.v.x): AttrHitOf hands on the
		// arguments, as for AttrOr.
		args = []jen.Code{py("SlotHitOf").Call(t.expr(f, x.Value), jen.Lit(x.Attr), jen.Op("&").Id(t.cache("AttrCache")))}
	}
	return t.positioned(x, py("ToFAttrOr").Call(args...))
}

// Float trees. Arithmetic that is not on float-speculated locals but
// shows signs of floats (see floatArith) is computed as py.TypedFloat too
// when it nests (`self.x * o.x + self.y * o.y`): only the outermost value
// is boxed, where each operation's Float was before. The operations are
// the same speculating ones (FAdd, FMul, ...: the generic operation for
// anything but floats and ints mixed with them), so nothing is assumed.

// floatArith reports whether e is + - * / ** (or unary minus of one)
// that shows float evidence (floatEvidence, with element and attribute
// operands counting) and no int literal unless a float literal or a
// true division shows too (`(s * 1103515245 + 12345) % m` stays int
// arithmetic), and no operand that is a display, a string or a
// formatted string.
func (t *translator) floatArith(f *fn, e parser.ExprNode) bool {
	if indexExprs(f.scope)[e] {
		return false
	}
	switch x := e.(type) {
	case *parser.BinOp:
		if floatOpFuncs[x.Op] == "" || t.usesIntLocal(f, x) {
			return false
		}
	case *parser.UnaryOp:
		if x.Op != parser.USub || t.usesIntLocal(f, x) {
			return false
		}
		return t.floatArith(f, x.Operand)
	default:
		return false
	}
	var ints, floats, other bool
	objects := objectNames(f.scope)
	ff := t.floatFnNames()
	var walk func(e parser.ExprNode)
	walk = func(e parser.ExprNode) {
		switch x := e.(type) {
		case *parser.Name:
			// A vector's `self * k`: not float arithmetic.
			if objects[x.Id] {
				other = true
			}
		case *parser.BinOp:
			if floatOpFuncs[x.Op] == "" {
				return
			}
			if x.Op == parser.Div {
				floats = true
			}
			walk(x.Left)
			walk(x.Right)
		case *parser.UnaryOp:
			if x.Op == parser.USub {
				walk(x.Operand)
			}
		case *parser.Constant:
			switch x.Value.(type) {
			case float64:
				floats = true
			case int64, *big.Int, bool:
				ints = true
			default:
				other = true
			}
		case *parser.Call:
			// A math function's or a float method's call gives a float
			// (`2 * d.dot(n)`).
			if ff.isCall(x) {
				floats = true
			}
		case *parser.List, *parser.Tuple, *parser.JoinedStr, *parser.ListComp, *parser.Dict, *parser.Set,
			*parser.SetComp, *parser.DictComp, *parser.GeneratorExp:
			other = true
		}
	}
	walk(e)
	if other || ints && !floats {
		return false
	}
	return floatEvidence(e, t.floatLocals(f.scope), t.floatFnNames())
}

// floatAttrOp reports whether e is one floatArith operation (+ - *) on
// attributes or elements (self.x - o.x), or on one and a local
// (self.x * k) when no class of the module defines the operator's method
// (a local is then no vector: binSite's case): FSub(...).Box() is the
// float case inline, where Sub is a call that tests an int first.
func (t *translator) floatAttrOp(f *fn, e parser.ExprNode) bool {
	x, ok := e.(*parser.BinOp)
	if !ok || x.Op != parser.Add && x.Op != parser.Sub && x.Op != parser.Mult || !t.floatArith(f, x) {
		return false
	}
	l, r := objOperand(x.Left), objOperand(x.Right)
	if l && r {
		return true
	}
	if t.definesMethod(binDunders[x.Op]) {
		return false
	}
	local := func(e parser.ExprNode) bool {
		n, ok := e.(*parser.Name)
		return ok && t.localVar(f, n) != ""
	}
	return l && local(x.Right) || r && local(x.Left)
}

// floatTree reports whether e is floatArith with such an operation as an
// operand, so that computing it unboxed saves a box.
func (t *translator) floatTree(f *fn, e parser.ExprNode) bool {
	if !t.floatArith(f, e) {
		return false
	}
	// A math function's call as an operand (1.0 / math.sqrt(d)) gives
	// its result unboxed too.
	ff := t.floatFnNames()
	switch x := e.(type) {
	case *parser.BinOp:
		return t.floatArith(f, x.Left) || t.floatArith(f, x.Right) || ff.isCall(x.Left) || ff.isCall(x.Right)
	case *parser.UnaryOp:
		return t.floatArith(f, x.Operand) || ff.isCall(x.Operand)
	}
	return false
}

// objectNames is the names s's code (nested scopes included) uses as the
// object of an attribute or an item: such a name is not a float
// (intLocals leaves it out of the float-speculated variables), and
// arithmetic with it as an operand is not computed as floats.
func objectNames(s *scope) map[string]bool {
	if s.objects == nil {
		s.objects = map[string]bool{}
		if s.node != nil {
			parser.Inspect(s.node, func(n parser.Node) bool {
				var v parser.ExprNode
				switch x := n.(type) {
				case *parser.Attribute:
					v = x.Value
				case *parser.Subscript:
					v = x.Value
				}
				if nm, ok := v.(*parser.Name); ok {
					s.objects[nm.Id] = true
				}
				return true
			})
		}
	}
	return s.objects
}

// indexExprs is the expressions s's code (nested scopes included) uses as
// an item's index or a slice's bound, with their + - * // % operands: a
// sequence's index is an int (a float raises TypeError), so float
// arithmetic there would almost always miss (`cells[heights[col] * W +
// col]`) and the int paths are taken instead. Only the speculation
// changes: a float key of a dict takes the generic operations, as
// exactly as before.
func indexExprs(s *scope) map[parser.ExprNode]bool {
	if s.indexes == nil {
		s.indexes = map[parser.ExprNode]bool{}
		var mark func(e parser.ExprNode)
		mark = func(e parser.ExprNode) {
			switch x := e.(type) {
			case *parser.BinOp:
				switch x.Op {
				case parser.Add, parser.Sub, parser.Mult, parser.FloorDiv, parser.Mod:
					s.indexes[e] = true
					mark(x.Left)
					mark(x.Right)
				}
			case *parser.UnaryOp:
				if x.Op == parser.USub {
					s.indexes[e] = true
					mark(x.Operand)
				}
			}
		}
		if s.node != nil {
			parser.Inspect(s.node, func(n parser.Node) bool {
				if x, ok := n.(*parser.Subscript); ok {
					if sl, ok := x.Slice.(*parser.Slice); ok {
						for _, b := range []parser.ExprNode{sl.Lower, sl.Upper, sl.Step} {
							if b != nil {
								mark(b)
							}
						}
					} else {
						mark(x.Slice)
					}
				}
				return true
			})
		}
	}
	return s.indexes
}
