package translate

import (
	"bytes"
)

// A Go line directive holds for the rest of its line; the lines after it
// count on from its line number. A Python statement whose Go spans several
// lines (a call with *args becomes a closure) would otherwise put the
// calls on its later lines at the wrong Python lines, in tracebacks and
// frames. holdLineDirectives repeats the directive in force on each later
// line of a statement that calls anything (a parenthesis before the line's
// first directive), until the end of the top-level declaration.
//
// It also turns the expression positions of positioned (positions.go) into
// line directives: a spanBegin comment becomes the expression's directive,
// and the spanEnd after the expression's Go code becomes the directive in
// force before it when something on the line after it can call, and goes
// away otherwise.
func holdLineDirectives(src []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/8)
	var cur []byte     // the directive in force
	var outer [][]byte // the directives in force where the open expressions began
	var sc lineScanner
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i+1], src[i+1:]
		} else {
			src = nil
		}
		plain := sc.startsInCode()
		comments := sc.scan(line)
		body := bytes.TrimLeft(line, "\t ")
		indent := line[:len(line)-len(body)]
		if !plain || len(indent) == 0 && !isLabel(body) {
			// Inside a raw string or comment, or a top-level line (not a
			// label, which gofmt puts at column 0 in a top-level
			// function's body).
			cur, outer = nil, nil
		}
		type item struct {
			start, end int
			text       []byte
		}
		var items []item
		for _, c := range comments {
			text := line[c[0]:c[1]]
			if bytes.HasPrefix(text, []byte("/*line ")) || bytes.HasPrefix(text, []byte(spanBegin)) || string(text) == spanEnd {
				items = append(items, item{c[0], c[1], text})
			}
		}
		first := len(line)
		if len(items) > 0 {
			first = items[0].start
		}
		out.Write(indent)
		if cur != nil && plain && len(indent) > 0 && len(body) > 0 && body[0] != '}' && body[0] != ')' &&
			bytes.IndexByte(line[len(indent):first], '(') >= 0 {
			out.Write(cur)
			out.WriteByte(' ')
		}
		pos := len(indent)
		for k, it := range items {
			out.Write(line[pos:it.start])
			pos = it.end
			switch {
			case bytes.HasPrefix(it.text, []byte(spanBegin)):
				outer = append(outer, cur)
				cur = append([]byte("/*line "), it.text[len(spanBegin):]...)
				out.Write(cur)
			case string(it.text) == spanEnd:
				var ctx []byte
				if n := len(outer); n > 0 {
					ctx, outer = outer[n-1], outer[:n-1]
				}
				cur = ctx
				next := len(line)
				if k+1 < len(items) {
					next = items[k+1].start
				}
				if ctx != nil && callsIn(line[it.end:next]) {
					out.Write(ctx)
					break
				}
				// Not needed: drop it with a space beside it (at the end of
				// the line, with the padding gofmt put before it).
				b := out.Bytes()
				switch {
				case len(bytes.TrimSpace(line[pos:])) == 0:
					out.Truncate(len(bytes.TrimRight(b, " \t")))
				case len(b) > 0 && b[len(b)-1] == ' ':
					out.Truncate(len(b) - 1)
				case pos < len(line) && line[pos] == ' ':
					pos++
				}
			default:
				cur = it.text
				out.Write(it.text)
			}
		}
		out.Write(line[pos:])
	}
	return out.Bytes()
}

// plainCalls are runtime functions the generated code calls that cannot
// raise: code after an expression that calls only these needs no directive.
var plainCalls = map[string]bool{
	"py.Int": true, "py.Str": true, "py.Float": true, "py.Bytes": true, "py.Imag": true,
	"py.NewList": true, "py.NewTuple": true, "py.NewDict": true, "py.NewSlice": true,
	"py.Keep": true, "py.Discard": true,
}

// callsIn reports whether Go code calls anything but plainCalls.
func callsIn(code []byte) bool {
	for i := 0; i < len(code); i++ {
		if code[i] != '(' {
			continue
		}
		j := i
		for j > 0 && (isIdentByte(code[j-1]) || code[j-1] == '.') {
			j--
		}
		if !plainCalls[string(code[j:i])] {
			return true
		}
	}
	return false
}

// isLabel reports whether a line is a Go label ("name:").
func isLabel(line []byte) bool {
	line = bytes.TrimRight(line, " \t\r\n")
	n := len(line) - 1
	if n < 1 || line[n] != ':' || line[0] >= '0' && line[0] <= '9' {
		return false
	}
	for _, c := range line[:n] {
		if !isIdentByte(c) {
			return false
		}
	}
	return true
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// lineScanner follows Go's lexical state across lines: whether a raw
// string or a block comment is open.
type lineScanner struct{ inRaw, inComment bool }

func (s *lineScanner) startsInCode() bool { return !s.inRaw && !s.inComment }

// scan moves over a line and returns the block comments that start and
// end on it, as [start, end) offsets.
func (s *lineScanner) scan(line []byte) [][2]int {
	var comments [][2]int
	start := -1
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case s.inRaw:
			s.inRaw = c != '`'
		case s.inComment:
			if c == '*' && i+1 < len(line) && line[i+1] == '/' {
				s.inComment = false
				i++
				if start >= 0 {
					comments = append(comments, [2]int{start, i + 1})
				}
			}
		case c == '`':
			s.inRaw = true
		case c == '/' && i+1 < len(line) && line[i+1] == '/':
			return comments
		case c == '/' && i+1 < len(line) && line[i+1] == '*':
			s.inComment = true
			start = i
			i++
		case c == '"' || c == '\'':
			for i++; i < len(line) && line[i] != c; i++ {
				if line[i] == '\\' {
					i++
				}
			}
		}
	}
	return comments
}
