// Package operator is Python's operator module.
package operator

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// getterObj is itemgetter / attrgetter / methodcaller.
type getterObj struct {
	t    *py.Type
	f    func(o py.Object) py.Object
	repr string
	// reduce is __reduce__'s (callable, args), as the C types pickle.
	reduce func() py.Object
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
	itemGetterType   *py.Type
	attrGetterType   *py.Type
	methodCallerType *py.Type
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

func setup0() {
	for _, t := range []*py.Type{itemGetterType, attrGetterType, methodCallerType} {
		t := t
		reduce := func(args []py.Object, kw []string) py.Object {
			g, ok := args[0].(*getterObj)
			if !ok || g.reduce == nil {
				panic(py.NewError(py.TypeErrorType, "cannot pickle '"+t.Name+"' object"))
			}
			return g.reduce()
		}
		py.AddMethod(t, "__reduce__", reduce)
		py.AddMethod(t, "__reduce_ex__", reduce)
	}
	// With a host library, operator is the host's operator.py over
	// _operator (these same functions), as in CPython.
	py.RegisterFallbackModule("operator", fillOperator)
}

// fillOperator puts the operator functions in m (operator or _operator).
func fillOperator(m *py.Module) {
	{
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
		// countOf and indexOf compare by identity, then equality.
		same := func(x, y py.Object) bool { return py.Is(x, y) || py.Truth(py.Compare(x, y, py.OpEq)) }
		bin("countOf", func(a, b py.Object) py.Object {
			n := 0
			for _, x := range py.AppendStar(nil, a) {
				if same(x, b) {
					n++
				}
			}
			return py.Int(n)
		})
		bin("indexOf", func(a, b py.Object) py.Object {
			// Stops at the match: an iterator is left just after it.
			it := py.GetIter(a)
			for i := 0; ; i++ {
				x, ok := py.Next(it)
				if !ok {
					break
				}
				if same(x, b) {
					return py.Int(i)
				}
			}
			panic(py.NewError(py.ValueErrorType, "sequence.index(x): x not in sequence"))
		})
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
		un("index", index)
		m.AddFunc("setitem", func(args []py.Object, kw []string) py.Object {
			exact("setitem", args, kw, 3)
			py.SetItem(args[0], args[1], args[2])
			return py.None
		})
		m.AddFunc("delitem", func(args []py.Object, kw []string) py.Object {
			exact("delitem", args, kw, 2)
			py.DelItem(args[0], args[1])
			return py.None
		})
		m.AddFunc("length_hint", lengthHint)
		var itemgetter, attrgetter, methodcaller *py.BuiltinFunction
		itemgetter = py.NewBuiltin("itemgetter", func(args []py.Object, kw []string) py.Object {
			atLeastOne("itemgetter", args, kw)
			items := append([]py.Object(nil), args...)
			return &getterObj{t: itemGetterType, repr: "operator.itemgetter(" + reprArgs(items) + ")", reduce: func() py.Object {
				return py.NewTuple(itemgetter, py.NewTuple(items...))
			}, f: func(o py.Object) py.Object {
				if len(items) == 1 {
					return py.GetItem(o, items[0])
				}
				out := make([]py.Object, len(items))
				for i, it := range items {
					out[i] = py.GetItem(o, it)
				}
				return py.NewTuple(out...)
			}}
		})
		attrgetter = py.NewBuiltin("attrgetter", func(args []py.Object, kw []string) py.Object {
			atLeastOne("attrgetter", args, kw)
			names := make([]string, len(args))
			for i, a := range args {
				s, ok := a.(py.Str)
				if !ok {
					panic(py.NewError(py.TypeErrorType, "attribute name must be a string"))
				}
				names[i] = string(s)
			}
			names0 := append([]py.Object(nil), args...)
			return &getterObj{t: attrGetterType, repr: "operator.attrgetter(" + reprArgs(args) + ")", reduce: func() py.Object {
				return py.NewTuple(attrgetter, py.NewTuple(names0...))
			}, f: func(o py.Object) py.Object {
				if len(names) == 1 {
					return dotted(o, names[0])
				}
				out := make([]py.Object, len(names))
				for i, n := range names {
					out[i] = dotted(o, n)
				}
				return py.NewTuple(out...)
			}}
		})
		methodcaller = py.NewBuiltin("methodcaller", func(args []py.Object, kw []string) py.Object {
			if len(args)-len(kw) < 1 {
				panic(py.NewError(py.TypeErrorType, "methodcaller needs at least one argument, the method name"))
			}
			if _, ok := args[0].(py.Str); !ok {
				panic(py.NewError(py.TypeErrorType, "method name must be a string"))
			}
			name := py.StrOf(args[0])
			rest := append([]py.Object(nil), args[1:]...)
			npos := len(args) - len(kw)
			r := reprArgs(args[:npos])
			for i, k := range kw {
				r += ", " + k + "=" + py.Repr(args[npos+i])
			}
			return &getterObj{t: methodCallerType, repr: "operator.methodcaller(" + r + ")", reduce: func() py.Object {
				if len(kw) == 0 {
					return py.NewTuple(methodcaller, py.NewTuple(args[:npos]...))
				}
				// partial(methodcaller, name, **kwargs), args
				partial := py.CallKw(py.GetAttr(py.Import("functools"), "partial"), append([]py.Object{methodcaller, args[0]}, args[npos:]...), kw)
				return py.NewTuple(partial, py.NewTuple(args[1:npos]...))
			}, f: func(o py.Object) py.Object {
				return py.CallKw(py.GetAttr(o, name), rest, kw)
			}}
		})
		for _, f := range []*py.BuiltinFunction{itemgetter, attrgetter, methodcaller} {
			// CPython's types are operator.itemgetter...: pickle finds them
			// through sys.modules['operator'].
			f.Module = "operator"
			m.Set(f.Name, f)
		}
		addMissing(m, bin)
	}
}

// lengthHint is operator.length_hint(obj, default=0): len(obj), else what
// obj's __length_hint__ says, else default; a TypeError from either means
// "no answer".
func lengthHint(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "length_hint() takes no keyword arguments"))
	}
	if len(args) < 1 || len(args) > 2 {
		bound := "at least 1 argument"
		if len(args) > 2 {
			bound = "at most 2 arguments"
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("length_hint expected %s, got %d", bound, len(args))))
	}
	def := py.Object(py.Int(0))
	if len(args) == 2 {
		def = args[1]
		if !def.Type().IsSubtype(py.IntType) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", def.Type().Name)))
		}
	}
	var n int
	if py.CatchMatching(py.TypeErrorType, func() { n = py.Len(args[0]) }) == nil {
		return py.Int(n)
	}
	hint := py.LookupSpecial(args[0], "__length_hint__")
	if hint == nil {
		return def
	}
	var res py.Object
	if py.CatchMatching(py.TypeErrorType, func() { res = py.Call(hint) }) != nil || res == py.NotImplemented {
		return def
	}
	if !res.Type().IsSubtype(py.IntType) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("__length_hint__ must be an integer, not %s", res.Type().Name)))
	}
	if n = py.Index(res); n < 0 {
		panic(py.NewError(py.ValueErrorType, "__length_hint__() should return >= 0"))
	}
	return py.Int(n)
}

// exact checks a positional-only C function's argument count.
func exact(name string, args []py.Object, kw []string, n int) {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, name+"() takes no keyword arguments"))
	}
	if len(args) != n {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected %d arguments, got %d", name, n, len(args))))
	}
}

// atLeastOne is the check of itemgetter(item, ...) and attrgetter(attr, ...).
func atLeastOne(name string, args []py.Object, kw []string) {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, name+"() takes no keyword arguments"))
	}
	if len(args) == 0 {
		panic(py.NewError(py.TypeErrorType, name+" expected 1 argument, got 0"))
	}
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	itemGetterType = py.NewType("itemgetter", "operator", nil)
	attrGetterType = py.NewType("attrgetter", "operator", nil)
	methodCallerType = py.NewType("methodcaller", "operator", nil)
}

// index is operator.index (PyNumber_Index): an exact int of any size, what
// __index__ returns for other objects.
func index(a py.Object) py.Object {
	switch v := a.(type) {
	case py.Int:
		return v
	case py.Bool:
		return py.Int(py.Index(v))
	}
	b, ok := py.IndexBig(a)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "'"+a.Type().Name+"' object cannot be interpreted as an integer"))
	}
	return py.NewBigInt(b)
}
