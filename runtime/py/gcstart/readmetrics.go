package gcstart

import "unsafe"

// The collector's statistics are read as runtime/metrics.Read reads them,
// from the runtime's readMetrics, without importing runtime/metrics: that
// package's init builds its table of descriptions, a seventh of a
// print("hi") program's start-up instructions (440k of 3.1M), for the
// three numbers adapt needs. sample and value are metrics.Sample and
// metrics.Value, field for field; TestSampleLayout checks it against the
// toolchain's runtime/metrics, and that both reads agree.

type sample struct {
	name  string
	value value
}

type value struct {
	kind    int // metrics.ValueKind
	scalar  uint64
	pointer unsafe.Pointer
}

// kindUint64 is metrics.KindUint64.
const kindUint64 = 1

// readMetrics is runtime.readMetrics, which runtime/metrics.Read calls:
// the runtime pushes it under this name.
//
//go:linkname readMetrics runtime/metrics.runtime_readMetrics
func readMetrics(samplesp unsafe.Pointer, len int, cap int)

// readSamples is metrics.Read(s).
func readSamples(s []sample) {
	if len(s) == 0 {
		return
	}
	readMetrics(unsafe.Pointer(&s[0]), len(s), cap(s))
}
