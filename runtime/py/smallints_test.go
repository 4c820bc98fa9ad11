package py

import "testing"

// TestSmallInts checks the generated table (every value is its index less
// 5) and that MakeInt shares it across [-5, smallIntMax] and boxes the
// values around that range right.
func TestSmallInts(t *testing.T) {
	for i, v := range smallIntVals {
		if v != int64(i-5) {
			t.Fatalf("smallIntVals[%d] = %d, want %d", i, v, i-5)
		}
	}
	for _, v := range []int64{-7, -6, -5, -1, 0, 1, 256, 1024, 1025, 40000, smallIntMax, smallIntMax + 1, 1 << 40, -1 << 40} {
		o := MakeInt(v)
		if x, ok := o.(Int); !ok || int64(x) != v {
			t.Errorf("MakeInt(%d) = %#v", v, o)
		}
		if s := SmallI(TypedInt{v: v}); (s != nil) != (v >= -5 && v <= smallIntMax) || s != nil && s.(Int) != Int(v) {
			t.Errorf("SmallI(%d) = %#v", v, s)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _ = MakeInt(smallIntMax) }); n != 0 {
		t.Errorf("MakeInt(smallIntMax) allocates %v times", n)
	}
}
