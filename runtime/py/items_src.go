package py

// Subscripts of a loop-invariant local. In a loop that never rebinds a
// local x, x is the same object on every iteration, and whether it is an
// exact list or tuple cannot change (neither's __class__ can be assigned).
// The translator then takes x's items header once, before the loop:
//
//	xs := py.ItemsOf(v_x)
//
// and each x[k] in the loop tests only the index against it:
//
//	py.ItemOr(py.SrcHit(xs, k), <x>, <k>)
//
// The header's address is that of the list's Items field, which its
// methods update, so the loop sees the list grow and shrink. For anything
// else (an instance, a dict, an unbound local) xs is an empty slice that
// every index misses, and the load takes the general path.

// ItemsOf is the address of o's items when o is an exact list or tuple,
// else an empty slice's.
func ItemsOf(o Object) *[]Object {
	if l, ok := o.(*List); ok {
		if l.sub == nil {
			return &l.Items
		}
	} else if t, ok := o.(*Tuple); ok {
		if t.sub == nil {
			return &t.Items
		}
	}
	return &noItems
}

// SrcHit is ItemHit for the items ItemsOf gave: item k when k is an int
// in range (a negative one counts from the end), else nil.
func SrcHit(src *[]Object, k Object) Object {
	if i, ok := k.(Int); ok {
		items := *src
		if i < 0 {
			i += Int(len(items))
		}
		if uint64(i) < uint64(len(items)) {
			return items[i]
		}
	}
	return nil
}

// SrcHitK is SrcHit with a constant index 0 <= i < 2**31.
func SrcHitK(src *[]Object, i int) Object {
	if items := *src; i < len(items) {
		return items[i]
	}
	return nil
}

// SrcHitI is SrcHit with an int-typed index (ItemHitI's).
func SrcHitI(src *[]Object, k TypedInt) Object {
	if k.o != nil {
		if _, ok := k.o.(Int); !ok {
			return nil
		}
	}
	items, i := *src, k.v
	if i < 0 {
		i += int64(len(items))
	}
	if uint64(i) < uint64(len(items)) {
		return items[i]
	}
	return nil
}

// SrcHitOf is ItemHitOf for the items ItemsOf gave for o: o[k] is item k
// when k is an int in range; o and k are handed on for ItemOr.
func SrcHitOf(src *[]Object, o, k Object) (Object, Object, Object) {
	if i, ok := k.(Int); ok {
		items := *src
		if i < 0 {
			i += Int(len(items))
		}
		if uint64(i) < uint64(len(items)) {
			return items[i], o, k
		}
	}
	return nil, o, k
}
