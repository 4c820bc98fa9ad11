package parser

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// parser is a recursive-descent parser over tokens pulled from the lexer on
// demand. Tokens already pulled stay in toks so that the few places where
// Python's grammar needs backtracking (match statements, parenthesised with
// items) can rewind by resetting i.
type parser struct {
	src        []byte
	lx         *lexer
	toks       []token
	i          int
	lineStarts *[]int32
	filename   string
	a          *allocs
	lexed      int                 // tokens lexed so far (the batch may run ahead of len(toks))
	lexErr     bool                // the lexer stopped at an error, at index lexed
	fdepth     int                 // f-string nesting depth
	depth      int                 // recursion depth, see maxDepth
	noGenexp   bool                // class bases: a bare generator expression is an error
	inCallArg  bool                // parsing a positional call argument: "x=" is a keyword
	names      *[internSize]string // interned identifiers
	lastDisj   int                 // first token of the last disjunction parsed, for error messages
	fpos       []*Pos              // f-string parts that take the whole string's position
	warnings   *[]Warning          // where ParseFileWarnings collects the compile-time warnings
}

// Warning is a warning CPython's parser issues while it parses (an invalid
// escape sequence in a string literal): the message and the position of
// the token it is about. Category is the warning class's name.
type Warning struct {
	Category  string
	Msg       string
	Line, Col int // 1-based column of the token's start
	EndLine   int
	EndCol    int
	tok       int32
}

// ParseFileWarnings is ParseFile that also returns the warnings the parse
// met, in source order, once per token.
func ParseFileWarnings(filename string, src []byte) (*Module, []Warning, error) {
	var ws []Warning
	mod, err := parseFile(filename, src, &ws)
	// The lexer runs ahead of the parser: put the tokenizer's warnings
	// and the string literals' in token order, as CPython issues them.
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].tok < ws[j].tok })
	return mod, ws, err
}

// bailout carries the first syntax error up to ParseFile.
// bailout unwinds the parser with err. A final one (an error CPython
// raises as soon as it meets the token, not when every alternative fails)
// passes through the backtracking in try.
type bailout struct {
	err   *SyntaxError
	final bool
}

// ParseFile parses one Python 3.11 source file. On failure the error is an
// ErrorList.
func ParseFile(filename string, src []byte) (mod *Module, err error) {
	return parseFile(filename, src, nil)
}

func parseFile(filename string, src []byte, warnings *[]Warning) (mod *Module, err error) {
	src, serr := prepareSource(src)
	if serr != nil {
		serr.Filename = filename
		return nil, ErrorList{serr}
	}
	sc := scratchPool.Get().(*scratch)
	sc.lineStarts = append(sc.lineStarts[:0], 0)
	p := &parser{src: src, lineStarts: &sc.lineStarts, filename: filename, lastDisj: -1, a: &sc.a, names: &sc.names, warnings: warnings}
	p.lx = newLexer(src, 0, len(src), 1, &sc.lineStarts, false)
	p.lx.warns = warnings
	p.toks = sc.toks[:0]
	// The scratch memory goes back to the pool only after the error path
	// below has finished reading tokens and running the lexer on.
	defer sc.release(p)
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			e := b.err
			if e != p.lx.err {
				// Like CPython, let a tokenizer error later in the file take
				// precedence over the parser's error: a bad literal always,
				// an unclosed bracket if it opened on an earlier line.
				errLine := p.toks[len(p.toks)-1].Line
				for !p.lx.done {
					p.lx.next()
				}
				if le := p.lx.err; le != nil {
					switch {
					case le.Kind != "SyntaxError":
					case p.lx.unclosed:
						if int(errLine) > le.Line {
							e = le
						}
					default:
						e = le
					}
				}
			}
			e.Filename = filename
			mod, err = nil, ErrorList{e}
		}
	}()
	return p.file(), nil
}

// prepareSource strips a UTF-8 BOM, checks the coding declaration and
// translates CRLF and CR line ends to LF, as CPython's tokenizer does.
func prepareSource(src []byte) ([]byte, *SyntaxError) {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return nil, &SyntaxError{Line: bytes.Count(src[:i], []byte{'\n'}) + 1, Col: 1, Kind: "SyntaxError", Msg: "source code cannot contain null bytes"}
	}
	bom := bytes.HasPrefix(src, []byte("\xef\xbb\xbf"))
	if bom {
		src = src[3:]
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		out := make([]byte, 0, len(src))
		for i := 0; i < len(src); i++ {
			c := src[i]
			if c == '\r' {
				out = append(out, '\n')
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
				continue
			}
			out = append(out, c)
		}
		src = out
	}
	if enc := codingSpec(src); enc != "" {
		if bom {
			// CPython's get_normal_name: only "utf-8" and "utf-8-*" spell UTF-8 here.
			e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
			if e != "utf-8" && !strings.HasPrefix(e, "utf-8-") {
				return nil, &SyntaxError{Line: 1, Col: 1, Kind: "SyntaxError", Msg: "encoding problem: " + enc + " with BOM"}
			}
		}
		name := codecName(enc)
		if name != "utf-8" {
			if bom {
				return nil, &SyntaxError{Line: 1, Col: 1, Kind: "SyntaxError", Msg: "encoding problem: " + enc + " with BOM"}
			}
			table, ok := singleByteCodecs[name]
			if !ok && name == "iso8859-1" {
				table, ok = singleByteCodecs["latin-1"]
			}
			if !ok {
				return nil, &SyntaxError{Line: 1, Col: 1, Kind: "SyntaxError", Msg: "unknown encoding: " + enc}
			}
			return decodeSingleByte(src, table), nil
		}
	}
	if !utf8.Valid(src) {
		// Find the line of the first bad byte.
		line, off := 1, 0
		for off < len(src) {
			r, n := utf8.DecodeRune(src[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			if r == '\n' {
				line++
			}
			off += n
		}
		return nil, &SyntaxError{Line: line, Col: 1, Kind: "SyntaxError",
			Msg: fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", src[off], off)}
	}
	return src, nil
}

// codingSpec returns the encoding named by a PEP 263 comment on line 1 or 2.
func codingSpec(src []byte) string {
	for ln := 0; ln < 2; ln++ {
		end := bytes.IndexByte(src, '\n')
		line := src
		if end >= 0 {
			line = src[:end]
			src = src[end+1:]
		} else {
			src = nil
		}
		t := bytes.TrimLeft(line, " \t\f")
		if len(t) == 0 || t[0] != '#' {
			if len(t) == 0 {
				continue
			}
			return ""
		}
		if i := bytes.Index(t, []byte("coding")); i >= 0 && i+6 < len(t) && (t[i+6] == ':' || t[i+6] == '=') {
			rest := bytes.TrimLeft(t[i+7:], " \t")
			j := 0
			for j < len(rest) && (isIdentChar(rest[j]) || rest[j] == '-' || rest[j] == '.') {
				j++
			}
			return string(rest[:j])
		}
	}
	return ""
}

// tok returns token i, pulling tokens from the lexer as needed.
func (p *parser) tok(i int) *token {
	if i < len(p.toks) {
		return &p.toks[i]
	}
	return p.fill(i)
}

// fill pulls tokens from the lexer up to token i.
//
// The lexer runs ahead in batches, writing into the slice's spare capacity;
// len(p.toks) only grows to cover the tokens the parser has asked for, so
// it still tells how far the parser has read (CPython reports generic
// errors at the furthest token read). A lexer error is raised when the
// parser reaches it, as with on-demand lexing.
func (p *parser) fill(i int) *token {
	for i >= len(p.toks) {
		if len(p.toks) < p.lexed {
			p.toks = p.toks[:min(i+1, p.lexed)]
			continue
		}
		if p.lexErr {
			p.toks = append(p.toks, token{tokHead: tokHead{Kind: tError}, Line: int32(p.lx.err.Line)})
			panic(bailout{err: p.lx.err})
		}
		if cap(p.toks)-len(p.toks) < lexBatch {
			p.toks = slices.Grow(p.toks, max(lexBatch, len(p.toks)))
		}
		buf := p.toks[len(p.toks):cap(p.toks)]
		k := 0
		for k < lexBatch {
			// Store the token straight into the slice: copying it through a
			// local makes the compiler reassemble it on the stack, a
			// store-forwarding stall per token.
			p.lx.nextInto(&buf[k])
			kind := buf[k].Kind
			if kind == tError {
				p.lexErr = true
				break
			}
			k++
			if kind == tEndMarker {
				break
			}
		}
		p.lexed = len(p.toks) + k
	}
	return &p.toks[i]
}

// lexBatch is how many tokens the lexer produces per fill.
const lexBatch = 32

func (p *parser) peek() tokKind       { return p.tok(p.i).Kind }
func (p *parser) peekN(n int) tokKind { return p.tok(p.i + n).Kind }

func (p *parser) text(i int) string {
	t := p.tok(i)
	if t.Flags&flagNonASCII != 0 {
		return normalizeIdent(string(p.src[t.Start:t.End]))
	}
	b := p.src[t.Start:t.End]
	if t.Kind == tName && p.names != nil {
		// Identifiers repeat a lot: share one string per spelling through
		// a small direct-mapped cache (cheaper than a map lookup).
		slot := &p.names[t.Hash&(internSize-1)]
		if *slot == string(b) {
			return *slot
		}
		*slot = string(b)
		return *slot
	}
	return string(b)
}

func (p *parser) isName(i int, s string) bool {
	t := p.tok(i)
	return t.Kind == tName && int(t.End-t.Start) == len(s) && string(p.src[t.Start:t.End]) == s
}

func (p *parser) accept(k tokKind) bool {
	if p.peek() == k {
		p.i++
		return true
	}
	return false
}

func (p *parser) expect(k tokKind) int {
	if p.peek() != k {
		if k == tColon && p.peek() == tNewline {
			p.failAt(p.i, "expected ':'")
		}
		p.syntaxError()
	}
	p.i++
	return p.i - 1
}

func (p *parser) lc(off int32, line int32) (int, int) {
	return int(line), int(off - (*p.lineStarts)[line-1])
}

// startOf and endOf give token i's start and end as (line, column).
func (p *parser) startOf(i int) (int, int) {
	t := p.tok(i)
	return p.lc(t.Start, t.Line)
}

func (p *parser) endOf(i int) (int, int) {
	t := p.tok(i)
	if t.Flags&flagMultiline != 0 {
		return p.lc(t.End, lineAt(*p.lineStarts, int(t.End)))
	}
	return p.lc(t.End, t.Line)
}

// span is the range from the start of token a to the end of token b.
func (p *parser) span(a, b int) Pos {
	var r Pos
	r.Lineno, r.ColOffset = p.startOf(a)
	r.EndLineno, r.EndColOffset = p.endOf(b)
	return r
}

// from is the range from the start of token a to the last consumed token.
func (p *parser) from(a int) Pos { return p.span(a, p.i-1) }

func posOf(n Node) *Pos { return n.(Positioned).Position() }

// ---- errors ----

func (p *parser) errAt(line, byteCol int, msg string) *SyntaxError {
	col := byteCol + 1
	ls := *p.lineStarts
	if line-1 < len(ls) {
		start := int(ls[line-1])
		end := start + byteCol
		if end <= len(p.src) {
			col = utf8.RuneCount(p.src[start:end]) + 1
		}
	}
	return &SyntaxError{Line: line, Col: col, Msg: msg, Kind: "SyntaxError"}
}

func (p *parser) failAt(i int, msg string) {
	l, c := p.startOf(i)
	panic(bailout{err: p.errAt(l, c, msg)})
}

func (p *parser) failNode(n Node, msg string) {
	ps := posOf(n)
	panic(bailout{err: p.errAt(ps.Lineno, ps.ColOffset, msg)})
}

func (p *parser) failIndent(i int, msg string) {
	l, c := p.startOf(i)
	if p.tok(i).Kind == tIndent {
		// CPython's caret sits on the last indentation character.
		_, c = p.endOf(i)
		c--
	}
	e := p.errAt(l, c, msg)
	e.Kind = "IndentationError"
	panic(bailout{err: e})
}

// syntaxError reports "invalid syntax" at the current token, with CPython's
// more specific wording for a few common cases.
func (p *parser) syntaxError() {
	t := p.tok(p.i)
	switch t.Kind {
	case tIndent:
		p.failIndent(p.i, "unexpected indent")
	case tDedent:
		if p.i > 0 && p.toks[p.i-1].Kind == tNewline {
			p.failIndent(p.i, "unindent does not match any outer indentation level")
		}
	}
	if p.canStartExpr() && p.peek() != tStar && p.peek() != tMinus && p.peek() != tPlus && p.i > 0 && t.Flags&flagInParens != 0 && p.lastDisj >= 0 {
		// Two expressions side by side inside brackets.
		a := p.tok(p.lastDisj)
		if !(a.Kind == tName && p.tok(p.lastDisj+1).Kind == tString) && !p.isSoftKeyword(p.lastDisj) && p.endsExpr(p.i-1) {
			p.failAt(p.lastDisj, "invalid syntax. Perhaps you forgot a comma?")
		}
	}
	// CPython reports a generic error at the furthest token it has read.
	p.failAt(len(p.toks)-1, "invalid syntax")
}

func (p *parser) isSoftKeyword(i int) bool {
	return p.isName(i, "match") || p.isName(i, "case") || p.isName(i, "_")
}

// endsExpr reports whether token i can end an expression.
func (p *parser) endsExpr(i int) bool {
	switch p.tok(i).Kind {
	case tName, tNumber, tString, tRpar, tRsqb, tRbrace, kwTrue, kwFalse, kwNone, tEllipsis:
		return true
	}
	return false
}

// ---- statements ----

func (p *parser) file() *Module {
	m := &Module{Body: []StmtNode{}, TypeIgnores: []*TypeIgnore{}}
	for {
		switch p.peek() {
		case tEndMarker:
			return m
		case tNewline:
			p.i++
			continue
		}
		m.Body = p.statement(m.Body)
	}
}

func (p *parser) statement(body []StmtNode) []StmtNode {
	switch p.peek() {
	case kwDef:
		return append(body, p.funcDef(p.i, nil, false))
	case kwIf:
		return append(body, p.ifStmt())
	case kwClass:
		return append(body, p.classDef(p.i, nil))
	case kwWith:
		return append(body, p.withStmt(p.i, false))
	case kwFor:
		return append(body, p.forStmt(p.i, false))
	case kwTry:
		return append(body, p.tryStmt())
	case kwWhile:
		return append(body, p.whileStmt())
	case tAt:
		return append(body, p.decorated())
	case kwAsync:
		start := p.i
		switch p.peekN(1) {
		case kwDef:
			p.i++
			return append(body, p.funcDef(start, nil, true))
		case kwWith:
			p.i++
			return append(body, p.withStmt(start, true))
		case kwFor:
			p.i++
			return append(body, p.forStmt(start, true))
		}
		p.i++
		p.syntaxError()
	case tIndent:
		p.failIndent(p.i, "unexpected indent")
	case tName:
		if p.isName(p.i, "match") {
			if s := p.tryMatch(); s != nil {
				return append(body, s)
			}
		}
	}
	return p.simpleStmts(body)
}

func (p *parser) simpleStmts(body []StmtNode) []StmtNode {
	for {
		body = append(body, p.simpleStmt())
		if p.peek() == tSemi {
			p.i++
			if p.peek() == tNewline {
				break
			}
			continue
		}
		break
	}
	if p.peek() != tNewline {
		p.syntaxError()
	}
	p.i++
	return body
}

// block parses ':' followed by an indented block or simple statements on the
// same line. what and line describe the owner for CPython's IndentationError.
func (p *parser) block(what string, line int) []StmtNode {
	if p.peek() != tColon {
		switch what {
		case "'else' statement", "'try' statement", "'finally' statement", "function definition":
			// CPython's grammar forces the ':' here (&&':').
			p.failAt(p.i, "expected ':'")
		}
	}
	p.expect(tColon)
	if p.peek() != tNewline {
		return p.simpleStmts(nil)
	}
	p.i++
	if p.peek() != tIndent {
		p.failIndent(p.i, fmt.Sprintf("expected an indented block after %s on line %d", what, line))
	}
	p.i++
	mark := len(p.a.stmtStack)
	for p.peek() != tDedent && p.peek() != tEndMarker {
		p.a.stmtStack = p.statement(p.a.stmtStack)
	}
	p.accept(tDedent)
	return p.a.stmtList(mark)
}

// blockEnd is where a compound statement ends: the end of the last token
// its block consumed that is not NEWLINE, INDENT or DEDENT (so a trailing
// ';' counts, as in CPython).
func (p *parser) blockEnd() (int, int) {
	i := p.i - 1
	for i > 0 {
		switch p.toks[i].Kind {
		case tNewline, tIndent, tDedent:
			i--
			continue
		}
		break
	}
	return p.endOf(i)
}

func (p *parser) startPos(i int) Pos {
	var r Pos
	r.Lineno, r.ColOffset = p.startOf(i)
	return r
}

func (p *parser) ifStmt() StmtNode {
	start := p.i
	p.i++ // 'if' or 'elif'
	line, _ := p.startOf(start)
	what := "'if' statement"
	if p.toks[start].Kind == kwElif {
		what = "'elif' statement"
	}
	test := p.namedExpression()
	s := &If{Pos: p.startPos(start), Test: test}
	s.Body = p.block(what, line)
	switch p.peek() {
	case kwElif:
		s.Orelse = []StmtNode{p.ifStmt()}
	case kwElse:
		s.Orelse = p.elseBlock()
	}
	if s.Orelse == nil {
		s.Orelse = []StmtNode{}
		s.EndLineno, s.EndColOffset = p.blockEnd()
	} else {
		s.EndLineno, s.EndColOffset = p.blockEnd()
	}
	return s
}

func (p *parser) elseBlock() []StmtNode {
	line, _ := p.startOf(p.i)
	p.i++
	return p.block("'else' statement", line)
}

func (p *parser) whileStmt() StmtNode {
	start := p.i
	line, _ := p.startOf(start)
	p.i++
	s := &While{Pos: p.startPos(start), Test: p.namedExpression()}
	s.Body = p.block("'while' statement", line)
	s.Orelse = []StmtNode{}
	if p.peek() == kwElse {
		s.Orelse = p.elseBlock()
	}
	s.EndLineno, s.EndColOffset = p.blockEnd()
	return s
}

func (p *parser) forStmt(start int, async bool) StmtNode {
	line, _ := p.startOf(p.i)
	p.i++ // 'for'
	target := p.starTargets()
	if p.peek() != kwIn {
		p.syntaxError()
	}
	p.i++
	iter := p.starExpressions()
	body := p.block("'for' statement", line)
	orelse := []StmtNode{}
	if p.peek() == kwElse {
		orelse = p.elseBlock()
	}
	pos := p.startPos(start)
	pos.EndLineno, pos.EndColOffset = p.blockEnd()
	if async {
		return &AsyncFor{Pos: pos, Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &For{Pos: pos, Target: target, Iter: iter, Body: body, Orelse: orelse}
}

func (p *parser) withStmt(start int, async bool) StmtNode {
	line, _ := p.startOf(p.i)
	p.i++ // 'with'
	var items []*WithItem
	if p.peek() == tLpar {
		save := p.i
		if ok := p.try(func() {
			p.i++
			for {
				items = append(items, p.withItem())
				if !p.accept(tComma) || p.peek() == tRpar {
					break
				}
			}
			p.expect(tRpar)
			if p.peek() != tColon {
				p.syntaxError()
			}
		}); !ok {
			p.i = save
			items = nil
		}
	}
	if items == nil {
		for {
			items = append(items, p.withItem())
			if !p.accept(tComma) {
				break
			}
		}
	}
	body := p.block("'with' statement", line)
	pos := p.startPos(start)
	pos.EndLineno, pos.EndColOffset = p.blockEnd()
	if async {
		return &AsyncWith{Pos: pos, Items: items, Body: body}
	}
	return &With{Pos: pos, Items: items, Body: body}
}

// try runs f, reporting whether it finished without a syntax error.
func (p *parser) try(f func()) (ok bool) {
	depth := p.depth
	em, sm := len(p.a.exprStack), len(p.a.stmtStack)
	defer func() {
		p.depth = depth
		p.inCallArg, p.noGenexp = false, false
		if r := recover(); r != nil {
			if _, isB := r.(bailout); !isB {
				panic(r)
			}
			if b := r.(bailout); b.err == p.lx.err || b.final {
				// A lexer error is final: rethrow.
				panic(r)
			}
			p.a.exprStack, p.a.stmtStack = p.a.exprStack[:em], p.a.stmtStack[:sm]
			ok = false
		}
	}()
	f()
	return true
}

func (p *parser) withItem() *WithItem {
	e := p.expression()
	it := &WithItem{ContextExpr: e}
	if p.accept(kwAs) {
		t := p.starTarget()
		switch p.peek() {
		case tComma, tRpar, tColon, tNewline:
		default:
			p.syntaxError()
		}
		it.OptionalVars = t
	}
	return it
}

func (p *parser) tryStmt() StmtNode {
	start := p.i
	line, _ := p.startOf(start)
	p.i++
	body := p.block("'try' statement", line)
	var handlers []*ExceptHandler
	star := -1
	for p.peek() == kwExcept {
		hstart := p.i
		hline, _ := p.startOf(hstart)
		p.i++
		isStar := false
		if p.peek() == tStar {
			p.i++
			isStar = true
		}
		if star >= 0 && (star == 1) != isStar {
			p.failAt(hstart, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if isStar {
			star = 1
		} else {
			star = 0
		}
		h := &ExceptHandler{Pos: p.startPos(hstart)}
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		if p.peek() != tColon {
			h.Type = p.expression()
			if p.peek() == tComma {
				p.failNode(h.Type, "multiple exception types must be parenthesized")
			}
			if p.accept(kwAs) {
				if p.peek() != tName {
					p.syntaxError()
				}
				h.Name = p.text(p.i)
				p.i++
			}
		} else if isStar {
			p.failAt(p.i, "expected one or more exception types")
		}
		h.Body = p.block(what, hline)
		h.EndLineno, h.EndColOffset = p.blockEnd()
		handlers = append(handlers, h)
	}
	orelse, final := []StmtNode{}, []StmtNode{}
	if len(handlers) > 0 {
		if p.peek() == kwElse {
			orelse = p.elseBlock()
		}
	}
	if p.peek() == kwFinally {
		fline, _ := p.startOf(p.i)
		p.i++
		final = p.block("'finally' statement", fline)
	} else if len(handlers) == 0 {
		p.failAt(p.i, "expected 'except' or 'finally' block")
	}
	pos := p.startPos(start)
	pos.EndLineno, pos.EndColOffset = p.blockEnd()
	if handlers == nil {
		handlers = []*ExceptHandler{}
	}
	if star == 1 {
		return &TryStar{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Pos: pos, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

func (p *parser) decorated() StmtNode {
	var decos []ExprNode
	for p.peek() == tAt {
		p.i++
		decos = append(decos, p.namedExpression())
		if p.peek() != tNewline {
			p.syntaxError()
		}
		p.i++
	}
	switch p.peek() {
	case kwDef:
		return p.funcDef(p.i, decos, false)
	case kwClass:
		return p.classDef(p.i, decos)
	case kwAsync:
		if p.peekN(1) == kwDef {
			start := p.i
			p.i++
			return p.funcDef(start, decos, true)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) funcDef(start int, decos []ExprNode, async bool) StmtNode {
	line, _ := p.startOf(p.i)
	p.i++ // 'def'
	if p.peek() != tName {
		p.syntaxError()
	}
	name := p.text(p.i)
	p.i++
	if p.peek() != tLpar {
		p.failAt(p.i, "expected '('")
	}
	p.i++
	args := p.parameters(tRpar)
	p.expect(tRpar)
	var returns ExprNode
	if p.accept(tRarrow) {
		returns = p.expression()
	}
	body := p.block("function definition", line)
	if decos == nil {
		decos = []ExprNode{}
	}
	pos := p.startPos(start)
	pos.EndLineno, pos.EndColOffset = p.blockEnd()
	if async {
		return &AsyncFunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
	}
	return &FunctionDef{Pos: pos, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
}

// parameters parses a def's or lambda's parameter list up to (not
// including) the closing token.
func (p *parser) parameters(closer tokKind) *Arguments {
	a := &Arguments{Posonlyargs: []*Arg{}, Args: []*Arg{}, Kwonlyargs: []*Arg{}, KwDefaults: []ExprNode{}, Defaults: []ExprNode{}}
	lambda := closer == tColon
	seenStar, seenDefault := false, false
	starTok := 0
	for p.peek() != closer {
		switch p.peek() {
		case tSlash:
			if seenStar || len(a.Args) == 0 || len(a.Posonlyargs) > 0 {
				if len(a.Args) == 0 && len(a.Posonlyargs) == 0 {
					p.failAt(p.i, "at least one argument must precede /")
				}
				if seenStar {
					p.failAt(p.i, "/ must be ahead of *")
				}
				p.failAt(p.i, "/ may appear only once")
			}
			p.i++
			a.Posonlyargs, a.Args = a.Args, []*Arg{}
		case tStar:
			if seenStar {
				p.failAt(p.i, "* argument may appear only once")
			}
			seenStar = true
			starTok = p.i
			p.i++
			if p.peek() == tName {
				a.Vararg = p.param(lambda, true)
			} else if p.peek() == closer || p.peek() == tComma && (p.peekN(1) == closer || p.peekN(1) == tDoubleStar) {
				if lambda {
					p.failAt(p.i, "named arguments must follow bare *")
				}
				p.failAt(starTok, "named arguments must follow bare *")
			} else if p.peek() != tComma {
				p.syntaxError()
			}
		case tDoubleStar:
			p.i++
			a.Kwarg = p.param(lambda, false)
			if p.peek() == tEqual {
				p.failAt(p.i, "var-keyword argument cannot have default value")
			}
			p.accept(tComma)
			if p.peek() != closer {
				p.failAt(p.i, "arguments cannot follow var-keyword argument")
			}
			return a
		case tName:
			arg := p.param(lambda, false)
			var def ExprNode
			if p.accept(tEqual) {
				def = p.expression()
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
					seenDefault = true
				} else if seenDefault {
					p.failNode(arg, "non-default argument follows default argument")
				}
			}
		default:
			p.syntaxError()
		}
		if p.peek() == closer {
			break
		}
		if p.peek() != tComma {
			p.syntaxError()
		}
		p.i++
	}
	return a
}

func (p *parser) param(lambda, star bool) *Arg {
	if p.peek() != tName {
		p.syntaxError()
	}
	start := p.i
	arg := p.a.args.alloc()
	*arg = Arg{Arg: p.text(p.i)}
	p.i++
	if !lambda && p.accept(tColon) {
		if star && p.peek() == tStar {
			s := p.i
			p.i++
			v := p.expression()
			arg.Annotation = &Starred{Pos: p.from(s), Value: v, Ctx: Load}
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.from(start)
	return arg
}

func (p *parser) classDef(start int, decos []ExprNode) StmtNode {
	line, _ := p.startOf(p.i)
	p.i++
	if p.peek() != tName {
		p.syntaxError()
	}
	c := &ClassDef{Name: p.text(p.i), Bases: []ExprNode{}, Keywords: []*Keyword{}, DecoratorList: decos}
	p.i++
	if p.peek() == tLpar {
		lpar := p.i
		p.i++
		p.noGenexp = true
		call := p.callArgs(nil, lpar, lpar)
		p.noGenexp = false
		c.Bases, c.Keywords = call.Args, call.Keywords
	}
	c.Body = p.block("class definition", line)
	if c.DecoratorList == nil {
		c.DecoratorList = []ExprNode{}
	}
	c.Pos = p.startPos(start)
	c.EndLineno, c.EndColOffset = p.blockEnd()
	return c
}

func (p *parser) simpleStmt() StmtNode {
	start := p.i
	switch p.peek() {
	case kwPass:
		p.i++
		return &Pass{Pos: p.from(start)}
	case kwBreak:
		p.i++
		return &Break{Pos: p.from(start)}
	case kwContinue:
		p.i++
		return &Continue{Pos: p.from(start)}
	case kwReturn:
		p.i++
		s := &Return{}
		if p.canStartExpr() {
			s.Value = p.starExpressions()
		}
		s.Pos = p.from(start)
		return s
	case kwRaise:
		p.i++
		s := &Raise{}
		if p.canStartExpr() {
			s.Exc = p.expression()
			if p.accept(kwFrom) {
				s.Cause = p.expression()
			}
		}
		s.Pos = p.from(start)
		return s
	case kwGlobal, kwNonlocal:
		p.i++
		var names []string
		for {
			if p.peek() != tName {
				p.syntaxError()
			}
			names = append(names, p.text(p.i))
			p.i++
			if !p.accept(tComma) {
				break
			}
		}
		if p.toks[start].Kind == kwGlobal {
			return &Global{Pos: p.from(start), Names: names}
		}
		return &Nonlocal{Pos: p.from(start), Names: names}
	case kwDel:
		p.i++
		var targets []ExprNode
		for {
			if p.peek() == tStar {
				p.failAt(p.i, "cannot delete starred")
			}
			t := p.bitOr()
			p.setCtx(t, Del)
			targets = append(targets, t)
			if !p.accept(tComma) || !p.canStartExpr() {
				break
			}
		}
		if p.peek() != tNewline && p.peek() != tSemi {
			p.syntaxError()
		}
		return &Delete{Pos: p.from(start), Targets: targets}
	case kwAssert:
		p.i++
		s := &Assert{Test: p.expression()}
		if p.accept(tComma) {
			s.Msg = p.expression()
		}
		s.Pos = p.from(start)
		return s
	case kwImport:
		p.i++
		var names []*Alias
		for {
			names = append(names, p.dottedAlias())
			if !p.accept(tComma) {
				break
			}
		}
		return &Import{Pos: p.from(start), Names: names}
	case kwFrom:
		return p.importFrom()
	}
	// Expression statement or assignment.
	if p.peek() == tName && (p.isName(p.i, "print") || p.isName(p.i, "exec")) {
		k := p.peekN(1)
		if k == tName || k == tNumber || k == tString {
			name := p.text(p.i)
			p.failAt(p.i, "Missing parentheses in call to '"+name+"'. Did you mean "+name+"(...)?")
		}
	}
	var e ExprNode
	if p.peek() == kwYield {
		e = p.yieldExpr()
	} else {
		e = p.starExpressions()
	}
	switch k := p.peek(); k {
	case tEqual:
		targets := []ExprNode{e}
		var value ExprNode
		for p.accept(tEqual) {
			if p.peek() == kwYield {
				value = p.yieldExpr()
			} else {
				value = p.starExpressions()
			}
			if p.peek() == tEqual {
				targets = append(targets, value)
			}
		}
		if len(targets) == 1 {
			p.checkSingleTarget(e)
		}
		for _, t := range targets {
			p.setCtx(t, Store)
		}
		as := p.a.assign.alloc()
		*as = Assign{Pos: p.from(start), Targets: targets, Value: value}
		return as
	case tColon:
		switch e.(type) {
		case *Name, *Attribute, *Subscript:
		case *Tuple:
			p.failNode(e, "only single target (not tuple) can be annotated")
		case *List:
			p.failNode(e, "only single target (not list) can be annotated")
		default:
			p.failNode(e, "illegal target for annotation")
		}
		p.setCtx(e, Store)
		p.i++
		s := &AnnAssign{Target: e, Annotation: p.expression()}
		if _, ok := e.(*Name); ok && p.toks[start].Kind != tLpar {
			s.Simple = 1
		}
		if p.accept(tEqual) {
			if p.peek() == kwYield {
				s.Value = p.yieldExpr()
			} else {
				s.Value = p.starExpressions()
			}
		}
		s.Pos = p.from(start)
		return s
	default:
		if op := augOps[k]; op != 0 {
			switch e.(type) {
			case *Name, *Attribute, *Subscript:
			default:
				p.failNode(e, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", describe(e)))
			}
			p.setCtx(e, Store)
			p.i++
			var v ExprNode
			if p.peek() == kwYield {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			return &AugAssign{Pos: p.from(start), Target: e, Op: op, Value: v}
		}
	}
	x := p.a.exprs.alloc()
	*x = Expr{Pos: p.from(start), Value: e}
	return x
}

var augOps = [...]Operator{
	tPlusEqual: Add, tMinEqual: Sub, tStarEqual: Mult, tAtEqual: MatMult, tSlashEqual: Div,
	tPercentEqual: Mod, tAmperEqual: BitAnd, tVbarEqual: BitOr, tCircumflexEqual: BitXor,
	tLeftShiftEqual: LShift, tRightShiftEqual: RShift, tDoubleStarEqual: Pow, tDoubleSlashEqual: FloorDiv,
	kwLast: 0,
}

func (p *parser) dottedName() string {
	if p.peek() != tName {
		p.syntaxError()
	}
	start := p.i
	p.i++
	for p.peek() == tDot && p.peekN(1) == tName {
		p.i += 2
	}
	if p.i-start == 1 {
		return p.text(start)
	}
	var b []byte
	for i := start; i < p.i; i++ {
		b = append(b, p.text(i)...)
	}
	return string(b)
}

func (p *parser) dottedAlias() *Alias {
	start := p.i
	a := &Alias{Name: p.dottedName()}
	if p.accept(kwAs) {
		if p.peek() != tName {
			p.syntaxError()
		}
		a.Asname = p.text(p.i)
		p.i++
	}
	a.Pos = p.from(start)
	return a
}

func (p *parser) importFrom() StmtNode {
	start := p.i
	p.i++
	level := 0
	for {
		if p.peek() == tDot {
			level++
		} else if p.peek() == tEllipsis {
			level += 3
		} else {
			break
		}
		p.i++
	}
	s := &ImportFrom{Level: level}
	if p.peek() != kwImport || level == 0 {
		s.Module = p.dottedName()
	}
	if p.peek() != kwImport {
		p.syntaxError()
	}
	p.i++
	if p.peek() == tStar {
		p.i++
		s.Names = []*Alias{{Pos: p.from(p.i - 1), Name: "*"}}
		s.Pos = p.from(start)
		return s
	}
	paren := p.accept(tLpar)
	for {
		if p.peek() != tName {
			p.syntaxError()
		}
		as := p.i
		a := &Alias{Name: p.text(p.i)}
		p.i++
		if p.accept(kwAs) {
			if p.peek() != tName {
				p.syntaxError()
			}
			a.Asname = p.text(p.i)
			p.i++
		}
		a.Pos = p.from(as)
		s.Names = append(s.Names, a)
		if !p.accept(tComma) {
			break
		}
		if paren && p.peek() == tRpar {
			break
		}
		if !paren && p.peek() == tNewline {
			p.failAt(p.i, "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(tRpar)
	}
	s.Pos = p.from(start)
	return s
}

// checkSingleTarget reports CPython's hint for "X = value" where X is an
// expression that cannot be assigned to.
func (p *parser) checkSingleTarget(e ExprNode) {
	switch n := e.(type) {
	case *Name, *Attribute, *Subscript, *Starred, *Tuple, *List, *GeneratorExp, *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Yield, *YieldFrom:
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
	if p.peek() == tEqual {
		return
	}
	p.failNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(e)))
}
