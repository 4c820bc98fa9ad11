// Package bisect is Python's bisect module.
package bisect

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

func search(a py.Object, x py.Object, lo, hi int, key py.Object, right bool) int {
	if lo < 0 {
		panic(py.NewError(py.ValueErrorType, "lo must be non-negative"))
	}
	if hi < 0 {
		hi = py.Len(a)
	}
	for lo < hi {
		mid := int((uint(lo) + uint(hi)) / 2) // lo+hi may pass MaxInt (a len() near sys.maxsize)
		v := py.GetItem(a, py.Int(mid))
		if key != nil && key != py.None {
			v = py.Call(key, v)
		}
		if right {
			if py.Less(x, v) {
				hi = mid
			} else {
				lo = mid + 1
			}
		} else if py.Less(v, x) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

func setup0() {
	py.RegisterModule("bisect", func(m *py.Module) {
		for _, name := range []string{"bisect_left", "bisect_right", "insort_left", "insort_right"} {
			name := name
			right := name != "bisect_left" && name != "insort_left"
			insert := name[0] == 'i'
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"a", "x", "lo", "hi", "key"}, 2)
				lo, hi := 0, -1
				if a[2] != nil {
					lo = py.Index(a[2])
				}
				if a[3] != nil && a[3] != py.None {
					hi = py.Index(a[3])
				}
				x := a[1]
				if insert && a[4] != nil && a[4] != py.None {
					x = py.Call(a[4], a[1])
				}
				i := search(a[0], x, lo, hi, a[4], right)
				if insert {
					py.CallMethod(a[0], "insert", py.Int(i), a[1])
					return py.None
				}
				return py.Int(i)
			})
		}
		// As bisect.py: the short names are the right-hand functions
		// themselves (bisect.bisect is bisect.bisect_right).
		for short, long := range map[string]string{"bisect": "bisect_right", "insort": "insort_right"} {
			if v, ok := m.Dict.GetStr(long); ok {
				m.Set(short, v)
			}
		}
	})
}

func setup1() {
	// _bisect is the C module bisect.py re-exports (and the one CPython's
	// tests import fresh as the C implementation): the same Go functions.
	py.RegisterModule("_bisect", func(m *py.Module) {
		src := py.Import("bisect")
		for _, name := range []string{"bisect_left", "bisect_right", "insort_left", "insort_right"} {
			if v, ok := src.Dict.GetStr(name); ok {
				m.Set(name, v)
			}
		}
	})
}
