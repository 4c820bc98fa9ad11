package collections

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// _collections, the C half of collections/__init__.py: deque, defaultdict
// and OrderedDict (shared with the Go collections module),
// _count_elements and _tuplegetter (namedtuple's field descriptors).

func registerUnderscore() {
	py.RegisterModule("_collections", func(m *py.Module) {
		m.Set("__doc__", py.Str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
		m.Set("deque", DequeType)
		m.Set("defaultdict", DefaultDictType)
		m.Set("OrderedDict", OrderedDictType)
		m.Set("_deque_iterator", dequeIterType)
		m.Set("_deque_reverse_iterator", dequeRevIterType)
		m.Set("_tuplegetter", py.TupleGetterType)
		m.AddFunc("_count_elements", func(args []py.Object, kw []string) py.Object {
			if len(args) != 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_count_elements expected 2 arguments, got %d", len(args))))
			}
			mapping := args[0]
			get := py.GetAttr(mapping, "get")
			it := py.GetIter(args[1])
			for {
				x, ok := py.Next(it)
				if !ok {
					return py.None
				}
				py.SetItem(mapping, x, py.Add(py.Call(get, x, py.Int(0)), py.Int(1)))
			}
		})
	})
}

// initVars2 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars2() {
	py.TupleGetterType = newTupleGetterType()
}

// newTupleGetterType is _collections._tuplegetter, whose instances are
// py.TupleGetter: the attribute lookups bind it in Go (p.x reads the item
// in place), these methods are what Python code calls explicitly.
func newTupleGetterType() *py.Type {
	t := py.NewType("_tuplegetter", "_collections", nil)
	self := func(name string, args []py.Object) *py.TupleGetter {
		if len(args) > 0 {
			if g, ok := args[0].(*py.TupleGetter); ok {
				return g
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' for '_collections._tuplegetter' objects doesn't apply to a '%s' object", name, args[0].Type().Name)))
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("unbound method _tuplegetter.%s() needs an argument", name)))
	}
	// _tuplegetter(index, doc, /), index a Py_ssize_t.
	py.SetCall(t, func(_ *py.Type, args []py.Object, kw []string) py.Object {
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "_tuplegetter() takes no keyword arguments"))
		}
		if len(args) != 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_tuplegetter expected 2 arguments, got %d", len(args))))
		}
		return &py.TupleGetter{Index: py.SsizeArg(args[0]), Doc: args[1]}
	})
	// The slot wrappers: __get__(obj, type=None), __set__(obj, value),
	// __delete__(obj), with wrap_descr_get's messages (its name is "").
	py.AddMethod(t, "__get__", func(args []py.Object, kw []string) py.Object {
		g := self("__get__", args)
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "wrapper __get__() takes no keyword arguments"))
		}
		switch n := len(args) - 1; {
		case n < 1:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf(" expected at least 1 argument, got %d", n)))
		case n > 2:
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf(" expected at most 2 arguments, got %d", n)))
		}
		if args[1] == py.None {
			if len(args) < 3 || args[2] == py.None {
				panic(py.NewError(py.TypeErrorType, "__get__(None, None) is invalid"))
			}
			return g
		}
		return g.Get(args[1])
	})
	py.AddMethod(t, "__set__", func(args []py.Object, kw []string) py.Object {
		g := self("__set__", args)
		wrapperArgs("__set__", args, kw, 2)
		panic(g.SetError(args[2]))
	})
	py.AddMethod(t, "__delete__", func(args []py.Object, kw []string) py.Object {
		g := self("__delete__", args)
		wrapperArgs("__delete__", args, kw, 1)
		panic(g.SetError(nil))
	})
	py.AddMethod(t, "__repr__", func(args []py.Object, kw []string) py.Object {
		g := self("__repr__", args)
		doc := "<NULL>"
		if g.Doc != nil {
			doc = py.Repr(g.Doc)
		}
		return py.Str(fmt.Sprintf("%s(%d, %s)", g.Type().Name, g.Index, doc))
	})
	py.AddMethod(t, "__reduce__", func(args []py.Object, kw []string) py.Object {
		g := self("__reduce__", args)
		doc := g.Doc
		if doc == nil {
			doc = py.None
		}
		return py.NewTuple(g.Type(), py.NewTuple(py.Int(g.Index), doc))
	})
	// __doc__ is a member (T_OBJECT): writable, and deleted it reads None.
	py.AddGetter(t, "__doc__", func(o py.Object) py.Object {
		if d := o.(*py.TupleGetter).Doc; d != nil {
			return d
		}
		return py.None
	}, func(o, v py.Object) { o.(*py.TupleGetter).Doc = v })
	py.AddDeleter(t, "__doc__", func(o py.Object) { o.(*py.TupleGetter).Doc = nil })
	return t
}

// wrapperArgs checks a slot wrapper's arguments after self: n, no keywords.
func wrapperArgs(name string, args []py.Object, kw []string, n int) {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "wrapper "+name+"() takes no keyword arguments"))
	}
	py.WrapperArgs(args, n)
}
