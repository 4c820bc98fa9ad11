package parser

import (
	"bytes"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxIntLiteralDigits is CPython's default sys.get_int_max_str_digits(),
// which its compiler applies to decimal int literals.
const maxIntLiteralDigits = 4300

// number converts NUMBER token i to its value.
func (p *parser) number(i int) Value {
	text := p.text(i)
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, _ := strconv.ParseFloat(text[:len(text)-1], 64)
		return complex(0, f)
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			if v, err := strconv.ParseInt(text[2:], base, 64); err == nil {
				return v
			}
			b, _ := new(big.Int).SetString(text[2:], base)
			return b
		}
	}
	if strings.ContainsAny(text, ".eE") {
		f, _ := strconv.ParseFloat(text, 64)
		return f
	}
	if v, err := strconv.ParseInt(text, 10, 64); err == nil {
		return v
	}
	if len(text) > maxIntLiteralDigits {
		l, c := p.startOf(i)
		panic(bailout{err: p.errAt(l, c, fmt.Sprintf("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", maxIntLiteralDigits, len(text))), final: true})
	}
	b, _ := new(big.Int).SetString(text, 10)
	return b
}

// fstate accumulates the values of a JoinedStr being built.
type fstate struct {
	values []ExprNode
	lit    []byte
}

func (fs *fstate) flush(p *parser) {
	if len(fs.lit) > 0 {
		c := &Constant{Value: string(fs.lit)}
		p.fpos = append(p.fpos, &c.Pos)
		fs.values = append(fs.values, c)
		fs.lit = fs.lit[:0]
	}
}

// strings parses one or more adjacent STRING tokens into a Constant or,
// when any is an f-string, a JoinedStr.
func (p *parser) strings() ExprNode {
	start := p.i
	// Fast path: one plain '...' or "..." token without escapes.
	if t := p.tok(p.i); p.peekN(1) != tString {
		q := p.src[t.Start]
		if q == '"' || q == '\'' {
			body := p.src[t.Start+1 : t.End-1]
			if len(body) >= 2 && body[0] == q && body[1] == q {
				body = body[2 : len(body)-2] // triple-quoted
			}
			if bytes.IndexByte(body, '\\') < 0 {
				p.i++
				return p.constant(p.from(start), string(body))
			}
		}
	}
	src := p.src
	// Borrow the scratch buffer; a nested f-string gets a fresh one.
	fs := fstate{lit: p.a.lit[:0]}
	p.a.lit = nil
	defer func() { p.a.lit = fs.lit[:0] }()
	isBytes, hasF, kindU := false, false, false
	fposMark := len(p.fpos)
	for p.peek() == tString {
		t := p.tok(p.i)
		q := int(t.Start)
		raw, b, f := false, false, false
		for src[q] != '"' && src[q] != '\'' {
			switch src[q] | 0x20 {
			case 'r':
				raw = true
			case 'b':
				b = true
			case 'f':
				f = true
			case 'u':
				if p.i == start {
					kindU = true
				}
			}
			q++
		}
		if p.i == start {
			isBytes = b
		} else if b != isBytes {
			p.failStr("cannot mix bytes and nonbytes literals")
		}
		ql := 1
		if int(t.End)-q >= 6 && src[q+1] == src[q] && src[q+2] == src[q] {
			ql = 3
		}
		bodyStart, bodyEnd := q+ql, int(t.End)-ql
		if f {
			hasF = true
			p.fstringParts(bodyStart, bodyEnd, raw, false, 0, &fs, t)
		} else if raw {
			if b {
				p.checkASCII(bodyStart, bodyEnd, t)
			}
			fs.lit = append(fs.lit, src[bodyStart:bodyEnd]...)
		} else {
			fs.lit = p.decodeEscapes(fs.lit, bodyStart, bodyEnd, b, t)
		}
		p.i++
	}
	pos := p.from(start)
	if !hasF {
		c := p.constant(pos, nil)
		if isBytes {
			c.Value = Bytes(append([]byte(nil), fs.lit...))
		} else {
			c.Value = string(fs.lit)
		}
		if kindU {
			c.Kind = "u"
		}
		return c
	}
	fs.flush(p)
	if fs.values == nil {
		fs.values = []ExprNode{}
	}
	for _, fp := range p.fpos[fposMark:] {
		*fp = pos
	}
	p.fpos = p.fpos[:fposMark]
	return &JoinedStr{Pos: pos, Values: fs.values}
}

func lineAt(ls []int32, off int) int32 {
	lo, hi := 0, len(ls)
	for hi-lo > 1 {
		m := (lo + hi) / 2
		if int(ls[m]) <= off {
			lo = m
		} else {
			hi = m
		}
	}
	return int32(lo + 1)
}

func (p *parser) checkASCII(s, e int, t *token) {
	for i := s; i < e; i++ {
		if p.src[i] >= 0x80 {
			p.failAt(p.i, "bytes can only contain ASCII literal characters")
		}
	}
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// appendCodePoint appends r as UTF-8, writing lone surrogates in the
// generalised (WTF-8) form so that they survive into the Constant's value.
func appendCodePoint(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// decodeEscapes appends the value of a non-raw string body src[s:e].
func (p *parser) decodeEscapes(out []byte, s, e int, isBytes bool, t *token) []byte {
	src := p.src
	i := s
	// The first invalid escape (its backslash's offset, and whether it is
	// an octal escape above 0o377) is warned about, as CPython's
	// warn_invalid_escape_sequence does.
	invalid, octal := -1, false
	defer func() {
		if invalid >= 0 && p.warnings != nil {
			p.warnInvalidEscape(invalid, octal, t)
		}
	}()
	for i < e {
		c := src[i]
		if c != '\\' {
			if isBytes && c >= 0x80 {
				p.failAt(p.i, "bytes can only contain ASCII literal characters")
			}
			j := i + 1
			for j < e && src[j] != '\\' && (!isBytes || src[j] < 0x80) {
				j++
			}
			out = append(out, src[i:j]...)
			i = j
			continue
		}
		if i+1 >= e {
			out = append(out, '\\')
			i++
			continue
		}
		c = src[i+1]
		i += 2
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < e && src[i] >= '0' && src[i] <= '7'; k++ {
				v = v*8 + int(src[i]-'0')
				i++
			}
			if v > 0o377 && invalid < 0 {
				invalid, octal = i-4, true
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = appendCodePoint(out, rune(v))
			}
		case 'x', 'u', 'U':
			n := 2
			if !isBytes && c == 'u' {
				n = 4
			} else if !isBytes && c == 'U' {
				n = 8
			} else if isBytes && c != 'x' {
				if invalid < 0 {
					invalid = i - 2
				}
				out = append(out, '\\', c)
				continue
			}
			v := 0
			k := 0
			for ; k < n && i+k < e && hexVal(src[i+k]) >= 0; k++ {
				v = v*16 + hexVal(src[i+k])
			}
			if k < n {
				esc := map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[c]
				codec := "unicodeescape"
				if isBytes {
					p.failStr(fmt.Sprintf("(value error) invalid \\x escape at position %d", i-2-s))
				}
				p.failStr(fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: %s", codec, i-2-s, i-1-s+k, esc))
			}
			i += n
			if isBytes {
				out = append(out, byte(v))
			} else {
				if v > 0x10FFFF {
					p.failStr(fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: illegal Unicode character", i-n-2-s, i-1-s))
				}
				out = appendCodePoint(out, rune(v))
			}
		case 'N':
			if isBytes {
				if invalid < 0 {
					invalid = i - 2
				}
				out = append(out, '\\', c)
				continue
			}
			if i < e && src[i] == '{' {
				j := i + 1
				for j < e && src[j] != '}' {
					j++
				}
				if j < e && j > i+1 {
					if r, ok := lookupUnicodeName(string(src[i+1 : j])); ok {
						out = appendCodePoint(out, r)
						i = j + 1
						continue
					}
					p.failStr(fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: unknown Unicode character name", i-2-s, j-s))
				}
			}
			p.failStr(fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: malformed \\N character escape", i-2-s, i-1-s))
		default:
			// CPython's parser turns a backslash before a non-ASCII
			// character into a plain backslash first: no warning.
			if invalid < 0 && c < 0x80 {
				invalid = i - 2
			}
			out = append(out, '\\')
			i--
		}
	}
	return out
}

// warnInvalidEscape records the DeprecationWarning for the invalid escape
// at src[at] (a backslash) in string token t, once per token.
func (p *parser) warnInvalidEscape(at int, octal bool, t *token) {
	for _, w := range *p.warnings {
		if w.tok == t.Start {
			return
		}
	}
	var msg string
	if octal {
		msg = fmt.Sprintf("invalid octal escape sequence '\\%s'", p.src[at+1:at+4])
	} else {
		r, _ := utf8.DecodeRune(p.src[at+1:])
		msg = fmt.Sprintf("invalid escape sequence '\\%c'", r)
	}
	line, col := p.lc(t.Start, t.Line)
	endLine, endCol := p.lc(t.End, lineAt(*p.lineStarts, int(t.End)))
	*p.warnings = append(*p.warnings, Warning{Category: "DeprecationWarning", Msg: msg, Line: line, Col: col + 1, EndLine: endLine, EndCol: endCol + 1, tok: t.Start})
}

// fstringParts parses an f-string body, or a format spec when inSpec, from
// src[pos:end]. It returns the offset where it stopped: end, or the '}'
// closing the replacement field that owns the spec.
func (p *parser) fstringParts(pos, end int, raw, inSpec bool, nested int, fs *fstate, t *token) int {
	src := p.src
	for pos < end {
		c := src[pos]
		if c == '{' {
			if !inSpec && pos+1 < end && src[pos+1] == '{' {
				fs.lit = append(fs.lit, '{')
				pos += 2
				continue
			}
			pos = p.fstringField(pos+1, end, raw, nested, fs, t)
			continue
		}
		if c == '}' {
			if inSpec {
				return pos
			}
			if pos+1 < end && src[pos+1] == '}' {
				fs.lit = append(fs.lit, '}')
				pos += 2
				continue
			}
			p.failStr("f-string: single '}' is not allowed")
		}
		q := pos
		for q < end && src[q] != '{' && src[q] != '}' {
			if !raw && src[q] == '\\' && q+1 < end {
				if src[q+1] == 'N' && q+2 < end && src[q+2] == '{' {
					q += 3
					for q < end && src[q] != '}' {
						q++
					}
					if q < end {
						q++
					}
					continue
				}
				if src[q+1] == '{' || src[q+1] == '}' {
					q++
					continue
				}
				q += 2
				continue
			}
			q++
		}
		if raw {
			fs.lit = append(fs.lit, src[pos:q]...)
		} else {
			fs.lit = p.decodeEscapes(fs.lit, pos, q, false, t)
		}
		pos = q
	}
	if inSpec {
		p.failStr("f-string: expecting '}'")
	}
	return pos
}

// fstringField parses a replacement field starting just after its '{'.
func (p *parser) fstringField(pos, end int, raw bool, nested int, fs *fstate, t *token) int {
	src := p.src
	if nested >= 2 {
		p.failStr("f-string: expressions nested too deeply")
	}
	var stack []byte
	var quote byte
	triple := false
	q := pos
	for ; q < end; q++ {
		c := src[q]
		if c == '\\' {
			p.failStr("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if q+2 < end && src[q+1] == c && src[q+2] == c {
					quote = 0
					q += 2
				}
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = q+2 < end && src[q+1] == c && src[q+2] == c
			if triple {
				q += 2
			}
			continue
		case '(', '[', '{':
			stack = append(stack, c)
			continue
		case ')', ']', '}':
			if len(stack) == 0 {
				if c == '}' {
					goto done
				}
				p.failStr(fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			open := stack[len(stack)-1]
			if open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}' {
				p.failStr(fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open))
			}
			stack = stack[:len(stack)-1]
			continue
		case '#':
			p.failStr("f-string expression part cannot include '#'")
		}
		if len(stack) > 0 {
			continue
		}
		if c == '!' {
			if q+1 < end && src[q+1] == '=' {
				q++
				continue
			}
			goto done
		}
		if c == ':' {
			goto done
		}
		if c == '=' {
			if q+1 < end && src[q+1] == '=' {
				q++
				continue
			}
			if q > pos {
				if pc := src[q-1]; pc == '<' || pc == '>' || pc == '!' || pc == '=' {
					continue
				}
			}
			goto done
		}
	}
done:
	if quote != 0 {
		p.failStr("f-string: unterminated string")
	}
	if q >= end {
		if len(stack) > 0 {
			p.failStr(fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1]))
		}
		p.failStr("f-string: expecting '}'")
	}
	exprEnd := q
	blank := true
	for _, c := range src[pos:exprEnd] {
		if c != ' ' && c != '\t' && c != '\n' && c != '\f' {
			blank = false
			break
		}
	}
	if blank {
		p.failStr("f-string: empty expression not allowed")
	}
	e := p.fstringExpr(pos, exprEnd)
	conv := -1
	debug := false
	if src[q] == '=' {
		q++
		for q < end && (src[q] == ' ' || src[q] == '\t' || src[q] == '\n' || src[q] == '\f') {
			q++
		}
		fs.lit = append(fs.lit, src[pos:q]...)
		debug = true
	}
	if q < end && src[q] == '!' {
		q++
		if q >= end {
			p.failStr("f-string: expecting '}'")
		}
		switch src[q] {
		case 's', 'r', 'a':
			conv = int(src[q])
		default:
			p.failStr("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		q++
		if q >= end || src[q] != ':' && src[q] != '}' {
			p.failStr("f-string: expecting '}'")
		}
	}
	fv := &FormattedValue{Value: e, Conversion: conv}
	if q < end && src[q] == ':' {
		var spec fstate
		q = p.fstringParts(q+1, end, raw, true, nested+1, &spec, t)
		// CPython 3.11 gives the spec, and a literal ending it, the
		// position of the string token holding it; the other parts get
		// the whole concatenation's position.
		tpos := p.span(p.i, p.i)
		if len(spec.lit) > 0 {
			spec.values = append(spec.values, &Constant{Pos: tpos, Value: string(spec.lit)})
		}
		if spec.values == nil {
			spec.values = []ExprNode{}
		}
		fv.FormatSpec = &JoinedStr{Pos: tpos, Values: spec.values}
	}
	if q >= end || src[q] != '}' {
		p.failStr("f-string: expecting '}'")
	}
	if debug && conv == -1 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	fs.flush(p)
	p.fpos = append(p.fpos, &fv.Pos)
	fs.values = append(fs.values, fv)
	return q + 1
}

// fstringExpr parses the expression src[s:e] of a replacement field in
// place, so that its nodes get their true positions.
func (p *parser) fstringExpr(s, e int) (x ExprNode) {
	line := lineAt(*p.lineStarts, s)
	sub := &parser{src: p.src, lineStarts: p.lineStarts, filename: p.filename, fdepth: p.fdepth + 1, depth: p.depth, names: p.names, lastDisj: -1, a: p.a, warnings: p.warnings}
	sub.lx = newLexer(p.src, s, e, line, p.lineStarts, true)
	sub.lx.warns = p.warnings
	sub.toks = make([]token, 0, 8)
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			if !strings.HasPrefix(b.err.Msg, "f-string") {
				b.err.Msg = "f-string: " + b.err.Msg
			}
			panic(b)
		}
	}()
	// CPython compiles the field as "(" + expression + ")", so a lone
	// starred or double-starred expression is refused as in a group.
	sub.doubleStarredGroup()
	if sub.peek() == kwYield {
		x = sub.yieldExpr()
	} else {
		x = sub.starExpressions()
	}
	if sub.peek() != tEndMarker {
		sub.syntaxError()
	}
	if st, ok := x.(*Starred); ok {
		sub.failNode(st, "cannot use starred expression here")
	}
	if t, ok := x.(*Tuple); ok && sub.toks[0].Kind != tLpar || ok && !sameSpan(sub, t) {
		// CPython parses "(" + expr + ")", so a bare tuple takes in the
		// braces around it.
		ls := *p.lineStarts
		l1, l2 := lineAt(ls, s-1), lineAt(ls, e)
		t.Lineno, t.ColOffset = p.lc(int32(s-1), l1)
		t.EndLineno, t.EndColOffset = p.lc(int32(e+1), l2)
	}
	return x
}

// sameSpan reports whether tuple t is exactly the parenthesised group that
// the sub-parser's first token opens.
func sameSpan(sub *parser, t *Tuple) bool {
	l, c := sub.startOf(0)
	el, ec := sub.endOf(len(sub.toks) - 2)
	return t.Lineno == l && t.ColOffset == c && t.EndLineno == el && t.EndColOffset == ec
}

// failStr reports an error found while decoding a run of string tokens.
// CPython raises these after reading the token that ends the run, and
// points there.
func (p *parser) failStr(msg string) {
	i := p.i
	for p.tok(i).Kind == tString {
		i++
	}
	p.failAt(i, msg)
}
