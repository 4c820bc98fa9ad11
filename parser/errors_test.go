package parser

import (
	"encoding/json"
	"os"
	"testing"
)

// TestSyntaxErrors compares our first syntax error with CPython's on the
// snippets of testdata/error_cases.json (written by gen_error_cases.py).
// Every snippet CPython rejects must be rejected on the same line; the
// message and column are compared too, and mismatches are counted.
func TestSyntaxErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/error_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][4]any
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	exact := 0
	for _, c := range cases {
		src := c[0].(string)
		line, col, msg := int(c[1].(float64)), int(c[2].(float64)), c[3].(string)
		_, err := ParseFile("m.py", []byte(src))
		if line == 0 && msg == "" {
			if err != nil {
				t.Errorf("%q: CPython accepts, we say %v", src, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("%q: accepted, CPython says %d:%d: %s", src, line, col, msg)
			continue
		}
		e := err.(ErrorList)[0]
		if e.Line != line && line != 0 {
			t.Errorf("%q: line %d (%s), CPython line %d (%s)", src, e.Line, e.Msg, line, msg)
			continue
		}
		if e.Msg == msg && e.Col == col {
			exact++
		} else if testing.Verbose() {
			t.Logf("%q: got %d:%d: %s, CPython %d:%d: %s", src, e.Line, e.Col, e.Msg, line, col, msg)
		}
	}
	t.Logf("%d of %d cases match CPython's line, column and message exactly", exact, len(cases))
}
