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
	AddGetter(GeneratorType, "__name__", func(o Object) Object { return Str(o.(*Generator).Code.Name) }, nil)
	AddGetter(GeneratorType, "__qualname__", func(o Object) Object { return Str(o.(*Generator).Code.Qualname) }, nil)
	AddGetter(GeneratorType, "gi_running", func(o Object) Object {
		g := o.(*Generator)
		return NewBool(g.state == coRunning || g.stack != nil && g.stack.running)
	}, nil)
	AddGetter(GeneratorType, "gi_suspended", func(o Object) Object { return NewBool(o.(*Generator).state == coSuspended) }, nil)
	AddGetter(GeneratorType, "gi_frame", func(o Object) Object {
		if o.(*Generator).state == coClosed {
			return None
		}
		return &frameObject{code: o.(*Generator).Code}
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
	AddGetter(CoroutineType, "cr_code", func(o Object) Object { return &codeObject{code: o.(*Coroutine).Code} }, nil)
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

	// Functions.
	AddGetter(FunctionType, "__name__", func(o Object) Object { return Str(o.(*Function).Code.Name) },
		func(o, v Object) { o.(*Function).Code.Name = StrOf(v) })
	AddGetter(FunctionType, "__qualname__", func(o Object) Object { return Str(o.(*Function).Code.Qualname) },
		func(o, v Object) { o.(*Function).Code.Qualname = StrOf(v) })
	AddGetter(FunctionType, "__module__", func(o Object) Object { return Str(o.(*Function).Code.Module) }, nil)
	AddGetter(FunctionType, "__code__", func(o Object) Object { return &codeObject{code: o.(*Function).Code} }, nil)
	AddGetter(FunctionType, "__defaults__", func(o Object) Object {
		f := o.(*Function)
		if len(f.Defaults) == 0 {
			return None
		}
		return NewTuple(f.Defaults...)
	}, nil)
	AddGetter(FunctionType, "__doc__", func(o Object) Object {
		f := o.(*Function)
		if d, ok := f.Dict.GetStr("__doc__"); ok {
			return d
		}
		if f.Code.Doc != "" {
			return Str(f.Code.Doc)
		}
		return None
	}, func(o, v Object) { o.(*Function).Dict.SetStr("__doc__", v) })
	FunctionType.Dict.SetStr("__get__", NewMethod("__get__", func(args []Object, kw []string) Object {
		if len(args) < 2 || args[1] == None {
			return args[0]
		}
		return &Method{Func: args[0], Self: args[1]}
	}))
	AddGetter(MethodType, "__self__", func(o Object) Object { return o.(*Method).Self }, nil)
	AddGetter(MethodType, "__func__", func(o Object) Object { return o.(*Method).Func }, nil)
	AddGetter(MethodType, "__name__", func(o Object) Object { return GetAttr(o.(*Method).Func, "__name__") }, nil)
	AddGetter(MethodType, "__qualname__", func(o Object) Object { return GetAttr(o.(*Method).Func, "__qualname__") }, nil)
	method(MethodType, "__repr__", func(args []Object, kw []string) Object {
		m := args[0].(*Method)
		return Str(fmt.Sprintf("<bound method %s of %s>", StrOf(GetAttr(m.Func, "__qualname__")), Repr(m.Self)))
	})
}

// codeObject is a minimal code object (co_name, co_filename, ...).
type codeObject struct{ code *Code }

var CodeType = newBuiltinType("code", ObjectType)

func (*codeObject) Type() *Type { return CodeType }

// frameObject is a minimal frame object for cr_frame/gi_frame.
type frameObject struct{ code *Code }

var FrameType = newBuiltinType("frame", ObjectType)

func (*frameObject) Type() *Type { return FrameType }

func init() {
	AddGetter(CodeType, "co_name", func(o Object) Object { return Str(o.(*codeObject).code.Name) }, nil)
	AddGetter(CodeType, "co_qualname", func(o Object) Object { return Str(o.(*codeObject).code.Qualname) }, nil)
	AddGetter(CodeType, "co_filename", func(o Object) Object { return Str(displayFile(o.(*codeObject).code.File)) }, nil)
	AddGetter(CodeType, "co_firstlineno", func(o Object) Object { return Int(o.(*codeObject).code.Line) }, nil)
	AddGetter(CodeType, "co_argcount", func(o Object) Object { return Int(o.(*codeObject).code.NumPos) }, nil)
	AddGetter(FrameType, "f_code", func(o Object) Object { return &codeObject{code: o.(*frameObject).code} }, nil)
	AddGetter(FrameType, "f_lineno", func(o Object) Object { return Int(o.(*frameObject).code.Line) }, nil)
}
