package py

import (
	"cmp"
	"slices"
)

// list.sort's algorithm: a stable merge sort. sort.SliceStable (insertion
// sort and in-place symmerge, through reflection's swapper) made
// O(n log² n) moves; sorting a million keys took 1.5x CPython's time.
// Like CPython's timsort, an input already in order costs n-1 comparisons
// and one strictly descending is reversed; otherwise runs of insertionRun
// are sorted by insertion and merged pairwise through a buffer. Equal keys
// keep their order; a comparison that raises leaves the items as they were.

const insertionRun = 24

// mergeSort sorts a stably by less.
func mergeSort[T any](a []T, less func(x, y T) bool) {
	n := len(a)
	if n < 2 {
		return
	}
	ascending, descending := true, true
	for i := 1; i < n && (ascending || descending); i++ {
		if less(a[i], a[i-1]) {
			ascending = false
		} else {
			descending = false
		}
	}
	if ascending {
		return
	}
	if descending {
		// Strictly descending: reversing keeps it stable (no two equal).
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			a[i], a[j] = a[j], a[i]
		}
		return
	}
	for lo := 0; lo < n; lo += insertionRun {
		insertionSort(a[lo:min(lo+insertionRun, n)], less)
	}
	if n <= insertionRun {
		return
	}
	src, dst := a, make([]T, n)
	for w := insertionRun; w < n; w *= 2 {
		for lo := 0; lo < n; lo += 2 * w {
			mid, hi := min(lo+w, n), min(lo+2*w, n)
			mergeRuns(src[lo:mid], src[mid:hi], dst[lo:hi], less)
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
}

func insertionSort[T any](a []T, less func(x, y T) bool) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && less(a[j], a[j-1]); j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// mergeRuns merges the sorted runs l and r into out (len(l)+len(r)),
// taking from l on ties.
func mergeRuns[T any](l, r, out []T, less func(x, y T) bool) {
	i, j, k := 0, 0, 0
	if len(r) > 0 && len(l) > 0 && !less(r[0], l[len(l)-1]) {
		// Already in order across the boundary.
		copy(out[copy(out, l):], r)
		return
	}
	for i < len(l) && j < len(r) {
		if less(r[j], l[i]) {
			out[k] = r[j]
			j++
		} else {
			out[k] = l[i]
			i++
		}
		k++
	}
	k += copy(out[k:], l[i:])
	copy(out[k:], r[j:])
}

// keyed is an item with its sort key.
type keyed[K any] struct {
	k K
	v Object
}

// sortByKeys sorts items stably by keys (keys[i] is items[i]'s): by their
// int, float or string values when every key is an exact int, every key an
// exact float or every key an exact str (what Less compares them by), by
// Less otherwise.
func sortByKeys(items, keys []Object) {
	allInt, allFloat, allStr := true, true, true
	for _, k := range keys {
		switch k.(type) {
		case Int:
			allFloat, allStr = false, false
		case Float:
			allInt, allStr = false, false
		case Str:
			allInt, allFloat = false, false
		default:
			allInt, allFloat, allStr = false, false, false
		}
		if !allInt && !allFloat && !allStr {
			break
		}
	}
	switch {
	case allInt:
		sortOrdered(items, keys, func(k Object) int64 { return int64(k.(Int)) })
	case allFloat:
		sortOrdered(items, keys, func(k Object) float64 { return float64(k.(Float)) })
	case allStr:
		sortOrdered(items, keys, func(k Object) string { return string(k.(Str)) })
	case len(keys) > 0 && &keys[0] == &items[0]:
		// The items are their own keys. Sorted in a copy: a comparison
		// that raises in the middle of a merge must not leave items
		// with some duplicated and others lost.
		tmp := append([]Object(nil), items...)
		mergeSort(tmp, Less)
		copy(items, tmp)
	default:
		sortKeyed(items, keys, func(k Object) Object { return k }, func(x, y keyed[Object]) bool { return Less(x.k, y.k) })
	}
}

// sortKeyed sorts items stably by their keys converted by conv, pairs
// compared by less (on the pairs: a comparison of keys wrapped in
// another closure cost 9%); items change only once the sort has finished.
func sortKeyed[K any](items, keys []Object, conv func(Object) K, less func(x, y keyed[K]) bool) {
	ps := make([]keyed[K], len(items))
	for i, k := range keys {
		ps[i] = keyed[K]{conv(k), items[i]}
	}
	mergeSort(ps, less)
	for i := range ps {
		items[i] = ps[i].v
	}
}

// sortOrdered is sortKeyed for keys Go orders itself (exact ints, floats:
// Less compares them by < too, NaN included). The merge sort is written
// out for them with the comparison inline: mergeSort's less, a func
// value, is an indirect call at every comparison (two thirds of sorting a
// list of ints by a key), and Go calls a type parameter's methods through
// its dictionary too; < on a cmp.Ordered key compiles to the instruction.
func sortOrdered[K cmp.Ordered](items, keys []Object, conv func(Object) K) {
	a := make([]keyed[K], len(items))
	for i, k := range keys {
		a[i] = keyed[K]{conv(k), items[i]}
	}
	n := len(a)
	ascending, descending := true, true
	for i := 1; i < n && (ascending || descending); i++ {
		if a[i].k < a[i-1].k {
			ascending = false
		} else {
			descending = false
		}
	}
	switch {
	case ascending:
	case descending:
		slices.Reverse(a)
	default:
		for lo := 0; lo < n; lo += insertionRun {
			run := a[lo:min(lo+insertionRun, n)]
			for i := 1; i < len(run); i++ {
				for j := i; j > 0 && run[j].k < run[j-1].k; j-- {
					run[j], run[j-1] = run[j-1], run[j]
				}
			}
		}
		src, dst := a, make([]keyed[K], n)
		for w := insertionRun; w < n; w *= 2 {
			for lo := 0; lo < n; lo += 2 * w {
				mid, hi := min(lo+w, n), min(lo+2*w, n)
				mergeOrdered(src[lo:mid], src[mid:hi], dst[lo:hi])
			}
			src, dst = dst, src
		}
		a = src
	}
	for i := range a {
		items[i] = a[i].v
	}
}

// mergeOrdered is mergeRuns for sortOrdered.
func mergeOrdered[K cmp.Ordered](l, r, out []keyed[K]) {
	if len(r) > 0 && len(l) > 0 && !(r[0].k < l[len(l)-1].k) {
		copy(out[copy(out, l):], r)
		return
	}
	i, j, k := 0, 0, 0
	for i < len(l) && j < len(r) {
		if r[j].k < l[i].k {
			out[k] = r[j]
			j++
		} else {
			out[k] = l[i]
			i++
		}
		k++
	}
	k += copy(out[k:], l[i:])
	copy(out[k:], r[j:])
}
