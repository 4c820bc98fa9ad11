package py

import "unsafe"

// Method call hits. A call o.name(args) with up to two positional
// arguments that can neither run code nor fail (constants, definitely
// bound locals) is generated as
//
//	py.MethodCall1(py.MethodOf1(o, "name", &ic, a))
//
// and both halves inline, so a hit makes one call: the method's body.
// MethodOf1 is the method lookup, made once the arguments are evaluated
// (Go evaluates a call's arguments first), which such arguments cannot
// tell from CPython's lookup before them: when o is an instance of the
// class the site's entry is for and its values-mode attributes have the
// entry's shape, the entry's function is what o.name finds (the class's
// function, no instance value of that name, no __getattribute__ of its
// own: the shape entries' conditions) and its fixed-arity entry point is
// taken. The entry is set by CallMethodIC0..2 and the lookups below when
// their shape entries find a function, and emptied by a move of the type
// epoch (every change to a class dict or MRO, and an assignment of a
// function's __code__, which changes its entry points). MethodCall1 calls
// it, after MethodOf1 checked the recursion limit; anything else goes to
// the miss entry and on to CallMethodIC1.
//
// Any other call of up to four arguments is
//
//	py.LoadMethod1(o, "name", &ic).Call(a)
//
// LoadMethod1 is the lookup made before the arguments are evaluated, as
// CPython's LOAD_METHOD is: an argument that rebinds the method (C.m =
// other, or an instance attribute of that name) does not change what the
// call calls, and a failing lookup raises before the arguments run. The
// Meth1 it gives holds the entry point to call and its first argument:
// the site's method entry on a hit, else what methodLookup1 resolves as
// CallMethodIC1 would (a Python method's entry point, a builtin method's
// fixed-arity entry, or callAny1 with the attribute's value: a bound
// method, a module's function, ...). Call, which inlines, calls it.

// methodPromote is how many hits of a polymorphic entry make it the
// first entry.
const methodPromote = 32

// promote exchanges the site's first entry with e, one of its
// polymorphic entries, and starts the polymorphic entries' counts again.
//
//go:noinline
func (c *AttrCache) promote(e *methodEntry) {
	old := methodEntry{cls: c.mcls, shape: c.mshape, fn: c.mfn, inl: c.minl}
	c.mcls, c.mshape, c.mfn, c.minl = e.cls, e.shape, e.fn, nil
	if e.inl != nil && e.shape != nil {
		c.noteInline(e.cls, e.shape, e.inl)
	}
	*e = old
	for i := range c.mpoly.e {
		c.mpoly.e[i].hits = 0
	}
}

// methodMissName and methodMissC are the name and site of a missed call,
// stored just before its miss entry is called (under the GIL) and read at
// once.
var (
	methodMissName string
	methodMissC    *AttrCache
)

// methodEntry is one of a polymorphic site's further method entries:
// for instances of cls whose values-mode attributes have shape shape
// (nil: a class without __dict__), the site's method is the function
// whose entry point for the site's arity fn is, in this type epoch (the
// first entry's fields are AttrCache.mcls, mshape and mfn).
type methodEntry struct {
	cls   *Type
	shape *dictShape
	fn    unsafe.Pointer
	// inl: the method's inlined copy (nil: none), for the first entry's
	// minl when the entry takes its place; hits: the miss entries' hits
	// of it since it was made or exchanged.
	inl  *Inline
	hits uint8
}

// methodPolyN is how many entries a polymorphic site keeps besides its
// first.
const methodPolyN = 3

// methodPoly is a polymorphic site's further entries, for the classes
// after the first it calls on (richards' t.step(p) on four Task
// subclasses): the miss entries test them before the shape entries, and
// one hit methodPromote times takes the first entry's place (the first
// class a site sees may be a rare one: deltablue's run_plan), the first
// entry taking its own. The others are replaced in turn.
type methodPoly struct {
	e    [methodPolyN]methodEntry
	next uint8
}

// find is p's entry for instances of t with values shape s, nil if none.
func (p *methodPoly) find(t *Type, s *dictShape) *methodEntry {
	// Written out: no index to count and test.
	if e := &p.e[0]; e.cls == t && e.shape == s {
		return e
	}
	if e := &p.e[1]; e.cls == t && e.shape == s {
		return e
	}
	if e := &p.e[2]; e.cls == t && e.shape == s {
		return e
	}
	return nil
}

// methodSites lists the sites whose method entry is set, for the move of
// the type epoch to empty them (as slot_sites.go's lists).
var methodSites []*AttrCache

func clearMethodSites() {
	for i, c := range methodSites {
		c.mcls, c.mshape, c.mfn, c.minl = nil, nil, nil, nil
		if p := c.mpoly; p != nil {
			*p = methodPoly{}
		}
		c.mreg = false
		methodSites[i] = nil
	}
	methodSites = methodSites[:0]
}

// noteMethod gives the site an entry for instances of inst's class with
// inst's attribute shape, whose method's entry point for the site's
// arity is fn (a func value's pointer, nil: none): the first entry, else
// one of the polymorphic entries.
func (c *AttrCache) noteMethod(inst *Instance, fn unsafe.Pointer, m *Function) {
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
	if c.mcls != nil {
		if c.mcls == inst.cls && c.mshape == s {
			// The first entry's own (a call at the recursion limit).
			return
		}
		p := c.mpoly
		if p == nil {
			p = new(methodPoly)
			c.mpoly = p
		}
		var in *Inline
		if m != nil {
			in = m.inl
		}
		p.e[p.next%methodPolyN] = methodEntry{cls: inst.cls, shape: s, fn: fn, inl: in}
		p.next++
	} else {
		c.mcls, c.mshape, c.mfn, c.minl = inst.cls, s, fn, nil
		if m != nil && m.inl != nil && s != nil {
			// Out of line, so that noteMethod stays small.
			c.noteInline(inst.cls, s, m.inl)
		}
	}
	if !c.mreg {
		c.mreg = true
		methodSites = append(methodSites, c)
	}
}

// funcPtr is a func value's pointer, as stored in AttrCache.mfn.
func funcPtr[F any](f *F) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(f)) }

// methodHits reports whether o hits the site's method entry and the
// recursion limit is not reached; the entry's mfn is then set (noteMethod
// sets it with mcls). A bool, and the entry point read by the caller, so
// that a hit materializes nothing on its way (an entry point returned
// from here made MethodOf0 test it against nil again: deltablue +1.9%
// instructions).
func methodHits(o Object, c *AttrCache) bool {
	if inst, ok := o.(*Instance); ok && inst.cls == c.mcls && depthLeft > 0 {
		var s *dictShape
		if iv := inst.vals; iv != nil {
			s = iv.shape
		}
		return s == c.mshape
	}
	return false
}

// polyEntry is the site's polymorphic entry for inst, nil if none.
func (c *AttrCache) polyEntry(inst *Instance) *methodEntry {
	if p := c.mpoly; p != nil {
		return p.find(inst.cls, valuesShape(inst))
	}
	return nil
}

// valuesShape is the shape of inst's values-mode attributes, nil if none.
func valuesShape(inst *Instance) *dictShape {
	if iv := inst.vals; iv != nil {
		return iv.shape
	}
	return nil
}

// MethodOf0 is the method lookup of o.name(): the site's entry point
// when o hits its entry and the recursion limit is not reached, else the
// miss entry; with the call's receiver and arguments, for MethodCall0.
func MethodOf0(o Object, name string, c *AttrCache) (func(Object) Object, Object) {
	if methodHits(o, c) {
		return *(*func(Object) Object)(unsafe.Pointer(&c.mfn)), o
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
// polymorphic entries or shape entries has for o, called on the level
// MethodCall0 took when that level was within the recursion limit
// (depthLeft was positive before it); else CallMethodIC0, that level given
// back for the time of it.
func methodMiss0(o Object) Object {
	c := methodMissC
	if inst, ok := o.(*Instance); ok && c.mpoly != nil && depthLeft >= 0 {
		if e := c.mpoly.find(inst.cls, valuesShape(inst)); e != nil {
			f := *(*func(Object) Object)(unsafe.Pointer(&e.fn))
			if e.hits++; e.hits >= methodPromote {
				c.promote(e)
			}
			return f(o)
		}
	}
	return methodShaped0(o, c)
}

// methodShaped0 is methodMiss0 past the polymorphic entries.
func methodShaped0(o Object, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch && depthLeft >= 0 {
		t, s := inst.cls, instShape(inst)
		for i, n := 0, int(c.sh.n); i < n; i++ {
			if e := &c.sh.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
				if m := e.fn; m != nil && m.f1 != nil {
					c.noteMethod(inst, funcPtr(&m.f1), m)
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
	if methodHits(o, c) {
		return *(*func(Object, Object) Object)(unsafe.Pointer(&c.mfn)), o, a
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
// polymorphic entries or shape entries has for o, called on the level
// MethodCall1 took; else CallMethodIC1, that level given back for the
// time of it.
func methodMiss1(o Object, a Object) Object {
	c := methodMissC
	if inst, ok := o.(*Instance); ok && c.mpoly != nil && depthLeft >= 0 {
		if e := c.mpoly.find(inst.cls, valuesShape(inst)); e != nil {
			f := *(*func(Object, Object) Object)(unsafe.Pointer(&e.fn))
			if e.hits++; e.hits >= methodPromote {
				c.promote(e)
			}
			return f(o, a)
		}
	}
	return methodShaped1(o, a, c)
}

// methodShaped1 is methodMiss1 past the polymorphic entries.
func methodShaped1(o Object, a Object, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch && depthLeft >= 0 {
		t, s := inst.cls, instShape(inst)
		for i, n := 0, int(c.sh.n); i < n; i++ {
			if e := &c.sh.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
				if m := e.fn; m != nil && m.f2 != nil {
					c.noteMethod(inst, funcPtr(&m.f2), m)
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
	if methodHits(o, c) {
		return *(*func(Object, Object, Object) Object)(unsafe.Pointer(&c.mfn)), o, a, b
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
// polymorphic entries or shape entries has for o, called on the level
// MethodCall2 took; else CallMethodIC2, that level given back for the
// time of it.
func methodMiss2(o Object, a, b Object) Object {
	c := methodMissC
	if inst, ok := o.(*Instance); ok && c.mpoly != nil && depthLeft >= 0 {
		if e := c.mpoly.find(inst.cls, valuesShape(inst)); e != nil {
			f := *(*func(Object, Object, Object) Object)(unsafe.Pointer(&e.fn))
			if e.hits++; e.hits >= methodPromote {
				c.promote(e)
			}
			return f(o, a, b)
		}
	}
	return methodShaped2(o, a, b, c)
}

// methodShaped2 is methodMiss2 past the polymorphic entries.
func methodShaped2(o Object, a, b Object, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch && depthLeft >= 0 {
		t, s := inst.cls, instShape(inst)
		for i, n := 0, int(c.sh.n); i < n; i++ {
			if e := &c.sh.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
				if m := e.fn; m != nil && m.f3 != nil {
					c.noteMethod(inst, funcPtr(&m.f3), m)
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

// Meth0..Meth4 are a method found for a call of 0..4 arguments: the
// entry point f, called as f(o, args...).
type (
	Meth0 struct {
		f func(Object) Object
		o Object
	}
	Meth1 struct {
		f func(Object, Object) Object
		o Object
	}
	Meth2 struct {
		f func(Object, Object, Object) Object
		o Object
	}
	Meth3 struct {
		f func(Object, Object, Object, Object) Object
		o Object
	}
	Meth4 struct {
		f func(Object, Object, Object, Object, Object) Object
		o Object
	}
)

// MethodHit0..MethodHit4 and LoadMethod0..LoadMethod4 are the lookup of
// o.name for a call of 0..4 arguments, made before the arguments run:
// LoadMethodN(MethodHitN(o, "name", &ic)). MethodHitN gives the site's
// entry point when o hits its entry and the recursion limit is not
// reached (nil otherwise) and passes the rest on; LoadMethodN takes it,
// or else methodLookupN's. Each inlines: one function doing both would be
// over the inlining budget.
func MethodHit0(o Object, name string, c *AttrCache) (func(Object) Object, Object, string, *AttrCache) {
	var f func(Object) Object
	if methodHits(o, c) {
		f = *(*func(Object) Object)(unsafe.Pointer(&c.mfn))
	}
	return f, o, name, c
}

func LoadMethod0(f func(Object) Object, o Object, name string, c *AttrCache) Meth0 {
	if f != nil {
		return Meth0{f, o}
	}
	return methodLookup0(o, name, c)
}

func MethodHit1(o Object, name string, c *AttrCache) (func(Object, Object) Object, Object, string, *AttrCache) {
	var f func(Object, Object) Object
	if methodHits(o, c) {
		f = *(*func(Object, Object) Object)(unsafe.Pointer(&c.mfn))
	}
	return f, o, name, c
}

func LoadMethod1(f func(Object, Object) Object, o Object, name string, c *AttrCache) Meth1 {
	if f != nil {
		return Meth1{f, o}
	}
	return methodLookup1(o, name, c)
}

func MethodHit2(o Object, name string, c *AttrCache) (func(Object, Object, Object) Object, Object, string, *AttrCache) {
	var f func(Object, Object, Object) Object
	if methodHits(o, c) {
		f = *(*func(Object, Object, Object) Object)(unsafe.Pointer(&c.mfn))
	}
	return f, o, name, c
}

func LoadMethod2(f func(Object, Object, Object) Object, o Object, name string, c *AttrCache) Meth2 {
	if f != nil {
		return Meth2{f, o}
	}
	return methodLookup2(o, name, c)
}

func MethodHit3(o Object, name string, c *AttrCache) (func(Object, Object, Object, Object) Object, Object, string, *AttrCache) {
	var f func(Object, Object, Object, Object) Object
	if methodHits(o, c) {
		f = *(*func(Object, Object, Object, Object) Object)(unsafe.Pointer(&c.mfn))
	}
	return f, o, name, c
}

func LoadMethod3(f func(Object, Object, Object, Object) Object, o Object, name string, c *AttrCache) Meth3 {
	if f != nil {
		return Meth3{f, o}
	}
	return methodLookup3(o, name, c)
}

func MethodHit4(o Object, name string, c *AttrCache) (func(Object, Object, Object, Object, Object) Object, Object, string, *AttrCache) {
	var f func(Object, Object, Object, Object, Object) Object
	if methodHits(o, c) {
		f = *(*func(Object, Object, Object, Object, Object) Object)(unsafe.Pointer(&c.mfn))
	}
	return f, o, name, c
}

func LoadMethod4(f func(Object, Object, Object, Object, Object) Object, o Object, name string, c *AttrCache) Meth4 {
	if f != nil {
		return Meth4{f, o}
	}
	return methodLookup4(o, name, c)
}

// Call calls the method found, one recursion level taken for it (the
// lookup checked the limit when the entry point is a Python method's;
// callAnyN gives the level back).
func (m Meth0) Call() Object {
	depthLeft--
	r := m.f(m.o)
	depthLeft++
	return r
}

func (m Meth1) Call(a Object) Object {
	depthLeft--
	r := m.f(m.o, a)
	depthLeft++
	return r
}

func (m Meth2) Call(a, b Object) Object {
	depthLeft--
	r := m.f(m.o, a, b)
	depthLeft++
	return r
}

func (m Meth3) Call(a, b, d Object) Object {
	depthLeft--
	r := m.f(m.o, a, b, d)
	depthLeft++
	return r
}

func (m Meth4) Call(a, b, d, e Object) Object {
	depthLeft--
	r := m.f(m.o, a, b, d, e)
	depthLeft++
	return r
}

// callAny0..4 call f, an attribute's value, as Call0..4 do, the level
// MethN.Call took given back for the time of it.
func callAny0(f Object) Object {
	depthLeft++
	r := Call0(f)
	depthLeft--
	return r
}

func callAny1(f, a Object) Object {
	depthLeft++
	r := Call1(f, a)
	depthLeft--
	return r
}

func callAny2(f, a, b Object) Object {
	depthLeft++
	r := Call2(f, a, b)
	depthLeft--
	return r
}

func callAny3(f, a, b, d Object) Object {
	depthLeft++
	r := Call3(f, a, b, d)
	depthLeft--
	return r
}

func callAny4(f, a, b, d, e Object) Object {
	depthLeft++
	r := Call4(f, a, b, d, e)
	depthLeft--
	return r
}

// foundMethod is what o.name resolves to for a call: a Python function
// to call with self prepended (fn; shaped when a shape entry of the site
// found it, for o an instance), a builtin to call with self prepended
// (b), or the attribute's value (v, nil when neither of the others).
type foundMethod struct {
	fn     *Function
	b      *BuiltinFunction
	self   Object
	v      Object
	shaped bool
}

// resolveMethod looks o.name up for a call, through the site's entries in
// the order CallMethodICN tries them, without calling anything it found.
func resolveMethod(o Object, name string, c *AttrCache) foundMethod {
	if inst, ok := o.(*Instance); ok {
		// The shape entries' hit.
		if e := c.sh.find(inst.cls, instShape(inst)); e != nil && e.fn != nil {
			return foundMethod{fn: e.fn, self: o, shaped: true}
		}
	}
	if b, self := quickBuiltin(o, c); b != nil && b.entries != nil {
		return foundMethod{b: b, self: self}
	}
	switch x := o.(type) {
	case *Module:
		return foundMethod{v: moduleAttr(o, name, c)}
	case *Type:
		return foundMethod{v: classAttr(x, name, c)}
	case *Super:
		if f := superFunc(x, name, c); f != nil {
			return foundMethod{fn: f, self: x.Obj}
		}
		return foundMethod{v: methodAttr(o, name)}
	}
	if m, ok := cachedMethod(o, name, c); ok {
		return foundMethod{fn: m, self: o}
	}
	if b, ok := builtinMethodOf(o, name, c); ok {
		return foundMethod{b: b, self: o}
	}
	return foundMethod{v: methodAttr(o, name)}
}

// value is the attribute's value, for callAnyN: a bound method when a
// method was found.
func (r *foundMethod) value(o Object, name string) Object {
	switch {
	case r.v != nil:
		return r.v
	case r.fn != nil:
		return &Method{Func: r.fn, Self: r.self}
	case r.b != nil && r.b.method && r.b.Self == nil:
		// A method descriptor: bound to o.
		return GetAttr(o, name)
	}
	return r.b
}

// takes reports whether fn, found for o, is called through its entry
// point p (a func value's pointer) for the call's arity: not at the
// recursion limit, whose error the callAny path raises. A shape entry's
// find becomes the site's method entry.
func (r *foundMethod) takes(p unsafe.Pointer, c *AttrCache) bool {
	if depthLeft <= 0 {
		return false
	}
	if r.shaped {
		c.noteMethod(r.self.(*Instance), p, r.fn)
	}
	return true
}

// quickBuiltin is the builtin a site's own entries find for o, and the
// self to call it with: a builtin method's (hitType), a module's builtin
// function's (moduleAttr's entry). Nil for anything else, an instance of
// a class included.
func quickBuiltin(o Object, c *AttrCache) (*BuiltinFunction, Object) {
	switch x := o.(type) {
	case *Instance:
	case *Module:
		if d := x.Dict; x.cls == nil && c.modDict == d && c.modVer == d.version {
			if b, ok := d.entries[c.modIdx].value.(*BuiltinFunction); ok && (!b.method || b.Self != nil) {
				return b, b.Self
			}
		}
	default:
		if c.hitType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t {
			return c.builtin, o
		}
	}
	return nil, nil
}

// methodLookup0..4 are LoadMethodN past the site's method entry: first
// the function a polymorphic entry or shape entry of the site has for an
// instance, or the builtin quickBuiltin finds for anything
// else, then resolveMethod.
//
//go:noinline
func methodLookup0(o Object, name string, c *AttrCache) Meth0 {
	if inst, ok := o.(*Instance); ok {
		if e := c.polyEntry(inst); e != nil && depthLeft > 0 {
			return Meth0{*(*func(Object) Object)(unsafe.Pointer(&e.fn)), o}
		}
		if e := c.sh.find(inst.cls, instShape(inst)); e != nil {
			if m := e.fn; m != nil && m.f1 != nil && depthLeft > 0 {
				c.noteMethod(inst, funcPtr(&m.f1), m)
				return Meth0{m.f1, o}
			}
		}
	} else if b, self := quickBuiltin(o, c); b != nil && b.entries != nil && b.entries.fast0 != nil && depthLeft > 0 {
		return Meth0{b.entries.fast0, self}
	}
	r := resolveMethod(o, name, c)
	if m := r.fn; m != nil && m.f1 != nil && r.takes(funcPtr(&m.f1), c) {
		return Meth0{m.f1, r.self}
	}
	if b := r.b; b != nil && b.entries != nil && b.entries.fast0 != nil && depthLeft > 0 {
		return Meth0{b.entries.fast0, r.self}
	}
	return Meth0{callAny0, r.value(o, name)}
}

//go:noinline
func methodLookup1(o Object, name string, c *AttrCache) Meth1 {
	if inst, ok := o.(*Instance); ok {
		if e := c.polyEntry(inst); e != nil && depthLeft > 0 {
			return Meth1{*(*func(Object, Object) Object)(unsafe.Pointer(&e.fn)), o}
		}
		if e := c.sh.find(inst.cls, instShape(inst)); e != nil {
			if m := e.fn; m != nil && m.f2 != nil && depthLeft > 0 {
				c.noteMethod(inst, funcPtr(&m.f2), m)
				return Meth1{m.f2, o}
			}
		}
	} else if b, self := quickBuiltin(o, c); b != nil && b.entries != nil && b.entries.fast1 != nil && depthLeft > 0 {
		return Meth1{b.entries.fast1, self}
	}
	r := resolveMethod(o, name, c)
	if m := r.fn; m != nil && m.f2 != nil && r.takes(funcPtr(&m.f2), c) {
		return Meth1{m.f2, r.self}
	}
	if b := r.b; b != nil && b.entries != nil && b.entries.fast1 != nil && depthLeft > 0 {
		return Meth1{b.entries.fast1, r.self}
	}
	return Meth1{callAny1, r.value(o, name)}
}

//go:noinline
func methodLookup2(o Object, name string, c *AttrCache) Meth2 {
	if inst, ok := o.(*Instance); ok {
		if e := c.polyEntry(inst); e != nil && depthLeft > 0 {
			return Meth2{*(*func(Object, Object, Object) Object)(unsafe.Pointer(&e.fn)), o}
		}
		if e := c.sh.find(inst.cls, instShape(inst)); e != nil {
			if m := e.fn; m != nil && m.f3 != nil && depthLeft > 0 {
				c.noteMethod(inst, funcPtr(&m.f3), m)
				return Meth2{m.f3, o}
			}
		}
	} else if b, self := quickBuiltin(o, c); b != nil && b.entries != nil && b.entries.fast2 != nil && depthLeft > 0 {
		return Meth2{b.entries.fast2, self}
	}
	r := resolveMethod(o, name, c)
	if m := r.fn; m != nil && m.f3 != nil && r.takes(funcPtr(&m.f3), c) {
		return Meth2{m.f3, r.self}
	}
	if b := r.b; b != nil && b.entries != nil && b.entries.fast2 != nil && depthLeft > 0 {
		return Meth2{b.entries.fast2, r.self}
	}
	return Meth2{callAny2, r.value(o, name)}
}

//go:noinline
func methodLookup3(o Object, name string, c *AttrCache) Meth3 {
	if inst, ok := o.(*Instance); ok {
		if e := c.polyEntry(inst); e != nil && depthLeft > 0 {
			return Meth3{*(*func(Object, Object, Object, Object) Object)(unsafe.Pointer(&e.fn)), o}
		}
		if e := c.sh.find(inst.cls, instShape(inst)); e != nil {
			if m := e.fn; m != nil && m.f4 != nil && depthLeft > 0 {
				c.noteMethod(inst, funcPtr(&m.f4), m)
				return Meth3{m.f4, o}
			}
		}
	}
	r := resolveMethod(o, name, c)
	if m := r.fn; m != nil && m.f4 != nil && r.takes(funcPtr(&m.f4), c) {
		return Meth3{m.f4, r.self}
	}
	return Meth3{callAny3, r.value(o, name)}
}

//go:noinline
func methodLookup4(o Object, name string, c *AttrCache) Meth4 {
	if inst, ok := o.(*Instance); ok {
		if e := c.polyEntry(inst); e != nil && depthLeft > 0 {
			return Meth4{*(*func(Object, Object, Object, Object, Object) Object)(unsafe.Pointer(&e.fn)), o}
		}
		if e := c.sh.find(inst.cls, instShape(inst)); e != nil {
			if m := e.fn; m != nil && m.f5 != nil && depthLeft > 0 {
				c.noteMethod(inst, funcPtr(&m.f5), m)
				return Meth4{m.f5, o}
			}
		}
	}
	r := resolveMethod(o, name, c)
	if m := r.fn; m != nil && m.f5 != nil && r.takes(funcPtr(&m.f5), c) {
		return Meth4{m.f5, r.self}
	}
	return Meth4{callAny4, r.value(o, name)}
}

// MethV is a method found for a call of more than four arguments, by
// LoadMethodV before the arguments run.
type MethV struct{ r foundMethod }

// LoadMethodV is the lookup of o.name for a call of more than four
// arguments.
func LoadMethodV(o Object, name string, c *AttrCache) MethV {
	r := resolveMethod(o, name, c)
	if r.fn == nil && r.b == nil && r.v == nil {
		r.v = methodAttr(o, name)
	}
	return MethV{r}
}

// Call calls the method found with args. The callee gets a slice of its
// own (callMethod's, with self first, or a copy), so that args, which
// nothing keeps, stays on the caller's stack.
func (m MethV) Call(args ...Object) Object {
	r := &m.r
	switch {
	case r.fn != nil:
		return r.fn.callMethod(r.self, args)
	case r.b != nil && r.b.method && r.b.Self == nil:
		// A method descriptor: self goes first.
		full := make([]Object, len(args)+1)
		full[0] = r.self
		copy(full[1:], args)
		return r.b.Fn(full, nil)
	case r.b != nil:
		return CallKw(r.b, append([]Object(nil), args...), nil)
	}
	return CallKw(r.v, append([]Object(nil), args...), nil)
}
