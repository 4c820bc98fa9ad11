package py

import "unsafe"

// Float-returning methods. A method whose returns are float arithmetic
// (`def dot(self, o): return self.x * o.x + self.y * o.y`) has its body
// as a Go function returning a TypedFloat (translate/floatmeth.go); the
// function object's entry point is FloatMethodN's wrapper, which boxes.
// A call of such a method's name in float code is
//
//	py.LoadFMeth1(o, "dot", &ic).CallF(a)
//
// LoadFMeth1 is the lookup, made before the arguments as LOAD_METHOD's:
// while o is an instance of the class, with the attribute shape, that the
// site saw call a float body, in the same type epoch, the float body is
// taken and its float stays unboxed; anything else is the method call
// LoadMethod1 makes (a subclass's override, a rebound method, an instance
// attribute of that name, a __code__ assignment: all move the epoch, miss
// the class or the shape, or give another entry point), its result
// carried in the TypedFloat.

// floatBodies maps the entry point FloatMethodN made (its func value's
// pointer, as AttrCache.mfn holds it) to its float body's.
var floatBodies = map[unsafe.Pointer]unsafe.Pointer{}

// FloatMethod0 notes fm as the body of code (tracebacks) and returns the
// function object's entry point: fm's result boxed.
func FloatMethod0(code *Code, fm func(Object) TypedFloat) func(Object) Object {
	code.noteBody(fm)
	w := func(a Object) Object { return fm(a).Box() }
	floatBodies[funcPtr(&w)] = funcPtr(&fm)
	return w
}

// FloatMethod1 is FloatMethod0 for a method of one argument.
func FloatMethod1(code *Code, fm func(Object, Object) TypedFloat) func(Object, Object) Object {
	code.noteBody(fm)
	w := func(a, b Object) Object { return fm(a, b).Box() }
	floatBodies[funcPtr(&w)] = funcPtr(&fm)
	return w
}

// FloatMethod2 is FloatMethod0 for a method of two arguments.
func FloatMethod2(code *Code, fm func(Object, Object, Object) TypedFloat) func(Object, Object, Object) Object {
	code.noteBody(fm)
	w := func(a, b, c Object) Object { return fm(a, b, c).Box() }
	floatBodies[funcPtr(&w)] = funcPtr(&fm)
	return w
}

// FMethCache is a float method call site: the method call's own cache and
// the float body's entry (class, attribute shape, body), which a move of
// the type epoch empties (fmethSites lists the sites whose entry is set).
type FMethCache struct {
	AttrCache
	fcls   *Type
	fshape *dictShape
	fbody  unsafe.Pointer
	freg   bool
}

var fmethSites []*FMethCache

func clearFMethSites() {
	for i, c := range fmethSites {
		c.fcls, c.fshape, c.fbody, c.freg = nil, nil, nil, false
		fmethSites[i] = nil
	}
	fmethSites = fmethSites[:0]
}

// floatBody is the site's float body for o (F its type), nil on a miss or
// at the recursion limit.
func floatBody[F any](o Object, c *FMethCache) (f F) {
	if inst, ok := o.(*Instance); ok && inst.cls == c.fcls && depthLeft > 0 {
		var s *dictShape
		if iv := inst.vals; iv != nil {
			s = iv.shape
		}
		if s == c.fshape {
			f = *(*F)(unsafe.Pointer(&c.fbody))
		}
	}
	return f
}

// siteEntry is the entry point of the method call site c when o hits
// its entry (o's class and attribute shape), nil otherwise; unlike
// methodHits it does not look at the recursion limit.
func siteEntry[F any](o Object, c *AttrCache) (f F) {
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

// noteFloatBody gives the site the float body of the entry point the
// method call's own cache now has for o, when that is a float method's
// (mfn: the entry point's pointer), and reports that body.
func (c *FMethCache) noteFloatBody(o Object, mfn unsafe.Pointer) unsafe.Pointer {
	if mfn == nil || depthLeft <= 0 {
		return nil
	}
	fb := floatBodies[mfn]
	if fb == nil {
		return nil
	}
	inst := o.(*Instance) // siteEntry hit: an instance
	var s *dictShape
	if iv := inst.vals; iv != nil {
		s = iv.shape
	}
	c.fcls, c.fshape, c.fbody = inst.cls, s, fb
	if !c.freg {
		c.freg = true
		fmethSites = append(fmethSites, c)
	}
	return fb
}

// fmethMissName and fmethMissC are the name and site of a missed
// FMethOfN, stored just before its miss entry is called and read at once
// (methodMissName's way).
var (
	fmethMissName string
	fmethMissC    *FMethCache
)

// FMeth0..FMeth2 are a float method call looked up: the float body f
// on o, or (f nil) the method call's entry point g on o.
type (
	FMeth0 struct {
		f func(Object) TypedFloat
		g func(Object) Object
		o Object
	}
	FMeth1 struct {
		f func(Object, Object) TypedFloat
		g func(Object, Object) Object
		o Object
	}
	FMeth2 struct {
		f func(Object, Object, Object) TypedFloat
		g func(Object, Object, Object) Object
		o Object
	}
)

// FMethHit0 tests the site's float body for o.name() (see above);
// LoadFMeth0 takes it or looks the method up: two functions, as
// MethodHit0 and LoadMethod0 are, so that both inline.
func FMethHit0(o Object, name string, c *FMethCache) (func(Object) TypedFloat, Object, string, *FMethCache) {
	return floatBody[func(Object) TypedFloat](o, c), o, name, c
}

func LoadFMeth0(f func(Object) TypedFloat, o Object, name string, c *FMethCache) FMeth0 {
	if f != nil {
		return FMeth0{f: f, o: o}
	}
	return loadFMeth0(o, name, c)
}

//go:noinline
func loadFMeth0(o Object, name string, c *FMethCache) FMeth0 {
	m := LoadMethod0(MethodHit0(o, name, &c.AttrCache))
	if e := siteEntry[func(Object) Object](o, &c.AttrCache); e != nil && funcPtr(&e) == funcPtr(&m.f) && m.o == o {
		if fb := c.noteFloatBody(o, funcPtr(&e)); fb != nil {
			return FMeth0{f: *(*func(Object) TypedFloat)(unsafe.Pointer(&fb)), o: o}
		}
	}
	return FMeth0{g: m.f, o: m.o}
}

// CallF calls the method looked up, its result as a TypedFloat.
func (m FMeth0) CallF() TypedFloat {
	if m.f == nil {
		return fmethCall0(m.g, m.o)
	}
	depthLeft--
	r := m.f(m.o)
	depthLeft++
	return r
}

//go:noinline
func fmethCall0(g func(Object) Object, o Object) TypedFloat {
	return ToF(Meth0{g, o}.Call())
}

// FMethHit1 tests the site's float body for o.name(a) (see above);
// LoadFMeth1 takes it or looks the method up: two functions, as
// MethodHit1 and LoadMethod1 are, so that both inline.
func FMethHit1(o Object, name string, c *FMethCache) (func(Object, Object) TypedFloat, Object, string, *FMethCache) {
	return floatBody[func(Object, Object) TypedFloat](o, c), o, name, c
}

func LoadFMeth1(f func(Object, Object) TypedFloat, o Object, name string, c *FMethCache) FMeth1 {
	if f != nil {
		return FMeth1{f: f, o: o}
	}
	return loadFMeth1(o, name, c)
}

//go:noinline
func loadFMeth1(o Object, name string, c *FMethCache) FMeth1 {
	m := LoadMethod1(MethodHit1(o, name, &c.AttrCache))
	if e := siteEntry[func(Object, Object) Object](o, &c.AttrCache); e != nil && funcPtr(&e) == funcPtr(&m.f) && m.o == o {
		if fb := c.noteFloatBody(o, funcPtr(&e)); fb != nil {
			return FMeth1{f: *(*func(Object, Object) TypedFloat)(unsafe.Pointer(&fb)), o: o}
		}
	}
	return FMeth1{g: m.f, o: m.o}
}

// CallF calls the method looked up, its result as a TypedFloat.
func (m FMeth1) CallF(a Object) TypedFloat {
	if m.f == nil {
		return fmethCall1(m.g, m.o, a)
	}
	depthLeft--
	r := m.f(m.o, a)
	depthLeft++
	return r
}

//go:noinline
func fmethCall1(g func(Object, Object) Object, o Object, a Object) TypedFloat {
	return ToF(Meth1{g, o}.Call(a))
}

// FMethHit2 tests the site's float body for o.name(a, b) (see above);
// LoadFMeth2 takes it or looks the method up: two functions, as
// MethodHit2 and LoadMethod2 are, so that both inline.
func FMethHit2(o Object, name string, c *FMethCache) (func(Object, Object, Object) TypedFloat, Object, string, *FMethCache) {
	return floatBody[func(Object, Object, Object) TypedFloat](o, c), o, name, c
}

func LoadFMeth2(f func(Object, Object, Object) TypedFloat, o Object, name string, c *FMethCache) FMeth2 {
	if f != nil {
		return FMeth2{f: f, o: o}
	}
	return loadFMeth2(o, name, c)
}

//go:noinline
func loadFMeth2(o Object, name string, c *FMethCache) FMeth2 {
	m := LoadMethod2(MethodHit2(o, name, &c.AttrCache))
	if e := siteEntry[func(Object, Object, Object) Object](o, &c.AttrCache); e != nil && funcPtr(&e) == funcPtr(&m.f) && m.o == o {
		if fb := c.noteFloatBody(o, funcPtr(&e)); fb != nil {
			return FMeth2{f: *(*func(Object, Object, Object) TypedFloat)(unsafe.Pointer(&fb)), o: o}
		}
	}
	return FMeth2{g: m.f, o: m.o}
}

// CallF calls the method looked up, its result as a TypedFloat.
func (m FMeth2) CallF(a, b Object) TypedFloat {
	if m.f == nil {
		return fmethCall2(m.g, m.o, a, b)
	}
	depthLeft--
	r := m.f(m.o, a, b)
	depthLeft++
	return r
}

//go:noinline
func fmethCall2(g func(Object, Object, Object) Object, o Object, a, b Object) TypedFloat {
	return ToF(Meth2{g, o}.Call(a, b))
}

// FMethOf0 is the lookup of o.name() in float code whose arguments
// cannot tell it from a lookup before them (MethodOf0's case): the
// site's float body, else the miss entry; FMethCall0 calls it. Both
// inline.
func FMethOf0(o Object, name string, c *FMethCache) (func(Object) TypedFloat, Object) {
	if f := floatBody[func(Object) TypedFloat](o, c); f != nil {
		return f, o
	}
	fmethMissName, fmethMissC = name, c
	return fmethMiss0, o
}

func FMethCall0(f func(Object) TypedFloat, o Object) TypedFloat {
	depthLeft--
	r := f(o)
	depthLeft++
	return r
}

// fmethMiss0 is FMethOf0's miss entry, called on the level FMethCall0
// took: the float body the lookup finds runs on it, a method call is made
// with that level given back for the time of it.
func fmethMiss0(o Object) TypedFloat {
	name, c := fmethMissName, fmethMissC
	depthLeft++
	m := loadFMeth0(o, name, c)
	depthLeft--
	if m.f != nil {
		return m.f(o)
	}
	depthLeft++
	r := ToF(Meth0{m.g, m.o}.Call())
	depthLeft--
	return r
}

// FMethOf1 is the lookup of o.name(a) in float code whose arguments
// cannot tell it from a lookup before them (MethodOf1's case): the
// site's float body, else the miss entry; FMethCall1 calls it. Both
// inline.
func FMethOf1(o Object, name string, c *FMethCache, a Object) (func(Object, Object) TypedFloat, Object, Object) {
	if f := floatBody[func(Object, Object) TypedFloat](o, c); f != nil {
		return f, o, a
	}
	fmethMissName, fmethMissC = name, c
	return fmethMiss1, o, a
}

func FMethCall1(f func(Object, Object) TypedFloat, o Object, a Object) TypedFloat {
	depthLeft--
	r := f(o, a)
	depthLeft++
	return r
}

// fmethMiss1 is FMethOf1's miss entry, called on the level FMethCall1
// took: the float body the lookup finds runs on it, a method call is made
// with that level given back for the time of it.
func fmethMiss1(o Object, a Object) TypedFloat {
	name, c := fmethMissName, fmethMissC
	depthLeft++
	m := loadFMeth1(o, name, c)
	depthLeft--
	if m.f != nil {
		return m.f(o, a)
	}
	depthLeft++
	r := ToF(Meth1{m.g, m.o}.Call(a))
	depthLeft--
	return r
}

// FMethOf2 is the lookup of o.name(a, b) in float code whose arguments
// cannot tell it from a lookup before them (MethodOf2's case): the
// site's float body, else the miss entry; FMethCall2 calls it. Both
// inline.
func FMethOf2(o Object, name string, c *FMethCache, a, b Object) (func(Object, Object, Object) TypedFloat, Object, Object, Object) {
	if f := floatBody[func(Object, Object, Object) TypedFloat](o, c); f != nil {
		return f, o, a, b
	}
	fmethMissName, fmethMissC = name, c
	return fmethMiss2, o, a, b
}

func FMethCall2(f func(Object, Object, Object) TypedFloat, o Object, a, b Object) TypedFloat {
	depthLeft--
	r := f(o, a, b)
	depthLeft++
	return r
}

// fmethMiss2 is FMethOf2's miss entry, called on the level FMethCall2
// took: the float body the lookup finds runs on it, a method call is made
// with that level given back for the time of it.
func fmethMiss2(o Object, a, b Object) TypedFloat {
	name, c := fmethMissName, fmethMissC
	depthLeft++
	m := loadFMeth2(o, name, c)
	depthLeft--
	if m.f != nil {
		return m.f(o, a, b)
	}
	depthLeft++
	r := ToF(Meth2{m.g, m.o}.Call(a, b))
	depthLeft--
	return r
}
