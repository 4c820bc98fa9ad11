package py

import (
	"fmt"
	"sort"
	"strings"
)

// __slots__ on classes whose instances are *Instance (plain classes):
// when every class of the MRO up to object declares __slots__ without
// "__dict__", instances have no __dict__ (hasattr(o, "__dict__") is
// False and setting any other attribute raises AttributeError), and each
// named slot is a descriptor on its class. Slot values live apart from
// the __dict__, in fixed positions (Instance.slots): a class's own slots
// follow its base's, as in CPython's instance layout, so a slot's
// descriptor reads one index of any instance of its class or a subclass.
// Two bases that both hold named slots cannot share one layout: such a
// class is refused ("multiple bases have instance lay-out conflict"), as
// type_new refuses it.

// classLayout is what type_new decides about a class statement's
// instances: whether they carry a __dict__ and can be weakly referenced,
// and whether the class itself added these (its own __dict__ and
// __weakref__ descriptors), with how many named slots it declares.
type classLayout struct {
	hasDict, hasWeak bool
	addDict, addWeak bool
	own              int
	base             *Type // the primary base (type_new's best_base)
}

// Mangle is private name mangling (_Py_Mangle): __x inside class C is
// _C__x; dunder names, dotted names and classes named only with
// underscores are left alone.
func Mangle(class, name string) string {
	if len(name) < 2 || name[0] != '_' || name[1] != '_' || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class = strings.TrimLeft(class, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}

// slotItems is the class's own __slots__: one string, or an iterable.
func slotItems(slots Object) []Object {
	switch s := UnwrapValue(slots).(type) {
	case Str:
		return []Object{slots}
	case *Tuple:
		return s.Items
	case *List:
		return s.Items
	}
	return AppendStar(nil, slots)
}

// slotNames is the class's own __slots__, as names (unmangled).
func slotNames(slots Object) []string {
	items := slotItems(slots)
	names := make([]string, 0, len(items))
	for _, x := range items {
		s, ok := UnwrapValue(x).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__slots__ items must be strings, not '%s'", x.Type().Name)))
		}
		names = append(names, string(s))
	}
	return names
}

// typeHasDict and typeHasWeak: do instances of t carry a __dict__, a
// weak reference list (tp_dictoffset, tp_weaklistoffset)? Known for
// class statements' classes and the builtin layouts; a Go-made class
// counts as its base.
func typeHasDict(t *Type) bool {
	l := knownLayout(t)
	if l == nil {
		return builtinLayouts[solidBase(t)].dict
	}
	return l.hasDict
}

func typeHasWeak(t *Type) bool {
	l := knownLayout(t)
	if l == nil {
		return builtinLayouts[solidBase(t)].weakref
	}
	return l.hasWeak
}

// knownLayout is the layout of the nearest class statement's class in
// t's MRO, nil when a builtin layout comes first.
func knownLayout(t *Type) *classLayout {
	for _, m := range t.MRO {
		if m.layout != nil {
			return m.layout
		}
		if _, ok := builtinLayouts[m]; ok {
			return nil
		}
	}
	return nil
}

// InstancesWeakrefable reports whether instances of a class made by a
// class statement can be weakly referenced (known false for the builtin
// types and Go-made classes, which the weakref module judges itself).
func InstancesWeakrefable(t *Type) (weak, known bool) {
	if t.layout == nil {
		return false, false
	}
	return t.layout.hasWeak, true
}

// WeakrefOf is the weakref module's answer to o.__weakref__: the first
// live weak reference to o, nil for none.
var WeakrefOf func(o Object) Object

// slotSolidBase is the class whose layout t's instances extend: t when it
// declares named slots, else its primary base's (solid_base).
func slotSolidBase(t *Type) *Type {
	if t.layout != nil {
		if t.layout.own > 0 {
			return t
		}
		return slotSolidBase(t.layout.base)
	}
	return solidBase(t)
}

// primaryBase is type_new's best_base, keeping the first base where two
// layouts conflict (that conflict is reported elsewhere).
func primaryBase(t *Type) *Type {
	var base, winner *Type
	for _, b := range t.Bases {
		s := slotSolidBase(b)
		switch {
		case winner == nil:
			winner, base = s, b
		case winner.IsSubtype(s):
		case s.IsSubtype(winner):
			winner, base = s, b
		}
	}
	if base == nil {
		return ObjectType
	}
	return base
}

// setupSlots runs at class creation, as type_new's slot handling: it
// decides whether instances of t have a __dict__ and a __weakref__, adds
// the class's own __dict__ and __weakref__ descriptors when it is the one
// adding them, and makes the member descriptors of t's named slots.
func setupSlots(t *Type) {
	inheritSlotLayout(t)
	base := primaryBase(t)
	lay := &classLayout{base: base}
	itemsize := typeLayoutOf(base).item
	mayDict := !typeHasDict(base)
	mayWeak := !typeHasWeak(base) && itemsize == 0
	slots, ok := t.Dict.GetStr("__slots__")
	var own []string
	if !ok {
		lay.addDict, lay.addWeak = mayDict, mayWeak
	} else {
		items := slotItems(slots)
		if len(items) > 0 && itemsize != 0 {
			panic(NewError(TypeErrorType, fmt.Sprintf("nonempty __slots__ not supported for subtype of '%s'", base.Name)))
		}
		made := map[string]bool{} // a name may repeat (datetime's date.__slots__ + time.__slots__)
		for _, x := range items {
			s, isStr := UnwrapValue(x).(Str)
			if !isStr {
				panic(NewError(TypeErrorType, fmt.Sprintf("__slots__ items must be strings, not '%s'", x.Type().Name)))
			}
			n := string(s)
			if !IsIdentifier(n) {
				panic(NewError(TypeErrorType, "__slots__ must be identifiers"))
			}
			switch n {
			case "__dict__":
				if !mayDict || lay.addDict {
					panic(NewError(TypeErrorType, "__dict__ slot disallowed: we already got one"))
				}
				lay.addDict = true
				continue
			case "__weakref__":
				if !mayWeak || lay.addWeak {
					panic(NewError(TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"))
				}
				lay.addWeak = true
				continue
			}
			n = Mangle(t.Name, n)
			if made[n] {
				continue
			}
			made[n] = true
			own = append(own, n)
		}
		sort.Strings(own)
		for _, n := range own {
			// The class statement puts __qualname__ and __classcell__ in
			// the namespace itself: they are no class variables.
			if n == "__qualname__" || n == "__classcell__" {
				continue
			}
			if _, clash := t.Dict.GetStr(n); clash {
				panic(NewError(ValueErrorType, fmt.Sprintf("%s in __slots__ conflicts with class variable", Repr(Str(n)))))
			}
		}
		// Secondary bases may provide a __dict__ or weak references.
		for _, b := range t.Bases {
			if b == base {
				continue
			}
			if mayDict && !lay.addDict && typeHasDict(b) {
				lay.addDict = true
			}
			if mayWeak && !lay.addWeak && typeHasWeak(b) {
				lay.addWeak = true
			}
		}
	}
	lay.own = len(own)
	lay.hasDict = !mayDict || lay.addDict
	lay.hasWeak = typeHasWeak(base) || lay.addWeak
	t.layout = lay
	if lay.addDict {
		if _, ok := t.Dict.GetStr("__dict__"); !ok {
			t.Dict.SetStr("__dict__", instanceDictDescriptor(t))
		}
	}
	if lay.addWeak {
		if _, ok := t.Dict.GetStr("__weakref__"); !ok {
			t.Dict.SetStr("__weakref__", &GetSetDescriptor{Name: "__weakref__", Owner: t, Get: func(o Object) Object {
				if WeakrefOf != nil {
					if r := WeakrefOf(o); r != nil {
						return r
					}
				}
				return None
			}})
		}
	}
	// Slot storage: an *Instance's, a *ValueSub's (float, str, complex
	// subclasses), or a list's, dict's or set's subclass part; other
	// builtin bases (and Go-made subclasses of those: defaultdict, ...)
	// keep named slots in their instances' attribute dicts.
	valueSub := valueBase(t) != nil
	containerSub := slotContainer(t)
	if !ok || (t.builtinBase != ObjectType && !valueSub && !containerSub) {
		return
	}
	for _, m := range t.MRO[1:] {
		if m == ObjectType || valueSub || containerSub {
			break
		}
		if m.newInstance != nil {
			return // a Go-allocated base: its own layout
		}
	}
	for _, n := range own {
		t.Dict.SetStr(n, slotDescriptor(t, n, t.nslots))
		t.nslots++
	}
	if len(own) > 0 {
		t.slotsFrom = t
	}
	t.noDict = !lay.hasDict
}

// slotContainer reports whether t is a class statement's subclass of list,
// dict, set or frozenset with no Go-made class between (whose allocator
// would decide the layout): its slots live in the instances' subclass
// part (subPart).
func slotContainer(t *Type) bool {
	switch t.builtinBase {
	case ListType, DictType, SetType, FrozenSetType:
	default:
		return false
	}
	for _, m := range t.MRO[1:] {
		if m == t.builtinBase {
			return true
		}
		if m.newInstance != nil {
			return false
		}
	}
	return false
}

// instanceDictDescriptor is the __dict__ attribute of instances of t
// (subtype_dict, subtype_setdict): the instance's dict, which may be
// replaced by another dict, or deleted (a fresh one is made on next use).
func instanceDictDescriptor(t *Type) *GetSetDescriptor {
	AddDeleter(t, "__dict__", func(o Object) {
		if _, ok := o.(*Type); ok {
			// A class whose metaclass has a Python base before type:
			// type's own __dict__ decides (get_builtin_base_with_dict).
			panic(typeDictNotWritable())
		}
		if _, ok := o.(*BaseException); ok {
			// BaseException's own __dict__ decides.
			panic(NewError(TypeErrorType, "cannot delete __dict__"))
		}
		setInstanceDict(o, NewDict())
	})
	return &GetSetDescriptor{Name: "__dict__", Owner: t,
		Get: func(o Object) Object {
			if c, ok := o.(*Type); ok {
				return TypeType.Dict.mustGet("__dict__").(*GetSetDescriptor).Get(c)
			}
			if in, ok := o.(*Instance); ok && !in.hasDict() {
				in.dict = NewDict()
			}
			if d, ok := o.(InstanceDict); ok && d.InstanceDict() != nil {
				return d.InstanceDict()
			}
			panic(NewError(AttributeErrorType, "This object has no __dict__"))
		},
		Set: func(o, v Object) {
			if _, ok := o.(*Type); ok {
				panic(typeDictNotWritable())
			}
			d, ok := v.(*Dict)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)))
			}
			setInstanceDict(o, d)
		},
	}
}

func typeDictNotWritable() *BaseException {
	return NewError(AttributeErrorType, "attribute '__dict__' of 'type' objects is not writable")
}

func setInstanceDict(o Object, d *Dict) {
	switch x := o.(type) {
	case *Instance:
		x.dict, x.vals = d, nil
	case *ValueSub:
		x.Dict = d
	case *BaseException:
		x.Dict = d
	case *List:
		if x.sub == nil {
			x.sub = &subPart{cls: ListType}
		}
		x.sub.attrs = d
	case *Dict:
		if x.sub == nil {
			x.sub = &subPart{cls: DictType}
		}
		x.sub.attrs = d
	case *Set:
		if x.sub == nil {
			x.sub = &subPart{cls: x.Type()}
		}
		x.sub.attrs = d
	default:
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot set '__dict__' of a '%s' object", o.Type().Name)))
	}
}

// inheritSlotLayout gives t its bases' slot layout: the one base whose
// class chain holds named slots (others may hold none, or the same chain's
// prefix); two unrelated chains conflict, as in type_new's best_base.
func inheritSlotLayout(t *Type) {
	var from *Type
	for _, b := range t.Bases {
		f := b.slotsFrom
		switch {
		case f == nil:
		case from == nil || f.IsSubtype(from):
			from = f
		case from.IsSubtype(f):
		default:
			panic(NewError(TypeErrorType, "multiple bases have instance lay-out conflict"))
		}
	}
	if from != nil {
		t.slotsFrom, t.nslots = from, from.nslots
	}
}

// slotValues is the slot storage of o for a slot of owner, allocated on
// first use; a TypeError for an object that is not an instance of owner.
func slotValues(o Object, owner *Type, name string) []Object {
	if in, ok := o.(*Instance); ok && (in.cls == owner || in.cls.IsSubtype(owner)) {
		if in.slots == nil {
			if in.cls.nslots == 0 {
				return nil
			}
			in.slots = &make([]Object, in.cls.nslots)[0]
		}
		return in.slotVals()
	}
	if vs, ok := o.(*ValueSub); ok && (vs.cls == owner || vs.cls.IsSubtype(owner)) {
		if vs.slotv == nil {
			vs.slotv = make([]Object, vs.cls.nslots)
		}
		return vs.slotv
	}
	var sub *subPart
	switch x := o.(type) {
	case *List:
		sub = x.sub
	case *Dict:
		sub = x.sub
	case *Set:
		sub = x.sub
	}
	if sub != nil && (sub.cls == owner || sub.cls.IsSubtype(owner)) {
		if sub.slotv == nil {
			sub.slotv = make([]Object, sub.cls.nslots)
		}
		return sub.slotv
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.Name, o.Type().Name)))
}

func slotDescriptor(t *Type, name string, i int) *GetSetDescriptor {
	d := &GetSetDescriptor{Name: name, Owner: t, member: true,
		Get: func(o Object) Object {
			if v := slotValues(o, t, name)[i]; v != nil {
				return v
			}
			panic(NewError(AttributeErrorType, fmt.Sprintf("'%s' object has no attribute '%s'", o.Type().Name, name)))
		},
		Set: func(o, v Object) { slotValues(o, t, name)[i] = v },
	}
	slotIndex[d] = i
	AddDeleter(t, name, func(o Object) {
		sv := slotValues(o, t, name)
		if sv[i] == nil {
			panic(NewError(AttributeErrorType, name))
		}
		sv[i] = nil
	})
	return d
}

// newPlainInstance is object's allocator: an instance with a __dict__
// unless its class's __slots__ say otherwise. The instance and room for
// its first attributes (or its slots) are one allocation.
func newPlainInstance(t *Type) Object {
	if t.noDict {
		if in := chunkedSlotInstance(t); in != nil {
			return in
		}
		// Exactly the class's slots: 32 bytes plus 16 a slot, a size
		// class of its own for each count up to 8.
		switch t.nslots {
		case 0:
			return &Instance{cls: t}
		case 1:
			x := &struct {
				in Instance
				v  [1]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		case 2:
			x := &struct {
				in Instance
				v  [2]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		case 3:
			x := &struct {
				in Instance
				v  [3]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		case 4:
			x := &struct {
				in Instance
				v  [4]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		case 5:
			x := &struct {
				in Instance
				v  [5]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		case 6:
			x := &struct {
				in Instance
				v  [6]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		case 7:
			x := &struct {
				in Instance
				v  [7]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		case 8:
			x := &struct {
				in Instance
				v  [8]Object
			}{}
			x.in.cls, x.in.slots = t, &x.v[0]
			return &x.in
		}
		return &Instance{cls: t}
	}
	// Values-mode attributes (instvals.go) with room for as many as the
	// class's instances have had (4 until their stores say), in Go's size
	// classes: 1 64 B, 2 80 B, 3 96 B, 4 112 B, 6 144 B, 8 176 B.
	switch n := t.dictRoom; {
	case n == 1:
		return valuesInstance[[1]Object](t, 1)
	case n == 2:
		return valuesInstance[[2]Object](t, 2)
	case n == 3:
		return valuesInstance[[3]Object](t, 3)
	case n > 6:
		return valuesInstance[[8]Object](t, 8)
	case n > 4:
		return valuesInstance[[6]Object](t, 6)
	}
	return valuesInstance[[4]Object](t, 4)
}

// valuesInstance is a plain instance of t and its values-mode block with
// room for room values (N is [room]Object), one allocation.
func valuesInstance[N any](t *Type, room int32) *Instance {
	x := &struct {
		in Instance
		ivBlock[N]
	}{}
	x.in.cls, x.in.vals = t, &x.iv
	x.iv.shape, x.iv.room = emptyShape, room
	return &x.in
}
