package py

import "unsafe"

// Small methods inlined at their call sites. A def in a class body whose
// body is one `return <expr>` (or nothing) built from the receiver's
// attributes, the parameters, module globals, None/True/False and small
// int constants, one comparison, not/and/or and conditional expressions
// (translate/inline.go) is also copied into the generated site function
// of its name and arity, which runs only what cannot be seen: it reads,
// never calls, and gives up as soon as anything is not the plain case (an
// operand that is no int, bool or None, a global not where its cache
// says). A method call of such a name whose arguments are inert is
//
//	py.MethodCall0(py.MethodOfI0(o, "name", &ic, miN_name))
//
// MethodOfI0 is MethodOf0 with one more test on a hit of the site's
// method entry: when the entry's function has a copy (c.minl, noted with
// the entry only when every attribute the copy reads is a plain value of
// the entry's values shape: the entry's class gives the name no data
// descriptor and its __getattribute__ is object's, in this type epoch,
// which every class dict change and __code__ assignment moves, emptying
// the entries), the site function stands for the entry point:
//
//	func miN_name(o py.Object) py.Object {
//		c, iv := py.InlSite(o)
//		switch c.Inl() {
//		case &inlK: ...the copy, reading iv.At(c, i)...; return value
//		}
//		return c.Entry0(o)
//	}
//
// It reads the receiver's attributes at the byte offsets noted with the
// entry (moff) and, where the copy gives up, calls the entry point: the
// real call, from the start, on the recursion level MethodCall0 took
// (the copy runs only within the recursion limit, where CPython's call
// would not raise). Tracebacks never show a copy: it cannot raise.

// maxInlineAttrs is how many receiver attributes an inlined method reads.
const maxInlineAttrs = 4

// Inline is a method's inlined copy, one per def (a package variable of
// the generated code).
type Inline struct {
	// Attrs are the receiver attributes the copy reads, in the order of
	// its InstVals.At indexes.
	Attrs []string
	// g is the module namespace of the functions made from the def; a
	// second one (a module run again as a fresh instance) turns the copy
	// off (multi), since it reads the globals of the first.
	g     *Dict
	multi bool
	// seen, next: noteInline's last answers, the next to replace.
	seen [4]inlSeen
	next uint8
}

// Inlined marks f, just made from a def with an inlined copy in, as
// having it; g is the namespace its globals are read from.
func Inlined(f *Function, in *Inline, g *Dict) *Function {
	if len(in.Attrs) > maxInlineAttrs {
		return f
	}
	if in.g == nil {
		in.g = g
	} else if in.g != g {
		in.multi = true
	}
	f.inl = in
	return f
}

// G is the namespace the copy reads globals from.
func (in *Inline) G() *Dict { return in.g }

// noteInline gives the site's method entry (class t, values shape s) the
// copy in when every attribute it reads is a plain value of that shape.
// The answers for the last few (class, shape) pairs are kept with the
// copy for the type epoch: a polymorphic site replaces its entry often.
//
//go:noinline
func (c *AttrCache) noteInline(t *Type, s *dictShape, in *Inline) {
	if in.multi || in.g == nil {
		return
	}
	if e := in.lookup(t, s); e.ok {
		c.minl, c.moff = in, e.off
	}
}

// lookup is the copy's answer for instances of t whose values have shape
// s, made if not kept.
func (in *Inline) lookup(t *Type, s *dictShape) *inlSeen {
	for i := range in.seen {
		if e := &in.seen[i]; e.t == t && e.s == s && e.epoch == typeEpoch {
			return e
		}
	}
	e := &in.seen[in.next%uint8(len(in.seen))]
	in.next++
	*e = inlSeen{t: t, s: s, epoch: typeEpoch}
	for k, name := range in.Attrs {
		i := s.indexOf(name)
		if i < 0 || isDunder(name) || !t.plainName(name) {
			return e
		}
		e.off[k] = valueOffset(i)
	}
	e.ok = true
	return e
}

// inlSeen is noteInline's answer for instances of t whose values have
// shape s, in type epoch epoch: whether the copy reads them, at off.
type inlSeen struct {
	t     *Type
	s     *dictShape
	epoch uint64
	off   [maxInlineAttrs]uintptr
	ok    bool
}

// InstVals are an instance's values-mode attributes, as InlVals hands
// them to an inlined copy.
type InstVals = instValues

// inlSiteC is the site whose method entry MethodOfIN just found with an
// inlined copy, read at once by the site function it returns (under the
// GIL, as methodMissC).
var inlSiteC *AttrCache

// MethodOfI0 is MethodOf0 for a site with inlined copies: when the
// entry's method has one, the site function mi (which tries it, then
// calls the entry point) stands for the entry point.
func MethodOfI0(o Object, name string, c *AttrCache, mi func(Object) Object) (func(Object) Object, Object) {
	if methodHits(o, c) {
		if c.minl != nil {
			inlSiteC = c
			return mi, o
		}
		return *(*func(Object) Object)(unsafe.Pointer(&c.mfn)), o
	}
	methodMissName, methodMissC = name, c
	return methodMiss0, o
}

// MethodOfI1 is MethodOfI0 with one argument.
func MethodOfI1(o Object, name string, c *AttrCache, a Object, mi func(Object, Object) Object) (func(Object, Object) Object, Object, Object) {
	if methodHits(o, c) {
		if c.minl != nil {
			inlSiteC = c
			return mi, o, a
		}
		return *(*func(Object, Object) Object)(unsafe.Pointer(&c.mfn)), o, a
	}
	methodMissName, methodMissC = name, c
	return methodMiss1, o, a
}

// MethodOfI2 is MethodOfI0 with two arguments.
func MethodOfI2(o Object, name string, c *AttrCache, a, b Object, mi func(Object, Object, Object) Object) (func(Object, Object, Object) Object, Object, Object, Object) {
	if methodHits(o, c) {
		if c.minl != nil {
			inlSiteC = c
			return mi, o, a, b
		}
		return *(*func(Object, Object, Object) Object)(unsafe.Pointer(&c.mfn)), o, a, b
	}
	methodMissName, methodMissC = name, c
	return methodMiss2, o, a, b
}

// InlSite is the site a site function runs for, and o's values (o hit
// the site's method entry, whose shape is a values shape).
func InlSite(o Object) (*AttrCache, *InstVals) {
	// o is an *Instance (MethodOfIN tested it): its data word, without
	// the assertion's test.
	return inlSiteC, (*Instance)((*[2]unsafe.Pointer)(unsafe.Pointer(&o))[1]).vals
}

// Entry0 calls the site's method entry point (the recursion level
// MethodCallN took is the call's).
func (c *AttrCache) Entry0(o Object) Object {
	return (*(*func(Object) Object)(unsafe.Pointer(&c.mfn)))(o)
}

// Entry1 is Entry0 with one argument.
func (c *AttrCache) Entry1(o, a Object) Object {
	return (*(*func(Object, Object) Object)(unsafe.Pointer(&c.mfn)))(o, a)
}

// Entry2 is Entry0 with two arguments.
func (c *AttrCache) Entry2(o, a, b Object) Object {
	return (*(*func(Object, Object, Object) Object)(unsafe.Pointer(&c.mfn)))(o, a, b)
}

// Inl is the inlined copy the site's method entry has (nil: none).
func (c *AttrCache) Inl() *Inline { return c.minl }

// At is the receiver's attribute Attrs[k] of the site's copy.
func (iv *InstVals) At(c *AttrCache, k int) Object {
	return *(*Object)(unsafe.Add(unsafe.Pointer(iv), c.moff[k&(maxInlineAttrs-1)]))
}

// GlobalHit is the module global g of d when its cache entry holds (nil
// otherwise: the copy gives up, LoadGlobal would look it up).
func GlobalHit(d *Dict, g *GlobalRef) Object {
	if g.dict == d && g.ver == d.version {
		return *g.slot
	}
	return nil
}

// InlTruth is the truth of o and true when it takes no code (a bool, an
// int, None); false, false otherwise.
func InlTruth(o Object) (bool, bool) {
	// Assertions one after the other: each is one compare of the type
	// word (a type switch tests the types' hashes first).
	if v, ok := o.(Bool); ok {
		return bool(v), true
	}
	if v, ok := o.(Int); ok {
		return v != 0, true
	}
	_, ok := o.(NoneType)
	return false, ok
}

// Comparison operators of InlCmp.
const (
	InlEq = iota
	InlNe
	InlLt
	InlLe
	InlGt
	InlGe
)

// InlCmp is a op b and true for two exact ints; false, false for anything
// else (a bool too: the copy then gives up and the real call compares).
func InlCmp(a, b Object, op int) (bool, bool) {
	x, ok := a.(Int)
	if !ok {
		return false, false
	}
	y, ok := b.(Int)
	if !ok {
		return false, false
	}
	switch op {
	case InlEq:
		return x == y, true
	case InlNe:
		return x != y, true
	case InlLt:
		return x < y, true
	case InlLe:
		return x <= y, true
	case InlGt:
		return x > y, true
	}
	return x >= y, true
}
