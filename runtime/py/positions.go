package py

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Instruction positions. The translator puts the span of the expression a
// Go call runs into the file name of the line directive before it (see
// translate/positions.go): "main.py@8-14" is columns 8 to 14 (UTF-8
// bytes, as CPython's co_positions), "@8-14~1-2" adds the anchors of a
// binary operator or subscript (characters from the span's start),
// "@8-12+1" ends a line further down, "@8-20=14" is a method call whose
// attribute (the lookup, o.m) ends at column 14, "@2-20=8-14" an await of
// one whose attribute is columns 8 to 14, a bare "@" has no columns. Frames
// read from the Go stack go through splitFile (or FrameFile) before their
// file is used.

// SourcePos is where in its line the instruction a frame runs lies: the
// columns of CPython's co_positions entry.
type SourcePos struct {
	Known       bool
	Col, EndCol int // UTF-8 byte offsets in the first line
	EndLines    int // how many lines further down the span ends
	// Left and Right delimit the operator or subscript of the span
	// (characters from its start) when Right > 0.
	Left, Right int
	// LookupCol and Lookup are the columns of a method call's attribute
	// (Lookup 0: not a method call), its lookup's position; LookupCol is
	// Col but in an await's span (`await o.m()`).
	LookupCol, Lookup int
}

// lookup is the position of a method call's lookup (p when p is not a
// method call's).
func (p SourcePos) lookup() SourcePos {
	if p.Lookup == 0 {
		return p
	}
	return SourcePos{Known: true, Col: p.LookupCol, EndCol: p.Lookup}
}

// call is the position of an awaited method call's CALL (`await o.m(a)`,
// whose span is the await's): the call alone, from its attribute to the
// span's end; its lookup stays where it is (p when p is not an await's).
func (p SourcePos) call() SourcePos {
	if p.Lookup != 0 {
		p.Col = p.LookupCol
	}
	return p
}

// FrameFile is the Python file a Go frame's file name stands for.
func FrameFile(goFile string) string {
	i := strings.LastIndexByte(goFile, '@')
	if i < 0 || !strings.HasSuffix(goFile[:i], ".py") || !isPosSpec(goFile[i+1:]) {
		return goFile
	}
	return goFile[:i]
}

func isPosSpec(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c < '0' || c > '9') && c != '-' && c != '+' && c != '~' && c != '=' {
			return false
		}
	}
	return true
}

// splitFile parses a Go frame's file name into the Python file and the
// position the translator encoded in it.
func splitFile(goFile string) (string, SourcePos) {
	file := FrameFile(goFile)
	if len(file) == len(goFile) || len(file)+1 == len(goFile) {
		return file, SourcePos{}
	}
	spec := goFile[len(file)+1:]
	var p SourcePos
	num := func() (int, bool) {
		i := 0
		for i < len(spec) && spec[i] >= '0' && spec[i] <= '9' {
			i++
		}
		n, err := strconv.Atoi(spec[:i])
		spec = spec[i:]
		return n, err == nil
	}
	sep := func(c byte) bool {
		if len(spec) > 0 && spec[0] == c {
			spec = spec[1:]
			return true
		}
		return false
	}
	var ok bool
	if p.Col, ok = num(); !ok || !sep('-') {
		return file, SourcePos{}
	}
	if p.EndCol, ok = num(); !ok {
		return file, SourcePos{}
	}
	if sep('+') {
		if p.EndLines, ok = num(); !ok {
			return file, SourcePos{}
		}
	}
	if sep('~') {
		if p.Left, ok = num(); !ok || !sep('-') {
			return file, SourcePos{}
		}
		if p.Right, ok = num(); !ok {
			return file, SourcePos{}
		}
	}
	if sep('=') {
		if p.Lookup, ok = num(); !ok {
			return file, SourcePos{}
		}
		p.LookupCol = p.Col
		if sep('-') {
			p.LookupCol = p.Lookup
			if p.Lookup, ok = num(); !ok {
				return file, SourcePos{}
			}
		}
	}
	if spec != "" {
		return file, SourcePos{}
	}
	p.Known = true
	return file, p
}

// charOffset converts a UTF-8 byte offset in s to a character offset
// (_PyPegen_byte_offset_to_character_offset: a cut character counts).
func charOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	if off < 0 {
		off = 0
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

func isIndentByte(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }

// tracebackSource is a traceback's source line as CPython's traceback
// printer shows it: without its indentation (blanks, tabs, form feeds)
// and line break; ok is false when there is none.
func tracebackSource(file string, line int) (src string, indent int, ok bool) {
	lines := SourceLines(file)
	if line < 1 || line > len(lines) {
		return "", 0, false
	}
	raw := strings.TrimSuffix(lines[line-1], "\r")
	for indent < len(raw) && isIndentByte(raw[indent]) {
		indent++
	}
	return raw, indent, true
}

// caretLine is the line of carets traceback.c (tb_displayline) prints under
// the source line raw (indentation included) for the position p, "" when
// it prints none.
func caretLine(raw string, indent int, p SourcePos) string {
	if !p.Known {
		return ""
	}
	start, end := charOffset(raw, p.Col), charOffset(raw, p.EndCol)
	left, right := -1, -1
	if p.EndLines == 0 {
		if p.Right > 0 {
			left, right = start+p.Left, start+p.Right
		}
	} else {
		// Up to the last non-blank character (traceback.c indexes the
		// UTF-8 text by character count here).
		i := utf8.RuneCountInString(raw)
		for i--; i >= 0 && i < len(raw) && isIndentByte(raw[i]); i-- {
		}
		end = i + 1
	}
	anchors := left != -1 || right != -1
	if end-start == utf8.RuneCountInString(raw)-indent && !anchors {
		return ""
	}
	// Columns count East Asian wide characters twice.
	start, end = displayWidth(raw, start), displayWidth(raw, end)
	if anchors {
		left, right = displayWidth(raw, left), displayWidth(raw, right)
	}
	primary, secondary := byte('^'), byte('^')
	if anchors {
		primary = '~'
	}
	var b strings.Builder
	for offset := indent - 4 + 1; offset <= end; offset++ {
		switch {
		case offset <= start:
			b.WriteByte(' ')
		case anchors && left < offset && offset <= right:
			b.WriteByte(secondary)
		default:
			b.WriteByte(primary)
		}
	}
	return b.String()
}

// positionsTuple is the co_positions entry of p at line: (lineno,
// end_lineno, col, end_col), Nones for what is not known.
func positionsTuple(line int, p SourcePos) Object {
	if !p.Known {
		return NewTuple(Int(line), Int(line), None, None)
	}
	return NewTuple(Int(line), Int(line+p.EndLines), Int(p.Col), Int(p.EndCol))
}

// displayWidth is how many columns the first n characters of s take.
func displayWidth(s string, n int) int {
	w := 0
	for _, r := range s {
		if n == 0 {
			break
		}
		n--
		w++
		if r >= wideRanges[0][0] && isWide(r) {
			w++
		}
	}
	return w + max(n, 0)
}

func isWide(r rune) bool {
	lo, hi := 0, len(wideRanges)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < wideRanges[m][0]:
			hi = m
		case r > wideRanges[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}
