package py

import "fmt"

// Calling a plain Python class (C(a, b): object's __new__, a Python
// __init__ of fixed arity, no metaclass, no builtin base but object, not
// abstract) allocates the instance and calls __init__ through its
// fixed-arity entry point: no argument slices and none of the class lookups
// type.__call__ makes, which are remembered per class for the current type
// epoch (any change to a class dict starts a new one).
//
// Calling a class whose __new__ is a Python function and whose __init__ is
// object's (a namedtuple: __new__ is `tuple.__new__(_cls, (x, y))`, made by
// collections.namedtuple) calls __new__ through its fixed-arity entry
// point, the class first, and has nothing to do after it but check what it
// returned.

type ctorCache struct {
	epoch uint64
	ok    bool
	// exc: t is an exception class made by BaseException's __new__ (args
	// are the call's arguments); init is nil when its __init__ is
	// BaseException's own, which sets args again to the same.
	exc   bool
	init  *Function
	alloc func(t *Type) Object
	// newFn is the class's __new__ when it is a Python function and its
	// __init__ object's (nil: not so).
	newFn *Function
	// plan is init's stores when it is a store-only __init__ that can
	// run on t's instances without being called (init_plan.go).
	plan *initPlan
	// direct is the argument count of the calls New1..4 make instances
	// for themselves (ctor_direct.go): plan's, when it is a planValues or
	// planChunk one and init has that arity's entry (0: none). kind and
	// shape are plan's, read without going through it.
	direct uint8
	kind   planKind
	shape  *dictShape
}

var objectNewFn, baseExceptionInit Object

func (t *Type) ctorFast() *ctorCache {
	if c := t.ctor; c != nil && c.epoch == typeEpoch {
		return c
	}
	return t.newCtorCache()
}

// plainCtor is t's ctorCache when it holds a plain class's case (ok) for
// this epoch, nil otherwise (not looked at yet, or another case): Call1..4
// take that case themselves, the rest goes to fastNew1..4.
func (t *Type) plainCtor() *ctorCache {
	if c := t.ctor; c != nil && c.epoch == typeEpoch && c.ok {
		return c
	}
	return nil
}

// newCtorCache is ctorFast's look at the class, once per type epoch.
func (t *Type) newCtorCache() *ctorCache {
	c := t.ctor
	if c == nil {
		c = &ctorCache{}
		t.ctor = c
	}
	*c = ctorCache{epoch: typeEpoch}
	if t.meta != nil || t.call != nil || t.noNew || t == ObjectType || t.Dict == nil {
		return c
	}
	if objectNewFn == nil {
		objectNewFn = ObjectType.Dict.mustGet("__new__")
		baseExceptionInit = BaseExceptionType.Dict.mustGet("__init__")
	}
	if t != BaseExceptionType && t.IsSubtype(BaseExceptionType) {
		return t.excCtor(c)
	}
	if _, abstract := t.Dict.GetStr("__abstractmethods__"); abstract {
		return c
	}
	if t.builtinBase != ObjectType {
		c.newFn = pythonNewOnly(t)
		return c
	}
	if t.Lookup("__new__") != objectNewFn {
		c.newFn = pythonNewOnly(t)
		return c
	}
	init, ok := t.Lookup("__init__").(*Function)
	if !ok {
		return c
	}
	c.ok, c.init, c.alloc = true, init, t.allocator()
	if a := chunkAllocator(t); a != nil {
		c.alloc = a
	}
	c.plan = newInitPlan(t, init)
	if p := c.plan; p != nil && p.kind != planAlloc && init.hasEntry(int(p.n)+1) {
		c.direct, c.kind, c.shape = uint8(p.n), p.kind, p.shape
	}
	return c
}

// excCtor fills c for an exception class: BaseException's __new__ (reached
// as object's, see instantiate) keeps the call's positional arguments as
// args; the __init__ after it is BaseException's (which sets the same args
// again: skipped) or a Python function. Classes whose __init__ does more
// (ImportError's, OSError's, ...) or that have a __new__ of their own take
// the general path.
func (t *Type) excCtor(c *ctorCache) *ctorCache {
	if t.IsSubtype(ImportErrorType) || t.Lookup("__new__") != objectNewFn {
		return c
	}
	switch init := t.Lookup("__init__").(type) {
	case *BuiltinFunction:
		if Object(init) != baseExceptionInit {
			return c
		}
	case *Function:
		c.init = init
	default:
		return c
	}
	// (ok stays false: the plain-class paths' init is not this one.)
	c.exc, c.alloc = true, t.allocator()
	return c
}

// newExc is t(args...) for an exception class excCtor accepted (args is
// the caller's: copied when kept).
func (c *ctorCache) newExc(t *Type, args ...Object) (Object, bool) {
	e := c.alloc(t).(*BaseException)
	e.Args = newTupleCopy(args)
	if c.init == nil {
		return e, true
	}
	var r Object
	switch len(args) {
	case 0:
		r = Call1(c.init, e)
	case 1:
		r = Call2(c.init, e, args[0])
	default:
		r = CallKw(c.init, append([]Object{e}, args...), nil)
	}
	initReturned(r)
	return e, true
}

// pythonNewOnly is t's __new__ when t is a class that instantiate would
// call it on, it is a Python function and t's __init__ is object's: nil
// otherwise.
func pythonNewOnly(t *Type) *Function {
	if t.IsSubtype(TypeType) || t.IsSubtype(BaseExceptionType) || t.Lookup("__init__") != objectInit {
		return nil
	}
	for _, m := range t.MRO {
		// instantiate's test of a builtin base.
		if m.call != nil && m.builtinBase == m && m != ObjectType && m != BaseExceptionType {
			if t.builtinBase != m || subclassable[m] {
				break
			}
			return nil
		}
	}
	switch nw := t.Lookup("__new__").(type) {
	case *StaticMethod:
		f, _ := nw.Func.(*Function)
		return f
	case *Function:
		return nw
	}
	return nil
}

// newReturned is t(args) once a Python __new__ (ctorCache.newFn)
// returned obj: obj, when its class is t (whose __init__ is object's) or
// not a subclass of t; else its class's __init__ runs.
func (t *Type) newReturned(obj Object, args []Object, kwnames []string) Object {
	if it := obj.Type(); it == t || !it.IsSubtype(t) {
		return obj
	}
	return t.initNew(obj, args, kwnames)
}

func initReturned(r Object) {
	// A type test, not r != None (an interface comparison that calls
	// the runtime's ifaceeq), inlined at the calls; the error out of
	// line.
	if _, none := r.(NoneType); !none && r != nil {
		initNotNone(r)
	}
}

func initNotNone(r Object) {
	panic(NewError(TypeErrorType, fmt.Sprintf("__init__() should return None, not '%s'", r.Type().Name)))
}

// fastNew0 is t() for a plain class whose __init__ takes only self.
func (t *Type) fastNew0() (Object, bool) {
	c := t.ctorFast()
	if c.exc {
		return c.newExc(t)
	}
	if nf := c.newFn; nf != nil && nf.f1 != nil {
		enterFrame()
		obj := nf.f1(t)
		depthLeft++
		return t.newReturned(obj, nil, nil), true
	}
	if !c.ok || c.init.f1 == nil {
		return nil, false
	}
	obj := c.alloc(t)
	enterFrame()
	r := c.init.f1(obj)
	depthLeft++
	initReturned(r)
	return obj, true
}

// fastNew1 is t(a).
func (t *Type) fastNew1(a Object) (Object, bool) {
	if t.builtinBase == t {
		if r, ok := builtinTypeNew1(t, a); ok {
			return r, true
		}
	}
	c := t.ctorFast()
	if c.ok {
		// A plain class: tested first, the common case.
		init := c.init.f2
		if init == nil {
			return nil, false
		}
		obj := c.alloc(t)
		enterFrame()
		r := init(obj, a)
		depthLeft++
		initReturned(r)
		return obj, true
	}
	if c.exc {
		return c.newExc(t, a)
	}
	if nf := c.newFn; nf != nil && nf.f2 != nil {
		enterFrame()
		obj := nf.f2(t, a)
		depthLeft++
		if obj.Type() == t {
			return obj, true
		}
		return t.newReturned(obj, []Object{a}, nil), true
	}
	return nil, false
}

// fastNew2 is t(a, b).
func (t *Type) fastNew2(a, b Object) (Object, bool) {
	c := t.ctorFast()
	if c.ok {
		// A plain class: tested first, the common case.
		init := c.init.f3
		if init == nil {
			return nil, false
		}
		obj := c.alloc(t)
		enterFrame()
		r := init(obj, a, b)
		depthLeft++
		initReturned(r)
		return obj, true
	}
	if c.exc {
		return c.newExc(t, a, b)
	}
	if nf := c.newFn; nf != nil && nf.f3 != nil {
		enterFrame()
		obj := nf.f3(t, a, b)
		depthLeft++
		if obj.Type() == t {
			return obj, true
		}
		return t.newReturned(obj, []Object{a, b}, nil), true
	}
	return nil, false
}

// fastNew3 is t(a, b, c): __init__ has four parameters, taken through its
// four-argument entry point or, without one, a slice of them.
func (t *Type) fastNew3(a, b, c3 Object) (Object, bool) {
	c := t.ctorFast()
	if c.ok {
		// A plain class: tested first, the common case.
		if f4 := c.init.f4; f4 != nil {
			obj := c.alloc(t)
			enterFrame()
			r := f4(obj, a, b, c3)
			depthLeft++
			initReturned(r)
			return obj, true
		}
	}
	if c.exc {
		return c.newExc(t, a, b, c3)
	}
	if nf := c.newFn; nf != nil && nf.f4 != nil {
		enterFrame()
		obj := nf.f4(t, a, b, c3)
		depthLeft++
		if obj.Type() == t {
			return obj, true
		}
		return t.newReturned(obj, []Object{a, b, c3}, nil), true
	}
	if !c.ok {
		return nil, false
	}
	init := c.init
	if code := init.Code; init.f4 == nil && (init.impl == nil || code.VarArgs || code.VarKw || code.NumKwOnly != 0 || code.NumPos != 4) {
		return nil, false
	}
	obj := c.alloc(t)
	enterFrame()
	var r Object
	if init.f4 != nil {
		r = init.f4(obj, a, b, c3)
	} else {
		r = init.impl([]Object{obj, a, b, c3})
	}
	depthLeft++
	initReturned(r)
	return obj, true
}

// fastNew4 is t(a, b, c, d) for a plain class whose __init__ takes self
// and four positional parameters.
func (t *Type) fastNew4(a, b, c3, d Object) (Object, bool) {
	c := t.ctorFast()
	if c.ok {
		// A plain class: tested first, the common case.
		init := c.init.f5
		if init == nil {
			return nil, false
		}
		obj := c.alloc(t)
		enterFrame()
		r := init(obj, a, b, c3, d)
		depthLeft++
		initReturned(r)
		return obj, true
	}
	if c.exc {
		return c.newExc(t, a, b, c3, d)
	}
	if nf := c.newFn; nf != nil && nf.f5 != nil {
		enterFrame()
		obj := nf.f5(t, a, b, c3, d)
		depthLeft++
		if obj.Type() == t {
			return obj, true
		}
		return t.newReturned(obj, []Object{a, b, c3, d}, nil), true
	}
	return nil, false
}
