//go:build !linux || !(amd64 || arm64) || race

package gcstart

// Huge pages for the heap are marked on Linux only (hugeheap.go), and not
// under the race detector, where a 16 MiB stack costs its shadow memory:
// hugeOn stays false here.

func prepareHugeHeap() {}

func growHuge(int) []uintptr { return nil }

func collapseTop(uintptr) {}

var startTops []uintptr
