package py

import "unsafe"

// PagedList is a list of pointers that grows at its end and shrinks from
// it, for the runtime's lists that grow with the program's objects (the
// coroutines never started, a loop's pending tasks): its first pageLen
// elements are an array grown by doubling, the rest fixed pages of
// pageLen. A slice alone doubles to twice the final length and allocates
// as much again on the way, every array fresh memory and, past 32 KiB, a
// large object cleared in one go; pages allocate once what the list holds
// (46656 tasks: 0.4 MB instead of 1 MB). Pages are kept when the list
// shrinks, as a slice keeps its capacity. (Pointers rather than a type
// parameter: Go compiles generic methods over pointer types to one shared
// body that its inliner leaves as calls; users convert at their door.)
type PagedList struct {
	// last is the last page's elements (the whole list while pages is
	// nil): appending and popping touch it alone.
	last []unsafe.Pointer
	// pages are set once the list outgrows its first page (32 bytes in
	// the list's owner, as small as a slice and a pointer).
	pages *pagedPages
}

type pagedPages struct {
	// all are the pages, the first one the first array (its elements
	// [0, pageLen)); all[cur] is last's.
	all []*[pageLen]unsafe.Pointer
	cur int
}

// pageLen is the elements of a page: 4 KiB.
const pageLen = 512

// SetBuffer makes the empty list start in buf's array (a small buffer
// inside its owner, saving an allocation while the list stays that short).
func (p *PagedList) SetBuffer(buf []unsafe.Pointer) { p.last = buf[:0] }

// Len is the number of elements.
func (p *PagedList) Len() int {
	if p.pages != nil {
		return p.pages.cur*pageLen + len(p.last)
	}
	return len(p.last)
}

// At is element i's slot (0 <= i < Len()).
func (p *PagedList) At(i int) *unsafe.Pointer {
	if p.pages == nil {
		return &p.last[i]
	}
	u := uint(i)
	return &p.pages.all[u/pageLen][u%pageLen]
}

// Append adds x at the end.
func (p *PagedList) Append(x unsafe.Pointer) {
	if s := p.last; len(s) < cap(s) {
		s = s[:len(s)+1]
		s[len(s)-1] = x
		p.last = s
		return
	}
	p.grow(x)
}

func (p *PagedList) grow(x unsafe.Pointer) {
	n := len(p.last)
	switch {
	case p.pages == nil && n < pageLen:
		// The first array doubles, up to a page.
		a := make([]unsafe.Pointer, n+1, min(max(2*n, 8), pageLen))
		copy(a, p.last)
		a[n] = x
		p.last = a
		return
	case p.pages == nil:
		p.pages = &pagedPages{all: []*[pageLen]unsafe.Pointer{(*[pageLen]unsafe.Pointer)(p.last)}}
	}
	g := p.pages
	g.cur++
	if g.cur == len(g.all) {
		g.all = append(g.all, new([pageLen]unsafe.Pointer))
	}
	p.last = g.all[g.cur][:1]
	p.last[0] = x
}

// Pop removes the last element and returns it (the list is not empty).
func (p *PagedList) Pop() unsafe.Pointer {
	n := len(p.last) - 1
	if n < 0 {
		// Back to the full page before (kept for the next growth).
		g := p.pages
		g.cur--
		p.last = g.all[g.cur][:]
		n = pageLen - 1
	}
	x := p.last[n]
	p.last[n] = nil
	p.last = p.last[:n]
	return x
}

// Segments is the number of the list's segments: its elements are
// Segment(0), Segment(1), ... in order.
func (p *PagedList) Segments() int {
	if p.pages != nil {
		return p.pages.cur + 1
	}
	return 1
}

// Segment is the elements of segment k (a full page but the last).
func (p *PagedList) Segment(k int) []unsafe.Pointer {
	if p.pages == nil || k == p.pages.cur {
		return p.last
	}
	return p.pages.all[k][:]
}

// Truncate drops the elements from n on (n <= Len()), clearing their
// slots.
func (p *PagedList) Truncate(n int) {
	for i, l := n, p.Len(); i < l; i++ {
		*p.At(i) = nil
	}
	if g := p.pages; g != nil {
		// last is the page holding element n-1, full, or the first
		// page when n is 0.
		g.cur = max(0, n-1) / pageLen
		p.last = g.all[g.cur][:n-g.cur*pageLen]
		return
	}
	p.last = p.last[:n]
}
