package parser

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// tokKind is a token's kind. Operators and keywords each get their own kind
// so the parser compares small integers, never strings.
type tokKind uint8

const (
	tEndMarker tokKind = iota
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString
	tError // the lexer failed here; lexer.err says why

	opFirst
	tLpar
	tRpar
	tLsqb
	tRsqb
	tLbrace
	tRbrace
	tColon
	tComma
	tSemi
	tPlus
	tMinus
	tStar
	tSlash
	tVbar
	tAmper
	tLess
	tGreater
	tEqual
	tDot
	tPercent
	tEqEqual
	tNotEqual
	tLessEqual
	tGreaterEqual
	tTilde
	tCircumflex
	tLeftShift
	tRightShift
	tDoubleStar
	tPlusEqual
	tMinEqual
	tStarEqual
	tSlashEqual
	tPercentEqual
	tAmperEqual
	tVbarEqual
	tCircumflexEqual
	tLeftShiftEqual
	tRightShiftEqual
	tDoubleStarEqual
	tDoubleSlash
	tDoubleSlashEqual
	tAt
	tAtEqual
	tRarrow
	tEllipsis
	tColonEqual
	tExclaim

	kwFirst
	kwFalse
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
	kwLast
)

var keywords = map[string]tokKind{
	"False": kwFalse, "None": kwNone, "True": kwTrue, "and": kwAnd, "as": kwAs,
	"assert": kwAssert, "async": kwAsync, "await": kwAwait, "break": kwBreak,
	"class": kwClass, "continue": kwContinue, "def": kwDef, "del": kwDel,
	"elif": kwElif, "else": kwElse, "except": kwExcept, "finally": kwFinally,
	"for": kwFor, "from": kwFrom, "global": kwGlobal, "if": kwIf, "import": kwImport,
	"in": kwIn, "is": kwIs, "lambda": kwLambda, "nonlocal": kwNonlocal, "not": kwNot,
	"or": kwOr, "pass": kwPass, "raise": kwRaise, "return": kwReturn, "try": kwTry,
	"while": kwWhile, "with": kwWith, "yield": kwYield,
}

// tokHead is a token's kind and flags.
type tokHead struct {
	Kind  tokKind
	Flags uint8
	Hash  uint16 // of a NAME's bytes, for the identifier intern cache
}

// Token flags.
const (
	flagNonASCII  = 1 << iota // a NAME that needs NFKC normalisation
	flagInParens              // inside brackets (CPython's tok->level > 0)
	flagMultiline             // a string token ending on a later line than Line
)

// keywordKind returns the keyword kind of an identifier, or tName. The
// compiler turns a switch on string(b) into comparisons without allocating.
func keywordKind(b []byte) tokKind {
	switch string(b) {
	case "False":
		return kwFalse
	case "None":
		return kwNone
	case "True":
		return kwTrue
	case "and":
		return kwAnd
	case "as":
		return kwAs
	case "assert":
		return kwAssert
	case "async":
		return kwAsync
	case "await":
		return kwAwait
	case "break":
		return kwBreak
	case "class":
		return kwClass
	case "continue":
		return kwContinue
	case "def":
		return kwDef
	case "del":
		return kwDel
	case "elif":
		return kwElif
	case "else":
		return kwElse
	case "except":
		return kwExcept
	case "finally":
		return kwFinally
	case "for":
		return kwFor
	case "from":
		return kwFrom
	case "global":
		return kwGlobal
	case "if":
		return kwIf
	case "import":
		return kwImport
	case "in":
		return kwIn
	case "is":
		return kwIs
	case "lambda":
		return kwLambda
	case "nonlocal":
		return kwNonlocal
	case "not":
		return kwNot
	case "or":
		return kwOr
	case "pass":
		return kwPass
	case "raise":
		return kwRaise
	case "return":
		return kwReturn
	case "try":
		return kwTry
	case "while":
		return kwWhile
	case "with":
		return kwWith
	case "yield":
		return kwYield
	}
	return tName
}

// kwStart marks the bytes a keyword can start with.
var kwStart = func() (t [256]bool) {
	for k := range keywords {
		t[k[0]] = true
	}
	return
}()

func (k tokKind) isKeyword() bool { return k >= kwFalse && k < kwLast }

// token is one lexed token. Start and End are byte offsets into the source;
// Lines count from 1. Column numbers come from the line table.
//
// A token has at most four fields (tokHead counts as one) so that the Go
// compiler keeps it in registers: larger structs go through the stack and
// pay a store-forwarding stall on every copy.
type token struct {
	tokHead
	Start, End int32
	Line       int32 // of Start; a string token spanning lines has flagMultiline
}

// lexer turns Python source into tokens, one call at a time. The f-string
// parser reuses it on a sub-range of the same source with parens=1, so that
// newlines inside a replacement field are insignificant, as CPython's
// "(" + expr + ")" trick makes them.
type lexer struct {
	src        []byte
	pos, end   int
	line       int32
	lineStarts *[]int32 // lineStarts[i] is the offset where line i+1 starts

	indents    []int // indentation columns, tab size 8
	altIndents []int // the same with tab size 1, for TabError
	pendDedent int
	atBOL      bool
	parens     []int32 // offsets of open brackets
	parenBase  int     // brackets open before the sub-range starts (f-strings)
	lastKind   tokKind // kind of the last significant token emitted
	done       bool
	err        *SyntaxError
	unclosed   bool       // err is "'(' was never closed"
	warns      *[]Warning // where the parse collects warnings, or nil
}

func newLexer(src []byte, start, end int, line int32, lineStarts *[]int32, sub bool) *lexer {
	lx := &lexer{src: src, pos: start, end: end, line: line, lineStarts: lineStarts,
		indents: []int{0}, altIndents: []int{0}, atBOL: !sub, lastKind: tNewline}
	if sub {
		lx.parenBase = 1
		lx.parens = append(lx.parens, int32(start))
	}
	return lx
}

func (lx *lexer) col(off int) int {
	ls := *lx.lineStarts
	return off - int(ls[lx.line-1])
}

func (lx *lexer) newline(at int) {
	// at is the offset just after a '\n'.
	lx.line++
	ls := lx.lineStarts
	if int(lx.line) > len(*ls) {
		*ls = append(*ls, int32(at))
	}
}

func (lx *lexer) errorAt(off int, line int32, msg string) token {
	if lx.err == nil {
		ls := *lx.lineStarts
		lineStart := int(ls[line-1])
		col := 1
		if off >= lineStart {
			col = utf8.RuneCount(lx.src[lineStart:off]) + 1
		}
		lx.err = &SyntaxError{Line: int(line), Col: col, Msg: msg, Kind: "SyntaxError"}
	}
	lx.done = true
	return token{tokHead: tokHead{Kind: tError}, Start: int32(off), End: int32(off), Line: line}
}

// startsWithKeywordAfterNumber reports whether rest starts with one of the
// keywords CPython still accepts right after a number ("1if x else 2"),
// with a warning.
func startsWithKeywordAfterNumber(rest []byte) bool {
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
			return true
		}
	}
	return false
}

// warnAt records a SyntaxWarning at src[off] for the token starting at
// tok, once per token (the lexer of an f-string may run twice).
func (lx *lexer) warnAt(off, tok int, msg string) {
	if lx.warns == nil {
		return
	}
	for _, w := range *lx.warns {
		if w.tok == int32(tok) && w.Msg == msg {
			return
		}
	}
	// CPython reports it at the last digit.
	col := utf8.RuneCount(lx.src[(*lx.lineStarts)[lx.line-1]:off])
	*lx.warns = append(*lx.warns, Warning{Category: "SyntaxWarning", Msg: msg, Line: int(lx.line), Col: col, EndLine: int(lx.line), EndCol: col, tok: int32(tok)})
}

func (lx *lexer) indentError(off int, msg, kind string) token {
	// CPython reports a bad dedent at the end of the line and a TabError
	// at its start.
	switch kind {
	case "TabError":
		off = int((*lx.lineStarts)[lx.line-1])
	case "IndentationError":
		for off < lx.end && lx.src[off] != '\n' {
			off++
		}
	}
	t := lx.errorAt(off, lx.line, msg)
	lx.err.Kind = kind
	return t
}

func (lx *lexer) mk(kind tokKind, start int) token {
	lx.lastKind = kind
	// Build the token in one expression from scalars: setting a byte field
	// afterwards makes the compiler go through memory (a store-forwarding
	// stall on every token).
	var flags uint8
	if len(lx.parens) > 0 {
		flags = flagInParens
	}
	return token{tokHead: tokHead{Kind: kind, Flags: flags}, Start: int32(start), End: int32(lx.pos), Line: lx.line}
}

// nextInto stores the next token in *dst.
func (lx *lexer) nextInto(dst *token) { *dst = lx.next() }

// next returns the next token.
func (lx *lexer) next() token {
	if lx.done {
		return token{tokHead: tokHead{Kind: tEndMarker}, Start: int32(lx.end), End: int32(lx.end), Line: lx.line}
	}
	if lx.pendDedent > 0 {
		lx.pendDedent--
		return token{tokHead: tokHead{Kind: tDedent}, Start: int32(lx.pos), End: int32(lx.pos), Line: lx.line}
	}
	src := lx.src
	if lx.atBOL && len(lx.parens) == 0 {
		if t, ok := lx.indentation(); ok {
			return t
		}
	}
	for {
		// Skip blanks, comments and line continuations.
		for lx.pos < lx.end {
			c := src[lx.pos]
			if c == ' ' || c == '\t' || c == '\f' {
				lx.pos++
			} else if c == '#' {
				for lx.pos < lx.end && src[lx.pos] != '\n' {
					lx.pos++
				}
			} else if c == '\\' {
				if lx.pos+1 < lx.end && src[lx.pos+1] == '\n' {
					lx.pos += 2
					lx.newline(lx.pos)
					if lx.pos >= lx.end && len(lx.parens) <= lx.parenBase {
						return lx.errorAt(lx.pos-1, lx.line-1, "unexpected EOF while parsing")
					}
				} else if lx.pos+1 >= lx.end {
					return lx.errorAt(lx.pos+1, lx.line, "unexpected EOF while parsing")
				} else {
					return lx.errorAt(lx.pos+1, lx.line, "unexpected character after line continuation character")
				}
			} else {
				break
			}
		}
		if lx.pos >= lx.end {
			return lx.eof()
		}
		c := src[lx.pos]
		if c == '\n' {
			start := lx.pos
			lx.pos++
			lx.newline(lx.pos)
			if len(lx.parens) > 0 {
				continue
			}
			lx.atBOL = true
			t := token{tokHead: tokHead{Kind: tNewline}, Start: int32(start), End: int32(start + 1), Line: lx.line - 1}
			lx.lastKind = tNewline
			return t
		}
		if identTable[c]&1 != 0 {
			return lx.scanName(lx.pos)
		}
		return lx.scan()
	}
}

func (lx *lexer) eof() token {
	if len(lx.parens) > lx.parenBase {
		open := int(lx.parens[len(lx.parens)-1])
		line := lx.lineOf(open)
		lx.err = nil
		t := lx.errorAt(open, line, fmt.Sprintf("'%c' was never closed", lx.src[open]))
		lx.unclosed = true
		return t
	}
	if lx.lastKind != tNewline && lx.parenBase == 0 {
		lx.lastKind = tNewline
		return token{tokHead: tokHead{Kind: tNewline}, Start: int32(lx.pos), End: int32(lx.pos), Line: lx.line}
	}
	// CPython's tokenizer does not start a new line at EOF: the tokens
	// there sit at the end of the last line.
	off, line := lx.pos, lx.line
	if off > 0 && lx.src[off-1] == '\n' && line > 1 && lx.parenBase == 0 {
		off, line = off-1, line-1
	}
	if len(lx.indents) > 1 {
		lx.indents = lx.indents[:len(lx.indents)-1]
		lx.altIndents = lx.altIndents[:len(lx.altIndents)-1]
		return token{tokHead: tokHead{Kind: tDedent}, Start: int32(off), End: int32(off), Line: line}
	}
	lx.done = true
	return token{tokHead: tokHead{Kind: tEndMarker}, Start: int32(off), End: int32(off), Line: line}
}

func (lx *lexer) lineOf(off int) int32 {
	ls := *lx.lineStarts
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

// indentation measures the indentation of a new logical line and returns an
// INDENT or DEDENT token if it changes. Blank and comment-only lines are skipped.
func (lx *lexer) indentation() (token, bool) {
	src := lx.src
	for {
		col, alt := 0, 0
		p := lx.pos
		for p < lx.end {
			c := src[p]
			if c == ' ' {
				col++
				alt++
			} else if c == '\t' {
				col = (col/8 + 1) * 8
				alt++
			} else if c == '\f' {
				col, alt = 0, 0
			} else {
				break
			}
			p++
		}
		if p >= lx.end {
			lx.pos = p
			lx.atBOL = false
			return token{}, false
		}
		c := src[p]
		if c == '#' || c == '\n' || c == '\\' && p+1 < lx.end && src[p+1] == '\n' && false {
			// Blank line: skip it entirely.
			for p < lx.end && src[p] != '\n' {
				p++
			}
			if p < lx.end {
				p++
				lx.pos = p
				lx.newline(p)
				continue
			}
			lx.pos = p
			lx.atBOL = false
			return token{}, false
		}
		lx.pos = p
		lx.atBOL = false
		top := lx.indents[len(lx.indents)-1]
		altTop := lx.altIndents[len(lx.altIndents)-1]
		if col == top {
			if alt != altTop {
				return lx.indentError(p, "inconsistent use of tabs and spaces in indentation", "TabError"), true
			}
			return token{}, false
		}
		if col > top {
			if alt <= altTop {
				return lx.indentError(p, "inconsistent use of tabs and spaces in indentation", "TabError"), true
			}
			if len(lx.indents) >= 100 {
				return lx.indentError(p, "too many levels of indentation", "IndentationError"), true
			}
			lx.indents = append(lx.indents, col)
			lx.altIndents = append(lx.altIndents, alt)
			lx.lastKind = tIndent
			return token{tokHead: tokHead{Kind: tIndent}, Start: int32(p - (p - int((*lx.lineStarts)[lx.line-1]))), End: int32(p), Line: lx.line}, true
		}
		n := 0
		for len(lx.indents) > 1 && col < lx.indents[len(lx.indents)-1] {
			lx.indents = lx.indents[:len(lx.indents)-1]
			lx.altIndents = lx.altIndents[:len(lx.altIndents)-1]
			n++
		}
		if col != lx.indents[len(lx.indents)-1] {
			return lx.indentError(p, "unindent does not match any outer indentation level", "IndentationError"), true
		}
		if alt != lx.altIndents[len(lx.altIndents)-1] {
			return lx.indentError(p, "inconsistent use of tabs and spaces in indentation", "TabError"), true
		}
		lx.pendDedent = n - 1
		lx.lastKind = tDedent
		return token{tokHead: tokHead{Kind: tDedent}, Start: int32(p), End: int32(p), Line: lx.line}, true
	}
}

var identTable = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 {
			t[c] = 3 // start and continue
		} else if c >= '0' && c <= '9' {
			t[c] = 2 // continue only
		}
	}
	return
}()

func isIdentStart(c byte) bool { return identTable[c]&1 != 0 }

func isIdentChar(c byte) bool { return identTable[c] != 0 }

func isXIDStart(r rune) bool {
	return unicode.IsLetter(r) || r == '_' || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isXIDContinue(r rune) bool {
	return isXIDStart(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)
}

// scanName lexes an identifier, keyword or prefixed string.
func (lx *lexer) scanName(start int) token {
	src := lx.src
	p := start
	end := lx.end
	h := uint32(0)
	for p < end && identTable[src[p]] != 0 && src[p] < 0x80 {
		h = h*31 + uint32(src[p])
		p++
	}
	ascii := p >= end || src[p] < 0x80
	if !ascii {
		for p < end && identTable[src[p]] != 0 {
			p++
		}
	}
	if p < end && (src[p] == '"' || src[p] == '\'') && p-start <= 2 && isStringPrefix(src[start:p]) {
		return lx.scanString(start, p)
	}
	if !ascii {
		if t, bad := lx.checkIdent(start, p); bad {
			return t
		}
	}
	lx.pos = p
	kind := tName
	if p-start >= 2 && p-start <= 8 && ascii && kwStart[src[start]] {
		kind = keywordKind(src[start:p])
	}
	lx.lastKind = kind
	var flags uint8
	if len(lx.parens) > 0 {
		flags = flagInParens
	}
	if !ascii {
		flags |= flagNonASCII
	}
	return token{tokHead: tokHead{Kind: kind, Flags: flags, Hash: uint16(h)}, Start: int32(start), End: int32(p), Line: lx.line}
}

// checkIdent validates a non-ASCII identifier (PEP 3131).
func (lx *lexer) checkIdent(start, p int) (token, bool) {
	src := lx.src
	for q := start; q < p; {
		r, n := utf8.DecodeRune(src[q:p])
		ok := isXIDContinue(r)
		if q == start {
			ok = isXIDStart(r)
		}
		if r == utf8.RuneError && n <= 1 {
			return lx.errorAt(q, lx.line, "invalid character"), true
		}
		if !ok {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				return lx.errorAt(q, lx.line, fmt.Sprintf("invalid character '%c' (U+%04X)", r, r)), true
			}
			return lx.errorAt(q, lx.line, "invalid character in identifier"), true
		}
		q += n
	}
	return token{}, false
}

// scan lexes one token starting at a non-blank character.
func (lx *lexer) scan() token {
	src := lx.src
	start := lx.pos
	c := src[start]
	switch {
	case isIdentStart(c):
		return lx.scanName(start)
	case c >= '0' && c <= '9':
		return lx.scanNumber(start)
	case c == '.' && start+1 < lx.end && src[start+1] >= '0' && src[start+1] <= '9':
		return lx.scanNumber(start)
	case c == '"' || c == '\'':
		return lx.scanString(start, start)
	}
	// Operators.
	var c1, c2 byte
	if start+1 < lx.end {
		c1 = src[start+1]
	}
	if start+2 < lx.end {
		c2 = src[start+2]
	}
	kind, n := tError, 1
	switch c {
	case '(', '[', '{':
		if len(lx.parens) >= 200 {
			return lx.errorAt(start, lx.line, "too many nested parentheses")
		}
		lx.parens = append(lx.parens, int32(start))
		kind = tLpar
		if c == '[' {
			kind = tLsqb
		} else if c == '{' {
			kind = tLbrace
		}
	case ')', ']', '}':
		kind = tRpar
		if c == ']' {
			kind = tRsqb
		} else if c == '}' {
			kind = tRbrace
		}
		if len(lx.parens) <= lx.parenBase {
			return lx.errorAt(start, lx.line, fmt.Sprintf("unmatched '%c'", c))
		}
		open := lx.parens[len(lx.parens)-1]
		oc := src[open]
		if oc == '(' && c != ')' || oc == '[' && c != ']' || oc == '{' && c != '}' {
			ol := lx.lineOf(int(open))
			if ol != lx.line {
				return lx.errorAt(start, lx.line, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, oc, ol))
			}
			return lx.errorAt(start, lx.line, fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, oc))
		}
		lx.parens = lx.parens[:len(lx.parens)-1]
	case ':':
		kind = tColon
		if c1 == '=' {
			kind, n = tColonEqual, 2
		}
	case ',':
		kind = tComma
	case ';':
		kind = tSemi
	case '+':
		kind = tPlus
		if c1 == '=' {
			kind, n = tPlusEqual, 2
		}
	case '-':
		kind = tMinus
		if c1 == '=' {
			kind, n = tMinEqual, 2
		} else if c1 == '>' {
			kind, n = tRarrow, 2
		}
	case '*':
		kind = tStar
		if c1 == '=' {
			kind, n = tStarEqual, 2
		} else if c1 == '*' {
			kind, n = tDoubleStar, 2
			if c2 == '=' {
				kind, n = tDoubleStarEqual, 3
			}
		}
	case '/':
		kind = tSlash
		if c1 == '=' {
			kind, n = tSlashEqual, 2
		} else if c1 == '/' {
			kind, n = tDoubleSlash, 2
			if c2 == '=' {
				kind, n = tDoubleSlashEqual, 3
			}
		}
	case '|':
		kind = tVbar
		if c1 == '=' {
			kind, n = tVbarEqual, 2
		}
	case '&':
		kind = tAmper
		if c1 == '=' {
			kind, n = tAmperEqual, 2
		}
	case '<':
		kind = tLess
		if c1 == '=' {
			kind, n = tLessEqual, 2
		} else if c1 == '<' {
			kind, n = tLeftShift, 2
			if c2 == '=' {
				kind, n = tLeftShiftEqual, 3
			}
		} else if c1 == '>' {
			kind, n = tNotEqual, 2 // "<>" is only valid with barry_as_FLUFL; the parser rejects it
		}
	case '>':
		kind = tGreater
		if c1 == '=' {
			kind, n = tGreaterEqual, 2
		} else if c1 == '>' {
			kind, n = tRightShift, 2
			if c2 == '=' {
				kind, n = tRightShiftEqual, 3
			}
		}
	case '=':
		kind = tEqual
		if c1 == '=' {
			kind, n = tEqEqual, 2
		}
	case '!':
		kind = tExclaim
		if c1 == '=' {
			kind, n = tNotEqual, 2
		}
	case '.':
		kind = tDot
		if c1 == '.' && c2 == '.' {
			kind, n = tEllipsis, 3
		}
	case '%':
		kind = tPercent
		if c1 == '=' {
			kind, n = tPercentEqual, 2
		}
	case '~':
		kind = tTilde
	case '^':
		kind = tCircumflex
		if c1 == '=' {
			kind, n = tCircumflexEqual, 2
		}
	case '@':
		kind = tAt
		if c1 == '=' {
			kind, n = tAtEqual, 2
		}
	}
	if kind == tError {
		if c == '$' || c == '?' || c == '`' {
			return lx.errorAt(start, lx.line, "invalid syntax")
		}
		if c < 0x20 || c == 0x7f {
			if c == 0 {
				return lx.errorAt(start, lx.line, "source code cannot contain null bytes")
			}
			return lx.errorAt(start, lx.line, fmt.Sprintf("invalid non-printable character U+%04X", c))
		}
		return lx.errorAt(start, lx.line, "invalid syntax")
	}
	lx.pos = start + n
	return lx.mk(kind, start)
}

func isStringPrefix(p []byte) bool {
	switch len(p) {
	case 0:
		return true
	case 1:
		switch p[0] | 0x20 {
		case 'r', 'u', 'b', 'f':
			return true
		}
	case 2:
		a, b := p[0]|0x20, p[1]|0x20
		return a == 'r' && (b == 'b' || b == 'f') || b == 'r' && (a == 'b' || a == 'f')
	}
	return false
}

func (lx *lexer) scanString(start, q int) token {
	src := lx.src
	raw := false
	for _, c := range src[start:q] {
		if c|0x20 == 'r' {
			raw = true
		}
	}
	_ = raw
	quote := src[q]
	startLine := lx.line
	triple := q+2 < lx.end && src[q+1] == quote && src[q+2] == quote
	p := q + 1
	if triple {
		p = q + 3
	}
	for {
		if p >= lx.end {
			if triple {
				lx.line = startLine
				return lx.errorAt(start, startLine, fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", lx.lineCount()))
			}
			return lx.errorAt(start, startLine, fmt.Sprintf("unterminated string literal (detected at line %d)", lx.line))
		}
		c := src[p]
		if c == quote {
			if !triple {
				p++
				break
			}
			if p+2 < lx.end && src[p+1] == quote && src[p+2] == quote {
				p += 3
				break
			}
			p++
			continue
		}
		if c == '\\' {
			if p+1 < lx.end {
				if src[p+1] == '\n' {
					p += 2
					lx.newline(p)
					continue
				}
				p += 2
				continue
			}
			p++
			continue
		}
		if c == '\n' {
			if !triple {
				return lx.errorAt(start, startLine, fmt.Sprintf("unterminated string literal (detected at line %d)", lx.line))
			}
			p++
			lx.newline(p)
			continue
		}
		p++
	}
	lx.pos = p
	lx.lastKind = tString
	t := token{tokHead: tokHead{Kind: tString}, Start: int32(start), End: int32(p), Line: startLine}
	if len(lx.parens) > 0 {
		t.Flags = flagInParens
	}
	if lx.line != startLine {
		t.Flags |= flagMultiline
	}
	return t
}

// lineCount is the line number CPython reports as "detected at" for an
// unterminated triple-quoted string: the last line of the file.
func (lx *lexer) lineCount() int {
	n := int(lx.line)
	for p := lx.pos; p < lx.end; p++ {
		if lx.src[p] == '\n' {
			n++
		}
	}
	if lx.end > 0 && lx.src[lx.end-1] == '\n' {
		n--
	}
	return n
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (lx *lexer) scanNumber(start int) token {
	src := lx.src
	p := start
	end := lx.end
	at := func(i int) byte {
		if i < end {
			return src[i]
		}
		return 0
	}
	digits := func(ok func(byte) bool, kind string) (int, bool) {
		// A run of digits with single underscores between them.
		for {
			for p < end && ok(src[p]) {
				p++
			}
			if at(p) != '_' {
				return p, true
			}
			p++
			if !ok(at(p)) {
				return p, false
			}
		}
	}
	isHex := func(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'f' }
	isOct := func(c byte) bool { return c >= '0' && c <= '7' }
	isBin := func(c byte) bool { return c == '0' || c == '1' }
	kindName := "decimal"
	if src[p] == '0' && (at(p+1)|0x20 == 'x' || at(p+1)|0x20 == 'o' || at(p+1)|0x20 == 'b') {
		var ok func(byte) bool
		switch at(p+1) | 0x20 {
		case 'x':
			ok, kindName = isHex, "hexadecimal"
		case 'o':
			ok, kindName = isOct, "octal"
		default:
			ok, kindName = isBin, "binary"
		}
		p += 2
		if at(p) == '_' {
			p++
		}
		if !ok(at(p)) {
			if kindName == "octal" && isDigit(at(p)) {
				return lx.errorAt(p, lx.line, fmt.Sprintf("invalid digit '%c' in octal literal", at(p)))
			}
			if kindName == "binary" && isDigit(at(p)) {
				return lx.errorAt(p, lx.line, fmt.Sprintf("invalid digit '%c' in binary literal", at(p)))
			}
			return lx.errorAt(p-1, lx.line, "invalid "+kindName+" literal")
		}
		if _, good := digits(ok, kindName); !good {
			return lx.errorAt(p-1, lx.line, "invalid "+kindName+" literal")
		}
		if kindName == "octal" && isDigit(at(p)) {
			return lx.errorAt(p, lx.line, fmt.Sprintf("invalid digit '%c' in octal literal", at(p)))
		}
		if kindName == "binary" && isDigit(at(p)) {
			return lx.errorAt(p, lx.line, fmt.Sprintf("invalid digit '%c' in binary literal", at(p)))
		}
		return lx.endNumber(start, p, kindName)
	}
	isFloat := false
	if src[p] != '.' {
		intStart := p
		if _, good := digits(isDigit, ""); !good {
			return lx.errorAt(p-1, lx.line, "invalid decimal literal")
		}
		if src[intStart] == '0' && at(p) != '.' && at(p)|0x20 != 'e' && at(p)|0x20 != 'j' {
			for _, d := range src[intStart:p] {
				if d != '0' && d != '_' {
					return lx.errorAt(intStart, lx.line, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
				}
			}
		}
	}
	if at(p) == '.' {
		isFloat = true
		p++
		if isDigit(at(p)) {
			if _, good := digits(isDigit, ""); !good {
				return lx.errorAt(p-1, lx.line, "invalid decimal literal")
			}
		}
	}
	if at(p)|0x20 == 'e' {
		q := p + 1
		if at(q) == '+' || at(q) == '-' {
			q++
		}
		if isDigit(at(q)) {
			isFloat = true
			p = q
			if _, good := digits(isDigit, ""); !good {
				return lx.errorAt(p-1, lx.line, "invalid decimal literal")
			}
		} else if !startsWithKeywordAfterNumber(src[p:lx.end]) {
			return lx.errorAt(p, lx.line, "invalid decimal literal")
		}
	}
	if at(p)|0x20 == 'j' {
		p++
		return lx.endNumber(start, p, "imaginary")
	}
	_ = isFloat
	return lx.endNumber(start, p, "decimal")
}

// endNumber checks what follows a number: CPython rejects "1abc" but still
// accepts "1if x else y" (with a warning) and friends.
func (lx *lexer) endNumber(start, p int, kindName string) token {
	src := lx.src
	if p < lx.end && isIdentChar(src[p]) {
		if !startsWithKeywordAfterNumber(src[p:lx.end]) {
			return lx.errorAt(start, lx.line, "invalid "+kindName+" literal")
		}
		lx.warnAt(p, start, "invalid "+kindName+" literal")
	}
	lx.pos = p
	return lx.mk(tNumber, start)
}
