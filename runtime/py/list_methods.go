package py

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// Methods of list and tuple, and sorting.

func listSelf(name string, args []Object) *List {
	if len(args) > 0 {
		// A *List is a list or a list subclass's instance: checkSelf
		// would return it as it is.
		if l, ok := args[0].(*List); ok {
			return l
		}
	}
	return checkSelf(ListType, name, args).(*List)
}

// Less is `a < b` as a Go bool, with fast paths for the common types.
func Less(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x < y
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y
		}
	}
	return Truth(Compare(a, b, OpLt))
}

// SortObjects sorts items in place as list.sort does: stable, by key (nil:
// the items themselves), reversed when reverse (equal items keep their
// order).
func SortObjects(items []Object, key Object, reverse bool) {
	keys := items
	if key != nil && key != None {
		keys = make([]Object, len(items))
		for i, it := range items {
			keys[i] = Call(key, it)
		}
	}
	if reverse {
		slices.Reverse(items)
		if key != nil && key != None {
			slices.Reverse(keys)
		}
	}
	sortByKeys(items, keys)
	if reverse {
		slices.Reverse(items)
	}
}

func seqIndexOf(items []Object, x Object, start, end Object) int {
	st, en := adjustIndices(start, end, len(items))
	for i := st; i < en && i < len(items); i++ {
		if sameObj(items[i], x) || Eq(items[i], x) {
			return i
		}
	}
	return -1
}

// listIndexOf is seqIndexOf over a list's items as they are at each step,
// and listCount seqCount, as list_index and list_count read them: an
// __eq__ may clear, shrink or grow the list.
func listIndexOf(l *List, x Object, start, end Object) int {
	st, en := adjustIndices(start, end, len(l.Items))
	if end == nil || en == len(l.Items) && sliceIndex(end, 0) > en {
		// A stop past the end stays past it (list_index clamps only a
		// negative one): items an __eq__ appends are searched too.
		en = math.MaxInt
	}
	for i := st; i < en && i < len(l.Items); i++ {
		if it := l.Items[i]; sameObj(it, x) || Eq(it, x) {
			return i
		}
	}
	return -1
}

func listCount(l *List, x Object) int {
	n := 0
	for i := 0; i < len(l.Items); i++ {
		if it := l.Items[i]; sameObj(it, x) || Eq(it, x) {
			n++
		}
	}
	return n
}

func seqCount(items []Object, x Object) int {
	n := 0
	for _, it := range items {
		if sameObj(it, x) || Eq(it, x) {
			n++
		}
	}
	return n
}

func init() {
	subclassable[ListType] = true
	subclassable[TupleType] = true
	ListType.newInstance = func(t *Type) Object {
		l := &List{sub: &subPart{cls: t}}
		if hasInstanceDict(t, ListType) {
			l.sub.attrs = NewDict()
		}
		return l
	}

	method(ListType, "__init__", func(args []Object, kw []string) Object {
		l := listSelf("__init__", args)
		// As list___init__: keywords are for a subclass's own __new__.
		t := args[0].Type()
		it := seqCtorArg("list", args[1:], kw, t != ListType && t.Lookup("__new__") != ListType.Lookup("__new__"))
		l.Items = l.Items[:0]
		if it != nil {
			l.Items = AppendStar(l.Items, it)
		}
		return None
	})
	method(ListType, "append", func(args []Object, kw []string) Object {
		l := listSelf("append", args)
		a := nargs("list.append", args, kw, 1, 1)
		l.Items = append(l.Items, a[0])
		return None
	})
	method(ListType, "extend", func(args []Object, kw []string) Object {
		l := listSelf("extend", args)
		a := nargs("list.extend", args, kw, 1, 1)
		if o, ok := a[0].(*List); ok && o == l {
			l.Items = append(l.Items, slices.Clone(l.Items)...)
			return None
		}
		l.Items = AppendStar(l.Items, a[0])
		return None
	})
	method(ListType, "insert", func(args []Object, kw []string) Object {
		l := listSelf("insert", args)
		a := nargs("insert", args, kw, 2, 2)
		return listInsert(l, a[0], a[1])
	})
	method(ListType, "pop", func(args []Object, kw []string) Object {
		l := listSelf("pop", args)
		a := nargs("pop", args, kw, 0, 1)
		if len(a) > 0 {
			return listPop(l, a[0])
		}
		return listPop(l, nil)
	})
	method(ListType, "remove", func(args []Object, kw []string) Object {
		l := listSelf("remove", args)
		a := nargs("list.remove", args, kw, 1, 1)
		return listRemove(l, a[0])
	})
	method(ListType, "index", func(args []Object, kw []string) Object {
		l := listSelf("index", args)
		a := nargs("index", args, kw, 1, 3)
		a = append(a, nil, nil)
		i := listIndexOf(l, a[0], a[1], a[2])
		if i < 0 {
			panic(NewError(ValueErrorType, fmt.Sprintf("%s is not in list", Repr(a[0]))))
		}
		return Int(i)
	})
	method(ListType, "count", func(args []Object, kw []string) Object {
		l := listSelf("count", args)
		a := nargs("count", args, kw, 1, 1)
		return Int(listCount(l, a[0]))
	})
	method(ListType, "sort", func(args []Object, kw []string) Object {
		l := listSelf("sort", args)
		if len(args)-len(kw) > 1 {
			panic(NewError(TypeErrorType, "sort() takes no positional arguments"))
		}
		a := ParseArgs("sort", args[1:], kw, []string{"key", "reverse"}, 0)
		// As list_sort_impl: the list is empty while it sorts, and a
		// comparison or key that fills it again is a ValueError (the
		// sorted items stay).
		items := l.Items
		l.Items = nil
		modified := false
		func() {
			defer func() {
				modified = len(l.Items) > 0
				l.Items = items
			}()
			SortObjects(items, a[0], a[1] != nil && Truth(a[1]))
		}()
		if modified {
			panic(NewError(ValueErrorType, "list modified during sort"))
		}
		return None
	})
	method(ListType, "reverse", func(args []Object, kw []string) Object {
		l := listSelf("reverse", args)
		nargs("reverse", args, kw, 0, 0)
		slices.Reverse(l.Items)
		return None
	})
	method(ListType, "copy", func(args []Object, kw []string) Object {
		l := listSelf("copy", args)
		nargs("copy", args, kw, 0, 0)
		return NewList(slices.Clone(l.Items)...)
	})
	method(ListType, "clear", func(args []Object, kw []string) Object {
		l := listSelf("clear", args)
		nargs("clear", args, kw, 0, 0)
		l.Items = nil
		return None
	})
	method(ListType, "__repr__", func(args []Object, kw []string) Object {
		l := listSelf("__repr__", args)
		return Str(reprSeq(l, "[", "]", l.Items, false))
	})
	method(ListType, "__reversed__", func(args []Object, kw []string) Object {
		l := listSelf("__reversed__", args)
		i := len(l.Items)
		return &FuncIter{F: func() (Object, bool) {
			if i > len(l.Items) {
				i = len(l.Items)
			}
			if i <= 0 {
				return nil, false
			}
			i--
			return l.Items[i], true
		}}
	})
	method(ListType, "__iadd__", func(args []Object, kw []string) Object {
		l := listSelf("__iadd__", args)
		a := nargs("__iadd__", args, kw, 1, 1)
		l.Items = AppendStar(l.Items, a[0])
		return l
	})
	ListType.Dict.SetStr("__hash__", None)

	// tuple
	tupleNew := NewBuiltin("__new__", func(args []Object, kw []string) Object {
		if len(args) == 0 {
			panic(NewError(TypeErrorType, "tuple.__new__(): not enough arguments"))
		}
		t := tupleNewClass(args[0])
		// As tuple_new: keywords are for a subclass's own __init__.
		it := seqCtorArg("tuple", args[1:], kw, len(kw) > 0 && t != TupleType && t.Lookup("__init__") != TupleType.Lookup("__init__"))
		if it == nil {
			if t == TupleType {
				return EmptyTuple
			}
			return NewTupleOf(t, nil)
		}
		return tupleNewOf(t, it)
	})
	// tuple.__new__(cls, iterable) without an argument slice: a
	// namedtuple's __new__ is `tuple.__new__(_cls, (x, y))`.
	tupleNew.SetFast(func(_, cls, it Object) Object { return tupleNewOf(tupleNewClass(cls), it) })
	TupleType.Dict.SetStr("__new__", &StaticMethod{Func: tupleNew})
	method(TupleType, "index", func(args []Object, kw []string) Object {
		tu := checkSelf(TupleType, "index", args).(*Tuple)
		a := nargs("index", args, kw, 1, 3)
		a = append(a, nil, nil)
		i := seqIndexOf(tu.Items, a[0], a[1], a[2])
		if i < 0 {
			panic(NewError(ValueErrorType, "tuple.index(x): x not in tuple"))
		}
		return Int(i)
	})
	method(TupleType, "count", func(args []Object, kw []string) Object {
		tu := checkSelf(TupleType, "count", args).(*Tuple)
		a := nargs("count", args, kw, 1, 1)
		return Int(seqCount(tu.Items, a[0]))
	})
	method(TupleType, "__repr__", func(args []Object, kw []string) Object {
		tu := checkSelf(TupleType, "__repr__", args).(*Tuple)
		return Str(reprSeq(tu, "(", ")", tu.Items, len(tu.Items) == 1))
	})
	method(TupleType, "__getnewargs__", func(args []Object, kw []string) Object {
		tu := checkSelf(TupleType, "__getnewargs__", args).(*Tuple)
		return NewTuple(NewTuple(tu.Items...))
	})
}

// seqCtorArg is the one positional-only argument of list() and tuple();
// keywords are a TypeError unless allowKw, when they are ignored.
func seqCtorArg(fname string, args []Object, kw []string, allowKw bool) Object {
	if len(kw) > 0 && !allowKw {
		panic(NewError(TypeErrorType, fname+"() takes no keyword arguments"))
	}
	npos := len(args) - len(kw)
	if npos > 1 {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s expected at most 1 argument, got %d", fname, npos)))
	}
	if npos == 1 {
		return args[0]
	}
	return nil
}

// tupleNewClass is tuple.__new__'s first argument, a subclass of tuple.
func tupleNewClass(cls Object) *Type {
	t, ok := cls.(*Type)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("tuple.__new__(X): X is not a type object (%s)", cls.Type().Name)))
	}
	if t.builtinBase != TupleType && !t.IsSubtype(TupleType) {
		panic(NewError(TypeErrorType, fmt.Sprintf("tuple.__new__(%s): %s is not a subtype of tuple", t.Name, t.Name)))
	}
	return t
}

// tupleNewOf is tuple.__new__(t, it): an exact tuple's items are copied
// into the new tuple's own room, without a slice between.
func tupleNewOf(t *Type, it Object) Object {
	if tu, ok := it.(*Tuple); ok && tu.sub == nil {
		if t == TupleType {
			return newTupleCopy(tu.Items)
		}
		return newTupleOfCopy(t, tu.Items)
	}
	items := AppendStar(nil, it)
	if t == TupleType {
		return NewTuple(items...)
	}
	return NewTupleOf(t, items)
}

// ReprList is repr of a list of objects as "[a, b]".
func ReprList(items []Object) string {
	var b strings.Builder
	b.WriteByte('[')
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Repr(it))
	}
	b.WriteByte(']')
	return b.String()
}

// InsertIndex is where seq.insert(i, x) puts x in a sequence of n items
// (list, bytearray and array.array alike; i from SsizeArg, converted
// before n is read: __index__ may change the sequence): a negative i
// counts from the end, and the result is clamped to [0, n].
func InsertIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	return min(i, n)
}

// listInsert is l.insert(at, v).
func listInsert(l *List, at, v Object) Object {
	var i int
	if k, ok := at.(Int); ok {
		// An exact int without Index's protocol (its value is the index).
		i = int(k)
	} else {
		i = SsizeArg(at)
	}
	n := len(l.Items)
	i = InsertIndex(i, n)
	// Open a gap in place (slices.Insert's generic path costs more for
	// the one item).
	l.Items = append(l.Items, nil)
	items := l.Items
	if n-i > listMoveLoop {
		copy(items[i+1:], items[i:n])
	} else {
		for j := n; j > i; j-- {
			items[j] = items[j-1]
		}
	}
	items[i] = v
	return None
}

// listMoveLoop is the most items insert and pop move by a loop of
// stores: past it copy's typedslicecopy and memmove calls cost less.
const listMoveLoop = 4

// listPop is l.pop(at), l.pop() for a nil at.
func listPop(l *List, at Object) Object {
	if len(l.Items) == 0 {
		panic(NewError(IndexErrorType, "pop from empty list"))
	}
	i := len(l.Items) - 1
	if at != nil {
		if k, ok := at.(Int); ok {
			i = int(k)
		} else {
			// Py_ssize_t's converter: OverflowError past its range.
			i = SsizeArg(at)
		}
		if i < 0 {
			i += len(l.Items)
		}
		if i < 0 || i >= len(l.Items) {
			panic(NewError(IndexErrorType, "pop index out of range"))
		}
	}
	v := l.Items[i]
	if i == len(l.Items)-1 {
		l.Items[i] = nil
		l.Items = l.Items[:i]
		return v
	}
	n := len(l.Items)
	if n-i-1 > listMoveLoop {
		copy(l.Items[i:], l.Items[i+1:])
	} else {
		for j := i + 1; j < n; j++ {
			l.Items[j-1] = l.Items[j]
		}
	}
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return v
}

// listRemove is l.remove(x).
func listRemove(l *List, x Object) Object {
	i := listIndexOf(l, x, nil, nil)
	if i < 0 {
		panic(NewError(ValueErrorType, "list.remove(x): x not in list"))
	}
	l.Items = slices.Delete(l.Items, i, i+1)
	return None
}
