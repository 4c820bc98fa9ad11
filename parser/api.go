package parser

import (
	"fmt"
	"sort"
	"strings"
)

// SyntaxError is one error found in a source file. Line counts from 1; Col
// counts from 1 in characters, as CPython's traceback caret does.
type SyntaxError struct {
	Filename string
	Line     int
	Col      int
	Msg      string // CPython's message, e.g. "invalid syntax"
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
}

func (e *SyntaxError) Error() string {
	kind := e.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, kind, e.Msg)
}

// ErrorList holds every syntax error found in one file, in source order.
type ErrorList []*SyntaxError

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Sort orders the errors by position.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		if l[i].Line != l[j].Line {
			return l[i].Line < l[j].Line
		}
		return l[i].Col < l[j].Col
	})
}
