package py

// A subscript load of a local, x[k] with k a constant or a local, is
// spelled py.ItemOr(py.ItemHit(x, k), py.Local(x, "x"), k) in generated
// code: both inline (GetItem cannot: its fallback call costs more than Go's
// inlining budget leaves), so the common case, an exact list or tuple
// indexed in range, makes no call. ItemHit reads x and k unchecked (an
// unbound local is nil or a marker, and misses); on a miss ItemOr evaluates
// them properly and takes the full path.

// ItemHit is o[k] when o is an exact list or tuple and k an int in range
// (a negative one counts from the end), nil otherwise (neither holds nil).
func ItemHit(o, k Object) Object {
	i, ok := k.(Int)
	if !ok {
		return nil
	}
	// Assertions rather than a type switch: each compares the type word
	// with a constant, where a switch loads the type's hash first. Any
	// other o leaves items empty: no index is in range. (Nested tests, as
	// in ItemHitK.)
	var items []Object
	if l, ok := o.(*List); ok {
		if l.sub == nil {
			items = l.Items
		}
	} else if t, ok := o.(*Tuple); ok {
		if t.sub == nil {
			items = t.Items
		}
	}
	if i < 0 {
		i += Int(len(items))
	}
	if uint64(i) < uint64(len(items)) {
		return items[i]
	}
	return nil
}

// ItemHitOf is ItemHit for a subscript whose receiver or index is not a
// plain local (a[b[i]], self.table[k]): it hands ItemOr both with the
// hit, so py.ItemOr(py.ItemHitOf(<x>, <k>)) evaluates each once, in
// Python's order, and both halves inline. A negative index misses (to
// stay within the inliner's budget; GetItem takes it). The list and tuple
// tests repeat ItemHit's: a shared helper puts ItemHit past the budget.
func ItemHitOf(o, k Object) (Object, Object, Object) {
	if i, ok := k.(Int); ok {
		var items []Object
		if l, ok := o.(*List); ok {
			if l.sub == nil {
				items = l.Items
			}
		} else if t, ok := o.(*Tuple); ok {
			if t.sub == nil {
				items = t.Items
			}
		}
		if uint64(i) < uint64(len(items)) {
			return items[i], o, k
		}
	}
	return nil, o, k
}

// ItemHitK is ItemHit with a constant index 0 <= i < 2**31 (p[0], v[2]).
func ItemHitK(o Object, i int) Object {
	// Nested tests: the list's pointer is used only where the assertion
	// held (a combined test keeps it in a variable that the miss sets).
	if l, ok := o.(*List); ok {
		if l.sub == nil && i < len(l.Items) {
			return l.Items[i]
		}
	} else if t, ok := o.(*Tuple); ok {
		if t.sub == nil && i < len(t.Items) {
			return t.Items[i]
		}
	}
	return nil
}

// ItemStoreK is ItemStore with a constant index 0 <= i < 2**31.
func ItemStoreK(o Object, i int, v Object) bool {
	if l, ok := o.(*List); ok {
		if l.sub == nil && i < len(l.Items) {
			l.Items[i] = v
			return true
		}
	}
	return false
}

// ItemHitI is ItemHit of an exact list with an int-typed index (unboxed,
// or boxed as an Int; a big int or an unbound variable misses).
func ItemHitI(o Object, k TypedInt) Object {
	if l, ok := o.(*List); ok {
		if l.sub != nil {
			return nil
		}
		i := k.v
		if k.o != nil {
			if _, ok := k.o.(Int); !ok {
				return nil
			}
		}
		if i < 0 {
			i += int64(len(l.Items))
		}
		if uint64(i) < uint64(len(l.Items)) {
			return l.Items[i]
		}
	}
	return nil
}

// ItemOr is v, or (nil: the hit test missed) o[k].
func ItemOr(v, o, k Object) Object {
	if v != nil {
		return v
	}
	return GetItem(o, k)
}

// ItemOrI is ItemOr for an int-typed local index k (its Python name
// name): boxed only when the hit test missed, not for every load.
func ItemOrI(v, o Object, k *TypedInt, name string) Object {
	if v != nil {
		return v
	}
	return itemOrIMiss(o, k, name)
}

//go:noinline
func itemOrIMiss(o Object, k *TypedInt, name string) Object { return GetItem(o, BoxI(k, name)) }

// ItemStore does o[k] = v and reports true when o is an exact list and k an
// int in range; false (nothing done) sends the store the full way:
// `if !py.ItemStore(x, k, v) { py.SetItem(<x>, <k>, v) }`.
func ItemStore(o, k, v Object) bool {
	if l, ok := o.(*List); ok {
		if i, ok := k.(Int); ok && l.sub == nil {
			if i < 0 {
				i += Int(len(l.Items))
			}
			if uint64(i) < uint64(len(l.Items)) {
				l.Items[i] = v
				return true
			}
		}
	}
	return false
}

// ItemStoreI is ItemStore with an int-typed index.
func ItemStoreI(o Object, k TypedInt, v Object) bool {
	if l, ok := o.(*List); ok {
		if l.sub != nil {
			return false
		}
		i := k.v
		if k.o != nil {
			if _, ok := k.o.(Int); !ok {
				return false
			}
		}
		if i < 0 {
			i += int64(len(l.Items))
		}
		if uint64(i) < uint64(len(l.Items)) {
			l.Items[i] = v
			return true
		}
	}
	return false
}

// SeqOf is the list or tuple iterator a for loop got from GetIter, nil for
// any other iterator: the loop then steps it with SeqNext.
func SeqOf(it Object) *SeqIter {
	s, _ := it.(*SeqIter)
	return s
}

// ForSeq starts a for loop over o. A list or tuple iterated the builtin
// way is stepped through *s, which the loop keeps on its Go stack (no
// iterator object: nothing but the loop could ever see it), and ForSeq
// returns nil; any other iterable's iterator (GetIter's) is returned, *s
// staying empty (zip's loops step *s with its Next).
// An exact list is tested in a small frame; forSeqSlow has the rest.
func ForSeq(o Object, s *SeqIter) Object {
	if l, ok := o.(*List); ok && l.sub == nil {
		s.list = l
		return nil
	}
	return forSeqSlow(o, s)
}

func forSeqSlow(o Object, s *SeqIter) Object {
	switch v := o.(type) {
	case *List:
		if v.sub == nil || ownIter(v.sub.cls, ListType) {
			s.list = v
			return nil
		}
	case *Tuple:
		if v.sub == nil || ownIter(v.sub.cls, TupleType) {
			s.items = v.Items
			return nil
		}
	}
	return GetIter(o)
}

// SeqOrIter is a comprehension's first iterable as its function gets it: an
// exact list or tuple itself (whose iter() can neither fail nor run Python
// code, so taking it inside the function is unobservable), any other
// object's iterator. ForSeqIt then starts the loop over it.
func SeqOrIter(o Object) Object {
	switch v := o.(type) {
	case *List:
		if v.sub == nil {
			return o
		}
	case *Tuple:
		if v.sub == nil {
			return o
		}
	}
	return GetIter(o)
}

// SeqNext is the inlined step of a for loop over a list or tuple: its next
// item when there is one and the checkpoint has nothing to do. Otherwise
// (nil s, the end, a signal or thread waiting) it reports false and the
// loop calls Next, which does all of that as before.
func SeqNext(s *SeqIter) (Object, bool) {
	if s != nil && evalBreaker.Load() == 0 {
		items := s.items
		if s.list != nil {
			items = s.list.Items
		}
		if i := s.i; i < len(items) {
			s.i = i + 1
			return items[i], true
		}
	}
	return nil, false
}

// ForItems starts a for loop over o. A list or tuple iterated the builtin
// way is stepped by index through its items: ForItems gives the address of
// its Items field (a list's methods update that header, so the loop sees
// the list grow and shrink as CPython's iterator does) and leaves *it nil.
// Any other iterable gives an empty items slice, so that ItemAt always
// misses, and its iterator in *it. The loop keeps the address and its index
// in Go locals (registers), steps with ItemAt(src, i) and, when that
// reports false, NextItem(it, src, i). The iterator goes out through a
// pointer (the loop's variable) rather than as a second result, and
// ForItems stays a call: measured on the bench rows, one result beats
// two (boardgame -1.3%, nbody -0.7% instructions), and the inlined form
// (with one result it fits Go's budget) lost to how Go then allocated
// registers in the big functions around the loops (boardgame +2.4%,
// nbody +1.7% against the call).
//
//go:noinline
func ForItems(o Object, it *Object) *[]Object {
	if l, ok := o.(*List); ok && l.sub == nil {
		return &l.Items
	}
	return forItemsSlow(o, it)
}

func forItemsSlow(o Object, it *Object) *[]Object {
	switch v := o.(type) {
	case *List:
		if v.sub == nil || ownIter(v.sub.cls, ListType) {
			return &v.Items
		}
	case *Tuple:
		if v.sub == nil || ownIter(v.sub.cls, TupleType) {
			return &v.Items
		}
	}
	*it = GetIter(o)
	return &noItems
}

// ForItemsIt is ForItems for what SeqOrIter gave: an exact list or tuple
// is stepped by index; anything else is already the iterator.
func ForItemsIt(it Object) (*[]Object, Object) {
	switch v := it.(type) {
	case *List:
		if v.sub == nil {
			return &v.Items, nil
		}
	case *Tuple:
		if v.sub == nil {
			return &v.Items, nil
		}
	}
	return &noItems, it
}

// noItems is the items of a ForItems loop that steps an iterator: never
// written, always empty.
var noItems []Object

// ItemAt is the inlined step of a ForItems loop: item i when there is one
// and the checkpoint has nothing to do. Otherwise (an iterator, the end, a
// signal or thread waiting) it reports false and the loop calls NextItem.
func ItemAt(src *[]Object, i int) (Object, bool) {
	if evalBreaker.Load() == 0 {
		if items := *src; uint(i) < uint(len(items)) {
			return items[i], true
		}
	}
	return nil, false
}

// NextItem is a ForItems loop's step when ItemAt reported false: it steps
// the iterator, or takes item i after the checkpoint (signals, the GIL),
// as Next does.
func NextItem(it Object, src *[]Object, i int) (Object, bool) {
	if it != nil {
		return Next(it)
	}
	if evalBreaker.Load() != 0 {
		Checkpoint()
	}
	if items := *src; i < len(items) {
		return items[i], true
	}
	return nil, false
}

// NextHit is the next item of a range iterator that has one, when that is
// a small int and no checkpoint work is pending; nil otherwise, for Next
// to take the step. A fed generator expression's loop steps with
// py.StepOr(py.NextHit(it), it): both inline, so a range step makes no
// call.
func NextHit(it Object) Object {
	if r, ok := it.(*RangeIter); ok && r.left > 0 && evalBreaker.Load() == 0 {
		if i := uint64(r.cur + 5); i < smallIntLen {
			r.cur += r.step
			r.left--
			return smallIntAt(i)
		}
	}
	return nil
}

// StepOr is (v, true), or (v nil: NextHit missed) Next(it).
func StepOr(v, it Object) (Object, bool) {
	if v != nil {
		return v, true
	}
	return Next(it)
}

// NextIHit is NextI's step of a range iterator with an item left; hit is
// false for anything else, which NextI then steps:
// `x, ok := py.NextIHit(it); if !ok { x, ok = py.NextI(it) }` makes no call
// for a range's items.
func NextIHit(it Object) (x TypedInt, hit bool) {
	if r, ok := it.(*RangeIter); ok && r.left > 0 {
		v := r.cur
		r.cur += r.step
		r.left--
		return TypedInt{v: v}, true
	}
	return TypedInt{}, false
}
