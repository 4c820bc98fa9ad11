package py

import (
	"fmt"
	"math"
	"unicode/utf8"
	"unsafe"
)

// Len is len(o).
// lenBuiltin is the builtin len, for CallLen.
var lenBuiltin *BuiltinFunction

// CallLen is fn(x) for a call spelled len(x) where len was the builtin at
// translation: while fn still is, the length of an exact list, tuple,
// dict or set, or of a str, is taken in place (no Python code can run for
// them); anything else (bytes included) is the call.
func CallLen(fn, x Object) Object {
	if fn == Object(lenBuiltin) {
		// An exact list first, by one type-word comparison (the switch
		// loads and searches the type's hash).
		if v, ok := x.(*List); ok && v.sub == nil {
			if n := len(v.Items); n < smallIntLen-5 {
				return smallIntAt(uint64(n + 5))
			}
		}
		switch v := x.(type) {
		case *List:
			if v.sub == nil {
				return MakeInt(int64(len(v.Items)))
			}
		case *Tuple:
			if v.sub == nil {
				return MakeInt(int64(len(v.Items)))
			}
		case Str:
			return MakeInt(int64(strLen(string(v))))
		case *Dict:
			if v.sub == nil {
				return MakeInt(int64(v.Len()))
			}
		case *Set:
			if v.sub == nil {
				return MakeInt(int64(v.Len()))
			}
		}
	}
	return Call1(fn, x)
}

func Len(o Object) int {
	switch v := o.(type) {
	case Str:
		return strLen(string(v))
	case *List:
		if v.sub == nil || subclassMethod(o, ovLen) == nil {
			return len(v.Items)
		}
	case *Tuple:
		if v.sub == nil || subclassMethod(o, ovLen) == nil {
			return len(v.Items)
		}
	case *Dict:
		if v.sub == nil || subclassMethod(o, ovLen) == nil {
			return v.Len()
		}
	case *Set:
		if v.sub == nil || subclassMethod(o, ovLen) == nil {
			return v.Len()
		}
	case Bytes:
		return len(v)
	case Lener:
		return v.Len()
	}
	if m := LookupSpecial(o, "__len__"); m != nil {
		return lenResult(Call(m))
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("object of type '%s' has no len()", o.Type().Name)))
}

// ownLen is the length of o by its builtin type's own __len__, whatever
// a subclass of the type defines.
func ownLen(o Object) int {
	switch v := o.(type) {
	case *List:
		return len(v.Items)
	case *Tuple:
		return len(v.Items)
	case *Dict:
		return v.Len()
	case *Set:
		return v.Len()
	}
	return Len(o)
}

// lenResult is what __len__ returned, r, as a length, raising as
// CPython's len() and truth test do for a negative or too big one.
func lenResult(r Object) int {
	if b, ok := UnwrapValue(r).(*BigInt); ok {
		if b.v.Sign() < 0 {
			panic(NewError(ValueErrorType, "__len__() should return >= 0"))
		}
		panic(NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer"))
	}
	n := Index(r)
	if n < 0 {
		panic(NewError(ValueErrorType, "__len__() should return >= 0"))
	}
	return n
}

// Slice is a slice object (a[i:j:k]).
type Slice struct{ Start, Stop, Step Object }

var SliceType = newBuiltinType("slice", ObjectType)

func (*Slice) Type() *Type { return SliceType }

// NewSlice makes a slice; nil parts become None.
func NewSlice(start, stop, step Object) *Slice {
	return &Slice{orNone(start), orNone(stop), orNone(step)}
}

// indices resolves the slice against a length, as slice.indices does.
func (s *Slice) indices(n int) (start, stop, step int) {
	return s.indicesOf(func() int { return n })
}

// indicesOf is indices with the length read after the bounds' __index__
// calls, as a sequence's subscript unpacks a slice (PySlice_Unpack) before
// it adjusts it to its length: an __index__ that changes the sequence is
// seen.
func (s *Slice) indicesOf(length func() int) (start, stop, step int) {
	step = 1
	if s.Step != None {
		step = sliceBound(s.Step)
		if step == 0 {
			panic(NewError(ValueErrorType, "slice step cannot be zero"))
		}
		if step < -math.MaxInt {
			// -step must not overflow (CPython's _PySlice_Unpack).
			step = -math.MaxInt
		}
	}
	lo, hi := 0, 0
	if s.Start != None {
		lo = sliceBound(s.Start)
	}
	if s.Stop != None {
		hi = sliceBound(s.Stop)
	}
	n := length()
	if step > 0 {
		start, stop = 0, n
	} else {
		start, stop = n-1, -1
	}
	if s.Start != None {
		start = clampSliceIndex(lo, n, step)
	}
	if s.Stop != None {
		stop = clampSliceIndex(hi, n, step)
	}
	return start, stop, step
}

// sliceBound is a slice's start, stop or step as an int: an int beyond
// the machine's range clamps to it (CPython's _PyEval_SliceIndex).
func sliceBound(o Object) int {
	switch o.(type) {
	case Int, Bool:
		return Index(o)
	}
	b, ok := IndexBig(o)
	if !ok {
		panic(NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method"))
	}
	if b.IsInt64() {
		return int(b.Int64())
	}
	if b.Sign() < 0 {
		return math.MinInt
	}
	return math.MaxInt
}

// sliceItems is the items of *items that s selects, *items read after the
// slice's __index__ calls.
func sliceItems(items *[]Object, s *Slice) []Object {
	start, stop, step := s.indicesOf(func() int { return len(*items) })
	return sliceRange(*items, start, stop, step)
}

// sliceRange copies the items a resolved slice selects.
func sliceRange(items []Object, start, stop, step int) []Object {
	n := sliceLen(start, stop, step)
	if n == 0 {
		return nil
	}
	out := make([]Object, n)
	if step == 1 {
		copy(out, items[start:stop])
		return out
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

// sliceLen is the number of indices start, start+step, ... before stop
// (the indices come from Slice.indices).
func sliceLen(start, stop, step int) int {
	// Steps of one either way without a division.
	if step == 1 {
		return max(stop-start, 0)
	}
	if step == -1 {
		return max(start-stop, 0)
	}
	if step > 0 {
		if start >= stop {
			return 0
		}
		return (stop-start-1)/step + 1
	}
	if start <= stop {
		return 0
	}
	return (start-stop-1)/(-step) + 1
}

func seqIndex(i Object, n int, what string) int {
	if what == "list" || what == "tuple" || what == "list assignment" {
		if !isIntLike(UnwrapValue(i)) && LookupSpecial(i, "__index__") == nil {
			seq := what
			if seq == "list assignment" {
				seq = "list"
			}
			panic(NewError(TypeErrorType, fmt.Sprintf("%s indices must be integers or slices, not %s", seq, i.Type().Name)))
		}
	}
	k := Index(i)
	if k < 0 {
		k += n
	}
	if k < 0 || k >= n {
		panic(NewError(IndexErrorType, what+" index out of range"))
	}
	return k
}

// subclassMethod is the method hotOverrides[k] of the class of o, an
// instance of a subclass of list, tuple, dict, set or frozenset, when the
// subclass (not the builtin type) defines it; nil otherwise, and always
// for the builtin types themselves. Item access on such an instance goes
// through it.
func subclassMethod(o Object, k overrideKey) Object {
	var cls *Type
	switch v := o.(type) {
	case *List:
		if v.sub != nil {
			cls = v.sub.cls
		}
	case *Dict:
		if v.sub != nil {
			cls = v.sub.cls
		}
	case *Tuple:
		if v.sub != nil {
			cls = v.sub.cls
		}
	case *Set:
		if v.sub != nil {
			cls = v.sub.cls
		}
	}
	if cls == nil {
		return nil
	}
	if f := cls.subclassOverride(k); f != nil {
		return bindDescriptor(f, o, cls)
	}
	return nil
}

// overrideKey names one of hotOverrides: the item and length protocol a
// builtin container's subclass is asked for at every d[k], d[k] = v,
// len(d) and k in d (a defaultdict's counting loop), kept per class in an
// array rather than a map keyed by name.
type overrideKey uint8

const (
	ovGetItem overrideKey = iota
	ovSetItem
	ovDelItem
	ovLen
	ovContains
	numOverrides
)

var hotOverrides = [numOverrides]string{"__getitem__", "__setitem__", "__delitem__", "__len__", "__contains__"}

// subclassOverride is what subclassMethod binds: the class attribute
// hotOverrides[k] of t when a class of t's MRO above its builtin base
// defines it, nil when the builtin base's own is found first (cached until
// a class changes).
func (t *Type) subclassOverride(k overrideKey) Object {
	ov := &t.overrides
	if ov.epoch != typeEpoch {
		ov.known = 0
		ov.epoch = typeEpoch
	} else if ov.known&(1<<k) != 0 {
		return ov.hot[k]
	}
	var f Object
	for _, m := range t.MRO {
		if v, ok := m.Dict.GetStr(hotOverrides[k]); ok {
			if m.builtinBase != m {
				f = v
			}
			break
		}
	}
	ov.hot[k] = f
	ov.known |= 1 << k
	return f
}

// GetItem is o[k].
func GetItem(o, k Object) Object {
	if l, ok := o.(*List); ok && l.sub == nil {
		if i, ok := k.(Int); ok && uint64(i) < uint64(len(l.Items)) {
			return l.Items[i]
		}
	}
	return getItemSlow(o, k)
}

// GetItemOr is GetItem for a subscript the translator placed directly in
// a try body with except clauses: the KeyError of an exact dict's missing
// key and the IndexError of an exact list's or tuple's int index out of
// range are returned, not raised (the body hands them to RaiseHere, which
// spares the panic). Anything else is GetItem's.
func GetItemOr(o, k Object) (Object, *BaseException) {
	switch v := o.(type) {
	case *Dict:
		if v.sub == nil {
			if x, ok := v.Get(k); ok {
				return x, nil
			}
			return nil, NewException(KeyErrorType, k)
		}
	case *List:
		if i, ok := k.(Int); ok && v.sub == nil {
			if i < 0 {
				i += Int(len(v.Items))
			}
			if uint64(i) < uint64(len(v.Items)) {
				return v.Items[i], nil
			}
			return nil, NewError(IndexErrorType, "list index out of range")
		}
	case *Tuple:
		if i, ok := k.(Int); ok && v.sub == nil {
			if i < 0 {
				i += Int(len(v.Items))
			}
			if uint64(i) < uint64(len(v.Items)) {
				return v.Items[i], nil
			}
			return nil, NewError(IndexErrorType, "tuple index out of range")
		}
	}
	return GetItem(o, k), nil
}

// NextOr is fn(it) for a call `next(it)` the translator placed directly
// in a try body with except clauses: while fn is the builtin next and it a
// native iterator (not a generator: its StopIteration carries the return
// value), exhaustion returns the StopIteration the builtin would raise.
// Anything else is the call's own.
func NextOr(fn, it Object) (Object, *BaseException) {
	if b, ok := fn.(*BuiltinFunction); ok && b.Module == "builtins" && b.Name == "next" {
		if x, ok := it.(Iterator); ok {
			if _, gen := it.(*Generator); !gen {
				if v, ok := x.Next(); ok {
					return v, nil
				}
				if h, ok := it.(StopHolder); ok {
					// The StopIteration Python code the iterator called
					// raised (raiseStop's).
					if e := h.TakeStop(); e != nil {
						return nil, e
					}
				}
				return nil, NewException(StopIterationType)
			}
		}
	}
	return Call1(fn, it), nil
}

// getItemSlow is GetItem past its inlined fast path (an exact list with an
// int index in range).
func getItemSlow(o, k Object) Object {
	if m := subclassMethod(o, ovGetItem); m != nil {
		return Call(m, k)
	}
	return getItemBuiltin(o, k)
}

// getItemBuiltin is GetItem without a subclass's own __getitem__ (the
// builtin types' __getitem__ methods).
func getItemBuiltin(o, k Object) Object {
	switch v := o.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			return NewList(sliceItems(&v.Items, s)...)
		}
		return v.Items[seqIndex(k, len(v.Items), "list")]
	case *Tuple:
		if s, ok := k.(*Slice); ok {
			return NewTuple(sliceItems(&v.Items, s)...)
		}
		return v.Items[seqIndex(k, len(v.Items), "tuple")]
	case *Dict:
		if x, ok := v.Get(k); ok {
			return x
		}
		if m := LookupSpecial(o, "__missing__"); m != nil {
			return Call(m, k)
		}
		e := NewException(KeyErrorType, k)
		panic(e)
	case Str:
		return strGetItem(string(v), k)
	case Bytes:
		if s, ok := k.(*Slice); ok {
			start, stop, step := s.indices(len(v))
			var out []byte
			for k, i := 0, start; k < sliceLen(start, stop, step); k, i = k+1, i+step {
				out = append(out, v[i])
			}
			return Bytes(out)
		}
		return Int(v[seqIndex(k, len(v), "index")])
	case *Type:
		if v.meta != nil {
			if m := LookupSpecial(v, "__getitem__"); m != nil {
				return Call(m, k)
			}
		}
		if m := v.Lookup("__class_getitem__"); m != nil {
			return Call(bindDescriptor(m, nil, v), k)
		}
		if subscriptableNative(v) {
			return &GenericAlias{Origin: v, Args: k}
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("type '%s' is not subscriptable", v.Name)))
	}
	if m := LookupSpecial(o, "__getitem__"); m != nil {
		return Call(m, k)
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not subscriptable", o.Type().Name)))
}

// subscriptableNative reports whether class v[k] is a GenericAlias without a
// __class_getitem__: type[k] (PyObject_GetItem's own case), and classes
// deriving from the runtime's Go types of modules other than builtins,
// which stand for C types CPython makes generic (asyncio.Future,
// collections.deque, re.Pattern, ...). Other classes are not subscriptable.
func subscriptableNative(v *Type) bool {
	if v == TypeType {
		return true
	}
	for _, b := range v.MRO {
		if b.builtinBase == b && b.Module != "builtins" {
			return true
		}
	}
	return false
}

// SetItem is o[k] = v.
func SetItem(o, k, v Object) {
	if l, ok := o.(*List); ok && l.sub == nil {
		if i, ok := k.(Int); ok && uint64(i) < uint64(len(l.Items)) {
			l.Items[i] = v
			return
		}
	}
	setItemGeneric(o, k, v)
}

// setItemGeneric is SetItem past its inlined fast path.
func setItemGeneric(o, k, v Object) {
	if m := subclassMethod(o, ovSetItem); m != nil {
		Call(m, k, v)
		return
	}
	setItemBuiltin(o, k, v)
}

func setItemBuiltin(o, k, v Object) {
	switch x := o.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			start, stop, step := s.indicesOf(func() int { return len(x.Items) })
			listAssignSlice(x, start, stop, step, v)
			return
		}
		x.Items[seqIndex(k, len(x.Items), "list assignment")] = v
		return
	case *Dict:
		if x.flags&dictClassNS != 0 {
			// dict.__setitem__ from the namespace's own override.
			x.flags &^= dictClassNS
			defer func() { x.flags |= dictClassNS }()
		}
		x.Set(k, v)
		return
	}
	setItemSlow(o, k, v)
}

// listAssignSlice is x[start:stop:step] = v, the indices resolved.
func listAssignSlice(x *List, start, stop, step int, v Object) {
	var vals []Object
	if l, ok := v.(*List); ok && l != x {
		vals = l.Items
	} else {
		vals = AppendStar(nil, v)
	}
	listAssignItems(x, start, stop, step, vals)
}

func setItemSlow(o, k, v Object) {
	if m := LookupSpecial(o, "__setitem__"); m != nil {
		Call(m, k, v)
		return
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object does not support item assignment", o.Type().Name)))
}

// fastSliceIndices resolves a slice's bounds (nil or None: absent) against
// the length n as Slice.indices does, when they are ints; ok is false
// otherwise (or for a zero step), which the generic path handles.
func fastSliceIndices(n int, lo, hi, st Object) (start, stop, step int, ok bool) {
	// Type switches rather than == None: comparing with the None interface
	// is a runtime call.
	step = 1
	switch s := st.(type) {
	case nil, NoneType:
	case Int:
		if s == 0 {
			return 0, 0, 0, false
		}
		step = int(s)
		if step < -math.MaxInt {
			// PySlice_Unpack: -step must not overflow.
			step = -math.MaxInt
		}
	default:
		return 0, 0, 0, false
	}
	if step > 0 {
		start, stop = 0, n
	} else {
		start, stop = n-1, -1
	}
	switch v := lo.(type) {
	case nil, NoneType:
	case Int:
		start = clampSliceIndex(int(v), n, step)
	default:
		return 0, 0, 0, false
	}
	switch v := hi.(type) {
	case nil, NoneType:
	case Int:
		stop = clampSliceIndex(int(v), n, step)
	default:
		return 0, 0, 0, false
	}
	return start, stop, step, true
}

// clampSliceIndex is a slice bound i given for a sequence of n items, as
// PySlice_AdjustIndices clamps it.
func clampSliceIndex(i, n, step int) int {
	if i < 0 {
		i += n
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	} else if i >= n {
		if step < 0 {
			return n - 1
		}
		return n
	}
	return i
}

// GetSlice is o[lo:hi:st] (nil: a part left out) without a slice object
// for lists and tuples.
func GetSlice(o, lo, hi, st Object) Object {
	switch v := o.(type) {
	case *List:
		if v.sub == nil {
			if start, stop, step, ok := fastSliceIndices(len(v.Items), lo, hi, st); ok {
				return listSlice(v.Items, start, stop, step)
			}
		}
	case *Tuple:
		if v.sub == nil {
			if start, stop, step, ok := fastSliceIndices(len(v.Items), lo, hi, st); ok {
				return NewTuple(sliceRange(v.Items, start, stop, step)...)
			}
		}
	}
	return GetItem(o, NewSlice(lo, hi, st))
}

// SetSlice is o[lo:hi:st] = v (nil: a part left out) without a slice
// object for lists.
func SetSlice(o, lo, hi, st, v Object) {
	if l, ok := o.(*List); ok && l.sub == nil {
		if start, stop, step, ok := fastSliceIndices(len(l.Items), lo, hi, st); ok {
			listAssignSlice(l, start, stop, step, v)
			return
		}
	}
	SetItem(o, NewSlice(lo, hi, st), v)
}

// DelItem is del o[k].
func DelItem(o, k Object) {
	if m := subclassMethod(o, ovDelItem); m != nil {
		Call(m, k)
		return
	}
	delItemBuiltin(o, k)
}

func delItemBuiltin(o, k Object) {
	switch x := o.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			start, stop, step := s.indicesOf(func() int { return len(x.Items) })
			if step == 1 {
				if stop > start {
					x.Items = append(x.Items[:start], x.Items[stop:]...)
				}
				return
			}
			keep := x.Items[:0:0]
			del := map[int]bool{}
			for k, i := 0, start; k < sliceLen(start, stop, step); k, i = k+1, i+step {
				del[i] = true
			}
			for i, it := range x.Items {
				if !del[i] {
					keep = append(keep, it)
				}
			}
			x.Items = keep
			return
		}
		i := seqIndex(k, len(x.Items), "list assignment")
		x.Items = append(x.Items[:i], x.Items[i+1:]...)
		return
	case *Dict:
		if !x.Delete(k) {
			panic(NewException(KeyErrorType, k))
		}
		return
	}
	if m := LookupSpecial(o, "__delitem__"); m != nil {
		Call(m, k)
		return
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object does not support item deletion", o.Type().Name)))
}

// Contains is `x in o`. An exact list's test is made here, in a small
// frame; containsAny has the rest.
func Contains(o, x Object) bool {
	if l, ok := o.(*List); ok {
		n, isInt := x.(Int)
		if !isInt || l.sub != nil {
			return containsOther(o, x)
		}
		// An int in an exact list: an Int item is compared by value
		// through the interface's words (the type switch's code took half
		// again as many instructions an item), any other as
		// containsItems compares it. An int in a list of four: 108 -> 50
		// instructions a test.
		items := l.Items
		for i := 0; i < len(items); i++ {
			w := (*[2]unsafe.Pointer)(unsafe.Pointer(&items[i]))
			if w[0] == intWord {
				if *(*Int)(w[1]) == n {
					return true
				}
			} else {
				if containsEq(items[i], x) {
					return true
				}
				// An __eq__ may have changed the list: CPython goes on
				// over its items as they are now.
				items = l.Items
			}
		}
		return false
	}
	return containsOther(o, x)
}

// intWord is an Int's type word in an Object.
var intWord = typeWord(Int(0))

// containsEq is Contains's test of an item that is not an Int, apart so
// that its loop spills nothing.
//
//go:noinline
func containsEq(it, x Object) bool {
	return sameObj(it, x) || Eq(it, x)
}

// containsOther is Contains past an int in an exact list.
func containsOther(o, x Object) bool {
	if l, ok := o.(*List); ok && l.sub == nil {
		return containsList(l, x)
	}
	return containsAny(o, x)
}

// containsList is `x in l` over the list's items as they are at each step,
// as CPython's list_contains reads them: an __eq__ may clear or grow it.
func containsList(l *List, x Object) bool {
	for i := 0; i < len(l.Items); i++ {
		if it := l.Items[i]; sameObj(it, x) || Eq(it, x) {
			return true
		}
	}
	return false
}

func containsAny(o, x Object) bool {
	// Lists and tuples first: the Container case, an interface, costs a
	// lookup for every type tested after it.
	switch v := o.(type) {
	case *List:
		if v.sub != nil {
			if m := subclassMethod(o, ovContains); m != nil {
				return Truth(Call(m, x))
			}
		}
		return containsList(v, x)
	case *Tuple:
		if v.sub != nil {
			if m := subclassMethod(o, ovContains); m != nil {
				return Truth(Call(m, x))
			}
		}
		return containsItems(v.Items, x)
	case *Dict:
		if v.sub != nil {
			if m := subclassMethod(o, ovContains); m != nil {
				return Truth(Call(m, x))
			}
		}
		_, ok := v.Get(x)
		return ok
	case *Set:
		if v.sub != nil {
			if m := subclassMethod(o, ovContains); m != nil {
				return Truth(Call(m, x))
			}
		}
		return v.ContainsKey(x)
	case Str:
		s, ok := x.(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("'in <string>' requires string as left operand, not %s", x.Type().Name)))
		}
		return containsStr(string(v), string(s))
	case Bytes:
		return bytesContains([]byte(v), x)
	case *ByteArray:
		return bytesContains(v.B, x)
	case Container:
		return v.Contains(x)
	}
	if m := LookupSpecial(o, "__contains__"); m != nil {
		return Truth(Call(m, x))
	}
	it := containsIter(o)
	for {
		v, ok := Next(it)
		if !ok {
			return false
		}
		if sameObj(v, x) || Eq(v, x) {
			return true
		}
	}
}

// containsIter is iter(o) for `in`: a TypeError from it reads as
// _PySequence_IterSearch's, "argument of type 'X' is not iterable".
func containsIter(o Object) Object {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(TypeErrorType) {
				RestoreDepth(depth)
				panic(NewError(TypeErrorType, fmt.Sprintf("argument of type '%s' is not iterable", o.Type().Name)))
			}
			panic(r)
		}
	}()
	return GetIter(o)
}

func containsStr(s, sub string) bool {
	return len(sub) == 0 || indexStr(s, sub) >= 0
}

func indexStr(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// Iterator is a Go-implemented iterator.
type Iterator interface {
	Object
	Next() (Object, bool)
}

// SeqIter iterates over a slice of objects that may grow (lists).
// Once exhausted it drops its sequence, as CPython's do: a list that grows
// afterwards is not seen.
type SeqIter struct {
	list  *List
	items []Object
	i     int
	kind  seqKind
}

var IteratorType = newBuiltinType("iterator", ObjectType)

func (it *SeqIter) Next() (Object, bool) {
	items := it.items
	if it.list != nil {
		items = it.list.Items
	}
	if it.i >= len(items) {
		it.list, it.items = nil, nil
		return nil, false
	}
	it.i++
	return items[it.i-1], true
}

// StrIter iterates over the code points of a str.
type StrIter struct {
	s    string
	i    int
	done bool
}

func (it *StrIter) Next() (Object, bool) {
	if it.i >= len(it.s) {
		it.done = true
		return nil, false
	}
	if c := it.s[it.i]; c < utf8.RuneSelf {
		it.i++
		return Str(asciiStrs[c]), true
	}
	r, n := DecodeRune(it.s[it.i:])
	it.i += n
	return Str(RuneStr(r)), true
}

// DictIter iterates over a dict's keys, values or items.
type DictIter struct {
	s    dictIterState
	kind int // DictKeys, DictValues, DictItems
	// pairs is room for the items' tuples, made a chunk at a time: a
	// loop over d.items() allocated one tuple per item. A tuple kept
	// keeps its chunk, up to itemChunk pairs of this dict's entries.
	pairs []tupleRoom2
}

func newDictIter(d *Dict, kind int) *DictIter {
	it := &DictIter{kind: kind}
	it.s.start(d)
	return it
}

// itemChunk is how many items' tuples a DictIter allocates at once.
const itemChunk = 16

func (it *DictIter) Next() (Object, bool) {
	e := it.s.step()
	if e == nil {
		return nil, false
	}
	switch it.kind {
	case DictValues:
		return e.value, true
	case DictItems:
		if len(it.pairs) == 0 {
			it.pairs = make([]tupleRoom2, min(itemChunk, max(int(it.s.left)+1, 1)))
		}
		x := &it.pairs[0]
		it.pairs = it.pairs[1:]
		x.a = [2]Object{e.key, e.value}
		x.t.Items = x.a[:]
		return &x.t, true
	}
	return e.key, true
}

// FuncIter adapts a Go function to an iterator.
type FuncIter struct{ F func() (Object, bool) }

func (*FuncIter) Type() *Type             { return IteratorType }
func (it *FuncIter) Next() (Object, bool) { return it.F() }

// GetIter is iter(o).
func GetIter(o Object) Object {
	switch v := o.(type) {
	case *List:
		if v.sub == nil || ownIter(v.sub.cls, ListType) {
			return &SeqIter{list: v}
		}
	case *Tuple:
		if v.sub == nil || ownIter(v.sub.cls, TupleType) {
			return &SeqIter{items: v.Items, kind: seqTuple}
		}
	case Str:
		return &StrIter{s: string(v)}
	case *Dict:
		if v.sub == nil || ownIter(v.sub.cls, DictType) {
			return newDictIter(v, DictKeys)
		}
	case *Set:
		if v.sub == nil || ownIter(v.sub.cls, SetType) || ownIter(v.sub.cls, FrozenSetType) {
			return newSetIter(v)
		}
	case Bytes:
		return &BytesIter{b: v}
	case *Generator:
		// Before Iterator, which it implements: a concrete type test
		// costs less than an interface one.
		return v
	case Iterator:
		return v
	case Iterable:
		return v.Iter()
	}
	if m := LookupSpecial(o, "__iter__"); m != nil {
		if m == None {
			// `__iter__ = None` declares the class not iterable (slot_tp_iter).
			panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not iterable", o.Type().Name)))
		}
		it := Call(m)
		if _, ok := it.(Iterator); !ok && LookupSpecial(it, "__next__") == nil {
			if _, ok := it.(*Generator); !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("iter() returned non-iterator of type '%s'", it.Type().Name)))
			}
		}
		return it
	}
	if m := LookupSpecial(o, "__getitem__"); m != nil {
		i := 0
		done := false
		it := &GoIter{T: IteratorType}
		// Pickled, it is iter(seq) resumed at i (iter(()) once exhausted).
		it.Reduce = func() Object { return iterReduce(o, i, done, NewTuple()) }
		it.SetState = func(v Object) {
			if !done {
				i = max(0, Index(v))
			}
		}
		it.F = func() (Object, bool) {
			if done {
				return nil, false
			}
			var v Object
			stop := false
			depth := SaveDepth()
			func() {
				defer func() {
					if r := recover(); r != nil {
						if e, ok := r.(*BaseException); ok && (e.cls.IsSubtype(IndexErrorType) || e.cls.IsSubtype(StopIterationType)) {
							RestoreDepth(depth)
							stop = true
							return
						}
						panic(r)
					}
				}()
				v = Call(m, Int(i))
			}()
			if stop {
				done = true
				return nil, false
			}
			i++
			return v, true
		}
		return it
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not iterable", o.Type().Name)))
}

// Next advances an iterator returned by GetIter; ok is false at the end.
func Next(it Object) (Object, bool) {
	Checkpoint()
	// The common iterators by their Go type first: a type switch on an
	// interface type costs a lookup.
	switch v := it.(type) {
	case *SeqIter:
		return v.Next()
	case *RangeIter:
		// RangeIter.Next in place, to save a call per item.
		if v.left <= 0 {
			return nil, false
		}
		x := v.cur
		v.cur += v.step
		v.left--
		return MakeInt(x), true
	case *Generator:
		// Generator.Next's test here, to save a call per item.
		if v.c.state&1 == 0 && v.c.sm != nil {
			return v.nextItem()
		}
		return v.Next()
	case Iterator:
		return v.Next()
	}
	m := LookupSpecial(it, "__next__")
	if m == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not an iterator", it.Type().Name)))
	}
	var out Object
	stopped, _ := catchStopIteration(func() { out = Call(m) })
	if stopped {
		return nil, false
	}
	return out, true
}

// exactItems is the items of an exact list or tuple: what CPython's
// PySequence_Fast and UNPACK_SEQUENCE read directly (a subclass may
// override __iter__, so they iterate it).
func exactItems(o Object) ([]Object, bool) {
	if v, ok := o.(*Tuple); ok && v.sub == nil {
		return v.Items, true
	}
	if v, ok := o.(*List); ok && v.sub == nil {
		return v.Items, true
	}
	return nil, false
}

// Unpack is `a, b, *c = o`: it returns exactly n objects, or n with a list
// at position star when star >= 0. The result never shares an exact list's
// items: storing to the targets may change the list (`l[1], l[0] = l`
// stores what l held before either store, as CPython's stack does).
func Unpack(o Object, n int, star int) []Object {
	items, shared := unpackItems(o, n, star)
	if shared {
		if _, ok := o.(*List); ok {
			items = append([]Object(nil), items...)
		}
	}
	return items
}

// Unpack2 is `a, b = o`: an exact tuple's or list's items are read in
// place (they are values here, so later stores cannot change them).
func Unpack2(o Object) (Object, Object) {
	switch v := o.(type) {
	case *Tuple:
		if it := v.Items; len(it) == 2 && v.sub == nil {
			return it[0], it[1]
		}
	case *List:
		if it := v.Items; len(it) == 2 && v.sub == nil {
			return it[0], it[1]
		}
	}
	u, _ := unpackItems(o, 2, -1)
	return u[0], u[1]
}

// Unpack3 is `a, b, c = o`, as Unpack2.
func Unpack3(o Object) (Object, Object, Object) {
	switch v := o.(type) {
	case *Tuple:
		if it := v.Items; len(it) == 3 && v.sub == nil {
			return it[0], it[1], it[2]
		}
	case *List:
		if it := v.Items; len(it) == 3 && v.sub == nil {
			return it[0], it[1], it[2]
		}
	}
	u, _ := unpackItems(o, 3, -1)
	return u[0], u[1], u[2]
}

// Unpack4 is `a, b, c, d = o`.
func Unpack4(o Object) (Object, Object, Object, Object) {
	u, _ := unpackItems(o, 4, -1)
	return u[0], u[1], u[2], u[3]
}

// unpackItems is Unpack's result; shared says it is o's own items (an
// exact tuple's or list's of exactly n).
func unpackItems(o Object, n int, star int) ([]Object, bool) {
	items, ok := exactItems(o)
	if !ok {
		return unpackIter(o, n, star), false
	}
	if star < 0 {
		if len(items) > n {
			panic(NewError(ValueErrorType, fmt.Sprintf("too many values to unpack (expected %d)", n)))
		}
		if len(items) < n {
			panic(NewError(ValueErrorType, fmt.Sprintf("not enough values to unpack (expected %d, got %d)", n, len(items))))
		}
		return items, true
	}
	if len(items) < n-1 {
		panic(NewError(ValueErrorType, fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", n-1, len(items))))
	}
	out := make([]Object, n)
	copy(out, items[:star])
	after := n - 1 - star
	out[star] = NewList(append([]Object(nil), items[star:len(items)-after]...)...)
	copy(out[star+1:], items[len(items)-after:])
	return out, false
}

// unpackIter is CPython's unpack_iterable: o's iterator is advanced only
// as far as the targets need (one item past them without a star, to see
// that there is none: an endless iterator raises), and the rest becomes
// the starred list as list(it) would make it.
func unpackIter(o Object, n int, star int) []Object {
	it := unpackGetIter(o)
	before := n
	if star >= 0 {
		before = star
	}
	out := make([]Object, 0, n)
	for i := 0; i < before; i++ {
		v, ok := Next(it)
		if !ok {
			if star < 0 {
				panic(NewError(ValueErrorType, fmt.Sprintf("not enough values to unpack (expected %d, got %d)", n, i)))
			}
			panic(NewError(ValueErrorType, fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", n-1, i)))
		}
		out = append(out, v)
	}
	if star < 0 {
		if _, ok := Next(it); ok {
			panic(NewError(ValueErrorType, fmt.Sprintf("too many values to unpack (expected %d)", n)))
		}
		return out
	}
	rest := AppendStar(nil, it)
	after := n - 1 - star
	if len(rest) < after {
		panic(NewError(ValueErrorType, fmt.Sprintf("not enough values to unpack (expected at least %d, got %d)", n-1, star+len(rest))))
	}
	out = append(out, NewList(rest[:len(rest)-after:len(rest)-after]...))
	return append(out, rest[len(rest)-after:]...)
}

// unpackGetIter is iter(o) for unpacking: an object that is neither
// iterable nor a sequence gets CPython's "cannot unpack" TypeError in place
// of iter()'s.
func unpackGetIter(o Object) (it Object) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(TypeErrorType) && LookupSpecial(o, "__iter__") == nil && !isSequence(o) {
				RestoreDepth(depth)
				panic(NewError(TypeErrorType, fmt.Sprintf("cannot unpack non-iterable %s object", o.Type().Name)))
			}
			panic(r)
		}
	}()
	return GetIter(o)
}
