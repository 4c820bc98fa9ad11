package translate

import (
	"testing"

	"github.com/py2goasync/py2goasync/parser"
)

// The spans and anchors below are what CPython 3.11 prints carets for
// (checked with python3 on the same lines).
func TestCaretSpan(t *testing.T) {
	for _, c := range []struct {
		line   string
		pos    parser.Pos
		want   string
		carets bool
	}{
		{"    x = a + b", parser.Pos{Lineno: 1, ColOffset: 8, EndLineno: 1, EndColOffset: 13}, "8-13~2-3", true},
		{"    a + b", parser.Pos{Lineno: 1, ColOffset: 4, EndLineno: 1, EndColOffset: 9}, "4-9~2-3", true},
		{"    return y[3]", parser.Pos{Lineno: 1, ColOffset: 11, EndLineno: 1, EndColOffset: 15}, "11-15~1-4", true},
		{"    x = (1)  +  (\"a\")", parser.Pos{Lineno: 1, ColOffset: 8, EndLineno: 1, EndColOffset: 21}, "8-21~5-6", true},
		{"    x = 2 ** \"a\" - 3", parser.Pos{Lineno: 1, ColOffset: 8, EndLineno: 1, EndColOffset: 16}, "8-16~2-4", true},
		{"    foo(1)", parser.Pos{Lineno: 1, ColOffset: 4, EndLineno: 1, EndColOffset: 10}, "", false},
		{"    foo(1)   ", parser.Pos{Lineno: 1, ColOffset: 4, EndLineno: 1, EndColOffset: 10}, "4-10", true},
		{"    x = c.m(1)", parser.Pos{Lineno: 1, ColOffset: 8, EndLineno: 1, EndColOffset: 14}, "8-14", true},
		{"    x = c.m(", parser.Pos{Lineno: 1, ColOffset: 8, EndLineno: 2, EndColOffset: 9}, "8-9+1", true},
		{"    foo(", parser.Pos{Lineno: 1, ColOffset: 4, EndLineno: 2, EndColOffset: 5}, "", false},
		{"    x = {}[\"é\"] + 1", parser.Pos{Lineno: 1, ColOffset: 8, EndLineno: 1, EndColOffset: 16}, "8-16~2-7", true},
	} {
		tr := &translator{src: []byte(c.line + "\n")}
		got, carets := tr.caretSpan(&c.pos)
		if got != c.want || carets != c.carets {
			t.Errorf("%q %+v: got %q %v, want %q %v", c.line, c.pos, got, carets, c.want, c.carets)
		}
	}
}

func TestHoldLineDirectivesSpans(t *testing.T) {
	src := "func f() {\n" +
		"\t/*line m.py:2:5*/ x = /*@line m.py@8-13~2-3:2:9*/ py.Add( /*@line m.py@8-9:2:9*/ py.Local(a, \"a\") /*@end*/, py.Int(1)) /*@end*/\n" +
		"\t/*line m.py:3:5*/ y = py.Call1(/*@line m.py@8-9:3:9*/ py.Global(b, \"b\") /*@end*/, g(z))\n" +
		"}\n"
	want := "func f() {\n" +
		"\t/*line m.py:2:5*/ x = /*line m.py@8-13~2-3:2:9*/ py.Add( /*line m.py@8-9:2:9*/ py.Local(a, \"a\"), py.Int(1))\n" +
		"\t/*line m.py:3:5*/ y = py.Call1(/*line m.py@8-9:3:9*/ py.Global(b, \"b\") /*line m.py:3:5*/, g(z))\n" +
		"}\n"
	if got := string(holdLineDirectives([]byte(src))); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
