package py

// type.__basicsize__ and type.__itemsize__: the sizes CPython 3.11 (64-bit)
// gives its builtin types' instances, and for classes the sizes type_new
// derives from their base (a word per slot, one for a __dict__ that is not
// the managed kind, one for __weakref__ where the layout allows it).
// Programs read them to size buffers and overflow limits.

type typeLayout struct {
	basic, item   int
	dict, weakref bool
}

var builtinLayouts = map[*Type]typeLayout{
	ObjectType:        {16, 0, false, false},
	IntType:           {24, 4, false, false},
	BoolType:          {32, 4, false, false},
	FloatType:         {24, 0, false, false},
	StrType:           {80, 0, false, false},
	BytesType:         {33, 1, false, false},
	ByteArrayType:     {56, 0, false, false},
	ListType:          {40, 0, false, false},
	TupleType:         {24, 8, false, false},
	DictType:          {48, 0, false, false},
	SetType:           {200, 0, false, true},
	FrozenSetType:     {200, 0, false, true},
	RangeType:         {48, 0, false, false},
	SliceType:         {40, 0, false, false},
	TypeType:          {904, 40, true, true},
	BaseExceptionType: {72, 0, true, false},
}

func typeLayoutOf(t *Type) typeLayout {
	if l, ok := builtinLayouts[t]; ok {
		return l
	}
	if len(t.Bases) == 0 {
		return typeLayout{16, 0, false, false}
	}
	l := typeLayoutOf(t.Bases[0])
	for _, b := range t.Bases[1:] {
		bl := typeLayoutOf(b)
		l.dict = l.dict || bl.dict
		l.weakref = l.weakref || bl.weakref
	}
	if t.Module == "builtins" {
		return l
	}
	addDict, addWeak := true, true
	if sl, ok := t.Dict.GetStr("__slots__"); ok {
		addDict, addWeak = false, false
		var names []Object
		if s, isStr := sl.(Str); isStr {
			names = []Object{s}
		} else {
			names = AppendStar(nil, sl)
		}
		for _, n := range names {
			switch s, _ := n.(Str); s {
			case "__dict__":
				addDict = true
			case "__weakref__":
				addWeak = true
			default:
				l.basic += 8
			}
		}
	}
	if addDict && !l.dict {
		l.dict = true
		if l.item != 0 {
			// Not a managed dict: a pointer after the items.
			l.basic += 8
		}
	}
	if addWeak && !l.weakref && l.item == 0 {
		l.weakref = true
		l.basic += 8
	}
	return l
}
