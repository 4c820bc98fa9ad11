package py

import "testing"

func TestSplitFile(t *testing.T) {
	for _, c := range []struct {
		in   string
		file string
		pos  SourcePos
	}{
		{"main.py", "main.py", SourcePos{}},
		{"main.py@", "main.py", SourcePos{}},
		{"pkg/m.py@8-13", "pkg/m.py", SourcePos{Known: true, Col: 8, EndCol: 13}},
		{"main.py@8-13~2-3", "main.py", SourcePos{Known: true, Col: 8, EndCol: 13, Left: 2, Right: 3}},
		{"main.py@8-9+1", "main.py", SourcePos{Known: true, Col: 8, EndCol: 9, EndLines: 1}},
		{"a@b.py", "a@b.py", SourcePos{}},
		{"/x/lang.go", "/x/lang.go", SourcePos{}},
	} {
		file, pos := splitFile(c.in)
		if file != c.file || pos != c.pos {
			t.Errorf("splitFile(%q) = %q %+v, want %q %+v", c.in, file, pos, c.file, c.pos)
		}
	}
}

// The caret lines CPython 3.11 prints for these positions.
func TestCaretLine(t *testing.T) {
	for _, c := range []struct {
		raw  string
		pos  SourcePos
		want string
	}{
		{"    x = a + b", SourcePos{Known: true, Col: 8, EndCol: 13, Left: 2, Right: 3}, "        ~~^~~"},
		{"    return y[3]", SourcePos{Known: true, Col: 11, EndCol: 15, Left: 1, Right: 4}, "           ~^^^"},
		{"    raise ValueError(\"x\")", SourcePos{Known: true, Col: 4, EndCol: 25}, ""},
		{"    raise ValueError(\"x\")   ", SourcePos{Known: true, Col: 4, EndCol: 25}, "    ^^^^^^^^^^^^^^^^^^^^^"},
		{"        x = c.m(", SourcePos{Known: true, Col: 12, EndCol: 9, EndLines: 1}, "        ^^^^"},
		{"        x = \"日本\" + 1", SourcePos{Known: true, Col: 12, EndCol: 24, Left: 5, Right: 6}, "        ~~~~~~~^~~"},
		{"    x = 1", SourcePos{}, ""},
	} {
		indent := 0
		for indent < len(c.raw) && c.raw[indent] == ' ' {
			indent++
		}
		if got := caretLine(c.raw, indent, c.pos); got != c.want {
			t.Errorf("caretLine(%q, %+v) = %q, want %q", c.raw, c.pos, got, c.want)
		}
	}
}
