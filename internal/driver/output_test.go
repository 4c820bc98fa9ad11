package driver

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// listDir names the entries of dir, sorted.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// The executable never replaces one of the program's source files (a
// script without .py, a symlink or hard link to it, -o naming it), nor a
// file that is not an executable; a failed copy leaves nothing behind;
// an empty file written over becomes executable.
func TestInstallNeverDestroysInput(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(t.TempDir(), "bin")
	elf := "\x7fELF fake executable"
	if err := os.WriteFile(bin, []byte(elf), 0o755); err != nil {
		t.Fatal(err)
	}
	src := filepath.Join(dir, "prog")
	const text = "print('hi')\n"
	if err := os.WriteFile(src, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(src, filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(src, filepath.Join(dir, "hard")); err != nil {
		t.Fatal(err)
	}
	inputs := []string{src}
	for _, dst := range []string{
		filepath.Join(dir, DefaultBinaryName(src)), // build prog
		filepath.Join(dir, "link"),
		filepath.Join(dir, "hard"),
	} {
		err := InstallBinary(bin, dst, inputs)
		if err == nil || !strings.Contains(err.Error(), "would overwrite the program's source file") {
			t.Errorf("InstallBinary(%s): %v, want a refusal", dst, err)
		}
	}
	if data, _ := os.ReadFile(src); string(data) != text {
		t.Fatalf("the source was overwritten: %q", data)
	}

	if got := DefaultBinaryName("dir/X.PY"); got != "X" {
		t.Errorf("DefaultBinaryName(X.PY) = %q, want X", got)
	}
	if got := DefaultBinaryName("a.py"); got != "a" {
		t.Errorf("DefaultBinaryName(a.py) = %q, want a", got)
	}

	// Someone's data is not an executable to replace.
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("keep me\n"), 0o644)
	if err := InstallBinary(bin, notes, inputs); err == nil || !strings.Contains(err.Error(), "not an executable") {
		t.Errorf("over a text file: %v, want a refusal", err)
	}
	if data, _ := os.ReadFile(notes); string(data) != "keep me\n" {
		t.Errorf("notes.txt overwritten: %q", data)
	}
	if err := InstallBinary(bin, dir, inputs); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("over a directory: %v", err)
	}

	// An empty, non-executable file and an older executable are replaced
	// by an executable.
	for _, name := range []string{"empty", "old"} {
		dst := filepath.Join(dir, name)
		content := ""
		if name == "old" {
			content = "\x7fELF old"
		}
		os.WriteFile(dst, []byte(content), 0o600)
		if err := InstallBinary(bin, dst, inputs); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		st, err := os.Stat(dst)
		if err != nil || st.Mode().Perm() != 0o755 {
			t.Errorf("%s: %v, mode %v; want 0755", name, err, st.Mode().Perm())
		}
		if data, _ := os.ReadFile(dst); string(data) != elf {
			t.Errorf("%s: content %q", name, data)
		}
	}

	// A copy that fails (the source cannot be read) leaves nothing: not
	// the temporary file, not the directories made for it.
	before := listDir(t, dir)
	err := InstallBinary(dir, filepath.Join(dir, "new", "sub", "prog2"), inputs)
	if err == nil {
		t.Fatal("copying a directory succeeded")
	}
	if after := listDir(t, dir); strings.Join(after, " ") != strings.Join(before, " ") {
		t.Errorf("a failed install left %v (before: %v)", after, before)
	}
}

// -o DIR: nothing is written over a source file of the program, and a
// failed emit into an existing directory removes what it created.
func TestEmitNeverDestroysInput(t *testing.T) {
	t.Setenv("PY2GOASYNC_CACHE", goldenCacheDir())
	src := t.TempDir()
	// A Python program whose file is called main.go, emitted into its
	// own directory.
	main := filepath.Join(src, "main.go")
	const text = "print(1)\n"
	os.WriteFile(main, []byte(text), 0o644)
	err := EmitProgram(Config{Script: main, NoHost: true}, src)
	if err == nil || !strings.Contains(err.Error(), "would overwrite the program's source file") {
		t.Errorf("emit over the source: %v, want a refusal", err)
	}
	if data, _ := os.ReadFile(main); string(data) != text {
		t.Fatalf("the source was overwritten: %q", data)
	}
	if names := listDir(t, src); strings.Join(names, " ") != "main.go" {
		t.Errorf("the refused emit wrote %v", names)
	}

	// An existing directory where the emit fails part way (_runtime is a
	// file, so the runtime cannot be written): the files it wrote before
	// are removed, the user's are kept.
	prog := filepath.Join(src, "p.py")
	os.WriteFile(prog, []byte(text), 0o644)
	out := t.TempDir()
	os.WriteFile(filepath.Join(out, "_runtime"), []byte("mine"), 0o644)
	os.WriteFile(filepath.Join(out, "README"), []byte("mine"), 0o644)
	if err := EmitProgram(Config{Script: prog, NoHost: true}, out); err == nil {
		t.Fatal("emit with _runtime a file succeeded")
	}
	if names := listDir(t, out); strings.Join(names, " ") != "README _runtime" {
		t.Errorf("a failed emit left %v", names)
	}

	// A new directory appears complete or not at all.
	fresh := filepath.Join(t.TempDir(), "a", "b")
	if err := EmitProgram(Config{Script: prog, NoHost: true}, fresh); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(fresh, "_runtime", "go.mod")); err != nil {
		t.Error(err)
	}
	if st, err := os.Stat(fresh); err != nil || st.Mode().Perm() != 0o755 {
		t.Errorf("%v, mode %v", err, st.Mode().Perm())
	}
	if names := listDir(t, filepath.Dir(fresh)); strings.Join(names, " ") != "b" {
		t.Errorf("emitting left %v beside the output", names)
	}
}
