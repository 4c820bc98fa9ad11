package posix

import (
	goos "os"
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestPosixOracle(t *testing.T) {
	py.EnterMain()
	dir := t.TempDir()
	goos.WriteFile(filepath.Join(dir, "f.txt"), []byte("hello"), 0o644)
	goos.Mkdir(filepath.Join(dir, "sub"), 0o755)
	goos.Symlink("f.txt", filepath.Join(dir, "link"))
	S := func(s string) py.Object { return py.Str(s) }
	I := func(i int) py.Object { return py.Int(i) }
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("posix", n, args...) }
	cf := func(n string, args ...py.Object) func() py.Object { return func() py.Object { return c(n, args...) } }
	f := filepath.Join(dir, "f.txt")
	cases := []oracle.Case{
		{Py: `(lambda s: (s.st_size, s.st_mode, s.st_nlink, s.st_ino, s.st_dev, s.st_uid, len(s), s[6], s[7] == int(s.st_atime), type(s.st_mtime), type(s.st_mtime_ns), s.st_blksize, s.st_blocks, s.st_rdev))(posix.stat(F))`, Go: func() py.Object {
			s := c("stat", S(f))
			g := func(n string) py.Object { return py.GetAttr(s, n) }
			return py.NewTuple(g("st_size"), g("st_mode"), g("st_nlink"), g("st_ino"), g("st_dev"), g("st_uid"), py.Int(py.Len(s)), py.GetItem(s, I(6)),
				py.Compare(py.GetItem(s, I(7)), py.ToInt(g("st_atime")), py.OpEq), g("st_mtime").Type(), g("st_mtime_ns").Type(), g("st_blksize"), g("st_blocks"), g("st_rdev"))
		}},
		{Py: `posix.lstat(D + "/link").st_mode, posix.stat(D + "/link").st_size`, Go: func() py.Object {
			return py.NewTuple(py.GetAttr(c("lstat", S(dir+"/link")), "st_mode"), py.GetAttr(c("stat", S(dir+"/link")), "st_size"))
		}},
		{Py: `posix.stat_result.n_fields, posix.stat_result.n_sequence_fields, posix.stat_result.n_unnamed_fields, posix.stat_result`, Go: func() py.Object {
			t := oracle.Attr("posix", "stat_result")
			return py.NewTuple(py.GetAttr(t, "n_fields"), py.GetAttr(t, "n_sequence_fields"), py.GetAttr(t, "n_unnamed_fields"), t)
		}},
		{Py: `posix.stat_result((1,) * 10)`, Go: func() py.Object {
			return py.Call(oracle.Attr("posix", "stat_result"), py.Mul(py.NewTuple(I(1)), I(10)))
		}},
		{Py: `posix.stat_result((1,) * 10).st_atime`, Go: func() py.Object {
			return py.GetAttr(py.Call(oracle.Attr("posix", "stat_result"), py.Mul(py.NewTuple(I(1)), I(10))), "st_atime")
		}},
		{Py: `posix.stat_result((1,) * 3)`, Go: func() py.Object { return py.Call(oracle.Attr("posix", "stat_result"), py.Mul(py.NewTuple(I(1)), I(3))) }},
		{Py: `posix.stat_result((1,) * 30)`, Go: func() py.Object {
			return py.Call(oracle.Attr("posix", "stat_result"), py.Mul(py.NewTuple(I(1)), I(30)))
		}},
		{Py: `posix.stat(D + "/nonexist")`, Go: cf("stat", S(dir+"/nonexist"))},
		{Py: `posix.stat([])`, Go: cf("stat", py.NewList())},
		{Py: `posix.stat(None)`, Go: cf("stat", py.None)},
		{Py: `posix.listdir(1.5)`, Go: cf("listdir", py.Float(1.5))},
		{Py: `posix.stat("a\x00b")`, Go: cf("stat", S("a\x00b"))},
		{Py: `posix.rename(D + "/nonexist", D + "/b")`, Go: cf("rename", S(dir+"/nonexist"), S(dir+"/b"))},
		{Py: `posix.mkdir(D)`, Go: cf("mkdir", S(dir))},
		{Py: `posix.rmdir(F)`, Go: cf("rmdir", S(f))},
		{Py: `posix.open("/x")`, Go: cf("open", S("/x"))},
		{Py: `posix.read(-1, 1)`, Go: cf("read", I(-1), I(1))},
		{Py: `posix.close(-1)`, Go: cf("close", I(-1))},
		{Py: `posix.read(0)`, Go: cf("read", I(0))},
		{Py: `sorted(posix.listdir(D)), sorted(posix.listdir(D.encode()))`, Go: func() py.Object {
			a := c("listdir", S(dir))
			b := c("listdir", py.Bytes(dir))
			py.CallMethod(a, "sort")
			py.CallMethod(b, "sort")
			return py.NewTuple(a, b)
		}},
		{Py: `sorted((e.name, e.path == D + "/" + e.name, e.is_dir(), e.is_file(), e.is_symlink(), e.is_file(follow_symlinks=False), e.inode() == posix.lstat(e.path).st_ino, repr(e)) for e in posix.scandir(D))`, Go: func() py.Object {
			out := py.NewList()
			it := py.GetIter(c("scandir", S(dir)))
			for {
				e, ok := py.Next(it)
				if !ok {
					break
				}
				name := py.GetAttr(e, "name")
				out.Items = append(out.Items, py.NewTuple(name, py.Compare(py.GetAttr(e, "path"), py.Add(S(dir+"/"), name), py.OpEq),
					py.CallMethod(e, "is_dir"), py.CallMethod(e, "is_file"), py.CallMethod(e, "is_symlink"),
					py.CallKw(py.GetAttr(e, "is_file"), []py.Object{py.False}, []string{"follow_symlinks"}),
					py.Compare(py.CallMethod(e, "inode"), py.GetAttr(c("lstat", py.GetAttr(e, "path")), "st_ino"), py.OpEq), py.Str(py.Repr(e))))
			}
			py.CallMethod(out, "sort")
			return out
		}},
		{Py: `posix.scandir(D + "/nonexist")`, Go: cf("scandir", S(dir+"/nonexist"))},
		{Py: `(lambda fd: (posix.write(fd, b"abc"), posix.lseek(fd, 0, 0), posix.read(fd, 10), posix.pread(fd, 2, 1), posix.fstat(fd).st_size, posix.get_inheritable(fd), posix.get_blocking(fd), posix.isatty(fd), posix.close(fd)))(posix.open(D + "/new", posix.O_RDWR | posix.O_CREAT, 0o600))`, Go: func() py.Object {
			fd := c("open", S(dir+"/new"), py.Binary(py.OpOr, oracle.Attr("posix", "O_RDWR"), oracle.Attr("posix", "O_CREAT")), I(0o600))
			return py.NewTuple(c("write", fd, py.Bytes("abc")), c("lseek", fd, I(0), I(0)), c("read", fd, I(10)), c("pread", fd, I(2), I(1)),
				py.GetAttr(c("fstat", fd), "st_size"), c("get_inheritable", fd), c("get_blocking", fd), c("isatty", fd), c("close", fd))
		}},
		{Py: `posix.stat(D + "/new").st_mode & 0o777, posix.unlink(D + "/new"), posix.access(D + "/new", posix.F_OK)`, Go: func() py.Object {
			return py.NewTuple(py.Binary(py.OpAnd, py.GetAttr(c("stat", S(dir+"/new")), "st_mode"), I(0o777)), c("unlink", S(dir+"/new")), c("access", S(dir+"/new"), oracle.Attr("posix", "F_OK")))
		}},
		{Py: `(lambda p: (posix.write(p[1], b"xy"), posix.read(p[0], 5), posix.get_inheritable(p[0]), posix.set_inheritable(p[0], True), posix.get_inheritable(p[0]), posix.close(p[0]), posix.close(p[1])))(posix.pipe())`, Go: func() py.Object {
			p := c("pipe")
			r, w := py.GetItem(p, I(0)), py.GetItem(p, I(1))
			return py.NewTuple(c("write", w, py.Bytes("xy")), c("read", r, I(5)), c("get_inheritable", r), c("set_inheritable", r, py.True), c("get_inheritable", r), c("close", r), c("close", w))
		}},
		{Py: `[(posix.WIFEXITED(s), posix.WEXITSTATUS(s), posix.WIFSIGNALED(s), posix.WTERMSIG(s), posix.WIFSTOPPED(s), posix.WSTOPSIG(s), posix.WCOREDUMP(s), posix.WIFCONTINUED(s)) for s in (0, 256, 9, 0x8b, 0x137f, 0xffff)]`, Go: func() py.Object {
			out := py.NewList()
			for _, s := range []int{0, 256, 9, 0x8b, 0x137f, 0xffff} {
				out.Items = append(out.Items, py.NewTuple(c("WIFEXITED", I(s)), c("WEXITSTATUS", I(s)), c("WIFSIGNALED", I(s)), c("WTERMSIG", I(s)), c("WIFSTOPPED", I(s)), c("WSTOPSIG", I(s)), c("WCOREDUMP", I(s)), c("WIFCONTINUED", I(s))))
			}
			return out
		}},
		{Py: `posix.waitstatus_to_exitcode(256), posix.waitstatus_to_exitcode(9)`, Go: func() py.Object {
			return py.NewTuple(c("waitstatus_to_exitcode", I(256)), c("waitstatus_to_exitcode", I(9)))
		}},
		{Py: `posix.waitstatus_to_exitcode(0x137f)`, Go: cf("waitstatus_to_exitcode", I(0x137f))},
		{Py: `[posix.strerror(i) for i in (1, 2, 11, 13, 95, 200)]`, Go: func() py.Object {
			out := py.NewList()
			for _, i := range []int{1, 2, 11, 13, 95, 200} {
				out.Items = append(out.Items, c("strerror", I(i)))
			}
			return out
		}},
		{Py: `posix.major(0x10305), posix.minor(0x10305), posix.makedev(259, 5), posix.major(posix.makedev(4097, 300000)), posix.minor(posix.makedev(4097, 300000))`, Go: func() py.Object {
			return py.NewTuple(c("major", I(0x10305)), c("minor", I(0x10305)), c("makedev", I(259), I(5)), c("major", c("makedev", I(4097), I(300000))), c("minor", c("makedev", I(4097), I(300000))))
		}},
		{Py: `posix.uname().sysname, type(posix.uname()), len(posix.times()), posix.getpid() == posix.getpid(), posix.getcwd() == posix.getcwdb().decode()`, Go: func() py.Object {
			return py.NewTuple(py.GetAttr(c("uname"), "sysname"), c("uname").Type(), py.Int(py.Len(c("times"))), py.Compare(c("getpid"), c("getpid"), py.OpEq),
				py.Compare(c("getcwd"), py.CallMethod(c("getcwdb"), "decode"), py.OpEq))
		}},
		{Py: `posix.fspath(1)`, Go: cf("fspath", I(1))},
		{Py: `posix.fspath("a"), posix.fspath(b"b")`, Go: func() py.Object { return py.NewTuple(c("fspath", S("a")), c("fspath", py.Bytes("b"))) }},
		{Py: `posix.sysconf("SC_PAGE_SIZE"), posix.sysconf("SC_CLK_TCK"), posix.sysconf("SC_NPROCESSORS_ONLN") > 0`, Go: func() py.Object {
			return py.NewTuple(c("sysconf", S("SC_PAGE_SIZE")), c("sysconf", S("SC_CLK_TCK")), py.Compare(c("sysconf", S("SC_NPROCESSORS_ONLN")), I(0), py.OpGt))
		}},
		{Py: `posix.sysconf("nope")`, Go: cf("sysconf", S("nope"))},
		{Py: `posix.readlink(D + "/link"), posix.readlink((D + "/link").encode())`, Go: func() py.Object {
			return py.NewTuple(c("readlink", S(dir+"/link")), c("readlink", py.Bytes(dir+"/link")))
		}},
		{Py: `posix.utime(F, (1.5, 1000000000)), posix.stat(F).st_mtime, posix.stat(F).st_atime_ns, posix.utime(F, ns=(5, 7)), posix.stat(F).st_mtime_ns`, Go: func() py.Object {
			return py.NewTuple(c("utime", S(f), py.NewTuple(py.Float(1.5), I(1000000000))), py.GetAttr(c("stat", S(f)), "st_mtime"), py.GetAttr(c("stat", S(f)), "st_atime_ns"),
				py.CallKw(oracle.Attr("posix", "utime"), []py.Object{S(f), py.NewTuple(I(5), I(7))}, []string{"ns"}), py.GetAttr(c("stat", S(f)), "st_mtime_ns"))
		}},
		{Py: `sorted(k for k in dir(posix) if k.isupper())`, Go: func() py.Object {
			out := py.NewList()
			for _, n := range py.Call(py.LoadBuiltin("dir"), py.Import("posix")).(*py.List).Items {
				s := string(n.(py.Str))
				if py.Truth(py.CallMethod(n, "isupper")) {
					out.Items = append(out.Items, S(s))
				}
			}
			return out
		}},
	}
	setup := "import posix\nD = " + py.Repr(py.Str(dir)) + "\nF = D + '/f.txt'"
	oracle.Run(t, setup, cases)
}

func TestPosixMoreOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("posix", n, args...) }
	a := func(n string) py.Object { return oracle.Attr("posix", n) }
	I := func(i int) py.Object { return py.Int(i) }
	oracle.Run(t, "import posix", []oracle.Case{
		{Py: `posix.sched_get_priority_max(posix.SCHED_FIFO), posix.sched_get_priority_min(posix.SCHED_OTHER), posix.sched_getscheduler(0), posix.sched_getparam(0), posix.ctermid(), posix.getgrouplist('root', 0)`, Go: func() py.Object {
			return py.NewTuple(c("sched_get_priority_max", a("SCHED_FIFO")), c("sched_get_priority_min", a("SCHED_OTHER")), c("sched_getscheduler", I(0)), c("sched_getparam", I(0)),
				c("ctermid"), c("getgrouplist", py.Str("root"), I(0)))
		}},
		{Py: `posix.wait3(posix.WNOHANG)`, Go: func() py.Object { return c("wait3", a("WNOHANG")) }},
		{Py: `posix.waitid(posix.P_ALL, 0, posix.WEXITED | posix.WNOHANG)`, Go: func() py.Object {
			return c("waitid", a("P_ALL"), I(0), py.Binary(py.OpOr, a("WEXITED"), a("WNOHANG")))
		}},
		{Py: `posix.tcgetpgrp(posix.open("/dev/null", 0))`, Go: func() py.Object { return c("tcgetpgrp", c("open", py.Str("/dev/null"), I(0))) }},
		{Py: `(lambda p: (posix.writev(p[1], [b"ab", b"cde"]), (lambda b: (posix.readv(p[0], [b]), b))(bytearray(4)), posix.read(p[0], 10)))(posix.pipe())`, Go: func() py.Object {
			p := c("pipe")
			r, w := py.GetItem(p, I(0)), py.GetItem(p, I(1))
			b := &py.ByteArray{B: make([]byte, 4)}
			n := c("writev", w, py.NewList(py.Bytes("ab"), py.Bytes("cde")))
			return py.NewTuple(n, py.NewTuple(c("readv", r, py.NewList(b)), b), c("read", r, I(10)))
		}},
		{Py: `(lambda fd: (posix.eventfd_write(fd, 5), posix.eventfd_read(fd)))(posix.eventfd(0))`, Go: func() py.Object {
			fd := c("eventfd", I(0))
			return py.NewTuple(c("eventfd_write", fd, I(5)), c("eventfd_read", fd))
		}},
		{Py: `(lambda fd: (posix.write(fd, b"xyz"), posix.fstat(fd).st_size))(posix.memfd_create("x"))`, Go: func() py.Object {
			fd := c("memfd_create", py.Str("x"))
			return py.NewTuple(c("write", fd, py.Bytes("xyz")), py.GetAttr(c("fstat", fd), "st_size"))
		}},
		{Py: `(lambda p: (type(p[0]), posix.isatty(p[1])))(posix.openpty())`, Go: func() py.Object {
			p := c("openpty")
			return py.NewTuple(py.GetItem(p, I(0)).Type(), c("isatty", py.GetItem(p, I(1))))
		}},
	})
}
