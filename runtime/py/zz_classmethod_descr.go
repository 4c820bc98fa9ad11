package py

import "fmt"

// classmethod_descriptor: the class methods of the builtin types
// (dict.fromkeys, int.from_bytes, object.__init_subclass__, ...) are not
// classmethod objects in CPython but method descriptors bound to the class
// their __get__ is given, which must be a subtype of the owner
// (descrobject.c's classmethod_get). This file's init runs after the other
// files' (Go runs a package's init functions in file name order), once the
// builtin types hold their class methods.

var ClassMethodDescriptorType = newBuiltinType("classmethod_descriptor", ObjectType)

func init() {
	Builtins.Dict.Items(func(_, v Object) bool {
		if t, ok := v.(*Type); ok && t.builtinBase == t {
			markClassMethodDescriptors(t)
		}
		return true
	})
	markClassMethodDescriptors(TypeType)
	setBuiltinDocs()

	self := func(name string, args []Object) *ClassMethod {
		if len(args) > 0 {
			if c, ok := args[0].(*ClassMethod); ok && c.owner != nil {
				return c
			}
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for 'classmethod_descriptor' objects doesn't apply to this object", name)))
	}
	t := ClassMethodDescriptorType
	method(t, "__get__", func(args []Object, kw []string) Object {
		c := self("__get__", args)
		a := nargs("__get__", args, kw, 1, 2)
		obj, typ := a[0], Object(None)
		if len(a) == 2 {
			typ = a[1]
		}
		if obj == None && typ == None {
			panic(NewError(TypeErrorType, "__get__(None, None) is invalid"))
		}
		return c.bindTo(obj, typ)
	})
	method(t, "__call__", func(args []Object, kw []string) Object {
		c := self("__call__", args)
		if len(args) < 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' of '%s' object needs an argument", c.name(), c.owner.Name)))
		}
		return CallKw(c.bindTo(None, args[1]), args[2:], kw)
	})
	method(t, "__repr__", func(args []Object, kw []string) Object {
		c := self("__repr__", args)
		return Str(fmt.Sprintf("<method '%s' of '%s' objects>", c.name(), c.owner.Name))
	})
	AddGetter(t, "__name__", func(o Object) Object { return Str(o.(*ClassMethod).name()) }, nil)
	AddGetter(t, "__qualname__", func(o Object) Object {
		c := o.(*ClassMethod)
		return Str(c.owner.Qualname + "." + c.name())
	}, nil)
	AddGetter(t, "__objclass__", func(o Object) Object { return o.(*ClassMethod).owner }, nil)
	AddGetter(t, "__doc__", func(o Object) Object { return GetAttr(o.(*ClassMethod).Func, "__doc__") }, nil)
	AddGetter(t, "__text_signature__", func(o Object) Object {
		if v := LookupAttr(o.(*ClassMethod).Func, "__text_signature__"); v != nil {
			return v
		}
		return None
	}, nil)
}

// markClassMethodDescriptors makes t's class methods that wrap a Go
// builtin classmethod_descriptors of t.
func markClassMethodDescriptors(t *Type) {
	t.Dict.Items(func(_, v Object) bool {
		if c, ok := v.(*ClassMethod); ok && c.owner == nil {
			if _, builtin := c.Func.(*BuiltinFunction); builtin {
				c.owner = t
			}
		}
		return true
	})
}

func (c *ClassMethod) name() string {
	if f, ok := c.Func.(*BuiltinFunction); ok {
		return f.Name
	}
	return "?"
}

// bindTo is classmethod_get: the method bound to typ (obj's type when typ
// is None), which must be a subtype of the owner.
func (c *ClassMethod) bindTo(obj, typ Object) Object {
	if typ == None {
		typ = obj.Type()
	}
	k, ok := typ.(*Type)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", c.name(), c.owner.Name, typeName(typ))))
	}
	if !k.IsSubtype(c.owner) {
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' requires a subtype of '%s' but received '%s'", c.name(), c.owner.Name, k.Name)))
	}
	return classMethodGet(c, k)
}
