package py

import "unsafe"

// Inline caches for attribute access. The translator gives every o.name
// site in the program its own AttrCache; for instances of Python classes
// (the common case: self.x) the cache remembers what the class has under
// that name, so a hit costs one instance-dict probe instead of walking
// the MRO and the descriptor protocol. Any change to a class dict moves
// typeEpoch and so empties every cache.

// AttrCache is the per-site cache.
type AttrCache struct {
	t     *Type
	epoch uint64
	attr  Object // the class attribute (nil: none)
	kind  attrKind
	// typeData is whether the name is a data descriptor of type's
	// (__name__, __doc__, ...), which wins over a class's own attribute
	// when the class is what is looked in (classAttr): 0 not known yet,
	// 1 no, 2 yes. It depends on the name alone.
	typeData int8
	// For a method call on a Go-implemented object (builtinMethodOf): the
	// Go type the entry is for (its interface type word), the method found
	// (nil: not a builtin method), and whether that Go type can carry an
	// instance dict that could shadow it.
	goType   unsafe.Pointer
	builtin  *BuiltinFunction
	dictable bool
	// hitType is goType when builtin is a method that no instance dict
	// can shadow (nil: not so). The method calls test it right after the
	// instances' shape entries: the same Go type and Python type, no
	// class changed since, is a hit.
	hitType unsafe.Pointer
	// poly remembers the lookups for the other classes a polymorphic site
	// has seen (inline_cache_poly.go).
	poly *attrPoly
	// h is the name's string hash (0: not computed yet), for the
	// instance dict lookups (Dict.findStrH).
	h uint64
	// pos is where the name was last found in an instance dict
	// (dict_pos.go).
	pos int32
	// slot is 1 + the index of the slot value a __slots__ descriptor
	// (attrGetSet) reads in instances of the cached class, when that
	// class is the descriptor's own (0: read through the descriptor).
	slot int32
	// sh: (class, dict shape) entries (inline_cache_shape.go).
	sh shapeCache
	// vkey, vidx: the shape that added the name at position vidx of
	// instance dicts (AttrHit; nil: none seen); vanc and voff are the
	// byte offsets of anc[vidx] in a shape and of value vidx in
	// values-mode attributes, so that AttrHit does no index arithmetic.
	vkey       *dictShape
	vidx       int32
	vanc, voff uintptr
	// vcls: a class that is not plainAttrs (a property beside plain
	// attributes) but has no data descriptor under the site's name and
	// object's __getattribute__, in type epoch vclsEpoch: AttrHit reads
	// its instances' values too (nil: none).
	vcls      *Type
	vclsEpoch uint64
	// superOf is the class after which attr was looked up (attrSuper).
	superOf *Type
	// slotT, slotOff: SlotHit's entry: instances of slotT have the
	// attribute as the __slots__ value at byte offset slotOff of their
	// slot values, in this type epoch (slotT nil: none; a move of the
	// epoch empties every such entry, slot_sites.go).
	slotT   *Type
	slotOff uintptr
	slotReg bool // listed in slotLoads
	// mcls, mshape, mfn: the method call hit's entry (method_hit.go):
	// for instances of mcls whose values-mode attributes have shape
	// mshape, the site's method is the function whose entry point for the
	// site's arity mfn is, in this type epoch (mcls nil: none; a move of
	// the epoch empties every such entry).
	mcls   *Type
	mshape *dictShape
	mfn    unsafe.Pointer
	// minl, moff: the entry's method has an inlined copy at the site
	// (method_inline.go) that reads the receiver's attributes minl.Attrs
	// at byte offsets moff of its values (minl nil: none).
	minl *Inline
	moff [maxInlineAttrs]uintptr
	// mpoly: a polymorphic site's further method entries (nil: none).
	mpoly *methodPoly
	mreg  bool // listed in methodSites
	// modDict, modVer, modIdx: moduleAttr found the name at entry modIdx
	// of module dict modDict when its version (which moves on every
	// insertion and deletion) was modVer: while it is, the entry is still
	// the name's.
	modDict *Dict
	modVer  uint64
	modIdx  int32
}

// nameHash is the hash of the site's name, computed once.
func (c *AttrCache) nameHash(name string) uint64 {
	if c.h == 0 {
		c.h = strHash(name)
	}
	return c.h
}

// typeWord is the type word of o's interface value: the same for every
// object of one Go type.
func typeWord(o Object) unsafe.Pointer { return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0] }

type attrKind uint8

const (
	// attrGeneric: take the full path (data descriptors, __getattr__, ...).
	attrGeneric attrKind = iota
	// attrPlain: no data descriptor on the class; the instance dict first,
	// then the class attribute (bound if it is a function).
	attrPlain
	// attrGetSet: the class attribute is a getset descriptor (a __slots__
	// slot, a builtin attribute) and __getattribute__ is object's: its
	// getter decides.
	attrGetSet
	// attrCustom: a Go-implemented object whose class has its own
	// __getattribute__ (a list subclass's): GetAttr calls it.
	attrCustom
	// attrSuper: the site calls a method of super() (superFunc); attr is
	// what the MRO of t has after the site's class.
	attrSuper
	// attrProperty: the class attribute is a property (not of a
	// subclass), __getattribute__ is object's and there is no
	// __getattr__: a data descriptor, so the instance dict cannot shadow
	// it, and its getter is called directly.
	attrProperty
	// attrTupleItem: a Go object (an instance of a tuple subclass: a
	// namedtuple) whose class attribute is a _tuplegetter and whose
	// __getattribute__ is object's: a data descriptor, the item is read in
	// place (tupleItemHit).
	attrTupleItem
)

func (c *AttrCache) refresh(t *Type, name string) {
	if c.fromPoly(t) {
		return
	}
	defer c.savePoly()
	c.t, c.epoch, c.goType, c.hitType = t, typeEpoch, nil, nil
	c.attr = t.Lookup(name)
	c.kind = attrGeneric
	if t.Lookup("__getattribute__") != objectGetattribute() {
		return
	}
	c.slot = 0
	if gs, ok := c.attr.(*GetSetDescriptor); ok {
		if gs.Get != nil && t.Lookup("__getattr__") == nil {
			c.kind = attrGetSet
			c.slot = slotOf(gs, t)
		}
		return
	}
	if c.attr != nil && isDataDescriptor(c.attr) {
		if p, ok := c.attr.(*Property); ok && p.cls == nil && t.Lookup("__getattr__") == nil {
			c.kind = attrProperty
		}
		return
	}
	c.kind = attrPlain
}

var objectGetattributeFn Object

func objectGetattribute() Object {
	if objectGetattributeFn == nil {
		objectGetattributeFn, _ = ObjectType.Dict.GetStr("__getattribute__")
	}
	return objectGetattributeFn
}

// GetAttrIC is o.name with a per-site cache. The site's first shape entry
// is tested first, with no call and nothing spilled: the hit of a
// monomorphic site.
func GetAttrIC(o Object, name string, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch {
		e := &c.sh.e[0]
		if iv := inst.vals; iv != nil {
			if inst.cls == e.t && iv.shape == e.shape && e.idx >= 0 {
				return iv.vs()[e.idx]
			}
		} else if d := inst.dict; d != nil {
			if inst.cls == e.t && d.shape == e.shape && e.idx >= 0 {
				return d.entries[e.idx].value
			}
		} else if inst.cls == e.t && e.shape == noDictShape {
			if sv, s := inst.slotVals(), int(e.slot); s > 0 && s <= len(sv) {
				if v := sv[s-1]; v != nil {
					return v
				}
			}
		}
	}
	return getAttrICShaped(o, name, c)
}

func getAttrICShaped(o Object, name string, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok {
		if e := c.sh.find(inst.cls, instShape(inst)); e != nil {
			if e.idx >= 0 {
				return inst.valueAt(e.idx)
			}
			if sv, s := inst.slotVals(), int(e.slot); s > 0 && s <= len(sv) {
				if v := sv[s-1]; v != nil {
					return v
				}
			}
			if e.fn != nil {
				return &Method{Func: e.fn, Self: o}
			}
			if e.attr != nil {
				return bindDescriptor(e.attr, o, inst.cls)
			}
		}
	}
	return getAttrIC(o, name, c)
}

func getAttrIC(o Object, name string, c *AttrCache) Object {
	inst, ok := o.(*Instance)
	if !ok {
		switch o.(type) {
		case *Module:
			return moduleAttr(o, name, c)
		case *Type, *Super:
			return GetAttr(o, name)
		}
		// A Go-implemented object: the cache holds its type's lookup.
		t := o.Type()
		if c.t != t || c.epoch != typeEpoch {
			c.t, c.epoch, c.kind, c.goType, c.hitType = t, typeEpoch, attrGeneric, nil, nil
			c.attr = t.Lookup(name)
			if customGetattribute(t) != nil {
				c.kind = attrCustom
			} else if _, ok := c.attr.(*TupleGetter); ok {
				// A _tuplegetter raises no AttributeError: a
				// __getattr__ never has a turn.
				c.kind = attrTupleItem
			}
		}
		switch c.kind {
		case attrCustom:
			return GetAttr(o, name)
		case attrTupleItem:
			return c.attr.(*TupleGetter).Get(o)
		}
		v, ok := getAttrFrom(o, t, c.attr, name)
		if ok {
			return v
		}
		panic(missingAttr(o, name, v))
	}
	t := inst.cls
	if c.t != t || c.epoch != typeEpoch {
		c.refresh(t, name)
	}
	if c.kind == attrProperty {
		return c.attr.(*Property).get(o)
	}
	if c.kind == attrPlain {
		if s := instShape(inst); s != nil {
			c.sh.add(t, s, name, c.attr)
		}
		if iv := inst.vals; iv != nil {
			if v, ok := iv.valueOf(name); ok {
				return v
			}
		} else if d := inst.dict; d != nil {
			if v, ok := d.strAtPos(c.pos, name); ok {
				return v
			}
			if v, ok := d.getStrHPos(name, c.nameHash(name), &c.pos); ok {
				return v
			}
		}
		if c.attr != nil {
			if f, ok := c.attr.(*Function); ok {
				return &Method{Func: f, Self: o}
			}
			return bindDescriptor(c.attr, o, t)
		}
	} else if c.kind == attrGetSet {
		// A __slots__ value of an instance of the descriptor's own class
		// is read in place (what the descriptor's getter reads).
		if c.slot > 0 {
			if s := instShape(inst); s != nil {
				c.sh.addSlot(t, s, c.slot)
			}
			c.setSlotEntry(t, c.slot)
		}
		if sv, s := inst.slotVals(), int(c.slot); s > 0 && s <= len(sv) {
			if v := sv[s-1]; v != nil {
				return v
			}
		}
		return c.attr.(*GetSetDescriptor).Get(o)
	}
	return GetAttr(o, name)
}

// SetAttrCache is the per-site cache of an attribute store.
type SetAttrCache struct {
	t     *Type
	epoch uint64
	plain bool // no data descriptor and no custom __setattr__: store in the dict
	// gs: the class's getset descriptor for the name (a __slots__ slot)
	// with a setter, and no custom __setattr__: its setter stores.
	gs *GetSetDescriptor
	h  uint64 // the name's string hash
	// key is Str(name) as an object, inserted into instance dicts.
	key Object
	// pos is where the name was last stored in an instance dict
	// (dict_pos.go).
	pos int32
	// slot: as AttrCache.slot, for gs.
	slot int32
	// sh: (class, dict shape) entries (inline_cache_shape.go).
	sh setShapeCache
	// vkey, vidx: the shape that added the name at position vidx of the
	// instance dicts the site stored into (SetAttrHit; nil: none seen);
	// vanc, voff: as AttrCache's.
	vkey       *dictShape
	vidx       int32
	vanc, voff uintptr
	// ashape, anext: the shape of values-mode attributes the site added
	// its name to, and the shape that made (InitStoreHit; nil: none seen).
	ashape, anext *dictShape
	// slotT, slotOff, slotReg: SlotSetHit's entry, as AttrCache's.
	slotT   *Type
	slotOff uintptr
	slotReg bool
}

// slotOffset is the byte offset of the slot value a slot number (1 + its
// index, > 0) names.
func slotOffset(slot int32) uintptr {
	return uintptr(slot-1) * unsafe.Sizeof(Object(nil))
}

// slotIndex is the index of each __slots__ descriptor's value in its
// class's instances' slot values (slots.go registers them).
var slotIndex = map[*GetSetDescriptor]int{}

// slotOf is 1 + the index of the value gs reads in instances of t when gs
// is a __slots__ descriptor of t itself (its getter and setter then only
// read and write that value), 0 otherwise.
func slotOf(gs *GetSetDescriptor, t *Type) int32 {
	if i, ok := slotIndex[gs]; ok && gs.Owner == t && i < t.nslots {
		return int32(i) + 1
	}
	return 0
}

// SetAttrIC is o.name = v with a per-site cache. As in GetAttrIC, the
// site's first shape entry is tested first.
func SetAttrIC(o Object, name string, v Object, c *SetAttrCache) {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch {
		e := &c.sh.e[0]
		if iv := inst.vals; iv != nil {
			if inst.cls == e.t && iv.shape == e.shape {
				if e.idx >= 0 {
					iv.vs()[e.idx] = v
					return
				}
				// An __init__'s store: the append transition.
				if e.next != nil {
					inst.appendValue(v, e.next)
					return
				}
			}
		} else if d := inst.dict; d != nil {
			if inst.cls == e.t && d.shape == e.shape {
				if e.idx >= 0 {
					d.entries[e.idx].value = v
					return
				}
				// An __init__'s store: the append transition, in place
				// when the dict has room (newPlainInstance's, sized by
				// Type.dictRoom).
				if e.next != nil {
					if n := len(d.entries); n < cap(d.entries) && n < smallDict && d.index == nil {
						d.entries = d.entries[:n+1]
						// Field by field: a composite literal is built
						// on the stack and copied.
						de := &d.entries[n]
						de.hash, de.key, de.value = c.h, c.key, v
						d.bloom |= 1 << (c.h & 63)
						d.live++
						d.version++
						d.shape = e.next
						return
					}
					d.appendShaped(c.h, c.key, v, e.next)
					return
				}
			}
		} else if inst.cls == e.t && e.shape == noDictShape {
			if sv, s := inst.slotVals(), int(e.slot); s > 0 && s <= len(sv) {
				sv[s-1] = v
				return
			}
		}
	}
	setAttrICShaped(o, name, v, c)
}

func setAttrICShaped(o Object, name string, v Object, c *SetAttrCache) {
	inst, ok := o.(*Instance)
	if !ok {
		SetAttr(o, name, v)
		return
	}
	if c.sh.setShaped(inst, c.h, c.key, v) {
		return
	}
	t := inst.cls
	if c.t != t || c.epoch != typeEpoch {
		c.t, c.epoch = t, typeEpoch
		c.h = strHash(name)
		if c.key == nil {
			c.key = Str(name)
		}
		attr := t.Lookup(name)
		sa := t.Lookup("__setattr__")
		_, builtinSetattr := sa.(*BuiltinFunction)
		c.plain = (attr == nil || !isDataDescriptor(attr)) && (sa == nil || builtinSetattr) && name != "__dict__" && name != "__class__"
		c.gs, c.slot = nil, 0
		if gs, ok := attr.(*GetSetDescriptor); ok && gs.Set != nil && (sa == nil || builtinSetattr) {
			c.gs, c.slot = gs, slotOf(gs, t)
		}
	}
	if c.plain && inst.hasDict() {
		s0 := instShape(inst)
		if inst.vals != nil {
			inst.setValue(name, v)
		} else {
			inst.dict.setStrHPos(name, c.key, c.h, v, &c.pos)
		}
		if s0 != nil {
			if s1 := instShape(inst); s1 == s0 {
				if i := s0.indexOf(name); i >= 0 {
					c.sh.add(setShapeEntry{t: t, shape: s0, idx: i})
				}
			} else if s1 != nil && s1.parent == s0 {
				c.sh.add(setShapeEntry{t: t, shape: s0, next: s1, idx: -1})
				if n := s1.n; n > int32(t.dictRoom) && t.dictRoom < 8 {
					t.dictRoom = uint8(min(n, 8))
				}
			}
		}
		return
	}
	if gs := c.gs; gs != nil {
		if c.slot > 0 {
			if s := instShape(inst); s != nil {
				c.sh.add(setShapeEntry{t: t, shape: s, idx: -1, slot: c.slot})
			}
			c.setSlotEntry(t, c.slot)
		}
		if sv, s := inst.slotVals(), int(c.slot); s > 0 && s <= len(sv) {
			sv[s-1] = v
			return
		}
		gs.Set(o, v)
		return
	}
	SetAttr(o, name, v)
}

// SetAttrHit is the inlined half of a store site: it stores o.name = v
// and reports true when o is an instance of a class that stores plainly
// (plainSets) and whose values-mode attributes hold the name where the
// site last stored it; false (nothing done) otherwise, and SetAttrMiss
// stores.
func SetAttrHit(o, v Object, c *SetAttrCache) bool {
	if inst, ok := o.(*Instance); ok {
		if iv := inst.vals; iv != nil && shapeAnc(iv.shape, c.vanc) == c.vkey && inst.cls.plainSetEpoch == typeEpoch {
			// No bounds check, as in AttrHit (noteStore's vkey).
			*(*Object)(unsafe.Add(unsafe.Pointer(iv), c.voff)) = v
			return true
		}
	}
	return false
}

// InitStoreHit is the inlined half of an __init__'s store on self, which
// most often adds the name: it appends v to o's values-mode attributes and
// reports true when they have the shape the site last added its name to
// and room for one more (newPlainInstance's, sized by Type.dictRoom), the
// class being one that stores plainly (plainSets) whatever it is, so
// subclasses sharing an __init__ hit too; false (nothing done) otherwise,
// and InitStoreMiss stores.
func InitStoreHit(o, v Object, c *SetAttrCache) bool {
	if inst, ok := o.(*Instance); ok {
		if iv := inst.vals; iv != nil && iv.shape == c.ashape && iv.n < iv.room && inst.cls.plainSetEpoch == typeEpoch {
			// Unchecked: n < room was just tested.
			*(*Object)(unsafe.Add(unsafe.Pointer(iv), valueOffset(iv.n))) = v
			iv.n++
			iv.shape = c.anext
			return true
		}
	}
	return false
}

// InitStoreMiss is the store of a site whose InitStoreHit missed:
// SetAttrIC, then a store that added the name to values-mode attributes is
// kept for InitStoreHit. Dunder names are left out, as in noteStore.
func InitStoreMiss(o Object, name string, v Object, c *SetAttrCache) {
	inst, ok := o.(*Instance)
	if !ok || inst.vals == nil {
		SetAttrIC(o, name, v, c)
		return
	}
	s := inst.vals.shape
	SetAttrIC(o, name, v, c)
	if iv := inst.vals; iv != nil && iv.shape.parent == s && iv.shape.key == name && !isDunder(name) && inst.cls.plainSets() {
		c.ashape, c.anext = s, iv.shape
	}
}

// setAttrHitDict is SetAttrHit for an instance whose attributes went to a
// dict object (which keeps their shape): SetAttrMiss tries it first.
func setAttrHitDict(inst *Instance, v Object, c *SetAttrCache) bool {
	if s := inst.dict.shape; s != nil && s.anc[c.vidx&(maxShapeKeys-1)] == c.vkey && inst.cls.plainSetEpoch == typeEpoch {
		inst.dict.entries[c.vidx].value = v
		return true
	}
	return false
}

// SlotSetHit is SetAttrHit for a name likely to be a __slots__ value: it
// stores v into o's slot and reports true when o is an instance of the
// class for which the site last found the name a slot of that class, in
// this type epoch (c.slotT: what SetAttrIC's slot case does, inline at the
// site, one class compare and a precomputed offset; the entry is emptied
// when the epoch moves, slot_sites.go);
// false otherwise. Whether this instance has a dict does not matter: the
// slot's descriptor is a data descriptor, so the store goes to the slot
// anyway.
func SlotSetHit(o, v Object, c *SetAttrCache) bool {
	if inst, ok := o.(*Instance); ok && inst.cls == c.slotT && inst.slots != nil {
		*(*Object)(unsafe.Add(unsafe.Pointer(inst.slots), c.slotOff)) = v
		return true
	}
	return false
}

// SetAttrMiss is the store of a site whose SetAttrHit missed: SetAttrIC,
// then what the site now knows about the instance's dict is kept for
// SetAttrHit.
func SetAttrMiss(o Object, name string, v Object, c *SetAttrCache) {
	inst, ok := o.(*Instance)
	if !ok || !inst.hasDict() {
		SetAttrIC(o, name, v, c)
		return
	}
	if inst.dict != nil && setAttrHitDict(inst, v, c) {
		return
	}
	s := instShape(inst)
	SetAttrIC(o, name, v, c)
	// A store that added the name (an __init__'s) is not noted: the
	// site's next instance will not have it yet either.
	if s != nil && instShape(inst) == s {
		c.noteStore(inst.cls, s, name)
	}
}

// noteStore records for SetAttrHit where name now is in dicts of shape s
// of t's instances. Dunder names are left out, as in noteValue.
func (c *SetAttrCache) noteStore(t *Type, s *dictShape, name string) {
	if s == nil || s.n <= 0 || isDunder(name) || !t.plainSets() {
		return
	}
	if i := s.indexOf(name); i >= 0 {
		c.vkey, c.vidx = s.anc[i], i
		c.vanc, c.voff = ancOffset(i), valueOffset(i)
	}
}

// plainSets reports whether o.name = v on t's instances stores into the
// instance dict for any name but a dunder: attribute loads are plain
// (plainAttrs, so no data descriptor intercepts the name) and
// __setattr__ is object's. It is remembered for the type epoch.
func (t *Type) plainSets() bool {
	if t.plainSetEpoch == typeEpoch {
		return true
	}
	if t.notPlainSetEpoch == typeEpoch {
		return false
	}
	if t.plainAttrs() && t.Lookup("__setattr__") == objectSetattr() {
		t.plainSetEpoch = typeEpoch
		return true
	}
	t.notPlainSetEpoch = typeEpoch
	return false
}

var objectSetattrFn Object

// objectSetattr is object.__setattr__, as objectGetattribute.
func objectSetattr() Object {
	if objectSetattrFn == nil {
		objectSetattrFn, _ = ObjectType.Dict.GetStr("__setattr__")
	}
	return objectSetattrFn
}

// SetFastMethod gives the builtin method t.name a fixed-arity entry point;
// fn must be one of func(self), func(self, a) or func(self, a, b).
func SetFastMethod(t *Type, name string, fn any) {
	builtinMethod(t, name).SetFast(fn)
}

// builtinMethod is the builtin method t.name, which must exist.
func builtinMethod(t *Type, name string) *BuiltinFunction {
	v, _ := t.Dict.GetStr(name)
	b, ok := v.(*BuiltinFunction)
	if !ok {
		panic("py: no builtin method " + t.Name + "." + name)
	}
	return b
}

// SetFast gives a builtin function or method a fixed-arity entry point, used
// by calls with that many positional arguments and no keywords; fn must be
// one of func(self), func(self, a) or func(self, a, b). For a function that
// is not a method, self is f.Self (nil for module functions).
func (f *BuiltinFunction) SetFast(fn any) {
	if f.entries == nil {
		f.entries = &builtinEntries{}
	}
	switch g := fn.(type) {
	case func(Object) Object:
		f.entries.fast0 = g
	case func(Object, Object) Object:
		f.entries.fast1 = g
	case func(Object, Object, Object) Object:
		f.entries.fast2 = g
	default:
		panic("py: SetFast: unsupported signature")
	}
}

// SetFloat1 gives a builtin function of one float its kernel for float
// code: k(x) is the call's result for a float argument x (an int converts
// to it exactly), or false where the call raises or needs its argument as
// it is; the call itself then runs.
func (f *BuiltinFunction) SetFloat1(k func(float64) (float64, bool)) {
	if f.entries == nil {
		f.entries = &builtinEntries{}
	}
	f.entries.float1 = k
}

// callFast calls a builtin method through a fixed-arity entry point, if it
// has one for len(args); ok is false otherwise.
func (f *BuiltinFunction) callFast(self Object, args []Object) (Object, bool) {
	switch {
	case len(args) == 0 && f.entries != nil && f.entries.fast0 != nil:
		return f.entries.fast0(self), true
	case len(args) == 1 && f.entries != nil && f.entries.fast1 != nil:
		return f.entries.fast1(self, args[0]), true
	case len(args) == 2 && f.entries != nil && f.entries.fast2 != nil:
		return f.entries.fast2(self, args[0], args[1]), true
	}
	return nil, false
}

// The method calls' hit (shapeMethod, written out in each of them: a
// call of a function would cost more than the test itself, which is too
// big for the inliner) is the function any of the site's shape entries
// has for o's class and dict shape (nil: none, or the dict holds the
// name), monomorphic or polymorphic, without cachedMethod's call.

// laterMethod is the hit's search of the entries after the first.
func (sc *shapeCache) laterMethod(t *Type, s *dictShape) *Function {
	for i, n := 1, int(sc.n); i < n; i++ {
		if e := &sc.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
			return e.fn
		}
	}
	return nil
}

// CallMethodIC0 is o.name() with a per-site cache.
func CallMethodIC0(o Object, name string, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch {
		// The shape entries' hit (see laterMethod).
		var m *Function
		s := instShape(inst)
		if ent := &c.sh.e[0]; inst.cls == ent.t && s == ent.shape {
			m = ent.fn
		} else if c.sh.n > 1 {
			m = c.sh.laterMethod(inst.cls, s)
		}
		if m != nil && m.f1 != nil {
			c.noteMethod(inst, funcPtr(&m.f1), m)
			enterFrame()
			r := m.f1(o)
			depthLeft++
			return r
		}
	}
	if c.hitType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t {
		// A builtin method's entry (hitType).
		if e := c.builtin.entries; e != nil && e.fast0 != nil {
			return e.fast0(o)
		}
	}
	if m, ok := o.(*Module); ok {
		// A module's function (random.random): no class method to look
		// for; a builtin one through the site's entry (moduleAttr's),
		// called as Call0 would.
		if d := m.Dict; m.cls == nil && c.modDict == d && c.modVer == d.version {
			if b, ok := d.entries[c.modIdx].value.(*BuiltinFunction); ok && (!b.method || b.Self != nil) && b.entries != nil && b.entries.fast0 != nil {
				return b.entries.fast0(b.Self)
			}
		}
		return Call0(moduleAttr(o, name, c))
	}
	if sp, ok := o.(*Super); ok {
		if f := superFunc(sp, name, c); f != nil && f.f1 != nil {
			enterFrame()
			r := f.f1(sp.Obj)
			depthLeft++
			return r
		}
		return callMethodSlow(o, name, nil)
	}
	if m, ok := cachedMethod(o, name, c); ok {
		if f1 := m.f1; f1 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := f1(o)
			depthLeft++
			return r
		}
	}
	if b, ok := builtinMethodOf(o, name, c); ok {
		if b.entries != nil && b.entries.fast0 != nil {
			return b.entries.fast0(o)
		}
		// What CallMethod does with it, without looking it up again.
		return b.Fn([]Object{o}, nil)
	}
	return callMethodSlow(o, name, nil)
}

// CallMethodIC1 is o.name(a) with a per-site cache.
func CallMethodIC1(o Object, name string, c *AttrCache, a Object) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch {
		// The shape entries' hit (see laterMethod).
		var m *Function
		s := instShape(inst)
		if ent := &c.sh.e[0]; inst.cls == ent.t && s == ent.shape {
			m = ent.fn
		} else if c.sh.n > 1 {
			m = c.sh.laterMethod(inst.cls, s)
		}
		if m != nil && m.f2 != nil {
			c.noteMethod(inst, funcPtr(&m.f2), m)
			enterFrame()
			r := m.f2(o, a)
			depthLeft++
			return r
		}
	}
	if c.hitType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t {
		// A builtin method's entry (hitType).
		if e := c.builtin.entries; e != nil && e.fast1 != nil {
			return e.fast1(o, a)
		}
	}
	if m, ok := o.(*Module); ok {
		// A module's builtin function (math.cos) through the site's
		// entry (moduleAttr's), called as Call1 would.
		if d := m.Dict; m.cls == nil && c.modDict == d && c.modVer == d.version {
			if b, ok := d.entries[c.modIdx].value.(*BuiltinFunction); ok && (!b.method || b.Self != nil) && b.entries != nil && b.entries.fast1 != nil {
				return b.entries.fast1(b.Self, a)
			}
		}
		return Call1(moduleAttr(o, name, c), a)
	}
	if t, ok := o.(*Type); ok {
		return Call1(classAttr(t, name, c), a)
	}
	if sp, ok := o.(*Super); ok {
		if f := superFunc(sp, name, c); f != nil && f.f2 != nil {
			enterFrame()
			r := f.f2(sp.Obj, a)
			depthLeft++
			return r
		}
		return callMethodSlow(o, name, []Object{a})
	}
	if m, ok := cachedMethod(o, name, c); ok {
		if f2 := m.f2; f2 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := f2(o, a)
			depthLeft++
			return r
		}
	}
	if b, ok := builtinMethodOf(o, name, c); ok {
		if b.entries != nil && b.entries.fast1 != nil {
			return b.entries.fast1(o, a)
		}
		return b.Fn([]Object{o, a}, nil)
	}
	return callMethodSlow(o, name, []Object{a})
}

// CallMethodIC2 is o.name(a, b) with a per-site cache.
func CallMethodIC2(o Object, name string, c *AttrCache, a, b Object) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch {
		// The shape entries' hit (see laterMethod).
		var m *Function
		s := instShape(inst)
		if ent := &c.sh.e[0]; inst.cls == ent.t && s == ent.shape {
			m = ent.fn
		} else if c.sh.n > 1 {
			m = c.sh.laterMethod(inst.cls, s)
		}
		if m != nil && m.f3 != nil {
			c.noteMethod(inst, funcPtr(&m.f3), m)
			enterFrame()
			r := m.f3(o, a, b)
			depthLeft++
			return r
		}
	}
	if c.hitType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t {
		// A builtin method's entry (hitType).
		if e := c.builtin.entries; e != nil && e.fast2 != nil {
			return e.fast2(o, a, b)
		}
	}
	if m, ok := o.(*Module); ok {
		// As in CallMethodIC1.
		if d := m.Dict; m.cls == nil && c.modDict == d && c.modVer == d.version {
			if bf, ok := d.entries[c.modIdx].value.(*BuiltinFunction); ok && (!bf.method || bf.Self != nil) && bf.entries != nil && bf.entries.fast2 != nil {
				return bf.entries.fast2(bf.Self, a, b)
			}
		}
		return Call2(moduleAttr(o, name, c), a, b)
	}
	if t, ok := o.(*Type); ok {
		return Call2(classAttr(t, name, c), a, b)
	}
	if sp, ok := o.(*Super); ok {
		if f := superFunc(sp, name, c); f != nil && f.f3 != nil {
			enterFrame()
			r := f.f3(sp.Obj, a, b)
			depthLeft++
			return r
		}
		return callMethodSlow(o, name, []Object{a, b})
	}
	if m, ok := cachedMethod(o, name, c); ok {
		if f3 := m.f3; f3 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := f3(o, a, b)
			depthLeft++
			return r
		}
	}
	if bf, ok := builtinMethodOf(o, name, c); ok {
		if bf.entries != nil && bf.entries.fast2 != nil {
			return bf.entries.fast2(o, a, b)
		}
		return bf.Fn([]Object{o, a, b}, nil)
	}
	return callMethodSlow(o, name, []Object{a, b})
}

// CallMethodIC3 is o.name(a, b, c) with a per-site cache.
func CallMethodIC3(o Object, name string, c *AttrCache, a, b, d Object) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch {
		// The shape entries' hit (see laterMethod).
		var m *Function
		s := instShape(inst)
		if ent := &c.sh.e[0]; inst.cls == ent.t && s == ent.shape {
			m = ent.fn
		} else if c.sh.n > 1 {
			m = c.sh.laterMethod(inst.cls, s)
		}
		if m != nil && m.f4 != nil {
			enterFrame()
			r := m.f4(o, a, b, d)
			depthLeft++
			return r
		}
	}
	if _, ok := o.(*Module); ok {
		return Call3(moduleAttr(o, name, c), a, b, d)
	}
	if t, ok := o.(*Type); ok {
		return Call3(classAttr(t, name, c), a, b, d)
	}
	if sp, ok := o.(*Super); ok {
		if f := superFunc(sp, name, c); f != nil && f.f4 != nil {
			enterFrame()
			r := f.f4(sp.Obj, a, b, d)
			depthLeft++
			return r
		}
		return callMethodSlow(o, name, []Object{a, b, d})
	}
	if m, ok := cachedMethod(o, name, c); ok {
		if f4 := m.f4; f4 != nil {
			enterFrame()
			r := f4(o, a, b, d)
			depthLeft++
			return r
		}
	}
	return CallMethodIC(o, name, c, a, b, d)
}

// CallMethodIC4 is o.name(a, b, c, d) with a per-site cache.
func CallMethodIC4(o Object, name string, c *AttrCache, a, b, d, e Object) Object {
	if inst, ok := o.(*Instance); ok && c.sh.epoch == typeEpoch {
		// The shape entries' hit (see laterMethod).
		var m *Function
		s := instShape(inst)
		if ent := &c.sh.e[0]; inst.cls == ent.t && s == ent.shape {
			m = ent.fn
		} else if c.sh.n > 1 {
			m = c.sh.laterMethod(inst.cls, s)
		}
		if m != nil && m.f5 != nil {
			enterFrame()
			r := m.f5(o, a, b, d, e)
			depthLeft++
			return r
		}
	}
	if _, ok := o.(*Module); ok {
		return Call4(moduleAttr(o, name, c), a, b, d, e)
	}
	if t, ok := o.(*Type); ok {
		return Call4(classAttr(t, name, c), a, b, d, e)
	}
	if sp, ok := o.(*Super); ok {
		if f := superFunc(sp, name, c); f != nil && f.f5 != nil {
			enterFrame()
			r := f.f5(sp.Obj, a, b, d, e)
			depthLeft++
			return r
		}
		return callMethodSlow(o, name, []Object{a, b, d, e})
	}
	if m, ok := cachedMethod(o, name, c); ok {
		if f5 := m.f5; f5 != nil {
			enterFrame()
			r := f5(o, a, b, d, e)
			depthLeft++
			return r
		}
	}
	return CallMethodIC(o, name, c, a, b, d, e)
}

// moduleAttr is o.name for a module o: for a plain module (no subclass)
// its dict's entry, found through the site's position hint, which is what
// getAttr looks at first there (while the dict has had no insertion or
// deletion since, the same entry without a key compare); GetAttr
// otherwise.
func moduleAttr(o Object, name string, c *AttrCache) Object {
	if m := o.(*Module); m.cls == nil {
		d := m.Dict
		if c.modDict == d && c.modVer == d.version {
			return d.entries[c.modIdx].value
		}
		if v, ok := d.getStrHPos(name, c.nameHash(name), &c.pos); ok {
			c.modDict, c.modVer, c.modIdx = d, d.version, c.pos
			return v
		}
	}
	return methodAttr(o, name)
}

// superFunc is the Python function super().name calls when s is a plain
// super object bound to an instance and the MRO of the instance's class
// has a function of that name after s's class (found through the site
// cache: a site calling through super() sees super objects only); nil
// otherwise, for the general path. The function is called with s.Obj as
// self: what binding it would make.
func superFunc(s *Super, name string, c *AttrCache) *Function {
	if s.cls != nil || s.Obj == nil || s.objType == nil || name == "__class__" {
		return nil
	}
	if _, isType := s.Obj.(*Type); isType {
		return nil
	}
	if c.kind != attrSuper || c.t != s.objType || c.epoch != typeEpoch {
		c.t, c.epoch, c.kind, c.attr = s.objType, typeEpoch, attrSuper, nil
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.This {
			i++
		}
		// The same walk as superLookup: a class dict's entry, or a Go
		// type's getter (not a function: the general path).
		for _, m := range mro[min(i+1, len(mro)):] {
			if a, ok := m.Dict.GetStr(name); ok {
				c.attr = a
				break
			}
			if _, ok := m.getter(name); ok {
				break
			}
		}
		c.superOf = s.This
	}
	if c.superOf != s.This {
		return nil
	}
	f, _ := c.attr.(*Function)
	return f
}

// classAttr is t.name for a class t, through the site cache when t's
// metaclass is type and the class attribute found is a Python function:
// type's __getattribute__ finds it in t's MRO (unless the name is one of
// type's own data descriptors) and a function's __get__(None, t) is the
// function itself. What Base.method(self, ...) calls, without binding.
func classAttr(t *Type, name string, c *AttrCache) Object {
	if t.meta == nil {
		if c.t != t || c.epoch != typeEpoch {
			c.refresh(t, name)
		}
		if f, ok := c.attr.(*Function); ok {
			if c.typeData == 0 {
				c.typeData = 1
				if isDataDescriptor(TypeType.Lookup(name)) {
					c.typeData = 2
				}
			}
			if c.typeData == 1 {
				return f
			}
		}
	}
	return methodAttr(t, name)
}

func callMethodSlow(o Object, name string, args []Object) Object {
	return callMethod(o, name, args, methodAttr)
}

// cachedMethod finds, through the site cache, a Python method on the class
// of an instance that its own __dict__ does not shadow.
func cachedMethod(o Object, name string, c *AttrCache) (*Function, bool) {
	inst, ok := o.(*Instance)
	if !ok {
		return nil, false
	}
	s := instShape(inst)
	if e := c.sh.find(inst.cls, s); e != nil && e.fn != nil {
		return e.fn, true
	}
	t := inst.cls
	if c.t != t || c.epoch != typeEpoch {
		c.refresh(t, name)
	}
	if c.kind != attrPlain {
		return nil, false
	}
	if s != nil {
		c.sh.add(t, s, name, c.attr)
	}
	f, ok := c.attr.(*Function)
	if !ok || inst.shadows(name, c) {
		return nil, false
	}
	return f, true
}

// builtinMethodOf finds a builtin method on the type of a builtin object
// (list, dict, ...), through the site cache.
func builtinMethodOf(o Object, name string, c *AttrCache) (*BuiltinFunction, bool) {
	// A hit: the same Go type and Python type as last time, no class
	// changed since.
	if c.goType == typeWord(o) && c.epoch == typeEpoch && o.Type() == c.t {
		b := c.builtin
		if b == nil || c.dictable && shadowedByInstance(o, name) {
			return nil, false
		}
		return b, true
	}
	switch o.(type) {
	case *Instance, *Type, *Module, *Super:
		return nil, false
	}
	t := o.Type()
	c.t, c.epoch, c.kind = t, typeEpoch, attrGeneric
	c.attr = t.Lookup(name)
	c.goType, c.builtin, c.hitType = typeWord(o), nil, nil
	// Exact lists, dicts, sets and tuples have no __dict__ to shadow the
	// method (a hit's object has the type the site saw).
	_, c.dictable = o.(InstanceDict)
	switch t {
	case ListType, DictType, SetType, FrozenSetType, TupleType:
		c.dictable = false
	default:
		if exactNoDict[t] {
			c.dictable = false
		}
	}
	if b, ok := c.attr.(*BuiltinFunction); ok && b.method && b.Self == nil && customGetattribute(t) == nil {
		c.builtin = b
		if !c.dictable {
			c.hitType = c.goType
		}
	}
	return builtinMethodOf(o, name, c)
}

// exactNoDict marks the Go-implemented types whose own instances never
// have a __dict__, only their subclasses' (SetExactNoDict).
var exactNoDict = map[*Type]bool{}

// SetExactNoDict tells the method caches that t's own instances (not its
// subclasses') never have a __dict__ that could shadow a method, though
// their Go type carries one (InstanceDict) for subclass instances: a
// method call on one looks for no instance attribute (deque.append).
func SetExactNoDict(t *Type) { exactNoDict[t] = true }

// CallMethodIC is o.name(args...) with a per-site cache: a method found on
// the class of an instance is called directly.
func CallMethodIC(o Object, name string, c *AttrCache, args ...Object) Object {
	if f, ok := cachedMethod(o, name, c); ok {
		return f.callMethod(o, args)
	}
	return callMethod(o, name, args, methodAttr)
}

// AttrHit is o.name when o is an instance and the site knows where the
// value is: in values-mode attributes (instvals.go) holding the site's key
// at the site's position (their shape descends from the shape that added
// that key there), the class being one whose instances read dict values
// plainly (Type.plainAttrs), whatever the class, so subclasses sharing an
// __init__ hit too. Nil otherwise (values are never nil). An instance
// whose attributes went to a dict object misses here (a second branch
// would take AttrHit past Go's inlining budget) and attrMiss tests the
// same in its dict first (attrHitDict). Generated code
// spells a load of a local's attribute
// py.AttrOr(py.AttrHit(v, &ic), v, "name", &ic): both inline, so a hit
// makes no call.
func AttrHit(o Object, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok {
		if iv := inst.vals; iv != nil && shapeAnc(iv.shape, c.vanc) == c.vkey && (inst.cls.plainEpoch == typeEpoch || inst.cls == c.vcls && c.vclsEpoch == typeEpoch) {
			// vkey is a shape that added a key (noteValue), so the
			// shape has a key at vidx and the values (as many as its
			// keys) a value there: no bounds check.
			return *(*Object)(unsafe.Add(unsafe.Pointer(iv), c.voff))
		}
	}
	return nil
}

// AttrHitOf is AttrHit for a receiver that is not a plain local (self.v
// in self.v.x, a call's result, an item): it hands AttrOr the receiver with
// the hit, so py.AttrOr(py.AttrHitOf(expr, "name", &ic)) evaluates expr
// once, in its place, and both halves still inline.
func AttrHitOf(o Object, name string, c *AttrCache) (Object, Object, string, *AttrCache) {
	return AttrHit(o, c), o, name, c
}

// SlotHitOf is AttrHitOf with SlotHit's test.
func SlotHitOf(o Object, name string, c *AttrCache) (Object, Object, string, *AttrCache) {
	return SlotHit(o, c), o, name, c
}

// tupleItemHit is a namedtuple's field read (p.x) when the site last saw
// the same class, its field a _tuplegetter: the item, read in place. Nil
// otherwise (items are never nil).
func tupleItemHit(o Object, c *AttrCache) Object {
	if tu, ok := o.(*Tuple); ok && c.kind == attrTupleItem && c.epoch == typeEpoch {
		if s := tu.sub; s != nil && s.cls == c.t {
			if g, ok := c.attr.(*TupleGetter); ok && uint(g.Index) < uint(len(tu.Items)) {
				return tu.Items[g.Index]
			}
		}
	}
	return nil
}

// attrHitDict is AttrHit for an instance whose attributes went to a dict
// object (which keeps their shape): attrMiss tries it first.
func attrHitDict(inst *Instance, c *AttrCache) Object {
	if s := inst.dict.shape; s != nil && s.anc[c.vidx&(maxShapeKeys-1)] == c.vkey && (inst.cls.plainEpoch == typeEpoch || inst.cls == c.vcls && c.vclsEpoch == typeEpoch) {
		return inst.dict.entries[c.vidx].value
	}
	return nil
}

// SlotHit is AttrHit for a name likely to be a __slots__ value: o.name
// when o is an instance of the class for which the site last found the
// name the class's own slot, in this type epoch (c.slotT; nil when unset
// or emptied by a move of the epoch, slot_sites.go); nil otherwise.
func SlotHit(o Object, c *AttrCache) Object {
	if inst, ok := o.(*Instance); ok && inst.cls == c.slotT && inst.slots != nil {
		return *(*Object)(unsafe.Add(unsafe.Pointer(inst.slots), c.slotOff))
	}
	return nil
}

// noteValue records for AttrHit that name is the key at position idx of
// dicts of shape s, read as a plain value in instances of t. Dunder names
// are left out: Type.plainAttrs ignores data descriptors under them.
func (c *AttrCache) noteValue(t *Type, s *dictShape, idx int32, name string) {
	if s == nil || idx < 0 || idx >= s.n || isDunder(name) {
		return
	}
	if !t.plainAttrs() {
		if !t.plainName(name) {
			return
		}
		c.vcls, c.vclsEpoch = t, typeEpoch
	}
	c.vkey, c.vidx = s.anc[idx], idx
	c.vanc, c.voff = ancOffset(idx), valueOffset(idx)
}

// shapeAnc is s.anc[i] for the byte offset off of anc[i] (ancOffset),
// i < maxShapeKeys: AttrHit's and SetAttrHit's load, without the index
// arithmetic or a bounds check.
func shapeAnc(s *dictShape, off uintptr) *dictShape {
	return *(**dictShape)(unsafe.Add(unsafe.Pointer(s), off))
}

// ancOffset is the byte offset of anc[i] in a dictShape (anc is its first
// field), 0 <= i < maxShapeKeys.
func ancOffset(i int32) uintptr {
	return uintptr(i&(maxShapeKeys-1)) * unsafe.Sizeof((*dictShape)(nil))
}

// valueOffset is the byte offset of value i of values-mode attributes
// from their header (instValues).
func valueOffset(i int32) uintptr {
	return ivHeader + uintptr(i)*unsafe.Sizeof(Object(nil))
}

// plainName reports whether loads of name (not a dunder) on t's instances
// find the instance's own value before the class when it has one: t's
// __getattribute__ is object's and what t's MRO has under name is no data
// descriptor. Lookup marks the dicts it consults, so a change to them
// moves the type epoch.
func (t *Type) plainName(name string) bool {
	if t.Lookup("__getattribute__") != objectGetattribute() {
		return false
	}
	a := t.Lookup(name)
	return a == nil || !isDataDescriptor(a)
}

func isDunder(name string) bool {
	return len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
}

// plainAttrs reports whether attribute loads on t's instances find a name
// other than a dunder in the instance dict before the class: t's
// __getattribute__ is object's and no class of its MRO has a data
// descriptor under such a name. It is remembered for the type epoch.
func (t *Type) plainAttrs() bool {
	if t.plainEpoch == typeEpoch {
		return true
	}
	if t.notPlainEpoch == typeEpoch {
		return false
	}
	plain := t.Lookup("__getattribute__") == objectGetattribute()
	for _, b := range t.MRO {
		if !plain {
			break
		}
		if b.Dict == nil {
			plain = false
			break
		}
		// A change to any of these dicts must move the epoch.
		b.Dict.flags |= dictTypeDict
		for i := range b.Dict.entries {
			e := &b.Dict.entries[i]
			k, ok := e.key.(Str)
			if !ok || e.value == nil || isDunder(string(k)) {
				continue
			}
			if isDataDescriptor(e.value) {
				plain = false
				break
			}
		}
	}
	if plain {
		t.plainEpoch = typeEpoch
	} else {
		t.notPlainEpoch = typeEpoch
	}
	return plain
}

// AttrOr is v, or (nil: AttrHit missed) o.name through the site's cache.
func AttrOr(v, o Object, name string, c *AttrCache) Object {
	if v != nil {
		return v
	}
	return attrMiss(o, name, c)
}

// attrMiss is AttrOr's load when AttrHit missed: GetAttrIC, then what the
// site now knows about the instance's dict is kept for AttrHit.
func attrMiss(o Object, name string, c *AttrCache) Object {
	inst, ok := o.(*Instance)
	if !ok {
		if v := tupleItemHit(o, c); v != nil {
			return v
		}
		return getAttrICShaped(o, name, c)
	}
	if c.kind == attrProperty && c.t == inst.cls && c.epoch == typeEpoch {
		return c.attr.(*Property).get(o)
	}
	if inst.dict != nil {
		if v := attrHitDict(inst, c); v != nil {
			return v
		}
	} else if inst.vals == nil {
		// The first entry's __slots__ value, as in GetAttrIC.
		if e := &c.sh.e[0]; inst.cls == e.t && c.sh.epoch == typeEpoch {
			if sv, i := inst.slotVals(), uint(e.slot-1); i < uint(len(sv)) {
				if v := sv[i]; v != nil {
					// SlotHit's entry from now on.
					c.setSlotEntry(e.t, e.slot)
					return v
				}
			}
		}
		return getAttrICShaped(o, name, c)
	} else if t := inst.cls; t.notPlainEpoch == typeEpoch && c.sh.epoch == typeEpoch {
		// A class with a data descriptor under some other name (a
		// property beside plain attributes): AttrHit hits its instances
		// only as the site's vcls, so the site's shape entries are the
		// hit of the others. A site without a vcls for this epoch takes
		// this one (the entry's name has no data descriptor on t: it was
		// added as attrPlain).
		s := inst.vals.shape
		for i, n := 0, int(c.sh.n); i < n; i++ {
			if e := &c.sh.e[i&(shapeEntries-1)]; e.t == t && e.shape == s && e.idx >= 0 {
				if c.vclsEpoch != typeEpoch {
					c.noteValue(t, s, e.idx, name)
				}
				return inst.vals.vs()[e.idx]
			}
		}
	}
	v := GetAttrIC(o, name, c)
	if s := instShape(inst); s != nil {
		if e := c.sh.find(inst.cls, s); e != nil && e.idx >= 0 {
			c.noteValue(inst.cls, s, e.idx, name)
		}
	}
	return v
}

// InitStoreHit2 is InitStoreHit for two stores in a row on self
// (`self.x = x; self.y = y`): one test of the instance for both appends.
func InitStoreHit2(o, v1, v2 Object, c1, c2 *SetAttrCache) bool {
	if inst, ok := o.(*Instance); ok {
		if iv := inst.vals; iv != nil && iv.shape == c1.ashape && c1.anext == c2.ashape && iv.n+2 <= iv.room && inst.cls.plainSetEpoch == typeEpoch {
			*(*[2]Object)(unsafe.Add(unsafe.Pointer(iv), valueOffset(iv.n))) = [2]Object{v1, v2}
			iv.n += 2
			iv.shape = c2.anext
			return true
		}
	}
	return false
}
