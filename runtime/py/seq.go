package py

// Tuple is Python's tuple. cls is set for instances of tuple subclasses
// (namedtuples, user classes).
type Tuple struct {
	Items []Object
	cls   *Type
}

// List is Python's list. cls and attrs are set for instances of list
// subclasses.
type List struct {
	Items []Object
	cls   *Type
	attrs *Dict
}

// Set is Python's set (and frozenset when Frozen); it keeps insertion order
// internally, which Python does not promise but which makes output stable.
type Set struct {
	table              []setEntry
	fill, used, finger int
	Frozen             bool
}

var (
	TupleType     = newBuiltinType("tuple", ObjectType)
	ListType      = newBuiltinType("list", ObjectType)
	SetType       = newBuiltinType("set", ObjectType)
	FrozenSetType = newBuiltinType("frozenset", ObjectType)
)

func (t *Tuple) Type() *Type {
	if t.cls != nil {
		return t.cls
	}
	return TupleType
}

func (l *List) Type() *Type {
	if l.cls != nil {
		return l.cls
	}
	return ListType
}

// InstanceDict is the __dict__ of a list subclass instance (nil for lists).
func (l *List) InstanceDict() *Dict { return l.attrs }
func (s *Set) Type() *Type {
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
	s := &Set{}
	s.init()
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
