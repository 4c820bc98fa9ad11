package collections

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestChainMapOracle(t *testing.T) {
	py.EnterMain()
	S := func(s string) py.Object { return py.Str(s) }
	I := func(i int) py.Object { return py.Int(i) }
	d := func(kv ...py.Object) py.Object { return py.DictFromPairs(kv...) }
	cm := func(args ...py.Object) py.Object { return py.Call(ChainMapType, args...) }
	mk := func() py.Object { return cm(d(S("a"), I(1)), d(S("a"), I(2), S("b"), I(3))) }
	list := func(o py.Object) py.Object { return py.Call(py.LoadBuiltin("list"), o) }
	oracle.Run(t, "import collections, _collections\ndef mk(): return collections.ChainMap({'a': 1}, {'a': 2, 'b': 3})", []oracle.Case{
		{Py: `repr(mk()), mk()['a'], mk()['b'], len(mk()), list(mk()), 'b' in mk(), mk().get('z', 9), bool(collections.ChainMap()), collections.ChainMap()`, Go: func() py.Object {
			return py.NewTuple(S(py.Repr(mk())), py.GetItem(mk(), S("a")), py.GetItem(mk(), S("b")), I(py.Len(mk())), list(mk()), py.NewBool(py.Contains(mk(), S("b"))),
				py.CallMethod(mk(), "get", S("z"), I(9)), py.NewBool(py.Truth(cm())), cm())
		}},
		{Py: `mk()['z']`, Go: func() py.Object { return py.GetItem(mk(), S("z")) }},
		{Py: `(lambda c: (c.__setitem__('b', 5), c.maps, c.pop('b'), c.maps))(mk())`, Go: func() py.Object {
			c := mk()
			return py.NewTuple(func() py.Object { py.SetItem(c, S("b"), I(5)); return py.None }(), py.GetAttr(c, "maps"), py.CallMethod(c, "pop", S("b")), py.GetAttr(c, "maps"))
		}},
		{Py: `(lambda c: c.__delitem__('b'))(mk())`, Go: func() py.Object { py.DelItem(mk(), S("b")); return py.None }},
		{Py: `mk().pop('b')`, Go: func() py.Object { return py.CallMethod(mk(), "pop", S("b")) }},
		{Py: `collections.ChainMap().popitem()`, Go: func() py.Object { return py.CallMethod(cm(), "popitem") }},
		{Py: `mk().new_child({'c': 4}), mk().new_child(x=1), mk().parents, mk().copy(), collections.ChainMap.fromkeys('ab', 0)`, Go: func() py.Object {
			return py.NewTuple(py.CallMethod(mk(), "new_child", d(S("c"), I(4))), py.CallKw(py.GetAttr(mk(), "new_child"), []py.Object{I(1)}, []string{"x"}),
				py.GetAttr(mk(), "parents"), py.CallMethod(mk(), "copy"), py.CallMethod(ChainMapType, "fromkeys", S("ab"), I(0)))
		}},
		{Py: `mk() == {'a': 1, 'b': 3}, mk() | {'q': 1}, {'q': 1} | mk(), list(mk().items()), sorted(mk().keys())`, Go: func() py.Object {
			return py.NewTuple(py.Compare(mk(), d(S("a"), I(1), S("b"), I(3)), py.OpEq), py.Binary(py.OpOr, mk(), d(S("q"), I(1))), py.Binary(py.OpOr, d(S("q"), I(1)), mk()),
				list(py.CallMethod(mk(), "items")), py.Call(py.LoadBuiltin("sorted"), py.CallMethod(mk(), "keys")))
		}},
		{Py: `(lambda c: (c.maps.append(c), repr(c)))(collections.ChainMap({1: 2}))`, Go: func() py.Object {
			c := cm(d(I(1), I(2)))
			py.CallMethod(py.GetAttr(c, "maps"), "append", c)
			return py.NewTuple(py.None, S(py.Repr(c)))
		}},
		{Py: `(lambda c: (c.update({'z': 0}, y=1), c.setdefault('w', 7), c.maps[0]))(mk())`, Go: func() py.Object {
			c := mk()
			return py.NewTuple(py.CallKw(py.GetAttr(c, "update"), []py.Object{d(S("z"), I(0)), I(1)}, []string{"y"}), py.CallMethod(c, "setdefault", S("w"), I(7)), py.GetItem(py.GetAttr(c, "maps"), I(0)))
		}},
		{Py: `hash(mk())`, Go: func() py.Object { return py.PyHash(mk()) }},
		{Py: `(lambda tg: (tg, tg.__doc__))(_collections._tuplegetter(1, 'doc'))`, Go: func() py.Object {
			tg := py.Call(py.TupleGetterType, I(1), S("doc"))
			return py.NewTuple(tg, py.GetAttr(tg, "__doc__"))
		}},
		{Py: `(lambda d: (_collections._count_elements(d, 'abca'), d))({})`, Go: func() py.Object {
			dd := py.NewDict()
			return py.NewTuple(oracle.Call("_collections", "_count_elements", dd, S("abca")), dd)
		}},
	})
}
