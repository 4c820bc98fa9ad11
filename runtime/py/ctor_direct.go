package py

import "unsafe"

// Calls of a name the module binds to a class (`Vec(x, y)`: the
// translator emits New1..4 for a call of a global name a module-level
// class statement binds, with 1-4 positional arguments). When the value
// is a class whose ctorCache, for the current type epoch, has a direct
// store-only __init__ plan for that many arguments (ctorCache.direct),
// the instance is made here with the arguments in it, as initPlan.new1..4
// would make it, without CallN's type switch and the lookups between it
// and the plan. Anything else, the name rebound included, is CallN.
// At the recursion limit CallN runs the real __init__ (and raises).

// New1 is f(a) at such a call.
func New1(f, a Object) Object {
	if t, ok := f.(*Type); ok {
		if c := t.ctor; c != nil && c.epoch == typeEpoch && c.direct == 1 && depthLeft > 0 {
			if c.kind == planChunk {
				x := slotChunks1.next()
				x.in.cls, x.in.slots = t, &x.v[0]
				x.v[0] = a
				return &x.in
			}
			if t.dictRoom == 1 {
				x := &struct {
					in Instance
					ivBlock[[1]Object]
				}{}
				x.in.cls, x.in.vals = t, &x.iv
				x.iv.shape, x.iv.n, x.iv.room = c.shape, 1, 1
				x.v[0] = a
				return &x.in
			}
		}
	}
	return Call1(f, a)
}

// New2 is f(a, b) at such a call.
func New2(f, a, b Object) Object {
	if t, ok := f.(*Type); ok {
		if c := t.ctor; c != nil && c.epoch == typeEpoch && c.direct == 2 && depthLeft > 0 {
			if c.kind == planChunk {
				x := slotChunks2.next()
				x.in.cls, x.in.slots = t, &x.v[0]
				x.v[0], x.v[1] = a, b
				return &x.in
			}
			if t.dictRoom == 2 {
				x := &struct {
					in Instance
					ivBlock[[2]Object]
				}{}
				x.in.cls, x.in.vals = t, &x.iv
				x.iv.shape, x.iv.n, x.iv.room = c.shape, 2, 2
				x.v[0], x.v[1] = a, b
				return &x.in
			}
		}
	}
	return Call2(f, a, b)
}

// New3 is f(a, b, c) at such a call.
func New3(f, a, b, c Object) Object {
	if t, ok := f.(*Type); ok {
		if cc := t.ctor; cc != nil && cc.epoch == typeEpoch && cc.direct == 3 && depthLeft > 0 {
			if cc.kind == planChunk {
				x := slotChunks3.next()
				x.in.cls, x.in.slots = t, &x.v[0]
				x.v[0], x.v[1], x.v[2] = a, b, c
				return &x.in
			}
			if t.dictRoom == 3 {
				x := &struct {
					in Instance
					ivBlock[[3]Object]
				}{}
				x.in.cls, x.in.vals = t, &x.iv
				x.iv.shape, x.iv.n, x.iv.room = cc.shape, 3, 3
				x.v[0], x.v[1], x.v[2] = a, b, c
				return &x.in
			}
		}
	}
	return Call3(f, a, b, c)
}

// New4 is f(a, b, c, d) at such a call.
func New4(f, a, b, c, d Object) Object {
	if t, ok := f.(*Type); ok {
		if cc := t.ctor; cc != nil && cc.epoch == typeEpoch && cc.direct == 4 && depthLeft > 0 {
			if cc.kind == planChunk {
				x := slotChunks4.next()
				x.in.cls, x.in.slots = t, &x.v[0]
				x.v[0], x.v[1], x.v[2], x.v[3] = a, b, c, d
				return &x.in
			}
			if t.dictRoom == 4 {
				x := &struct {
					in Instance
					ivBlock[[4]Object]
				}{}
				x.in.cls, x.in.vals = t, &x.iv
				x.iv.shape, x.iv.n, x.iv.room = cc.shape, 4, 4
				x.v[0], x.v[1], x.v[2], x.v[3] = a, b, c, d
				return &x.in
			}
		}
	}
	return Call4(f, a, b, c, d)
}

// NewF2 and NewF3 are New2 and New3 for arguments that are float
// arithmetic's results (TypedFloat, the translator's floatCtorArgs) and a
// class whose body sets __slots__: when its instances are slots from a
// chunk, they are made with the floats in the instance's own allocation
// (slotInstF2/3), which spares boxing each. (A values-mode instance's
// floats are boxed: one weakly referenced must die when nothing refers to
// it, a float taken from it included.) Nothing can tell where a float lives (boxes are never
// written; `is` compares floats by value) nor when such an instance dies
// (no weak reference, no __del__), so a float that outlives its instance
// keeping it alive costs only memory. Anything else boxes them and is
// New2/New3.

// floatAt is the Float Object whose value is *p (never written after).
func floatAt(p *float64) Object {
	var o Object
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&o)) = [2]unsafe.Pointer{floatBoxes.tab, unsafe.Pointer(p)}
	return o
}

// set is x as the value at *v, its float kept at *p when unboxed.
func (x TypedFloat) set(v *Object, p *float64) {
	if x.o == nil {
		*p = x.f
		*v = floatAt(p)
		return
	}
	*v = x.o
}

func NewF2(f Object, a, b TypedFloat) Object {
	if t, ok := f.(*Type); ok {
		if c := t.ctor; c != nil && c.epoch == typeEpoch && c.direct == 2 && depthLeft > 0 && c.kind == planChunk {
			x := slotFChunks2.next()
			x.in.cls, x.in.slots = t, &x.v[0]
			a.set(&x.v[0], &x.f[0])
			b.set(&x.v[1], &x.f[1])
			return &x.in
		}
	}
	return New2(f, a.Box(), b.Box())
}

func NewF3(f Object, a, b, c TypedFloat) Object {
	if t, ok := f.(*Type); ok {
		if cc := t.ctor; cc != nil && cc.epoch == typeEpoch && cc.direct == 3 && depthLeft > 0 && cc.kind == planChunk {
			x := slotFChunks3.next()
			x.in.cls, x.in.slots = t, &x.v[0]
			a.set(&x.v[0], &x.f[0])
			b.set(&x.v[1], &x.f[1])
			c.set(&x.v[2], &x.f[2])
			return &x.in
		}
	}
	return New3(f, a.Box(), b.Box(), c.Box())
}

type (
	slotInstF2 struct {
		in Instance
		v  [2]Object
		f  [2]float64
	}
	slotInstF3 struct {
		in Instance
		v  [3]Object
		f  [3]float64
	}
)

var (
	slotFChunks2 = instChunk[slotInstF2]{pos: instChunkLen}
	slotFChunks3 = instChunk[slotInstF3]{pos: instChunkLen}
)
