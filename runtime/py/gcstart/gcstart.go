// Package gcstart sets the collector up as translated programs run it
// before any other package of the runtime initialises: the runtime's
// package initialisation (types, module tables, the translated library's
// registrations) allocates tens of megabytes, and with Go's default GOGC
// the collector ran over that heap several times before the program's
// first line (half of a small program's instructions).
//
// Python programs make many short-lived objects on small heaps, and a less
// eager collector cuts GC work several-fold: small heaps run at GC percent
// 400. A fixed 400 let the heap grow to five times what the last cycle
// marked, though, and what a cycle marks is inflated on these programs by
// the garbage allocated during the concurrent mark (a big-int program
// marked 28 MB "live" out of a 1 MB working set and grew to 140 MB,
// faulting in fresh pages the whole way). So after every collection the
// percent is chosen again (see percentFor): 400 while the next goal stays
// under HeapCap, then down to MinPercent. A goal under HeapCap is raised
// to it: a program whose heap stays small then collects half as often or
// never (2026-12-07, HeapCap 24 -> 32 MiB with the raise: the gather tree
// 35% less CPU time with no collection at all and 34 MB peak RSS instead of
// 40, most plain rows 3-7% less, their RSS 27 -> 42 MB). Against the fixed 400, on
// bench/compare.py's rows (interleaved rounds): peak RSS of chaos 52 -> 42
// MB, nqueens 54 -> 42, raytrace 43 -> 39, 1M sleeping tasks 1438 -> 1330,
// with CPU time within the (large) noise of a loaded machine; percent 100
// everywhere was up to 2.5x slower. Fixed soft memory limits
// (debug.SetMemoryLimit) were tried too: they helped small heaps the same
// way but throttled programs whose live heap passes the limit (100k
// sleeping tasks twice as slow at 64 MiB).
//
// GOGC or GOMEMLIMIT in the environment win: with GOGC set Go's own policy
// runs untouched; with only GOMEMLIMIT the percent stays fixed at Percent
// under that limit. The py package imports this one, so Go initialises it
// first.
package gcstart

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

const (
	// Percent is the GC percent of small heaps, and the whole policy when
	// GOMEMLIMIT is set.
	Percent = 400
	// MinPercent is the least GC percent the policy goes down to.
	MinPercent = 200
	// HeapCap is the heap goal up to which the percent stays at Percent
	// or above: a smaller goal is raised to it, since the start-up
	// reserve's huge pages (startReserve) hold that much for no more
	// faults, and a program allocating less never collects.
	HeapCap = 32 << 20
	// maxPercent bounds that raise: Go's least goal is 4 MiB times the
	// percent over 100 (its heapminimum), so a higher percent would let
	// the first goal pass HeapCap.
	maxPercent = HeapCap / (4 << 20) * 100
)

func init() {
	Tune()
	prepareHugeHeap()
}

var once sync.Once

// Tune sets the collector policy up unless GOGC is set (idempotent).
func Tune() {
	once.Do(func() {
		if os.Getenv("GOGC") != "" {
			return
		}
		debug.SetGCPercent(Percent)
		lastPercent.Store(Percent)
		if os.Getenv("GOMEMLIMIT") == "" {
			// The first goal counts the globals too: before the first
			// collection Go's is their share alone (or its minimum).
			adapt()
			armHook()
		}
	})
}

// percentFor is the GC percent for the next cycle after one that marked
// live bytes, with stacks and globals the scanned stack and global bytes
// (Go's goal is live + (live+stacks+globals)*percent/100). The headroom is
// what is left under HeapCap while Percent of live+stacks+globals stays
// under it (up to maxPercent), Percent while the goal is HeapCap, what is
// left under HeapCap beyond that, and never less than MinPercent of it.
// The globals count towards the cap: a program importing much of the
// library has megabytes of them, and a share of Percent outside the cap
// let their headroom alone grow the heap by four times their size.
func percentFor(live, stacks, globals uint64) int {
	base := live + stacks + globals
	if base == 0 {
		return Percent
	}
	room := base * Percent / 100
	if live+room < HeapCap {
		return min(int((HeapCap-live)*100/base), maxPercent)
	}
	if live+room > HeapCap {
		room = base * MinPercent / 100
		if live < HeapCap && HeapCap-live > room {
			room = HeapCap - live
		}
	}
	return int(room * 100 / base)
}

// sentinel is garbage from birth: its finalizer runs once per collection
// and re-arms itself.
type sentinel struct{ _ *sentinel }

func armHook() {
	runtime.SetFinalizer(&sentinel{}, func(*sentinel) {
		adapt()
		armHook()
	})
}

var (
	samples = []sample{
		{name: "/gc/heap/live:bytes"},
		{name: "/gc/scan/globals:bytes"},
		{name: "/gc/scan/stack:bytes"},
		// What the heap has mapped, for growHuge.
		{name: "/memory/classes/heap/objects:bytes"},
		{name: "/memory/classes/heap/unused:bytes"},
		{name: "/memory/classes/heap/free:bytes"},
		{name: "/memory/classes/heap/released:bytes"},
		{name: "/memory/classes/heap/stacks:bytes"},
	}
	// lastPercent is the percent adapt set last (atomic for tests).
	lastPercent atomic.Int32
)

// adapt runs on the finalizer goroutine after each collection, and once in
// Tune before the hook is armed (so only one goroutine reads samples: they
// need no lock).
func adapt() {
	readSamples(samples)
	for _, s := range samples {
		if s.value.kind != kindUint64 {
			return
		}
	}
	live := samples[0].value.scalar
	p := percentFor(live, samples[2].value.scalar, samples[1].value.scalar)
	if old := int(lastPercent.Swap(int32(p))); old != p {
		debug.SetGCPercent(p)
	}
	if hugeOn.Load() {
		var mapped uint64
		for _, s := range samples[3:] {
			mapped += s.value.scalar
		}
		base := live + samples[1].value.scalar + samples[2].value.scalar
		// (hugeOn is set after Tune's own call: this is after a collection.)
		for _, a := range startTops {
			collapseTop(a)
		}
		startTops = nil
		if goal := live + base*uint64(p)/100; goal+hugeGap > mapped {
			n := (goal + hugeGap - mapped + reservedStack - 1) / reservedStack
			for _, a := range growHuge(int(min(n, maxHugeGrowth))) {
				collapseTop(a)
			}
		}
	}
}

// hugeOn is set when huge pages are worth marking (prepareHugeHeap).
var hugeOn atomic.Bool

// reservedStack is the heap one growHuge goroutine takes: its stack.
const reservedStack = 16 << 20

// startReserve is the heap start-up reserves: twice the first goal, so
// that what a program allocates while the first collection marks (the
// heap grows past the goal then) stays within it.
const startReserve = 32 << 20

// hugeGap is how close to the mapped heap's end the next goal may come
// before growHuge maps more: growth within a cycle that ends past the goal
// would otherwise be 4 KiB pages.
const hugeGap = 4 << 20

// maxHugeGrowth bounds the ranges one collection marks (128 MiB).
const maxHugeGrowth = 8
