package py

import "fmt"

// Python-level methods and attributes of generators and coroutines.

// awaitWrapper is what coroutine.__await__() returns: an iterator driving
// the coroutine.
type awaitWrapper struct{ c *Coroutine }

var CoroutineWrapperType = newBuiltinType("coroutine_wrapper", ObjectType)

func (*awaitWrapper) Type() *Type { return CoroutineWrapperType }

func (w *awaitWrapper) resumeWith(v Object, e *BaseException) (Object, bool, Object) {
	return w.c.resumeWith(v, e)
}

func init() {
	// Generators.
	method(GeneratorType, "__iter__", func(args []Object, kw []string) Object { return args[0] })
	method(GeneratorType, "__next__", func(args []Object, kw []string) Object {
		return args[0].(*Generator).Send(None)
	})
	method(GeneratorType, "send", func(args []Object, kw []string) Object {
		a := ParseArgs("send", args[1:], kw, []string{"value"}, 1)
		return args[0].(*Generator).Send(a[0])
	})
	method(GeneratorType, "throw", func(args []Object, kw []string) Object {
		return args[0].(*Generator).Throw(throwArg(args[1:]))
	})
	method(GeneratorType, "close", func(args []Object, kw []string) Object {
		args[0].(*Generator).Close()
		return None
	})
	method(GeneratorType, "__repr__", func(args []Object, kw []string) Object {
		return Str(args[0].(*Generator).String())
	})
	AddGetter(GeneratorType, "__name__", func(o Object) Object { return Str(o.(*Generator).c.Code.Name) }, nil)
	AddGetter(GeneratorType, "__qualname__", func(o Object) Object { return Str(o.(*Generator).c.Code.Qualname) }, nil)
	AddGetter(GeneratorType, "gi_running", func(o Object) Object {
		g := o.(*Generator)
		return NewBool(g.c.Running())
	}, nil)
	AddGetter(GeneratorType, "gi_yieldfrom", func(o Object) Object {
		if yf := o.(*Generator).yieldingFrom(); yf != nil {
			return yf
		}
		return None
	}, nil)
	AddGetter(GeneratorType, "gi_suspended", func(o Object) Object { return NewBool(o.(*Generator).c.state == coSuspended) }, nil)
	AddGetter(GeneratorType, "gi_frame", func(o Object) Object {
		if o.(*Generator).c.state == coClosed {
			return None
		}
		return &frameObject{code: o.(*Generator).c.Code}
	}, nil)

	// Coroutines.
	method(CoroutineType, "send", func(args []Object, kw []string) Object {
		a := ParseArgs("send", args[1:], kw, []string{"value"}, 1)
		return args[0].(*Coroutine).Send(a[0])
	})
	method(CoroutineType, "throw", func(args []Object, kw []string) Object {
		return args[0].(*Coroutine).Throw(throwArg(args[1:]))
	})
	method(CoroutineType, "close", func(args []Object, kw []string) Object {
		args[0].(*Coroutine).Close()
		return None
	})
	method(CoroutineType, "__await__", func(args []Object, kw []string) Object {
		c := args[0].(*Coroutine)
		c.checkAwaitable()
		return &awaitWrapper{c: c}
	})
	method(CoroutineType, "__repr__", func(args []Object, kw []string) Object {
		return Str(args[0].(*Coroutine).String())
	})
	AddGetter(CoroutineType, "__name__", func(o Object) Object { return Str(o.(*Coroutine).Code.Name) }, nil)
	AddGetter(CoroutineType, "__qualname__", func(o Object) Object { return Str(o.(*Coroutine).Code.Qualname) }, nil)
	AddGetter(CoroutineType, "cr_running", func(o Object) Object { return NewBool(o.(*Coroutine).Running()) }, nil)
	AddGetter(CoroutineType, "cr_suspended", func(o Object) Object { return NewBool(o.(*Coroutine).state == coSuspended) }, nil)
	AddGetter(CoroutineType, "cr_await", func(o Object) Object {
		if aw := o.(*Coroutine).frame.Awaiting(); aw != nil && o.(*Coroutine).state == coSuspended {
			return aw
		}
		return None
	}, nil)
	AddGetter(CoroutineType, "cr_origin", func(o Object) Object { return CoroOrigin(o.(*Coroutine)) }, nil)
	AddGetter(CoroutineType, "cr_code", func(o Object) Object { return codeObjectOf(o.(*Coroutine).Code) }, nil)
	AddGetter(CoroutineType, "cr_frame", func(o Object) Object {
		if o.(*Coroutine).state == coClosed {
			return None
		}
		return &frameObject{code: o.(*Coroutine).Code}
	}, nil)

	method(CoroutineWrapperType, "__iter__", func(args []Object, kw []string) Object { return args[0] })
	method(CoroutineWrapperType, "__next__", func(args []Object, kw []string) Object {
		return args[0].(*awaitWrapper).c.Send(None)
	})
	method(CoroutineWrapperType, "send", func(args []Object, kw []string) Object {
		return args[0].(*awaitWrapper).c.Send(args[1])
	})
	method(CoroutineWrapperType, "throw", func(args []Object, kw []string) Object {
		return args[0].(*awaitWrapper).c.Throw(throwArg(args[1:]))
	})
	method(CoroutineWrapperType, "close", func(args []Object, kw []string) Object {
		args[0].(*awaitWrapper).c.Close()
		return None
	})

	FunctionType.Dict.SetStr("__get__", NewMethod("__get__", func(args []Object, kw []string) Object {
		if len(args) < 2 || args[1] == None {
			return args[0]
		}
		return &Method{Func: args[0], Self: args[1]}
	}))
	AddGetter(MethodType, "__self__", func(o Object) Object { return o.(*Method).Self }, nil)
	AddGetter(MethodType, "__func__", func(o Object) Object { return o.(*Method).Func }, nil)
	AddGetter(MethodType, "__name__", func(o Object) Object { return GetAttr(o.(*Method).Func, "__name__") }, nil)
	AddGetter(MethodType, "__qualname__", func(o Object) Object {
		m := o.(*Method)
		// A builtin classmethod bound to its class: dict.fromkeys.
		if bf, ok := m.Func.(*BuiltinFunction); ok && !bf.method {
			if t, ok := m.Self.(*Type); ok {
				return Str(t.Qualname + "." + bf.Name)
			}
		}
		return GetAttr(m.Func, "__qualname__")
	}, nil)
	method(MethodType, "__repr__", func(args []Object, kw []string) Object {
		m := args[0].(*Method)
		// method_repr: the function's __qualname__, else its __name__,
		// else "?" (a str only).
		name := "?"
		n := LookupAttr(m.Func, "__qualname__")
		if n == nil {
			n = LookupAttr(m.Func, "__name__")
		}
		if s, ok := UnwrapValue(n).(Str); ok && n != nil {
			name = string(s)
		}
		return Str(fmt.Sprintf("<bound method %s of %s>", name, Repr(m.Self)))
	})
}

// frameObject is a minimal frame object for cr_frame/gi_frame.
type frameObject struct {
	code *Code
	line int    // 0: code.Line
	back Object // f_back: the calling frame, nil (None) when unknown
}

var FrameType = newBuiltinType("frame", ObjectType)

func (*frameObject) Type() *Type { return FrameType }

func init() {
	AddGetter(FrameType, "f_code", func(o Object) Object { return codeObjectOf(o.(*frameObject).code) }, nil)
	AddGetter(FrameType, "f_lineno", func(o Object) Object { return Int(o.(*frameObject).lineno()) }, nil)
}

func init() {
	// CPython's docstrings of the methods.
	for t, docs := range map[*Type]map[string]string{
		GeneratorType: {
			"send":     "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.",
			"throw":    "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.",
			"close":    "close() -> raise GeneratorExit inside generator.",
			"__next__": "Implement next(self).",
			"__iter__": "Implement iter(self).",
		},
		CoroutineType: {
			"send":  "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration.",
			"throw": "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration.",
			"close": "close() -> raise GeneratorExit inside coroutine.",
		},
	} {
		for name, doc := range docs {
			if f, ok := t.Dict.mustGet(name).(*BuiltinFunction); ok {
				f.Doc = doc
			}
		}
	}
}
