package py

import (
	"testing"
	"unsafe"
)

// TestGeneratorSizes keeps generator objects within the sizes they were
// fitted to: a generator is its Coroutine, with no copy of its Code, stack
// or state beside it, and a compiled generator's frame is allocated with it
// (GeneratorOf), so a word added here moves many programs' generators up a
// Go size class (nqueens' permutations frame: 256 bytes, 320 before).
func TestGeneratorSizes(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Coroutine", unsafe.Sizeof(Coroutine{}), 104},
		{"Generator", unsafe.Sizeof(Generator{}), 104},
		{"GeneratorOf[[2]Object]", unsafe.Sizeof(GeneratorOf[[2]Object]{}), 104 + 32},
		{"CoroutineOf[[2]Object]", unsafe.Sizeof(CoroutineOf[[2]Object]{}), 104 + 32},
		{"AsyncGenerator", unsafe.Sizeof(AsyncGenerator{}), 112},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, over %d", c.name, c.size, c.max)
		}
	}
}
