package parser

import "strings"

// Unparse renders an expression as CPython's ast.unparse does (the text
// PEP 563 stores for a postponed annotation). ok is false for expression
// kinds it does not render (lambdas, comprehensions, f-strings, ...).
func Unparse(e ExprNode) (s string, ok bool) {
	u := unparser{ok: true}
	u.expr(e, upTest)
	return u.b.String(), u.ok
}

// Precedences, lowest first, as ast.unparse orders them.
const (
	upTuple = iota
	upTest
	upOr
	upAnd
	upNot
	upCmp
	upExpr
	upBOr
	upBXor
	upBAnd
	upShift
	upArith
	upTerm
	upFactor
	upPower
	upAtom
)

type unparser struct {
	b  strings.Builder
	ok bool
}

var unparseBinOps = map[Operator]struct {
	text string
	prec int
}{
	Add: {"+", upArith}, Sub: {"-", upArith}, Mult: {"*", upTerm}, MatMult: {"@", upTerm},
	Div: {"/", upTerm}, Mod: {"%", upTerm}, FloorDiv: {"//", upTerm}, Pow: {"**", upPower},
	LShift: {"<<", upShift}, RShift: {">>", upShift}, BitOr: {"|", upBOr}, BitXor: {"^", upBXor},
	BitAnd: {"&", upBAnd},
}

var unparseCmpOps = map[CmpOperator]string{Eq: "==", NotEq: "!=", Lt: "<", LtE: "<=", Gt: ">", GtE: ">=",
	Is: "is", IsNot: "is not", In: "in", NotIn: "not in"}

func (u *unparser) paren(need bool, f func()) {
	if need {
		u.b.WriteByte('(')
	}
	f()
	if need {
		u.b.WriteByte(')')
	}
}

func (u *unparser) list(items []ExprNode) {
	for i, x := range items {
		if i > 0 {
			u.b.WriteString(", ")
		}
		u.expr(x, upTest)
	}
}

func (u *unparser) expr(e ExprNode, prec int) {
	switch x := e.(type) {
	case *Name:
		u.b.WriteString(x.Id)
	case *Constant:
		if _, isEllipsis := x.Value.(EllipsisValue); isEllipsis {
			u.b.WriteString("...")
			return
		}
		u.b.WriteString(valueRepr(x.Value))
	case *Attribute:
		u.expr(x.Value, upAtom)
		u.b.WriteString("." + x.Attr)
	case *Subscript:
		u.expr(x.Value, upAtom)
		u.b.WriteByte('[')
		if t, ok := x.Slice.(*Tuple); ok && len(t.Elts) > 0 {
			u.list(t.Elts)
			if len(t.Elts) == 1 {
				u.b.WriteByte(',')
			}
		} else {
			u.expr(x.Slice, upTuple)
		}
		u.b.WriteByte(']')
	case *Slice:
		if x.Lower != nil {
			u.expr(x.Lower, upTest)
		}
		u.b.WriteByte(':')
		if x.Upper != nil {
			u.expr(x.Upper, upTest)
		}
		if x.Step != nil {
			u.b.WriteByte(':')
			u.expr(x.Step, upTest)
		}
	case *Tuple:
		u.paren(true, func() {
			u.list(x.Elts)
			if len(x.Elts) == 1 {
				u.b.WriteByte(',')
			}
		})
	case *List:
		u.b.WriteByte('[')
		u.list(x.Elts)
		u.b.WriteByte(']')
	case *Set:
		u.b.WriteByte('{')
		u.list(x.Elts)
		u.b.WriteByte('}')
	case *Dict:
		u.b.WriteByte('{')
		for i, k := range x.Keys {
			if i > 0 {
				u.b.WriteString(", ")
			}
			if k == nil {
				u.b.WriteString("**")
				u.expr(x.Values[i], upBOr)
				continue
			}
			u.expr(k, upTest)
			u.b.WriteString(": ")
			u.expr(x.Values[i], upTest)
		}
		u.b.WriteByte('}')
	case *Starred:
		u.b.WriteByte('*')
		u.expr(x.Value, upExpr)
	case *Call:
		u.expr(x.Func, upAtom)
		u.b.WriteByte('(')
		n := 0
		for _, a := range x.Args {
			if n > 0 {
				u.b.WriteString(", ")
			}
			u.expr(a, upTest)
			n++
		}
		for _, k := range x.Keywords {
			if n > 0 {
				u.b.WriteString(", ")
			}
			if k.Arg == "" {
				u.b.WriteString("**")
			} else {
				u.b.WriteString(k.Arg + "=")
			}
			u.expr(k.Value, upTest)
			n++
		}
		u.b.WriteByte(')')
	case *BinOp:
		op := unparseBinOps[x.Op]
		u.paren(prec > op.prec, func() {
			left, right := op.prec, op.prec+1
			if x.Op == Pow { // right-associative
				left, right = op.prec+1, op.prec
			}
			u.expr(x.Left, left)
			u.b.WriteString(" " + op.text + " ")
			u.expr(x.Right, right)
		})
	case *UnaryOp:
		text, p := map[UnaryOperator]string{Not: "not ", UAdd: "+", USub: "-", Invert: "~"}[x.Op], upFactor
		if x.Op == Not {
			p = upNot
		}
		u.paren(prec > p, func() {
			u.b.WriteString(text)
			u.expr(x.Operand, p)
		})
	case *BoolOp:
		p, text := upAnd, " and "
		if x.Op == Or {
			p, text = upOr, " or "
		}
		u.paren(prec > p, func() {
			for i, v := range x.Values {
				if i > 0 {
					u.b.WriteString(text)
				}
				u.expr(v, p+1)
			}
		})
	case *Compare:
		u.paren(prec > upCmp, func() {
			u.expr(x.Left, upCmp+1)
			for i, op := range x.Ops {
				u.b.WriteString(" " + unparseCmpOps[op] + " ")
				u.expr(x.Comparators[i], upCmp+1)
			}
		})
	case *IfExp:
		u.paren(prec > upTest, func() {
			u.expr(x.Body, upTest+1)
			u.b.WriteString(" if ")
			u.expr(x.Test, upTest+1)
			u.b.WriteString(" else ")
			u.expr(x.Orelse, upTest)
		})
	default:
		u.ok = false
	}
}
