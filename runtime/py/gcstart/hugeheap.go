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
// program's first 32 MiB of growth then fault 2 MiB at a time (twice the
// first goal: the heap grows past the goal while the first collection
// marks, before adapt can reserve more). After a collection whose next
// goal comes near the end of what the heap has mapped, adapt marks enough
// 16 MiB ranges more the same way to cover the goal (growHuge).

const (
	hugePage     = 2 << 20
	madvHugepage = 14
	madvCollapse = 25
)

func reserveFrame()

func reserveStartFrame()

// prepareHugeHeap marks the heap's next 32 MiB for huge pages, where
// that helps: THP in "madvise" mode, and not turned off by
// GODEBUG=disablethp=1 (Go's own switch for its heap).
func prepareHugeHeap() {
	if strings.Contains(os.Getenv("GODEBUG"), "disablethp=1") || !thpOnAdvice() {
		return
	}
	hugeOn.Store(true)
	firstBlock()
	startTops = reserveHuge(1, reserveStartFrame, startReserve)
}

// The heap's first chunk (4 MiB, where the heap starts) holds what the
// runtime's and the standard library's initialisation allocated, in its
// lower 2 MiB: that block has 4 KiB pages already, so the megabyte or so
// the rest of start-up allocates would fault a page at a time (~300
// faults, a fifth of a small program's run). firstBlock makes the block a
// huge page (MADV_COLLAPSE copies its touched pages into one): the rest of
// start-up's spans fault no more there, and the next block is not touched
// until the heap needs it (an empty program: ~40 faults fewer than with
// the block filled). Where the kernel cannot collapse it, the
// block's free rest is filled with an object never touched nor freed
// (address space only), so that start-up's spans come from the next block,
// marked here.
const (
	// heapChunk is the size and alignment of the heap's chunks (the
	// runtime's pallocChunkBytes): the heap grows by whole chunks.
	heapChunk = 4 << 20
	// probeSize is the least size of an object with pages of its own,
	// which the heap places at its lowest free address.
	probeSize = 32<<10 + 8<<10
)

var heapProbe, heapFiller []byte

func firstBlock() {
	heapProbe = make([]byte, probeSize)
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(heapProbe))) + probeSize
	next := (lo + hugePage - 1) &^ (hugePage - 1)
	chunk := next &^ (heapChunk - 1)
	markHuge(next, chunk+heapChunk)
	if collapse((lo-1)&^(hugePage-1)) != 0 && next-lo >= probeSize {
		heapFiller = make([]byte, next-lo)
	}
}

// collapse makes the 2 MiB page at p a huge page now, copying the 4 KiB
// pages it has (MADV_COLLAPSE, Linux 6.1); errno 0 when it did.
func collapse(p uintptr) syscall.Errno {
	_, _, e := syscall.Syscall(syscall.SYS_MADVISE, p, hugePage, madvCollapse)
	return e
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
// and marks it for huge pages. It returns where each range's reserving
// goroutine had its frames (see collapseTop).
func growHuge(n int) []uintptr {
	return reserveHuge(n, reserveFrame, reservedStack)
}

// reserveHuge is growHuge with n goroutines whose frame grows their
// stacks to size each.
func reserveHuge(n int, frame func(), size uintptr) []uintptr {
	tops := make(chan uintptr)
	release := make(chan struct{})
	var exited sync.WaitGroup
	exited.Add(n)
	for range n {
		go func() {
			defer exited.Done()
			var anchor byte // near the top of the goroutine's stack
			frame()
			tops <- uintptr(unsafe.Pointer(&anchor))
			// Held until every stack is taken, so that each is
			// a range of its own.
			<-release
		}()
	}
	got := make([]uintptr, 0, n)
	for range n {
		hi := <-tops
		markHuge(hi-size, hi)
		got = append(got, hi)
	}
	close(release)
	// Their stacks go back to the heap as they exit.
	exited.Wait()
	return got
}

// A reserving goroutine's frames, at the top of its new stack, were
// copied there before the range was marked: the 2 MiB page(s) holding
// them got 4 KiB pages, and when the heap's spans reach them later they
// fault 4 KiB at a time (512 faults where one would do). collapseTop
// makes them huge pages (MADV_COLLAPSE, Linux 6.1; older kernels leave
// them as they are). It costs a huge page's zeroing, so the range start-up
// reserves is collapsed only after the first collection (startTops), when
// the program has shown it allocates enough to reach it; ranges reserved
// after a collection are collapsed at once.
func collapseTop(anchor uintptr) {
	// Page by page: a range reaching past the heap's mapping fails whole.
	for p := anchor &^ (hugePage - 1); p < anchor+topFrames; p += hugePage {
		collapse(p)
	}
}

// topFrames bounds the reserving goroutine's frames above its anchor.
const topFrames = 16 << 10

// startTops are the anchors of the range start-up reserved, collapsed by
// the first adapt after a collection (adapt runs on one goroutine at a
// time: no lock).
var startTops []uintptr

// thpOnAdvice reports whether transparent huge pages are given to marked
// ranges only (with "always" Go's heap gets them anyway; with "never" or
// no THP, marking does nothing).
func thpOnAdvice() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && bytes.Contains(b, []byte("[madvise]"))
}
