package parser

import "strconv"

func itoa(n int) string { return strconv.Itoa(n) }

// tryMatch parses a match statement if the current "match" starts one; it
// returns nil, with the position unchanged, when "match" is a plain name.
// Like CPython's PEG parser it decides by trying: a subject followed by
// ':' NEWLINE makes it a match statement.
func (p *parser) tryMatch() StmtNode {
	start := p.i
	var subject ExprNode
	ok := p.try(func() {
		p.i++
		if !p.canStartExpr() || p.peek() == kwYield {
			p.syntaxError()
		}
		sstart := p.i
		first := p.starNamedExpression()
		if p.peek() == tComma {
			elts := []ExprNode{first}
			for p.accept(tComma) {
				if p.peek() == tColon {
					break
				}
				elts = append(elts, p.starNamedExpression())
			}
			subject = &Tuple{Pos: p.from(sstart), Elts: elts, Ctx: Load}
		} else {
			if _, isStar := first.(*Starred); isStar {
				p.syntaxError()
			}
			subject = first
		}
		if p.peek() != tColon || p.peekN(1) != tNewline {
			p.syntaxError()
		}
	})
	if !ok {
		p.i = start
		return nil
	}
	line, _ := p.startOf(start)
	p.i += 2 // ':' NEWLINE
	if p.peek() != tIndent {
		p.failIndent(p.i, "expected an indented block after 'match' statement on line "+itoa(line))
	}
	p.i++
	m := &Match{Subject: subject}
	for p.peek() != tDedent && p.peek() != tEndMarker {
		if !p.isName(p.i, "case") {
			p.syntaxError()
		}
		cline, _ := p.startOf(p.i)
		p.i++
		c := &MatchCase{Pattern: p.patterns()}
		if p.accept(kwIf) {
			c.Guard = p.namedExpression()
		}
		c.Body = p.block("'case' statement", cline)
		m.Cases = append(m.Cases, c)
	}
	p.accept(tDedent)
	m.Pos = p.startPos(start)
	m.EndLineno, m.EndColOffset = p.blockEnd()
	return m
}

func (p *parser) patterns() PatternNode {
	start := p.i
	first := p.maybeStarPattern()
	if p.peek() != tComma {
		if _, ok := first.(*MatchStar); ok {
			p.failNode(first, "invalid syntax")
		}
		return first
	}
	pats := []PatternNode{first}
	for p.accept(tComma) {
		if p.peek() == tColon || p.peek() == kwIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.from(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() PatternNode {
	if p.peek() != tStar {
		return p.pattern()
	}
	start := p.i
	p.i++
	if p.peek() != tName {
		p.syntaxError()
	}
	name := p.text(p.i)
	p.i++
	if name == "_" {
		name = ""
	}
	return &MatchStar{Pos: p.from(start), Name: name}
}

func (p *parser) pattern() PatternNode {
	start := p.i
	or := p.orPattern()
	if !p.accept(kwAs) {
		return or
	}
	if p.peek() != tName {
		p.failAt(p.i, "invalid pattern target")
	}
	name := p.text(p.i)
	if name == "_" {
		p.failAt(p.i, "cannot use '_' as a target")
	}
	p.i++
	return &MatchAs{Pos: p.from(start), Pattern: or, Name: name}
}

func (p *parser) orPattern() PatternNode {
	start := p.i
	first := p.closedPattern()
	if p.peek() != tVbar {
		return first
	}
	pats := []PatternNode{first}
	for p.accept(tVbar) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.from(start), Patterns: pats}
}

// literalExpr parses a literal usable as a pattern value or mapping key:
// a signed number, a complex number a±bj, or strings.
func (p *parser) literalExpr() ExprNode {
	start := p.i
	switch p.peek() {
	case tString:
		e := p.strings()
		if _, ok := e.(*JoinedStr); ok {
			p.failNode(e, "patterns may only match literals and attribute lookups")
		}
		return e
	case kwNone, kwTrue, kwFalse:
		return p.atom()
	}
	var left ExprNode
	if p.peek() == tMinus {
		p.i++
		if p.peek() != tNumber {
			p.syntaxError()
		}
		p.i++
		c := &Constant{Pos: p.from(start + 1), Value: p.number(start + 1)}
		left = &UnaryOp{Pos: p.from(start), Op: USub, Operand: c}
	} else if p.peek() == tNumber {
		p.i++
		left = &Constant{Pos: p.from(start), Value: p.number(start)}
	} else {
		p.syntaxError()
	}
	if k := p.peek(); k == tPlus || k == tMinus {
		op := Add
		if k == tMinus {
			op = Sub
		}
		p.i++
		if p.peek() != tNumber {
			p.syntaxError()
		}
		ri := p.i
		p.i++
		v := p.number(ri)
		if _, ok := v.(complex128); !ok {
			p.failAt(ri, "imaginary number required in complex literal")
		}
		if c, ok := left.(*Constant); ok {
			if _, isC := c.Value.(complex128); isC {
				p.failNode(left, "real number required in complex literal")
			}
		}
		right := &Constant{Pos: p.from(ri), Value: v}
		return &BinOp{Pos: p.from(start), Left: left, Op: op, Right: right}
	}
	return left
}

// nameOrAttr parses NAME ('.' NAME)* as a Name or Attribute chain.
func (p *parser) nameOrAttr() ExprNode {
	start := p.i
	var e ExprNode = &Name{Pos: p.span(p.i, p.i), Id: p.text(p.i), Ctx: Load}
	p.i++
	for p.peek() == tDot {
		p.i++
		if p.peek() != tName {
			p.syntaxError()
		}
		p.i++
		e = &Attribute{Pos: p.from(start), Value: e, Attr: p.text(p.i - 1), Ctx: Load}
	}
	return e
}

func (p *parser) closedPattern() PatternNode {
	start := p.i
	switch p.peek() {
	case tNumber, tMinus, tString:
		e := p.literalExpr()
		return &MatchValue{Pos: *posOf(e), Value: e}
	case kwNone:
		p.i++
		return &MatchSingleton{Pos: p.from(start), Value: NoneValue{}}
	case kwTrue:
		p.i++
		return &MatchSingleton{Pos: p.from(start), Value: true}
	case kwFalse:
		p.i++
		return &MatchSingleton{Pos: p.from(start), Value: false}
	case tName:
		e := p.nameOrAttr()
		if p.peek() == tLpar {
			return p.classPattern(start, e)
		}
		if n, ok := e.(*Name); ok {
			if n.Id == "_" {
				return &MatchAs{Pos: n.Pos}
			}
			return &MatchAs{Pos: n.Pos, Name: n.Id}
		}
		return &MatchValue{Pos: *posOf(e), Value: e}
	case tLpar:
		p.i++
		if p.accept(tRpar) {
			return &MatchSequence{Pos: p.from(start), Patterns: []PatternNode{}}
		}
		first := p.maybeStarPattern()
		if p.accept(tRpar) {
			if _, ok := first.(*MatchStar); !ok {
				return first
			}
			return &MatchSequence{Pos: p.from(start), Patterns: []PatternNode{first}}
		}
		if p.peek() != tComma {
			p.syntaxError()
		}
		pats := []PatternNode{first}
		for p.accept(tComma) {
			if p.peek() == tRpar {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		if p.peek() != tRpar {
			p.syntaxError()
		}
		p.i++
		return &MatchSequence{Pos: p.from(start), Patterns: pats}
	case tLsqb:
		p.i++
		pats := []PatternNode{}
		for p.peek() != tRsqb {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(tComma) {
				break
			}
		}
		if p.peek() != tRsqb {
			p.syntaxError()
		}
		p.i++
		return &MatchSequence{Pos: p.from(start), Patterns: pats}
	case tLbrace:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

func (p *parser) mappingPattern() PatternNode {
	start := p.i
	p.i++
	m := &MatchMapping{Keys: []ExprNode{}, Patterns: []PatternNode{}}
	for p.peek() != tRbrace {
		if p.peek() == tDoubleStar {
			p.i++
			if p.peek() != tName {
				p.syntaxError()
			}
			m.Rest = p.text(p.i)
			p.i++
			p.accept(tComma)
			break
		}
		var key ExprNode
		if p.peek() == tName {
			key = p.nameOrAttr()
			if _, ok := key.(*Name); ok {
				p.syntaxError()
			}
		} else {
			key = p.literalExpr()
		}
		p.expect(tColon)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(tComma) {
			break
		}
	}
	if p.peek() != tRbrace {
		p.syntaxError()
	}
	p.i++
	m.Pos = p.from(start)
	return m
}

func (p *parser) classPattern(start int, cls ExprNode) PatternNode {
	p.i++ // '('
	c := &MatchClass{Cls: cls, Patterns: []PatternNode{}, KwdAttrs: []string{}, KwdPatterns: []PatternNode{}}
	for p.peek() != tRpar {
		if p.peek() == tName && p.peekN(1) == tEqual {
			c.KwdAttrs = append(c.KwdAttrs, p.text(p.i))
			p.i += 2
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				p.failNode(pat, "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.accept(tComma) {
			break
		}
	}
	if p.peek() != tRpar {
		p.syntaxError()
	}
	p.i++
	c.Pos = p.from(start)
	return c
}
