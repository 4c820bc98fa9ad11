package py

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
