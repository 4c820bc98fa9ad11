package asyncio

import (
	"testing"
	"unsafe"
)

// TestSizeClasses keeps the objects every asyncio.run makes within the Go
// allocator's size classes they were fitted to: a field added past one
// moves the object up a class (a Loop past 288 bytes is 320), and fresh
// memory is most of what a short run costs (see Loop's fields).
func TestSizeClasses(t *testing.T) {
	for _, c := range []struct {
		name      string
		size, max uintptr
	}{
		{"Loop", unsafe.Sizeof(Loop{}), 288},
		{"Task", unsafe.Sizeof(Task{}), 144},
		{"Future", unsafe.Sizeof(Future{}), 64},
		{"gatherBlock", unsafe.Sizeof(gatherBlock{}), 320},
		{"readyBlock", unsafe.Sizeof(readyBlock{}), 1024},
	} {
		if c.size > c.max {
			t.Errorf("%s is %d bytes, over the %d-byte size class", c.name, c.size, c.max)
		}
	}
}
