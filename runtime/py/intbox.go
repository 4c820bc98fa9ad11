package py

import "unsafe"

// Boxing an int64 or float64 as an Object (a Go interface) allocates its 8
// bytes through mallocgc (runtime.convT64, 50-125 instructions): in a loop
// summing a generator's values, two thirds of the time. Values boxed by
// Python arithmetic (MakeInt, BoxFloat) are instead carved from a chunk of
// boxChunkLen values, one allocation per chunk: the interface's data word
// points into the chunk. A box is never written after it is made, and Is
// compares ints and floats by value, so sharing a chunk is invisible; a live
// value keeps its chunk (256 bytes) alive, as Go's tiny allocator keeps a
// 16-byte block.
//
// The chunks are plain globals: only the goroutine holding the GIL boxes
// values this way (goroutines without it must not make Python objects).

const boxChunkLen = 32

// boxChunks hands out boxes of T, whose Object type word is tab.
type boxChunks[T int64 | float64] struct {
	cur *[boxChunkLen]T
	pos int
	tab unsafe.Pointer
}

func newBoxChunks[T int64 | float64](sample Object) boxChunks[T] {
	return boxChunks[T]{pos: boxChunkLen, tab: (*[2]unsafe.Pointer)(unsafe.Pointer(&sample))[0]}
}

// box returns v as an Object whose value lives in the current chunk.
func (b *boxChunks[T]) box(v T) Object {
	pos := b.pos
	if pos == boxChunkLen {
		b.cur = new([boxChunkLen]T)
		pos = 0
	}
	// pos < boxChunkLen: the mask spares the bounds check.
	p := &b.cur[pos&(boxChunkLen-1)]
	b.pos = pos + 1
	*p = v
	var o Object
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&o)) = [2]unsafe.Pointer{b.tab, unsafe.Pointer(p)}
	return o
}

// intSlot stores v in the current int chunk and returns its address
// (intBoxes.box without the Object: not a generic method, whose
// dictionary argument Go's inliner charges to MakeInt). Its cost keeps
// MakeInt within the inlining budget (box's masked index would not).
func intSlot(v int64) unsafe.Pointer {
	if intBoxes.pos == boxChunkLen {
		intBoxes.cur, intBoxes.pos = new([boxChunkLen]int64), 0
	}
	p := &intBoxes.cur[intBoxes.pos]
	intBoxes.pos++
	*p = v
	return unsafe.Pointer(p)
}

// intAt is the Int Object whose value is *p (an int64 never written
// after): a small int's table entry or a chunk's slot.
func intAt(p unsafe.Pointer) Object {
	var o Object
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&o)) = [2]unsafe.Pointer{intBoxes.tab, p}
	return o
}

var (
	intBoxes   = newBoxChunks[int64](Int(1 << 40))
	floatBoxes = newBoxChunks[float64](Float(0.5))
)

// BoxFloat is Float(f) as an Object, boxed from a chunk. The caller holds
// the GIL.
func BoxFloat(f float64) Object { return floatBoxes.box(f) }
