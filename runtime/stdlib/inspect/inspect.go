// Package inspect is the part of Python's inspect module asyncio programs
// use: the is* predicates.
package inspect

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

func unwrapFunc(o py.Object) *py.Function {
	for {
		switch v := o.(type) {
		case *py.Function:
			return v
		case *py.Method:
			o = v.Func
			continue
		}
		if f := py.LookupAttr(o, "func"); f != nil && o.Type().Name == "partial" {
			o = f
			continue
		}
		return nil
	}
}

func flagged(o py.Object, flag py.CodeFlags) bool {
	f := unwrapFunc(o)
	return f != nil && f.Code.Flags&flag != 0
}

func init() {
	py.RegisterFallbackModule("inspect", func(m *py.Module) {
		addMore(m)
		addModule(m)
		pred := func(name string, f func(o py.Object) bool) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"object"}, 1)
				return py.NewBool(f(a[0]))
			})
		}
		pred("iscoroutinefunction", func(o py.Object) bool { return flagged(o, py.CodeCoroutine) })
		pred("isgeneratorfunction", func(o py.Object) bool { return flagged(o, py.CodeGenerator) })
		pred("isasyncgenfunction", func(o py.Object) bool { return flagged(o, py.CodeAsyncGenerator) })
		pred("iscoroutine", func(o py.Object) bool { _, ok := o.(*py.Coroutine); return ok })
		pred("isgenerator", func(o py.Object) bool { _, ok := o.(*py.Generator); return ok })
		pred("isasyncgen", func(o py.Object) bool { _, ok := o.(*py.AsyncGenerator); return ok })
		pred("isawaitable", func(o py.Object) bool {
			switch o.(type) {
			case *py.Coroutine:
				return true
			case py.DirectAwaitable:
				return true
			}
			return py.LookupSpecial(o, "__await__") != nil
		})
		pred("isfunction", func(o py.Object) bool { _, ok := o.(*py.Function); return ok })
		pred("ismethod", func(o py.Object) bool { _, ok := o.(*py.Method); return ok })
		pred("isclass", func(o py.Object) bool { _, ok := o.(*py.Type); return ok })
		pred("ismodule", func(o py.Object) bool { _, ok := o.(*py.Module); return ok })
		pred("isbuiltin", func(o py.Object) bool { _, ok := o.(*py.BuiltinFunction); return ok })
		pred("isroutine", func(o py.Object) bool {
			switch o.(type) {
			case *py.Function, *py.Method, *py.BuiltinFunction:
				return true
			}
			return false
		})
		m.AddFunc("getdoc", func(args []py.Object, kw []string) py.Object {
			if d := py.LookupAttr(args[0], "__doc__"); d != nil {
				return d
			}
			return py.None
		})
		m.AddFunc("unwrap", func(args []py.Object, kw []string) py.Object {
			o := args[0]
			for {
				w := lookupAttr(o, "__wrapped__")
				if w == nil {
					return o
				}
				o = w
			}
		})
	})
}
