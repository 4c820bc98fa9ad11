package os

import (
	goos "os"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestOsPathMoreOracle(t *testing.T) {
	py.EnterMain()
	S := func(s string) py.Object { return py.Str(s) }
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("os.path", n, args...) }
	dir := t.TempDir()
	goos.WriteFile(dir+"/f", nil, 0o644)
	goos.Symlink("f", dir+"/l")
	goos.Setenv("PY2GO_TEST_VAR", "val")
	L := func(xs ...string) py.Object {
		var items []py.Object
		for _, x := range xs {
			items = append(items, S(x))
		}
		return py.NewList(items...)
	}
	var cases []oracle.Case
	add := func(p string, g func() py.Object) { cases = append(cases, oracle.Case{Py: p, Go: g}) }
	add(`os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep, os.path.pathsep, os.path.defpath, os.path.devnull, os.path.supports_unicode_filenames`, func() py.Object {
		a := func(n string) py.Object { return oracle.Attr("os.path", n) }
		return py.NewTuple(a("curdir"), a("pardir"), a("extsep"), a("altsep"), a("pathsep"), a("defpath"), a("devnull"), a("supports_unicode_filenames"))
	})
	for _, p := range [][]string{{"/a/b/c", "/a"}, {"/a/b", "/a/b"}, {"x/y", "x/z/w"}, {"/", "/usr"}, {"a", ""}} {
		p := p
		add("os.path.relpath("+py.Repr(S(p[0]))+", "+py.Repr(S(p[1]))+")", func() py.Object { return c("relpath", S(p[0]), S(p[1])) })
	}
	add(`os.path.relpath("")`, func() py.Object { return c("relpath", S("")) })
	for _, l := range [][]string{{"/usr/lib", "/usr/local/lib"}, {"/usr/lib/", "/usr/lib"}, {"a/b", "a/c", "a/./b"}, {"/a", "b"}, {}, {"/"}} {
		l := l
		add("os.path.commonpath("+py.Repr(L(l...))+"), os.path.commonprefix("+py.Repr(L(l...))+")", func() py.Object {
			return py.NewTuple(c("commonpath", L(l...)), c("commonprefix", L(l...)))
		})
	}
	add(`os.path.commonprefix([[1, 2, 3], [1, 2, 4]])`, func() py.Object {
		return c("commonprefix", py.NewList(py.NewList(py.Int(1), py.Int(2), py.Int(3)), py.NewList(py.Int(1), py.Int(2), py.Int(4))))
	})
	add(`os.path.expandvars("$PY2GO_TEST_VAR/${PY2GO_TEST_VAR}x/$NOPE_NOT_SET/$"), os.path.expandvars("plain")`, func() py.Object {
		return py.NewTuple(c("expandvars", S("$PY2GO_TEST_VAR/${PY2GO_TEST_VAR}x/$NOPE_NOT_SET/$")), c("expandvars", S("plain")))
	})
	add(`os.path.islink(D + "/l"), os.path.islink(D + "/f"), os.path.lexists(D + "/l"), os.path.lexists(D + "/nope"), os.path.ismount("/"), os.path.ismount(D), os.path.samefile(D + "/l", D + "/f"), os.path.splitdrive("/a/b"), os.path.normcase("/A")`, func() py.Object {
		return py.NewTuple(c("islink", S(dir+"/l")), c("islink", S(dir+"/f")), c("lexists", S(dir+"/l")), c("lexists", S(dir+"/nope")), c("ismount", S("/")), c("ismount", S(dir)),
			c("samefile", S(dir+"/l"), S(dir+"/f")), c("splitdrive", S("/a/b")), c("normcase", S("/A")))
	})
	add(`os.path.getmtime(D + "/f") == os.stat(D + "/f").st_mtime`, func() py.Object {
		return py.Compare(c("getmtime", S(dir+"/f")), py.GetAttr(oracle.Call("os", "stat", S(dir+"/f")), "st_mtime"), py.OpEq)
	})
	add(`os.path.getsize(D + "/nope")`, func() py.Object { return c("getsize", S(dir+"/nope")) })
	oracle.Run(t, "import os\nos.environ['PY2GO_TEST_VAR'] = 'val'\nD = "+py.Repr(S(dir)), cases)
}
