package py

import "fmt"

// The property type's methods and attributes, as CPython 3.11's
// descrobject.c has them.

// newProperty is property(fget, fset, fdel, doc): without a doc, the
// getter's docstring becomes the property's (and follows the getter
// through getter/setter/deleter copies).
func newProperty(get, set, del, doc Object) *Property {
	p := &Property{Get: orNone(get), Set: orNone(set), Del: orNone(del), Doc: orNone(doc)}
	if p.Doc == None && p.Get != None {
		if d := LookupAttr(p.Get, "__doc__"); d != nil {
			p.Doc = d
			p.getterDoc = true
		}
	}
	return p
}

// copyWith is property_copy: a new property with one function replaced.
func (p *Property) copyWith(get, set, del Object) *Property {
	doc := p.doc()
	if p.getterDoc && get != None {
		doc = None
	}
	np := newProperty(get, set, del, doc)
	np.Name = p.Name
	return np
}

func (p *Property) doc() Object { return orNone(p.Doc) }

// propertyError is CPython's message for a missing getter/setter/deleter.
func (p *Property) missing(obj Object, what string) *BaseException {
	if p.Name != nil {
		return NewError(AttributeErrorType, fmt.Sprintf("property %s of %s object has no %s", Repr(p.Name), StrRepr(typeName(obj)), what))
	}
	return NewError(AttributeErrorType, fmt.Sprintf("property of %s object has no %s", StrRepr(typeName(obj)), what))
}

func (p *Property) get(obj Object) Object {
	if p.Get == nil || p.Get == None {
		panic(p.missing(obj, "getter"))
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

func init() {
	PropertyType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		return newProperty(a[0], a[1], a[2], a[3])
	}
	self := func(name string, args []Object) *Property {
		return checkSelf(PropertyType, name, args).(*Property)
	}
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
		a := nargs("__set_name__", args, kw, 2, 2)
		p.Name = a[1]
		return None
	})
	AddGetter(PropertyType, "fget", func(o Object) Object { return orNone(o.(*Property).Get) }, nil)
	AddGetter(PropertyType, "fset", func(o Object) Object { return orNone(o.(*Property).Set) }, nil)
	AddGetter(PropertyType, "fdel", func(o Object) Object { return orNone(o.(*Property).Del) }, nil)
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
