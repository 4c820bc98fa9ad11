package py

import "fmt"

// __slots__ on classes whose instances are *Instance (plain classes):
// when every class of the MRO up to object declares __slots__ without
// "__dict__", instances have no __dict__ (hasattr(o, "__dict__") is
// False and setting any other attribute raises AttributeError), and each
// named slot is a descriptor on its class. Slot values live apart from
// the __dict__ (Instance.slots), so that a subclass's __dict__ does not
// show them.

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
	for _, n := range slotNames(slots) {
		if n == "__dict__" || n == "__weakref__" || made[n] {
			continue
		}
		made[n] = true
		if _, clash := t.Dict.GetStr(n); clash {
			panic(NewError(ValueErrorType, fmt.Sprintf("'%s' in __slots__ conflicts with class variable", n)))
		}
		t.Dict.SetStr(n, slotDescriptor(t, n))
	}
	t.noDict = !hasInstanceDict(t, ObjectType)
}

func slotDescriptor(t *Type, name string) *GetSetDescriptor {
	store := func(o Object) *Dict {
		if in, ok := o.(*Instance); ok {
			if in.slots == nil {
				in.slots = NewDict()
			}
			return in.slots
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, t.Name, o.Type().Name)))
	}
	d := &GetSetDescriptor{Name: name, Owner: t,
		Get: func(o Object) Object {
			if v, ok := store(o).GetStr(name); ok {
				return v
			}
			panic(NewError(AttributeErrorType, fmt.Sprintf("'%s' object has no attribute '%s'", o.Type().Name, name)))
		},
		Set: func(o, v Object) { store(o).SetStr(name, v) },
	}
	AddDeleter(t, name, func(o Object) {
		if !store(o).DeleteStr(name) {
			panic(NewError(AttributeErrorType, name))
		}
	})
	return d
}

// newPlainInstance is object's allocator: an instance with a __dict__
// unless its class's __slots__ say otherwise.
func newPlainInstance(t *Type) Object {
	if t.noDict {
		return &Instance{cls: t}
	}
	return &Instance{cls: t, Dict: NewDict()}
}
