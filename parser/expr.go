package parser

import "fmt"

// canStartExpr reports whether the current token can begin an expression.
func (p *parser) canStartExpr() bool {
	switch p.peek() {
	case tName, tNumber, tString, tLpar, tLsqb, tLbrace, tMinus, tPlus, tTilde, tStar,
		kwNot, kwLambda, kwAwait, kwTrue, kwFalse, kwNone, tEllipsis, kwYield:
		return true
	}
	return false
}

// starExpressions: star_expression (',' star_expression)* [','], a Tuple
// when there is a comma.
func (p *parser) starExpressions() ExprNode {
	start := p.i
	first := p.starExpression()
	if p.peek() != tComma {
		return first
	}
	elts := []ExprNode{first}
	for p.accept(tComma) {
		if !p.canStartExpr() || p.peek() == kwYield {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.from(start), Elts: elts, Ctx: Load}
}

func (p *parser) starExpression() ExprNode {
	if p.peek() == tStar {
		start := p.i
		p.i++
		v := p.bitOr()
		return &Starred{Pos: p.from(start), Value: v, Ctx: Load}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() ExprNode {
	if p.peek() == tStar {
		start := p.i
		p.i++
		v := p.bitOr()
		return &Starred{Pos: p.from(start), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

func (p *parser) namedExpression() ExprNode {
	if p.peek() == tName && p.peekN(1) == tColonEqual {
		start := p.i
		target := &Name{Pos: p.span(start, start), Id: p.text(start), Ctx: Store}
		p.i += 2
		v := p.expression()
		return &NamedExpr{Pos: p.from(start), Target: target, Value: v}
	}
	e := p.expression()
	switch p.peek() {
	case tColonEqual:
		p.failNode(e, fmt.Sprintf("cannot use assignment expressions with %s", describe(e)))
	case tEqual:
		if !p.inCallArg && p.peekN(1) != tEqual {
			p.equalsHint(e)
		}
	}
	return e
}

// maxDepth bounds the parser's recursion (CPython's parser has a similar
// limit); Go stacks are large but not unbounded, and fuzzers find
// "-" * 10**6 quickly.
const maxDepth = 2000

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.failAt(p.i, "too many nested parentheses")
	}
}

func (p *parser) expression() ExprNode {
	p.enter()
	e := p.expression1()
	p.depth--
	return e
}

func (p *parser) expression1() ExprNode {
	if p.peek() == kwLambda {
		return p.lambda()
	}
	start := p.i
	d := p.disjunction()
	if p.peek() == kwIf {
		p.i++
		test := p.disjunction()
		if p.peek() != kwElse {
			p.failNode(d, "expected 'else' after 'if' expression")
		}
		p.i++
		orelse := p.expression()
		return &IfExp{Pos: p.from(start), Test: test, Body: d, Orelse: orelse}
	}
	return d
}

func (p *parser) lambda() ExprNode {
	start := p.i
	p.i++
	args := p.parameters(tColon)
	p.expect(tColon)
	body := p.expression()
	return &Lambda{Pos: p.from(start), Args: args, Body: body}
}

// Operator precedence, loosest first: the levels of CPython's grammar from
// disjunction down to term, parsed by one precedence-climbing loop (opExpr)
// instead of one function per level, which keeps the call chain per operand
// short.
const (
	precOr    int8 = 1
	precAnd   int8 = 2
	precNot   int8 = 3
	precCmp   int8 = 4
	precBitOr int8 = 5 // binary operators occupy 5 (|) to 10 (* / // % @)
)

func (p *parser) disjunction() ExprNode {
	start := p.i
	e := p.opExpr(precOr)
	p.lastDisj = start
	return e
}

func (p *parser) bitOr() ExprNode { return p.opExpr(precBitOr) }

// opExpr parses an expression whose operators all bind at least as tightly
// as minPrec. It builds BoolOp and Compare chains n-ary, as CPython does,
// but never merges into an operand that came parenthesised.
func (p *parser) opExpr(minPrec int8) ExprNode {
	start := p.i
	var left ExprNode
	if p.peek() == kwNot && minPrec <= precNot {
		p.i++
		p.enter()
		v := p.opExpr(precNot)
		p.depth--
		left = &UnaryOp{Pos: p.from(start), Op: Not, Operand: v}
	} else {
		left = p.factor()
	}
	var chain ExprNode // the BoolOp or Compare this loop built last
	for {
		k := p.peek()
		if int(k) < len(binOps) {
			if b := binOps[k]; b.prec != 0 && b.prec+precBitOr-1 >= minPrec {
				p.i++
				right := p.opExpr(b.prec + precBitOr)
				bo := p.a.binops.alloc()
				*bo = BinOp{Pos: p.from(start), Left: left, Op: b.op, Right: right}
				left, chain = bo, nil
				continue
			}
		}
		switch {
		case minPrec <= precCmp:
			op, n := p.compOp()
			if n == 0 {
				break
			}
			c, ok := chain.(*Compare)
			if !ok || ExprNode(c) != left {
				c = &Compare{Left: left}
			}
			p.i += n
			c.Ops = append(c.Ops, op)
			c.Comparators = append(c.Comparators, p.opExpr(precBitOr))
			c.Pos = p.from(start)
			left, chain = c, c
			continue
		}
		if k == kwAnd && minPrec <= precAnd || k == kwOr && minPrec <= precOr {
			op, operand := And, precNot
			if k == kwOr {
				op, operand = Or, precAnd
			}
			p.i++
			right := p.opExpr(operand)
			b, ok := chain.(*BoolOp)
			if !ok || ExprNode(b) != left || b.Op != op {
				b = &BoolOp{Op: op, Values: []ExprNode{left}}
			}
			b.Values = append(b.Values, right)
			b.Pos = p.from(start)
			left, chain = b, b
			continue
		}
		return left
	}
}

func (p *parser) compOp() (CmpOperator, int) {
	switch p.peek() {
	case tEqEqual:
		return Eq, 1
	case tNotEqual:
		if p.text(p.i) == "<>" {
			p.syntaxError()
		}
		return NotEq, 1
	case tLess:
		return Lt, 1
	case tLessEqual:
		return LtE, 1
	case tGreater:
		return Gt, 1
	case tGreaterEqual:
		return GtE, 1
	case kwIn:
		return In, 1
	case kwNot:
		if p.peekN(1) == kwIn {
			return NotIn, 2
		}
	case kwIs:
		if p.peekN(1) == kwNot {
			return IsNot, 2
		}
		return Is, 1
	}
	return 0, 0
}

var binOps = [...]struct {
	op   Operator
	prec int8
}{
	tVbar: {BitOr, 1}, tCircumflex: {BitXor, 2}, tAmper: {BitAnd, 3},
	tLeftShift: {LShift, 4}, tRightShift: {RShift, 4},
	tPlus: {Add, 5}, tMinus: {Sub, 5},
	tStar: {Mult, 6}, tSlash: {Div, 6}, tDoubleSlash: {FloorDiv, 6}, tPercent: {Mod, 6}, tAt: {MatMult, 6},
	kwLast: {},
}

func (p *parser) factor() ExprNode {
	var op UnaryOperator
	switch p.peek() {
	case tPlus:
		op = UAdd
	case tMinus:
		op = USub
	case tTilde:
		op = Invert
	default:
		return p.power()
	}
	start := p.i
	p.i++
	p.enter()
	v := p.factor()
	p.depth--
	return &UnaryOp{Pos: p.from(start), Op: op, Operand: v}
}

func (p *parser) power() ExprNode {
	var left ExprNode
	start := p.i
	if p.peek() == kwAwait {
		p.i++
		v := p.primary()
		left = &Await{Pos: p.from(start), Value: v}
	} else {
		left = p.primary()
	}
	if p.peek() == tDoubleStar {
		p.i++
		p.enter()
		right := p.factor()
		p.depth--
		return &BinOp{Pos: p.from(start), Left: left, Op: Pow, Right: right}
	}
	return left
}

func (p *parser) primary() ExprNode {
	start := p.i
	e := p.atom()
	for {
		switch p.peek() {
		case tDot:
			p.i++
			if p.peek() != tName {
				p.syntaxError()
			}
			p.i++
			a := p.a.attrs.alloc()
			*a = Attribute{Pos: p.from(start), Value: e, Attr: p.text(p.i - 1), Ctx: Load}
			e = a
		case tLpar:
			lpar := p.i
			p.i++
			e = p.callArgs(e, lpar, start)
		case tLsqb:
			p.i++
			s := p.slices()
			if p.peek() != tRsqb {
				p.syntaxError()
			}
			p.i++
			e = &Subscript{Pos: p.from(start), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

// callArgs parses call arguments after '(' through ')'. fn may be nil for a
// class's bases.
func (p *parser) callArgs(fn ExprNode, lpar, fnStart int) *Call {
	c := p.a.calls.alloc()
	*c = Call{Func: fn, Keywords: []*Keyword{}}
	mark := len(p.a.exprStack)
	seenKw, seenKwUnpack := false, false
	for p.peek() != tRpar {
		start := p.i
		switch {
		case p.peek() == tStar:
			p.i++
			v := p.expression()
			if seenKwUnpack {
				p.failAt(start, "iterable argument unpacking follows keyword argument unpacking")
			}
			p.a.exprStack = append(p.a.exprStack, &Starred{Pos: p.from(start), Value: v, Ctx: Load})
		case p.peek() == tDoubleStar:
			p.i++
			v := p.expression()
			k := p.a.kws.alloc()
			*k = Keyword{Pos: p.from(start), Value: v}
			c.Keywords = append(c.Keywords, k)
			seenKwUnpack = true
		case p.peek() == tName && p.peekN(1) == tEqual:
			name := p.text(p.i)
			p.i += 2
			v := p.expression()
			k := p.a.kws.alloc()
			*k = Keyword{Pos: p.from(start), Arg: name, Value: v}
			c.Keywords = append(c.Keywords, k)
			seenKw = true
		default:
			if p.peek().isKeyword() && p.peekN(1) == tEqual && p.peek() != kwNot {
				p.failAt(p.i, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			p.inCallArg = true
			e := p.namedExpression()
			p.inCallArg = false
			if (p.peek() == kwFor || p.peek() == kwAsync && p.peekN(1) == kwFor) && !p.noGenexp {
				gens := p.comprehensions()
				if len(p.a.exprStack) > mark || len(c.Keywords) > 0 || p.peek() != tRpar {
					if p.peek() == tComma && p.peekN(1) == tRpar && len(p.a.exprStack) == mark && len(c.Keywords) == 0 {
						p.failNode(e, "Generator expression must be parenthesized")
					}
					p.failNode(e, "Generator expression must be parenthesized")
				}
				g := &GeneratorExp{Elt: e, Generators: gens}
				g.Pos = p.span(lpar, p.i)
				p.a.exprStack = append(p.a.exprStack, g)
				break
			}
			if p.peek() == tEqual {
				p.failNode(e, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if seenKwUnpack {
				p.failAt(p.i, "positional argument follows keyword argument unpacking")
			} else if seenKw {
				p.failAt(p.i, "positional argument follows keyword argument")
			}
			p.a.exprStack = append(p.a.exprStack, e)
		}
		if !p.accept(tComma) {
			break
		}
	}
	if p.peek() != tRpar {
		p.syntaxError()
	}
	p.i++
	c.Args = p.a.exprList(mark)
	if fn != nil {
		c.Pos = p.from(fnStart)
	}
	return c
}

func (p *parser) slices() ExprNode {
	start := p.i
	first := p.slice()
	if p.peek() != tComma {
		if _, ok := first.(*Starred); ok {
			return &Tuple{Pos: *posOf(first), Elts: []ExprNode{first}, Ctx: Load}
		}
		return first
	}
	elts := []ExprNode{first}
	for p.accept(tComma) {
		if p.peek() == tRsqb {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Pos: p.from(start), Elts: elts, Ctx: Load}
}

func (p *parser) slice() ExprNode {
	start := p.i
	if p.peek() == tStar {
		p.i++
		v := p.bitOr()
		return &Starred{Pos: p.from(start), Value: v, Ctx: Load}
	}
	s := &Slice{}
	if p.peek() != tColon {
		e := p.namedExpression()
		if p.peek() != tColon {
			return e
		}
		s.Lower = e
	}
	p.i++ // ':'
	if k := p.peek(); k != tColon && k != tComma && k != tRsqb {
		s.Upper = p.expression()
	}
	if p.accept(tColon) {
		if k := p.peek(); k != tComma && k != tRsqb {
			s.Step = p.expression()
		}
	}
	s.Pos = p.from(start)
	return s
}

func (p *parser) atom() ExprNode {
	start := p.i
	switch p.peek() {
	case tName:
		p.i++
		n := p.a.names.alloc()
		*n = Name{Pos: p.from(start), Id: p.text(start), Ctx: Load}
		return n
	case kwTrue:
		p.i++
		return p.constant(p.from(start), true)
	case kwFalse:
		p.i++
		return p.constant(p.from(start), false)
	case kwNone:
		p.i++
		return p.constant(p.from(start), NoneValue{})
	case tEllipsis:
		p.i++
		return p.constant(p.from(start), EllipsisValue{})
	case tNumber:
		p.i++
		return p.constant(p.from(start), p.number(start))
	case tString:
		return p.strings()
	case tLpar:
		return p.parenAtom()
	case tLsqb:
		p.i++
		if p.accept(tRsqb) {
			return &List{Pos: p.from(start), Elts: []ExprNode{}, Ctx: Load}
		}
		first := p.starNamedExpression()
		if p.peek() == kwFor || p.peek() == kwAsync && p.peekN(1) == kwFor {
			p.noStarred(first, "list comprehension")
			gens := p.comprehensions()
			if p.peek() != tRsqb {
				p.syntaxError()
			}
			p.i++
			return &ListComp{Pos: p.from(start), Elt: first, Generators: gens}
		}
		elts := p.moreElts(first, tRsqb)
		return &List{Pos: p.from(start), Elts: elts, Ctx: Load}
	case tLbrace:
		return p.braceAtom()
	}
	if p.peek() == kwLambda {
		return p.lambda()
	}
	p.syntaxError()
	return nil
}

func (p *parser) noStarred(e ExprNode, what string) {
	if _, ok := e.(*Starred); ok {
		p.failNode(e, "iterable unpacking cannot be used in comprehension")
	}
}

// moreElts parses ", elt"* [","] closer after a display's first element.
func (p *parser) moreElts(first ExprNode, closer tokKind) []ExprNode {
	elts := []ExprNode{first}
	for p.accept(tComma) {
		if p.peek() == closer {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if p.peek() != closer {
		p.syntaxError()
	}
	p.i++
	return elts
}

// doubleStarredGroup refuses "( ** expression )", a group holding a
// double-starred expression, with CPython's message (its invalid_group
// rule); other uses of "**" after "(" stay plain syntax errors.
func (p *parser) doubleStarredGroup() {
	if p.peek() != tDoubleStar {
		return
	}
	at, read := p.i, len(p.toks)
	p.i++
	p.expression()
	if p.peek() == tRpar || p.peek() == tEndMarker {
		p.failAt(at, "cannot use double starred expression here")
	}
	// Not that rule: the generic error, as if this look-ahead never read.
	p.i, p.toks = at, p.toks[:read]
	p.syntaxError()
}

func (p *parser) parenAtom() ExprNode {
	start := p.i
	p.i++
	if p.accept(tRpar) {
		return &Tuple{Pos: p.from(start), Elts: []ExprNode{}, Ctx: Load}
	}
	if p.peek() == kwYield {
		e := p.yieldExpr()
		if p.peek() != tRpar {
			p.syntaxError()
		}
		p.i++
		return e
	}
	p.doubleStarredGroup()
	first := p.starNamedExpression()
	switch p.peek() {
	case tRpar:
		p.i++
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "cannot use starred expression here")
		}
		return first
	case kwFor, kwAsync:
		if p.peek() == kwAsync && p.peekN(1) != kwFor {
			p.syntaxError()
		}
		p.noStarred(first, "generator expression")
		gens := p.comprehensions()
		if p.peek() != tRpar {
			p.syntaxError()
		}
		p.i++
		return &GeneratorExp{Pos: p.from(start), Elt: first, Generators: gens}
	case tComma:
		elts := p.moreElts(first, tRpar)
		return &Tuple{Pos: p.from(start), Elts: elts, Ctx: Load}
	}
	p.syntaxError()
	return nil
}

func (p *parser) braceAtom() ExprNode {
	start := p.i
	p.i++
	if p.accept(tRbrace) {
		return &Dict{Pos: p.from(start), Keys: []ExprNode{}, Values: []ExprNode{}}
	}
	var firstKey ExprNode
	var firstVal ExprNode
	if p.peek() == tDoubleStar {
		p.i++
		firstVal = p.bitOr()
	} else {
		first := p.starNamedExpression()
		if p.peek() != tColon {
			// A set or set comprehension.
			if p.peek() == kwFor || p.peek() == kwAsync && p.peekN(1) == kwFor {
				p.noStarred(first, "set comprehension")
				gens := p.comprehensions()
				if p.peek() != tRbrace {
					p.syntaxError()
				}
				p.i++
				return &SetComp{Pos: p.from(start), Elt: first, Generators: gens}
			}
			elts := p.moreElts(first, tRbrace)
			return &Set{Pos: p.from(start), Elts: elts}
		}
		if _, ok := first.(*Starred); ok {
			p.failNode(first, "cannot use a starred expression in a dictionary value")
		}
		p.i++
		if p.peek() == tStar {
			p.failAt(p.i, "cannot use a starred expression in a dictionary value")
		}
		firstKey = first
		firstVal = p.expression()
		if p.peek() == kwFor || p.peek() == kwAsync && p.peekN(1) == kwFor {
			gens := p.comprehensions()
			if p.peek() != tRbrace {
				p.syntaxError()
			}
			p.i++
			return &DictComp{Pos: p.from(start), Key: firstKey, Value: firstVal, Generators: gens}
		}
	}
	d := &Dict{Keys: []ExprNode{firstKey}, Values: []ExprNode{firstVal}}
	for p.accept(tComma) {
		if p.peek() == tRbrace {
			break
		}
		if p.accept(tDoubleStar) {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
			continue
		}
		k := p.expression()
		if p.peek() != tColon {
			if p.peek() == tComma || p.peek() == tRbrace {
				p.failNode(k, "':' expected after dictionary key")
			}
			p.syntaxError()
		}
		p.i++
		if p.peek() == tStar {
			p.failAt(p.i, "cannot use a starred expression in a dictionary value")
		}
		d.Keys = append(d.Keys, k)
		d.Values = append(d.Values, p.expression())
	}
	if p.peek() != tRbrace {
		p.syntaxError()
	}
	p.i++
	d.Pos = p.from(start)
	return d
}

func (p *parser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for {
		c := &Comprehension{Ifs: []ExprNode{}}
		if p.peek() == kwAsync && p.peekN(1) == kwFor {
			c.IsAsync = 1
			p.i++
		} else if p.peek() != kwFor {
			return gens
		}
		p.i++
		c.Target = p.starTargets()
		if p.peek() != kwIn {
			p.syntaxError()
		}
		p.i++
		c.Iter = p.disjunction()
		for p.accept(kwIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}

func (p *parser) yieldExpr() ExprNode {
	start := p.i
	p.i++
	if p.accept(kwFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.from(start), Value: v}
	}
	y := &Yield{}
	if p.canStartExpr() && p.peek() != kwYield {
		y.Value = p.starExpressions()
	}
	y.Pos = p.from(start)
	return y
}

// starTarget parses one assignment target ('*' allowed) in Store context.
func (p *parser) starTarget() ExprNode {
	var t ExprNode
	if p.peek() == tStar {
		start := p.i
		p.i++
		p.enter()
		v := p.starTarget()
		p.depth--
		t = &Starred{Pos: p.from(start), Value: v, Ctx: Store}
	} else {
		t = p.bitOr()
	}
	p.setCtx(t, Store)
	return t
}

// starTargets parses star_targets: a Tuple in Store context when there is a comma.
func (p *parser) starTargets() ExprNode {
	start := p.i
	first := p.starTarget()
	if p.peek() != tComma {
		return first
	}
	elts := []ExprNode{first}
	for p.accept(tComma) {
		if k := p.peek(); k == kwIn || k == tEqual || k == tRpar || k == tColon {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Pos: p.from(start), Elts: elts, Ctx: Store}
}

// setCtx marks e as an assignment (Store) or deletion (Del) target,
// reporting CPython's error when e cannot be one.
func (p *parser) setCtx(e ExprNode, ctx ExprContext) {
	switch n := e.(type) {
	case *Name:
		n.Ctx = ctx
		return
	case *Attribute:
		n.Ctx = ctx
		return
	case *Subscript:
		n.Ctx = ctx
		return
	case *Starred:
		if ctx == Del {
			p.failNode(e, "cannot delete starred")
		}
		n.Ctx = ctx
		p.setCtx(n.Value, ctx)
		return
	case *Tuple:
		n.Ctx = ctx
		for _, x := range n.Elts {
			p.setCtx(x, ctx)
		}
		return
	case *List:
		n.Ctx = ctx
		for _, x := range n.Elts {
			p.setCtx(x, ctx)
		}
		return
	}
	verb := "assign to"
	if ctx == Del {
		verb = "delete"
	}
	switch e.(type) {
	case *Yield, *YieldFrom:
		if ctx == Store {
			p.failNode(e, "assignment to yield expression not possible")
		}
	}
	p.failNode(e, fmt.Sprintf("cannot %s %s", verb, describe(e)))
}

// describe names an expression kind as CPython's error messages do.
func describe(e ExprNode) string {
	switch n := e.(type) {
	case *Call:
		return "function call"
	case *Compare:
		return "comparison"
	case *Constant:
		switch n.Value.(type) {
		case NoneValue:
			return "None"
		case bool:
			if n.Value.(bool) {
				return "True"
			}
			return "False"
		case EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *JoinedStr:
		return "f-string expression"
	case *Lambda:
		return "lambda"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *Name:
		return "name"
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Tuple:
		return "tuple"
	case *List:
		return "list"
	}
	return "expression"
}

// constant makes a Constant node from the slab.
func (p *parser) constant(pos Pos, v Value) *Constant {
	c := p.a.consts.alloc()
	c.Pos, c.Value = pos, v
	return c
}

// equalsHint reports CPython's hint for "x = 1" where a named expression
// (an if or while condition, a subscript, a display element) was expected.
func (p *parser) equalsHint(e ExprNode) {
	switch n := e.(type) {
	case *Name:
		p.failNode(e, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	case *List, *Tuple, *GeneratorExp, *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr:
		return
	case *UnaryOp:
		if n.Op == Not {
			return
		}
	case *Constant:
		switch n.Value.(type) {
		case bool, NoneValue:
			return
		}
	}
	p.failNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(e)))
}
