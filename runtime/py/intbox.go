package py

import "unsafe"

// Boxing an int64 as an Object (a Go interface) allocates its 8 bytes
// through mallocgc, about 125 instructions: in a loop summing a generator's
// values, two thirds of the time. MakeInt instead carves boxes from a chunk
// of intChunkLen values, one allocation per chunk. A box is never written
// after it is made, and Is compares ints by value (CPython's small-int
// cache), so sharing a chunk is invisible; a live int keeps its chunk (256
// bytes) alive, as Go's tiny allocator keeps a 16-byte block.
//
// The chunk is a plain global: only the goroutine holding the GIL boxes
// ints through MakeInt (goroutines without it must not make Python objects).

const intChunkLen = 32

var (
	intChunk     *[intChunkLen]int64
	intChunkNext = intChunkLen
	// intItab is the interface table word of an Int in an Object.
	intItab = func() unsafe.Pointer {
		var o Object = Int(1 << 40)
		return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
	}()
)

// boxInt returns v as an Object whose value lives in the current chunk.
func boxInt(v int64) Object {
	i := intChunkNext
	if i == intChunkLen {
		intChunk = new([intChunkLen]int64)
		i = 0
	}
	c := intChunk
	c[i] = v
	intChunkNext = i + 1
	var o Object
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&o)) = [2]unsafe.Pointer{intItab, unsafe.Pointer(&c[i])}
	return o
}
