package py

import "fmt"

// staticmethod and classmethod objects as CPython 3.10+ has them: they
// carry the wrapped function's __module__, __name__, __qualname__, __doc__
// and __annotations__ in their own __dict__, and __wrapped__.

func (s *StaticMethod) InstanceDict() *Dict { return s.dict() }
func (c *ClassMethod) InstanceDict() *Dict {
	if c.owner != nil {
		return nil // a classmethod_descriptor has no __dict__
	}
	return c.dict()
}

func (s *StaticMethod) dict() *Dict {
	if s.Dict == nil {
		s.Dict = wrapperDict(s.Func)
	}
	return s.Dict
}

func (c *ClassMethod) dict() *Dict {
	if c.Dict == nil {
		c.Dict = wrapperDict(c.Func)
	}
	return c.Dict
}

// wrapperDict is functools_wraps: the wrapped callable's attributes that
// exist.
func wrapperDict(f Object) *Dict {
	d := NewDict()
	if f == nil {
		return d
	}
	for _, name := range []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		depth := SaveDepth()
		func() {
			defer func() {
				if r := recover(); r != nil {
					if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(AttributeErrorType) {
						RestoreDepth(depth)
						return
					}
					panic(r)
				}
			}()
			if v := LookupAttr(f, name); v != nil {
				d.SetStr(name, v)
			}
		}()
	}
	return d
}

func isAbstract(f Object) Object {
	if v := LookupAttr(f, "__isabstractmethod__"); v != nil && Truth(v) {
		return True
	}
	return False
}

func init() {
	StaticMethodType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("staticmethod", args, kw, []string{"function"}, 1)
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "staticmethod() takes no keyword arguments"))
		}
		return &StaticMethod{Func: a[0]}
	}
	ClassMethodType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("classmethod", args, kw, []string{"function"}, 1)
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "classmethod() takes no keyword arguments"))
		}
		return &ClassMethod{Func: a[0]}
	}
	sm := func(o Object) *StaticMethod { return o.(*StaticMethod) }
	cm := func(o Object) *ClassMethod { return o.(*ClassMethod) }
	AddGetter(StaticMethodType, "__func__", func(o Object) Object { return sm(o).Func }, nil)
	AddGetter(StaticMethodType, "__wrapped__", func(o Object) Object { return sm(o).Func }, nil)
	AddGetter(StaticMethodType, "__isabstractmethod__", func(o Object) Object { return isAbstract(sm(o).Func) }, nil)
	AddGetter(StaticMethodType, "__dict__", func(o Object) Object { return sm(o).dict() }, nil)
	AddGetter(ClassMethodType, "__func__", func(o Object) Object { return cm(o).Func }, nil)
	AddGetter(ClassMethodType, "__wrapped__", func(o Object) Object { return cm(o).Func }, nil)
	AddGetter(ClassMethodType, "__isabstractmethod__", func(o Object) Object { return isAbstract(cm(o).Func) }, nil)
	AddGetter(ClassMethodType, "__dict__", func(o Object) Object { return cm(o).dict() }, nil)
	method(StaticMethodType, "__get__", func(args []Object, kw []string) Object {
		return checkSelf(StaticMethodType, "__get__", args).(*StaticMethod).Func
	})
	method(StaticMethodType, "__call__", func(args []Object, kw []string) Object {
		return CallKw(checkSelf(StaticMethodType, "__call__", args).(*StaticMethod).Func, args[1:], kw)
	})
	method(ClassMethodType, "__get__", func(args []Object, kw []string) Object {
		c := checkSelf(ClassMethodType, "__get__", args).(*ClassMethod)
		a := nargs("__get__", args, kw, 1, 2)
		var owner Object
		if len(a) == 2 && a[1] != None {
			owner = a[1]
		} else {
			owner = a[0].Type()
		}
		if g := LookupSpecial(c.Func, "__get__"); g != nil {
			if _, isFunc := c.Func.(*Function); !isFunc {
				return Call(g, owner, owner)
			}
		}
		return &Method{Func: c.Func, Self: owner}
	})
	method(StaticMethodType, "__repr__", func(args []Object, kw []string) Object {
		return Str(fmt.Sprintf("<staticmethod(%s)>", Repr(checkSelf(StaticMethodType, "__repr__", args).(*StaticMethod).Func)))
	})
	method(ClassMethodType, "__repr__", func(args []Object, kw []string) Object {
		return Str(fmt.Sprintf("<classmethod(%s)>", Repr(checkSelf(ClassMethodType, "__repr__", args).(*ClassMethod).Func)))
	})
}
