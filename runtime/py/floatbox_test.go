package py

import (
	"math"
	"runtime"
	"testing"
)

// Boxes from chunks are Floats of their values, equal to Go's own boxes,
// and keep their values across collections while chunks are recycled.
func TestBoxFloat(t *testing.T) {
	var kept []Object
	for i := 0; i < 10000; i++ {
		f := float64(i)*1.5 - 7
		o := BoxFloat(f)
		if v, ok := o.(Float); !ok || float64(v) != f {
			t.Fatalf("BoxFloat(%v) = %#v", f, o)
		}
		if o != Object(Float(f)) || o.Type() != FloatType {
			t.Fatalf("BoxFloat(%v) differs from Float(%v)", f, f)
		}
		if i%7 == 0 {
			kept = append(kept, o)
		}
		if i%1000 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	for j, o := range kept {
		if want := float64(j*7)*1.5 - 7; float64(o.(Float)) != want {
			t.Fatalf("kept box %d = %v, want %v", j, o, want)
		}
	}
	if n := BoxFloat(math.NaN()); !math.IsNaN(float64(n.(Float))) {
		t.Fatal("NaN box")
	}
	if z := BoxFloat(math.Copysign(0, -1)); !math.Signbit(float64(z.(Float))) {
		t.Fatal("-0.0 box")
	}
}
