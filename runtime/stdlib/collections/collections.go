// Package collections is Python's collections module, implemented natively:
// deque, defaultdict, Counter, OrderedDict and namedtuple.
package collections

import (
	"fmt"
	"sort"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/abc"
)

var (
	DefaultDictType *py.Type
	CounterType     *py.Type
	OrderedDictType *py.Type
)

func dictSelf(o py.Object) *py.Dict { return o.(*py.Dict) }

func initDict(d *py.Dict, args []py.Object, kw []string) {
	py.CallKw(py.GetAttr(py.DictType, "update"), append([]py.Object{d}, args...), kw)
}

func attr(d *py.Dict, name string) py.Object {
	if v, ok := d.InstanceDict().GetStr(name); ok {
		return v
	}
	return py.None
}

func clsName(o py.Object) string { return o.Type().Name }

// MostCommon is Counter.most_common(n) (n < 0: all).
func MostCommon(d *py.Dict, n int) []py.Object {
	var items []py.Object
	d.Items(func(k, v py.Object) bool { items = append(items, py.NewTuple(k, v)); return true })
	sort.SliceStable(items, func(i, j int) bool {
		return py.Less(items[j].(*py.Tuple).Items[1], items[i].(*py.Tuple).Items[1])
	})
	if n >= 0 && n < len(items) {
		items = items[:n]
	}
	return items
}

func counterUpdate(d *py.Dict, src py.Object, sign int) {
	if src == nil || src == py.None {
		return
	}
	add := func(k, v py.Object) {
		cur, ok := d.Get(k)
		if !ok {
			cur = py.Int(0)
		}
		if sign > 0 {
			d.Set(k, py.Add(cur, v))
		} else {
			d.Set(k, py.Sub(cur, v))
		}
	}
	if m, ok := src.(*py.Dict); ok {
		m.Items(func(k, v py.Object) bool { add(k, v); return true })
		return
	}
	if keys := py.LookupAttr(src, "keys"); keys != nil {
		for _, k := range py.AppendStar(nil, py.Call(keys)) {
			add(k, py.GetItem(src, k))
		}
		return
	}
	it := py.GetIter(src)
	for {
		k, ok := py.Next(it)
		if !ok {
			return
		}
		add(k, py.Int(1))
	}
}

func newCounter(t *py.Type) *py.Dict { return py.NewDictOf(t) }

func counterBinary(name string, f func(a, b *py.Dict, out *py.Dict)) {
	py.AddMethod(CounterType, name, func(args []py.Object, kw []string) py.Object {
		a := dictSelf(args[0])
		b, ok := args[1].(*py.Dict)
		if !ok || !b.Type().IsSubtype(CounterType) {
			return py.NotImplemented
		}
		out := newCounter(CounterType)
		f(a, b, out)
		return out
	})
}

// setup gives the containers their methods at the first import of
// collections, _collections or collections.abc (their objects are made
// only through them), not at every program's start.
var setup = py.Lazy(abc.Setup, initVars0, initVars1, initVars2, setupDicts, setupDeque, registerModules, registerUnderscore, func() { ChainMapType = newChainMap() })

func init() {
	py.RegisterLazyFallbackModule("collections", setup)
	py.RegisterLazyModule("collections.abc", setup) // ChainMap and deque are registered with the ABCs
	py.RegisterLazyModule("_collections", setup)
	// The host's collections package, over _collections, takes this
	// module's place where the program links it; CPython's startup has
	// imported collections.abc by then, so the attribute is there.
	py.AfterImport("collections", func(m *py.Module) {
		if _, ok := m.Dict.GetStr("abc"); !ok {
			py.Catch(func() { m.Set("abc", py.Import("collections.abc")) })
		}
	})
	// _collections_abc.py names itself collections.abc (`__name__ =
	// ...`), which its classes' __module__ follow in CPython: whoever
	// imports it first (os does, without collections).
	py.AfterImport("_collections_abc", func(m *py.Module) {
		m.Dict.Items(func(_, v py.Object) bool {
			if t, ok := v.(*py.Type); ok && t.Module == "_collections_abc" {
				t.Module = "collections.abc"
				t.Dict.SetStr("__module__", py.Str("collections.abc"))
			}
			return true
		})
	})
}

// registerModules registers the modules' real inits (setup runs it).
func registerModules() {
	py.RegisterFallbackModule("collections", func(m *py.Module) {
		m.Set("deque", DequeType)
		m.Set("defaultdict", DefaultDictType)
		m.Set("Counter", CounterType)
		m.Set("OrderedDict", OrderedDictType)
		m.AddFunc("namedtuple", namedtuple)
		// _count_elements(mapping, iterable) is Counter's helper
		// (CPython's C one): mapping[elem] = mapping.get(elem, 0) + 1.
		m.AddFunc("_count_elements", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("_count_elements", args, kw, []string{"mapping", "iterable"}, 2)
			get := py.GetAttr(a[0], "get")
			it := py.GetIter(a[1])
			for {
				x, ok := py.Next(it)
				if !ok {
					return py.None
				}
				py.SetItem(a[0], x, py.Add(py.Call(get, x, py.Int(0)), py.Int(1)))
			}
		})
		m.Set("abc", py.Import("collections.abc"))
		m.Set("ChainMap", ChainMapType)
		// UserDict, UserList and UserString are Python classes, from the
		// tool's runtime/python/_collections_user.py, which every program
		// importing collections links.
		if py.Translated("_collections_user") {
			u := py.Import("_collections_user")
			for _, n := range []string{"UserDict", "UserList", "UserString"} {
				m.Set(n, py.GetAttr(u, n))
			}
		}
	})
	py.RegisterModule("collections.abc", func(m *py.Module) {
		// collections.abc is CPython's own _collections_abc.py, which
		// every program importing collections.abc links (as CPython's
		// collections/abc.py re-exports it); the Go unit tests, which
		// link no translated module, get the bare hierarchy.
		if !py.Translated("_collections_abc") {
			fallbackABCs(m)
			return
		}
		src := py.Import("_collections_abc")
		all := py.GetAttr(src, "__all__")
		m.Set("__all__", all)
		names := append(py.AppendStar(nil, all), py.Str("_CallableGenericAlias"))
		for _, n := range names {
			v := py.GetAttr(src, py.StrOf(n))
			// _collections_abc.py names itself collections.abc
			// (`__name__ = ...`), which its classes' __module__ follow
			// in CPython.
			if t, ok := v.(*py.Type); ok && t.Module == "_collections_abc" {
				t.Module = "collections.abc"
				t.Dict.SetStr("__module__", py.Str("collections.abc"))
			}
			m.Set(py.StrOf(n), v)
		}
		mseq := py.GetAttr(m, "MutableSequence").(*py.Type)
		abc.Register(mseq, DequeType)
		abc.Register(py.GetAttr(m, "MutableMapping").(*py.Type), ChainMapType)
	})
}

func setupDicts() {
	for _, t := range []*py.Type{DefaultDictType, CounterType, OrderedDictType} {
		py.SetSubclassable(t)
	}
	// defaultdict
	py.AddMethod(DefaultDictType, "__init__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		npos := len(args) - len(kw)
		var factory py.Object = py.None
		rest := args[1:]
		if npos > 1 {
			factory = args[1]
			rest = args[2:]
			if factory != py.None {
				if _, ok := factory.(py.Callable); !ok && py.LookupSpecial(factory, "__call__") == nil {
					panic(py.NewError(py.TypeErrorType, "first argument must be callable or None"))
				}
			}
		}
		d.InstanceDict().SetStr("default_factory", factory)
		initDict(d, rest, kw)
		return py.None
	})
	py.AddMethod(DefaultDictType, "__missing__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		f := attr(d, "default_factory")
		if f == py.None {
			panic(py.NewException(py.KeyErrorType, args[1]))
		}
		v := py.Call(f)
		d.Set(args[1], v)
		return v
	})
	py.AddMethod(DefaultDictType, "__repr__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		f := attr(d, "default_factory")
		return py.Str(fmt.Sprintf("%s(%s, %s)", clsName(d), py.Repr(f), py.Repr(d.Copy())))
	})
	py.AddMethod(DefaultDictType, "copy", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		return py.Call(d.Type(), attr(d, "default_factory"), d.Copy())
	})
	py.AddMethod(DefaultDictType, "__copy__", func(args []py.Object, kw []string) py.Object {
		return py.CallMethod(args[0], "copy")
	})
	// Pickling and copy.py rebuild a dict subclass from its items.
	itemsIter := func(d *py.Dict) py.Object { return py.GetIter(py.CallMethod(d, "items")) }
	py.AddMethod(DefaultDictType, "__reduce__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		factory := py.NewTuple()
		if f := attr(d, "default_factory"); f != py.None {
			factory = py.NewTuple(f)
		}
		return py.NewTuple(d.Type(), factory, py.None, py.None, itemsIter(d))
	})
	py.AddMethod(OrderedDictType, "__reduce__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		var state py.Object = py.None
		if inst := d.InstanceDict(); inst != nil && inst.Len() > 0 {
			state = inst
		}
		return py.NewTuple(d.Type(), py.NewTuple(), state, py.None, itemsIter(d))
	})

	// Counter
	py.AddMethod(CounterType, "__init__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		npos := len(args) - len(kw)
		if npos > 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected at most 1 argument, got %d", npos-1)))
		}
		if npos == 2 {
			counterUpdate(d, args[1], 1)
		}
		for i, k := range kw {
			counterUpdate(d, py.DictFromPairs(py.Str(k), args[npos+i]), 1)
		}
		return py.None
	})
	py.AddMethod(CounterType, "__missing__", func(args []py.Object, kw []string) py.Object { return py.Int(0) })
	py.AddMethod(CounterType, "update", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		npos := len(args) - len(kw)
		if npos == 2 {
			counterUpdate(d, args[1], 1)
		}
		for i, k := range kw {
			counterUpdate(d, py.DictFromPairs(py.Str(k), args[npos+i]), 1)
		}
		return py.None
	})
	py.AddMethod(CounterType, "subtract", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		npos := len(args) - len(kw)
		if npos == 2 {
			counterUpdate(d, args[1], -1)
		}
		for i, k := range kw {
			counterUpdate(d, py.DictFromPairs(py.Str(k), args[npos+i]), -1)
		}
		return py.None
	})
	py.AddMethod(CounterType, "most_common", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("most_common", args[1:], kw, []string{"n"}, 0)
		n := -1
		if a[0] != nil && a[0] != py.None {
			n = py.Index(a[0])
			if n < 0 {
				n = 0
			}
		}
		return py.NewList(MostCommon(dictSelf(args[0]), n)...)
	})
	py.AddMethod(CounterType, "elements", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		var out []py.Object
		d.Items(func(k, v py.Object) bool {
			for i := 0; i < py.Index(v); i++ {
				out = append(out, k)
			}
			return true
		})
		return py.GetIter(py.NewList(out...))
	})
	py.AddMethod(CounterType, "total", func(args []py.Object, kw []string) py.Object {
		var t py.Object = py.Int(0)
		dictSelf(args[0]).Items(func(_, v py.Object) bool { t = py.Add(t, v); return true })
		return t
	})
	py.AddMethod(CounterType, "copy", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		out := newCounter(d.Type())
		d.Items(func(k, v py.Object) bool { out.Set(k, v); return true })
		return out
	})
	py.AddMethod(CounterType, "__repr__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		if d.Len() == 0 {
			return py.Str(clsName(d) + "()")
		}
		var body py.Object
		if py.CatchMatching(py.TypeErrorType, func() {
			body = py.Call(py.DictType, py.NewList(MostCommon(d, -1)...))
		}) != nil {
			body = d.Copy()
		}
		return py.Str(clsName(d) + "(" + py.Repr(body) + ")")
	})
	positive := func(v py.Object) bool { return py.CompareBool(v, py.Int(0), py.OpGt) }
	counterBinary("__add__", func(a, b, out *py.Dict) {
		a.Items(func(k, v py.Object) bool {
			w, _ := b.Get(k)
			if w == nil {
				w = py.Int(0)
			}
			if s := py.Add(v, w); positive(s) {
				out.Set(k, s)
			}
			return true
		})
		b.Items(func(k, v py.Object) bool {
			if _, ok := a.Get(k); !ok && positive(v) {
				out.Set(k, v)
			}
			return true
		})
	})
	counterBinary("__sub__", func(a, b, out *py.Dict) {
		a.Items(func(k, v py.Object) bool {
			w, _ := b.Get(k)
			if w == nil {
				w = py.Int(0)
			}
			if s := py.Sub(v, w); positive(s) {
				out.Set(k, s)
			}
			return true
		})
		b.Items(func(k, v py.Object) bool {
			if _, ok := a.Get(k); !ok && py.CompareBool(v, py.Int(0), py.OpLt) {
				out.Set(k, py.Sub(py.Int(0), v))
			}
			return true
		})
	})
	counterBinary("__or__", func(a, b, out *py.Dict) {
		a.Items(func(k, v py.Object) bool {
			w, _ := b.Get(k)
			m := v
			if w != nil && py.Less(v, w) {
				m = w
			}
			if positive(m) {
				out.Set(k, m)
			}
			return true
		})
		b.Items(func(k, v py.Object) bool {
			if _, ok := a.Get(k); !ok && positive(v) {
				out.Set(k, v)
			}
			return true
		})
	})
	counterBinary("__and__", func(a, b, out *py.Dict) {
		a.Items(func(k, v py.Object) bool {
			w, ok := b.Get(k)
			if !ok {
				return true
			}
			m := v
			if py.Less(w, v) {
				m = w
			}
			if positive(m) {
				out.Set(k, m)
			}
			return true
		})
	})

	// OrderedDict
	py.AddMethod(OrderedDictType, "__init__", func(args []py.Object, kw []string) py.Object {
		initDict(dictSelf(args[0]), args[1:len(args)-len(kw)], kw)
		return py.None
	})
	py.AddMethod(OrderedDictType, "__init__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		initDict(d, args[1:], kw)
		return py.None
	})
	py.AddMethod(OrderedDictType, "__repr__", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		if d.Len() == 0 {
			return py.Str(clsName(d) + "()")
		}
		var items []py.Object
		d.Items(func(k, v py.Object) bool { items = append(items, py.NewTuple(k, v)); return true })
		return py.Str(clsName(d) + "(" + py.Repr(py.NewList(items...)) + ")")
	})
	py.AddMethod(OrderedDictType, "move_to_end", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		a := py.ParseArgs("move_to_end", args[1:], kw, []string{"key", "last"}, 1)
		v, ok := d.Get(a[0])
		if !ok {
			panic(py.NewException(py.KeyErrorType, a[0]))
		}
		last := a[1] == nil || py.Truth(a[1])
		if last {
			d.Delete(a[0])
			d.Set(a[0], v)
			return py.None
		}
		var items [][2]py.Object
		d.Items(func(k, x py.Object) bool {
			if !py.Eq(k, a[0]) {
				items = append(items, [2]py.Object{k, x})
			}
			return true
		})
		d.Clear()
		d.Set(a[0], v)
		for _, kv := range items {
			d.Set(kv[0], kv[1])
		}
		return py.None
	})
	py.AddMethod(OrderedDictType, "popitem", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		a := py.ParseArgs("popitem", args[1:], kw, []string{"last"}, 0)
		keys := d.Keys()
		if len(keys) == 0 {
			panic(py.NewError(py.KeyErrorType, "dictionary is empty"))
		}
		k := keys[len(keys)-1]
		if a[0] != nil && !py.Truth(a[0]) {
			k = keys[0]
		}
		v, _ := d.Get(k)
		d.Delete(k)
		return py.NewTuple(k, v)
	})
	py.AddMethod(OrderedDictType, "copy", func(args []py.Object, kw []string) py.Object {
		d := dictSelf(args[0])
		return py.Call(d.Type(), d.Copy())
	})
	py.AddMethod(OrderedDictType, "__eq__", func(args []py.Object, kw []string) py.Object {
		a := dictSelf(args[0])
		b, ok := args[1].(*py.Dict)
		if !ok {
			return py.NotImplemented
		}
		if !py.Truth(py.Compare(a.Copy(), b.Copy(), py.OpEq)) {
			return py.False
		}
		if b.Type().IsSubtype(OrderedDictType) {
			return py.NewBool(py.Truth(py.Compare(py.NewList(a.Keys()...), py.NewList(b.Keys()...), py.OpEq)))
		}
		return py.True
	})

}

// fallbackABCs gives collections.abc the classes of CPython's hierarchy,
// with the builtin containers registered, when _collections_abc is not
// linked (Go unit tests).
func fallbackABCs(m *py.Module) {
	made := map[string]*py.Type{}
	var build func(n string) *py.Type
	build = func(n string) *py.Type {
		if t, ok := made[n]; ok {
			return t
		}
		var bases []py.Object
		for _, b := range abcBases[n] {
			bases = append(bases, build(b))
		}
		ns := py.NewDict()
		var t *py.Type
		if methods, ok := oneTrick[n]; ok {
			ns.SetStr("__subclasshook__", &py.ClassMethod{Func: py.NewBuiltin("__subclasshook__", func(args []py.Object, kw []string) py.Object {
				c, ok := args[1].(*py.Type)
				if args[0] != py.Object(t) || !ok {
					return py.NotImplemented
				}
				return checkMethods(c, methods)
			})})
		}
		t = py.BuildClass(abc.ABCMetaType, n, n, "collections.abc", bases, ns, nil, nil).(*py.Type)
		made[n] = t
		m.Set(n, t)
		return t
	}
	for _, n := range []string{"Iterable", "Iterator", "Generator", "Awaitable", "Coroutine", "AsyncIterable",
		"AsyncIterator", "AsyncGenerator", "Callable", "Hashable", "Sized", "Container", "Collection",
		"Sequence", "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping", "MappingView",
		"KeysView", "ItemsView", "ValuesView", "ByteString", "Reversible"} {
		build(n)
	}
	// _collections_abc's __abc_tpflags__: what sequence and mapping
	// patterns match.
	py.SetCollectionFlags(made["Sequence"], py.FlagSequence)
	py.SetCollectionFlags(made["Mapping"], py.FlagMapping)
	for n, ts := range map[string][]*py.Type{
		"MutableMapping":  {py.DictType, ChainMapType},
		"MutableSequence": {py.ListType, DequeType},
		"Sequence":        {py.TupleType, py.StrType, py.RangeType},
		"ByteString":      {py.BytesType},
		"MutableSet":      {py.SetType},
		"Set":             {py.FrozenSetType},
	} {
		for _, t := range ts {
			abc.Register(made[n], t)
		}
	}
}

// oneTrick are the ABCs whose __subclasshook__ recognises any class that
// defines their methods.
var oneTrick map[string][]string

// checkMethods is _collections_abc._check_methods: every method is in the
// __dict__ of a class of c's MRO, and not None there.
func checkMethods(c *py.Type, methods []string) py.Object {
	for _, m := range methods {
		found := false
		for _, b := range c.MRO {
			if v, ok := b.Dict.GetStr(m); ok {
				if v == py.None {
					return py.NotImplemented
				}
				found = true
				break
			}
		}
		if !found {
			return py.NotImplemented
		}
	}
	return py.True
}

// abcBases is collections.abc's class hierarchy.
var abcBases map[string][]string

func namedtuple(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("namedtuple", args, kw, []string{"typename", "field_names", "rename", "defaults", "module"}, 2)
	name := py.StrOf(a[0])
	var fields []string
	if s, ok := a[1].(py.Str); ok {
		fields = strings.Fields(strings.ReplaceAll(string(s), ",", " "))
	} else {
		for _, f := range py.AppendStar(nil, a[1]) {
			fields = append(fields, py.StrOf(f))
		}
	}
	rename := a[2] != nil && py.Truth(a[2])
	seen := map[string]bool{}
	for i, f := range fields {
		if rename && (!py.IsIdentifier(f) || isKeyword(f) || strings.HasPrefix(f, "_") || seen[f]) {
			fields[i] = fmt.Sprintf("_%d", i)
		}
		seen[fields[i]] = true
	}
	for _, n := range append([]string{name}, fields...) {
		if !py.IsIdentifier(n) || isKeyword(n) {
			if isKeyword(n) {
				panic(py.NewError(py.ValueErrorType, fmt.Sprintf("Type names and field names cannot be a keyword: %s", py.Repr(py.Str(n)))))
			}
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("Type names and field names must be valid identifiers: %s", py.Repr(py.Str(n)))))
		}
	}
	dup := map[string]bool{}
	for _, f := range fields {
		if strings.HasPrefix(f, "_") && !rename {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("Field names cannot start with an underscore: %s", py.Repr(py.Str(f)))))
		}
		if dup[f] {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("Encountered duplicate field name: %s", py.Repr(py.Str(f)))))
		}
		dup[f] = true
	}
	var defaults []py.Object
	if a[3] != nil && a[3] != py.None {
		defaults = py.AppendStar(nil, a[3])
		if len(defaults) > len(fields) {
			panic(py.NewError(py.TypeErrorType, "Got more default values than field names"))
		}
	}
	module := "__main__"
	if a[4] != nil && a[4] != py.None {
		module = py.StrOf(a[4])
	}
	return py.NamedTuple(name, module, fields, defaults)
}

var keywords map[string]bool

func isKeyword(s string) bool { return keywords[s] }

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	DefaultDictType = py.NewType("defaultdict", "collections", py.DictType)
	CounterType = py.NewClass("Counter", "Counter", "collections", []py.Object{py.DictType}, py.NewDict())
	OrderedDictType = py.NewClass("OrderedDict", "OrderedDict", "collections", []py.Object{py.DictType}, py.NewDict())
	oneTrick = map[string][]string{
		"Hashable": {"__hash__"}, "Awaitable": {"__await__"}, "Coroutine": {"__await__", "send", "throw", "close"},
		"AsyncIterable": {"__aiter__"}, "AsyncIterator": {"__anext__", "__aiter__"},
		"AsyncGenerator": {"__aiter__", "__anext__", "asend", "athrow", "aclose"}, "Iterable": {"__iter__"},
		"Iterator": {"__iter__", "__next__"}, "Reversible": {"__reversed__", "__iter__"},
		"Generator": {"__iter__", "__next__", "send", "throw", "close"}, "Sized": {"__len__"},
		"Container": {"__contains__"}, "Collection": {"__len__", "__iter__", "__contains__"}, "Callable": {"__call__"},
	}
	abcBases = map[string][]string{
		"Iterator": {"Iterable"}, "Reversible": {"Iterable"}, "Generator": {"Iterator"},
		"Coroutine": {"Awaitable"}, "AsyncIterator": {"AsyncIterable"}, "AsyncGenerator": {"AsyncIterator"},
		"Collection": {"Sized", "Iterable", "Container"}, "Sequence": {"Reversible", "Collection"},
		"MutableSequence": {"Sequence"}, "ByteString": {"Sequence"}, "Set": {"Collection"}, "MutableSet": {"Set"},
		"Mapping": {"Collection"}, "MutableMapping": {"Mapping"}, "MappingView": {"Sized"},
		"KeysView": {"MappingView", "Set"}, "ItemsView": {"MappingView", "Set"}, "ValuesView": {"MappingView", "Collection"},
	}
	keywords = map[string]bool{"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
		"async": true, "await": true, "break": true, "class": true, "continue": true, "def": true, "del": true,
		"elif": true, "else": true, "except": true, "finally": true, "for": true, "from": true, "global": true,
		"if": true, "import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true,
		"or": true, "pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true}
	DequeType = py.NewType("deque", "collections", nil)
	dequeIterType = py.NewIterType("_deque_iterator", "_collections")
	dequeRevIterType = py.NewIterType("_deque_reverse_iterator", "_collections")
}
