package contextlib

import "github.com/py2goasync/py2goasync/runtime/py"

// exitCallback is one entry of an ExitStack: an __exit__-like callable
// and whether it must be awaited.
type exitCallback struct {
	f     py.Object
	async bool
}

var stacks map[py.Object]*[]exitCallback

func stackOf(self py.Object) *[]exitCallback {
	s, ok := stacks[self]
	if !ok {
		s = &[]exitCallback{}
		stacks[self] = s
	}
	return s
}

func push(self py.Object, f py.Object, async bool) {
	s := stackOf(self)
	*s = append(*s, exitCallback{f, async})
}

// unwind calls the callbacks in LIFO order as ExitStack.__exit__ does;
// it reports whether the exception (nil: none) was suppressed.
func unwind(self py.Object, exc *py.BaseException, await bool) bool {
	s := stackOf(self)
	pending := exc
	suppressed := false
	for len(*s) > 0 {
		cb := (*s)[len(*s)-1]
		*s = (*s)[:len(*s)-1]
		var typ, val py.Object = py.None, py.None
		if pending != nil {
			typ, val = pending.Type(), pending
		}
		var r py.Object
		e := catch(func() {
			r = py.Call(cb.f, typ, val, py.None)
			if cb.async {
				r = py.Await(r)
			}
		})
		if e != nil {
			if pending != nil && e != pending && py.GetAttr(e, "__context__") == py.None {
				py.SetAttr(e, "__context__", pending)
			}
			pending = e
			suppressed = false
			continue
		}
		if pending != nil && py.Truth(r) {
			pending = nil
			suppressed = true
		}
	}
	if pending != nil {
		if pending != exc {
			panic(pending)
		}
		return false
	}
	return suppressed || exc == nil
}

func exitOf(cm py.Object, async bool) py.Object {
	name := "__exit__"
	if async {
		name = "__aexit__"
	}
	m := py.LookupSpecial(cm, name)
	if m == nil {
		py.Raise(py.NewError(py.TypeErrorType, "'"+cm.Type().Name+"' object does not support the "+map[bool]string{false: "", true: "asynchronous "}[async]+"context manager protocol"))
	}
	return m
}

func initExitStacks() {
	for _, t := range []*py.Type{exitStackType, aExitStackType} {
		async := t == aExitStackType
		set(t, "__enter__", []string{"self"}, func(a []py.Object) py.Object { return a[0] })
		set(t, "enter_context", []string{"self", "cm"}, func(a []py.Object) py.Object {
			exit := exitOf(a[1], false)
			v := py.CallMethod(a[1], "__enter__")
			push(a[0], exit, false)
			return v
		})
		set(t, "push", []string{"self", "exit"}, func(a []py.Object) py.Object {
			if m := py.LookupSpecial(a[1], "__exit__"); m != nil {
				push(a[0], m, false)
			} else {
				push(a[0], a[1], false)
			}
			return a[1]
		})
		t.Dict.SetStr("callback", py.NewFunction(&py.Code{Name: "callback", Qualname: t.Name + ".callback", Params: []string{"self", "callback", "args", "kwds"}, NumPos: 2, VarArgs: true, VarKw: true}, nil, nil, func(a []py.Object) py.Object {
			cb, args, kwds := a[1], a[2], a[3]
			push(a[0], py.NewBuiltin("_exit_wrapper", func(x []py.Object, k []string) py.Object {
				var names []string
				var vals []py.Object
				names, vals = py.MergeKw("callback", names, vals, kwds)
				py.CallEx(cb, py.AppendStar(nil, args), names, vals)
				return py.None
			}), false)
			return cb
		}))
		set(t, "pop_all", []string{"self"}, func(a []py.Object) py.Object {
			n := py.Call(a[0].Type())
			*stackOf(n) = *stackOf(a[0])
			*stackOf(a[0]) = nil
			return n
		})
		if !async {
			set(t, "close", []string{"self"}, func(a []py.Object) py.Object { unwind(a[0], nil, false); return py.None })
			set(t, "__exit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object {
				var exc *py.BaseException
				if a[1] != py.None {
					exc = excValue(a[1], a[2])
				}
				return py.NewBool(unwind(a[0], exc, false) && exc != nil)
			})
			continue
		}
		set(t, "__aenter__", []string{"self"}, func(a []py.Object) py.Object {
			self := a[0]
			return coro("__aenter__", func() py.Object { return self })
		})
		set(t, "enter_async_context", []string{"self", "cm"}, func(a []py.Object) py.Object {
			self, cm := a[0], a[1]
			return coro("enter_async_context", func() py.Object {
				exit := exitOf(cm, true)
				v := py.Await(py.CallMethod(cm, "__aenter__"))
				push(self, exit, true)
				return v
			})
		})
		set(t, "push_async_exit", []string{"self", "exit"}, func(a []py.Object) py.Object {
			if m := py.LookupSpecial(a[1], "__aexit__"); m != nil {
				push(a[0], m, true)
			} else {
				push(a[0], a[1], true)
			}
			return a[1]
		})
		t.Dict.SetStr("push_async_callback", py.NewFunction(&py.Code{Name: "push_async_callback", Qualname: t.Name + ".push_async_callback", Params: []string{"self", "callback", "args", "kwds"}, NumPos: 2, VarArgs: true, VarKw: true}, nil, nil, func(a []py.Object) py.Object {
			cb, args, kwds := a[1], a[2], a[3]
			push(a[0], py.NewBuiltin("_exit_wrapper", func(x []py.Object, k []string) py.Object {
				var names []string
				var vals []py.Object
				names, vals = py.MergeKw("callback", names, vals, kwds)
				return py.CallEx(cb, py.AppendStar(nil, args), names, vals)
			}), true)
			return cb
		}))
		set(t, "aclose", []string{"self"}, func(a []py.Object) py.Object {
			self := a[0]
			return coro("aclose", func() py.Object { unwind(self, nil, true); return py.None })
		})
		set(t, "__aexit__", []string{"self", "typ", "value", "tb"}, func(a []py.Object) py.Object {
			self := a[0]
			var exc *py.BaseException
			if a[1] != py.None {
				exc = excValue(a[1], a[2])
			}
			return coro("__aexit__", func() py.Object { return py.NewBool(unwind(self, exc, true) && exc != nil) })
		})
	}
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	stacks = map[py.Object]*[]exitCallback{}
}
