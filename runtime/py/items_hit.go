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
	var items []Object
	switch v := o.(type) {
	case *List:
		if v.cls != nil {
			return nil
		}
		items = v.Items
	case *Tuple:
		if v.sub != nil {
			return nil
		}
		items = v.Items
	default:
		return nil
	}
	if i < 0 {
		i += Int(len(items))
	}
	if uint64(i) < uint64(len(items)) {
		return items[i]
	}
	return nil
}

// ItemHitI is ItemHit of an exact list with an int-typed index (unboxed,
// or boxed as an Int; a big int or an unbound variable misses).
func ItemHitI(o Object, k TypedInt) Object {
	if l, ok := o.(*List); ok && l.cls == nil {
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

// ItemStore does o[k] = v and reports true when o is an exact list and k an
// int in range; false (nothing done) sends the store the full way:
// `if !py.ItemStore(x, k, v) { py.SetItem(<x>, <k>, v) }`.
func ItemStore(o, k, v Object) bool {
	if l, ok := o.(*List); ok && l.cls == nil {
		if i, ok := k.(Int); ok {
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
	if l, ok := o.(*List); ok && l.cls == nil {
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
