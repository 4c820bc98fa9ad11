package driver

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The Go emitted for a program does not depend on where the program lives
// or where the command runs, apart from the one place that holds the
// program's root (for __file__): `py2goasync main.py -o a` in two
// checkouts gives the same module.
func TestEmitIsReproducible(t *testing.T) {
	files := map[string]string{
		"main.py":         "import asyncio\nfrom pkg import mod\n\nasync def main():\n    await asyncio.sleep(0)\n    print(mod.twice(21), __file__ is not None)\n\nasyncio.run(main())\n",
		"pkg/__init__.py": "",
		"pkg/mod.py":      "def twice(x):\n    return 2 * x\n",
	}
	t.Setenv("PY2GOASYNC_CACHE", goldenCacheDir())
	emit := func(t *testing.T, fromInside bool) (root string, tree map[string][]byte) {
		root = t.TempDir()
		for name, src := range files {
			p := filepath.Join(root, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		out := filepath.Join(t.TempDir(), "out")
		script := filepath.Join(root, "main.py")
		if fromInside {
			t.Chdir(root)
			script = "main.py"
		}
		if err := EmitProgram(Config{Script: script, NoHost: true}, out); err != nil {
			t.Fatalf("emit: %v", err)
		}
		tree = map[string][]byte{}
		err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			rel, _ := filepath.Rel(out, p)
			tree[filepath.ToSlash(rel)] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return root, tree
	}
	root1, tree1 := emit(t, true)
	root2, tree2 := emit(t, false)

	mentions := 0
	for name, data1 := range tree1 {
		data2, ok := tree2[name]
		if !ok {
			t.Errorf("%s is emitted from %s but not from %s", name, root1, root2)
			continue
		}
		n := bytes.Count(data1, []byte(root1))
		mentions += n
		if n > 0 && name != "main.go" {
			t.Errorf("%s names the program's directory; only main.go should", name)
		}
		a := strings.ReplaceAll(string(data1), root1, "ROOT")
		b := strings.ReplaceAll(string(data2), root2, "ROOT")
		if a != b {
			t.Errorf("%s differs between the two directories beyond the root:\n%s", name, firstDifference(a, b))
		}
	}
	for name := range tree2 {
		if _, ok := tree1[name]; !ok {
			t.Errorf("%s is emitted from %s but not from %s", name, root2, root1)
		}
	}
	if mentions > 1 {
		t.Errorf("the program's directory appears %d times in the emitted module; want it once (for __file__)", mentions)
	}
}

// firstDifference shows the first line where a and b differ.
func firstDifference(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] != lb[i] {
			return "line " + strconv.Itoa(i+1) + ":\n  " + la[i] + "\n  " + lb[i]
		}
	}
	return "one is a prefix of the other"
}
