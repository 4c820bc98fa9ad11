// Package heapq is CPython's _heapq (the C accelerator, with its sift
// algorithms and its checks against a heap changed by a comparison) and a
// fallback heapq for programs built without the host's library: with a
// host, heapq.py runs on top of _heapq, as in CPython.
package heapq

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func list(o py.Object) *py.List {
	l, ok := o.(*py.List)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("heap argument must be a list, not %s", o.Type().Name)))
	}
	return l
}

func changed() {
	panic(py.NewError(py.RuntimeErrorType, "list changed size during iteration"))
}

// less is a < b (max-heaps swap the operands).
func less(a, b py.Object, max bool) bool {
	if max {
		a, b = b, a
	}
	return py.Less(a, b)
}

// siftdown is CPython's siftdown: the comparison may run Python code that
// resizes the list, which is an error.
func siftdown(l *py.List, start, pos int, max bool) {
	size := len(l.Items)
	newitem := l.Items[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		parentitem := l.Items[parent]
		lt := less(newitem, parentitem, max)
		if len(l.Items) != size {
			changed()
		}
		if !lt {
			break
		}
		parentitem, newitem = l.Items[parent], l.Items[pos]
		l.Items[parent], l.Items[pos] = newitem, parentitem
		pos = parent
	}
}

func siftup(l *py.List, pos int, max bool) {
	end := len(l.Items)
	start := pos
	limit := end >> 1
	for pos < limit {
		child := 2*pos + 1
		if child+1 < end {
			lt := less(l.Items[child], l.Items[child+1], max)
			if len(l.Items) != end {
				changed()
			}
			if !lt {
				child++
			}
		}
		l.Items[child], l.Items[pos] = l.Items[pos], l.Items[child]
		pos = child
	}
	siftdown(l, start, pos, max)
}

// Heapify is heapq.heapify.
func Heapify(l *py.List) { heapify(l, false) }

func heapify(l *py.List, max bool) {
	for i := len(l.Items)/2 - 1; i >= 0; i-- {
		siftup(l, i, max)
	}
}

// Push is heapq.heappush.
func Push(l *py.List, x py.Object) {
	l.Items = append(l.Items, x)
	siftdown(l, 0, len(l.Items)-1, false)
}

// Pop is heapq.heappop.
func Pop(l *py.List) py.Object { return pop(l, false) }

func pop(l *py.List, max bool) py.Object {
	if len(l.Items) == 0 {
		panic(py.NewError(py.IndexErrorType, "index out of range"))
	}
	last := l.Items[len(l.Items)-1]
	l.Items[len(l.Items)-1] = nil
	l.Items = l.Items[:len(l.Items)-1]
	if len(l.Items) == 0 {
		return last
	}
	ret := l.Items[0]
	l.Items[0] = last
	siftup(l, 0, max)
	return ret
}

func replace(l *py.List, x py.Object, max bool) py.Object {
	if len(l.Items) == 0 {
		panic(py.NewError(py.IndexErrorType, "index out of range"))
	}
	ret := l.Items[0]
	l.Items[0] = x
	siftup(l, 0, max)
	return ret
}

func pushpop(l *py.List, x py.Object) py.Object {
	if len(l.Items) == 0 {
		return x
	}
	top := l.Items[0]
	lt := py.Less(top, x)
	if !lt {
		return x
	}
	if len(l.Items) == 0 {
		panic(py.NewError(py.IndexErrorType, "index out of range"))
	}
	ret := l.Items[0]
	l.Items[0] = x
	siftup(l, 0, false)
	return ret
}

// args checks a C function's positional-only arguments.
func args(name string, a []py.Object, kw []string, n int) []py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes no keyword arguments", name)))
	}
	if len(a) != n {
		if n == 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes exactly one argument (%d given)", name, len(a))))
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected %d arguments, got %d", name, n, len(a))))
	}
	return a
}

func addC(m *py.Module) {
	m.AddFunc("heappush", func(a []py.Object, kw []string) py.Object {
		a = args("heappush", a, kw, 2)
		Push(list(a[0]), a[1])
		return py.None
	})
	m.AddFunc("heappop", func(a []py.Object, kw []string) py.Object {
		return pop(list(args("heappop", a, kw, 1)[0]), false)
	})
	m.AddFunc("heapify", func(a []py.Object, kw []string) py.Object {
		heapify(list(args("heapify", a, kw, 1)[0]), false)
		return py.None
	})
	m.AddFunc("heapreplace", func(a []py.Object, kw []string) py.Object {
		a = args("heapreplace", a, kw, 2)
		return replace(list(a[0]), a[1], false)
	})
	m.AddFunc("heappushpop", func(a []py.Object, kw []string) py.Object {
		a = args("heappushpop", a, kw, 2)
		return pushpop(list(a[0]), a[1])
	})
	m.AddFunc("_heappop_max", func(a []py.Object, kw []string) py.Object {
		return pop(list(args("_heappop_max", a, kw, 1)[0]), true)
	})
	m.AddFunc("_heapify_max", func(a []py.Object, kw []string) py.Object {
		heapify(list(args("_heapify_max", a, kw, 1)[0]), true)
		return py.None
	})
	m.AddFunc("_heapreplace_max", func(a []py.Object, kw []string) py.Object {
		a = args("_heapreplace_max", a, kw, 2)
		return replace(list(a[0]), a[1], true)
	})
}

func setup0() {
	py.RegisterFallbackModule("heapq", func(m *py.Module) {
		addC(m)
		nbest := func(name string, largest bool) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"n", "iterable", "key"}, 2)
				items := py.AppendStar(nil, a[1])
				n := py.Index(a[0])
				py.SortObjects(items, a[2], largest)
				if n < len(items) {
					if n < 0 {
						n = 0
					}
					items = items[:n]
				}
				return py.NewList(items...)
			})
		}
		nbest("nlargest", true)
		nbest("nsmallest", false)
		m.AddFunc("merge", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			var key py.Object
			reverse := false
			for i, k := range kw {
				switch k {
				case "key":
					key = args[npos+i]
				case "reverse":
					reverse = py.Truth(args[npos+i])
				}
			}
			var all []py.Object
			for _, it := range args[:npos] {
				all = append(all, py.AppendStar(nil, it)...)
			}
			py.SortObjects(all, key, reverse)
			return py.GetIter(py.NewList(all...))
		})
	})
}

func setup1() {
	// _heapq is the C module heapq.py re-exports (and the one CPython's
	// tests import fresh as the C implementation).
	py.RegisterModule("_heapq", func(m *py.Module) {
		addC(m)
		m.Set("__about__", py.Str("Heap queues"))
	})
}
