// Package sys is Python's sys module.
package sys

import (
	"os"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	pyio "github.com/py2goasync/py2goasync/runtime/stdlib/io"
)

// VersionInfoType is sys.version_info's type.
var VersionInfoType *py.Type

func setupSys() {
	names := []string{"major", "minor", "micro", "releaselevel", "serial"}
	for i, f := range names {
		i := i
		VersionInfoType.Dict.SetStr(f, &py.Property{Get: py.NewBuiltin(f, func(args []py.Object, kw []string) py.Object {
			return py.GetItem(args[0], py.Int(i))
		})})
	}
	VersionInfoType.Dict.SetStr("__repr__", py.NewMethod("__repr__", func(args []py.Object, kw []string) py.Object {
		items := py.AppendStar(nil, args[0])
		parts := make([]string, len(names))
		for i, f := range names {
			parts[i] = f + "=" + py.Repr(items[i])
		}
		return py.Str("sys.version_info(" + strings.Join(parts, ", ") + ")")
	}))
	py.RegisterModule("sys", func(m *py.Module) {
		pyio.Setup() // sys.stdin, a TextIOWrapper
		argv := []py.Object{}
		for _, a := range os.Args {
			argv = append(argv, py.Str(a))
		}
		if len(argv) > 0 && py.ScriptName != "" {
			argv[0] = py.Str(py.ScriptName)
		}
		m.Set("argv", py.NewList(argv...))
		m.Set("orig_argv", py.NewList(argv...))
		m.Set("stdout", py.SysStdout)
		m.Set("stderr", py.SysStderr)
		m.Set("stdin", py.SysStdin)
		m.Set("__stdout__", py.SysStdout)
		m.Set("__stderr__", py.SysStderr)
		m.Set("__stdin__", py.SysStdin)
		m.Set("version", py.Str("3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]"))
		m.Set("version_info", py.NewTupleOf(VersionInfoType, []py.Object{py.Int(3), py.Int(11), py.Int(7), py.Str("final"), py.Int(0)}))
		m.Set("hexversion", py.Int(51054576))
		m.Set("api_version", py.Int(1013))
		m.Set("platform", py.Str("linux"))
		m.Set("byteorder", py.Str("little"))
		m.Set("maxsize", py.Int(9223372036854775807))
		m.Set("maxunicode", py.Int(0x10ffff))
		m.Set("executable", py.Str(executable()))
		m.Set("prefix", py.Str("/usr"))
		m.Set("path", py.NewList())
		// The import system asks the finders a program puts on meta_path
		// for modules it does not link (py.importFromMetaPath); the
		// modules it links need no finder.
		m.Set("meta_path", py.NewList())
		m.Set("path_hooks", py.NewList())
		m.Set("path_importer_cache", py.NewDict())
		m.Set("dont_write_bytecode", py.False)
		m.Set("float_repr_style", py.Str("short"))
		m.Set("copyright", py.Str("Copyright (c) 2001-2023 Python Software Foundation."))
		m.Getattr = func(name string) (py.Object, bool) {
			if name == "modules" {
				return py.Modules(), true
			}
			return nil, false
		}
		m.AddFunc("exit", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("exit", args, kw, []string{"status"}, 0)
			if a[0] == nil {
				panic(py.NewException(py.SystemExitType))
			}
			panic(py.NewException(py.SystemExitType, a[0]))
		})
		m.AddFunc("exc_info", func(args []py.Object, kw []string) py.Object {
			e := py.Current().Handling()
			if e == nil {
				return py.NewTuple(py.None, py.None, py.None)
			}
			return py.NewTuple(e.Type(), e, py.GetAttr(e, "__traceback__"))
		})
		m.AddFunc("exception", func(args []py.Object, kw []string) py.Object {
			if e := py.Current().Handling(); e != nil {
				return e
			}
			return py.None
		})
		m.AddFunc("getrecursionlimit", func(args []py.Object, kw []string) py.Object { return py.Int(py.RecursionLimit()) })
		m.AddFunc("setrecursionlimit", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("setrecursionlimit", args, kw, []string{"limit"}, 1)
			py.SetRecursionLimit(a[0])
			return py.None
		})
		m.AddFunc("getdefaultencoding", func(args []py.Object, kw []string) py.Object { return py.Str("utf-8") })
		m.AddFunc("getfilesystemencoding", func(args []py.Object, kw []string) py.Object { return py.Str("utf-8") })
		m.AddFunc("getsizeof", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("getsizeof", args, kw, []string{"object", "default"}, 1)
			return py.SizeOf(a[0], a[1])
		})
		m.AddFunc("intern", func(args []py.Object, kw []string) py.Object { return args[0] })
		m.AddFunc("getrefcount", func(args []py.Object, kw []string) py.Object { return py.Int(2) })
		m.AddFunc("is_finalizing", func(args []py.Object, kw []string) py.Object { return py.False })
		m.AddFunc("_getframe", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("_getframe", args, kw, []string{"depth"}, 0)
			depth := 0
			if a[0] != nil {
				depth = py.Index(a[0])
			}
			return py.CallerFrame(depth)
		})
		vi, _ := m.Dict.GetStr("version_info")
		addMore(m, vi)
		addBreakpointHook(m)
	})
}

func executable() string {
	if p, err := os.Executable(); err == nil {
		return p
	}
	return ""
}

// initVarsSys sets the file's variables that take code to build (types)
// as setup starts, not at every program's start.
func initVarsSys() {
	VersionInfoType = py.NewClass("version_info", "version_info", "sys", []py.Object{py.TupleType}, py.NewDict())
}
