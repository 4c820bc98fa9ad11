package py

import "fmt"

// The property type's methods and attributes, as CPython 3.11's
// descrobject.c has them.

// Type is property, or the property subclass the object is an instance of.
func (p *Property) Type() *Type {
	if p.cls != nil {
		return p.cls
	}
	return PropertyType
}

// InstanceDict is a property subclass instance's __dict__ (nil for a
// property, or a subclass whose __slots__ names no __dict__).
func (p *Property) InstanceDict() *Dict { return p.dict }

// newProperty is property(fget, fset, fdel, doc).
func newProperty(get, set, del, doc Object) *Property {
	p := &Property{}
	p.init(get, set, del, doc)
	return p
}

// init is property.__init__ (property_init_impl): without a doc, the
// getter's docstring becomes the property's (and follows the getter
// through getter/setter/deleter copies). A subclass instance keeps that
// docstring in its __dict__, where the subclass's own __doc__ does not
// shadow it (with __slots__ and no __dict__, storing it raises
// AttributeError); a doc given explicitly stays in the property's field.
func (p *Property) init(get, set, del, doc Object) {
	p.Get, p.Set, p.Del = orNone(get), orNone(set), orNone(del)
	p.Doc = orNone(doc)
	p.Name = nil
	p.getterDoc = false
	if p.Doc != None || p.Get == None {
		return
	}
	d := LookupAttr(p.Get, "__doc__")
	if d == nil {
		return
	}
	if p.cls == nil {
		p.Doc = d
	} else {
		SetAttr(p, "__doc__", d)
	}
	p.getterDoc = true
}

// copyWith is property_copy: type(self)(fget, fset, fdel, doc), carrying
// the name __set_name__ gave over when the result is a property.
func (p *Property) copyWith(get, set, del Object) Object {
	doc := p.doc()
	if p.getterDoc && get != None {
		doc = None
	}
	np := Call(p.Type(), get, set, del, doc)
	if q, ok := np.(*Property); ok {
		q.Name = p.Name
	}
	return np
}

func (p *Property) doc() Object { return orNone(p.Doc) }

// override is a property subclass's own __get__/__set__/__delete__ (nil:
// property's).
func (p *Property) override(name string) Object {
	if p.cls == nil {
		return nil
	}
	if m := p.cls.Lookup(name); m != nil && isPythonMethod(m) {
		return m
	}
	return nil
}

// missing is CPython's message for a missing getter/setter/deleter, which
// names the owner's qualified name.
func (p *Property) missing(obj Object, what string) *BaseException {
	qn := obj.Type().Qualname
	if qn == "" {
		qn = obj.Type().Name
	}
	if p.Name != nil {
		return NewError(AttributeErrorType, fmt.Sprintf("property %s of %s object has no %s", Repr(p.Name), StrRepr(qn), what))
	}
	return NewError(AttributeErrorType, fmt.Sprintf("property of %s object has no %s", StrRepr(qn), what))
}

func (p *Property) get(obj Object) Object {
	if p.Get == nil || p.Get == None {
		panic(p.missing(obj, "getter"))
	}
	// A Python getter runs through its one-argument entry: no slice.
	if f, ok := p.Get.(*Function); ok && f.f1 != nil {
		enterFrame()
		r := f.f1(obj)
		depthLeft++
		return r
	}
	return Call(p.Get, obj)
}

func (p *Property) set(obj, v Object) {
	if p.Set == nil || p.Set == None {
		panic(p.missing(obj, "setter"))
	}
	Call(p.Set, obj, v)
}

func (p *Property) delete(obj Object) {
	if p.Del == nil || p.Del == None {
		panic(p.missing(obj, "deleter"))
	}
	Call(p.Del, obj)
}

// setVia and deleteVia are the assignment and deletion through the
// descriptor: a subclass's own __set__/__delete__ first.
func (p *Property) setVia(obj, v Object) {
	if s := p.override("__set__"); s != nil {
		Call(s, p, obj, v)
		return
	}
	p.set(obj, v)
}

func (p *Property) deleteVia(obj Object) {
	if d := p.override("__delete__"); d != nil {
		Call(d, p, obj)
		return
	}
	p.delete(obj)
}

// classMethodGet is classmethod.__get__ through a class or instance: a
// wrapped descriptor (a property, say) is bound to the class in turn.
func classMethodGet(c *ClassMethod, owner *Type) Object {
	switch f := c.Func.(type) {
	case *Function, *BuiltinFunction:
		return &Method{Func: f, Self: owner}
	}
	if g := LookupSpecial(c.Func, "__get__"); g != nil {
		return Call(g, owner, owner)
	}
	return &Method{Func: c.Func, Self: owner}
}

func init() {
	PropertyType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		return newProperty(a[0], a[1], a[2], a[3])
	}
	subclassable[PropertyType] = true
	PropertyType.newInstance = func(t *Type) Object {
		p := &Property{cls: t, Get: None, Set: None, Del: None, Doc: None}
		if hasInstanceDict(t, PropertyType) {
			p.dict = NewDict()
		}
		return p
	}
	self := func(name string, args []Object) *Property {
		return checkSelf(PropertyType, name, args).(*Property)
	}
	method(PropertyType, "__init__", func(args []Object, kw []string) Object {
		p := self("__init__", args)
		a := ParseArgs("property", args[1:], kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		p.init(a[0], a[1], a[2], a[3])
		return None
	})
	method(PropertyType, "getter", func(args []Object, kw []string) Object {
		p := self("getter", args)
		a := nargs("getter", args, kw, 1, 1)
		return p.copyWith(a[0], orNone(p.Set), orNone(p.Del))
	})
	method(PropertyType, "setter", func(args []Object, kw []string) Object {
		p := self("setter", args)
		a := nargs("setter", args, kw, 1, 1)
		return p.copyWith(orNone(p.Get), a[0], orNone(p.Del))
	})
	method(PropertyType, "deleter", func(args []Object, kw []string) Object {
		p := self("deleter", args)
		a := nargs("deleter", args, kw, 1, 1)
		return p.copyWith(orNone(p.Get), orNone(p.Set), a[0])
	})
	method(PropertyType, "__get__", func(args []Object, kw []string) Object {
		p := self("__get__", args)
		a := nargs("__get__", args, kw, 1, 2)
		if a[0] == None {
			return p
		}
		return p.get(a[0])
	})
	method(PropertyType, "__set__", func(args []Object, kw []string) Object {
		p := self("__set__", args)
		a := nargs("__set__", args, kw, 2, 2)
		p.set(a[0], a[1])
		return None
	})
	method(PropertyType, "__delete__", func(args []Object, kw []string) Object {
		p := self("__delete__", args)
		a := nargs("__delete__", args, kw, 1, 1)
		p.delete(a[0])
		return None
	})
	method(PropertyType, "__set_name__", func(args []Object, kw []string) Object {
		p := self("__set_name__", args)
		noKw("__set_name__", kw)
		if len(args) != 3 {
			panic(NewError(TypeErrorType, fmt.Sprintf("__set_name__() takes 2 positional arguments but %d were given", len(args)-1)))
		}
		p.Name = args[2]
		return None
	})
	AddGetter(PropertyType, "fget", func(o Object) Object { return orNone(o.(*Property).Get) }, nil)
	AddGetter(PropertyType, "fset", func(o Object) Object { return orNone(o.(*Property).Set) }, nil)
	AddGetter(PropertyType, "fdel", func(o Object) Object { return orNone(o.(*Property).Del) }, nil)
	markMembers(PropertyType, "fget", "fset", "fdel")
	AddGetter(PropertyType, "__doc__", func(o Object) Object { return o.(*Property).doc() },
		func(o, v Object) { o.(*Property).Doc = v })
	AddGetter(PropertyType, "__isabstractmethod__", func(o Object) Object {
		p := o.(*Property)
		for _, f := range []Object{p.Get, p.Set, p.Del} {
			if f == nil || f == None {
				continue
			}
			if v := LookupAttr(f, "__isabstractmethod__"); v != nil && Truth(v) {
				return True
			}
		}
		return False
	}, nil)
}
