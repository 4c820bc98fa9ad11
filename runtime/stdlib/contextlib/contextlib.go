// Package contextlib is Python's contextlib module: contextmanager,
// asynccontextmanager, suppress, closing, aclosing, nullcontext,
// ExitStack and AsyncExitStack, redirect_stdout/stderr.
package contextlib

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

func fn(name string, params []string, impl func(args []py.Object) py.Object) *py.Function {
	code := &py.Code{Name: name, Qualname: name, Module: "contextlib", Params: params, NumPos: len(params)}
	return py.NewFunction(code, nil, nil, impl)
}

// catch runs f and returns the exception it raised, if any.
func catch(f func()) (e *py.BaseException) { return py.Catch(f) }

func coro(name string, body func() py.Object) py.Object {
	return py.NewCoroutine(&py.Code{Name: name, Qualname: name, Module: "contextlib"}, body)
}

func excValue(typ, val py.Object) *py.BaseException {
	if val == py.None || val == nil {
		return py.Call(typ).(*py.BaseException)
	}
	return val.(*py.BaseException)
}

// The classes, made at the first import (makeTypes, from setup).
var (
	genCMType, asyncGenCMType, suppressType, closingType, aclosingType, nullType, exitStackType, aExitStackType, redirOutType, redirErrType *py.Type
)

func makeTypes() {
	genCMType = py.NewClass("_GeneratorContextManager", "_GeneratorContextManager", "contextlib", nil, py.NewDict())
	asyncGenCMType = py.NewClass("_AsyncGeneratorContextManager", "_AsyncGeneratorContextManager", "contextlib", nil, py.NewDict())
	suppressType = py.NewClass("suppress", "suppress", "contextlib", nil, py.NewDict())
	closingType = py.NewClass("closing", "closing", "contextlib", nil, py.NewDict())
	aclosingType = py.NewClass("aclosing", "aclosing", "contextlib", nil, py.NewDict())
	nullType = py.NewClass("nullcontext", "nullcontext", "contextlib", nil, py.NewDict())
	exitStackType = py.NewClass("ExitStack", "ExitStack", "contextlib", nil, py.NewDict())
	aExitStackType = py.NewClass("AsyncExitStack", "AsyncExitStack", "contextlib", nil, py.NewDict())
	redirOutType = py.NewClass("redirect_stdout", "redirect_stdout", "contextlib", nil, py.NewDict())
	redirErrType = py.NewClass("redirect_stderr", "redirect_stderr", "contextlib", nil, py.NewDict())
}

func set(t *py.Type, name string, params []string, impl func(args []py.Object) py.Object) {
	t.Dict.SetStr(name, fn(name, params, impl))
}

func isStop(e *py.BaseException, async bool) bool {
	if async {
		return e.Type().IsSubtype(py.StopAsyncIterationType)
	}
	return e.Type().IsSubtype(py.StopIterationType)
}

// exitGen is _GeneratorContextManager.__exit__ for both kinds, given how
// to advance and throw into the generator.
func exitGen(typ, val py.Object, async bool, next func() py.Object, throw func(e *py.BaseException) py.Object) py.Object {
	if typ == py.None {
		e := catch(func() { next() })
		if e == nil {
			if async {
				py.Raise(py.NewError(py.RuntimeErrorType, "generator didn't stop"))
			}
			py.Raise(py.NewError(py.RuntimeErrorType, "generator didn't stop"))
		}
		if isStop(e, async) {
			return py.False
		}
		panic(e)
	}
	value := excValue(typ, val)
	// The generator re-raising value adds its frames to value's
	// traceback; handing value back to the with statement puts the
	// traceback back as it was (CPython assigns exc.__traceback__).
	saved := value.SaveTraceback()
	e := catch(func() { throw(value) })
	if e == nil {
		py.Raise(py.NewError(py.RuntimeErrorType, "generator didn't stop after "+map[bool]string{false: "throw()", true: "athrow()"}[async]))
	}
	if isStop(e, async) {
		return py.NewBool(e != value)
	}
	if e.Type().IsSubtype(py.RuntimeErrorType) {
		if e == value {
			value.RestoreTraceback(saved)
			return py.False
		}
		if cause := py.GetAttr(e, "__cause__"); cause == py.Object(value) && (value.Type().IsSubtype(py.StopIterationType) || value.Type().IsSubtype(py.StopAsyncIterationType)) {
			return py.False
		}
		panic(e)
	}
	if e != value {
		panic(e)
	}
	value.RestoreTraceback(saved)
	return py.False
}

func setup0() {
	// contextmanager
	// _GeneratorContextManager(func, args, kwds), as CPython's: the
	// generator is func(*args, **kwds).
	set(genCMType, "__init__", []string{"self", "func", "args", "kwds"}, func(a []py.Object) py.Object {
		names, vals := py.MergeKw("_GeneratorContextManager", nil, nil, a[3])
		gen := py.CallEx(a[1], py.AppendStar(nil, a[2]), names, vals)
		py.GenericSetAttr(a[0], "gen", gen)
		py.GenericSetAttr(a[0], "func", a[1])
		py.GenericSetAttr(a[0], "args", a[2])
		py.GenericSetAttr(a[0], "kwds", a[3])
		if d := py.LookupAttr(a[1], "__doc__"); d != nil {
			py.GenericSetAttr(a[0], "__doc__", d)
		}
		return py.None
	})
	set(genCMType, "__enter__", []string{"self"}, func(a []py.Object) py.Object {
		gen := py.GetAttr(a[0], "gen")
		v, ok := py.Next(gen)
		if !ok {
			py.Raise(py.NewError(py.RuntimeErrorType, "generator didn't yield"))
		}
		return v
	})
	genCMType.Dict.SetStr("__exit__", py.NewFunction(&py.Code{Name: "__exit__", Qualname: "_GeneratorContextManager.__exit__", Params: []string{"self", "typ", "value", "tb"}, NumPos: 4}, nil, nil, func(a []py.Object) py.Object {
		gen := py.GetAttr(a[0], "gen")
		return exitGen(a[1], a[2], false, func() py.Object {
			v, ok := py.Next(gen)
			if !ok {
				panic(py.NewException(py.StopIterationType))
			}
			return v
		}, func(e *py.BaseException) py.Object {
			return py.CallMethod(gen, "throw", e)
		})
	}))
	// ContextDecorator: a contextmanager's manager decorates a function,
	// which then runs inside a fresh manager made as the first was.
	set(genCMType, "_recreate_cm", []string{"self"}, func(a []py.Object) py.Object {
		return py.Call(a[0].Type(), py.GetAttr(a[0], "func"), py.GetAttr(a[0], "args"), py.GetAttr(a[0], "kwds"))
	})
	set(genCMType, "__call__", []string{"self", "func"}, func(a []py.Object) py.Object {
		self, target := a[0], a[1]
		inner := py.NewBuiltin("inner", func(args []py.Object, kw []string) py.Object {
			cm := py.CallMethod(self, "_recreate_cm")
			py.CallMethod(cm, "__enter__")
			var result py.Object
			if e := catch(func() { result = py.CallKw(target, args, kw) }); e != nil {
				if !py.Truth(py.CallMethod(cm, "__exit__", e.Type(), e, py.GetAttr(e, "__traceback__"))) {
					panic(e)
				}
				return py.None
			}
			py.CallMethod(cm, "__exit__", py.None, py.None, py.None)
			return result
		})
		return wrap(inner, target)
	})
	// asynccontextmanager
	set(asyncGenCMType, "__init__", []string{"self", "gen"}, func(a []py.Object) py.Object {
		py.GenericSetAttr(a[0], "gen", a[1])
		return py.None
	})
	set(asyncGenCMType, "__aenter__", []string{"self"}, func(a []py.Object) py.Object {
		gen := py.GetAttr(a[0], "gen")
		return coro("__aenter__", func() py.Object {
			var v py.Object
			e := catch(func() { v = py.Await(py.CallMethod(gen, "__anext__")) })
			if e != nil {
				if e.Type().IsSubtype(py.StopAsyncIterationType) {
					py.Raise(py.NewError(py.RuntimeErrorType, "generator didn't yield"))
				}
				panic(e)
			}
			return v
		})
	})
	asyncGenCMType.Dict.SetStr("__aexit__", py.NewFunction(&py.Code{Name: "__aexit__", Qualname: "_AsyncGeneratorContextManager.__aexit__", Params: []string{"self", "typ", "value", "tb"}, NumPos: 4}, nil, nil, func(a []py.Object) py.Object {
		gen := py.GetAttr(a[0], "gen")
		typ, val := a[1], a[2]
		return coro("__aexit__", func() py.Object {
			return exitGen(typ, val, true, func() py.Object {
				return py.Await(py.CallMethod(gen, "__anext__"))
			}, func(e *py.BaseException) py.Object {
				return py.Await(py.CallMethod(gen, "athrow", e))
			})
		})
	}))

	// suppress
	set(suppressType, "__init__", []string{"self", "excs"}, func(a []py.Object) py.Object {
		py.GenericSetAttr(a[0], "_exceptions", a[1])
		return py.None
	})
	set(suppressType, "__enter__", []string{"self"}, func(a []py.Object) py.Object { return py.None })
	set(suppressType, "__exit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object {
		if a[1] == py.None {
			return py.False
		}
		return py.NewBool(py.ExceptionMatches(excValue(a[1], a[2]), py.GetAttr(a[0], "_exceptions")))
	})
	// closing / aclosing
	for _, t := range []*py.Type{closingType, aclosingType} {
		set(t, "__init__", []string{"self", "thing"}, func(a []py.Object) py.Object {
			py.GenericSetAttr(a[0], "thing", a[1])
			return py.None
		})
	}
	set(closingType, "__enter__", []string{"self"}, func(a []py.Object) py.Object { return py.GetAttr(a[0], "thing") })
	set(closingType, "__exit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object {
		py.CallMethod(py.GetAttr(a[0], "thing"), "close")
		return py.None
	})
	set(aclosingType, "__aenter__", []string{"self"}, func(a []py.Object) py.Object {
		thing := py.GetAttr(a[0], "thing")
		return coro("__aenter__", func() py.Object { return thing })
	})
	set(aclosingType, "__aexit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object {
		thing := py.GetAttr(a[0], "thing")
		return coro("__aexit__", func() py.Object { py.Await(py.CallMethod(thing, "aclose")); return py.None })
	})
	// nullcontext
	nullType.Dict.SetStr("__init__", py.NewFunction(&py.Code{Name: "__init__", Qualname: "nullcontext.__init__", Params: []string{"self", "enter_result"}, NumPos: 2}, []py.Object{py.None}, nil, func(a []py.Object) py.Object {
		py.GenericSetAttr(a[0], "enter_result", a[1])
		return py.None
	}))
	set(nullType, "__enter__", []string{"self"}, func(a []py.Object) py.Object { return py.GetAttr(a[0], "enter_result") })
	set(nullType, "__exit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object { return py.None })
	set(nullType, "__aenter__", []string{"self"}, func(a []py.Object) py.Object {
		r := py.GetAttr(a[0], "enter_result")
		return coro("__aenter__", func() py.Object { return r })
	})
	set(nullType, "__aexit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object {
		return coro("__aexit__", func() py.Object { return py.None })
	})
	// redirect_stdout / redirect_stderr
	for _, r := range []struct {
		t    *py.Type
		name string
	}{{redirOutType, "stdout"}, {redirErrType, "stderr"}} {
		r := r
		set(r.t, "__init__", []string{"self", "new_target"}, func(a []py.Object) py.Object {
			py.GenericSetAttr(a[0], "_new_target", a[1])
			py.GenericSetAttr(a[0], "_old_targets", py.NewList())
			return py.None
		})
		set(r.t, "__enter__", []string{"self"}, func(a []py.Object) py.Object {
			sys := py.Import("sys")
			olds := py.GetAttr(a[0], "_old_targets").(*py.List)
			olds.Items = append(olds.Items, py.GetAttr(sys, r.name))
			tgt := py.GetAttr(a[0], "_new_target")
			py.SetAttr(sys, r.name, tgt)
			return tgt
		})
		set(r.t, "__exit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object {
			olds := py.GetAttr(a[0], "_old_targets").(*py.List)
			last := olds.Items[len(olds.Items)-1]
			olds.Items = olds.Items[:len(olds.Items)-1]
			py.SetAttr(py.Import("sys"), r.name, last)
			return py.None
		})
	}
	initExitStacks()

	py.RegisterFallbackModule("contextlib", func(m *py.Module) {
		m.AddFunc("contextmanager", func(args []py.Object, kw []string) py.Object {
			f := args[0]
			w := py.NewBuiltin("helper", func(a []py.Object, k []string) py.Object {
				kwds := py.NewDict()
				for i, n := range k {
					kwds.SetStr(n, a[len(a)-len(k)+i])
				}
				return py.Call(genCMType, f, py.NewTuple(append([]py.Object(nil), a[:len(a)-len(k)]...)...), kwds)
			})
			return wrap(w, f)
		})
		m.AddFunc("asynccontextmanager", func(args []py.Object, kw []string) py.Object {
			f := args[0]
			w := py.NewBuiltin("helper", func(a []py.Object, k []string) py.Object {
				return py.Call(asyncGenCMType, py.CallKw(f, a, k))
			})
			return wrap(w, f)
		})
		m.AddFunc("suppress", func(args []py.Object, kw []string) py.Object {
			return py.Call(suppressType, py.NewTuple(args...))
		})
		m.Set("closing", closingType)
		m.Set("aclosing", aclosingType)
		m.Set("nullcontext", nullType)
		m.Set("ExitStack", exitStackType)
		m.Set("AsyncExitStack", aExitStackType)
		m.Set("redirect_stdout", redirOutType)
		m.Set("redirect_stderr", redirErrType)
		m.Set("AbstractContextManager", py.ObjectType)
		m.Set("AbstractAsyncContextManager", py.ObjectType)
		m.Set("ContextDecorator", py.ObjectType)
		m.Set("_GeneratorContextManager", genCMType)
		m.Set("_AsyncGeneratorContextManager", asyncGenCMType)
	})
}

// wrap makes a Python function that calls w and looks like f (name,
// qualname, doc), as functools.wraps does for contextmanager.
func wrap(w *py.BuiltinFunction, f py.Object) py.Object {
	name := "helper"
	if n := py.LookupAttr(f, "__name__"); n != nil {
		name = py.StrOf(n)
	}
	qual := name
	if q := py.LookupAttr(f, "__qualname__"); q != nil {
		qual = py.StrOf(q)
	}
	code := &py.Code{Name: name, Qualname: qual, Module: "__main__", Params: []string{"args", "kwds"}, VarArgs: true, VarKw: true}
	out := py.NewFunction(code, nil, nil, func(a []py.Object) py.Object {
		var names []string
		var vals []py.Object
		names, vals = py.MergeKw(name, names, vals, a[1])
		return py.CallEx(w, py.AppendStar(nil, a[0]), names, vals)
	})
	py.GenericSetAttr(out, "__wrapped__", f)
	if d := py.LookupAttr(f, "__doc__"); d != nil {
		py.GenericSetAttr(out, "__doc__", d)
	}
	return out
}
