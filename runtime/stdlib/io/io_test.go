package io

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The Python-level behaviour is checked against python3 by the goldens
// testdata/golden/io_files.txtar and io_layers.txtar; these tests pin the
// Go pieces underneath.

func open(t *testing.T, args ...py.Object) py.Object {
	t.Helper()
	py.EnterMain()
	return Open(args, nil)
}

func errOf(f func()) string {
	exc := catch(f)
	if exc == nil {
		return ""
	}
	return exc.Type().Name + ": " + py.StrOf(exc)
}

func TestWriteReadModes(t *testing.T) {
	p := filepath.Join(t.TempDir(), "f.txt")
	f := open(t, py.Str(p), py.Str("w"), py.Int(-1), py.Str("utf-8"))
	py.CallMethod(f, "write", py.Str("héllo\nwörld\r\n"))
	py.CallMethod(f, "close")
	b, _ := os.ReadFile(p)
	if string(b) != "héllo\nwörld\r\n" {
		t.Fatalf("file holds %q", b)
	}
	f = open(t, py.Str(p), py.Str("r"), py.Int(-1), py.Str("utf-8"))
	if got := py.StrOf(py.CallMethod(f, "read")); got != "héllo\nwörld\n" {
		t.Errorf("read() = %q", got)
	}
	if got := py.Repr(f); got != "<_io.TextIOWrapper name='"+p+"' mode='r' encoding='utf-8'>" {
		t.Errorf("repr %s", got)
	}
	py.CallMethod(f, "close")
	g := open(t, py.Str(p), py.Str("rb"), py.Int(0))
	if got := py.Repr(g); got != "<_io.FileIO name='"+p+"' mode='rb' closefd=True>" {
		t.Errorf("repr %s", got)
	}
	py.CallMethod(g, "close")
	if got := py.Repr(g); got != "<_io.FileIO [closed]>" {
		t.Errorf("closed repr %s", got)
	}
}

func TestTellSeekRoundTrip(t *testing.T) {
	p := filepath.Join(t.TempDir(), "c.txt")
	data := ""
	for i := 0; i < 3000; i++ {
		data += "ab\r\nünï\rcd\n"
	}
	os.WriteFile(p, []byte(data), 0o644)
	f := open(t, py.Str(p), py.Str("r"), py.Int(-1), py.Str("utf-8"))
	type mark struct {
		pos  py.Object
		line string
	}
	var marks []mark
	for {
		pos := py.CallMethod(f, "tell")
		line := py.StrOf(py.CallMethod(f, "readline"))
		if line == "" {
			break
		}
		marks = append(marks, mark{pos, line})
	}
	if len(marks) != 9000 {
		t.Fatalf("%d lines", len(marks))
	}
	for i := len(marks) - 1; i >= 0; i -= 97 {
		py.CallMethod(f, "seek", marks[i].pos)
		if got := py.StrOf(py.CallMethod(f, "readline")); got != marks[i].line {
			t.Fatalf("line %d after seek(%s): %q, want %q", i, py.Repr(marks[i].pos), got, marks[i].line)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	p := filepath.Join(t.TempDir(), "e.txt")
	os.WriteFile(p, nil, 0o644)
	for _, c := range []struct{ mode, want string }{
		{"rw", "ValueError: must have exactly one of create/read/write/append mode"},
		{"rr", "ValueError: invalid mode: 'rr'"},
		{"", "ValueError: Must have exactly one of create/read/write/append mode and at most one plus"},
		{"bt", "ValueError: can't have text and binary mode at once"},
		{"U", "ValueError: invalid mode: 'U'"},
	} {
		if got := errOf(func() { open(t, py.Str(p), py.Str(c.mode)) }); got != c.want {
			t.Errorf("open(mode=%q): %s, want %s", c.mode, got, c.want)
		}
	}
	if got := errOf(func() { open(t, py.Str(p), py.Str("r"), py.Int(0)) }); got != "ValueError: can't have unbuffered text I/O" {
		t.Errorf("unbuffered text: %s", got)
	}
	if got := errOf(func() { open(t, py.Str(p+"-missing")) }); got != "FileNotFoundError: [Errno 2] No such file or directory: '"+p+"-missing'" {
		t.Errorf("missing: %s", got)
	}
}

func TestIncompleteTail(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{{"abc", 0}, {"a\xc3", 1}, {"a\xe2\x82", 2}, {"\xf0\x9f\x98", 3}, {"\xe2\x82\xac", 0}, {"a\xff", 0}} {
		if got := incompleteTail([]byte(c.in)); got != c.want {
			t.Errorf("incompleteTail(%q) = %d, want %d", c.in, got, c.want)
		}
	}
	d := &utf8Dec{errors: "strict"}
	if got := d.decode([]byte("x\xe2\x82"), false) + d.decode([]byte("\xac!"), false); got != "x€!" {
		t.Errorf("split euro sign decoded as %q", got)
	}
}

func TestNewlineDecoder(t *testing.T) {
	d := &nlDec{translate: true}
	got := d.process("a\r", false) + d.process("\nb\r", false) + d.process("", true)
	if got != "a\nb\n" || d.seennl != seenCR|seenCRLF {
		t.Errorf("got %q, seen %d", got, d.seennl)
	}
}
