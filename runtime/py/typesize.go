package py

import (
	"fmt"
	"strings"
)

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
	ModuleType:        {56, 0, true, true},
}

func typeLayoutOf(t *Type) typeLayout {
	if l, ok := builtinLayouts[t]; ok {
		return l
	}
	if len(t.Bases) == 0 {
		return typeLayout{16, 0, false, false}
	}
	if lay := t.layout; lay != nil {
		// A class statement's: its primary base's layout, a word per
		// named slot, one for weak references it adds, one for a
		// __dict__ it adds that is not the managed kind.
		l := typeLayoutOf(lay.base)
		l.basic += 8 * lay.own
		if lay.addWeak {
			l.basic += 8
		}
		if lay.addDict && l.item != 0 {
			l.basic += 8
		}
		l.dict, l.weakref = lay.hasDict, lay.hasWeak
		return l
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

// solidBase is the nearest type in t's MRO whose instance layout differs
// from its base's (CPython's solid_base), among the builtin layouts above.
func solidBase(t *Type) *Type {
	for _, m := range t.MRO {
		if _, ok := builtinLayouts[m]; ok {
			return m
		}
	}
	return ObjectType
}

// bestBase is type_new's best_base: the base whose solid base derives
// from every other base's (class.__base__); a TypeError when two layouts
// conflict. Bases that are not classes are left to the caller.
func bestBase(bases []Object) *Type {
	var base, winner *Type
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			continue
		}
		s := solidBase(bt)
		switch {
		case winner == nil:
			winner, base = s, bt
		case winner.IsSubtype(s):
		case s.IsSubtype(winner):
			winner, base = s, bt
		default:
			panic(NewError(TypeErrorType, "multiple bases have instance lay-out conflict"))
		}
	}
	return base
}

// checkTypeArgs validates type(name, bases, dict)'s arguments as type_new
// does before it makes the class.
func checkTypeArgs(name, bases, dict Object) {
	s, ok := name.(Str)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("type.__new__() argument 1 must be str, not %s", typeName(name))))
	}
	bt, ok := bases.(*Tuple)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("type.__new__() argument 2 must be tuple, not %s", typeName(bases))))
	}
	d, ok := dict.(*Dict)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("type.__new__() argument 3 must be dict, not %s", typeName(dict))))
	}
	for _, b := range bt.Items {
		t, ok := b.(*Type)
		if !ok {
			panic(NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"))
		}
		if finalTypes[t] {
			panic(NewError(TypeErrorType, fmt.Sprintf("type '%s' is not an acceptable base type", t.Qualname)))
		}
	}
	bestBase(bt.Items)
	if strings.ContainsRune(string(s), 0) {
		panic(NewError(ValueErrorType, "type name must not contain null characters"))
	}
	if hasSurrogates(string(s)) {
		panic(SurrogateEncodeError("utf-8", string(s)))
	}
	if q, ok := d.GetStr("__qualname__"); ok {
		if _, isStr := q.(Str); !isStr {
			panic(NewError(TypeErrorType, fmt.Sprintf("type __qualname__ must be a str, not %s", typeName(q))))
		}
	}
}

// finalTypes are the builtin types that cannot be subclassed.
var finalTypes = map[*Type]bool{}

func init() {
	for _, t := range []*Type{BoolType, NoneTypeType, EllipsisTypeType, NotImplementedTypeType, SliceType, RangeType,
		FunctionType, MethodType, GeneratorType, CoroutineType} {
		finalTypes[t] = true
	}
}

func hasSurrogates(s string) bool {
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		if IsSurrogate(r) {
			return true
		}
		i += n
	}
	return false
}
