package gcstart

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"unsafe"
)

// sample and value must be runtime/metrics' Sample and Value, field for
// field, for readMetrics to fill them.
func TestSampleLayout(t *testing.T) {
	var s sample
	var m metrics.Sample
	if unsafe.Sizeof(s) != unsafe.Sizeof(m) || unsafe.Offsetof(s.value) != unsafe.Offsetof(m.Value) ||
		unsafe.Sizeof(s.value) != unsafe.Sizeof(m.Value) || unsafe.Sizeof(s.value.kind) != unsafe.Sizeof(m.Value.Kind()) {
		t.Fatalf("sample layout %d/%d/%d differs from metrics.Sample's %d/%d/%d", unsafe.Sizeof(s), unsafe.Offsetof(s.value),
			unsafe.Sizeof(s.value), unsafe.Sizeof(m), unsafe.Offsetof(m.Value), unsafe.Sizeof(m.Value))
	}
	if kindUint64 != int(metrics.KindUint64) {
		t.Fatalf("kindUint64 = %d, metrics.KindUint64 = %d", kindUint64, metrics.KindUint64)
	}
	// The same statistics both ways, after a collection (nothing moves them
	// until the next one); and a name the runtime does not know is KindBad.
	names := []string{"/gc/heap/live:bytes", "/gc/scan/globals:bytes", "/gc/scan/stack:bytes", "/gc/cycles/total:gc-cycles", "/no/such:metric"}
	runtime.GC()
	ours := make([]sample, len(names))
	theirs := make([]metrics.Sample, len(names))
	for i, n := range names {
		ours[i].name, theirs[i].Name = n, n
	}
	readSamples(ours)
	metrics.Read(theirs)
	for i, n := range names {
		kind := theirs[i].Value.Kind()
		if ours[i].value.kind != int(kind) {
			t.Errorf("%s: kind %d, metrics.Read's %d", n, ours[i].value.kind, kind)
			continue
		}
		if kind == metrics.KindUint64 && ours[i].value.scalar != theirs[i].Value.Uint64() {
			t.Errorf("%s: %d, metrics.Read's %d", n, ours[i].value.scalar, theirs[i].Value.Uint64())
		}
	}
	if ours[0].value.kind != kindUint64 || ours[0].value.scalar == 0 {
		t.Errorf("live heap: kind %d value %d", ours[0].value.kind, ours[0].value.scalar)
	}
	if ours[4].value.kind != int(metrics.KindBad) {
		t.Errorf("unknown metric: kind %d", ours[4].value.kind)
	}
}
