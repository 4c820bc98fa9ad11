package collections

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// ChainMap is collections.ChainMap, written as collections/__init__.py
// writes it (a Python-level class, so that subclasses override what they
// like, as unittest's _OrderedChainMap overrides __iter__).

func cmCode(name string, params ...string) *py.Code {
	return &py.Code{Name: name, Qualname: "ChainMap." + name, Module: "collections", Params: params, NumPos: len(params)}
}

func cmCodeVar(name string, params ...string) *py.Code {
	c := cmCode(name, params...)
	c.NumPos = len(params) - 1
	c.VarArgs = true
	return c
}

func maps(self py.Object) *py.List {
	l, ok := py.GetAttr(self, "maps").(*py.List)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "ChainMap.maps must be a list"))
	}
	return l
}

func keyErrorIn(f func()) (missing bool) {
	return py.CatchMatching(py.KeyErrorType, f) != nil
}

var reprRunning map[uint64]bool

// ChainMapType is collections.ChainMap.
var ChainMapType *py.Type

func isChainMap(o py.Object) bool { return ChainMapType != nil && o.Type().IsSubtype(ChainMapType) }

func newChainMap() *py.Type {
	ns := py.NewDict()
	t := py.NewClass("ChainMap", "ChainMap", "collections", nil, ns)
	def := func(c *py.Code, defaults []py.Object, f func(a []py.Object) py.Object) {
		ns.SetStr(c.Name, py.NewFunction(c, defaults, nil, f))
	}
	ns.SetStr("__doc__", py.Str(" A ChainMap groups multiple dicts (or other mappings) together\n    to create a single, updateable view.\n\n    The underlying mappings are stored in a list.  That list is public and can\n    be accessed or updated using the *maps* attribute.  There is no other\n    state.\n\n    Lookups search the underlying mappings successively until a key is found.\n    In contrast, writes, updates, and deletions only operate on the first\n    mapping.\n\n    "))
	def(cmCodeVar("__init__", "self", "maps"), nil, func(a []py.Object) py.Object {
		items := a[1].(*py.Tuple).Items
		if len(items) == 0 {
			py.SetAttr(a[0], "maps", py.NewList(py.NewDict()))
		} else {
			py.SetAttr(a[0], "maps", py.NewList(append([]py.Object(nil), items...)...))
		}
		return py.None
	})
	def(cmCode("__missing__", "self", "key"), nil, func(a []py.Object) py.Object {
		panic(py.NewException(py.KeyErrorType, a[1]))
	})
	def(cmCode("__getitem__", "self", "key"), nil, func(a []py.Object) py.Object {
		for _, m := range maps(a[0]).Items {
			var v py.Object
			if !keyErrorIn(func() { v = py.GetItem(m, a[1]) }) {
				return v
			}
		}
		return py.CallMethod(a[0], "__missing__", a[1])
	})
	def(cmCode("get", "self", "key", "default"), []py.Object{py.None}, func(a []py.Object) py.Object {
		if py.Contains(a[0], a[1]) {
			return py.GetItem(a[0], a[1])
		}
		return a[2]
	})
	def(cmCode("__len__", "self"), nil, func(a []py.Object) py.Object {
		s := py.NewSet()
		for _, m := range maps(a[0]).Items {
			it := py.GetIter(m)
			for {
				k, ok := py.Next(it)
				if !ok {
					break
				}
				s.Add(k)
			}
		}
		return py.Int(py.Len(s))
	})
	def(cmCode("__iter__", "self"), nil, func(a []py.Object) py.Object {
		d := py.NewDict()
		ms := maps(a[0]).Items
		for i := len(ms) - 1; i >= 0; i-- {
			it := py.GetIter(ms[i])
			for {
				k, ok := py.Next(it)
				if !ok {
					break
				}
				py.SetItem(d, k, py.None)
			}
		}
		return py.GetIter(d)
	})
	def(cmCode("__contains__", "self", "key"), nil, func(a []py.Object) py.Object {
		for _, m := range maps(a[0]).Items {
			if py.Contains(m, a[1]) {
				return py.True
			}
		}
		return py.False
	})
	def(cmCode("__bool__", "self"), nil, func(a []py.Object) py.Object {
		for _, m := range maps(a[0]).Items {
			if py.Truth(m) {
				return py.True
			}
		}
		return py.False
	})
	def(cmCode("__repr__", "self"), nil, func(a []py.Object) py.Object {
		id := py.Id(a[0])
		if reprRunning[id] {
			return py.Str("...")
		}
		reprRunning[id] = true
		defer delete(reprRunning, id)
		var parts []string
		for _, m := range maps(a[0]).Items {
			parts = append(parts, py.Repr(m))
		}
		return py.Str(a[0].Type().Name + "(" + strings.Join(parts, ", ") + ")")
	})
	ns.SetStr("fromkeys", &py.ClassMethod{Func: py.NewFunction(cmCodeVar("fromkeys", "cls", "iterable", "args"), nil, nil, func(a []py.Object) py.Object {
		args := append([]py.Object{a[1]}, a[2].(*py.Tuple).Items...)
		return py.Call(a[0], py.Call(py.GetAttr(py.DictType, "fromkeys"), args...))
	})})
	copyFn := func(a []py.Object) py.Object {
		ms := maps(a[0]).Items
		args := append([]py.Object{py.CallMethod(ms[0], "copy")}, ms[1:]...)
		return py.Call(a[0].Type(), args...)
	}
	def(cmCode("copy", "self"), nil, copyFn)
	def(cmCode("__copy__", "self"), nil, copyFn)
	newChild := &py.Code{Name: "new_child", Qualname: "ChainMap.new_child", Module: "collections", Params: []string{"self", "m", "kwargs"}, NumPos: 2, VarKw: true}
	def(newChild, []py.Object{py.None}, func(a []py.Object) py.Object {
		m, kw := a[1], a[2].(*py.Dict)
		if m == py.None {
			m = kw
		} else if kw.Len() > 0 {
			py.CallMethod(m, "update", kw)
		}
		return py.Call(a[0].Type(), append([]py.Object{m}, maps(a[0]).Items...)...)
	})
	ns.SetStr("parents", &py.Property{Get: py.NewFunction(cmCode("parents", "self"), nil, nil, func(a []py.Object) py.Object {
		return py.Call(a[0].Type(), maps(a[0]).Items[1:]...)
	})})
	def(cmCode("__setitem__", "self", "key", "value"), nil, func(a []py.Object) py.Object {
		py.SetItem(maps(a[0]).Items[0], a[1], a[2])
		return py.None
	})
	def(cmCode("__delitem__", "self", "key"), nil, func(a []py.Object) py.Object {
		if keyErrorIn(func() { py.DelItem(maps(a[0]).Items[0], a[1]) }) {
			panic(py.NewException(py.KeyErrorType, py.Str(fmt.Sprintf("Key not found in the first mapping: %s", py.Repr(a[1])))))
		}
		return py.None
	})
	def(cmCode("popitem", "self"), nil, func(a []py.Object) py.Object {
		var v py.Object
		if keyErrorIn(func() { v = py.CallMethod(maps(a[0]).Items[0], "popitem") }) {
			panic(py.NewException(py.KeyErrorType, py.Str("No keys found in the first mapping.")))
		}
		return v
	})
	def(cmCodeVar("pop", "self", "key", "args"), nil, func(a []py.Object) py.Object {
		var v py.Object
		args := append([]py.Object{a[1]}, a[2].(*py.Tuple).Items...)
		if keyErrorIn(func() { v = py.CallMethod(maps(a[0]).Items[0], "pop", args...) }) {
			panic(py.NewException(py.KeyErrorType, py.Str(fmt.Sprintf("Key not found in the first mapping: %s", py.Repr(a[1])))))
		}
		return v
	})
	def(cmCode("clear", "self"), nil, func(a []py.Object) py.Object {
		py.CallMethod(maps(a[0]).Items[0], "clear")
		return py.None
	})
	def(cmCode("__ior__", "self", "other"), nil, func(a []py.Object) py.Object {
		py.CallMethod(maps(a[0]).Items[0], "update", a[1])
		return a[0]
	})
	isMapping := func(o py.Object) bool {
		return py.IsInstance(o, py.GetAttr(py.Import("collections.abc"), "Mapping")) || isChainMap(o)
	}
	def(cmCode("__or__", "self", "other"), nil, func(a []py.Object) py.Object {
		if !isMapping(a[1]) {
			return py.NotImplemented
		}
		m := py.CallMethod(a[0], "copy")
		py.CallMethod(maps(m).Items[0], "update", a[1])
		return m
	})
	def(cmCode("__ror__", "self", "other"), nil, func(a []py.Object) py.Object {
		if !isMapping(a[1]) {
			return py.NotImplemented
		}
		m := py.Call(py.DictType, a[1])
		ms := maps(a[0]).Items
		for i := len(ms) - 1; i >= 0; i-- {
			py.CallMethod(m, "update", ms[i])
		}
		return py.Call(a[0].Type(), m)
	})
	// The Mapping/MutableMapping mixins.
	view := func(name string) func(a []py.Object) py.Object {
		return func(a []py.Object) py.Object {
			d := py.NewDict()
			it := py.GetIter(a[0])
			for {
				k, ok := py.Next(it)
				if !ok {
					break
				}
				py.SetItem(d, k, py.GetItem(a[0], k))
			}
			return py.CallMethod(d, name)
		}
	}
	def(cmCode("keys", "self"), nil, view("keys"))
	def(cmCode("items", "self"), nil, view("items"))
	def(cmCode("values", "self"), nil, view("values"))
	def(cmCode("__eq__", "self", "other"), nil, func(a []py.Object) py.Object {
		if !isMapping(a[1]) {
			return py.NotImplemented
		}
		return py.Compare(py.Call(py.DictType, py.CallMethod(a[0], "items")), py.Call(py.DictType, py.CallMethod(a[1], "items")), py.OpEq)
	})
	def(cmCode("setdefault", "self", "key", "default"), []py.Object{py.None}, func(a []py.Object) py.Object {
		if py.Contains(a[0], a[1]) {
			return py.GetItem(a[0], a[1])
		}
		py.SetItem(a[0], a[1], a[2])
		return a[2]
	})
	upd := &py.Code{Name: "update", Qualname: "ChainMap.update", Module: "collections", Params: []string{"self", "other", "kwds"}, NumPos: 2, VarKw: true}
	def(upd, []py.Object{py.NewTuple()}, func(a []py.Object) py.Object {
		other := a[1]
		if isMapping(other) || py.LookupAttr(other, "keys") != nil {
			keys := py.Call(py.LoadBuiltin("list"), py.CallMethod(other, "keys"))
			for _, k := range keys.(*py.List).Items {
				py.SetItem(a[0], k, py.GetItem(other, k))
			}
		} else {
			it := py.GetIter(other)
			for {
				kv, ok := py.Next(it)
				if !ok {
					break
				}
				p := py.Unpack(kv, 2, -1)
				py.SetItem(a[0], p[0], p[1])
			}
		}
		a[2].(*py.Dict).Items(func(k, v py.Object) bool { py.SetItem(a[0], k, v); return true })
		return py.None
	})
	ns.SetStr("__hash__", py.None)
	return t
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	reprRunning = map[uint64]bool{}
}
