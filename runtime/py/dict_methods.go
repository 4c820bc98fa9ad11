package py

import (
	"fmt"
	"strings"
)

// Methods of dict, and the keys/values/items views.

func dictSelf(name string, args []Object) *Dict {
	return checkSelf(DictType, name, args).(*Dict)
}

// DictView is dict.keys(), dict.values() or dict.items().
type DictView struct {
	D    *Dict
	Kind int // 0 keys, 1 values, 2 items
}

var (
	DictKeysType   = newBuiltinType("dict_keys", ObjectType)
	DictValuesType = newBuiltinType("dict_values", ObjectType)
	DictItemsType  = newBuiltinType("dict_items", ObjectType)
)

func (v *DictView) Type() *Type {
	switch v.Kind {
	case 1:
		return DictValuesType
	case 2:
		return DictItemsType
	}
	return DictKeysType
}

func (v *DictView) Len() int     { return v.D.Len() }
func (v *DictView) Iter() Object { return newDictIter(v.D, v.Kind) }

func (v *DictView) Contains(x Object) bool {
	switch v.Kind {
	case 0:
		_, ok := v.D.Get(x)
		return ok
	case 2:
		t, ok := x.(*Tuple)
		if !ok || len(t.Items) != 2 {
			return false
		}
		val, ok := v.D.Get(t.Items[0])
		return ok && (sameObj(val, t.Items[1]) || Eq(val, t.Items[1]))
	}
	found := false
	v.D.Items(func(_, val Object) bool {
		if sameObj(val, x) || Eq(val, x) {
			found = true
		}
		return !found
	})
	return found
}

func (v *DictView) items() []Object {
	out := make([]Object, 0, v.D.Len())
	v.D.Items(func(k, val Object) bool {
		switch v.Kind {
		case 0:
			out = append(out, k)
		case 1:
			out = append(out, val)
		default:
			out = append(out, NewTuple(k, val))
		}
		return true
	})
	return out
}

func (v *DictView) String() string {
	if reprGuard[v] {
		return "..."
	}
	reprGuard[v] = true
	defer delete(reprGuard, v)
	return v.Type().Name + "(" + ReprList(v.items()) + ")"
}

// toSet makes a set of any iterable (for view set operations).
func toSet(o Object) *Set {
	if s, ok := o.(*Set); ok {
		return s
	}
	return NewSet(AppendStar(nil, o)...)
}

// freshSet is a new plain set of o's items (a set's copied as set(o)
// merges it).
func freshSet(o Object) *Set {
	if s, ok := o.(*Set); ok {
		r := newSetRoom(false)
		r.merge(s)
		return r
	}
	return NewSet(AppendStar(nil, o)...)
}

func init() {
	subclassable[DictType] = true
	DictType.newInstance = func(t *Type) Object {
		d := &Dict{sub: &subPart{cls: t}}
		if hasInstanceDict(t, DictType) {
			d.sub.attrs = NewDict()
		}
		return d
	}
	method(DictType, "__init__", func(args []Object, kw []string) Object {
		d := dictSelf("__init__", args)
		npos := len(args) - len(kw)
		if npos > 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("dict expected at most 1 argument, got %d", npos-1)))
		}
		if npos == 2 {
			DictUpdate(d, args[1])
		}
		for i, k := range kw {
			d.SetStr(k, args[npos+i])
		}
		return None
	})
	method(DictType, "get", func(args []Object, kw []string) Object {
		d := dictSelf("get", args)
		a := nargs("get", args, kw, 1, 2)
		if v, ok := d.Get(a[0]); ok {
			return v
		}
		if len(a) > 1 {
			return a[1]
		}
		return None
	})
	method(DictType, "setdefault", func(args []Object, kw []string) Object {
		d := dictSelf("setdefault", args)
		a := nargs("setdefault", args, kw, 1, 2)
		var def Object = None
		if len(a) > 1 {
			def = a[1]
		}
		if _, ok := a[0].(Str); ok {
			if v, ok := d.Get(a[0]); ok {
				return v
			}
			d.Set(a[0], def)
			return def
		}
		// One hash and one lookup, as CPython's: the key's __hash__ and
		// __eq__ run once each.
		h := Hash(a[0])
		if i := d.find(h, a[0]); i >= 0 {
			return d.entries[i].value
		}
		d.insert(h, a[0], def)
		return def
	})
	method(DictType, "pop", func(args []Object, kw []string) Object {
		d := dictSelf("pop", args)
		a := nargs("pop", args, kw, 1, 2)
		if v, ok := d.Get(a[0]); ok {
			d.Delete(a[0])
			return v
		}
		if len(a) > 1 {
			return a[1]
		}
		panic(NewException(KeyErrorType, a[0]))
	})
	method(DictType, "popitem", func(args []Object, kw []string) Object {
		d := dictSelf("popitem", args)
		nargs("popitem", args, kw, 0, 0)
		for i := len(d.entries) - 1; i >= 0; i-- {
			e := d.entries[i]
			if e.key != nil {
				d.Delete(e.key)
				return NewTuple(e.key, e.value)
			}
		}
		panic(NewError(KeyErrorType, "popitem(): dictionary is empty"))
	})
	for kind, name := range []string{"keys", "values", "items"} {
		kind, name := kind, name
		method(DictType, name, func(args []Object, kw []string) Object {
			d := dictSelf(name, args)
			nargs(name, args, kw, 0, 0)
			return &DictView{D: d, Kind: kind}
		})
	}
	method(DictType, "update", func(args []Object, kw []string) Object {
		d := dictSelf("update", args)
		npos := len(args) - len(kw)
		if npos > 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("update expected at most 1 argument, got %d", npos-1)))
		}
		if npos == 2 {
			DictUpdate(d, args[1])
		}
		for i, k := range kw {
			d.SetStr(k, args[npos+i])
		}
		return None
	})
	method(DictType, "copy", func(args []Object, kw []string) Object {
		d := dictSelf("copy", args)
		nargs("copy", args, kw, 0, 0)
		return d.Copy()
	})
	method(DictType, "clear", func(args []Object, kw []string) Object {
		d := dictSelf("clear", args)
		nargs("clear", args, kw, 0, 0)
		d.Clear()
		return None
	})
	DictType.Dict.SetStr("fromkeys", &ClassMethod{Func: NewBuiltin("fromkeys", func(args []Object, kw []string) Object {
		noKw("fromkeys", kw)
		if len(args) < 2 || len(args) > 3 {
			panic(NewError(TypeErrorType, fmt.Sprintf("fromkeys expected at least 1 argument, got %d", len(args)-1)))
		}
		var v Object = None
		if len(args) == 3 {
			v = args[2]
		}
		out := Call(args[0])
		for _, k := range AppendStar(nil, args[1]) {
			SetItem(out, k, v)
		}
		return out
	})})
	method(DictType, "__repr__", func(args []Object, kw []string) Object {
		return Str(reprDict(dictSelf("__repr__", args)))
	})
	method(DictType, "__reversed__", func(args []Object, kw []string) Object {
		d := dictSelf("__reversed__", args)
		return reverseSnapshotIter(DictReverseKeyIterType, d.Keys())
	})
	method(DictType, "__ior__", func(args []Object, kw []string) Object {
		d := dictSelf("__ior__", args)
		a := nargs("__ior__", args, kw, 1, 1)
		DictUpdate(d, a[0])
		return d
	})
	method(DictType, "__contains__", func(args []Object, kw []string) Object {
		d := dictSelf("__contains__", args)
		a := nargs("__contains__", args, kw, 1, 1)
		_, ok := d.Get(a[0])
		return NewBool(ok)
	})
	DictType.Dict.SetStr("__hash__", None)

	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		t.noNew = true
		method(t, "__reversed__", func(args []Object, kw []string) Object {
			v := args[0].(*DictView)
			rt := DictReverseKeyIterType
			switch v.Type() {
			case DictValuesType:
				rt = DictReverseValueIterType
			case DictItemsType:
				rt = DictReverseItemIterType
			}
			return reverseSnapshotIter(rt, v.items())
		})
		// A read-only proxy of the view's dict (an attribute, not a method).
		AddGetter(t, "mapping", func(self Object) Object { return &MappingProxy{M: self.(*DictView).D} }, nil)
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		for op := range map[BinOp]string{OpAnd: "and", OpOr: "or", OpSub: "sub", OpXor: "xor"} {
			op := op
			method(t, binDunderNames[op], func(args []Object, kw []string) Object {
				return setOp(op, NewSet(args[0].(*DictView).items()...), toSet(args[1]))
			})
			method(t, binRDunderNames[op], func(args []Object, kw []string) Object {
				// other OP view: a plain set of other's items first, as
				// CPython's dictviews_* build (never other's own type).
				return setOp(op, freshSet(args[1]), NewSet(args[0].(*DictView).items()...))
			})
		}
		method(t, "__eq__", func(args []Object, kw []string) Object {
			return compareView(args[0].(*DictView), args[1], OpEq)
		})
		method(t, "isdisjoint", func(args []Object, kw []string) Object {
			v := args[0].(*DictView)
			for _, x := range AppendStar(nil, args[1]) {
				if v.Contains(x) {
					return False
				}
			}
			return True
		})
	}
}

// reprDictBody is "{k: v, ...}" (for subclasses' reprs).
func reprDictBody(d *Dict) string { return reprDict(d) }

// reprItemsList is "[(k, v), ...]" (OrderedDict's repr).
func reprItemsList(d *Dict) string {
	var b strings.Builder
	b.WriteByte('[')
	first := true
	d.Items(func(k, v Object) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString("(" + Repr(k) + ", " + Repr(v) + ")")
		return true
	})
	b.WriteByte(']')
	return b.String()
}

// RichCompare lets keys and items views compare with sets and views.
func (v *DictView) RichCompare(other Object, op CmpOp) (bool, bool) {
	if v.Kind == 1 {
		return false, false
	}
	r := compareView(v, other, op)
	if r == NotImplemented {
		return false, false
	}
	return Truth(r), true
}

// compareView compares a keys or items view with a set or another view as
// CPython does: by sizes and membership (`x in other`, which for an items
// view looks the key up and compares the value, so unhashable values are
// fine and an __eq__ that raises propagates).
func compareView(v *DictView, other Object, op CmpOp) Object {
	switch o := other.(type) {
	case *Set:
	case *DictView:
		if o.Type() == DictValuesType {
			return NotImplemented
		}
	default:
		return NotImplemented
	}
	la, lb := Len(v), Len(other)
	allIn := func(x, y Object) bool {
		it := GetIter(x)
		for {
			item, ok := Next(it)
			if !ok {
				return true
			}
			if !Contains(y, item) {
				return false
			}
		}
	}
	var r bool
	switch op {
	case OpEq:
		r = la == lb && allIn(v, other)
	case OpNe:
		r = !(la == lb && allIn(v, other))
	case OpLt:
		r = la < lb && allIn(v, other)
	case OpLe:
		r = la <= lb && allIn(v, other)
	case OpGt:
		r = la > lb && allIn(other, v)
	case OpGe:
		r = la >= lb && allIn(other, v)
	}
	return NewBool(r)
}
