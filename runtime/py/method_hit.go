package py

import "unsafe"

// Method call hits. A call o.name(args) with up to two positional
// arguments is generated as
//
//	py.MethodCall1(py.MethodOf1(o, "name", &ic, a))
//
// and both halves inline, so a hit makes one call: the method's body.
// MethodOf1 is the method lookup, made once the arguments are evaluated
// (as CallMethodIC1 made it before: Go evaluates a call's arguments
// first): when o is an instance of the class the site's entry is for and
// its values-mode attributes have the entry's shape, the entry's function
// is what o.name finds (the class's function, no instance value of that
// name, no __getattribute__ of its own: the shape entries' conditions) and
// its fixed-arity entry point is taken. The entry is set by
// CallMethodIC0..2 when their shape entries find a function, and emptied
// by a move of the type epoch (every change to a class dict or MRO, and an
// assignment of a function's __code__, which changes its entry points).
// MethodCall1 calls it, after MethodOf1 checked the recursion limit;
// anything else goes to the miss entry and on to CallMethodIC1. (Three and
// four arguments stay with CallMethodIC3/4: their MethodOf would not
// inline.)

// methodMissName and methodMissC are the name and site of a missed call,
// stored just before its miss entry is called (under the GIL) and read at
// once.
var (
	methodMissName string
	methodMissC    *AttrCache
)

// methodSites lists the sites whose method entry is set, for the move of
// the type epoch to empty them (as slot_sites.go's lists).
var methodSites []*AttrCache

func clearMethodSites() {
	for i, c := range methodSites {
		c.mcls, c.mshape, c.mfn, c.mreg = nil, nil, nil, false
		methodSites[i] = nil
	}
	methodSites = methodSites[:0]
}

// noteMethod gives the site the entry for instances of inst's class with
// inst's attribute shape, whose method's entry point for the site's
// arity is fn (a func value's pointer, nil: none). A site calling on
// instances of several classes keeps its entry until it has missed for a
// while.
func (c *AttrCache) noteMethod(inst *Instance, fn unsafe.Pointer) {
	if c.mcls != nil && c.mmiss < 32 {
		c.mmiss++
		return
	}
	var s *dictShape
	if iv := inst.vals; iv != nil {
		s = iv.shape
	} else if !inst.cls.noDict {
		// A dict object (shapeless, or one whose shape the entry could
		// not tell from a class without a __dict__).
		return
	}
	if fn == nil {
		return
	}
	c.mcls, c.mshape, c.mfn, c.mmiss = inst.cls, s, fn, 0
	if !c.mreg {
		c.mreg = true
		methodSites = append(methodSites, c)
	}
}

// funcPtr is a func value's pointer, as stored in AttrCache.mfn.
func funcPtr[F any](f *F) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(f)) }

// methodEntry is the site's entry point for o, nil when o misses the
// entry (F is the site's entry point type).
func methodEntry[F any](o Object, c *AttrCache) (f F) {
	if inst, ok := o.(*Instance); ok && inst.cls == c.mcls {
		var s *dictShape
		if iv := inst.vals; iv != nil {
			s = iv.shape
		}
		if s == c.mshape {
			f = *(*F)(unsafe.Pointer(&c.mfn))
		}
	}
	return f
}

// MethodOf0 is the method lookup of o.name(): the site's entry point
// when o hits its entry and the recursion limit is not reached, else the
// miss entry; with the call's receiver and arguments, for MethodCall0.
func MethodOf0(o Object, name string, c *AttrCache) (func(Object) Object, Object) {
	if f := methodEntry[func(Object) Object](o, c); f != nil && depthLeft > 0 {
		return f, o
	}
	methodMissName, methodMissC = name, c
	return methodMiss0, o
}

// MethodCall0 is o.name(): MethodCall0(MethodOf0(o, "name", &ic)).
func MethodCall0(f func(Object) Object, o Object) Object {
	depthLeft--
	r := f(o)
	depthLeft++
	return r
}

// methodMiss0 is MethodOf0's miss entry: the method one of the site's
// shape entries has for o (a polymorphic site's), called on the level
// MethodCall0 took when that level was within the recursion limit
// (depthLeft was positive before it); else CallMethodIC0, that level given
// back for the time of it.
func methodMiss0(o Object) Object {
	c := methodMissC
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch && depthLeft >= 0 {
		t, s := inst.cls, instShape(inst)
		for i, n := 0, int(c.sh.n); i < n; i++ {
			if e := &c.sh.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
				if m := e.fn; m != nil && m.f1 != nil {
					c.noteMethod(inst, funcPtr(&m.f1))
					return m.f1(o)
				}
				break
			}
		}
	}
	return methodMissCall0(o, c)
}

// methodMissCall0 is methodMiss0 past the shape entries (apart, so
// that their path spills nothing): a builtin method's entry
// (AttrCache.hitType), as CallMethodIC0 takes it first, else
// CallMethodIC0; the level MethodCall0 took given back for the time of
// it.
//
//go:noinline
func methodMissCall0(o Object, c *AttrCache) Object {
	name := methodMissName
	depthLeft++
	var r Object
	if e := c.builtin; c.hitType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t && e.entries != nil && e.entries.fast0 != nil {
		r = e.entries.fast0(o)
	} else {
		r = CallMethodIC0(o, name, c)
	}
	depthLeft--
	return r
}

// MethodOf1 is the method lookup of o.name(a): the site's entry point
// when o hits its entry and the recursion limit is not reached, else the
// miss entry; with the call's receiver and arguments, for MethodCall1.
func MethodOf1(o Object, name string, c *AttrCache, a Object) (func(Object, Object) Object, Object, Object) {
	if f := methodEntry[func(Object, Object) Object](o, c); f != nil && depthLeft > 0 {
		return f, o, a
	}
	methodMissName, methodMissC = name, c
	return methodMiss1, o, a
}

// MethodCall1 is o.name(a): MethodCall1(MethodOf1(o, "name", &ic, a)).
func MethodCall1(f func(Object, Object) Object, o Object, a Object) Object {
	depthLeft--
	r := f(o, a)
	depthLeft++
	return r
}

// methodMiss1 is MethodOf1's miss entry: the method one of the site's
// shape entries has for o (a polymorphic site's), called on the level
// MethodCall1 took; else CallMethodIC1, that level given back for the
// time of it.
func methodMiss1(o Object, a Object) Object {
	c := methodMissC
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch && depthLeft >= 0 {
		t, s := inst.cls, instShape(inst)
		for i, n := 0, int(c.sh.n); i < n; i++ {
			if e := &c.sh.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
				if m := e.fn; m != nil && m.f2 != nil {
					c.noteMethod(inst, funcPtr(&m.f2))
					return m.f2(o, a)
				}
				break
			}
		}
	}
	return methodMissCall1(o, c, a)
}

// methodMissCall1 is methodMiss1 past the shape entries (apart, so
// that their path spills nothing): a builtin method's entry
// (AttrCache.hitType), as CallMethodIC1 takes it first, else
// CallMethodIC1; the level MethodCall1 took given back for the time of
// it.
//
//go:noinline
func methodMissCall1(o Object, c *AttrCache, a Object) Object {
	name := methodMissName
	depthLeft++
	var r Object
	if e := c.builtin; c.hitType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t && e.entries != nil && e.entries.fast1 != nil {
		r = e.entries.fast1(o, a)
	} else {
		r = CallMethodIC1(o, name, c, a)
	}
	depthLeft--
	return r
}

// MethodOf2 is the method lookup of o.name(a, b): the site's entry point
// when o hits its entry and the recursion limit is not reached, else the
// miss entry; with the call's receiver and arguments, for MethodCall2.
func MethodOf2(o Object, name string, c *AttrCache, a, b Object) (func(Object, Object, Object) Object, Object, Object, Object) {
	if f := methodEntry[func(Object, Object, Object) Object](o, c); f != nil && depthLeft > 0 {
		return f, o, a, b
	}
	methodMissName, methodMissC = name, c
	return methodMiss2, o, a, b
}

// MethodCall2 is o.name(a, b): MethodCall2(MethodOf2(o, "name", &ic, a, b)).
func MethodCall2(f func(Object, Object, Object) Object, o Object, a, b Object) Object {
	depthLeft--
	r := f(o, a, b)
	depthLeft++
	return r
}

// methodMiss2 is MethodOf2's miss entry: the method one of the site's
// shape entries has for o (a polymorphic site's), called on the level
// MethodCall2 took; else CallMethodIC2, that level given back for the
// time of it.
func methodMiss2(o Object, a, b Object) Object {
	c := methodMissC
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch && depthLeft >= 0 {
		t, s := inst.cls, instShape(inst)
		for i, n := 0, int(c.sh.n); i < n; i++ {
			if e := &c.sh.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
				if m := e.fn; m != nil && m.f3 != nil {
					c.noteMethod(inst, funcPtr(&m.f3))
					return m.f3(o, a, b)
				}
				break
			}
		}
	}
	return methodMissCall2(o, c, a, b)
}

// methodMissCall2 is methodMiss2 past the shape entries (apart, so
// that their path spills nothing): a builtin method's entry
// (AttrCache.hitType), as CallMethodIC2 takes it first, else
// CallMethodIC2; the level MethodCall2 took given back for the time of
// it.
//
//go:noinline
func methodMissCall2(o Object, c *AttrCache, a, b Object) Object {
	name := methodMissName
	depthLeft++
	var r Object
	if e := c.builtin; c.hitType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t && e.entries != nil && e.entries.fast2 != nil {
		r = e.entries.fast2(o, a, b)
	} else {
		r = CallMethodIC2(o, name, c, a, b)
	}
	depthLeft--
	return r
}
