package os

import (
	"fmt"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/abc"         // os.PathLike's metaclass
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/collections" // os.Mapping
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/posix"       // registers posix
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/sys"         // os.sys
)

// overridden are the names whose first Go versions here were rough
// (mkdir ignored its mode, rmdir removed files, ...): posix's faithful ones
// replace them.
var overridden map[string]bool

// addPosix completes os with what os.py takes from posix (every function,
// constant and struct sequence) and the few names os.py defines itself.
func addPosix(m *py.Module) {
	px := py.Import("posix")
	px.Dict.Items(func(k, v py.Object) bool {
		name := py.StrOf(k)
		if strings.HasPrefix(name, "__") || name == "environ" {
			return true
		}
		if _, have := m.Dict.GetStr(name); !have || overridden[name] {
			m.Dict.SetStr(name, v)
		}
		return true
	})
	m.Set("SEEK_SET", py.Int(0))
	m.Set("SEEK_CUR", py.Int(1))
	m.Set("SEEK_END", py.Int(2))
	m.Set("P_WAIT", py.Int(0))
	m.Set("P_NOWAIT", py.Int(1))
	m.Set("P_NOWAITO", py.Int(1))
	m.Set("extsep", py.Str("."))
	m.Set("altsep", py.None)
	m.Set("defpath", py.Str("/bin:/usr/bin"))
	m.Set("supports_bytes_environ", py.True)
	set := func(names ...string) *py.Set {
		s := py.NewSet()
		for _, n := range names {
			if f, ok := m.Dict.GetStr(n); ok {
				s.Add(f)
			}
		}
		return s
	}
	m.Set("supports_dir_fd", set("access", "chmod", "chown", "link", "mkdir", "mkfifo", "mknod", "open", "readlink", "rename", "rmdir", "stat", "symlink", "unlink", "utime"))
	m.Set("supports_fd", set("chdir", "chmod", "chown", "execve", "listdir", "pathconf", "scandir", "stat", "statvfs", "truncate", "utime"))
	m.Set("supports_follow_symlinks", set("access", "chown", "link", "stat", "utime"))
	m.Set("supports_effective_ids", set("access"))
	envb := py.Call(dictType, py.GetAttr(px, "environ"))
	m.Set("environb", envb)
	m.AddFunc("getenvb", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getenvb", args, kw, []string{"key", "default"}, 1)
		if py.Contains(envb, a[0]) {
			return py.GetItem(envb, a[0])
		}
		if a[1] != nil {
			return a[1]
		}
		return py.None
	})
	m.AddFunc("fsencode", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("fsencode", args, kw, []string{"filename"}, 1)
		p := py.Call(py.GetAttr(px, "fspath"), a[0])
		if s, ok := p.(py.Str); ok {
			return py.Bytes(py.EncodeStr(string(s), "utf-8", "surrogateescape"))
		}
		return p
	})
	m.AddFunc("fsdecode", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("fsdecode", args, kw, []string{"filename"}, 1)
		p := py.Call(py.GetAttr(px, "fspath"), a[0])
		if b, ok := p.(py.Bytes); ok {
			return py.Str(py.DecodeBytes([]byte(b), "utf-8", "surrogateescape"))
		}
		return p
	})
	m.AddFunc("get_exec_path", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("get_exec_path", args, kw, []string{"env"}, 0)
		var path py.Object = py.None
		env := a[0]
		if env == nil || env == py.None {
			env, _ = m.Dict.GetStr("environ")
		}
		if v := py.CallMethod(env, "get", py.Str("PATH")); v != py.None {
			path = v
		}
		if b, ok := path.(py.Bytes); ok {
			path = py.Str(py.DecodeBytes([]byte(b), "utf-8", "surrogateescape"))
		}
		if path == py.None {
			path = py.Str("/bin:/usr/bin")
		}
		out := py.NewList()
		for _, p := range strings.Split(py.StrOf(path), ":") {
			out.Items = append(out.Items, py.Str(p))
		}
		return out
	})
	m.AddFunc("removedirs", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("removedirs", args, kw, []string{"name"}, 1)
		rmdir, _ := m.Dict.GetStr("rmdir")
		name := py.StrOf(py.Call(py.GetAttr(px, "fspath"), a[0]))
		py.Call(rmdir, py.Str(name))
		head, tail := splitPath(name)
		if tail == "" {
			head, tail = splitPath(head)
		}
		for head != "" && tail != "" {
			failed := py.CatchMatching(py.OSErrorType, func() { py.Call(rmdir, py.Str(head)) }) != nil
			if failed {
				break
			}
			head, tail = splitPath(head)
		}
		return py.None
	})
	m.AddFunc("renames", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("renames", args, kw, []string{"old", "new"}, 2)
		old, nw := py.StrOf(a[0]), py.StrOf(a[1])
		head, tail := splitPath(nw)
		if head != "" && tail != "" {
			if _, err := statPath(head); err != nil {
				py.CallKw(py.GetAttr(m, "makedirs"), []py.Object{py.Str(head), py.True}, []string{"exist_ok"})
			}
		}
		py.Call(py.GetAttr(px, "rename"), a[0], a[1])
		head, tail = splitPath(old)
		if head != "" && tail != "" {
			py.Catch(func() { py.Call(py.GetAttr(m, "removedirs"), py.Str(head)) })
		}
		return py.None
	})
	m.Set("PathLike", pathLike())
	addExec(m, px)
	m.Set("abc", py.Import("abc"))
	m.Set("sys", py.Import("sys"))
	// os.py takes them from _collections_abc, which does not import
	// collections (4M instructions of collections/__init__.py at every
	// `import os`); the Go unit tests link no _collections_abc.
	cabcName := "_collections_abc"
	if !py.Translated(cabcName) {
		cabcName = "collections.abc"
	}
	cabc := py.Import(cabcName)
	m.Set("Mapping", py.GetAttr(cabc, "Mapping"))
	m.Set("MutableMapping", py.GetAttr(cabc, "MutableMapping"))
	m.Set("GenericAlias", py.GenericAliasType)
}

// addExec adds os.py's exec* family over posix.execv/execve: the l forms
// take the arguments inline, the p forms search PATH as os._execvpe does.
func addExec(m *py.Module, px *py.Module) {
	execve := py.GetAttr(px, "execve")
	execv := py.GetAttr(px, "execv")
	execvpe := func(file py.Object, args py.Object, env py.Object) py.Object {
		name := py.StrOf(py.Call(py.GetAttr(px, "fspath"), file))
		run := func(path py.Object) {
			if env != nil {
				py.Call(execve, path, args, env)
			} else {
				py.Call(execv, path, args)
			}
		}
		if strings.Contains(name, "/") {
			run(file)
			return py.None
		}
		var getPath []py.Object
		if env != nil {
			getPath = []py.Object{env}
		}
		dirs := py.Call(py.GetAttr(m, "get_exec_path"), getPath...).(*py.List)
		var saved *py.BaseException
		var last *py.BaseException
		for _, d := range dirs.Items {
			full := py.Str(strings.TrimSuffix(py.StrOf(d), "/") + "/" + name)
			if e := py.CatchMatching(py.OSErrorType, func() { run(full) }); e != nil {
				last = e
				errno := py.GetAttr(e, "errno")
				if !py.Eq(errno, py.Int(int(syscall.ENOENT))) && !py.Eq(errno, py.Int(int(syscall.ENOTDIR))) && saved == nil {
					saved = e
				}
			}
		}
		if saved != nil {
			panic(saved)
		}
		if last != nil {
			panic(last)
		}
		panic(py.Call(py.OSErrorType, py.Int(int(syscall.ENOENT)), py.Str("No such file or directory"), py.Str(name)).(*py.BaseException))
	}
	m.AddFunc("execl", func(args []py.Object, kw []string) py.Object {
		return py.Call(execv, args[0], py.NewTuple(args[1:]...))
	})
	m.AddFunc("execle", func(args []py.Object, kw []string) py.Object {
		return py.Call(execve, args[0], py.NewTuple(args[1:len(args)-1]...), args[len(args)-1])
	})
	m.AddFunc("execlp", func(args []py.Object, kw []string) py.Object {
		return execvpe(args[0], py.NewTuple(args[1:]...), nil)
	})
	m.AddFunc("execlpe", func(args []py.Object, kw []string) py.Object {
		return execvpe(args[0], py.NewTuple(args[1:len(args)-1]...), args[len(args)-1])
	})
	m.AddFunc("execvp", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("execvp", args, kw, []string{"file", "args"}, 2)
		return execvpe(a[0], a[1], nil)
	})
	m.AddFunc("execvpe", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("execvpe", args, kw, []string{"file", "args", "env"}, 3)
		return execvpe(a[0], a[1], a[2])
	})
}

var dictType py.Object = py.DictType

func splitPath(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func statPath(p string) (py.Object, error) {
	var out py.Object
	var err error
	if e := py.Catch(func() { out = py.Call(py.GetAttr(py.Import("posix"), "stat"), py.Str(p)) }); e != nil {
		err = fmt.Errorf("%s", py.ExcStr(e))
	}
	return out, err
}

// pathLike is os.PathLike: an ABC that every class with __fspath__ is a
// virtual subclass of.
func pathLike() py.Object {
	abcMeta := py.GetAttr(py.Import("abc"), "ABCMeta")
	ns := py.NewDict()
	var cls *py.Type
	// __subclasshook__ as os.py's: any class with __fspath__ in its MRO.
	ns.SetStr("__subclasshook__", &py.ClassMethod{Func: py.NewFunction(&py.Code{Name: "__subclasshook__", Qualname: "PathLike.__subclasshook__", Module: "os", Params: []string{"cls", "subclass"}, NumPos: 2}, nil, nil, func(a []py.Object) py.Object {
		if a[0] != py.Object(cls) {
			return py.NotImplemented
		}
		t, ok := a[1].(*py.Type)
		if !ok {
			return py.NotImplemented
		}
		for _, b := range t.MRO {
			if v, ok := b.Dict.GetStr("__fspath__"); ok {
				if v == py.None {
					return py.NotImplemented
				}
				return py.True
			}
		}
		return py.NotImplemented
	})})
	ns.SetStr("__doc__", py.Str("Abstract base class for implementing the file system path protocol."))
	ns.SetStr("__slots__", py.EmptyTuple)
	fspath := py.NewFunction(&py.Code{Name: "__fspath__", Qualname: "PathLike.__fspath__", Module: "os", Params: []string{"self"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object {
		panic(py.NewException(py.NotImplementedErrorType))
	})
	py.SetAttr(fspath, "__isabstractmethod__", py.True)
	ns.SetStr("__fspath__", fspath)
	ns.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
		return &py.GenericAlias{Origin: args[0].(*py.Type), Args: args[1]}
	})})
	cls = py.NewClass("PathLike", "PathLike", "os", []py.Object{py.GetAttr(py.Import("abc"), "ABC")}, ns)
	py.SetMeta(cls, abcMeta.(*py.Type))
	return cls
}

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	overridden = map[string]bool{
		"getpid": true, "getppid": true, "getcwd": true, "chdir": true, "listdir": true, "mkdir": true,
		"remove": true, "unlink": true, "rmdir": true, "rename": true, "cpu_count": true, "urandom": true,
		"kill": true, "strerror": true, "fspath": true, "_exit": true, "get_terminal_size": true,
	}
}
