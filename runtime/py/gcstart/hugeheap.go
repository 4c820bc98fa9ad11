//go:build linux && (amd64 || arm64) && !race

package gcstart

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"syscall"
	"unsafe"
)

// Huge pages for the heap's growth.
//
// A Python program allocates far more than its Go twin (every int, float
// and frame is a heap object), and until the first collection every byte
// it allocates is a fresh page: on the machines we measure, a 4 KiB page
// fault costs 13-20 us, so growing the heap to the first goal (16 MiB,
// ~4000 faults) cost a program 50-80 ms, more than CPython's whole run of
// many benchmarks (Runner.run x20000: 3000 faults, 2/3 of its CPU time).
// A 2 MiB transparent huge page costs one fault. Most distributions set
// THP to "madvise": only ranges marked MADV_HUGEPAGE get them, and Go no
// longer marks its heap (it did in 1.21.0 and stopped: long-lived servers
// saw memory bloat). Each time the heap grows, Go maps the new range
// afresh (mmap MAP_FIXED), which drops any mark made on the reservation
// before, so the range must be marked after Go maps it and before the
// program touches it.
//
// reserveFrame's frame is ~15.5 MiB: a goroutine calling it grows its
// stack to 16 MiB, which Go takes from the heap (mapping it) without
// touching more than its top page. When the goroutine exits with the
// collector off, the stack goes straight back to the heap's free pages;
// those pages, marked here, are where the heap's next spans come from.
// (A big []byte would do the same but is only freed by a collection,
// which costs more at start-up than it saves.)
//
// The cost is a goroutine and one syscall (~0.5 ms, ~40 faults); the
// program's first 16 MiB of growth then fault 2 MiB at a time. After a
// collection whose next goal comes near the end of what the heap has
// mapped, adapt marks enough 16 MiB ranges more the same way to cover the
// goal (growHuge).

const (
	hugePage     = 2 << 20
	madvHugepage = 14
)

func reserveFrame()

// prepareHugeHeap marks the heap's next 16 MiB for huge pages, where
// that helps: THP in "madvise" mode, and not turned off by
// GODEBUG=disablethp=1 (Go's own switch for its heap).
func prepareHugeHeap() {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") || !thpOnAdvice() {
		return
	}
	hugeOn.Store(true)
	skipTouchedBlock()
	growHuge(1)
}

// The heap's first chunk (4 MiB, where the heap starts) holds what the
// runtime's and the standard library's initialisation allocated, in its
// lower 2 MiB: that block has 4 KiB pages already, so the megabyte or so
// the rest of start-up allocates would fault a page at a time (~300
// faults, a fifth of a small program's run). skipTouchedBlock fills the
// block's free rest with an object never touched nor freed (address space
// only), so that start-up's spans come from the next block, marked here.
const (
	// heapChunk is the size and alignment of the heap's chunks (the
	// runtime's pallocChunkBytes): the heap grows by whole chunks.
	heapChunk = 4 << 20
	// probeSize is the least size of an object with pages of its own,
	// which the heap places at its lowest free address.
	probeSize = 32<<10 + 8<<10
)

var heapProbe, heapFiller []byte

func skipTouchedBlock() {
	heapProbe = make([]byte, probeSize)
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(heapProbe))) + probeSize
	next := (lo + hugePage - 1) &^ (hugePage - 1)
	if next-lo >= probeSize {
		heapFiller = make([]byte, next-lo)
	}
	chunk := next &^ (heapChunk - 1)
	markHuge(next, chunk+heapChunk)
}

// markHuge marks the 2 MiB pages [lo, hi) overlaps for huge pages. Where
// one holds touched pages of other objects the kernel keeps 4 KiB pages;
// elsewhere in it the heap's next spans fault a huge page. An error (an
// old kernel, THP compiled out) leaves 4 KiB pages.
func markHuge(lo, hi uintptr) {
	beg := lo &^ (hugePage - 1)
	end := (hi + hugePage - 1) &^ (hugePage - 1)
	syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, madvHugepage)
}

// growHuge maps n×16 MiB more heap (or takes that much of its free pages)
// and marks it for huge pages.
func growHuge(n int) {
	tops := make(chan uintptr)
	release := make(chan struct{})
	var exited sync.WaitGroup
	exited.Add(n)
	for range n {
		go func() {
			defer exited.Done()
			var anchor byte // near the top of the goroutine's stack
			reserveFrame()
			tops <- uintptr(unsafe.Pointer(&anchor))
			// Held until every stack is taken, so that each is
			// a range of its own.
			<-release
		}()
	}
	for range n {
		hi := <-tops
		markHuge(hi-reservedStack, hi)
	}
	close(release)
	// Their stacks go back to the heap as they exit.
	exited.Wait()
}

// thpOnAdvice reports whether transparent huge pages are given to marked
// ranges only (with "always" Go's heap gets them anyway; with "never" or
// no THP, marking does nothing).
func thpOnAdvice() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(b, []byte("[madvise]"))
}
