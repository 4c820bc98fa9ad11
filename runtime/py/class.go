package py

import "fmt"

// NewClass creates a class from a class statement: name, bases and the
// namespace the body filled in.
func NewClass(name, qualname, module string, bases []Object, ns *Dict) *Type {
	return NewClassKw(name, qualname, module, bases, ns, nil, nil)
}

// NewClassKw is NewClass with the class statement's keyword arguments:
// metaclass (only type, or a class standing for it, is supported) and the
// rest, which go to the parent's __init_subclass__.
func NewClassKw(name, qualname, module string, bases []Object, ns *Dict, kwnames []string, kwvals []Object) *Type {
	return newClassMeta(nil, name, qualname, module, bases, ns, kwnames, kwvals)
}

// The hashes of the names a class statement looks up in its namespace.
var (
	hNew, hEq, hHash, hClassCell = strHash("__new__"), strHash("__eq__"), strHash("__hash__"), strHash("__classcell__")
	hModule, hQualname, hDoc     = strHash("__module__"), strHash("__qualname__"), strHash("__doc__")
	hInitSubclass, hClassGetitem = strHash("__init_subclass__"), strHash("__class_getitem__")
)

// newClassMeta is type_new for metaclass meta (nil or type: the bases'
// metaclass).
func newClassMeta(meta *Type, name, qualname, module string, bases []Object, ns *Dict, kwnames []string, kwvals []Object) *Type {
	var initKwNames []string
	var initKwVals []Object
	for i, k := range kwnames {
		if k == "metaclass" {
			continue // PrepareClass and BuildClass deal with it
		}
		initKwNames = append(initKwNames, k)
		initKwVals = append(initKwVals, kwvals[i])
	}
	// __init_subclass__ and __class_getitem__ are implicitly class methods,
	// __new__ a static method.
	for i, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := ns.GetStrH(n, [2]uint64{hInitSubclass, hClassGetitem}[i]); ok {
			if _, isFunc := f.(*Function); isFunc {
				ns.SetStr(n, &ClassMethod{Func: f})
			}
		}
	}
	if f, ok := ns.GetStrH("__new__", hNew); ok {
		if _, isFunc := f.(*Function); isFunc {
			ns.SetStr("__new__", &StaticMethod{Func: f})
		}
	}
	// A class that defines __eq__ but not __hash__ is unhashable, and so
	// are its subclasses: type_new writes __hash__ = None.
	if _, ok := ns.GetStrH("__eq__", hEq); ok {
		if _, ok := ns.GetStrH("__hash__", hHash); !ok {
			ns.setIdent("__hash__", None)
		}
	}
	t := &Type{Name: name, Qualname: qualname, Module: module, Dict: ns}
	// type_new_set_classcell: the methods' __class__ cell gets the class
	// before anything can call them (mro(), __set_name__,
	// __init_subclass__).
	if cell, ok := ns.GetStrH("__classcell__", hClassCell); ok {
		c, isCell := cell.(*Cell)
		if !isCell {
			panic(NewError(TypeErrorType, fmt.Sprintf("__classcell__ must be a nonlocal cell, not %s", Repr(cell.Type()))))
		}
		c.set(t)
		ns.DeleteStr("__classcell__")
	}
	// best_base: classes only, each one that can be subclassed, their
	// layouts compatible.
	checkAcceptableBases(bases)
	bestBase(bases)
	for _, b := range bases {
		t.Bases = append(t.Bases, b.(*Type))
	}
	if len(t.Bases) == 0 {
		t.Bases = []*Type{ObjectType}
	}
	for _, b := range t.Bases {
		if b.meta != nil && (t.meta == nil || b.meta.IsSubtype(t.meta)) {
			t.meta = b.meta
		}
	}
	if meta != nil && meta != TypeType && (t.meta == nil || meta.IsSubtype(t.meta)) {
		t.meta = meta
	}
	// type_ready: the MRO, which the metaclass's mro() may decide.
	mroInternal(t)
	// inherit_patma_flags: the first collection flag of the MRO.
	if f := inheritedCollFlags(t); f != 0 {
		typeCollFlags[t] = f
	}
	for _, m := range t.MRO {
		if m == t {
			continue
		}
		if m.builtinBase == m {
			t.builtinBase = m
			break
		}
		if m.builtinBase != nil {
			t.builtinBase = m.builtinBase
			break
		}
	}
	if _, ok := ns.GetStrH("__module__", hModule); !ok {
		ns.setIdent("__module__", Str(module))
	}
	if q, ok := ns.GetStrH("__qualname__", hQualname); ok {
		// type_new_set_names: the body's __qualname__ names the class.
		s, isStr := UnwrapValue(q).(Str)
		if !isStr {
			panic(NewError(TypeErrorType, fmt.Sprintf("type __qualname__ must be a str, not %s", q.Type().Name)))
		}
		t.Qualname = string(s)
		ns.DeleteStr("__qualname__")
	}
	setupSlots(t)
	// After the slots, as in type_new: a slot may be named __doc__.
	if _, ok := ns.GetStrH("__doc__", hDoc); !ok {
		ns.setIdent("__doc__", None)
	}
	// The parent's __init_subclass__ runs with the new class:
	// super(t, t).__init_subclass__(**kwargs), which needs t in its MRO.
	after := -1
	for i, m := range t.MRO {
		if m == t {
			after = i + 1
			break
		}
	}
	if after < 0 {
		panic(NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type"))
	}
	for _, m := range t.MRO[after:] {
		if init, ok := m.Dict.GetStrH("__init_subclass__", hInitSubclass); ok {
			CallKw(bindDescriptor(init, nil, t), initKwVals, initKwNames)
			break
		}
	}
	recordSubclass(t)
	ns.Items(func(k, v Object) bool {
		switch x := v.(type) {
		case *Function, Str, NoneType, Int, Bool:
			// Their classes have no __set_name__ (nor can get one).
			return true
		case *Tuple:
			if x.sub == nil {
				return true
			}
		}
		if sn := LookupSpecial(v, "__set_name__"); sn != nil {
			Call(sn, t, k)
		}
		return true
	})
	return t
}

func (t *Type) allocator() func(t *Type) Object {
	for _, m := range t.MRO {
		if m.newInstance != nil {
			return m.newInstance
		}
	}
	return ObjectType.newInstance
}

// Call instantiates the class (or, for type itself, type(x)). A
// metaclass's __call__ written in Python runs instead when there is one.
func (t *Type) Call(args []Object, kwnames []string) Object {
	if t.meta != nil {
		if c, ok := t.meta.lookupOwnedByPython("__call__"); ok {
			return CallKw(bindDescriptor(c, t, t.meta), args, kwnames)
		}
	}
	return t.instantiate(args, kwnames)
}

// instantiate is type.__call__: __new__, then __init__.
func (t *Type) instantiate(args []Object, kwnames []string) Object {
	if c := t.plainCtor(); c != nil {
		// A plain class (ctor_fast.go) called with arguments its
		// __init__ has no fixed-arity entry for (defaults, keywords, more
		// than four): what the path below does, without its lookups.
		obj := c.alloc(t)
		full := make([]Object, len(args)+1)
		full[0] = obj
		copy(full[1:], args)
		initReturned(c.init.Call(full, kwnames))
		return obj
	}
	if t.call != nil {
		return t.call(t, args, kwnames)
	}
	if t != TypeType && t.IsSubtype(TypeType) {
		// Calling a metaclass makes a class.
		if !plainMeta(t) {
			return callMeta(t, args, kwnames)
		}
		if len(args)-len(kwnames) == 3 {
			return typeNew(append([]Object{t}, args...), kwnames)
		}
		return TypeType.call(TypeType, args, kwnames)
	}
	for _, m := range t.MRO {
		if m.call != nil && m.builtinBase == m && m != ObjectType && m != BaseExceptionType {
			if t.builtinBase != m || subclassable[m] {
				break
			}
			panic(NewError(TypeErrorType, fmt.Sprintf("subclassing builtin type '%s' is not supported yet", m.Name)))
		}
	}
	if t.noNew {
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot create '%s' instances", t.FullName())))
	}
	if c := t.ctorFast(); c.newFn != nil {
		// A Python __new__ and object's __init__ (a namedtuple).
		full := make([]Object, len(args)+1)
		full[0] = t
		copy(full[1:], args)
		return t.newReturned(CallKw(c.newFn, full, kwnames), args, kwnames)
	}
	var obj Object
	if nw := t.Lookup("__new__"); nw == Object(objectNew) {
		// object.__new__ itself, called without an argument slice.
		checkAbstract(t)
		obj = objectNewOf(t, args, kwnames)
	} else if nw != nil {
		if _, builtin := nw.(*BuiltinFunction); !builtin {
			full := append([]Object{t}, args...)
			obj = CallKw(bindDescriptor(nw, nil, t), full, kwnames)
			if !obj.Type().IsSubtype(t) {
				return obj
			}
		}
	}
	if obj == nil {
		checkAbstract(t)
		obj = t.allocator()(t)
		if e, ok := obj.(*BaseException); ok {
			e.Args = NewTuple(append([]Object(nil), args[:len(args)-len(kwnames)]...)...)
		}
	}
	return t.initNew(obj, args, kwnames)
}

// initNew is the rest of type.__call__ once __new__ made obj, an instance
// of t or of a subclass: the __init__ of the object's class (type_call).
func (t *Type) initNew(obj Object, args []Object, kwnames []string) Object {
	it := obj.Type()
	init := it.Lookup("__init__")
	if init == nil || init == objectInit {
		if len(args) > 0 && it.Lookup("__new__") == ObjectType.Dict.mustGet("__new__") {
			if _, isExc := obj.(*BaseException); !isExc {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes no arguments", t.Name)))
			}
		}
		return obj
	}
	var r Object
	switch init.(type) {
	case *Function, *BuiltinFunction:
		full := make([]Object, len(args)+1)
		full[0] = obj
		copy(full[1:], args)
		r = CallKw(init, full, kwnames)
	default:
		// Any other descriptor (a property, a callable instance) is
		// bound first, as slot_tp_init looks __init__ up.
		r = CallKw(bindDescriptor(init, obj, it), args, kwnames)
	}
	if r != None && r != nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("__init__() should return None, not '%s'", r.Type().Name)))
	}
	return obj
}

var objectInit Object

// Super is super(cls, obj): attribute lookup that starts after cls in
// obj's MRO.
type Super struct {
	This *Type
	Obj  Object // nil: unbound, super(cls)
	// objType is what supercheck found: Obj itself when it is a
	// subclass of This, else its class (or the class its __class__
	// claims); the MRO the lookup walks.
	objType *Type
	// cls and dict: an instance of a super subclass (super.go).
	cls  *Type
	dict *Dict
}

var SuperType = newBuiltinType("super", ObjectType)

func (s *Super) Type() *Type {
	if s.cls != nil {
		return s.cls
	}
	return SuperType
}

// SuperGetAttr is super().name.
func SuperGetAttr(s *Super, name string) Object {
	if v, ok := superLookup(s, name); ok {
		return v
	}
	panic(NewError(AttributeErrorType, fmt.Sprintf("'super' object has no attribute '%s'", name)))
}

// excKeywords is BaseException.__init__'s keyword arguments: the
// attributes NameError (name), AttributeError (name, obj) and ImportError
// (name, path) take; any other keyword is a TypeError.
func excKeywords(t *Type, e *BaseException, vals []Object, kwnames []string) {
	var allowed []string
	switch {
	case t.IsSubtype(AttributeErrorType):
		allowed = []string{"name", "obj"}
	case t.IsSubtype(NameErrorType):
		allowed = []string{"name"}
	case t.IsSubtype(ImportErrorType):
		allowed = []string{"name", "path"}
	}
	for i, k := range kwnames {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			if t.IsSubtype(ImportErrorType) {
				// PyArg_ParseTupleAndKeywords(..., "|$OO:ImportError").
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' is an invalid keyword argument for ImportError()", k)))
			}
			if allowed == nil {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes no keyword arguments", t.Name)))
			}
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", t.Name, k)))
		}
		e.Dict.SetStr(k, vals[i])
	}
}
