package py

// The pattern-matching collection flags (Py_TPFLAGS_SEQUENCE and
// Py_TPFLAGS_MAPPING): what a sequence or mapping pattern accepts. The
// builtin sequences and mappings have one; a class takes the first one its
// MRO holds when it is made (inherit_patma_flags); collections.abc.Sequence
// and Mapping set theirs through __abc_tpflags__ (_abc_init), and
// registering a class with them sets it on the class and its subclasses
// that have none (set_collection_flag_recursive).

const (
	FlagSequence = 1 << 5
	FlagMapping  = 1 << 6
	collFlags    = FlagSequence | FlagMapping
)

// typeCollFlags holds the flags of every class that has been given its
// own (the builtins below, classes made by a class statement or type()).
var typeCollFlags = map[*Type]int{}

func init() {
	for _, t := range []*Type{ListType, TupleType, RangeType, MemoryViewType} {
		typeCollFlags[t] = FlagSequence
	}
	for _, t := range []*Type{DictType, MappingProxyType} {
		typeCollFlags[t] = FlagMapping
	}
}

// CollectionFlags is t's collection flag (0: neither).
func CollectionFlags(t *Type) int {
	if f, ok := typeCollFlags[t]; ok {
		return f
	}
	return inheritedCollFlags(t)
}

// inheritedCollFlags is the flag of the first class of t's MRO after t
// that has one.
func inheritedCollFlags(t *Type) int {
	for _, m := range t.MRO[1:] {
		if f, ok := typeCollFlags[m]; ok && f != 0 {
			return f
		}
	}
	return 0
}

// SetCollectionFlags gives a type written in Go (deque, array) or an ABC
// with __abc_tpflags__ its flag, added to the one it has.
func SetCollectionFlags(t *Type, flags int) {
	typeCollFlags[t] = CollectionFlags(t) | flags&collFlags
}

// RegisterCollection is ABCMeta.register's part for an ABC with a
// collection flag: sub and its subclasses without a flag of their own get
// it (not the builtin types, which are immutable).
func RegisterCollection(abc, sub *Type) {
	flag := CollectionFlags(abc) & collFlags
	if flag == 0 {
		return
	}
	var set func(t *Type)
	set = func(t *Type) {
		if t.builtinBase == t || CollectionFlags(t) != 0 {
			return
		}
		typeCollFlags[t] = flag
		for _, s := range t.Subclasses() {
			if st, ok := s.(*Type); ok {
				set(st)
			}
		}
	}
	set(sub)
}
