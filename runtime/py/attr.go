package py

import (
	"fmt"
	"runtime"
)

// Attribute access: the descriptor protocol as CPython implements it for
// object.__getattribute__ and type.__getattribute__, with Go getters for
// the attributes of builtin objects.

// Getter reads a builtin attribute of a Go-implemented object.
type Getter func(self Object) Object

// Setter writes one; nil in a Type's Setters means read-only.
type Setter func(self, v Object)

// typeGetter is a builtin attribute AddGetter registered (Type.getters).
type typeGetter struct {
	name string
	get  Getter
}

// getter is the getter AddGetter registered last for name on t itself.
func (t *Type) getter(name string) (Getter, bool) {
	for i := len(t.getters) - 1; i >= 0; i-- {
		if t.getters[i].name == name {
			return t.getters[i].get, true
		}
	}
	return nil, false
}

// AddGetter registers a builtin attribute on t (e.g. exc.args); set may be nil.
func AddGetter(t *Type, name string, get Getter, set Setter) {
	if isValueType(t) {
		// Getters of int, str, ... read a subclass instance's value.
		g := get
		get = func(o Object) Object { return g(UnwrapValue(o)) }
	}
	t.getters = append(t.getters, typeGetter{name, get})
	// The descriptor in the class dict is what attribute lookup finds
	// (through the per-type cache); t.getters serves dir() and super.
	d := newSlabGetSet()
	d.Name, d.Owner, d.Get, d.Set = name, t, get, set
	t.Dict.setIdent(name, d)
}

// GetSetDescriptor is a builtin attribute of a Go-implemented type (CPython's
// getset_descriptor): a data descriptor, so it wins over instance dicts.
type GetSetDescriptor struct {
	Name  string
	Owner *Type
	Get   Getter
	Set   Setter
	// member: a member_descriptor (a __slots__ entry, a C struct
	// member such as function.__globals__).
	member bool
	// Doc is __doc__ ("" for None).
	Doc string
}

// SetGetSetDoc gives the builtin attribute name of t its docstring.
func SetGetSetDoc(t *Type, name, doc string) {
	t.Dict.mustGet(name).(*GetSetDescriptor).Doc = doc
}

var (
	GetSetDescriptorType = newBuiltinType("getset_descriptor", ObjectType)
	MemberDescriptorType = newBuiltinType("member_descriptor", ObjectType)
)

func (d *GetSetDescriptor) Type() *Type {
	if d.member {
		return MemberDescriptorType
	}
	return GetSetDescriptorType
}

func (d *GetSetDescriptor) String() string {
	if d.member {
		return fmt.Sprintf("<member '%s' of '%s' objects>", d.Name, d.Owner.Name)
	}
	return fmt.Sprintf("<attribute '%s' of '%s' objects>", d.Name, d.Owner.Name)
}

func findGetter(t *Type, name string) (Getter, *Type) {
	for _, m := range t.MRO {
		if g, ok := m.getter(name); ok {
			return g, m
		}
	}
	return nil, nil
}

// Property is the property descriptor.
type Property struct {
	Get, Set, Del Object
	Doc           Object
	// Name is what __set_name__ gave (nil: none), for error messages.
	Name Object
	// getterDoc: Doc came from the getter's docstring.
	getterDoc bool
	// cls and dict: an instance of a property subclass (nil: property).
	cls  *Type
	dict *Dict
}

// ClassMethod and StaticMethod wrap functions in a class body.
type ClassMethod struct {
	Func Object
	Dict *Dict // made on first use (staticmethod.go)
	// owner: a builtin type's class method (CPython's
	// classmethod_descriptor, classmethod_descr.go), nil for classmethod.
	owner *Type
}
type StaticMethod struct {
	Func Object
	Dict *Dict
}

var (
	PropertyType     = newBuiltinType("property", ObjectType)
	ClassMethodType  = newBuiltinType("classmethod", ObjectType)
	StaticMethodType = newBuiltinType("staticmethod", ObjectType)
)

func (c *ClassMethod) Type() *Type {
	if c.owner != nil {
		return ClassMethodDescriptorType
	}
	return ClassMethodType
}
func (*StaticMethod) Type() *Type { return StaticMethodType }

// isDataDescriptor reports whether a class attribute takes precedence over
// the instance dict.
func isDataDescriptor(a Object) bool {
	switch a.(type) {
	case *Property, *GetSetDescriptor, *TupleGetter:
		return true
	case *Instance:
		t := a.Type()
		return t.Lookup("__set__") != nil || t.Lookup("__delete__") != nil
	}
	return false
}

// hasDescrGet: a data descriptor without __get__ (only __set__) leaves
// reads to the instance dict, then is itself the value.
func hasDescrGet(a Object) bool {
	if in, ok := a.(*Instance); ok {
		return in.cls.Lookup("__get__") != nil
	}
	return true
}

// bindDescriptor applies __get__ for a class attribute read through an
// instance (inst non-nil) or the class itself.
func bindDescriptor(a Object, inst Object, owner *Type) Object {
	switch d := a.(type) {
	case *Function:
		if inst == nil {
			return d
		}
		return &Method{Func: d, Self: inst}
	case *BuiltinFunction:
		if d.method && d.Self == nil && inst != nil {
			return &BuiltinFunction{Name: d.Name, Module: d.Module, Fn: d.Fn, Self: inst, method: true,
				entries: d.entries, Doc: d.Doc, owner: d.owner}
		}
		return d
	case *ClassMethod:
		return classMethodGet(d, owner)
	case *StaticMethod:
		return d.Func
	case *GetSetDescriptor:
		if inst == nil {
			return d
		}
		return d.Get(inst)
	case *Property:
		if g := d.override("__get__"); g != nil {
			var i Object = None
			if inst != nil {
				i = inst
			}
			return Call(g, d, i, owner)
		}
		if inst == nil {
			return d
		}
		return d.get(inst)
	case *TupleGetter:
		if inst == nil {
			return d
		}
		return d.Get(inst)
	case *Instance:
		if g := d.cls.Lookup("__get__"); g != nil {
			var i Object = None
			if inst != nil {
				i = inst
			}
			return Call(g, d, i, owner)
		}
	case DescrGetter:
		return d.DescrGet(inst, owner)
	}
	return a
}

// DescrGetter is implemented by Go objects that are non-data descriptors
// (C's tp_descr_get), such as functools' _lru_cache_wrapper, which binds
// like a function: inst is nil for a read through the class.
type DescrGetter interface {
	DescrGet(inst Object, owner *Type) Object
}

// LookupAttr is getattr(o, name, None) without the default: nil when o has
// no such attribute. Other exceptions propagate.
func LookupAttr(o Object, name string) (result Object) {
	switch o.(type) {
	case *Module, *Type, *Super:
	default:
		if t := o.Type(); customGetattribute(t) != nil {
			v, _ := callGetattribute(o, t, customGetattribute(t), name)
			return v
		}
	}
	v, ok := getAttr(o, name)
	if ok {
		return v
	}
	return nil
}

// GetAttr is o.name.
func GetAttr(o Object, name string) Object {
	v, ok := getAttr(o, name)
	if ok {
		return v
	}
	panic(missingAttr(o, name, v))
}

// methodAttr is GetAttr for the lookup of a method call o.name(...) of
// translated code: the generic AttributeError it raises is marked for
// the call's frame to show the attribute's position (atLookup). One that
// __getattr__ raised is its own, raised in that frame, and the frame
// that looked up shows the attribute's position as well (lookupOuter).
// What a property or __getattribute__ raises out of getAttr is not
// marked: that would take a deferred function here, on every lookup.
func methodAttr(o Object, name string) Object {
	v, ok := getAttr(o, name)
	if ok {
		return v
	}
	e := missingAttr(o, name, v)
	if e != v {
		e.atLookup = true
	} else if n := len(e.raises); n > 0 {
		e.raises[n-1].lookupOuter = callerDepth(2)
		e.Traceback = nil
	}
	panic(e)
}

// callerDepth is how many (logical) frames there are from the caller of
// skip's function outwards (runtime.Callers(skip+1) of the whole stack).
func callerDepth(skip int) int {
	buf := make([]uintptr, 64)
	for {
		n := runtime.Callers(skip+1, buf)
		if n < len(buf) {
			return n
		}
		buf = make([]uintptr, 2*len(buf))
	}
}

// missingAttr is the AttributeError of o.name not found: the one the
// class's __getattr__ raised (getAttrFrom's value when not found), else
// the generic one.
func missingAttr(o Object, name string, v Object) *BaseException {
	if e, ok := v.(*BaseException); ok {
		return e
	}
	return attributeError(o, name)
}

func attributeError(o Object, name string) *BaseException {
	var msg string
	switch v := o.(type) {
	case *Module:
		if v.initializing() {
			msg = fmt.Sprintf("partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", v.Name, name)
		} else {
			msg = fmt.Sprintf("module '%s' has no attribute '%s'", v.Name, name)
		}
	case *Type:
		msg = fmt.Sprintf("type object '%s' has no attribute '%s'", v.Name, name)
	default:
		msg = fmt.Sprintf("'%s' object has no attribute '%s'", o.Type().Name, name)
	}
	e := NewError(AttributeErrorType, msg)
	e.Dict.SetStr("name", Str(name))
	e.Dict.SetStr("obj", o)
	return e
}

// moduleGetattribute is a module subclass's own __getattribute__; an
// AttributeError from it falls back on the class's __getattr__, as
// slot_tp_getattr_hook does.
func moduleGetattribute(m *Module, ga Object, name string) (result Object, ok bool) {
	if exc := CatchMatching(AttributeErrorType, func() { result = Call(ga, m, Str(name)) }); exc != nil {
		if g := m.cls.Lookup("__getattr__"); g != nil {
			return Call(g, m, Str(name)), true
		}
		return nil, false
	}
	return result, true
}

func getAttr(o Object, name string) (Object, bool) {
	switch v := o.(type) {
	case *Module:
		if v.cls != nil {
			// An instance of a module subclass: the class's
			// __getattribute__ (importlib.util._LazyModule's loads the
			// module), else the class's attributes first.
			if ga := v.cls.Lookup("__getattribute__"); ga != nil && ga != objectGetattribute() {
				return moduleGetattribute(v, ga, name)
			}
			break
		}
		if x, ok := v.Dict.GetStr(name); ok {
			return x, true
		}
		if g := v.Getattr; g != nil {
			if x, ok := g(name); ok {
				return x, true
			}
		}
		if name == "__dict__" {
			return v.Dict, true
		}
		if name == "__name__" {
			return Str(v.Name), true
		}
		if name == "__class__" {
			return ModuleType, true
		}
		if name == "__annotations__" {
			// module_get_annotations, a data descriptor: made empty
			// (and kept) on first read.
			d := NewDict()
			v.Dict.SetStr("__annotations__", d)
			return d, true
		}
		// PEP 562: a module-level __getattr__ supplies missing attributes.
		if ga, ok := v.Dict.GetStr("__getattr__"); ok {
			return Call(ga, Str(name)), true
		}
		return nil, false
	case *Type:
		return typeGetAttr(v, name)
	case *Super:
		return superLookup(v, name)
	}
	t := o.Type()
	if ga := customGetattribute(t); ga != nil {
		v, exc := callGetattribute(o, t, ga, name)
		if exc != nil {
			panic(exc)
		}
		return v, true
	}
	return getAttrFrom(o, t, t.Lookup(name), name)
}

// customGetattribute is the class's own __getattribute__ written in
// Python, nil when attribute reads take the generic path.
func customGetattribute(t *Type) Object {
	if t.gaEpoch == typeEpoch && t.gaEpoch != 0 {
		return t.getattribute
	}
	ga := t.Lookup("__getattribute__")
	if _, builtin := ga.(*BuiltinFunction); builtin || ga == objectGetattribute() {
		ga = nil
	}
	t.getattribute, t.gaEpoch = ga, typeEpoch
	return ga
}

// callGetattribute reads o.name through the class's __getattribute__; on
// AttributeError the class's __getattr__ gets its turn, as
// slot_tp_getattr_hook gives it. exc is the AttributeError that stands.
func callGetattribute(o Object, t *Type, ga Object, name string) (result Object, exc *BaseException) {
	exc = CatchMatching(AttributeErrorType, func() { result = callSlot(ga, o, t, Str(name)) })
	if exc == nil {
		return result, nil
	}
	if g := t.Lookup("__getattr__"); g != nil {
		return callSlot(g, o, t, Str(name)), nil
	}
	return nil, exc
}

// GenericGetAttr is object.__getattribute__: descriptors and the instance
// dict, without the class's __getattribute__ or __getattr__.
func GenericGetAttr(o Object, name string) Object {
	switch x := o.(type) {
	case *Module:
		// A module subclass's instance: the generic lookup, not the
		// class's own __getattribute__ again.
		if x.cls != nil {
			if v, ok := genericGetAttr(o, x.cls, x.cls.Lookup(name), name); ok {
				return v
			}
			panic(attributeError(o, name))
		}
		return GetAttr(o, name)
	case *Type, *Super:
		return GetAttr(o, name)
	}
	t := o.Type()
	if v, ok := genericGetAttr(o, t, t.Lookup(name), name); ok {
		return v
	}
	panic(attributeError(o, name))
}

// getAttrFrom is getAttr for an object that is not a module, type or
// super, given what its type's MRO holds for name (attr, nil for nothing).
// Not found, the value is the AttributeError the class's __getattr__
// raised (the one o.name raises, as slot_tp_getattr_hook lets it
// through), nil when there is no __getattr__.
func getAttrFrom(o Object, t *Type, attr Object, name string) (Object, bool) {
	ga := t.Lookup("__getattr__")
	if ga != nil && descriptorMayRaise(attr) {
		// An AttributeError out of a descriptor (a property's getter, an
		// empty slot) gives __getattr__ its turn too, as
		// slot_tp_getattr_hook does.
		var v Object
		var ok bool
		if exc := CatchMatching(AttributeErrorType, func() { v, ok = genericGetAttr(o, t, attr, name) }); exc == nil && ok {
			return v, true
		}
	} else if v, ok := genericGetAttr(o, t, attr, name); ok {
		return v, true
	}
	if ga != nil {
		var result Object
		var missing *BaseException
		depth := SaveDepth()
		func() {
			defer func() {
				if r := recover(); r != nil {
					if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(AttributeErrorType) {
						RestoreDepth(depth)
						missing = e
						return
					}
					panic(r)
				}
			}()
			result = callSlot(ga, o, t, Str(name))
		}()
		if missing == nil {
			return result, true
		}
		return missing, false
	}
	return nil, false
}

// descriptorMayRaise reports whether reading class attribute attr through
// an instance runs a descriptor's code (which may raise AttributeError).
func descriptorMayRaise(attr Object) bool {
	switch attr.(type) {
	case nil, *Function, *BuiltinFunction, *ClassMethod, *StaticMethod:
		return false
	case *GetSetDescriptor, *Property:
		return true
	}
	_, inst := attr.(*Instance)
	return inst && hasDescrGet(attr)
}

// genericGetAttr is getAttrFrom without __getattr__.
func genericGetAttr(o Object, t *Type, attr Object, name string) (Object, bool) {
	if gs, ok := attr.(*GetSetDescriptor); ok {
		return gs.Get(o), true
	}
	if attr != nil && isDataDescriptor(attr) && hasDescrGet(attr) {
		return bindDescriptor(attr, o, t), true
	}
	if inst, ok := o.(*Instance); ok && inst.vals != nil {
		if x, ok := inst.vals.valueOf(name); ok {
			return x, true
		}
	} else if d, ok := o.(InstanceDict); ok {
		if dict := d.InstanceDict(); dict != nil {
			if x, ok := dict.GetStr(name); ok {
				return x, true
			}
		}
	}
	if attr != nil {
		return bindDescriptor(attr, o, t), true
	}
	switch name {
	case "__class__":
		return t, true
	case "__dict__":
		if d, ok := o.(InstanceDict); ok && d.InstanceDict() != nil {
			return d.InstanceDict(), true
		}
	case "__doc__":
		// object.__doc__ and the builtin types' docstrings, which the
		// runtime does not carry.
		return None, true
	case "__call__":
		// The method-wrapper CPython gives every callable written in C
		// (hasattr(d.values, "__call__")): calling it calls o.
		if c, ok := o.(Callable); ok {
			return &BuiltinFunction{Name: "__call__", Fn: c.Call}, true
		}
	}
	return nil, false
}

// typeDoc is type.__doc__.
const typeDoc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"

func typeGetAttr(t *Type, name string) (Object, bool) {
	// Attributes of the metaclass that are data descriptors come first.
	switch name {
	case "__name__":
		return Str(t.Name), true
	case "__qualname__":
		return Str(t.Qualname), true
	case "__module__":
		// type_module: a class statement's from its dict, a builtin
		// type's from its name (type's own dict holds the descriptor).
		if v, ok := t.Dict.GetStr("__module__"); ok && t.builtinBase != t {
			return v, true
		}
		return Str(t.Module), true
	case "__mro__":
		if t.MRO == nil {
			return None, true // mro() running as the class is made
		}
		items := make([]Object, len(t.MRO))
		for i, m := range t.MRO {
			items[i] = m
		}
		return NewTuple(items...), true
	case "__bases__":
		items := make([]Object, len(t.Bases))
		for i, m := range t.Bases {
			items[i] = m
		}
		return NewTuple(items...), true
	case "__base__":
		if len(t.Bases) == 0 {
			return None, true
		}
		bases := make([]Object, len(t.Bases))
		for i, b := range t.Bases {
			bases[i] = b
		}
		return bestBase(bases), true
	case "__dict__":
		return &MappingProxy{M: t.Dict}, true
	case "__class__":
		return t.Type(), true
	case "__flags__":
		return Int(typeFlags(t)), true
	case "__annotations__":
		// type_get_annotations: a class's own, never a base's; made
		// empty (and kept) on first read. Builtin types have none.
		if v, ok := t.Dict.GetStr("__annotations__"); ok {
			return bindDescriptor(v, nil, t), true
		}
		if t.builtinBase == t {
			return nil, false
		}
		d := NewDict()
		t.Dict.SetStr("__annotations__", d)
		return d, true
	case "__basicsize__":
		return Int(typeLayoutOf(t).basic), true
	case "__itemsize__":
		return Int(typeLayoutOf(t).item), true
	}
	if a := t.Lookup(name); a != nil {
		if gs, ok := a.(*GetSetDescriptor); ok && gs.Owner == TypeType && name == "__doc__" {
			// type's own __doc__ descriptor: type's tp_doc, None for
			// metaclasses without a docstring.
			if t == TypeType {
				return Str(typeDoc), true
			}
			return None, true
		}
		return bindDescriptor(a, nil, t), true
	}
	meta := t.Type()
	if a := meta.Lookup(name); a != nil {
		return bindDescriptor(a, t, meta), true
	}
	if name == "__doc__" {
		return None, true
	}
	if meta != TypeType {
		if g, _ := findGetter(meta, name); g != nil {
			return g(t), true
		}
		// The metaclass's __getattr__ supplies what the class lacks
		// (slot_tp_getattr_hook).
		if ga := meta.Lookup("__getattr__"); ga != nil {
			return Call(bindDescriptor(ga, t, meta), Str(name)), true
		}
	}
	return nil, false
}

// SetAttr is o.name = v.
func SetAttr(o Object, name string, v Object) {
	switch x := o.(type) {
	case *Module:
		if name == "__class__" {
			x.SetClass(v)
			return
		}
		checkModuleDictWrite(name)
		if x.cls == nil {
			x.Dict.SetStr(name, v)
			return
		}
	case *Type:
		// A metaclass's own __setattr__ written in Python.
		if m := x.meta; m != nil {
			if sa := m.Lookup("__setattr__"); sa != nil && isPythonMethod(sa) {
				Call(bindDescriptor(sa, x, m), Str(name), v)
				return
			}
		}
		setTypeAttr(x, name, v)
		return
	}
	t := o.Type()
	// A class's own __setattr__ comes first, data descriptors (slots,
	// properties) included: they are object.__setattr__'s business.
	if sa := t.Lookup("__setattr__"); sa != nil {
		// Any but object's own: a Python method, or another type's
		// builtin a class took (__setattr__ = dict.__setitem__).
		if bf, builtin := sa.(*BuiltinFunction); !builtin || (bf.owner != ObjectType && bf.method && bf.Self == nil) {
			Call(sa, o, Str(name), v)
			return
		}
	}
	if attr := t.Lookup(name); attr != nil {
		switch d := attr.(type) {
		case *GetSetDescriptor:
			if d.Set == nil {
				panic(d.notWritable())
			}
			d.Set(o, v)
			return
		case *Property:
			d.setVia(o, v)
			return
		case *TupleGetter:
			panic(d.SetError(v))
		case *Instance:
			if s := d.cls.Lookup("__set__"); s != nil {
				Call(s, d, o, v)
				return
			}
		}
	}
	GenericSetAttr(o, name, v)
}

// GenericSetAttr is object.__setattr__.
func GenericSetAttr(o Object, name string, v Object) {
	t := o.Type()
	switch d := t.Lookup(name).(type) {
	case *GetSetDescriptor:
		if d.Set == nil {
			panic(d.notWritable())
		}
		d.Set(o, v)
		return
	case *Property:
		// Data descriptors are object.__setattr__'s too (a class's own
		// __setattr__ calling it sets properties).
		d.setVia(o, v)
		return
	case *TupleGetter:
		panic(d.SetError(v))
	case *Instance:
		if s := d.cls.Lookup("__set__"); s != nil {
			Call(s, d, o, v)
			return
		}
	}
	if name == "__class__" && t.Lookup(name) == nil {
		setObjectClass(o, v) // object's __class__ setter
		return
	}
	if name == "__dict__" && ownsDict(o) {
		// object's __dict__ setter (subtype_setdict, BaseException's):
		// the instance takes the new dict itself.
		d, ok := v.(*Dict)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)))
		}
		setInstanceDict(o, d)
		return
	}
	if inst, ok := o.(*Instance); ok && inst.vals != nil {
		inst.setValue(name, v)
		return
	}
	if d, ok := o.(InstanceDict); ok && d.InstanceDict() != nil {
		d.InstanceDict().SetStr(name, v)
		return
	}
	if readOnlyClassAttr(o, t, name) {
		panic(NewError(AttributeErrorType, fmt.Sprintf("'%s' object attribute '%s' is read-only", t.Name, name)))
	}
	if g, _ := findGetter(t, name); g != nil {
		panic(NewError(AttributeErrorType, fmt.Sprintf("attribute '%s' of '%s' objects is not writable", name, t.Name)))
	}
	panic(NewError(AttributeErrorType, fmt.Sprintf("'%s' object has no attribute '%s'", t.Name, name)))
}

// ownsDict reports whether o has an instance dict that setInstanceDict
// can replace.
func ownsDict(o Object) bool {
	switch x := o.(type) {
	case *Instance:
		return x.hasDict()
	case *BaseException, *ValueSub, *List, *Dict, *Set:
		return x.(InstanceDict).InstanceDict() != nil
	}
	return false
}

// DelAttr is del o.name.
func DelAttr(o Object, name string) {
	switch x := o.(type) {
	case *Type:
		// A metaclass's own __delattr__ written in Python.
		if m := x.meta; m != nil {
			if da := m.Lookup("__delattr__"); da != nil && isPythonMethod(da) {
				Call(bindDescriptor(da, x, m), Str(name))
				return
			}
		}
	case *Module:
		// A module subclass's own __delattr__.
		if x.cls != nil {
			if da := x.cls.Lookup("__delattr__"); da != nil && isPythonMethod(da) {
				Call(bindDescriptor(da, o, x.cls), Str(name))
				return
			}
		}
	default:
		t := o.Type()
		if da := t.Lookup("__delattr__"); da != nil && isPythonMethod(da) {
			Call(bindDescriptor(da, o, t), Str(name))
			return
		}
		GenericDelAttr(o, name)
		return
	}
	delTypeOrModuleAttr(o, name)
}

// delTypeOrModuleAttr is type.__delattr__ and module.__delattr__, past any
// __delattr__ of the metaclass or module subclass.
func delTypeOrModuleAttr(o Object, name string) {
	if _, ok := o.(*Module); ok {
		checkModuleDictWrite(name)
	}
	if d, ok := o.(InstanceDict); ok && d.InstanceDict() != nil {
		if d.InstanceDict().DeleteStr(name) {
			return
		}
	}
	if t, ok := o.(*Type); ok {
		// type's data descriptors (type_getsets.go) come first.
		if gs, ok := t.Type().Lookup(name).(*GetSetDescriptor); ok && gs.Owner == TypeType {
			if gs.Set == nil {
				panic(NewError(AttributeErrorType, fmt.Sprintf("attribute '%s' of 'type' objects is not writable", name)))
			}
			panic(NewError(TypeErrorType, fmt.Sprintf("cannot delete '%s' attribute of immutable type '%s'", name, t.Name)))
		} else if ok {
			// A data descriptor of a Python base of the metaclass (its
			// __dict__, a slot) deletes, not the class's own dict.
			GenericDelAttr(o, name)
			return
		}
		if t.Dict.DeleteStr(name) {
			return
		}
	}
	panic(attributeError(o, name))
}

// GenericDelAttr is object.__delattr__: a data descriptor of the type
// first, then the instance dict.
func GenericDelAttr(o Object, name string) {
	t := o.Type()
	switch d := t.Lookup(name).(type) {
	case *Property:
		d.deleteVia(o)
		return
	case *TupleGetter:
		panic(d.SetError(nil))
	case *GetSetDescriptor:
		if d.Set == nil {
			panic(d.notWritable())
		}
		if del, ok := typeDeleters[d.Owner][name]; ok {
			del(o)
			return
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot delete attribute '%s'", name)))
	case *Instance:
		if del := d.cls.Lookup("__delete__"); del != nil {
			Call(del, d, o)
			return
		}
	}
	if name == "__class__" && t.Lookup(name) == nil {
		setObjectClass(o, nil)
	}
	if d, ok := o.(InstanceDict); ok && d.InstanceDict() != nil {
		if d.InstanceDict().DeleteStr(name) {
			return
		}
	} else if readOnlyClassAttr(o, t, name) {
		panic(NewError(AttributeErrorType, fmt.Sprintf("'%s' object attribute '%s' is read-only", t.Name, name)))
	}
	panic(attributeError(o, name))
}

// readOnlyClassAttr reports whether o, an object without a __dict__,
// finds name in its class as a plain attribute (no descriptor that could
// set it): object.__setattr__ then calls the attribute read-only. Only
// instances of Python classes: the builtin types keep their methods in
// the same dicts.
func readOnlyClassAttr(o Object, t *Type, name string) bool {
	if t.builtinBase == t {
		return false
	}
	switch t.Lookup(name).(type) {
	case nil, *GetSetDescriptor:
		return false
	}
	return true
}

// typeDeleters are the Go attributes that del can remove (a function's
// __defaults__, ...).
var typeDeleters = map[*Type]map[string]func(self Object){}

// AddDeleter lets del remove a Go attribute added with AddGetter.
func AddDeleter(t *Type, name string, del func(self Object)) {
	if typeDeleters[t] == nil {
		typeDeleters[t] = map[string]func(Object){}
	}
	typeDeleters[t][name] = del
}

// HasAttr is hasattr(o, name).
func HasAttr(o Object, name string) bool { return LookupAttr(o, name) != nil }

// LookupSpecial finds a special method on o's type, bound to o, as the
// interpreter does for dunder protocols (instance dicts are skipped).
func LookupSpecial(o Object, name string) Object {
	t := o.Type()
	a := t.Lookup(name)
	if a == nil {
		return nil
	}
	return bindDescriptor(a, o, t)
}

// callMethod calls f with self prepended to args, through its fixed-arity
// entry points when it has one.
func (f *Function) callMethod(self Object, args []Object) Object {
	var r Object
	switch {
	case len(args) == 0 && f.f1 != nil:
		enterFrame()
		r = f.f1(self)
	case len(args) == 1 && f.f2 != nil:
		enterFrame()
		r = f.f2(self, args[0])
	case len(args) == 2 && f.f3 != nil:
		enterFrame()
		r = f.f3(self, args[0], args[1])
	case len(args) == 3 && f.f4 != nil:
		enterFrame()
		r = f.f4(self, args[0], args[1], args[2])
	case len(args) == 4 && f.f5 != nil:
		enterFrame()
		r = f.f5(self, args[0], args[1], args[2], args[3])
	default:
		full := make([]Object, len(args)+1)
		full[0] = self
		copy(full[1:], args)
		return f.Call(full, nil)
	}
	depthLeft++
	return r
}

// CallMethod is o.name(args...). When the attribute is a plain method
// found on the class, it is called directly, without making a bound method.
func CallMethod(o Object, name string, args ...Object) Object {
	return callMethod(o, name, args, GetAttr)
}

// callMethod is CallMethod with get for the lookup of an attribute other
// than a method of o's class (methodAttr for a call of translated code).
func callMethod(o Object, name string, args []Object, get func(Object, string) Object) Object {
	switch o.(type) {
	case *Type, *Module, *Super:
	default:
		t := o.Type()
		if customGetattribute(t) != nil {
			break
		}
		switch f := t.Lookup(name).(type) {
		case *Function:
			if !shadowedByInstance(o, name) {
				return f.callMethod(o, args)
			}
		case *BuiltinFunction:
			if f.method && f.Self == nil && !shadowedByInstance(o, name) {
				if r, ok := f.callFast(o, args); ok {
					return r
				}
				full := make([]Object, len(args)+1)
				full[0] = o
				copy(full[1:], args)
				return f.Fn(full, nil)
			}
		}
	}
	return CallKw(get(o, name), args, nil)
}

// shadowedByInstance reports whether o's own __dict__ or a Go-level
// attribute holds name (which would win over a method of its class).
func shadowedByInstance(o Object, name string) bool {
	if inst, ok := o.(*Instance); ok && inst.vals != nil {
		return inst.vals.shape.indexOf(name) >= 0
	}
	if d, ok := o.(InstanceDict); ok {
		if dict := d.InstanceDict(); dict != nil && dict.live > 0 {
			if _, found := dict.GetStr(name); found {
				return true
			}
		}
	}
	return false
}

// typeFlags is type.__flags__, the bits Python code reads: a class made by
// a class statement is a heap type (copyreg._reduce_ex looks for the
// nearest base that is not), every type is ready and subclassable unless
// it cannot be instantiated, and the fast-subclass bits of int, list,
// tuple, bytes, str, dict, BaseException and type.
func typeFlags(t *Type) int {
	const (
		heapType  = 1 << 9
		baseType  = 1 << 10
		ready     = 1 << 12
		abstract  = 1 << 20
		longSub   = 1 << 24
		listSub   = 1 << 25
		tupleSub  = 1 << 26
		bytesSub  = 1 << 27
		strSub    = 1 << 28
		dictSub   = 1 << 29
		excSub    = 1 << 30
		typeSub   = 1 << 31
		immutable = 1 << 8
	)
	f := ready
	if t.builtinBase != t {
		f |= heapType
	} else {
		f |= immutable
	}
	if !t.noNew {
		f |= baseType
	}
	if v, ok := t.Dict.GetStr("__abstractmethods__"); ok && Truth(v) {
		f |= abstract
	}
	for _, p := range []struct {
		base *Type
		bit  int
	}{{IntType, longSub}, {ListType, listSub}, {TupleType, tupleSub}, {BytesType, bytesSub}, {StrType, strSub}, {DictType, dictSub}, {BaseExceptionType, excSub}, {TypeType, typeSub}} {
		if t.IsSubtype(p.base) {
			f |= p.bit
		}
	}
	return f
}
