package py

import (
	"fmt"
	"sort"
	"strings"
)

// A class's MRO as typeobject.c makes and remakes it: mro_implementation
// (C3, with its duplicate-base and inconsistency errors), mro_invoke (a
// metaclass's own mro() decides the order, checked by mro_check),
// mro_internal (reentrancy: an mro() that assigned the class's MRO itself
// wins), and __bases__ assignment (type_set_bases: the class and all its
// subclasses get their MRO again, every one restored if any fails).

// baseOf is the class's tp_base: its best base (the one whose layout the
// class's instances extend), nil for object.
func (t *Type) baseOf() *Type {
	switch len(t.Bases) {
	case 0:
		return nil
	case 1:
		return t.Bases[0]
	}
	bases := make([]Object, len(t.Bases))
	for i, b := range t.Bases {
		bases[i] = b
	}
	return bestBase(bases)
}

// solidOf is solid_base: the nearest class along the chain of best bases
// whose instances' layout differs from its base's (a builtin layout, or a
// class adding named __slots__).
func solidOf(t *Type) *Type {
	for c, n := t, 0; c != nil && n < 10000; c, n = c.baseOf(), n+1 {
		if _, ok := builtinLayouts[c]; ok {
			return c
		}
		if c.builtinBase != c && len(ownSlotNames(c)) > 0 {
			return c
		}
	}
	return ObjectType
}

// mroImplementation is type.mro(t): the C3 linearisation of t's bases.
func mroImplementation(t *Type) []*Type {
	for _, b := range t.Bases {
		if b.MRO == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("Cannot extend an incomplete type '%s'", b.Name)))
		}
	}
	if len(t.Bases) == 0 {
		if t == ObjectType {
			return []*Type{t}
		}
		return []*Type{t, ObjectType}
	}
	if len(t.Bases) == 1 {
		return append([]*Type{t}, t.Bases[0].MRO...)
	}
	for i, b := range t.Bases {
		for _, b2 := range t.Bases[:i] {
			if b == b2 {
				panic(NewError(TypeErrorType, "duplicate base class "+b.Name))
			}
		}
	}
	seqs := make([][]*Type, 0, len(t.Bases)+1)
	for _, b := range t.Bases {
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, t.Bases)
	remain := make([]int, len(seqs))
	mro := []*Type{t}
	tailContains := func(j int, c *Type) bool {
		for _, x := range seqs[j][remain[j]+1:] {
			if x == c {
				return true
			}
		}
		return false
	}
again:
	empty := 0
	for i, s := range seqs {
		if remain[i] >= len(s) {
			empty++
			continue
		}
		cand := s[remain[i]]
		skip := false
		for j := range seqs {
			if remain[j] < len(seqs[j]) && tailContains(j, cand) {
				skip = true
				break
			}
		}
		if skip {
			continue
		}
		mro = append(mro, cand)
		for j, s2 := range seqs {
			if remain[j] < len(s2) && s2[remain[j]] == cand {
				remain[j]++
			}
		}
		goto again
	}
	if empty != len(seqs) {
		// set_mro_error: the heads left, each once, in list order.
		var names []string
		seen := map[*Type]bool{}
		for i, s := range seqs {
			if remain[i] < len(s) && !seen[s[remain[i]]] {
				seen[s[remain[i]]] = true
				names = append(names, s[remain[i]].Name)
			}
		}
		panic(NewError(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases "+strings.Join(names, ", ")))
	}
	return mro
}

// mroInvoke computes t's MRO: type.mro for a class of type, the
// metaclass's mro() otherwise, whose result must be a non-empty sequence
// of classes whose layouts t's instances have.
func mroInvoke(t *Type) []*Type {
	meta := t.Type()
	if meta == TypeType {
		return mroImplementation(t)
	}
	m := meta.Lookup("mro")
	if m == nil || m == TypeType.Dict.mustGet("mro") {
		return mroImplementation(t)
	}
	res := Call(bindDescriptor(m, t, meta))
	items := AppendStar(nil, res)
	if len(items) == 0 {
		panic(NewError(TypeErrorType, "type MRO must not be empty"))
	}
	solid := solidOf(t)
	mro := make([]*Type, len(items))
	for i, x := range items {
		c, ok := x.(*Type)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("mro() returned a non-class ('%s')", x.Type().Name)))
		}
		if !subtypeOrChain(solid, solidOf(c)) {
			panic(NewError(TypeErrorType, fmt.Sprintf("mro() returned base with unsuitable layout ('%s')", c.Name)))
		}
		mro[i] = c
	}
	return mro
}

// subtypeOrChain is PyType_IsSubtype, which follows the chain of best
// bases for a class whose MRO is not made yet.
func subtypeOrChain(a, b *Type) bool {
	if a.MRO != nil {
		return a.IsSubtype(b)
	}
	return b == ObjectType || baseChainReaches(a, b)
}

// mroInternal gives t its MRO. changed is false when the mro() call
// assigned t's MRO itself (reentrance: that newer one stays).
func mroInternal(t *Type) (old []*Type, changed bool) {
	old = t.MRO
	mro := mroInvoke(t)
	if !sameMRO(t.MRO, old) {
		return old, false
	}
	t.MRO = mro
	bumpTypeEpoch()
	return old, true
}

// sameMRO is identity of two MRO slices (tp_mro pointer equality).
func sameMRO(a, b []*Type) bool {
	if len(a) != len(b) {
		return false
	}
	return len(a) == 0 || &a[0] == &b[0]
}

// mroChange records one class's MRO replaced by __bases__ assignment.
type mroChange struct {
	t        *Type
	new, old []*Type
}

// mroHierarchy remakes the MRO of t and of its subclasses, recording what
// it replaced in undo.
func mroHierarchy(t *Type, undo *[]mroChange) {
	old, changed := mroInternal(t)
	if !changed {
		return
	}
	*undo = append(*undo, mroChange{t, t.MRO, old})
	for _, s := range t.Subclasses() {
		mroHierarchy(s.(*Type), undo)
	}
}

// setBases is C.__bases__ = v (type_set_bases).
func setBases(t *Type, v Object) {
	if t.builtinBase == t {
		if v == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("cannot delete '__bases__' attribute of immutable type '%s'", t.Name)))
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot set '__bases__' attribute of immutable type '%s'", t.Name)))
	}
	if v == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("cannot delete '__bases__' attribute of immutable type '%s'", t.Name)))
	}
	tup, ok := v.(*Tuple)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("can only assign tuple to %s.__bases__, not %s", t.Name, v.Type().Name)))
	}
	if len(tup.Items) == 0 {
		panic(NewError(TypeErrorType, fmt.Sprintf("can only assign non-empty tuple to %s.__bases__, not ()", t.Name)))
	}
	newBases := make([]*Type, len(tup.Items))
	for i, x := range tup.Items {
		b, ok := x.(*Type)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s.__bases__ must be tuple of classes, not '%s'", t.Name, x.Type().Name)))
		}
		if b.IsSubtype(t) || (b.MRO != nil && baseChainReaches(b, t)) {
			panic(NewError(TypeErrorType, "a __bases__ item causes an inheritance cycle"))
		}
		newBases[i] = b
	}
	checkAcceptableBases(tup.Items)
	newBase := bestBase(tup.Items)
	if msg := incompatibleLayouts(t.baseOf(), newBase, "__bases__"); msg != "" {
		panic(NewError(TypeErrorType, msg))
	}
	oldBases := t.Bases
	t.Bases = newBases
	var undo []mroChange
	exc := Catch(func() { mroHierarchy(t, &undo) })
	if exc != nil {
		for i := len(undo) - 1; i >= 0; i-- {
			u := undo[i]
			// A class given a newer MRO since keeps it.
			if sameMRO(u.t.MRO, u.new) {
				u.t.MRO = u.old
			}
		}
		if sameBases(t.Bases, newBases) {
			t.Bases = oldBases
		}
		bumpTypeEpoch()
		panic(exc)
	}
	// Nothing more when a reentrant assignment replaced the bases.
	if sameBases(t.Bases, newBases) {
		for _, b := range oldBases {
			removeSubclass(b, t)
		}
		recordSubclass(t)
	}
	bumpTypeEpoch()
}

func sameBases(a, b []*Type) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// baseChainReaches reports whether t is on b's chain of tp_base.
func baseChainReaches(b, t *Type) bool {
	for n := 0; b != nil && n < 10000; n++ {
		if b == t {
			return true
		}
		b = b.baseOf()
	}
	return false
}

func removeSubclass(base, t *Type) {
	l := subclassesOf[base]
	for i, w := range l {
		if w.Value() == t {
			subclassesOf[base] = append(l[:i:i], l[i+1:]...)
			return
		}
	}
}

// checkAcceptableBases refuses a base that is no class or that cannot be
// subclassed (best_base's checks before the layouts').
func checkAcceptableBases(bases []Object) {
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			panic(NewError(TypeErrorType, "bases must be types"))
		}
		if finalTypes[bt] || bt.noSubclass() {
			panic(NewError(TypeErrorType, fmt.Sprintf("type '%s' is not an acceptable base type", bt.Qualname)))
		}
	}
}

// noSubclass: builtin types without Py_TPFLAGS_BASETYPE beyond the final
// list (function-like objects, descriptors CPython does not let classes
// extend).
func (t *Type) noSubclass() bool {
	return t.builtinBase == t && unsubclassableBuiltins[t.Name] && t.Module == "builtins"
}

var unsubclassableBuiltins = map[string]bool{
	"builtin_function_or_method": true, "method_descriptor": true, "wrapper_descriptor": true,
	"method-wrapper": true, "getset_descriptor": true, "member_descriptor": true,
	"cell": true, "code": true, "frame": true, "traceback": true, "async_generator": true,
	"coroutine": true, "generator": true, "mappingproxy": true, "NoneType": true,
	"ellipsis": true, "NotImplementedType": true, "classmethod_descriptor": true,
}

// plainFree lists the builtin types whose instances CPython frees with
// PyObject_Del (no GC header): a class changing between them and a GC'd
// layout changes its deallocator.
var plainFree = map[*Type]bool{}

func init() {
	for _, t := range []*Type{ObjectType, IntType, BoolType, FloatType, StrType, BytesType, RangeType, SliceType} {
		plainFree[t] = true
	}
}

func gcFreed(t *Type) bool {
	if t.builtinBase != t {
		return true // a class: subtype_dealloc, PyObject_GC_Del
	}
	return !plainFree[t] && t != ComplexType
}

// compatibleWithBase is compatible_with_tp_base: t's instances are laid
// out as its base's are.
func compatibleWithBase(t *Type) bool {
	p := t.baseOf()
	if p == nil {
		return false
	}
	if t.builtinBase == t {
		if _, own := builtinLayouts[t]; own {
			return false
		}
	}
	return typeLayoutOf(t) == typeLayoutOf(p) && gcFreed(t) == gcFreed(p) && t.slotsFrom != t
}

// incompatibleLayouts is compatible_for_assignment: "" when an instance
// of oldto may become one of newto, else the TypeError's message.
func incompatibleLayouts(oldto, newto *Type, attr string) string {
	if gcFreed(newto) != gcFreed(oldto) {
		return fmt.Sprintf("%s assignment: '%s' deallocator differs from '%s'", attr, newto.Name, oldto.Name)
	}
	newbase, oldbase := newto, oldto
	for compatibleWithBase(newbase) {
		newbase = newbase.baseOf()
	}
	for compatibleWithBase(oldbase) {
		oldbase = oldbase.baseOf()
	}
	if newbase != oldbase && (newbase.baseOf() != oldbase.baseOf() || !sameSlotsAdded(newbase, oldbase)) ||
		newto.builtinBase != oldto.builtinBase || newto.noDict != oldto.noDict {
		return fmt.Sprintf("%s assignment: '%s' object layout differs from '%s'", attr, newto.Name, oldto.Name)
	}
	return ""
}

// sameSlotsAdded: two classes on one base add the same slots.
func sameSlotsAdded(a, b *Type) bool {
	if a.builtinBase == a || b.builtinBase == b {
		return false
	}
	if typeLayoutOf(a) != typeLayoutOf(b) {
		return false
	}
	sa, sb := ownSlotNames(a), ownSlotNames(b)
	if len(sa) != len(sb) {
		return false
	}
	for i := range sa {
		if sa[i] != sb[i] {
			return false
		}
	}
	return true
}

// ownSlotNames is the class's named __slots__ (not __dict__ or
// __weakref__), sorted as CPython keeps them (ht_slots).
func ownSlotNames(t *Type) []string {
	sl, ok := t.Dict.GetStr("__slots__")
	if !ok {
		return nil
	}
	var out []string
	for _, n := range slotNames(sl) {
		if n != "__dict__" && n != "__weakref__" {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// setObjectClass is object.__class__ = v (object_set_class): both
// classes made by class statements (or both module types), their
// instances laid out alike.
func setObjectClass(o Object, v Object) {
	if v == nil {
		panic(NewError(TypeErrorType, "can't delete __class__ attribute"))
	}
	newto, ok := v.(*Type)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("__class__ must be set to a class, not '%s' object", v.Type().Name)))
	}
	oldto := o.Type()
	if m, isMod := o.(*Module); isMod && newto.IsSubtype(ModuleType) {
		m.SetClass(newto)
		return
	}
	if newto.builtinBase == newto || oldto.builtinBase == oldto {
		panic(NewError(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses"))
	}
	if msg := incompatibleLayouts(oldto, newto, "__class__"); msg != "" {
		panic(NewError(TypeErrorType, msg))
	}
	switch x := o.(type) {
	case *Instance:
		x.cls = newto
	case *List:
		if x.sub == nil {
			x.sub = &subPart{}
		}
		x.sub.cls = newto
	case *Dict:
		if x.sub == nil {
			x.sub = &subPart{}
		}
		x.sub.cls = newto
	case *Set:
		if x.sub == nil {
			x.sub = &subPart{}
		}
		x.sub.cls = newto
	case *Tuple:
		x.sub = &tupleSub{cls: newto, attrs: x.sub.attrs}
	case *ValueSub:
		x.cls = newto
	case *BaseException:
		x.cls = newto
	default:
		panic(NewError(TypeErrorType, fmt.Sprintf("__class__ assignment: '%s' object layout differs from '%s'", newto.Name, oldto.Name)))
	}
}
