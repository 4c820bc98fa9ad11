package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An -o directory is a Go module that builds from its own copy of the
// runtime (go.mod), with a go.work that points the build at the cache's
// copy (one path per runtime version, so Go's build cache reuses the
// compiled runtime). Emitting again into the same directory removes what
// the new translation no longer has, and leaves files it did not write.
func TestEmitDirectory(t *testing.T) {
	cache := goldenCacheDir()
	t.Setenv("PY2GOASYNC_CACHE", cache)
	src := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(src, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("main.py", "import helper\nprint(helper.x)\n")
	write("helper.py", "x = 1\n")
	out := filepath.Join(t.TempDir(), "out")
	cfg := Config{Script: filepath.Join(src, "main.py"), NoHost: true}
	if err := EmitProgram(cfg, out); err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	if gomod := read("go.mod"); !strings.Contains(gomod, "=> ./_runtime\n") {
		t.Errorf("go.mod does not build from ./_runtime:\n%s", gomod)
	}
	rt, err := ensureRuntime(cache)
	if err != nil {
		t.Fatal(err)
	}
	if work := read("go.work"); !strings.Contains(work, "use .\n") || !strings.Contains(work, "=> "+filepath.ToSlash(rt)+"\n") {
		t.Errorf("go.work does not point the runtime at %s:\n%s", rt, work)
	}
	if st, err := os.Stat(filepath.Join(out, "main.go")); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("main.go: %v, mode %v; want 0644", err, st.Mode().Perm())
	}

	// A file of an older runtime, a package of a module no longer
	// imported, and a file of the user's.
	stale := filepath.Join(out, "_runtime", "runtime", "py", "zz_removed.go")
	if err := os.WriteFile(stale, []byte("package py\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mine := filepath.Join(out, "py", "notes", "todo.txt")
	if err := os.MkdirAll(filepath.Dir(mine), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(mine, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	write("main.py", "print(2)\n")
	if err := EmitProgram(cfg, out); err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{stale, filepath.Join(out, "py", "helper")} {
		if _, err := os.Stat(gone); !os.IsNotExist(err) {
			t.Errorf("%s is still there after emitting again", gone)
		}
	}
	if _, err := os.Stat(mine); err != nil {
		t.Errorf("emitting again removed a file it did not write: %v", err)
	}
	if main := read("main.go"); strings.Contains(main, "helper") {
		t.Errorf("main.go still imports helper:\n%s", main)
	}
}

func TestModPathString(t *testing.T) {
	for in, want := range map[string]string{
		"/home/u/.cache/py2goasync/runtime-1": "/home/u/.cache/py2goasync/runtime-1",
		"/home/my user/cache":                 `"/home/my user/cache"`,
		"/a//b":                               `"/a//b"`,
	} {
		if got := modPathString(in); got != want {
			t.Errorf("modPathString(%q) = %s, want %s", in, got, want)
		}
	}
}
