// Package contextvars implements the contextvars module on top of
// py.Context and py.ContextVar: ContextVar, Token, Context, copy_context.
package contextvars

import (
	"fmt"
	"sort"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Token is contextvars.Token.
type Token struct {
	ctx  *py.Context
	v    *py.ContextVar
	old  py.Object // nil: MISSING
	used bool
}

var (
	TokenType   = py.NewNativeType("Token", "contextvars", nil, nil)
	missingType = py.NewNativeType("Token.MISSING", "contextvars", nil, nil)
	// Missing is Token.MISSING.
	Missing py.Object = &missing{}
)

type missing struct{}

func (*missing) Type() *py.Type { return missingType }
func (*missing) String() string { return "<Token.MISSING>" }
func (*Token) Type() *py.Type   { return TokenType }
func (t *Token) String() string {
	used := ""
	if t.used {
		used = " used"
	}
	return fmt.Sprintf("<Token%s var=%s at %p>", used, varRepr(t.v), t)
}

func varRepr(v *py.ContextVar) string {
	s := "<ContextVar name=" + py.Repr(py.Str(v.Name))
	if v.Default != nil {
		s += " default=" + py.Repr(v.Default)
	}
	return fmt.Sprintf("%s at %p>", s, v)
}

func def(t *py.Type, name string, fn func(a []py.Object, kw []string) py.Object) {
	t.Dict.SetStr(name, py.NewMethod(name, fn))
}

func cur() *py.Context { return py.Current().Context }

// Get is var.get(default).
func Get(v *py.ContextVar, dflt py.Object) py.Object {
	if x, ok := cur().Get(v); ok {
		return x
	}
	if dflt != nil {
		return dflt
	}
	if v.Default != nil {
		return v.Default
	}
	e := py.NewException(py.LookupErrorType, v)
	panic(e)
}

func init() {
	cv := py.ContextVarType
	cv.Module = "_contextvars"
	cv.SetAllocator(func(t *py.Type) py.Object { return &py.ContextVar{} })
	def(cv, "__init__", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("ContextVar", a[1:], kw, []string{"name", "default"}, 1)
		v := a[0].(*py.ContextVar)
		s, ok := p[0].(py.Str)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "context variable name must be a str"))
		}
		v.Name, v.Default = string(s), p[1]
		return py.None
	})
	def(cv, "get", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("get", a[1:], kw, []string{"default"}, 0)
		return Get(a[0].(*py.ContextVar), p[0])
	})
	def(cv, "set", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("set", a[1:], kw, []string{"value"}, 1)
		v := a[0].(*py.ContextVar)
		c := cur()
		old, ok := c.Get(v)
		if !ok {
			old = nil
		}
		c.Set(v, p[0])
		return &Token{ctx: c, v: v, old: old}
	})
	def(cv, "reset", func(a []py.Object, kw []string) py.Object {
		v := a[0].(*py.ContextVar)
		t, ok := a[1].(*Token)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "expected an instance of Token, got "+py.Repr(py.Str(a[1].Type().Name))))
		}
		if t.used {
			panic(py.NewError(py.RuntimeErrorType, fmt.Sprintf("%s has already been used once", py.Repr(t))))
		}
		if t.v != v {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s was created by a different ContextVar", py.Repr(t))))
		}
		if t.ctx != cur() {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s was created in a different Context", py.Repr(t))))
		}
		t.used = true
		if t.old == nil {
			cur().Delete(v)
		} else {
			cur().Set(v, t.old)
		}
		return py.None
	})
	def(cv, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(varRepr(a[0].(*py.ContextVar))) })
	py.AddGetter(cv, "name", func(o py.Object) py.Object { return py.Str(o.(*py.ContextVar).Name) }, nil)
	cv.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(a []py.Object, kw []string) py.Object { return a[0] })})

	TokenType.Dict.SetStr("MISSING", Missing)
	def(TokenType, "__repr__", func(a []py.Object, kw []string) py.Object { return py.Str(a[0].(*Token).String()) })
	py.AddGetter(TokenType, "var", func(o py.Object) py.Object { return o.(*Token).v }, nil)
	py.AddGetter(TokenType, "old_value", func(o py.Object) py.Object {
		if t := o.(*Token); t.old != nil {
			return t.old
		}
		return Missing
	}, nil)

	ct := py.ContextType
	ct.Module = "_contextvars"
	ct.SetAllocator(func(t *py.Type) py.Object { return py.NewContext() })
	def(ct, "run", func(a []py.Object, kw []string) py.Object {
		if len(a)-len(kw) < 2 {
			panic(py.NewError(py.TypeErrorType, "run() missing 1 required positional argument"))
		}
		c := a[0].(*py.Context)
		fn, args := a[1], a[2:]
		return c.Run(func() py.Object { return py.CallKw(fn, args, kw) })
	})
	def(ct, "copy", func(a []py.Object, kw []string) py.Object { return a[0].(*py.Context).Copy() })
	def(ct, "get", func(a []py.Object, kw []string) py.Object {
		p := py.ParseArgs("get", a[1:], kw, []string{"key", "default"}, 1)
		v := asVar(p[0])
		if x, ok := a[0].(*py.Context).Get(v); ok {
			return x
		}
		if p[1] != nil {
			return p[1]
		}
		return py.None
	})
	def(ct, "__getitem__", func(a []py.Object, kw []string) py.Object {
		v := asVar(a[1])
		if x, ok := a[0].(*py.Context).Get(v); ok {
			return x
		}
		panic(py.NewException(py.KeyErrorType, v))
	})
	def(ct, "__contains__", func(a []py.Object, kw []string) py.Object {
		_, ok := a[0].(*py.Context).Get(asVar(a[1]))
		return py.NewBool(ok)
	})
	def(ct, "__len__", func(a []py.Object, kw []string) py.Object { return py.Int(a[0].(*py.Context).Len()) })
	keys := func(c *py.Context) []*py.ContextVar {
		var ks []*py.ContextVar
		c.Range(func(v *py.ContextVar, _ py.Object) bool { ks = append(ks, v); return true })
		sort.Slice(ks, func(i, j int) bool { return ks[i].Name < ks[j].Name })
		return ks
	}
	def(ct, "keys", func(a []py.Object, kw []string) py.Object {
		l := py.NewList()
		for _, k := range keys(a[0].(*py.Context)) {
			l.Items = append(l.Items, k)
		}
		return l
	})
	def(ct, "__iter__", func(a []py.Object, kw []string) py.Object {
		return py.GetIter(py.CallMethod(a[0], "keys"))
	})
	def(ct, "values", func(a []py.Object, kw []string) py.Object {
		c := a[0].(*py.Context)
		l := py.NewList()
		for _, k := range keys(c) {
			x, _ := c.Get(k)
			l.Items = append(l.Items, x)
		}
		return l
	})
	def(ct, "items", func(a []py.Object, kw []string) py.Object {
		c := a[0].(*py.Context)
		l := py.NewList()
		for _, k := range keys(c) {
			x, _ := c.Get(k)
			l.Items = append(l.Items, py.NewTuple(k, x))
		}
		return l
	})

	py.RegisterModule("contextvars", func(m *py.Module) {
		m.Set("ContextVar", cv)
		m.Set("Context", ct)
		m.Set("Token", TokenType)
		m.AddFunc("copy_context", func(a []py.Object, kw []string) py.Object {
			py.ParseArgs("copy_context", a, kw, nil, 0)
			return cur().Copy()
		})
	})
}

func asVar(o py.Object) *py.ContextVar {
	v, ok := o.(*py.ContextVar)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "a ContextVar key was expected, got "+py.Repr(o)))
	}
	return v
}
