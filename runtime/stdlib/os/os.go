// Package os is a subset of Python's os and os.path modules.
package os

import (
	goos "os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func oserr(err error, name string) {
	if err != nil {
		panic(py.NewOSError(err, name))
	}
}

func str(o py.Object) string {
	if s, ok := o.(py.Str); ok {
		return string(s)
	}
	if m := py.LookupSpecial(o, "__fspath__"); m != nil {
		return py.StrOf(py.Call(m))
	}
	panic(py.NewError(py.TypeErrorType, "expected str, bytes or os.PathLike object, not "+o.Type().Name))
}

func environ() *py.Dict {
	d := py.NewDict()
	for _, kv := range goos.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		d.SetStr(k, py.Str(v))
	}
	return d
}

// EnvironType is os._Environ: a dict whose writes reach the process environment.
var EnvironType *py.Type

func setup0() {
	py.AddMethod(EnvironType, "__setitem__", func(args []py.Object, kw []string) py.Object {
		goos.Setenv(str(args[1]), str(args[2]))
		args[0].(*py.Dict).Set(args[1], args[2])
		return py.None
	})
	py.AddMethod(EnvironType, "__repr__", func(args []py.Object, kw []string) py.Object {
		return py.Str("environ(" + py.Repr(args[0].(*py.Dict).Copy()) + ")")
	})
	py.RegisterModule("os", func(m *py.Module) {
		env := py.NewDictOf(EnvironType)
		environ().Items(func(k, v py.Object) bool { env.Set(k, v); return true })
		m.Set("environ", env)
		m.Set("name", py.Str("posix"))
		m.Set("sep", py.Str("/"))
		m.Set("pathsep", py.Str(":"))
		m.Set("linesep", py.Str("\n"))
		m.Set("curdir", py.Str("."))
		m.Set("pardir", py.Str(".."))
		m.Set("devnull", py.Str("/dev/null"))
		// os._get_exports_list(module): its __all__, else its names not
		// starting with an underscore (socket.py builds __all__ with it).
		m.AddFunc("_get_exports_list", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("_get_exports_list", args, kw, []string{"module"}, 1)
			if all := py.LookupAttr(a[0], "__all__"); all != nil {
				return py.Call(py.ListType, all)
			}
			out := py.NewList()
			for _, n := range py.AppendStar(nil, py.Call(py.LoadBuiltin("dir"), a[0])) {
				if s := py.StrOf(n); s != "" && s[0] != '_' {
					out.Items = append(out.Items, n)
				}
			}
			return out
		})
		m.Set("path", py.Import("os.path"))
		m.Set("error", py.OSErrorType)
		addProcessFuncs(m)
		m.AddFunc("getpid", func(args []py.Object, kw []string) py.Object { return py.Int(goos.Getpid()) })
		m.AddFunc("getppid", func(args []py.Object, kw []string) py.Object { return py.Int(goos.Getppid()) })
		m.AddFunc("getcwd", func(args []py.Object, kw []string) py.Object {
			d, err := goos.Getwd()
			oserr(err, "")
			return py.Str(d)
		})
		m.AddFunc("chdir", func(args []py.Object, kw []string) py.Object {
			oserr(goos.Chdir(str(args[0])), str(args[0]))
			return py.None
		})
		m.AddFunc("getenv", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("getenv", args, kw, []string{"key", "default"}, 1)
			if v, ok := goos.LookupEnv(str(a[0])); ok {
				return py.Str(v)
			}
			if a[1] != nil {
				return a[1]
			}
			return py.None
		})
		m.AddFunc("listdir", func(args []py.Object, kw []string) py.Object {
			p := "."
			if len(args) > 0 {
				p = str(args[0])
			}
			ents, err := goos.ReadDir(p)
			oserr(err, p)
			out := make([]py.Object, len(ents))
			for i, e := range ents {
				out[i] = py.Str(e.Name())
			}
			return py.NewList(out...)
		})
		m.AddFunc("mkdir", func(args []py.Object, kw []string) py.Object {
			oserr(goos.Mkdir(str(args[0]), 0o777), str(args[0]))
			return py.None
		})
		m.AddFunc("makedirs", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("makedirs", args, kw, []string{"name", "mode", "exist_ok"}, 1)
			p := str(a[0])
			if st, err := goos.Stat(p); err == nil && st.IsDir() && !(a[2] != nil && py.Truth(a[2])) {
				oserr(&goos.PathError{Op: "mkdir", Path: p, Err: syscall.EEXIST}, p)
			}
			oserr(goos.MkdirAll(p, 0o777), p)
			return py.None
		})
		rm := func(args []py.Object, kw []string) py.Object {
			oserr(goos.Remove(str(args[0])), str(args[0]))
			return py.None
		}
		m.AddFunc("remove", rm)
		m.AddFunc("unlink", rm)
		m.AddFunc("rmdir", rm)
		m.AddFunc("rename", func(args []py.Object, kw []string) py.Object {
			oserr(goos.Rename(str(args[0]), str(args[1])), str(args[0]))
			return py.None
		})
		m.AddFunc("cpu_count", func(args []py.Object, kw []string) py.Object { return py.Int(runtime.NumCPU()) })
		m.AddFunc("urandom", func(args []py.Object, kw []string) py.Object {
			b := make([]byte, py.Index(args[0]))
			f, err := goos.Open("/dev/urandom")
			oserr(err, "")
			defer f.Close()
			f.Read(b)
			return py.Bytes(b)
		})
		m.AddFunc("kill", func(args []py.Object, kw []string) py.Object {
			oserr(syscall.Kill(py.Index(args[0]), syscall.Signal(py.Index(args[1]))), "")
			return py.None
		})
		m.AddFunc("strerror", func(args []py.Object, kw []string) py.Object {
			s := syscall.Errno(py.Index(args[0])).Error()
			return py.Str(strings.ToUpper(s[:1]) + s[1:])
		})
		m.AddFunc("fspath", func(args []py.Object, kw []string) py.Object { return py.Str(str(args[0])) })
		m.AddFunc("_exit", func(args []py.Object, kw []string) py.Object {
			py.FlushStdout()
			goos.Exit(py.Index(args[0]))
			return py.None
		})
		m.AddFunc("get_terminal_size", func(args []py.Object, kw []string) py.Object {
			return py.NewTuple(py.Int(80), py.Int(24))
		})
		m.AddFunc("walk", func(args []py.Object, kw []string) py.Object {
			root := str(args[0])
			var out []py.Object
			filepath.WalkDir(root, func(p string, d goos.DirEntry, err error) error {
				if err != nil || !d.IsDir() {
					return nil
				}
				ents, _ := goos.ReadDir(p)
				var dirs, files []py.Object
				for _, e := range ents {
					if e.IsDir() {
						dirs = append(dirs, py.Str(e.Name()))
					} else {
						files = append(files, py.Str(e.Name()))
					}
				}
				out = append(out, py.NewTuple(py.Str(p), py.NewList(dirs...), py.NewList(files...)))
				return nil
			})
			return py.GetIter(py.NewList(out...))
		})
		addPosix(m)
	})
	py.RegisterModule("os.path", func(m *py.Module) {
		m.Set("sep", py.Str("/"))
		m.AddFunc("join", func(args []py.Object, kw []string) py.Object {
			if len(args) == 0 {
				panic(py.NewError(py.TypeErrorType, "join() missing 1 required positional argument: 'a'"))
			}
			p := str(args[0])
			for _, a := range args[1:] {
				s := str(a)
				if strings.HasPrefix(s, "/") {
					p = s
				} else if p == "" || strings.HasSuffix(p, "/") {
					p += s
				} else {
					p += "/" + s
				}
			}
			return py.Str(p)
		})
		m.AddFunc("basename", func(args []py.Object, kw []string) py.Object {
			p := str(args[0])
			return py.Str(p[strings.LastIndexByte(p, '/')+1:])
		})
		m.AddFunc("dirname", func(args []py.Object, kw []string) py.Object {
			p := str(args[0])
			i := strings.LastIndexByte(p, '/') + 1
			head := p[:i]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return py.Str(head)
		})
		m.AddFunc("split", func(args []py.Object, kw []string) py.Object {
			p := str(args[0])
			i := strings.LastIndexByte(p, '/') + 1
			head, tail := p[:i], p[i:]
			if head != "" && strings.Trim(head, "/") != "" {
				head = strings.TrimRight(head, "/")
			}
			return py.NewTuple(py.Str(head), py.Str(tail))
		})
		m.AddFunc("splitext", func(args []py.Object, kw []string) py.Object {
			p := str(args[0])
			base := p[strings.LastIndexByte(p, '/')+1:]
			i := strings.LastIndexByte(base, '.')
			if i <= 0 || strings.Trim(base[:i], ".") == "" {
				return py.NewTuple(py.Str(p), py.Str(""))
			}
			cut := len(p) - len(base) + i
			return py.NewTuple(py.Str(p[:cut]), py.Str(p[cut:]))
		})
		stat := func(name string, f func(fi goos.FileInfo, err error) bool) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				fi, err := goos.Stat(str(args[0]))
				return py.NewBool(f(fi, err))
			})
		}
		stat("exists", func(fi goos.FileInfo, err error) bool { return err == nil })
		stat("isfile", func(fi goos.FileInfo, err error) bool { return err == nil && fi.Mode().IsRegular() })
		stat("isdir", func(fi goos.FileInfo, err error) bool { return err == nil && fi.IsDir() })
		m.AddFunc("getsize", func(args []py.Object, kw []string) py.Object {
			fi, err := goos.Stat(str(args[0]))
			oserr(err, str(args[0]))
			return py.Int(fi.Size())
		})
		m.AddFunc("isabs", func(args []py.Object, kw []string) py.Object { return py.NewBool(strings.HasPrefix(str(args[0]), "/")) })
		m.AddFunc("abspath", func(args []py.Object, kw []string) py.Object {
			p, _ := filepath.Abs(str(args[0]))
			return py.Str(p)
		})
		m.AddFunc("realpath", func(args []py.Object, kw []string) py.Object {
			p, _ := filepath.Abs(str(args[0]))
			if r, err := filepath.EvalSymlinks(p); err == nil {
				p = r
			}
			return py.Str(p)
		})
		m.AddFunc("normpath", func(args []py.Object, kw []string) py.Object {
			p := str(args[0])
			if p == "" {
				return py.Str(".")
			}
			c := filepath.Clean(p)
			if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
				c = "/" + c
			}
			return py.Str(c)
		})
		m.AddFunc("expanduser", func(args []py.Object, kw []string) py.Object {
			p := str(args[0])
			if strings.HasPrefix(p, "~") {
				h, _ := goos.UserHomeDir()
				p = h + p[1:]
			}
			return py.Str(p)
		})
		addPathMore(m)
		bytesPaths(m, "join", "basename", "dirname", "split", "splitext", "normpath", "isabs", "abspath",
			"realpath", "expanduser", "exists", "isfile", "isdir", "getsize", "islink", "lexists", "relpath",
			"commonprefix", "commonpath", "expandvars", "normcase", "splitdrive", "ismount", "getmtime",
			"getatime", "getctime", "samefile")
	})
	_ = sort.Strings
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	EnvironType = py.NewClass("_Environ", "_Environ", "os", []py.Object{py.DictType}, py.NewDict())
}
