package py

import "unsafe"

// Float boxes. Go boxes a float64 into an interface with an 8-byte
// allocation of its own (runtime.convT64: the tiny allocator's path, some
// 50-60 instructions). Floats that translated arithmetic boxes take their
// 8 bytes from a chunk instead, a few at a time: the interface's data word
// points into the chunk, which stays alive while any of its floats does
// (at most floatChunkLen-1 dead neighbours, as the tiny allocator keeps
// one in its 16-byte blocks). A box is never written after it is made.
//
// The chunk is a plain global: only the goroutine holding the GIL runs
// Python code and the operations that box with it (the translated code's
// float arithmetic, Add/Sub/Mul/TrueDiv), as with Current().

const floatChunkLen = 8

type floatChunk [floatChunkLen]float64

var (
	floatChunkCur *floatChunk
	floatChunkPos = floatChunkLen
	// floatTab is the type word of an Object holding a Float.
	floatTab = (*[2]unsafe.Pointer)(unsafe.Pointer(&[]Object{Float(0.5)}[0]))[0]
)

// BoxFloat is Float(f) as an Object, its box taken from the current chunk.
// The caller holds the GIL.
func BoxFloat(f float64) Object {
	if floatChunkPos == floatChunkLen {
		floatChunkCur = new(floatChunk)
		floatChunkPos = 0
	}
	p := &floatChunkCur[floatChunkPos]
	floatChunkPos++
	*p = f
	var o Object
	w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
	w[0] = floatTab
	w[1] = unsafe.Pointer(p)
	return o
}
