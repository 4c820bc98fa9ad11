package py

import "strings"

// CompileWarning is a warning CPython issues as it compiles source: the
// tokenizer's and parser's (a number run into a keyword, an invalid escape
// sequence) and the compiler's (`x is 1`, a literal called or subscripted).
// Line and Col (1-based) to EndLine and EndCol locate the SyntaxError it
// becomes when the warning filters turn it into an error.
type CompileWarning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Line     int
	Col      int
	EndLine  int
	EndCol   int
}

// IssueCompileWarnings issues ws, in order, as CPython does while it
// compiles filename: warnings.warn_explicit at the line, with no module or
// registry, so the filters decide (and show each one again every time the
// code is compiled). A warning the filters turn into an error raises the
// SyntaxError CPython raises instead, with line text from src ("": None).
func IssueCompileWarnings(ws []CompileWarning, filename, src string) {
	if len(ws) == 0 {
		return
	}
	wm := Import("warnings")
	for _, w := range ws {
		cat := SyntaxWarningType
		if w.Category == "DeprecationWarning" {
			cat = DeprecationWarningType
		}
		exc := Catch(func() {
			CallMethod(wm, "warn_explicit", Str(w.Msg), cat, Str(filename), MakeInt(int64(w.Line)))
		})
		if exc == nil {
			continue
		}
		if exc.Type().IsSubtype(cat) {
			var text Object = None
			if src != "" {
				text = Str(LineOf(src, w.Line))
			}
			Raise(NewSyntaxError(SyntaxErrorType, w.Msg, filename, w.Line, w.Col, text, w.EndLine, w.EndCol))
		}
		Raise(exc)
	}
}

// LineOf is line n (from 1) of src with its newline, or "" (the text
// a SyntaxError carries).
func LineOf(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		return src[:j+1]
	}
	return src
}
