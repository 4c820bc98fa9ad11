package py

import "fmt"

// super objects (superobject.c): super(cls, obj) looks attributes up in
// the MRO of obj's type (or of obj, a class) after cls; super(cls) is
// unbound until its __get__ binds it, so an unbound super stored as a
// class attribute binds to each instance it is read through. Attributes
// not found past cls, and __class__, are the super object's own
// (__thisclass__, __self__, __self_class__, __get__, a subclass's
// methods and __dict__). super may be subclassed.

// superObjType is supercheck: the type whose MRO super(t, obj) walks.
func superObjType(t *Type, obj Object) *Type {
	if o, ok := obj.(*Type); ok && o.IsSubtype(t) {
		return o
	}
	if obj.Type().IsSubtype(t) {
		return obj.Type()
	}
	if c, ok := attrMaskingAttributeError(obj, "__class__").(*Type); ok && c != obj.Type() && c.IsSubtype(t) {
		return c
	}
	panic(NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type"))
}

// superLookup is super().name: lookup that starts after s.This in the MRO
// of the object's type, then the super object's own attributes.
func superLookup(s *Super, name string) (Object, bool) {
	if s.objType != nil && name != "__class__" {
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.This {
			i++
		}
		if i+1 < len(mro) {
			for _, m := range mro[i+1:] {
				if a, ok := m.Dict.GetStr(name); ok {
					var inst Object = s.Obj
					if t, isType := s.Obj.(*Type); isType && t == s.objType {
						inst = nil
					}
					return bindDescriptor(a, inst, s.objType), true
				}
				if g, ok := m.getter(name); ok {
					return g(s.Obj), true
				}
			}
		}
	}
	t := s.Type()
	return genericGetAttr(s, t, t.Lookup(name), name)
}

// InstanceDict is a super subclass instance's __dict__.
func (s *Super) InstanceDict() *Dict { return s.dict }

// DescrGet is super.__get__: an unbound super binds to the instance it
// is read through (a super subclass is called to make the bound one).
func (s *Super) DescrGet(inst Object, owner *Type) Object {
	if inst == nil || inst == None || s.Obj != nil {
		return s
	}
	if s.cls != nil {
		return Call(s.cls, s.This, inst)
	}
	return &Super{This: s.This, Obj: inst, objType: superObjType(s.This, inst)}
}

// superArgs checks super()'s explicit arguments as super_init does.
func superArgs(args []Object, kw []string) {
	if len(kw) > 0 {
		panic(NewError(TypeErrorType, "super() takes no keyword arguments"))
	}
	if len(args) > 2 {
		panic(NewError(TypeErrorType, fmt.Sprintf("super() expected at most 2 arguments, got %d", len(args))))
	}
	if len(args) > 0 {
		if _, ok := args[0].(*Type); !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("super() argument 1 must be a type, not %s", typeName(args[0]))))
		}
	}
}

// superInit fills s from super()'s explicit arguments.
func superInit(s *Super, args []Object, kw []string) {
	superArgs(args, kw)
	switch len(args) {
	case 0:
		panic(NewError(RuntimeErrorType, "super(): no arguments"))
	case 1:
		s.This, s.Obj, s.objType = args[0].(*Type), nil, nil
	default:
		t := args[0].(*Type)
		if args[1] == None {
			s.This, s.Obj, s.objType = t, nil, nil
			return
		}
		s.This, s.Obj, s.objType = t, args[1], superObjType(t, args[1])
	}
}

func init() {
	SuperType.call = func(t *Type, args []Object, kw []string) Object {
		s := &Super{}
		superInit(s, args, kw)
		return s
	}
	subclassable[SuperType] = true
	SuperType.newInstance = func(t *Type) Object {
		s := &Super{cls: t}
		if hasInstanceDict(t, SuperType) {
			s.dict = NewDict()
		}
		return s
	}
	self := func(name string, args []Object) *Super {
		return checkSelf(SuperType, name, args).(*Super)
	}
	// super.__init__(self, type, obj): a super object pointed elsewhere.
	method(SuperType, "__init__", func(args []Object, kw []string) Object {
		superInit(self("__init__", args), args[1:], kw)
		return None
	})
	method(SuperType, "__repr__", func(args []Object, kw []string) Object {
		s := self("__repr__", args)
		if s.objType != nil {
			return Str(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.This.Name, s.objType.Name))
		}
		return Str(fmt.Sprintf("<super: <class '%s'>, NULL>", s.This.Name))
	})
	method(SuperType, "__getattribute__", func(args []Object, kw []string) Object {
		s := self("__getattribute__", args)
		a := nargs("__getattribute__", args, kw, 1, 1)
		name, ok := UnwrapValue(a[0]).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("attribute name must be string, not '%s'", a[0].Type().Name)))
		}
		if v, ok := superLookup(s, string(name)); ok {
			return v
		}
		panic(NewError(AttributeErrorType, fmt.Sprintf("'super' object has no attribute '%s'", name)))
	})
	method(SuperType, "__get__", func(args []Object, kw []string) Object {
		s := self("__get__", args)
		a := nargs("__get__", args, kw, 1, 2)
		return s.DescrGet(a[0], nil)
	})
	AddGetter(SuperType, "__thisclass__", func(o Object) Object { return o.(*Super).This }, nil)
	AddGetter(SuperType, "__self__", func(o Object) Object {
		if s := o.(*Super); s.Obj != nil {
			return s.Obj
		}
		return None
	}, nil)
	AddGetter(SuperType, "__self_class__", func(o Object) Object {
		if s := o.(*Super); s.objType != nil {
			return s.objType
		}
		return None
	}, nil)
}
