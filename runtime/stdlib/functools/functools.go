// Package functools is Python's functools module.
package functools

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func kwDict(args []py.Object, kw []string) ([]py.Object, *py.Dict) {
	npos := len(args) - len(kw)
	d := py.NewDict()
	for i, k := range kw {
		d.SetStr(k, args[npos+i])
	}
	return args[:npos], d
}

// LRU is the wrapper lru_cache returns.
type LRU struct {
	fn        py.Object
	maxsize   int // -1: unbounded
	typed     bool
	cache     *py.Dict
	hits, mis int
	dict      *py.Dict
	// infoType is the class cache_info() makes (functools.py's
	// _CacheInfo for _functools._lru_cache_wrapper).
	infoType py.Object
}

var LRUType *py.Type

func (*LRU) Type() *py.Type           { return LRUType }
func (l *LRU) InstanceDict() *py.Dict { return l.dict }

var kwMark *py.Tuple

// DescrGet binds the wrapper like a function (C's tp_descr_get), so an
// lru_cache'd function in a class body is a method.
func (l *LRU) DescrGet(inst py.Object, owner *py.Type) py.Object {
	if inst == nil || inst == py.None {
		return l
	}
	return &py.Method{Func: l, Self: inst}
}

func (l *LRU) Call(args []py.Object, kwnames []string) py.Object {
	key := make([]py.Object, 0, len(args)+1)
	npos := len(args) - len(kwnames)
	key = append(key, args[:npos]...)
	if len(kwnames) > 0 {
		key = append(key, kwMark)
		for i, k := range kwnames {
			key = append(key, py.Str(k), args[npos+i])
		}
	}
	if l.typed {
		for _, a := range args[:npos] {
			key = append(key, a.Type())
		}
		for _, a := range args[npos:] {
			key = append(key, a.Type())
		}
	}
	var k py.Object = py.NewTuple(key...)
	if len(key) == 1 && !l.typed {
		switch key[0].(type) {
		case py.Int, py.Str:
			k = key[0]
		}
	}
	if v, ok := l.cache.Get(k); ok {
		l.hits++
		if l.maxsize > 0 {
			l.cache.Delete(k)
			l.cache.Set(k, v)
		}
		return v
	}
	l.mis++
	v := py.CallKw(l.fn, args, kwnames)
	if l.maxsize == 0 {
		return v
	}
	if _, ok := l.cache.Get(k); ok {
		return v
	}
	l.cache.Set(k, v)
	if l.maxsize > 0 && l.cache.Len() > l.maxsize {
		l.cache.Delete(l.cache.Keys()[0])
	}
	return v
}

// CacheInfoType is the namedtuple cache_info() returns.
var CacheInfoType *py.Type

// UpdateWrapper is functools.update_wrapper(wrapper, wrapped).
func UpdateWrapper(wrapper, wrapped py.Object, assigned, updated []string) py.Object {
	for _, a := range assigned {
		if v := py.LookupAttr(wrapped, a); v != nil {
			trySet(wrapper, a, v)
		}
	}
	for _, u := range updated {
		src := py.LookupAttr(wrapped, u)
		dst := py.LookupAttr(wrapper, u)
		if d, ok := dst.(*py.Dict); ok && src != nil {
			py.DictUpdate(d, src)
		}
	}
	trySet(wrapper, "__wrapped__", wrapped)
	return wrapper
}

func trySet(o py.Object, name string, v py.Object) {
	py.CatchMatching(py.AttributeErrorType, func() { py.SetAttr(o, name, v) })
}

var wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__"}

// cmpKey is what cmp_to_key's K class makes. As C's
// functools.KeyWrapper, cmp_to_key(f) itself is one without obj (nil):
// calling it makes one holding its argument.
type cmpKey struct {
	obj, cmp py.Object
}

var cmpKeyType *py.Type

func (*cmpKey) Type() *py.Type { return cmpKeyType }

func (k *cmpKey) RichCompare(other py.Object, op py.CmpOp) (bool, bool) {
	o, ok := other.(*cmpKey)
	if !ok {
		return false, false
	}
	r := py.Call(k.cmp, k.keyObj(), o.keyObj())
	return py.CompareBool(r, py.Int(0), op), true
}

func (k *cmpKey) keyObj() py.Object {
	if k.obj == nil {
		panic(py.NewError(py.AttributeErrorType, "obj"))
	}
	return k.obj
}

// Call is K(obj).
func (k *cmpKey) Call(args []py.Object, kwnames []string) py.Object {
	a := py.ParseArgs("K", args, kwnames, []string{"obj"}, 1)
	return &cmpKey{obj: a[0], cmp: k.cmp}
}

// cmpToKey is _functools.cmp_to_key(mycmp).
func cmpToKey(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("cmp_to_key", args, kw, []string{"mycmp"}, 1)
	return &cmpKey{cmp: a[0]}
}

func pyFunc(name string, params []string, impl func(args []py.Object) py.Object) *py.Function {
	code := &py.Code{Name: name, Qualname: name, Module: "functools", Params: params, NumPos: len(params)}
	return py.NewFunction(code, nil, nil, impl)
}

func setup0() {
	fields := []string{"hits", "misses", "maxsize", "currsize"}
	for i, f := range fields {
		i := i
		CacheInfoType.Dict.SetStr(f, &py.Property{Get: py.NewBuiltin(f, func(args []py.Object, kw []string) py.Object {
			return py.GetItem(args[0], py.Int(i))
		})})
	}
	CacheInfoType.Dict.SetStr("__repr__", py.NewMethod("__repr__", func(args []py.Object, kw []string) py.Object {
		items := py.AppendStar(nil, args[0])
		parts := make([]string, len(fields))
		for i, f := range fields {
			parts[i] = f + "=" + py.Repr(items[i])
		}
		return py.Str("CacheInfo(" + strings.Join(parts, ", ") + ")")
	}))
	py.AddMethod(LRUType, "cache_info", func(args []py.Object, kw []string) py.Object {
		l := args[0].(*LRU)
		var ms py.Object = py.Int(l.maxsize)
		if l.maxsize < 0 {
			ms = py.None
		}
		if l.infoType != nil {
			return py.Call(l.infoType, py.Int(l.hits), py.Int(l.mis), ms, py.Int(l.cache.Len()))
		}
		return py.NewTupleOf(CacheInfoType, []py.Object{py.Int(l.hits), py.Int(l.mis), ms, py.Int(l.cache.Len())})
	})
	py.AddMethod(LRUType, "cache_clear", func(args []py.Object, kw []string) py.Object {
		l := args[0].(*LRU)
		l.cache.Clear()
		l.hits, l.mis = 0, 0
		return py.None
	})
	py.AddMethod(LRUType, "cache_parameters", func(args []py.Object, kw []string) py.Object {
		l := args[0].(*LRU)
		d := py.NewDict()
		if l.maxsize < 0 {
			d.SetStr("maxsize", py.None)
		} else {
			d.SetStr("maxsize", py.Int(l.maxsize))
		}
		d.SetStr("typed", py.NewBool(l.typed))
		return d
	})
	cmpKeyType.SetNoNew()
	cmpKeyType.Dict.SetStr("__hash__", py.None)
	py.AddGetter(cmpKeyType, "obj", func(o py.Object) py.Object { return o.(*cmpKey).keyObj() },
		func(o, v py.Object) { o.(*cmpKey).obj = v })

	// The C wrapper pickles by reference (its __qualname__, looked up in
	// its module) and copies as itself.
	py.AddMethod(LRUType, "__reduce__", func(args []py.Object, kw []string) py.Object {
		return py.GetAttr(args[0], "__qualname__")
	})
	py.AddMethod(LRUType, "__copy__", func(args []py.Object, kw []string) py.Object {
		return args[0]
	})
	py.AddMethod(LRUType, "__deepcopy__", func(args []py.Object, kw []string) py.Object {
		return args[0]
	})
	// lru_cache wrappers bind like functions when used as methods.
	py.AddMethod(LRUType, "__get__", func(args []py.Object, kw []string) py.Object {
		if len(args) < 2 || args[1] == py.None {
			return args[0]
		}
		return &py.Method{Func: args[0], Self: args[1]}
	})

	// _functools is the C layer the host's functools.py takes its names
	// from when they exist (reduce, cmp_to_key, partial, the lru_cache
	// wrapper).
	py.RegisterModule("_functools", func(m *py.Module) {
		m.Set("__doc__", py.Str("Tools that operate on functions."))
		m.AddFunc("reduce", reduce)
		m.AddFunc("cmp_to_key", cmpToKey)
		m.Set("partial", PartialType)
		m.AddFunc("_lru_cache_wrapper", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("_lru_cache_wrapper", args, kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, 4)
			if _, ok := a[0].(py.Callable); !ok && py.LookupSpecial(a[0], "__call__") == nil {
				panic(py.NewError(py.TypeErrorType, "the first argument must be callable"))
			}
			maxsize := -1
			if a[1] != py.None {
				if !py.IsInstance(a[1], py.IntType) {
					panic(py.NewError(py.TypeErrorType, "maxsize should be integer or None"))
				}
				maxsize = py.Index(a[1])
				if maxsize < 0 {
					maxsize = 0
				}
			}
			return &LRU{fn: a[0], maxsize: maxsize, typed: py.Truth(a[2]), cache: py.NewDict(), dict: py.NewDict(), infoType: a[3]}
		})
	})
	py.RegisterFallbackModule("functools", func(m *py.Module) {
		m.Set("partial", PartialType)
		m.Set("WRAPPER_ASSIGNMENTS", py.NewTuple(py.Str("__module__"), py.Str("__name__"), py.Str("__qualname__"), py.Str("__doc__")))
		m.Set("WRAPPER_UPDATES", py.NewTuple(py.Str("__dict__")))
		m.AddFunc("reduce", reduce)
		m.AddFunc("update_wrapper", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("update_wrapper", args, kw, []string{"wrapper", "wrapped", "assigned", "updated"}, 2)
			return UpdateWrapper(a[0], a[1], wrapperAssignments, []string{"__dict__"})
		})
		m.AddFunc("wraps", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("wraps", args, kw, []string{"wrapped", "assigned", "updated"}, 1)
			wrapped := a[0]
			return py.NewBuiltin("decorator", func(args []py.Object, kw []string) py.Object {
				return UpdateWrapper(args[0], wrapped, wrapperAssignments, []string{"__dict__"})
			})
		})
		makeLRU := func(fn py.Object, maxsize int, typed bool) *LRU {
			l := &LRU{fn: fn, maxsize: maxsize, typed: typed, cache: py.NewDict(), dict: py.NewDict()}
			UpdateWrapper(l, fn, wrapperAssignments, []string{"__dict__"})
			return l
		}
		m.AddFunc("lru_cache", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("lru_cache", args, kw, []string{"maxsize", "typed"}, 0)
			typed := a[1] != nil && py.Truth(a[1])
			if a[0] != nil {
				if _, isInt := a[0].(py.Int); !isInt && a[0] != py.None {
					if _, isCallable := a[0].(py.Callable); isCallable {
						return makeLRU(a[0], 128, typed)
					}
					panic(py.NewError(py.TypeErrorType, "Expected first argument to be an integer, a callable, or None"))
				}
			}
			maxsize := 128
			if a[0] == py.None {
				maxsize = -1
			} else if a[0] != nil {
				maxsize = py.Index(a[0])
				if maxsize < 0 {
					maxsize = 0
				}
			}
			return py.NewBuiltin("decorating_function", func(args []py.Object, kw []string) py.Object {
				return makeLRU(args[0], maxsize, typed)
			})
		})
		m.AddFunc("cache", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("cache", args, kw, []string{"user_function"}, 1)
			return makeLRU(a[0], -1, false)
		})
		m.AddFunc("cmp_to_key", cmpToKey)
		m.AddFunc("total_ordering", func(args []py.Object, kw []string) py.Object {
			cls, ok := args[0].(*py.Type)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "total_ordering expects a class"))
			}
			return TotalOrdering(cls)
		})
		m.Set("cached_property", cachedProperty)
		m.AddFunc("singledispatch", singledispatch)
	})
}

// TotalOrdering is functools.total_ordering.
func TotalOrdering(cls *py.Type) py.Object {
	defined := func(name string) bool {
		v, ok := cls.Dict.GetStr(name)
		if !ok {
			for _, b := range cls.MRO[1:] {
				if b == py.ObjectType {
					break
				}
				if bv, ok := b.Dict.GetStr(name); ok {
					v, ok = bv, true
					_ = ok
					return true
				}
			}
			return false
		}
		return v != nil
	}
	var root string
	for _, n := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		if defined(n) {
			root = n
			break
		}
	}
	if root == "" {
		panic(py.NewError(py.ValueErrorType, "must define at least one ordering operation: < > <= >="))
	}
	call := func(name string, a, b py.Object) (py.Object, bool) {
		r := py.Call(py.GetAttr(a, name), b)
		return r, r != py.NotImplemented
	}
	eq := func(a, b py.Object) bool { return py.Truth(py.Compare(a, b, py.OpEq)) }
	derive := map[string]map[string]func(a, b py.Object) py.Object{
		"__lt__": {
			"__gt__": func(a, b py.Object) py.Object {
				r, ok := call("__lt__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r) && !eq(a, b))
			},
			"__le__": func(a, b py.Object) py.Object {
				r, ok := call("__lt__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(py.Truth(r) || eq(a, b))
			},
			"__ge__": func(a, b py.Object) py.Object {
				r, ok := call("__lt__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r))
			},
		},
		"__le__": {
			"__ge__": func(a, b py.Object) py.Object {
				r, ok := call("__le__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r) || eq(a, b))
			},
			"__lt__": func(a, b py.Object) py.Object {
				r, ok := call("__le__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(py.Truth(r) && !eq(a, b))
			},
			"__gt__": func(a, b py.Object) py.Object {
				r, ok := call("__le__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r))
			},
		},
		"__gt__": {
			"__lt__": func(a, b py.Object) py.Object {
				r, ok := call("__gt__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r) && !eq(a, b))
			},
			"__ge__": func(a, b py.Object) py.Object {
				r, ok := call("__gt__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(py.Truth(r) || eq(a, b))
			},
			"__le__": func(a, b py.Object) py.Object {
				r, ok := call("__gt__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r))
			},
		},
		"__ge__": {
			"__le__": func(a, b py.Object) py.Object {
				r, ok := call("__ge__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r) || eq(a, b))
			},
			"__gt__": func(a, b py.Object) py.Object {
				r, ok := call("__ge__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(py.Truth(r) && !eq(a, b))
			},
			"__lt__": func(a, b py.Object) py.Object {
				r, ok := call("__ge__", a, b)
				if !ok {
					return r
				}
				return py.NewBool(!py.Truth(r))
			},
		},
	}
	for name, f := range derive[root] {
		if defined(name) {
			continue
		}
		f := f
		cls.Dict.SetStr(name, pyFunc(name, []string{"self", "other"}, func(args []py.Object) py.Object { return f(args[0], args[1]) }))
	}
	return cls
}

var cachedProperty *py.Type

// reduce is functools.reduce (C's messages).
func reduce(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "reduce() takes no keyword arguments"))
	}
	if len(args) < 2 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("reduce expected at least 2 arguments, got %d", len(args))))
	}
	if len(args) > 3 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("reduce expected at most 3 arguments, got %d", len(args))))
	}
	var it py.Object
	py.CatchMatching(py.TypeErrorType, func() { it = py.GetIter(args[1]) })
	if it == nil {
		panic(py.NewError(py.TypeErrorType, "reduce() arg 2 must support iteration"))
	}
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	for {
		v, ok := py.Next(it)
		if !ok {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		acc = py.Call(args[0], acc, v)
	}
	if acc == nil {
		panic(py.NewError(py.TypeErrorType, "reduce() of empty iterable with no initial value"))
	}
	return acc
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	LRUType = py.NewType("_lru_cache_wrapper", "functools", nil)
	kwMark = py.NewTuple(py.Str("<kwd_mark>"))
	CacheInfoType = py.NewClass("CacheInfo", "CacheInfo", "functools", []py.Object{py.TupleType}, py.NewDict())
	cmpKeyType = py.NewType("KeyWrapper", "functools", nil)
	cachedProperty = func() *py.Type {
		ns := py.NewDict()
		t := py.NewClass("cached_property", "cached_property", "functools", nil, ns)
		py.AddMethod(t, "__init__", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "func", args[1])
			py.SetAttr(args[0], "attrname", py.None)
			if d := py.LookupAttr(args[1], "__doc__"); d != nil {
				py.SetAttr(args[0], "__doc__", d)
			}
			return py.None
		})
		py.AddMethod(t, "__set_name__", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "attrname", args[2])
			return py.None
		})
		py.AddMethod(t, "__get__", func(args []py.Object, kw []string) py.Object {
			self, inst := args[0], args[1]
			if inst == py.None {
				return self
			}
			name := py.GetAttr(self, "attrname")
			if name == py.None {
				panic(py.NewError(py.TypeErrorType, "Cannot use cached_property instance without calling __set_name__ on it."))
			}
			d := py.LookupAttr(inst, "__dict__")
			if dd, ok := d.(*py.Dict); ok {
				if v, ok := dd.Get(name); ok {
					return v
				}
				v := py.Call(py.GetAttr(self, "func"), inst)
				dd.Set(name, v)
				return v
			}
			return py.Call(py.GetAttr(self, "func"), inst)
		})
		return t
	}()
}
