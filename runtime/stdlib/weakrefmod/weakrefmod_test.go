package weakrefmod

import (
	"runtime"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func attr(n string) py.Object { return oracle.Attr("_weakref", n) }

func newA() (cls *py.Type, a py.Object) {
	ns := py.NewDict()
	cls = py.NewClass("A", "A", "__main__", nil, ns)
	return cls, py.Call(cls)
}

func TestWeakrefOracle(t *testing.T) {
	py.EnterMain()
	ref := attr("ref")
	cases := []oracle.Case{
		{Py: `_weakref.ref(1)`, Go: func() py.Object { return py.Call(ref, py.Int(1)) }},
		{Py: `_weakref.ref([])`, Go: func() py.Object { return py.Call(ref, py.NewList()) }},
		{Py: `_weakref.ref(object())`, Go: func() py.Object { return py.Call(ref, py.Call(py.ObjectType)) }},
		{Py: `_weakref.ref(ValueError())`, Go: func() py.Object { return py.Call(ref, py.Call(py.ValueErrorType)) }},
		{Py: `_weakref.ref()`, Go: func() py.Object { return py.Call(ref) }},
		{Py: `_weakref.ref(A(), None, 3)`, Go: func() py.Object { _, a := newA(); return py.Call(ref, a, py.None, py.Int(3)) }},
		{Py: `(lambda a: (_weakref.ref(a)() is a, _weakref.ref(a) is _weakref.ref(a), _weakref.ref(a, print) is _weakref.ref(a), (lambda rs: _weakref.getweakrefcount(a))([_weakref.ref(a), _weakref.ref(a, print)])))(A())`, Go: func() py.Object {
			_, a := newA()
			r := py.Call(ref, a)
			return py.NewTuple(py.NewBool(py.Call(r) == a), py.NewBool(py.Call(ref, a) == r), py.NewBool(py.Call(ref, a, py.LoadBuiltin("print")) == r), oracle.Call("_weakref", "getweakrefcount", a))
		}},
		{Py: `(lambda a: (lambda r, p, r2, r3: (_weakref.getweakrefs(a) == [r, p, r3, r2], [x is y for x, y in zip(_weakref.getweakrefs(a), [r, p, r3, r2])], _weakref.getweakrefcount(a), type(p), r2.__callback__ is len))(_weakref.ref(a), _weakref.proxy(a), _weakref.ref(a, len), _weakref.ref(a, len)))(A())`, Go: func() py.Object {
			_, a := newA()
			r := py.Call(ref, a)
			p := oracle.Call("_weakref", "proxy", a)
			r2 := py.Call(ref, a, py.LoadBuiltin("len"))
			r3 := py.Call(ref, a, py.LoadBuiltin("len"))
			refs := oracle.Call("_weakref", "getweakrefs", a).(*py.List)
			want := []py.Object{r, p, r3, r2}
			same := py.NewList()
			for i, x := range refs.Items {
				same.Items = append(same.Items, py.NewBool(x == want[i]))
			}
			return py.NewTuple(py.Compare(refs, py.NewList(want...), py.OpEq), same, oracle.Call("_weakref", "getweakrefcount", a), p.Type(),
				py.NewBool(py.GetAttr(r2, "__callback__") == py.LoadBuiltin("len")))
		}},
		{Py: `(lambda a: (hash(_weakref.ref(a)) == hash(a), _weakref.ref(a) == _weakref.ref(a, len), _weakref.ref(a) != _weakref.ref(a, len), _weakref.ref(a) == 3))(A())`, Go: func() py.Object {
			_, a := newA()
			r, r2 := py.Call(ref, a), py.Call(ref, a, py.LoadBuiltin("len"))
			return py.NewTuple(py.NewBool(py.Hash(r) == py.Hash(a)), py.Compare(r, r2, py.OpEq), py.Compare(r, r2, py.OpNe), py.Compare(r, py.Int(3), py.OpEq))
		}},
		{Py: `_weakref.ref, _weakref.ReferenceType, _weakref.ProxyType, _weakref.CallableProxyType`, Go: func() py.Object {
			return py.NewTuple(ref, attr("ReferenceType"), attr("ProxyType"), attr("CallableProxyType"))
		}},
		{Py: `(lambda a: (setattr(_weakref.proxy(a), 'x', 5), a.x, _weakref.proxy(a).x, str(_weakref.proxy(a)) == str(a)))(A())`, Go: func() py.Object {
			_, a := newA()
			p := oracle.Call("_weakref", "proxy", a)
			return py.NewTuple(func() py.Object { py.SetAttr(p, "x", py.Int(5)); return py.None }(), py.GetAttr(a, "x"), py.GetAttr(p, "x"),
				py.NewBool(py.StrOf(p) == py.StrOf(a)))
		}},
		{Py: `(lambda a: (type(_weakref.proxy(a)), _weakref.proxy(a)(3)))(len.__class__ and (lambda x: x + 1))`, Go: func() py.Object {
			code := &py.Code{Name: "<lambda>", Qualname: "<lambda>", Params: []string{"x"}, NumPos: 1}
			f := py.NewFunction(code, nil, nil, func(a []py.Object) py.Object { return py.Add(a[0], py.Int(1)) })
			p := oracle.Call("_weakref", "proxy", f)
			return py.NewTuple(p.Type(), py.Call(p, py.Int(3)))
		}},
		{Py: `hash(_weakref.proxy(A()))`, Go: func() py.Object { _, a := newA(); return py.PyHash(oracle.Call("_weakref", "proxy", a)) }},
		{Py: `(lambda a: repr(_weakref.ref(a)).split(';')[1].split(' at ')[0])(A())`, Go: func() py.Object {
			_, a := newA()
			return py.Str(strings.Split(strings.Split(py.Repr(py.Call(ref, a)), ";")[1], " at ")[0])
		}},
		{Py: `(lambda d, a: (_weakref._remove_dead_weakref(d, 'k'), len(d), _weakref._remove_dead_weakref(d, 'missing')))({'k': _weakref.ref(A())}, 0)`, Go: func() py.Object {
			d := py.NewDict()
			func() { _, a := newA(); py.SetItem(d, py.Str("k"), py.Call(ref, a)) }()
			Collect()
			return py.NewTuple(oracle.Call("_weakref", "_remove_dead_weakref", d, py.Str("k")), py.Int(py.Len(d)), oracle.Call("_weakref", "_remove_dead_weakref", d, py.Str("missing")))
		}},
	}
	oracle.Run(t, "import _weakref, gc\nclass A: pass", cases)
}

// TestCallbacks checks that references die with their referent and that
// the callbacks of live references run, newest first.
func TestCallbacks(t *testing.T) {
	py.EnterMain()
	ref := attr("ref")
	var calls []string
	cb := func(name string) py.Object {
		return py.NewBuiltin(name, func(args []py.Object, kw []string) py.Object {
			calls = append(calls, name)
			if _, ok := args[0].(*Ref); !ok {
				t.Errorf("callback got %s", py.Repr(args[0]))
			}
			return py.None
		})
	}
	var r, r1, r2 py.Object
	func() {
		_, a := newA()
		r = py.Call(ref, a)
		r1 = py.Call(ref, a, cb("first"))
		r2 = py.Call(ref, a, cb("second"))
		py.Call(ref, a, cb("dropped")) // dies before its referent: never called
	}()
	for i := 0; i < 5 && len(calls) < 2; i++ {
		Collect()
	}
	if got := py.Call(r); got != py.None {
		t.Errorf("r() = %s after collection", py.Repr(got))
	}
	if strings.Join(calls, ",") != "second,first" {
		t.Errorf("callbacks ran as %v", calls)
	}
	if py.GetAttr(r1, "__callback__") != py.None {
		t.Errorf("__callback__ kept after the call")
	}
	runtime.KeepAlive(r2)
	// hash of a dead reference never hashed
	func() {
		defer func() {
			e := py.Recovered(recover())
			if py.ExcStr(e) != "weak object has gone away" {
				t.Errorf("hash of dead ref: %s", py.ExcStr(e))
			}
		}()
		py.Hash(r)
	}()
}
