//go:build linux && (amd64 || arm64) && !race

package gcstart

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

type hugeTestObj struct{ a, b, c, d, e, f, g, h uintptr }

var hugeTestSink []*hugeTestObj

// After growHuge the heap's next spans come from a range marked for huge
// pages (VmFlags "hg"); whether the kernel found huge pages is logged.
func TestGrowHugeMarksTheHeap(t *testing.T) {
	if !thpOnAdvice() {
		t.Skip("transparent huge pages are not in madvise mode here")
	}
	growHuge(2)
	hugeTestSink = nil
	for i := 0; i < 100000; i++ { // 6.4 MB of 64-byte objects
		hugeTestSink = append(hugeTestSink, &hugeTestObj{a: uintptr(i)})
	}
	last := uintptr(unsafe.Pointer(hugeTestSink[len(hugeTestSink)-1]))
	vma, ok := vmaOf(t, last)
	if !ok {
		t.Fatalf("no mapping holds %#x", last)
	}
	if !strings.Contains(" "+vma.flags+" ", " hg ") {
		t.Errorf("the last object's mapping %s has VmFlags %q, want hg", vma.rng, vma.flags)
	}
	if vma.hugeKB == 0 {
		// The kernel may find no free 2 MiB page; say so, don't fail.
		t.Logf("mapping %s marked but no huge page in it (memory fragmented?)", vma.rng)
	}
}

type vmaInfo struct {
	rng, flags string
	hugeKB     int
}

// vmaOf reads /proc/self/smaps for the mapping holding addr.
func vmaOf(t *testing.T, addr uintptr) (vmaInfo, bool) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var cur vmaInfo
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := strings.Cut(fields[0], "-"); ok && !strings.HasSuffix(fields[0], ":") {
			if in {
				return cur, true
			}
			l, err1 := strconv.ParseUint(lo, 16, 64)
			h, err2 := strconv.ParseUint(hi, 16, 64)
			in = err1 == nil && err2 == nil && uint64(addr) >= l && uint64(addr) < h
			cur = vmaInfo{rng: fields[0]}
			continue
		}
		if !in {
			continue
		}
		switch fields[0] {
		case "AnonHugePages:":
			cur.hugeKB, _ = strconv.Atoi(fields[1])
		case "VmFlags:":
			cur.flags = strings.Join(fields[1:], " ")
		}
	}
	return cur, in
}
