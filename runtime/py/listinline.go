package py

// Lists made at a known length by slicing and concatenation (p[:],
// items[:i] + items[i+1:], [x] + rest) come with room for up to eight items
// in the same allocation as the list itself, as plain instances do: one
// allocation instead of two. Growing past that room moves the items to an
// ordinary slice, as any append beyond capacity does.

type listRoom2 struct {
	l List
	a [2]Object
}

type listRoom4 struct {
	l List
	a [4]Object
}

type listRoom8 struct {
	l List
	a [8]Object
}

// newListLen makes a list of n items (all nil, for the caller to fill).
func newListLen(n int) *List {
	switch {
	case n == 0:
		return &List{}
	case n <= 2:
		x := &listRoom2{}
		x.l.Items = x.a[:n]
		return &x.l
	case n <= 4:
		x := &listRoom4{}
		x.l.Items = x.a[:n]
		return &x.l
	case n <= 8:
		x := &listRoom8{}
		x.l.Items = x.a[:n]
		return &x.l
	}
	return &List{Items: make([]Object, n)}
}

// listSlice is items[start:stop:step] as a new list.
func listSlice(items []Object, start, stop, step int) *List {
	n := sliceLen(start, stop, step)
	l := newListLen(n)
	if step == 1 {
		// stop may be below start (L[3:1]): n is 0 then.
		copy(l.Items, items[start:start+n])
		return l
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[i] = items[j]
	}
	return l
}

// listConcat is a + b as a new list.
func listConcat(a, b []Object) *List {
	l := newListLen(len(a) + len(b))
	copy(l.Items[copy(l.Items, a):], b)
	return l
}

// MakeList is a list display [a, b, ...] of up to eight items: the items
// are copied into room allocated with the list (the argument slice stays
// on the caller's stack).
func MakeList(items ...Object) *List {
	l := newListLen(len(items))
	copy(l.Items, items)
	return l
}

// MakeTuple is a tuple display (a, b, ...) of up to twelve items, made as
// MakeList makes a list.
func MakeTuple(items ...Object) *Tuple { return newTupleCopy(items) }
