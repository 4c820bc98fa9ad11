package resolve

import (
	"os"
	"path/filepath"
	"testing"
)

// A program's own stat.py does not stand for the stat module CPython
// imported at start-up (Host.Preloaded), while its helper.py is found in
// the script's directory and a preloaded name falls through to the host's
// library.
func TestPreloadedNotShadowed(t *testing.T) {
	prog, lib := t.TempDir(), t.TempDir()
	for _, f := range []string{filepath.Join(prog, "stat.py"), filepath.Join(prog, "helper.py"), filepath.Join(lib, "stat.py")} {
		if err := os.WriteFile(f, []byte("X = 1\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	host := &Host{Stdlib: lib, Path: []string{lib}, Preloaded: []string{"os", "stat"}}
	f := NewFinder([]string{prog}, "", host, map[string]bool{})
	if m := f.Find("stat"); m.Kind != Stdlib || m.File != filepath.Join(lib, "stat.py") {
		t.Errorf("stat found as %v %s, want the library's", m.Kind, m.File)
	}
	if m := f.Find("helper"); m.Kind != Program {
		t.Errorf("helper found as %v, want the program's", m.Kind)
	}
}
