package py

// Chunked instances of __slots__ classes. Allocating an instance through
// mallocgc costs some 240 instructions (its pointer bitmap written each
// time), several times what the instance's __init__ costs when it only
// stores its slots. The instances of a class whose __slots__ leave out
// __dict__ and __weakref__ are instead carved from a chunk of
// instChunkLen, one allocation per chunk, as BoxFloat carves floats. Such
// an instance cannot be weakly referenced (weakref raises TypeError) and
// the runtime runs no __del__, so nothing can tell when it dies: sharing a
// chunk is invisible but for memory, a live instance keeping its chunk
// alive (at most instChunkLen-1 dead neighbours).
//
// The chunks are plain globals: only the goroutine holding the GIL makes
// Python objects.

const instChunkLen = 8

type instChunk[T any] struct {
	cur *[instChunkLen]T
	pos int
}

// next is the chunk's next zeroed T, a new chunk when it is used up.
func (c *instChunk[T]) next() *T {
	if c.pos == instChunkLen {
		c.cur, c.pos = new([instChunkLen]T), 0
	}
	p := &c.cur[c.pos]
	c.pos++
	return p
}

type (
	slotInst1 struct {
		in Instance
		v  [1]Object
	}
	slotInst2 struct {
		in Instance
		v  [2]Object
	}
	slotInst3 struct {
		in Instance
		v  [3]Object
	}
	slotInst4 struct {
		in Instance
		v  [4]Object
	}
)

var (
	slotChunks1 = instChunk[slotInst1]{pos: instChunkLen}
	slotChunks2 = instChunk[slotInst2]{pos: instChunkLen}
	slotChunks3 = instChunk[slotInst3]{pos: instChunkLen}
	slotChunks4 = instChunk[slotInst4]{pos: instChunkLen}
)

// chunkedSlotInstance is newPlainInstance's instance of t, a class without
// __dict__ and __weakref__ with 1 to 4 slots, from a chunk (nil: t is not
// such a class).
func chunkedSlotInstance(t *Type) *Instance {
	if l := t.layout; l == nil || l.hasWeak {
		return nil
	}
	switch t.nslots {
	case 1:
		x := slotChunks1.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		return &x.in
	case 2:
		x := slotChunks2.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		return &x.in
	case 3:
		x := slotChunks3.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		return &x.in
	case 4:
		x := slotChunks4.next()
		x.in.cls, x.in.slots = t, &x.v[0]
		return &x.in
	}
	return nil
}

// chunkAllocator is the allocator of t's instances for ctorCache when
// chunkedSlotInstance would make them (t's allocator is object's): the
// chunk for its slot count, without newPlainInstance's tests of the class
// at every instance. Nil otherwise.
func chunkAllocator(t *Type) func(t *Type) Object {
	for _, m := range t.MRO {
		if m != ObjectType && m.newInstance != nil {
			return nil
		}
	}
	if !t.noDict || t.layout == nil || t.layout.hasWeak {
		return nil
	}
	switch t.nslots {
	case 1:
		return func(t *Type) Object {
			x := slotChunks1.next()
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		}
	case 2:
		return func(t *Type) Object {
			x := slotChunks2.next()
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		}
	case 3:
		return func(t *Type) Object {
			x := slotChunks3.next()
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		}
	case 4:
		return func(t *Type) Object {
			x := slotChunks4.next()
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		}
	}
	return nil
}
