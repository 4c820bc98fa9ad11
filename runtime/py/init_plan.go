package py

import "unsafe"

// Store-only __init__s. The translator marks an __init__ whose body does
// nothing but store its parameters into self's attributes (`self.x = x`,
// Code.InitStores). Calling a plain class (ctor_fast.go) whose __init__
// is such a function writes the arguments into the new instance itself,
// without calling __init__, when the stores could not do anything else:
// the class's stores are plain (plainSets: object's __setattr__, no data
// descriptor on the names) and the instance is fresh in values mode with
// room for them, or every name is a __slots__ value of the class itself.
// The plan is made with the class's ctorCache, so any change to a class
// dict, and a __code__ assignment, which moves the type epoch, makes it
// again. Nothing the body does can raise or run code; the one thing the
// call could do besides, a RecursionError at the recursion limit, is left
// to the real call (depthLeft is tested).

// InitStore is one statement of a store-only __init__: self.Attr = the
// parameter at index Param of Code.Params (1 is the first after self).
type InitStore struct {
	Attr  string
	Param int
}

// maxInitStores is the most stores a plan takes: the most values a
// values-mode instance is made with room for.
const maxInitStores = 8

// initPlan is what a store-only __init__ does to a new instance of one
// class.
type initPlan struct {
	n int32
	// arg is each store's argument (0: the first after self).
	arg [maxInitStores]uint8
	// shape is the instance's shape after the stores, for values mode;
	// nil when the stores go to slots.
	shape *dictShape
	// slot is each store's slot (1-based, slotOf) when shape is nil.
	slot [maxInitStores]int32
	// kind is the instances new1..4 make themselves (planAlloc: none).
	kind planKind
}

type planKind uint8

const (
	planAlloc  planKind = iota
	planValues          // newPlainInstance's values mode
	planChunk           // chunkAllocator's slots
)

// newInitPlan is the plan of init for t's instances (nil: none).
func newInitPlan(t *Type, init *Function) *initPlan {
	stores := init.Code.root().InitStores
	if len(stores) == 0 || len(stores) > maxInitStores {
		return nil
	}
	p := &initPlan{n: int32(len(stores))}
	seen := map[string]bool{}
	for i, s := range stores {
		if s.Param < 1 || s.Param > 4 || seen[s.Attr] || isDunder(s.Attr) {
			return nil
		}
		seen[s.Attr] = true
		p.arg[i] = uint8(s.Param - 1)
	}
	if t.Lookup("__setattr__") != objectSetattr() {
		return nil
	}
	if gs, ok := t.Lookup(stores[0].Attr).(*GetSetDescriptor); ok && gs.Set != nil && slotOf(gs, t) > 0 {
		for i, s := range stores {
			gs, ok := t.Lookup(s.Attr).(*GetSetDescriptor)
			if !ok || gs.Set == nil {
				return nil
			}
			if p.slot[i] = slotOf(gs, t); p.slot[i] == 0 {
				return nil
			}
		}
		if chunkAllocator(t) != nil && t.nslots == int(p.n) && p.ordered(func(i int) bool { return p.slot[i] == int32(i)+1 }) {
			p.kind = planChunk
		}
		return p
	}
	if t.noDict || !t.plainSets() {
		return nil
	}
	sh := emptyShape
	for _, s := range stores {
		if sh = sh.child(s.Attr); sh == nil {
			return nil
		}
	}
	p.shape = sh
	if objectAllocated(t) && p.ordered(func(int) bool { return true }) {
		p.kind = planValues
	}
	// What the stores' sites would learn from the first instance
	// (setAttrICShaped): its instances are made with room for them.
	if n := uint8(p.n); n > t.dictRoom {
		t.dictRoom = n
	}
	return p
}

// objectAllocated reports whether t's instances are newPlainInstance's:
// no class of its MRO but object has an allocator of its own.
func objectAllocated(t *Type) bool {
	for _, m := range t.MRO {
		if m != ObjectType && m.newInstance != nil {
			return false
		}
	}
	return true
}

// ordered reports whether each store i takes argument i into the place
// at that index (at(i)), with the parameters besides self all stored.
func (p *initPlan) ordered(at func(i int) bool) bool {
	for i := 0; i < int(p.n); i++ {
		if p.arg[i] != uint8(i) || !at(i) {
			return false
		}
	}
	return true
}

// new1..new4 are the instance a call of that many arguments makes, when
// the plan's stores take them in order into a fresh instance made here:
// values mode with room for exactly them (newPlainInstance's, the class's
// dictRoom being that), or a class's 1-4 slots from a chunk
// (chunkAllocator's). Nil otherwise (alloc, then run). A plan's __init__
// takes as many arguments as the call gives (the fixed-arity entry the
// call found), so an inOrder plan of that many stores stores them all.
func (p *initPlan) new1(t *Type, a Object) Object {
	if p.n != 1 || depthLeft <= 0 {
		return nil
	}
	switch p.kind {
	case planValues:
		if t.dictRoom == 1 {
			x := &struct {
				in Instance
				ivBlock[[1]Object]
			}{}
			x.in.cls, x.in.vals = t, &x.iv
			x.iv.shape, x.iv.n, x.iv.room = p.shape, 1, 1
			x.v[0] = a
			return &x.in
		}
	case planChunk:
		x := slotChunks1.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		x.v[0] = a
		return &x.in
	}
	return nil
}

func (p *initPlan) new2(t *Type, a, b Object) Object {
	if p.n != 2 || depthLeft <= 0 {
		return nil
	}
	switch p.kind {
	case planValues:
		if t.dictRoom == 2 {
			x := &struct {
				in Instance
				ivBlock[[2]Object]
			}{}
			x.in.cls, x.in.vals = t, &x.iv
			x.iv.shape, x.iv.n, x.iv.room = p.shape, 2, 2
			x.v[0], x.v[1] = a, b
			return &x.in
		}
	case planChunk:
		x := slotChunks2.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		x.v[0], x.v[1] = a, b
		return &x.in
	}
	return nil
}

func (p *initPlan) new3(t *Type, a, b, c Object) Object {
	if p.n != 3 || depthLeft <= 0 {
		return nil
	}
	switch p.kind {
	case planValues:
		if t.dictRoom == 3 {
			x := &struct {
				in Instance
				ivBlock[[3]Object]
			}{}
			x.in.cls, x.in.vals = t, &x.iv
			x.iv.shape, x.iv.n, x.iv.room = p.shape, 3, 3
			x.v[0], x.v[1], x.v[2] = a, b, c
			return &x.in
		}
	case planChunk:
		x := slotChunks3.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		x.v[0], x.v[1], x.v[2] = a, b, c
		return &x.in
	}
	return nil
}

func (p *initPlan) new4(t *Type, a, b, c, d Object) Object {
	if p.n != 4 || depthLeft <= 0 {
		return nil
	}
	switch p.kind {
	case planValues:
		if t.dictRoom == 4 {
			x := &struct {
				in Instance
				ivBlock[[4]Object]
			}{}
			x.in.cls, x.in.vals = t, &x.iv
			x.iv.shape, x.iv.n, x.iv.room = p.shape, 4, 4
			x.v[0], x.v[1], x.v[2], x.v[3] = a, b, c, d
			return &x.in
		}
	case planChunk:
		x := slotChunks4.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		x.v[0], x.v[1], x.v[2], x.v[3] = a, b, c, d
		return &x.in
	}
	return nil
}

// run does the stores on obj, a new instance, with the call's arguments,
// and reports whether it did; false (nothing done) when obj is not as the
// plan needs or the call of __init__ would hit the recursion limit.
func (p *initPlan) run(obj Object, args *[4]Object) bool {
	inst, ok := obj.(*Instance)
	if !ok || depthLeft <= 0 {
		return false
	}
	if p.shape != nil {
		iv := inst.vals
		if iv == nil || iv.shape != emptyShape || iv.room < p.n {
			return false
		}
		for i := int32(0); i < p.n; i++ {
			*(*Object)(unsafe.Add(unsafe.Pointer(iv), valueOffset(i))) = args[p.arg[i]&3]
		}
		iv.n, iv.shape = p.n, p.shape
		return true
	}
	if inst.slots == nil {
		return false
	}
	for i := int32(0); i < p.n; i++ {
		*(*Object)(unsafe.Add(unsafe.Pointer(inst.slots), slotOffset(p.slot[i]))) = args[p.arg[i]&3]
	}
	return true
}
