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

// TestInstanceSizes keeps a plain instance with its values-mode attributes
// in the size classes newPlainInstance names (two attributes: 80 bytes),
// and checks that the values follow their header where vs and the caches'
// offsets (valueOffset) read them.
func TestInstanceSizes(t *testing.T) {
	type inst2 struct {
		in Instance
		ivBlock[[2]Object]
	}
	if s := unsafe.Sizeof(inst2{}); s != 80 {
		t.Errorf("an instance with two values is %d bytes, want 80", s)
	}
	var x inst2
	if off := unsafe.Offsetof(x.v) - unsafe.Offsetof(x.iv); off != ivHeader {
		t.Errorf("values at %d from their header, want %d", off, ivHeader)
	}
	in := newPlainInstance(NewClass("C", "C", "__main__", nil, NewDict())).(*Instance)
	for i := 0; i < 10; i++ {
		in.setValue(string(rune('a'+i)), MakeInt(int64(i)))
	}
	for i := 0; i < 10; i++ {
		if v, ok := in.vals.valueOf(string(rune('a' + i))); !ok || v != MakeInt(int64(i)) {
			t.Fatalf("attribute %c is %v, %v after growing", 'a'+i, v, ok)
		}
		if v := *(*Object)(unsafe.Add(unsafe.Pointer(in.vals), valueOffset(int32(i)))); v != MakeInt(int64(i)) {
			t.Fatalf("value %d at valueOffset is %v", i, v)
		}
	}
}
