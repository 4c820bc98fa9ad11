package translate

import (
	"bytes"
	"regexp"
)

// A Go line directive holds for the rest of its line; the lines after it
// count on from its line number. A Python statement whose Go spans several
// lines (a call with *args becomes a closure) would otherwise put the
// calls on its later lines at the wrong Python lines, in tracebacks and
// frames. holdLineDirectives repeats a statement's directive on each later
// line of it that can call anything (one with a parenthesis), until the
// next directive or the end of the top-level declaration.

var lineDirective = regexp.MustCompile(`/\*line [^*]*\*/`)

func holdLineDirectives(src []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/8)
	var cur []byte
	var sc lineScanner
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i+1], src[i+1:]
		} else {
			src = nil
		}
		plain := sc.startsInCode()
		sc.scan(line)
		body := bytes.TrimLeft(line, "\t ")
		switch {
		case !plain || len(body) == len(line):
			// Inside a raw string or comment, or a top-level line.
			cur = nil
		case len(body) > 0 && (body[0] == '}' || body[0] == ')'):
		case lineDirective.Match(body):
			all := lineDirective.FindAll(body, -1)
			cur = all[len(all)-1]
		case cur != nil && bytes.IndexByte(body, '(') >= 0:
			out.Write(line[:len(line)-len(body)])
			out.Write(cur)
			out.WriteByte(' ')
			out.Write(body)
			continue
		}
		out.Write(line)
	}
	return out.Bytes()
}

// lineScanner follows Go's lexical state across lines: whether a raw
// string or a block comment is open.
type lineScanner struct{ inRaw, inComment bool }

func (s *lineScanner) startsInCode() bool { return !s.inRaw && !s.inComment }

func (s *lineScanner) scan(line []byte) {
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case s.inRaw:
			s.inRaw = c != '`'
		case s.inComment:
			if c == '*' && i+1 < len(line) && line[i+1] == '/' {
				s.inComment = false
				i++
			}
		case c == '`':
			s.inRaw = true
		case c == '/' && i+1 < len(line) && line[i+1] == '/':
			return
		case c == '/' && i+1 < len(line) && line[i+1] == '*':
			s.inComment = true
			i++
		case c == '"' || c == '\'':
			for i++; i < len(line) && line[i] != c; i++ {
				if line[i] == '\\' {
					i++
				}
			}
		}
	}
}
