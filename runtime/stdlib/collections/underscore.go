package collections

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// _collections, the C half of collections/__init__.py: deque, defaultdict
// and OrderedDict (shared with the Go collections module),
// _count_elements and _tuplegetter (namedtuple's field descriptors).

func fnCode(name string, params ...string) *py.Code {
	return &py.Code{Name: name, Qualname: "_tuplegetter." + name, Module: "_collections", Params: params, NumPos: len(params)}
}

var tupleGetterType *py.Type

func registerUnderscore() {
	py.RegisterModule("_collections", func(m *py.Module) {
		m.Set("__doc__", py.Str("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
		m.Set("deque", DequeType)
		m.Set("defaultdict", DefaultDictType)
		m.Set("OrderedDict", OrderedDictType)
		m.Set("_deque_iterator", dequeIterType)
		m.Set("_deque_reverse_iterator", dequeIterType)
		m.Set("_tuplegetter", tupleGetterType)
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
	tupleGetterType = func() *py.Type {
		ns := py.NewDict()
		t := py.NewClass("_tuplegetter", "_tuplegetter", "_collections", nil, ns)
		ns.SetStr("__init__", py.NewFunction(fnCode("__init__", "self", "index", "doc"), nil, nil, func(a []py.Object) py.Object {
			py.Index(a[1])
			py.GenericSetAttr(a[0], "_index", a[1])
			py.GenericSetAttr(a[0], "__doc__", a[2])
			return py.None
		}))
		ns.SetStr("__get__", py.NewFunction(fnCode("__get__", "self", "obj", "type"), []py.Object{py.None}, nil, func(a []py.Object) py.Object {
			if a[1] == py.None {
				return a[0]
			}
			idx := py.GetAttr(a[0], "_index")
			tu, ok := a[1].(*py.Tuple)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor for index '%s' for tuple subclasses doesn't apply to '%s' object", py.Repr(idx), a[1].Type().Name)))
			}
			i := py.Index(idx)
			if i < 0 || i >= len(tu.Items) {
				panic(py.NewError(py.IndexErrorType, "tuple index out of range"))
			}
			return tu.Items[i]
		}))
		ns.SetStr("__set__", py.NewFunction(fnCode("__set__", "self", "obj", "value"), nil, nil, func(a []py.Object) py.Object {
			panic(py.NewError(py.AttributeErrorType, "can't set attribute"))
		}))
		ns.SetStr("__delete__", py.NewFunction(fnCode("__delete__", "self", "obj"), nil, nil, func(a []py.Object) py.Object {
			panic(py.NewError(py.AttributeErrorType, "can't delete attribute"))
		}))
		ns.SetStr("__repr__", py.NewFunction(fnCode("__repr__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.Str(fmt.Sprintf("_tuplegetter(%s, %s)", py.Repr(py.GetAttr(a[0], "_index")), py.Repr(py.GetAttr(a[0], "__doc__"))))
		}))
		ns.SetStr("__reduce__", py.NewFunction(fnCode("__reduce__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.NewTuple(a[0].Type(), py.NewTuple(py.GetAttr(a[0], "_index"), py.GetAttr(a[0], "__doc__")))
		}))
		return t
	}()
}
