package py

// SetIter is iter(s) of a set or frozenset, CPython's setiterobject: it
// walks the live table, so it sees the set as it is at each step, and
// raises "Set changed size during iteration" (for good) once the set's
// size moved since the iterator was made.
type SetIter struct {
	s    *Set // nil once exhausted (or after the size error)
	pos  int  // the next table slot to look at
	used int  // the set's size when the iterator was made
	left int  // what __length_hint__ reports
}

func newSetIter(s *Set) *SetIter { return &SetIter{s: s, used: s.used, left: s.used} }

func (*SetIter) Type() *Type { return SetIteratorType }

func (it *SetIter) Next() (Object, bool) {
	s := it.s
	if s == nil {
		return nil, false
	}
	if it.used != s.used {
		it.used = -1 // sticky, as CPython's
		panic(NewError(RuntimeErrorType, "Set changed size during iteration"))
	}
	for i := it.pos; i < len(s.table); i++ {
		if e := &s.table[i]; e.live() {
			it.pos = i + 1
			it.left--
			return e.key, true
		}
	}
	it.s = nil
	return nil, false
}

func init() {
	method(SetIteratorType, "__length_hint__", func(a []Object, kw []string) Object {
		it := a[0].(*SetIter)
		if it.s != nil && it.used == it.s.used {
			return Int(it.left)
		}
		return Int(0)
	})
	method(SetIteratorType, "__reduce__", func(a []Object, kw []string) Object {
		// iter() of a list of what is left, from a copy of the iterator
		// (the iterator itself does not move).
		c := *a[0].(*SetIter)
		rest := []Object{}
		for {
			x, ok := c.Next()
			if !ok {
				break
			}
			rest = append(rest, x)
		}
		return NewTuple(LoadBuiltin("iter"), NewTuple(NewList(rest...)))
	})
}
