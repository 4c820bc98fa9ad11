package py

import (
	"fmt"
	"math"
	"math/big"
	"strings"
	"unsafe"
)

// addr is the address CPython would print in a default repr.
func addr(o any) string {
	type iface struct{ typ, data unsafe.Pointer }
	p := (*iface)(unsafe.Pointer(&o)).data
	return fmt.Sprintf("0x%x", uintptr(p))
}

// Stringer-style hooks for Go-implemented objects.
type reprer interface{ String() string }

// Repr is repr(o) (PyObject_Repr, a recursion point of its own).
func Repr(o Object) string {
	EnterRecursiveCall(" while getting the repr of an object")
	s := repr(o)
	LeaveRecursiveCall()
	return s
}

// repr is Repr without the recursion count: a type's own repr (tp_repr).
func repr(o Object) string {
	switch v := o.(type) {
	case Str:
		return StrRepr(string(v))
	case Int:
		return intRepr(v)
	case *BigInt:
		return intRepr(v)
	case Bool:
		if v {
			return "True"
		}
		return "False"
	case Float:
		return FloatRepr(float64(v))
	case Complex:
		return complexRepr(v)
	case NoneType:
		return "None"
	case *Tuple:
		if v.sub == nil {
			return reprSeq(v, "(", ")", v.Items, len(v.Items) == 1)
		}
	case *List:
		if v.sub == nil {
			return reprSeq(v, "[", "]", v.Items, false)
		}
	case *Dict:
		if v.sub == nil {
			return reprDict(v)
		}
	case Bytes:
		return BytesRepr([]byte(v))
	case *Type:
		if v.meta == nil {
			return typeRepr(v)
		}
	}
	t := o.Type()
	if r := t.Lookup("__repr__"); r != nil {
		if _, builtin := r.(*BuiltinFunction); !builtin {
			return mustStr(Call(bindDescriptor(r, o, t)), "__repr__")
		}
		if r != objectRepr {
			return mustStr(Call(bindDescriptor(r, o, t)), "__repr__")
		}
	}
	if s, ok := o.(reprer); ok {
		return s.String()
	}
	return fmt.Sprintf("<%s object at %s>", t.FullName(), addr(o))
}

var objectRepr Object

func mustStr(o Object, method string) string {
	s, ok := o.(Str)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s returned non-string (type %s)", method, o.Type().Name)))
	}
	return string(s)
}

// reprGuard stops infinite recursion on self-containing containers.
var reprGuard = map[Object]bool{}

func reprSeq(self Object, open, close string, items []Object, trailingComma bool) string {
	if reprGuard[self] {
		return open + "..." + close
	}
	reprGuard[self] = true
	defer delete(reprGuard, self)
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(it))
	}
	if trailingComma {
		b.WriteByte(',')
	}
	b.WriteString(close)
	return b.String()
}

func reprDict(d *Dict) string {
	if reprGuard[d] {
		return "{...}"
	}
	reprGuard[d] = true
	defer delete(reprGuard, d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	d.Items(func(k, v Object) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(Repr(k))
		b.WriteString(": ")
		b.WriteString(Repr(v))
		return true
	})
	b.WriteByte('}')
	return b.String()
}

// StrOf is str(o) (PyObject_Str, a recursion point of its own but for
// strings).
func StrOf(o Object) string {
	if s, ok := o.(Str); ok {
		return string(s)
	}
	EnterRecursiveCall(" while getting the str of an object")
	s := strOf(o)
	LeaveRecursiveCall()
	return s
}

func strOf(o Object) string {
	switch v := o.(type) {
	case Int, *BigInt, Bool, Float, NoneType:
		return repr(o)
	case *BaseException:
		return ExcStr(v)
	case *MappingProxy:
		return StrOf(v.M)
	}
	t := o.Type()
	// Python-level __str__ methods, and Go ones that a module outside
	// builtins gives its classes (asyncio.Queue, ...).
	if s := userDunder(t, "__str__"); s != nil && s != objectStr {
		return mustStr(Call(bindDescriptor(s, o, t)), "__str__")
	}
	if v, ok := o.(*ValueSub); ok {
		if s, ok := v.V.(Str); ok {
			return string(s) // str.__str__ of a subclass: the exact str
		}
	}
	// object.__str__ calls the type's repr directly.
	return repr(o)
}

var objectStr Object

// Truth is bool(o).
// warnNotImplementedBool warns of bool(NotImplemented) (set in init: the
// warnings module is reached through the import machinery).
var warnNotImplementedBool func()

func init() {
	warnNotImplementedBool = func() {
		CallMethod(Import("_warnings"), "warn", Str("NotImplemented should not be used in a boolean context"), DeprecationWarningType)
	}
}

// Truth is bool(o). A bool is tested inline at the call (most truth tests
// are of comparisons and predicates); truthSlow does the rest.
func Truth(o Object) bool {
	switch v := o.(type) {
	case Bool:
		return bool(v)
	case Int:
		return v != 0
	}
	return truthSlow(o)
}

func truthSlow(o Object) bool {
	if v, ok := o.(Int); ok {
		return v != 0
	}
	switch v := o.(type) {
	case NoneType:
		return false
	case Int:
		return v != 0
	case Str:
		return v != ""
	case Float:
		return v != 0
	case Complex:
		return v != 0
	// A subclass of a container may define __bool__ or __len__: the
	// lookup below.
	case *List:
		if v.sub == nil {
			return len(v.Items) > 0
		}
	case *Tuple:
		if v.sub == nil {
			return len(v.Items) > 0
		}
	case *Dict:
		if v.sub == nil {
			return v.Len() > 0
		}
	case *Set:
		if v.sub == nil {
			return v.Len() > 0
		}
	case *BigInt:
		return true
	case Bytes:
		return len(v) > 0
	case NotImplementedType:
		// Deprecated in 3.9, still true (bpo-35712).
		warnNotImplementedBool()
		return true
	}
	t := o.Type()
	if b := t.Lookup("__bool__"); b != nil {
		r := callSlot(b, o, t)
		rb, ok := r.(Bool)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__bool__ should return bool, returned %s", r.Type().Name)))
		}
		return bool(rb)
	}
	if l := t.Lookup("__len__"); l != nil {
		return lenResult(callSlot(l, o, t)) != 0
	}
	return true
}

// Not is `not o`.
func Not(o Object) Object {
	// A bool inline at the call; the rest out of line.
	if b, ok := o.(Bool); ok {
		return !b
	}
	return notSlow(o)
}

//go:noinline
func notSlow(o Object) Object { return NewBool(!truthSlow(o)) }

// IsNone is `a is None`, inline at the call.
func IsNone(a Object) bool {
	_, ok := a.(NoneType)
	return ok
}

// Is is `a is b`.
func Is(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		return ok && x == y && x >= -5 && x <= 256 // CPython's small-int cache
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Float:
		// The same bits are the same object (a NaN is itself).
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	return sameObj(a, b)
}

// Hash is hash(o).
func Hash(o Object) uint64 {
	switch v := o.(type) {
	case Str:
		return strHash(string(v))
	case Int:
		return uint64(v)
	case Bool:
		if v {
			return 1
		}
		return 0
	case Float:
		f := float64(v)
		if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
			return uint64(int64(f))
		}
		return math.Float64bits(f)
	case NoneType:
		return 0x9e3779b97f4a7c15
	case Complex:
		if v.im() == 0 {
			return Hash(Float(v.re()))
		}
		return uint64(complexHash(v))
	case *BigInt:
		return strHash(v.v.String())
	case *Tuple:
		h := uint64(0x345678)
		for _, it := range v.Items {
			// Int items (board states, coordinates) without a call.
			var hi uint64
			if n, ok := it.(Int); ok {
				hi = uint64(n)
			} else {
				hi = Hash(it)
			}
			h = (h ^ hi) * 1000003
		}
		return h
	case Bytes:
		return strHash(string(v))
	case *List:
		if v.sub == nil {
			panic(NewError(TypeErrorType, "unhashable type: 'list'"))
		}
		// A subclass may define __hash__ (functools' _HashedSeq).
	case *Dict:
		if v.sub == nil {
			panic(NewError(TypeErrorType, "unhashable type: 'dict'"))
		}
	case *Set:
		if v.sub != nil {
			// A subclass's own __hash__, or set's None (unhashable, by
			// the subclass's name): the generic path below.
			if bf, ok := v.sub.cls.Lookup("__hash__").(*BuiltinFunction); !ok || !selfHashing[bf.owner] {
				break
			}
		}
		if !v.Frozen {
			panic(NewError(TypeErrorType, "unhashable type: 'set'"))
		}
		return uint64(frozensetHash(v))
	case *Method:
		return methodHash(v)
	case *BuiltinFunction:
		if v.Self != nil {
			return builtinMethodHash(v)
		}
	}
	t := o.Type()
	if v, ok := o.(*ValueSub); ok {
		if bf, ok := t.Lookup("__hash__").(*BuiltinFunction); ok && selfHashing[bf.owner] {
			return Hash(v.V)
		}
	}
	if h := t.Lookup("__hash__"); h != nil && h != objectHash {
		if h == None {
			panic(NewError(TypeErrorType, fmt.Sprintf("unhashable type: '%s'", t.Name)))
		}
		return uint64(Index(callSlot(h, o, t)))
	}
	if t.Lookup("__eq__") != objectEq && t.Lookup("__eq__") != nil && t.Lookup("__hash__") == objectHash {
		if _, ok := t.Dict.GetStr("__eq__"); ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("unhashable type: '%s'", t.Name)))
		}
	}
	return uint64(uintptr(ptrOf(o)))
}

func ptrOf(o Object) unsafe.Pointer {
	type iface struct{ typ, data unsafe.Pointer }
	return (*iface)(unsafe.Pointer(&o)).data
}

var objectHash, objectEq, objectNe Object

// Eq is a == b as a Go bool.
func Eq(a, b Object) bool {
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return x == y
		}
	case Int:
		if y, ok := b.(Int); ok {
			return x == y
		}
	}
	return Truth(Compare(a, b, OpEq))
}

// CmpOp selects a rich comparison.
type CmpOp int

const (
	OpLt CmpOp = iota
	OpLe
	OpEq
	OpNe
	OpGt
	OpGe
)

var cmpDunder = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}
var cmpSwapped = [...]CmpOp{OpGt, OpGe, OpEq, OpNe, OpLt, OpLe}
var cmpSymbol = [...]string{"<", "<=", "==", "!=", ">", ">="}

func cmpResult(c int, op CmpOp) bool {
	switch op {
	case OpLt:
		return c < 0
	case OpLe:
		return c <= 0
	case OpEq:
		return c == 0
	case OpNe:
		return c != 0
	case OpGt:
		return c > 0
	}
	return c >= 0
}

// Compare is a rich comparison `a op b` (PyObject_RichCompare, a
// recursion point of its own).
func Compare(a, b Object, op CmpOp) Object {
	if depthLeft <= 0 {
		panic(recursionError(" in comparison"))
	}
	depthLeft--
	r := compare(a, b, op)
	depthLeft++
	return r
}

func compare(a, b Object, op CmpOp) Object {
	if x, ok := a.(*Instance); ok && (op == OpEq || op == OpNe) {
		// Two instances of classes that define no comparison (list.remove
		// looking for one): object's __eq__ and __ne__, identity.
		if y, ok := b.(*Instance); ok && x.cls.identityCmp() && y.cls.identityCmp() {
			return NewBool((x == y) == (op == OpEq))
		}
	}
	disownInts(a, b) // Python code may keep them from here on
	if r, ok := compareBuiltin(a, b, op); ok {
		return NewBool(r)
	}
	ta, tb := a.Type(), b.Type()
	// The reflected method of a subclass goes first (and only once).
	reflected := tb != ta && tb.IsSubtype(ta)
	if reflected {
		if m := cmpMethod(tb, cmpSwapped[op]); m != nil {
			if r := cmpSlot(m, b, tb, a); r != NotImplemented {
				return r
			}
		}
	}
	if m := cmpMethod(ta, op); m != nil {
		if r := cmpSlot(m, a, ta, b); r != NotImplemented {
			return r
		}
	} else if r, ok := intSubCompare(a, b, op); ok {
		// int's own method, which a's class inherits, decides.
		return NewBool(r)
	}
	if !reflected {
		if m := cmpMethod(tb, cmpSwapped[op]); m != nil {
			if r := cmpSlot(m, b, tb, a); r != NotImplemented {
				return r
			}
		}
	}
	if isContainerSub(a, b) {
		// No Python method decided: the builtin container comparison.
		if r, ok := compareBuiltinSub(a, b, op, true); ok {
			return NewBool(r)
		}
	}
	_, subA := a.(*ValueSub)
	_, subB := b.(*ValueSub)
	if subA || subB {
		// No Python method decided: int's, str's, ... own comparison of
		// the values.
		if r, ok := compareBuiltin(UnwrapValue(a), UnwrapValue(b), op); ok {
			return NewBool(r)
		}
	}
	switch op {
	case OpEq:
		if ta.Lookup("__ne__") != nil && op == OpEq {
			return NewBool(sameObj(a, b))
		}
	case OpNe:
		return NewBool(!sameObj(a, b))
	}
	if op == OpEq {
		return NewBool(sameObj(a, b))
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' not supported between instances of '%s' and '%s'",
		cmpSymbol[op], ta.Name, tb.Name)))
}

// identityCmp reports whether comparisons of t's instances (*Instance) are
// object's: t's layout is object's and no class of its MRO but object has
// a rich comparison method (userDunder finds none of the six), so == and
// != compare identities, whatever the other operand's class when it is
// the same kind of class. It is remembered for the type epoch.
func (t *Type) identityCmp() bool {
	if t.identityCmpEpoch == typeEpoch {
		return true
	}
	if t.notIdentityCmpEpoch == typeEpoch {
		return false
	}
	ok := t.builtinBase == ObjectType && t.meta == nil
	for _, name := range cmpDunder {
		if ok && name != "" && userDunder(t, name) != nil {
			ok = false
		}
	}
	if ok {
		t.identityCmpEpoch = typeEpoch
	} else {
		t.notIdentityCmpEpoch = typeEpoch
	}
	return ok
}

// cmpSlot calls a comparison method as slot_tp_richcompare does: when
// binding it fails (a property raising AttributeError, say) the error is
// dropped and the method counts as NotImplemented.
func cmpSlot(m, o Object, t *Type, arg Object) Object {
	switch m.(type) {
	case *Function, *BuiltinFunction:
		return callSlot(m, o, t, arg)
	}
	var bound Object
	if Catch(func() { bound = bindDescriptor(m, o, t) }) != nil {
		return NotImplemented
	}
	return Call(bound, arg)
}

// userDunder finds a comparison method that is not one of the builtin
// types' own (those are handled natively by compareBuiltin): methods
// defined in Python, or added in Go to a user's class (dataclasses).
// cmpMethod is the Python method a comparison op of t's instances runs
// (nil: the builtin comparison or none): the class's own, or for != of a
// class whose __ne__ is object's and whose __eq__ is Python code,
// object.__ne__, which inverts that __eq__.
func cmpMethod(t *Type, op CmpOp) Object {
	if m := userDunder(t, cmpDunder[op]); m != nil {
		return m
	}
	if op == OpNe && userDunder(t, "__eq__") != nil && t.Lookup("__ne__") == objectNe {
		return objectNe
	}
	return nil
}

func userDunder(t *Type, name string) Object {
	for _, m := range t.MRO {
		if v, ok := m.Dict.GetStr(name); ok {
			if _, builtin := v.(*BuiltinFunction); builtin && m.Module == "builtins" {
				return nil
			}
			return v
		}
	}
	return nil
}

func isPythonMethod(m Object) bool {
	_, builtin := m.(*BuiltinFunction)
	return !builtin
}

// sameObj is identity (`a is b`); every Object's Go type is comparable
// (bytes are a string underneath).
func sameObj(a, b Object) bool {
	if a == b {
		return true
	}
	// A NaN is not == itself in Go; the same float (the same bits) is the
	// same object, as `x in [x]` expects of a NaN.
	if x, ok := a.(Float); ok && x != x {
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	return false
}

// SameObject is sameObj for other runtime packages.
func SameObject(a, b Object) bool { return sameObj(a, b) }

func compareBuiltin(a, b Object, op CmpOp) (bool, bool) {
	return compareBuiltinSub(a, b, op, false)
}

// compareBuiltinSub is compareBuiltin; with subs false, instances of
// subclasses of tuple, list, dict and set are left to compare (their
// class may define the comparison), which calls it again with subs true
// when no method decided.
func compareBuiltinSub(a, b Object, op CmpOp, subs bool) (bool, bool) {
	if !subs && isContainerSub(a, b) {
		return false, false
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return cmpResult(cmpInt(int64(x), int64(y)), op), true
		}
	case Float:
		if y, ok := b.(Float); ok {
			return cmpFloats(float64(x), float64(y), op), true
		}
	case Str:
		if y, ok := b.(Str); ok {
			return cmpResult(strings.Compare(string(x), string(y)), op), true
		}
		if op == OpEq || op == OpNe {
			_, isInst := b.(*Instance)
			_, isSub := b.(*ValueSub)
			if !isInst && !isSub {
				return op == OpNe, true
			}
		}
	case NoneType:
		if op == OpEq || op == OpNe {
			return (b == None) == (op == OpEq), true
		}
	case *Tuple:
		if y, ok := b.(*Tuple); ok {
			return compareSeq(x.Items, y.Items, op), true
		}
	case *List:
		if y, ok := b.(*List); ok {
			return compareLists(x, y, op), true
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && (op == OpEq || op == OpNe) {
			return dictEqual(x, y) == (op == OpEq), true
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return compareSets(x, y, op), true
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return cmpResult(strings.Compare(string(x), string(y)), op), true
		}
	}
	if isNumber(a) && isNumber(b) {
		c := compareNumbers(a, b)
		if c == 2 {
			// A NaN: unordered, only != holds.
			return op == OpNe, true
		}
		return cmpResult(c, op), true
	}
	if c, ok := a.(Complex); ok && (op == OpEq || op == OpNe) {
		if eq, ok := complexEq(c, b); ok {
			return eq == (op == OpEq), true
		}
	}
	if c, ok := b.(Complex); ok && (op == OpEq || op == OpNe) {
		if eq, ok := complexEq(c, a); ok {
			return eq == (op == OpEq), true
		}
	}
	if c, ok := a.(RichComparer); ok {
		if r, ok := c.RichCompare(b, op); ok {
			return r, true
		}
	}
	if c, ok := b.(RichComparer); ok {
		if r, ok := c.RichCompare(a, cmpSwapped[op]); ok {
			return r, true
		}
	}
	if op == OpEq || op == OpNe {
		_, ai := a.(*Instance)
		_, bi := b.(*Instance)
		_, ae := a.(*BaseException)
		_, be := b.(*BaseException)
		if !ai && !bi && !ae && !be && a.Type().builtinBase == a.Type() && b.Type().builtinBase == b.Type() {
			if ta := a.Type(); ta.Lookup("__eq__") == nil || !isPythonMethod(ta.Lookup("__eq__")) {
				if tb := b.Type(); tb.Lookup("__eq__") == nil || !isPythonMethod(tb.Lookup("__eq__")) {
					return sameObj(a, b) == (op == OpEq), true
				}
			}
		}
	}
	return false, false
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func isNumber(o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt, Float:
		return true
	}
	return false
}

// compareNumbers orders two numbers exactly (NaN compares unequal to all).
func compareNumbers(a, b Object) int {
	if x, ok := intOf(a); ok {
		if y, ok := intOf(b); ok {
			return cmpInt(x, y)
		}
	}
	_, af := a.(Float)
	_, bf := b.(Float)
	if !af && !bf {
		if isExactInt(a) && isExactInt(b) {
			return cmpExactInts(a, b)
		}
		return asBig(a).Cmp(asBig(b))
	}
	x, _ := floatOf(a)
	y, _ := floatOf(b)
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return 2 // no ordering: every comparison but != is false
	case x < y:
		return -1
	case x > y:
		return 1
	}
	if !af || !bf {
		// Compare exactly when one side is an int too big for a float.
		var bi *big.Int
		var f float64
		if af {
			bi, f = asBig(b), x
		} else {
			bi, f = asBig(a), y
		}
		if math.IsInf(f, 0) {
			return 0
		}
		bf := new(big.Float).SetInt(bi)
		c := bf.Cmp(big.NewFloat(f))
		if af {
			return -c
		}
		return c
	}
	return 0
}

// compareLists is list_richcompare: lengths first for == and !=, and the
// lists read afresh at each step, as an item's __eq__ may change them.
func compareLists(a, b *List, op CmpOp) bool {
	if (op == OpEq || op == OpNe) && len(a.Items) != len(b.Items) {
		return op == OpNe
	}
	i := 0
	for ; i < len(a.Items) && i < len(b.Items); i++ {
		x, y := a.Items[i], b.Items[i]
		if sameObj(x, y) || Eq(x, y) {
			continue
		}
		break
	}
	if i >= len(a.Items) || i >= len(b.Items) {
		return cmpResult(cmpInt(int64(len(a.Items)), int64(len(b.Items))), op)
	}
	switch op {
	case OpEq:
		return false
	case OpNe:
		return true
	}
	return Truth(Compare(a.Items[i], b.Items[i], op))
}

func compareSeq(a, b []Object, op CmpOp) bool {
	if (op == OpEq || op == OpNe) && len(a) != len(b) {
		return op == OpNe
	}
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if sameObj(a[i], b[i]) || Eq(a[i], b[i]) {
			continue
		}
		if op == OpEq {
			return false
		}
		if op == OpNe {
			return true
		}
		return Truth(Compare(a[i], b[i], op))
	}
	return cmpResult(cmpInt(int64(len(a)), int64(len(b))), op)
}

func dictEqual(a, b *Dict) bool {
	if a.Len() != b.Len() {
		return false
	}
	eq := true
	a.Items(func(k, v Object) bool {
		w, ok := b.Get(k)
		if !ok || !(sameObj(v, w) || Eq(v, w)) {
			eq = false
		}
		return eq
	})
	return eq
}

func compareSets(a, b *Set, op CmpOp) bool {
	// x <= y looks each element of x up in y by the hash x keeps, as
	// set_issubset does: no __hash__ is called again.
	sub := func(x, y *Set) bool {
		type keyHash struct {
			key  Object
			hash int64
		}
		es := make([]keyHash, 0, x.used)
		x.each(func(k Object, h int64) bool { es = append(es, keyHash{k, h}); return true })
		for _, e := range es {
			if y.lookup(e.key, e.hash) < 0 {
				return false
			}
		}
		return true
	}
	switch op {
	case OpEq:
		return a.Len() == b.Len() && sub(a, b)
	case OpNe:
		return !(a.Len() == b.Len() && sub(a, b))
	case OpLe:
		return sub(a, b)
	case OpLt:
		return a.Len() < b.Len() && sub(a, b)
	case OpGe:
		return sub(b, a)
	}
	return a.Len() > b.Len() && sub(b, a)
}

// Index is operator.index(o) as a Go int.
func Index(o Object) int {
	switch v := o.(type) {
	case Int:
		return int(v)
	case Bool:
		if v {
			return 1
		}
		return 0
	case *BigInt:
		panic(NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer"))
	case *ValueSub:
		// PyNumber_Index takes an int subclass's value as it is.
		if isIntLike(v.V) {
			return Index(v.V)
		}
	}
	if m := LookupSpecial(o, "__index__"); m != nil {
		r := Call(m)
		if !isIntLike(UnwrapValue(r)) {
			panic(NewError(TypeErrorType, fmt.Sprintf("__index__ returned non-int (type %s)", typeName(r))))
		}
		return Index(r)
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
}

// typeRepr is type.__repr__: <class 'module.Qualname'>.
func typeRepr(v *Type) string {
	if v.IsSubtype(BaseExceptionType) || v.Module != "builtins" {
		return fmt.Sprintf("<class '%s'>", v.FullName())
	}
	return fmt.Sprintf("<class '%s'>", v.Qualname)
}

// SetMeta sets t's metaclass (for Go-implemented metaclasses such as
// enum.EnumType); classes derived from t inherit it.
func SetMeta(t, meta *Type) { t.meta = meta }

// isContainerSub reports whether a or b is an instance of a subclass of
// tuple, list, dict, set or frozenset.
func isContainerSub(a, b Object) bool {
	return containerSub(a) || containerSub(b)
}

func containerSub(o Object) bool {
	switch x := o.(type) {
	case *Tuple:
		return x.sub != nil
	case *List:
		return x.sub != nil
	case *Dict:
		return x.sub != nil
	case *Set:
		return x.sub != nil
	}
	return false
}

// containsItems is `x in seq` over a list's or tuple's items: identity or
// ==, in order. An int needle meets int items without Eq's calls (nothing
// can run for them, so nothing can differ).
func containsItems(items []Object, x Object) bool {
	if n, ok := x.(Int); ok {
		for _, it := range items {
			if m, ok := it.(Int); ok {
				if m == n {
					return true
				}
			} else if sameObj(it, x) || Eq(it, x) {
				return true
			}
		}
		return false
	}
	for _, it := range items {
		if sameObj(it, x) || Eq(it, x) {
			return true
		}
	}
	return false
}

// intSubCompare is int's comparison method called on an instance a of an
// int subclass that inherits it: it answers when b is an int too (an
// int, a bool, an instance of an int subclass), before b's reflected
// method is tried.
func intSubCompare(a, b Object, op CmpOp) (bool, bool) {
	v, ok := a.(*ValueSub)
	if !ok || !isIntValue(UnwrapValue(v)) {
		return false, false
	}
	w := UnwrapValue(b)
	if !isIntValue(w) {
		return false, false
	}
	return compareBuiltin(UnwrapValue(v), w, op)
}

func isIntValue(o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}
