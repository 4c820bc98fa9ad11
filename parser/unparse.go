package parser

import "strings"

// Unparse renders an expression as CPython's compiler does for the text
// PEP 563 stores for a postponed annotation (its C unparser, which differs
// from ast.unparse in details: "lambda*a: a"). ok is false only for a
// tree the parser cannot make.
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
	upAwait
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
		if len(x.Elts) == 0 {
			u.b.WriteString("()")
			return
		}
		u.paren(prec > upTuple, func() {
			u.list(x.Elts)
			if len(x.Elts) == 1 {
				u.b.WriteByte(',')
			}
		})
	case *Lambda:
		u.paren(prec > upTest, func() {
			a := x.Args
			if len(a.Args)+len(a.Posonlyargs) > 0 {
				u.b.WriteString("lambda ")
			} else {
				u.b.WriteString("lambda")
			}
			u.args(a)
			u.b.WriteString(": ")
			u.expr(x.Body, upTest)
		})
	case *Yield:
		if x.Value == nil {
			u.b.WriteString("(yield)")
			return
		}
		u.b.WriteString("(yield ")
		u.expr(x.Value, upTest)
		u.b.WriteByte(')')
	case *YieldFrom:
		u.b.WriteString("(yield from ")
		u.expr(x.Value, upTest)
		u.b.WriteByte(')')
	case *Await:
		u.paren(prec > upAwait, func() {
			u.b.WriteString("await ")
			u.expr(x.Value, upAtom)
		})
	case *NamedExpr:
		u.paren(prec > upTuple, func() {
			u.expr(x.Target, upAtom)
			u.b.WriteString(" := ")
			u.expr(x.Value, upAtom)
		})
	case *ListComp:
		u.comprehension("[", x.Elt, nil, x.Generators, "]")
	case *SetComp:
		u.comprehension("{", x.Elt, nil, x.Generators, "}")
	case *DictComp:
		u.comprehension("{", x.Key, x.Value, x.Generators, "}")
	case *GeneratorExp:
		u.comprehension("(", x.Elt, nil, x.Generators, ")")
	case *JoinedStr:
		u.b.WriteString("f" + strRepr(u.fstringBody(x.Values)))
	case *FormattedValue:
		u.b.WriteString("f" + strRepr(u.fstringBody([]ExprNode{x})))
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
		if len(x.Args) == 1 && len(x.Keywords) == 0 {
			if g, ok := x.Args[0].(*GeneratorExp); ok {
				u.expr(g, upTest) // f(x for x in y): the genexp's parentheses
				return
			}
		}
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

// args renders a lambda's parameters.
func (u *unparser) args(a *Arguments) {
	first := true
	sep := func() {
		if !first {
			u.b.WriteString(", ")
		}
		first = false
	}
	positional := append(append([]*Arg{}, a.Posonlyargs...), a.Args...)
	for i, p := range positional {
		sep()
		u.b.WriteString(p.Arg)
		if d := i - len(positional) + len(a.Defaults); d >= 0 {
			u.b.WriteByte('=')
			u.expr(a.Defaults[d], upTest)
		}
		if len(a.Posonlyargs) > 0 && i+1 == len(a.Posonlyargs) {
			u.b.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		u.b.WriteByte('*')
		if a.Vararg != nil {
			u.b.WriteString(a.Vararg.Arg)
		}
	}
	for i, p := range a.Kwonlyargs {
		sep()
		u.b.WriteString(p.Arg)
		if d := i - len(a.Kwonlyargs) + len(a.KwDefaults); d >= 0 && a.KwDefaults[d] != nil {
			u.b.WriteByte('=')
			u.expr(a.KwDefaults[d], upTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.b.WriteString("**" + a.Kwarg.Arg)
	}
}

func (u *unparser) comprehension(open string, elt, value ExprNode, gens []*Comprehension, end string) {
	u.b.WriteString(open)
	u.expr(elt, upTest)
	if value != nil {
		u.b.WriteString(": ")
		u.expr(value, upTest)
	}
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.b.WriteString(" async for ")
		} else {
			u.b.WriteString(" for ")
		}
		u.expr(g.Target, upTuple)
		u.b.WriteString(" in ")
		u.expr(g.Iter, upTest+1)
		for _, c := range g.Ifs {
			u.b.WriteString(" if ")
			u.expr(c, upTest+1)
		}
	}
	u.b.WriteString(end)
}

// fstringBody renders the inside of an f-string (or of a format spec):
// literal text with its braces doubled, and the replacement fields.
func (u *unparser) fstringBody(values []ExprNode) string {
	var b strings.Builder
	for _, v := range values {
		switch v := v.(type) {
		case *Constant:
			s, _ := v.Value.(string)
			b.WriteString(strings.NewReplacer("{", "{{", "}", "}}").Replace(s))
		case *JoinedStr:
			b.WriteString(u.fstringBody(v.Values))
		case *FormattedValue:
			inner := unparser{ok: true}
			// Above a lambda's precedence, so its ':' is parenthesized.
			inner.expr(v.Value, upTest+1)
			if !inner.ok {
				u.ok = false
			}
			text := inner.b.String()
			if strings.HasPrefix(text, "{") {
				b.WriteString("{ ")
			} else {
				b.WriteString("{")
			}
			b.WriteString(text)
			if v.Conversion > 0 {
				b.WriteString("!" + string(rune(v.Conversion)))
			}
			if v.FormatSpec != nil {
				b.WriteByte(':')
				if js, ok := v.FormatSpec.(*JoinedStr); ok {
					b.WriteString(u.fstringBody(js.Values))
				} else {
					b.WriteString(u.fstringBody([]ExprNode{v.FormatSpec}))
				}
			}
			b.WriteByte('}')
		default:
			u.ok = false
		}
	}
	return b.String()
}
