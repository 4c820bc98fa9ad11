package py

// Recycled lists. A generator yielding `[a, ...] + x` makes a list that,
// once yielded, only its resumer holds; a for loop in a compiled
// generator whose variable is bound by that loop alone and read only
// where no reference is kept (the right operand of `[...] + v`, `v[i]`)
// drops each such item when it steps to the next. The loop hands it back
// (RecycleFresh) and the next `[a, ...] + x` yielded takes its memory:
// nqueens' permutations allocate their intermediate lists once.
//
// The chain is: ListDisplayAddFresh notes that it made its result
// (lastListFresh), SuspendFresh moves that note into the frame (any other
// suspension clears it), the loop reads it right after the resumption
// (FreshItem) and keeps it beside the variable until it rebinds it.

// freshPinned is set once a builtin a recycling loop's variable may be
// handed to (a fed generator expression's consumer, tuple() or list()) was
// something else at run time: that code may keep the list, so no loop
// recycles an item from then on.
var freshPinned bool

// CallCopying is Call1(fn, x) for tuple(v) or list(v) of a recycling loop
// variable v: the builtins copy v's items and keep nothing; anything else
// pins (freshPinned).
func CallCopying(fn, x Object) Object {
	if fn != Object(TupleType) && fn != Object(ListType) {
		freshPinned = true
	}
	return Call1(fn, x)
}

// lastListFresh says whether the last ListDisplayAddFresh made the list
// it returned; SuspendFresh, evaluated right after it, reads and clears
// it. Python code runs under the GIL and none runs between the two.
var lastListFresh bool

// listPoolDepth is how many dead lists of one length are kept: a chain
// of generators needs one per level of a given length.
const listPoolDepth = 4

// listPool holds dead exact lists by length (1 to 16), as newListLen
// made them.
var (
	listPool  [17][listPoolDepth]*List
	listPoolN [17]uint8
)

// ListDisplayAddFresh is ListDisplayAdd for the value of a yield
// (SuspendFresh): a list it makes may be one a loop recycled.
func ListDisplayAddFresh(items []Object, r Object) Object {
	rl, ok := r.(*List)
	if !ok || rl.sub != nil {
		res := ListDisplayAdd(items, r)
		// Set after the call: the program's code it ran may have made
		// fresh lists of its own.
		lastListFresh = false
		return res
	}
	n := len(items) + len(rl.Items)
	l := popList(n)
	if l == nil {
		l = newListLen(n)
	}
	if len(items) == 1 {
		l.Items[0] = items[0]
		copyItems(l.Items[1:], rl.Items)
	} else {
		copyItems(l.Items[copyItems(l.Items, items):], rl.Items)
	}
	lastListFresh = true
	return l
}

// ListOfFresh is `list(x)` (fn is what the name list gave) as the value of
// a yield (SuspendFresh): the builtin's copy of an exact list or tuple may
// be a list a loop recycled.
func ListOfFresh(fn, x Object) Object {
	if fn == Object(ListType) {
		var items []Object
		if l, ok := x.(*List); ok && l.sub == nil {
			items = l.Items
		} else if t, ok := x.(*Tuple); ok && t.sub == nil {
			items = t.Items
		}
		if items != nil {
			l := popList(len(items))
			if l == nil {
				l = newListLen(len(items))
			}
			copyItems(l.Items, items)
			lastListFresh = true
			return l
		}
	}
	if fn != Object(ListType) {
		// x may be a recycling loop's variable (see CallCopying).
		freshPinned = true
	}
	res := Call1(fn, x)
	lastListFresh = false
	return res
}

// popList takes a pooled list of n items, or nil (then newListLen makes
// one); it inlines where the list is made.
func popList(n int) *List {
	if uint(n) < uint(len(listPoolN)) && listPoolN[n] > 0 {
		k := listPoolN[n] - 1
		listPoolN[n] = k
		l := listPool[n][k]
		listPool[n][k] = nil
		return l
	}
	return nil
}

// FreshItem reports whether the item a loop's resumption of it just
// returned is a list only the loop holds (see SuspendFresh).
func FreshItem(it Object) bool {
	g, ok := it.(*Generator)
	return ok && g.c.frame.fresh
}

// RecycleFresh is the step of a loop whose last item v was fresh (*fresh
// set): the loop read it only where nothing keeps it, so it is dead.
func RecycleFresh(fresh *bool, v Object) {
	if *fresh {
		*fresh = false
		if !freshPinned {
			recycleList(v)
		}
	}
}

func recycleList(v Object) {
	l, ok := v.(*List)
	if !ok || l.sub != nil {
		return
	}
	n := len(l.Items)
	if n == 0 || n > 16 || listPoolN[n] == listPoolDepth {
		return
	}
	listPool[n][listPoolN[n]] = l
	listPoolN[n]++
}
