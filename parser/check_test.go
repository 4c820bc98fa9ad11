package parser

import (
	"encoding/json"
	"os"
	"testing"
)

// TestCheck compares Check with CPython's compile() on the cases in
// testdata/check_cases.json: [source, line, col, message], line 0 when
// CPython compiles the source. Regenerate the file with python3 when adding
// cases (see the cases' list in git history for the script).
func TestCheck(t *testing.T) {
	data, err := os.ReadFile("testdata/check_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][4]any
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		src := c[0].(string)
		line, col, msg := int(c[1].(float64)), int(c[2].(float64)), c[3].(string)
		m, err := ParseFile("m.py", []byte(src))
		if err != nil {
			if line != 0 {
				// Also acceptable if the parser itself reports CPython's error.
				e := err.(ErrorList)[0]
				if e.Msg == msg && e.Line == line {
					continue
				}
			}
			t.Errorf("%q: parse error %v", src, err)
			continue
		}
		errs := Check(m, "m.py")
		if line == 0 {
			if errs != nil {
				t.Errorf("%q: unexpected %v", src, errs)
			}
			continue
		}
		if errs == nil {
			t.Errorf("%q: no error, want %d:%d: %s", src, line, col, msg)
			continue
		}
		if e := errs[0]; e.Line != line || e.Col != col || e.Msg != msg {
			t.Errorf("%q: got %d:%d: %s, want %d:%d: %s", src, e.Line, e.Col, e.Msg, line, col, msg)
		}
	}
}
