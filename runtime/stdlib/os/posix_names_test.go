package os

import (
	goos "os"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestOsPosixNamesOracle(t *testing.T) {
	py.EnterMain()
	S := func(s string) py.Object { return py.Str(s) }
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("os", n, args...) }
	dir := t.TempDir()
	goos.WriteFile(dir+"/keep", nil, 0o644)
	oracle.Run(t, "import os, pathlib\nD = "+py.Repr(S(dir)), []oracle.Case{
		{Py: `os.SEEK_SET, os.SEEK_END, os.extsep, os.altsep, os.defpath, os.P_NOWAIT, os.O_RDONLY, os.O_CREAT, os.WNOHANG, os.F_OK, os.R_OK`, Go: func() py.Object {
			a := func(n string) py.Object { return oracle.Attr("os", n) }
			return py.NewTuple(a("SEEK_SET"), a("SEEK_END"), a("extsep"), a("altsep"), a("defpath"), a("P_NOWAIT"), a("O_RDONLY"), a("O_CREAT"), a("WNOHANG"), a("F_OK"), a("R_OK"))
		}},
		{Py: `os.fsencode("aé"), os.fsdecode("aé".encode()), os.fsencode(b"x"), os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({})`, Go: func() py.Object {
			env := py.NewDict()
			env.SetStr("PATH", S("/a:/b"))
			return py.NewTuple(c("fsencode", S("aé")), c("fsdecode", py.Bytes("aé")), c("fsencode", py.Bytes("x")), c("get_exec_path", env), c("get_exec_path", py.NewDict()))
		}},
		{Py: `os.PathLike, issubclass(str, os.PathLike), isinstance(1, os.PathLike), isinstance(next(os.scandir(D + "/..")), os.PathLike)`, Go: func() py.Object {
			pl := oracle.Attr("os", "PathLike")
			isinst := py.LoadBuiltin("isinstance")
			return py.NewTuple(pl, py.Call(py.LoadBuiltin("issubclass"), py.StrType, pl), py.Call(isinst, py.Int(1), pl),
				py.Call(isinst, func() py.Object { v, _ := py.Next(c("scandir", S(dir+"/.."))); return v }(), pl))
		}},
		{Py: `(os.makedirs(D + "/a/b/c"), os.removedirs(D + "/a/b/c"), os.path.exists(D + "/a"))`, Go: func() py.Object {
			return py.NewTuple(c("makedirs", S(dir+"/a/b/c")), c("removedirs", S(dir+"/a/b/c")), oracle.Call("os.path", "exists", S(dir+"/a")))
		}},
		{Py: `os.mkdir(D + "/m", 0o700), oct(os.stat(D + "/m").st_mode & 0o777), os.rmdir(D + "/m")`, Go: func() py.Object {
			return py.NewTuple(c("mkdir", S(dir+"/m"), py.Int(0o700)), py.Call(py.LoadBuiltin("oct"), py.Binary(py.OpAnd, py.GetAttr(c("stat", S(dir+"/m")), "st_mode"), py.Int(0o777))), c("rmdir", S(dir+"/m")))
		}},
	})
}
