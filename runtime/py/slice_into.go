package py

import "unsafe"

// Slice-copy locals (translate/slicelocals.go): a function variable bound
// only by `v = x[a:b]` and read only as the object of subscripts (`v[i]`,
// `v[i] = e`, `v[a:b] = e`, `del v[i]`) is the only holder of a list the
// slice made: a subscript of an exact list keeps no reference to it. Its
// next such assignment can then give the old list the new items rather
// than make another (fannkuch's `p = perm[:]`, once a permutation).

// SliceSite is one such assignment: the address of the list it last
// made, which the variable holds for as long as it holds a list this site
// made (a list of another activation of the function, or of another site,
// is never it). An address, not a reference: the site must not keep the
// list, nor its items, alive after the function is done with them (a
// weakref to an item dies when CPython frees the list). No other list can
// be at that address while the variable holds one from this site: every
// SliceInto sets it to the list it returns (or none), and the variable's
// list, alive, was made no later than that one.
type SliceSite struct{ addr uintptr }

// maxSiteList bounds the lists a site reuses (a big one goes back to the
// collector rather than stay with a variable that may hold small ones).
const maxSiteList = 1 << 12

func listAddr(l *List) uintptr { return uintptr(unsafe.Pointer(l)) }

// SliceInto is `v = x[lo:hi:st]` for a slice-copy local v holding old: the
// value to store in v. When x is an exact list and old the list this site
// last made, old takes the slice's items (nothing else can see it, so
// it is as good as a new list); otherwise it is GetSlice.
func SliceInto(site *SliceSite, old, x, lo, hi, st Object) Object {
	xl, ok := x.(*List)
	if !ok || xl.sub != nil {
		site.addr = 0
		return GetSlice(x, lo, hi, st)
	}
	start, stop, step := 0, len(xl.Items), 1
	if lo != nil || hi != nil || st != nil {
		// x[:] (the commonest: a copy) needs no index checks.
		if start, stop, step, ok = fastSliceIndices(len(xl.Items), lo, hi, st); !ok {
			site.addr = 0
			return GetSlice(x, lo, hi, st)
		}
	}
	var l *List
	if ol, _ := old.(*List); ol != nil && listAddr(ol) == site.addr && ol != xl {
		l = ol
		n := sliceLen(start, stop, step)
		had := len(l.Items)
		if cap(l.Items) < n {
			l.Items = make([]Object, n)
		} else {
			l.Items = l.Items[:n]
			if had > n {
				clear(l.Items[n:had])
			}
		}
		if step == 1 {
			copy(l.Items, xl.Items[start:start+n])
		} else {
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				l.Items[i] = xl.Items[j]
			}
		}
	} else {
		l = listSlice(xl.Items, start, stop, step)
	}
	site.addr = 0
	if len(l.Items) <= maxSiteList {
		site.addr = listAddr(l)
	}
	return l
}
