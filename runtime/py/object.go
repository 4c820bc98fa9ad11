// Package py is the Python object model that translated programs run on:
// values, types, attribute lookup, calls, exceptions, generators and
// coroutines, and the builtins. It depends on the Go standard library only,
// because generated programs must build offline.
//
// Python code runs one piece at a time under a global interpreter lock (see
// gil.go), so most state here is unsynchronised on purpose.
package py

import (
	"strings"
	"unsafe"
)

// Object is any Python value.
type Object interface {
	Type() *Type
}

// Type is a Python class: a builtin one (int, str, BaseException, ...) or
// one created by a class statement.
type Type struct {
	Name     string
	Qualname string
	Module   string
	Bases    []*Type
	MRO      []*Type
	Dict     *Dict

	// builtinBase is the nearest builtin type in the MRO whose layout
	// instances use (object, BaseException, ...).
	builtinBase *Type
	// overrides caches subclassOverride's lookups.
	overrides struct {
		epoch uint64
		hot   [numOverrides]Object
		known uint8 // bit k: hot[k] was looked up in this epoch
	}
	// newInstance allocates an instance of a class; nil means inherit.
	newInstance func(t *Type) Object
	// Abstract types (NoneType, function, ...) cannot be instantiated from Python.
	noNew bool
	// call implements calling the type itself, e.g. int("3"); nil means the
	// generic __new__/__init__ protocol.
	call func(t *Type, args []Object, kwnames []string) Object

	// cache memoises Lookup; see typeEpoch.
	cache      map[string]Object
	cacheEpoch uint64
	// getattribute caches customGetattribute's answer for gaEpoch.
	getattribute Object
	gaEpoch      uint64
	// meta is the metaclass when it is not type (enum.EnumType, ...).
	meta *Type
	// ctor is what calling a plain class needs (ctor_fast.go).
	ctor *ctorCache
	// plainEpoch / notPlainEpoch: the type epoch in which plainAttrs
	// found the instances' attributes plain, or not (inline_cache.go).
	plainEpoch, notPlainEpoch uint64
	// plainSetEpoch / notPlainSetEpoch: the same for plainSets.
	plainSetEpoch, notPlainSetEpoch uint64
	// identityCmpEpoch / notIdentityCmpEpoch: the same for identityCmp
	// (ops.go).
	identityCmpEpoch, notIdentityCmpEpoch uint64
	// noDict: instances have no __dict__ (__slots__ all the way down to
	// object; slots.go).
	noDict bool
	// dictRoom is how many attributes the class's instances got from
	// their attribute stores' shape transitions so far (at most 8): a new
	// instance's dict gets room for that many (newPlainInstance), so two
	// attributes take no room for four and six need no second allocation.
	dictRoom uint8
	// dunders caches the binary operators' lookups (lookupDunder).
	dunders *dunderCache
	// nslots is how many named __slots__ an instance of the class holds
	// (its own and its bases'; slots.go), slotsFrom the nearest class of
	// its MRO that declares any (t itself when it does).
	nslots    int
	slotsFrom *Type
	// layout is what type_new decided for a class statement's instances
	// (slots.go): nil for the builtin types and Go-made classes.
	layout *classLayout
	// getters are the builtin attributes AddGetter registered on the
	// type, in order (a name registered again: the last one counts).
	getters []typeGetter
}

// TypeType is the class of classes.
var TypeType = &Type{Name: "type"}

// ObjectType is the root of every class hierarchy.
var ObjectType = func() *Type {
	t := &Type{Name: "object", Qualname: "object", Module: "builtins", Dict: NewDict()}
	t.MRO = []*Type{t}
	t.builtinBase = t
	return t
}()

func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// newBuiltinType makes a builtin type with a single base (nil for object).
// The type and its dict are one allocation, its MRO another, Bases a
// part of the MRO (neither is written in place).
func newBuiltinType(name string, base *Type) *Type {
	td := new(struct {
		t Type
		d Dict
	})
	t := &td.t
	t.Name, t.Qualname, t.Module, t.Dict = name, name, "builtins", &td.d
	td.d.flags |= dictIdentKeys
	n := 1
	if base != nil {
		n += len(base.MRO)
	}
	mro := make([]*Type, n)
	mro[0] = t
	if base != nil {
		copy(mro[1:], base.MRO)
		t.Bases = mro[1:2:2]
	}
	t.MRO = mro
	t.builtinBase = t
	return t
}

func init() {
	ObjectType.newInstance = newPlainInstance
	TypeType.Qualname, TypeType.Module, TypeType.Dict = "type", "builtins", NewDict()
	TypeType.Bases = []*Type{ObjectType}
	TypeType.MRO = []*Type{TypeType, ObjectType}
	TypeType.builtinBase = TypeType
}

// computeMRO fills t.MRO by C3 linearisation of the bases.
func (t *Type) computeMRO() {
	if len(t.Bases) == 0 {
		t.MRO = []*Type{t}
		if t != ObjectType {
			t.MRO = append(t.MRO, ObjectType)
		}
		return
	}
	var seqs [][]*Type
	for _, b := range t.Bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), t.Bases...))
	mro := []*Type{t}
	for {
		nonEmpty := seqs[:0]
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = append(nonEmpty, s)
			}
		}
		seqs = nonEmpty
		if len(seqs) == 0 {
			break
		}
		var next *Type
		for _, s := range seqs {
			cand := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[1:] {
					if x == cand {
						inTail = true
					}
				}
			}
			if !inTail {
				next = cand
				break
			}
		}
		if next == nil {
			names := make([]string, len(t.Bases))
			for i, b := range t.Bases {
				names[i] = b.Name
			}
			panic(NewError(TypeErrorType, "Cannot create a consistent method resolution order (MRO) for bases "+strings.Join(names, ", ")))
		}
		mro = append(mro, next)
		for i, s := range seqs {
			if s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
	t.MRO = mro
}

// IsSubtype reports whether t is sub or a subclass of it.
func (t *Type) IsSubtype(of *Type) bool {
	if t == of || of == ObjectType {
		return true
	}
	for _, m := range t.MRO {
		if m == of {
			return true
		}
	}
	return false
}

// typeEpoch changes whenever the dict of a class that Lookup has consulted
// changes; per-type lookup caches are valid only within one epoch.
var typeEpoch uint64 = 1 // never 0, the epoch of a zero cache or never-checked type

// Lookup finds name along the MRO without invoking descriptors. Results,
// misses included, are cached per type, as CPython's type attribute cache
// does: most attribute reads (self.x) miss every class dict.
func (t *Type) Lookup(name string) Object {
	if t.cacheEpoch == typeEpoch && t.cache != nil {
		if v, ok := t.cache[name]; ok {
			return v
		}
	} else {
		// A class statement moves the epoch several times; a small map
		// is emptied for reuse rather than made again.
		if t.cache != nil && len(t.cache) <= 32 {
			clear(t.cache)
		} else {
			t.cache = make(map[string]Object, 8)
		}
		t.cacheEpoch = typeEpoch
	}
	var found Object
	// One hash for the whole MRO: each dict's bloom bits turn most of
	// the misses away without a scan.
	h := strHash(name)
	for _, m := range t.MRO {
		m.Dict.flags |= dictTypeDict
		if v, ok := m.Dict.GetStrH(name, h); ok {
			found = v
			break
		}
	}
	t.cache[name] = found
	return found
}

// dunderCache holds a class's lookups of the binary operators' methods
// (__add__, then __radd__, by BinOp) for one type epoch: Lookup's answer
// without hashing the name into its map.
type dunderCache struct {
	epoch uint64
	have  uint32 // bit i: m[i] holds the lookup
	m     [2 * len(binDunder)]Object
	// f2[i] is the two-argument entry of m[i] for a forward operator
	// whose lookup found a Python function with one (instBinaryOp's
	// call without a type assertion), else nil.
	f2 [len(binDunder)]func(a, b Object) Object
}

// lookupDunder is t.Lookup(name) for name the method i of dunderCache.
func (t *Type) lookupDunder(i int, name string) Object {
	c := t.dunders
	if c == nil {
		c = &dunderCache{}
		t.dunders = c
	}
	if c.epoch != typeEpoch {
		c.epoch, c.have, c.f2 = typeEpoch, 0, [len(binDunder)]func(a, b Object) Object{}
	}
	if c.have&(1<<i) != 0 {
		return c.m[i]
	}
	v := t.Lookup(name)
	c.m[i] = v
	c.have |= 1 << i
	if f, ok := v.(*Function); ok && i < len(binDunder) {
		c.f2[i] = f.f2
	}
	return v
}

// SetAttrStr stores a class attribute.
func (t *Type) SetAttrStr(name string, v Object) { t.Dict.SetStr(name, v) }

// FullName is the name CPython prints in reprs and tracebacks: the
// qualified name, prefixed by the module unless it is builtins.
func (t *Type) FullName() string {
	if t.Module == "" || t.Module == "builtins" {
		return t.Qualname
	}
	return t.Module + "." + t.Qualname
}

// Instance is an instance of a class created by a class statement whose
// builtin base is object.
type Instance struct {
	cls *Type
	// dict is the instance's __dict__ once it is a dict object (nil: none,
	// or the attributes are in vals). Read it through InstanceDict, which
	// makes it from vals.
	dict *Dict
	// vals holds the attributes while they are keyed by a shape alone
	// (instvals.go): nil when dict is set or the instance has no __dict__.
	vals *instValues
	// slots points to the first of the values of named __slots__, one per
	// slot of the class's layout (cls.nslots; a value is nil while unset),
	// allocated when a first one is set (slots.go) unless in the
	// instance's allocation (nil: not allocated). A bare pointer, the
	// count being the class's: 8 bytes of every instance rather than a
	// slice's 24, and no header before the values. __class__ assignment
	// keeps nslots (incompatibleLayouts).
	slots *Object
}

// slotVals is the instance's slot values (nil: none allocated).
func (o *Instance) slotVals() []Object {
	if o.slots == nil {
		return nil
	}
	return unsafe.Slice(o.slots, o.cls.nslots)
}

func (o *Instance) Type() *Type { return o.cls }

// InstanceDict is implemented by objects that carry a __dict__.
type InstanceDict interface {
	Object
	InstanceDict() *Dict
}

// InstanceDict is the instance's __dict__ (nil: none), made from its
// values-mode attributes at the first request (instvals.go).
func (o *Instance) InstanceDict() *Dict {
	if o.vals != nil {
		return o.materialize()
	}
	return o.dict
}

// NoneType is the type of None.
type NoneType struct{}

var NoneTypeType = newBuiltinType("NoneType", ObjectType)

// None is Python's None.
var None Object = NoneType{}

func (NoneType) Type() *Type { return NoneTypeType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

var NotImplementedTypeType = newBuiltinType("NotImplementedType", ObjectType)

// NotImplemented is returned by binary dunder methods that give up.
var NotImplemented Object = NotImplementedType{}

func (NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisType is the type of `...`.
type EllipsisType struct{}

var EllipsisTypeType = newBuiltinType("ellipsis", ObjectType)

// Ellipsis is `...`.
var Ellipsis Object = EllipsisType{}

func (EllipsisType) Type() *Type { return EllipsisTypeType }
