// Package abc is Python's abc module: ABC, ABCMeta and abstractmethod,
// with CPython's refusal to instantiate classes that keep abstract methods.
package abc

import (
	"fmt"
	"sort"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// ABCMetaType is abc.ABCMeta.
var ABCMetaType = py.NewType("ABCMeta", "abc", py.TypeType)

func isAbstract(v py.Object) bool {
	switch f := v.(type) {
	case *py.ClassMethod:
		v = f.Func
	case *py.StaticMethod:
		v = f.Func
	case *py.Property:
		if f.Get != nil && f.Get != py.None {
			v = f.Get
		}
	}
	if a := py.LookupAttr(v, "__isabstractmethod__"); a != nil {
		return py.Truth(a)
	}
	return false
}

// abstractMethods lists the names still abstract in cls, sorted.
func abstractMethods(cls *py.Type) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range cls.MRO {
		m.Dict.Items(func(k, v py.Object) bool {
			name := py.StrOf(k)
			if seen[name] {
				return true
			}
			seen[name] = true
			if isAbstract(v) {
				out = append(out, name)
			}
			return true
		})
	}
	sort.Strings(out)
	return out
}

func init() {
	abcClass := py.NewClass("ABC", "ABC", "abc", nil, py.NewDict())
	py.SetMeta(abcClass, ABCMetaType)
	abcClass.Dict.SetStr("__slots__", py.EmptyTuple)
	code := &py.Code{Name: "__new__", Qualname: "ABC.__new__", Module: "abc", Params: []string{"cls", "args", "kwargs"}, NumPos: 1, VarArgs: true, VarKw: true}
	abcClass.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewFunction(code, nil, nil, func(a []py.Object) py.Object {
		cls := a[0].(*py.Type)
		if names := abstractMethods(cls); len(names) > 0 {
			s := ""
			if len(names) > 1 {
				s = "s"
			}
			py.Raise(py.NewError(py.TypeErrorType, fmt.Sprintf("Can't instantiate abstract class %s with abstract method%s %s", cls.Name, s, strings.Join(names, ", "))))
		}
		return py.Call(py.GetAttr(py.ObjectType, "__new__"), cls)
	})})
	py.AddGetter(ABCMetaType, "__abstractmethods__", func(o py.Object) py.Object {
		s := py.NewSet()
		for _, n := range abstractMethods(o.(*py.Type)) {
			s.Add(py.Str(n))
		}
		s.Frozen = true
		return s
	}, nil)
	py.AddMethod(ABCMetaType, "register", func(args []py.Object, kw []string) py.Object { return args[1] })
	py.RegisterModule("abc", func(m *py.Module) {
		m.Set("ABC", abcClass)
		m.Set("ABCMeta", ABCMetaType)
		mark := func(args []py.Object, kw []string) py.Object {
			f := args[0]
			switch v := f.(type) {
			case *py.ClassMethod:
				py.SetAttr(v.Func, "__isabstractmethod__", py.True)
			case *py.StaticMethod:
				py.SetAttr(v.Func, "__isabstractmethod__", py.True)
			case *py.Property:
				if v.Get != nil && v.Get != py.None {
					py.SetAttr(v.Get, "__isabstractmethod__", py.True)
				}
			default:
				py.SetAttr(f, "__isabstractmethod__", py.True)
			}
			return f
		}
		m.AddFunc("abstractmethod", mark)
		m.AddFunc("abstractclassmethod", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "__isabstractmethod__", py.True)
			return &py.ClassMethod{Func: args[0]}
		})
		m.AddFunc("abstractstaticmethod", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "__isabstractmethod__", py.True)
			return &py.StaticMethod{Func: args[0]}
		})
		m.AddFunc("abstractproperty", func(args []py.Object, kw []string) py.Object {
			py.SetAttr(args[0], "__isabstractmethod__", py.True)
			return &py.Property{Get: args[0]}
		})
	})
}
