// Package heapq is Python's heapq module, with CPython's exact sift
// algorithms so heap lists have the same layout.
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

func siftdown(h []py.Object, start, pos int) {
	newitem := h[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if py.Less(newitem, h[parent]) {
			h[pos] = h[parent]
			pos = parent
			continue
		}
		break
	}
	h[pos] = newitem
}

func siftup(h []py.Object, pos int) {
	end := len(h)
	start := pos
	newitem := h[pos]
	child := 2*pos + 1
	for child < end {
		right := child + 1
		if right < end && !py.Less(h[child], h[right]) {
			child = right
		}
		h[pos] = h[child]
		pos = child
		child = 2*pos + 1
	}
	h[pos] = newitem
	siftdown(h, start, pos)
}

// Heapify is heapq.heapify.
func Heapify(l *py.List) {
	for i := len(l.Items)/2 - 1; i >= 0; i-- {
		siftup(l.Items, i)
	}
}

// Push is heapq.heappush.
func Push(l *py.List, x py.Object) {
	l.Items = append(l.Items, x)
	siftdown(l.Items, 0, len(l.Items)-1)
}

// Pop is heapq.heappop.
func Pop(l *py.List) py.Object {
	if len(l.Items) == 0 {
		panic(py.NewError(py.IndexErrorType, "index out of range"))
	}
	last := l.Items[len(l.Items)-1]
	l.Items = l.Items[:len(l.Items)-1]
	if len(l.Items) == 0 {
		return last
	}
	ret := l.Items[0]
	l.Items[0] = last
	siftup(l.Items, 0)
	return ret
}

func init() {
	py.RegisterModule("heapq", func(m *py.Module) {
		m.AddFunc("heappush", func(args []py.Object, kw []string) py.Object {
			Push(list(args[0]), args[1])
			return py.None
		})
		m.AddFunc("heappop", func(args []py.Object, kw []string) py.Object { return Pop(list(args[0])) })
		m.AddFunc("heapify", func(args []py.Object, kw []string) py.Object {
			Heapify(list(args[0]))
			return py.None
		})
		m.AddFunc("heapreplace", func(args []py.Object, kw []string) py.Object {
			l := list(args[0])
			if len(l.Items) == 0 {
				panic(py.NewError(py.IndexErrorType, "index out of range"))
			}
			ret := l.Items[0]
			l.Items[0] = args[1]
			siftup(l.Items, 0)
			return ret
		})
		m.AddFunc("heappushpop", func(args []py.Object, kw []string) py.Object {
			l := list(args[0])
			x := args[1]
			if len(l.Items) > 0 && py.Less(l.Items[0], x) {
				x, l.Items[0] = l.Items[0], x
				siftup(l.Items, 0)
			}
			return x
		})
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

func init() {
	// _heapq is the C module heapq.py re-exports (and the one CPython's
	// tests import fresh as the C implementation): the same Go functions.
	py.RegisterModule("_heapq", func(m *py.Module) {
		src := py.Import("heapq")
		for _, name := range []string{"heappush", "heappop", "heapify", "heapreplace", "heappushpop"} {
			if v, ok := src.Dict.GetStr(name); ok {
				m.Set(name, v)
			}
		}
	})
}
