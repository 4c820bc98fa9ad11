package py

import "fmt"

// __slots__ on classes whose instances are *Instance (plain classes):
// when every class of the MRO up to object declares __slots__ without
// "__dict__", instances have no __dict__ (hasattr(o, "__dict__") is
// False and setting any other attribute raises AttributeError), and each
// named slot is a descriptor on its class. Slot values live apart from
// the __dict__, in fixed positions (Instance.slotv): a class's own slots
// follow its base's, as in CPython's instance layout, so a slot's
// descriptor reads one index of any instance of its class or a subclass.
// Two bases that both hold named slots cannot share one layout: such a
// class is refused ("multiple bases have instance lay-out conflict"), as
// type_new refuses it.

// slotNames is the class's own __slots__, as names.
func slotNames(slots Object) []string {
	var items []Object
	switch s := slots.(type) {
	case Str:
		items = []Object{s}
	case *Tuple:
		items = s.Items
	case *List:
		items = s.Items
	default:
		it := GetIter(slots)
		for {
			x, ok := Next(it)
			if !ok {
				break
			}
			items = append(items, x)
		}
	}
	names := make([]string, 0, len(items))
	for _, x := range items {
		s, ok := UnwrapValue(x).(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__slots__ items must be strings, not '%s'", x.Type().Name)))
		}
		// Not mangled: the translator keeps self.__x as "__x" too.
		names = append(names, string(s))
	}
	return names
}

// setupSlots runs at class creation: it decides whether instances of t
// have a __dict__ and makes the descriptors of t's named slots.
func setupSlots(t *Type) {
	inheritSlotLayout(t)
	slots, ok := t.Dict.GetStr("__slots__")
	if !ok || t.builtinBase != ObjectType {
		return
	}
	for _, m := range t.MRO[1:] {
		if m == ObjectType {
			break
		}
		if m.newInstance != nil {
			return // a Go-allocated base: its own layout
		}
	}
	made := map[string]bool{} // a name may repeat (datetime's date.__slots__ + time.__slots__)
	var own []string
	for _, n := range slotNames(slots) {
		if n == "__dict__" || n == "__weakref__" || made[n] {
			continue
		}
		made[n] = true
		if _, clash := t.Dict.GetStr(n); clash {
			panic(NewError(ValueErrorType, fmt.Sprintf("'%s' in __slots__ conflicts with class variable", n)))
		}
		own = append(own, n)
	}
	for _, n := range own {
		t.Dict.SetStr(n, slotDescriptor(t, n, t.nslots))
		t.nslots++
	}
	if len(own) > 0 {
		t.slotsFrom = t
	}
	t.noDict = !hasInstanceDict(t, ObjectType)
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
		if in.slotv == nil {
			in.slotv = make([]Object, in.cls.nslots)
		}
		return in.slotv
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, owner.Name, o.Type().Name)))
}

func slotDescriptor(t *Type, name string, i int) *GetSetDescriptor {
	d := &GetSetDescriptor{Name: name, Owner: t,
		Get: func(o Object) Object {
			if v := slotValues(o, t, name)[i]; v != nil {
				return v
			}
			panic(NewError(AttributeErrorType, fmt.Sprintf("'%s' object has no attribute '%s'", o.Type().Name, name)))
		},
		Set: func(o, v Object) { slotValues(o, t, name)[i] = v },
	}
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
// unless its class's __slots__ say otherwise. The instance, its dict and
// room for its first attributes (or its slots) are one allocation.
func newPlainInstance(t *Type) Object {
	if t.noDict {
		switch n := t.nslots; {
		case n == 0:
			return &Instance{cls: t}
		case n <= 2:
			x := &struct {
				in Instance
				v  [2]Object
			}{}
			x.in.cls, x.in.slotv = t, x.v[:n]
			return &x.in
		case n <= 4:
			x := &struct {
				in Instance
				v  [4]Object
			}{}
			x.in.cls, x.in.slotv = t, x.v[:n]
			return &x.in
		case n <= 8:
			x := &struct {
				in Instance
				v  [8]Object
			}{}
			x.in.cls, x.in.slotv = t, x.v[:n]
			return &x.in
		}
		return &Instance{cls: t}
	}
	x := &struct {
		in Instance
		d  Dict
		e  [4]dictEntry
	}{}
	x.in.cls, x.in.Dict = t, &x.d
	x.d.entries = x.e[:0]
	return &x.in
}
