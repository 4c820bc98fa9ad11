//go:build !linux || !(amd64 || arm64) || race

package gcstart

// prepareHugeHeap does nothing here: see hugeheap.go. (Under the race
// detector a 16 MiB stack costs its shadow memory.)
func prepareHugeHeap() {}

var hugeOn atomicFalse

type atomicFalse struct{}

func (atomicFalse) Load() bool { return false }

func growHuge(int) {}
const reservedStack = 16 << 20
