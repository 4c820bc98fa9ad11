package py

import (
	"math/rand"
	"testing"
	"unsafe"
)

// TestPagedList checks PagedList against a slice over random appends, pops,
// writes and truncations that cross its first array's growth and its page
// boundaries both ways.
func TestPagedList(t *testing.T) {
	vals := make([]int, 4000)
	ptr := func(i int) unsafe.Pointer { return unsafe.Pointer(&vals[i]) }
	var buf [2]unsafe.Pointer
	var p PagedList
	p.SetBuffer(buf[:])
	var model []unsafe.Pointer
	r := rand.New(rand.NewSource(1))
	check := func(step int) {
		t.Helper()
		if p.Len() != len(model) {
			t.Fatalf("step %d: Len %d, want %d", step, p.Len(), len(model))
		}
		i := 0
		for k := range p.Segments() {
			seg := p.Segment(k)
			if k < p.Segments()-1 && len(seg) != pageLen {
				t.Fatalf("step %d: segment %d has %d elements", step, k, len(seg))
			}
			for _, x := range seg {
				if x != model[i] || *p.At(i) != x {
					t.Fatalf("step %d: element %d differs", step, i)
				}
				i++
			}
		}
		if i != len(model) {
			t.Fatalf("step %d: segments hold %d elements, want %d", step, i, len(model))
		}
	}
	for step := 0; step < 20000; step++ {
		switch op := r.Intn(100); {
		case op < 60 && len(model) < len(vals):
			x := ptr(r.Intn(len(vals)))
			p.Append(x)
			model = append(model, x)
		case op < 90 && len(model) > 0:
			if got, want := p.Pop(), model[len(model)-1]; got != want {
				t.Fatalf("step %d: Pop differs", step)
			}
			model = model[:len(model)-1]
		case op < 97 && len(model) > 0:
			i, x := r.Intn(len(model)), ptr(r.Intn(len(vals)))
			*p.At(i) = x
			model[i] = x
		case len(model) > 0:
			n := r.Intn(len(model) + 1)
			p.Truncate(n)
			model = model[:n]
		}
		check(step)
	}
}
