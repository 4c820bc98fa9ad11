package translate

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Instruction positions (CPython 3.11's co_positions) for tracebacks.
//
// CPython prints, under a traceback entry's source line, carets for the
// span of the instruction the frame was running (the AST node it was
// compiled from), with ~~~ for the operands of a binary operation or
// subscript. Go's line table has no columns, but it records a file name
// per instruction: the translator puts the span into the file name of a
// line directive before the Go code of each expression that can raise,
//
//	/*line main.py@8-14:3:9*/          columns 8 to 14 of line 3
//	/*line main.py@8-14~1-2:3:9*/      an operator or subscript at 1-2
//	/*line main.py@8-12+1:3:9*/        ending 1 line further down
//	/*line main.py@:4:9*/              no carets, line 4
//
// (byte columns as CPython's; the anchors are characters from the span's
// start, as CPython's traceback printer computes them). The runtime strips
// the suffix wherever it reads a frame's file. A Go call's instruction
// takes the position of its opening parenthesis, so the directive in force
// there is the one before the expression; holdLineDirectives puts back the
// enclosing directive where the expression's Go code ends (spanEnd).

// spanBegin starts an expression's directive in the translator's output
// (holdLineDirectives turns it into a line directive); spanEnd marks where
// the expression's Go code ends.
const (
	spanBegin = "/*@line "
	spanEnd   = "/*@end*/"
)

// positioned gives e's Go code the position of e in tracebacks when a
// traceback would show it: carets under it, or a line other than its
// statement's.
func (t *translator) positioned(e parser.Node, code *jen.Statement) *jen.Statement {
	p, ok := e.(parser.Positioned)
	if !ok {
		return code
	}
	pos := p.Position()
	if pos.Lineno == 0 {
		return code
	}
	if t.stmtPos != nil && *pos == *t.stmtPos {
		return code // the statement's own directive has the position
	}
	span, carets := t.caretSpan(pos)
	if !carets {
		if pos.Lineno == t.stmtLine {
			return code
		}
		span = ""
	}
	dir := fmt.Sprintf("%s%s@%s:%d:%d*/", spanBegin, t.file, span, pos.Lineno, pos.ColOffset+1)
	return jen.Comment(dir).Add(code).Comment(spanEnd)
}

// spanDirective is a line directive for the Go statements of a node (a
// statement's, or those that evaluate the node on their own): with the
// node's span when carets would show under it (a statement sharing its
// line with another, `if x: raise E`).
func (t *translator) spanDirective(pos *parser.Pos) string {
	if span, carets := t.caretSpan(pos); carets {
		return fmt.Sprintf("/*line %s@%s:%d:%d*/", t.file, span, pos.Lineno, pos.ColOffset+1)
	}
	return fmt.Sprintf("/*line %s:%d:%d*/", t.file, pos.Lineno, pos.ColOffset+1)
}

// sourceLine is line n of the source (1-based) without its line break.
func (t *translator) sourceLine(n int) (string, bool) {
	if t.lines == nil {
		t.lines = strings.Split(string(t.src), "\n")
	}
	if n < 1 || n > len(t.lines) {
		return "", false
	}
	return strings.TrimSuffix(t.lines[n-1], "\r"), true
}

// awaitLookupDirective is the line directive of the Go call that starts
// `await o.m(args)` (at, the await; call, o.m(args)) and looks m up:
// at's span, and the attribute's columns after "=" (main.py@4-17=10-15),
// which a failed lookup shows as CPython's LOAD_METHOD has it (see
// lookupEnds). "" when the attribute is not on at's first line.
func (t *translator) awaitLookupDirective(at *parser.Pos, call *parser.Call) string {
	a, ok := call.Func.(*parser.Attribute)
	if !ok || a.Lineno != at.Lineno || a.EndLineno != a.Lineno || call.Lineno != at.Lineno {
		return ""
	}
	span, _ := t.spanSpec(at)
	if span == "" || strings.Contains(span, "=") {
		return ""
	}
	return fmt.Sprintf("/*line %s@%s=%d-%d:%d:%d*/", t.file, span, a.ColOffset, a.EndColOffset, at.Lineno, at.ColOffset+1)
}

// caretSpan encodes pos for a directive's file name and reports whether
// CPython's traceback printer (traceback.c, tb_displayline) shows carets
// for it: unless the span covers the whole line after its indentation
// and has no operator or subscript anchors ("" then).
func (t *translator) caretSpan(pos *parser.Pos) (string, bool) {
	if s, carets := t.spanSpec(pos); carets {
		return s, true
	}
	return "", false
}

// spanSpec is caretSpan's encoding of pos, whether or not carets show
// ("" when pos has none).
func (t *translator) spanSpec(pos *parser.Pos) (string, bool) {
	line, ok := t.sourceLine(pos.Lineno)
	if !ok || pos.EndLineno < pos.Lineno || pos.ColOffset < 0 || pos.EndColOffset < 0 {
		return "", false
	}
	start := charOffset(line, pos.ColOffset)
	end := charOffset(line, pos.EndColOffset)
	left, right := -1, -1
	if pos.EndLineno == pos.Lineno {
		left, right = caretAnchors(line, start, end)
	} else {
		// Up to the last non-blank character of the line (traceback.c
		// indexes the UTF-8 text by character count here).
		i := utf8.RuneCountInString(line)
		for i--; i >= 0 && i < len(line) && isBlank(line[i]); i-- {
		}
		end = i + 1
	}
	indent := 0
	for _, r := range line {
		if r != ' ' && r != '\t' && r != '\f' {
			break
		}
		indent++
	}
	hasAnchors := left != -1 || right != -1
	lookup, method := t.lookupEnds()[*pos]
	s := fmt.Sprintf("%d-%d", pos.ColOffset, pos.EndColOffset)
	if pos.EndLineno > pos.Lineno {
		s += fmt.Sprintf("+%d", pos.EndLineno-pos.Lineno)
	}
	if hasAnchors {
		s += fmt.Sprintf("~%d-%d", left-start, right-start)
	}
	if method {
		s += fmt.Sprintf("=%d", lookup)
	}
	return s, end-start != utf8.RuneCountInString(line)-indent || hasAnchors || method
}

// lookupEnds maps the span of each method call o.m(args) of the module
// (positional arguments, the attribute on the call's first line) to the
// end of its attribute: a failed lookup shows the attribute's position,
// as CPython's LOAD_METHOD has it (the runtime marks such an
// AttributeError, py.methodAttr). An expression statement of the call
// has its span too.
func (t *translator) lookupEnds() map[parser.Pos]int {
	if t.lookups != nil {
		return t.lookups
	}
	t.lookups = map[parser.Pos]int{}
	if t.module == nil || t.module.node == nil {
		return t.lookups
	}
	parser.Inspect(t.module.node, func(n parser.Node) bool {
		c, ok := n.(*parser.Call)
		if !ok || len(c.Keywords) > 0 {
			return true
		}
		a, ok := c.Func.(*parser.Attribute)
		if !ok || a.Lineno != c.Lineno || a.EndLineno != a.Lineno || a.ColOffset != c.ColOffset {
			return true
		}
		for _, arg := range c.Args {
			if _, star := arg.(*parser.Starred); star {
				return true
			}
		}
		t.lookups[c.Pos] = a.EndColOffset
		return true
	})
	return t.lookups
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }

// charOffset converts a UTF-8 byte offset in s to a character offset, as
// CPython's _PyPegen_byte_offset_to_character_offset does (a cut
// character counts as one).
func charOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	b := s[:off]
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRuneInString(b)
		if r == utf8.RuneError && size == 1 && !utf8.FullRuneInString(b) {
			return n + 1
		}
		n++
		b = b[size:]
	}
	return n
}

// caretAnchors finds the operator of a binary operation or the brackets
// of a subscript in line[start:end] (characters) as traceback.c's
// extract_anchors_from_line does: the segment parsed on its own must be
// one expression statement. It returns character offsets in the line, or
// -1, -1.
func caretAnchors(line string, start, end int) (int, int) {
	runes := []rune(line)
	if start < 0 || end > len(runes) || start >= end {
		return -1, -1
	}
	seg := string(runes[start:end])
	mod, err := parseSegment(seg)
	if err != nil || mod == nil || len(mod.Body) != 1 {
		return -1, -1
	}
	st, ok := mod.Body[0].(*parser.Expr)
	if !ok {
		return -1, -1
	}
	left, right := -1, -1
	switch x := st.Value.(type) {
	case *parser.BinOp:
		lend, rstart := x.Left.(parser.Positioned).Position().EndColOffset, x.Right.(parser.Positioned).Position().ColOffset
		for i := lend; i < rstart && i < len(seg); i++ {
			if isBlank(seg[i]) {
				continue
			}
			left, right = i, i+1
			if i+1 < rstart && i+1 < len(seg) && !isBlank(seg[i+1]) {
				right++
			}
			if i+1 < rstart && seg[i] == ')' {
				continue
			}
			break
		}
		if left < 0 {
			return -1, -1
		}
	case *parser.Subscript:
		left = x.Value.(parser.Positioned).Position().EndColOffset
		right = x.Slice.(parser.Positioned).Position().EndColOffset + 1
		for left < len(seg) && seg[left] != '[' {
			left++
		}
		for right < len(seg) && seg[right] != ']' {
			right++
		}
		if right < len(seg) {
			right++
		}
	default:
		return -1, -1
	}
	return charOffset(seg, left) + start, charOffset(seg, right) + start
}

// parseSegment parses a piece of a source line as a module; a parser
// failure of any kind is no anchors.
func parseSegment(seg string) (mod *parser.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("%v", r)
		}
	}()
	return parser.ParseFile("<segment>", []byte(seg))
}
