// Package impmod is _imp, the interpreter's import internals that
// importlib._bootstrap_external (and so py_compile, test.support's
// script_helper) imports. (_warnings is package warningsmod.)
//
// A translated program has no frozen modules and cannot load extension
// modules: extension_suffixes() is empty, the frozen queries answer no,
// and creating an extension or frozen module is an ImportError. The import
// lock is a counter (Python code runs under the GIL).
package impmod

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

var lockCount int

func importError(msg string, name py.Object) *py.BaseException {
	e := py.NewError(py.ImportErrorType, msg)
	e.Dict.SetStr("name", name)
	return e
}

func one(fname string, args []py.Object, kw []string, param string) py.Object {
	return py.ParseArgs(fname, args, kw, []string{param}, 1)[0]
}

func init() {
	py.RegisterModule("_imp", func(m *py.Module) {
		m.Set("__doc__", py.Str("(Extremely) low-level import machinery bits as used by importlib and imp."))
		m.Set("check_hash_based_pycs", py.Str("default"))
		m.AddFunc("source_hash", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("source_hash", args, kw, []string{"key", "source"}, 2)
			src, ok := py.BytesLike(a[1])
			if !ok {
				panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+a[1].Type().Name+"'"))
			}
			return py.Bytes(SourceHash(uint64(int64(py.Index(a[0]))), src))
		})
		m.AddFunc("extension_suffixes", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("extension_suffixes", args, kw, nil, 0)
			return py.NewList()
		})
		m.AddFunc("acquire_lock", func(args []py.Object, kw []string) py.Object {
			lockCount++
			return py.None
		})
		m.AddFunc("release_lock", func(args []py.Object, kw []string) py.Object {
			if lockCount == 0 {
				panic(py.NewError(py.RuntimeErrorType, "not holding the import lock"))
			}
			lockCount--
			return py.None
		})
		m.AddFunc("lock_held", func(args []py.Object, kw []string) py.Object { return py.NewBool(lockCount > 0) })
		m.AddFunc("is_builtin", func(args []py.Object, kw []string) py.Object {
			name := one("is_builtin", args, kw, "name")
			if py.Contains(py.GetAttr(py.Import("sys"), "builtin_module_names"), name) {
				return py.Int(1)
			}
			return py.Int(0)
		})
		m.AddFunc("is_frozen", func(args []py.Object, kw []string) py.Object {
			one("is_frozen", args, kw, "name")
			return py.False
		})
		m.AddFunc("find_frozen", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("find_frozen", args, kw, []string{"name", "withdata"}, 1)
			return py.None
		})
		notFrozen := func(fname string) {
			m.AddFunc(fname, func(args []py.Object, kw []string) py.Object {
				name := one(fname, args, kw, "name")
				panic(importError("No such frozen object named "+py.Repr(name), name))
			})
		}
		notFrozen("is_frozen_package")
		notFrozen("init_frozen")
		notFrozen("get_frozen_object")
		m.AddFunc("_frozen_module_names", func(args []py.Object, kw []string) py.Object { return py.NewTuple() })
		m.AddFunc("_override_frozen_modules_for_tests", func(args []py.Object, kw []string) py.Object { return py.None })
		m.AddFunc("_fix_co_filename", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("_fix_co_filename", args, kw, []string{"code", "path"}, 2)
			return py.None
		})
		m.AddFunc("create_builtin", func(args []py.Object, kw []string) py.Object {
			spec := one("create_builtin", args, kw, "spec")
			return py.ImportModule(py.StrOf(py.GetAttr(spec, "name")))
		})
		m.AddFunc("exec_builtin", func(args []py.Object, kw []string) py.Object {
			one("exec_builtin", args, kw, "mod")
			return py.Int(0)
		})
		m.AddFunc("create_dynamic", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("create_dynamic", args, kw, []string{"spec", "file"}, 1)
			name := py.GetAttr(a[0], "name")
			panic(importError("extension module "+py.StrOf(name)+" cannot be loaded by a translated program", name))
		})
		m.AddFunc("exec_dynamic", func(args []py.Object, kw []string) py.Object {
			one("exec_dynamic", args, kw, "mod")
			return py.Int(0)
		})
	})
}
