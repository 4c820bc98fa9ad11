package py

// Tuple is Python's tuple. cls is set for instances of tuple subclasses
// (namedtuples, user classes).
type Tuple struct {
	Items []Object
	// sub is set for instances of tuple subclasses: their class and,
	// unless the class has __slots__ all the way down, their __dict__.
	sub *tupleSub
}

type tupleSub struct {
	cls   *Type
	attrs *Dict
}

// List is Python's list. cls and attrs are set for instances of list
// subclasses.
type List struct {
	Items []Object
	// sub is set for instances of list subclasses: one word in every
	// list (most are small, their items in the same allocation), not two.
	sub *subPart
}

// subPart is what an instance of a list, dict or set subclass has beyond
// the builtin value (nil for the builtin types' own instances): its class,
// its instance dict (nil under __slots__) and its named slots' values.
type subPart struct {
	cls   *Type
	attrs *Dict
	slotv []Object
}

// Set is Python's set (and frozenset when Frozen); it keeps insertion order
// internally, which Python does not promise but which makes output stable.
type Set struct {
	table              []setEntry
	fill, used, finger int
	// sub is set for instances of set and frozenset subclasses: one word
	// (a set and its first table are 256 bytes, not 288).
	sub    *subPart
	Frozen bool
	// counting: the set is one len(set(xs)) builds and drops (setcount.go),
	// whose tables are reused.
	counting bool
}

var (
	TupleType     = newBuiltinType("tuple", ObjectType)
	ListType      = newBuiltinType("list", ObjectType)
	SetType       = newBuiltinType("set", ObjectType)
	FrozenSetType = newBuiltinType("frozenset", ObjectType)
)

func (t *Tuple) Type() *Type {
	if t.sub != nil {
		return t.sub.cls
	}
	return TupleType
}

// InstanceDict is the __dict__ of a tuple subclass instance (nil for
// tuples and for subclasses with __slots__).
func (t *Tuple) InstanceDict() *Dict {
	if t.sub != nil {
		return t.sub.attrs
	}
	return nil
}

func (l *List) Type() *Type {
	if l.sub != nil {
		return l.sub.cls
	}
	return ListType
}

// InstanceDict is the __dict__ of a list subclass instance (nil for lists).
func (l *List) InstanceDict() *Dict {
	if l.sub == nil {
		return nil
	}
	return l.sub.attrs
}
func (s *Set) Type() *Type {
	if s.sub != nil {
		return s.sub.cls
	}
	if s.Frozen {
		return FrozenSetType
	}
	return SetType
}

// EmptyTuple is ().
var EmptyTuple = &Tuple{}

// NewTuple makes a tuple holding items (not copied).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{Items: items}
}

// NewList makes a list holding items (not copied).
func NewList(items ...Object) *List { return &List{Items: items} }

// NewSet makes a set of items.
func NewSet(items ...Object) *Set {
	s := newSetRoom(false)
	for _, it := range items {
		s.Add(it)
	}
	return s
}

// Add inserts x.
func (s *Set) Add(x Object) { s.addEntry(x, cpyHash(x)) }

// Contains is `x in s`.
func (s *Set) Contains(x Object) bool { return s.lookup(x, cpyHash(x)) >= 0 }

// Discard removes x if present, reporting whether it was.
func (s *Set) Discard(x Object) bool { return s.discardEntry(x, cpyHash(x)) }

// Len is len(s).
func (s *Set) Len() int { return s.used }

// Elems returns the elements in iteration order.
func (s *Set) Elems() []Object {
	out := make([]Object, 0, s.used)
	s.each(func(k Object, _ int64) bool { out = append(out, k); return true })
	return out
}

// maxListHint bounds the room NewListHint makes ahead of time: past it the
// list grows as it fills, so an iteration cut short by an exception does
// not leave a huge allocation behind.
const maxListHint = 1 << 20

// NewListHint returns an empty list with room for what the fresh iterator
// it will yield, as far as it is known (a range, a list, a tuple or a
// dict): a list comprehension over it then fills the list without
// copying it as it grows.
func NewListHint(it Object) *List { return &List{Items: ItemsHint(it)} }

// ItemsHint is NewListHint's room for the items, as a slice: a list
// comprehension whose list nobody sees (the star argument of a call)
// gives its items so.
func ItemsHint(it Object) []Object {
	n := 0
	switch v := it.(type) {
	case *RangeIter:
		n = int(v.left)
	case *SeqIter:
		if v.list != nil {
			n = len(v.list.Items) - v.i
		} else {
			n = len(v.items) - v.i
		}
	case *DictIter:
		n = v.s.lengthHint()
	case *SetIter:
		n = v.left
	case *List:
		// A comprehension's first iterable as py.SeqOrIter gives it.
		n = len(v.Items)
	case *Tuple:
		n = len(v.Items)
	}
	return itemsRoom(n)
}

func itemsRoom(n int) []Object {
	n = min(max(n, 0), maxListHint)
	if n == 0 {
		return nil
	}
	return make([]Object, 0, n)
}

// InstanceDict is the __dict__ of a set or frozenset subclass instance
// (nil for sets).
func (s *Set) InstanceDict() *Dict {
	if s.sub == nil {
		return nil
	}
	return s.sub.attrs
}

// hashKey is the hash a set's __contains__, discard and remove look key
// up with, and the key: a set (PySet_Check: set or a subclass, not a
// frozenset) whose hash raises TypeError is looked up as a frozenset of
// its items, as CPython's set_contains/set_discard/set_remove retry.
func hashKey(key Object) (Object, int64) {
	if ks, ok := key.(*Set); ok && !ks.Frozen {
		var h int64
		if e := CatchMatching(TypeErrorType, func() { h = cpyHash(key) }); e != nil {
			tmp := newSetRoom(true)
			tmp.merge(ks)
			return tmp, cpyHash(tmp)
		}
		return key, h
	}
	return key, cpyHash(key)
}

// ContainsKey is `key in s` (set.__contains__), hashKey's conversion
// included.
func (s *Set) ContainsKey(key Object) bool {
	k, h := hashKey(key)
	return s.lookup(k, h) >= 0
}

// DiscardKey is set.discard(key) (and remove's lookup), reporting whether
// key was present.
func (s *Set) DiscardKey(key Object) bool {
	k, h := hashKey(key)
	return s.discardEntry(k, h)
}
