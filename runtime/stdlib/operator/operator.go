// Package operator is Python's operator module.
package operator

import (
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// getterObj is itemgetter / attrgetter / methodcaller.
type getterObj struct {
	t    *py.Type
	f    func(o py.Object) py.Object
	repr string
}

func (g *getterObj) Type() *py.Type { return g.t }
func (g *getterObj) Call(args []py.Object, kw []string) py.Object {
	if len(args) != 1 || len(kw) != 0 {
		panic(py.NewError(py.TypeErrorType, g.t.Name+" expected 1 argument, got "+py.Repr(py.Int(len(args)))))
	}
	return g.f(args[0])
}
func (g *getterObj) String() string { return g.repr }

var (
	itemGetterType   = py.NewType("itemgetter", "operator", nil)
	attrGetterType   = py.NewType("attrgetter", "operator", nil)
	methodCallerType = py.NewType("methodcaller", "operator", nil)
)

func reprArgs(args []py.Object) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = py.Repr(a)
	}
	return strings.Join(parts, ", ")
}

func dotted(o py.Object, name string) py.Object {
	for _, p := range strings.Split(name, ".") {
		o = py.GetAttr(o, p)
	}
	return o
}

func init() {
	py.RegisterModule("operator", func(m *py.Module) {
		bin := func(name string, f func(a, b py.Object) py.Object) {
			fn := func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"a", "b"}, 2)
				return f(a[0], a[1])
			}
			m.AddFunc(name, fn)
			if !strings.HasPrefix(name, "__") {
				m.AddFunc("__"+strings.TrimSuffix(name, "_")+"__", fn)
			}
		}
		bin("add", py.Add)
		bin("sub", py.Sub)
		bin("mul", py.Mul)
		bin("truediv", py.TrueDiv)
		bin("floordiv", py.FloorDiv)
		bin("mod", py.Mod)
		bin("pow", py.Pow)
		bin("lshift", func(a, b py.Object) py.Object { return py.Binary(py.OpLShift, a, b) })
		bin("rshift", func(a, b py.Object) py.Object { return py.Binary(py.OpRShift, a, b) })
		bin("and_", func(a, b py.Object) py.Object { return py.Binary(py.OpAnd, a, b) })
		bin("or_", func(a, b py.Object) py.Object { return py.Binary(py.OpOr, a, b) })
		bin("xor", func(a, b py.Object) py.Object { return py.Binary(py.OpXor, a, b) })
		bin("matmul", func(a, b py.Object) py.Object { return py.Binary(py.OpMatMul, a, b) })
		bin("iadd", func(a, b py.Object) py.Object { return py.Inplace(py.OpAdd, a, b) })
		bin("isub", func(a, b py.Object) py.Object { return py.Inplace(py.OpSub, a, b) })
		bin("imul", func(a, b py.Object) py.Object { return py.Inplace(py.OpMul, a, b) })
		bin("lt", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpLt) })
		bin("le", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpLe) })
		bin("eq", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpEq) })
		bin("ne", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpNe) })
		bin("gt", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpGt) })
		bin("ge", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpGe) })
		bin("is_", func(a, b py.Object) py.Object { return py.NewBool(py.Is(a, b)) })
		bin("is_not", func(a, b py.Object) py.Object { return py.NewBool(!py.Is(a, b)) })
		bin("contains", func(a, b py.Object) py.Object { return py.NewBool(py.Contains(a, b)) })
		bin("getitem", py.GetItem)
		bin("countOf", func(a, b py.Object) py.Object { return py.CallMethod(py.NewList(py.AppendStar(nil, a)...), "count", b) })
		bin("indexOf", func(a, b py.Object) py.Object { return py.CallMethod(py.NewList(py.AppendStar(nil, a)...), "index", b) })
		bin("concat", py.Add)
		un := func(name string, f func(a py.Object) py.Object) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"a"}, 1)
				return f(a[0])
			})
		}
		un("neg", py.Neg)
		un("pos", py.Pos)
		un("inv", py.Invert)
		un("invert", py.Invert)
		un("not_", py.Not)
		un("truth", func(a py.Object) py.Object { return py.NewBool(py.Truth(a)) })
		un("abs", py.Abs)
		un("index", func(a py.Object) py.Object { return py.Int(py.Index(a)) })
		m.AddFunc("setitem", func(args []py.Object, kw []string) py.Object {
			py.SetItem(args[0], args[1], args[2])
			return py.None
		})
		m.AddFunc("delitem", func(args []py.Object, kw []string) py.Object {
			py.DelItem(args[0], args[1])
			return py.None
		})
		m.AddFunc("length_hint", func(args []py.Object, kw []string) py.Object {
			defer func() { recover() }()
			return py.Int(py.Len(args[0]))
		})
		m.Set("itemgetter", py.NewBuiltin("itemgetter", func(args []py.Object, kw []string) py.Object {
			items := append([]py.Object(nil), args...)
			return &getterObj{t: itemGetterType, repr: "operator.itemgetter(" + reprArgs(items) + ")", f: func(o py.Object) py.Object {
				if len(items) == 1 {
					return py.GetItem(o, items[0])
				}
				out := make([]py.Object, len(items))
				for i, it := range items {
					out[i] = py.GetItem(o, it)
				}
				return py.NewTuple(out...)
			}}
		}))
		m.Set("attrgetter", py.NewBuiltin("attrgetter", func(args []py.Object, kw []string) py.Object {
			names := make([]string, len(args))
			for i, a := range args {
				s, ok := a.(py.Str)
				if !ok {
					panic(py.NewError(py.TypeErrorType, "attribute name must be a string"))
				}
				names[i] = string(s)
			}
			return &getterObj{t: attrGetterType, repr: "operator.attrgetter(" + reprArgs(args) + ")", f: func(o py.Object) py.Object {
				if len(names) == 1 {
					return dotted(o, names[0])
				}
				out := make([]py.Object, len(names))
				for i, n := range names {
					out[i] = dotted(o, n)
				}
				return py.NewTuple(out...)
			}}
		}))
		m.Set("methodcaller", py.NewBuiltin("methodcaller", func(args []py.Object, kw []string) py.Object {
			name := py.StrOf(args[0])
			rest := append([]py.Object(nil), args[1:]...)
			return &getterObj{t: methodCallerType, repr: "operator.methodcaller(" + reprArgs(args[:len(args)-len(kw)]) + ")", f: func(o py.Object) py.Object {
				return py.CallKw(py.GetAttr(o, name), rest, kw)
			}}
		}))
		addMissing(m, bin)
	})
}
