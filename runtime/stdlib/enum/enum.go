// Package enum is Python's enum module: Enum, IntEnum, StrEnum, Flag,
// IntFlag, auto and unique, with an EnumType metaclass so that classes can
// be iterated, indexed by name and called with a value.
package enum

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// EnumTypeType is enum.EnumType (EnumMeta).
var EnumTypeType *py.Type

var (
	EnumClass    *py.Type
	IntEnumClass *py.Type
	StrEnumClass *py.Type
	FlagClass    *py.Type
	IntFlagClass *py.Type
)

// info is the Go side of an enum class.
type info struct {
	members []py.Object          // canonical members in definition order
	byName  map[string]py.Object // including aliases
	names   []string             // all names, aliases included, in order
	byValue *py.Dict
}

var infos map[*py.Type]*info

// Auto is enum.auto().
type Auto struct{ value py.Object }

var autoType *py.Type

func (*Auto) Type() *py.Type { return autoType }

func fn(name, qualname string, params []string, impl func(args []py.Object) py.Object) *py.Function {
	code := &py.Code{Name: name, Qualname: qualname, Module: "enum", Params: params, NumPos: len(params)}
	return py.NewFunction(code, nil, nil, impl)
}

func infoOf(t *py.Type) *info {
	for _, m := range t.MRO {
		if i, ok := infos[m]; ok {
			return i
		}
	}
	return &info{byName: map[string]py.Object{}, byValue: py.NewDict()}
}

func memberName(o py.Object) string     { return py.StrOf(py.GetAttr(o, "_name_")) }
func memberValue(o py.Object) py.Object { return py.GetAttr(o, "_value_") }

func isDescriptor(v py.Object) bool {
	switch v.(type) {
	case *py.Function, *py.Property, *py.ClassMethod, *py.StaticMethod, *py.BuiltinFunction, *py.Type:
		return true
	}
	t := v.Type()
	return t.Lookup("__get__") != nil || t.Lookup("__set__") != nil || t.Lookup("__delete__") != nil
}

func isSunder(n string) bool {
	return len(n) > 2 && n[0] == '_' && n[len(n)-1] == '_' && n[1] != '_' && n[len(n)-2] != '_'
}

func isDunder(n string) bool {
	return len(n) > 4 && strings.HasPrefix(n, "__") && strings.HasSuffix(n, "__")
}

// build turns the namespace of a new enum class into members.
func build(cls *py.Type) {
	inf := &info{byName: map[string]py.Object{}, byValue: py.NewDict()}
	infos[cls] = inf
	isInt := cls.IsSubtype(IntEnumClass) || cls.IsSubtype(IntFlagClass)
	isStr := cls.IsSubtype(StrEnumClass)
	isFlag := cls.IsSubtype(FlagClass)
	for _, b := range cls.MRO[1:] {
		if bi, ok := infos[b]; ok && len(bi.members) > 0 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s: cannot extend %s", py.Repr(cls), py.Repr(b))))
		}
	}
	var last py.Object
	count := 0
	type kv struct {
		k string
		v py.Object
	}
	var items []kv
	cls.Dict.Items(func(k, v py.Object) bool {
		name := py.StrOf(k)
		if isDunder(name) || isSunder(name) || strings.HasPrefix(name, "_"+cls.Name+"__") {
			return true
		}
		if _, ok := v.(*Auto); !ok && isDescriptor(v) {
			return true
		}
		items = append(items, kv{name, v})
		return true
	})
	userInit := cls.Lookup("__init__")
	if _, ok := userInit.(*py.Function); !ok {
		userInit = nil
	}
	// A __new__ of the class (or of a mixin before the enum library's
	// classes) makes the members, called with the value's items; the
	// class's own __new__ is then Enum's lookup by value again, as
	// EnumType keeps the member maker aside as __new_member__.
	var userNew py.Object
	for _, b := range cls.MRO {
		if b == EnumClass || b == IntEnumClass || b == StrEnumClass || b == FlagClass || b == IntFlagClass {
			break
		}
		if f, ok := b.Dict.GetStr("__new__"); ok {
			if sm, ok := f.(*py.StaticMethod); ok {
				f = sm.Func
			}
			if _, ok := f.(*py.Function); ok {
				userNew = f
				if b == cls {
					en, _ := EnumClass.Dict.GetStr("__new__")
					cls.Dict.SetStr("__new__", en)
					cls.Dict.SetStr("__new_member__", &py.StaticMethod{Func: f})
				}
			}
			break
		}
	}
	// The data type mixed in, as EnumType's _find_data_type_: the first
	// base with a __new__ of its own that is not an enum class.
	var memberType *py.Type
	if userNew == nil && !isInt && !isStr {
		for _, b := range cls.MRO[1:] {
			if b == py.ObjectType || b.IsSubtype(EnumClass) {
				continue
			}
			if _, ok := b.Dict.GetStr("__new__"); ok {
				memberType = b
				break
			}
		}
	}
	if memberType != nil {
		// As EnumType: Enum's repr/str/format/reduce_ex where the class
		// would get the data type's or object's.
		for _, n := range []string{"__repr__", "__str__", "__format__", "__reduce_ex__"} {
			if _, ok := cls.Dict.GetStr(n); ok {
				continue
			}
			found := cls.Lookup(n)
			if found == py.ObjectType.Lookup(n) || found == memberType.Lookup(n) {
				cls.Dict.SetStr(n, EnumClass.Lookup(n))
			}
		}
	}
	for _, it := range items {
		v := it.v
		if a, ok := v.(*Auto); ok {
			switch {
			case isStr:
				v = py.Str(strings.ToLower(it.k))
			case isFlag:
				if last == nil {
					v = py.Int(1)
				} else {
					v = py.Int(1 << py.BitLength(last))
				}
			default:
				if last == nil {
					v = py.Int(1)
				} else {
					v = py.Add(last, py.Int(1))
				}
			}
			a.value = v
		}
		var m py.Object
		if userNew != nil {
			args := []py.Object{cls}
			if t, ok := v.(*py.Tuple); ok {
				args = append(args, t.Items...)
			} else {
				args = append(args, v)
			}
			m = py.Call(userNew, args...)
			if val := py.LookupAttr(m, "_value_"); val != nil {
				v = val
			} else {
				py.GenericSetAttr(m, "_value_", v)
			}
		} else if isInt {
			v = py.ToInt(v)
		}
		if isStr && userNew == nil {
			if _, ok := v.(py.Str); !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s is not a string", py.Repr(v))))
			}
		}
		if isNumber(v) {
			last = v
		}
		count++
		if existing, ok := lookupValue(inf, v); ok {
			inf.byName[it.k] = existing
			inf.names = append(inf.names, it.k)
			cls.Dict.SetStr(it.k, existing)
			continue
		}
		if m == nil && memberType != nil {
			// A data type mixed in (class N(int, Enum)) makes the
			// member, whose value is that type's instance of the value.
			args := []py.Object{cls}
			if t, ok := v.(*py.Tuple); ok {
				args = append(args, t.Items...)
			} else {
				args = append(args, v)
			}
			m = py.Call(py.GetAttr(memberType, "__new__"), args...)
			py.GenericSetAttr(m, "_value_", py.Call(memberType, args[1:]...))
		}
		if m == nil {
			m = py.Call(py.GetAttr(py.ObjectType, "__new__"), cls)
			py.GenericSetAttr(m, "_value_", v)
		}
		py.GenericSetAttr(m, "_name_", py.Str(it.k))
		if userInit != nil {
			args := []py.Object{m}
			if t, ok := v.(*py.Tuple); ok {
				args = append(args, t.Items...)
			} else {
				args = append(args, v)
			}
			py.Call(userInit, args...)
		}
		inf.members = append(inf.members, m)
		inf.byName[it.k] = m
		inf.names = append(inf.names, it.k)
		// An unhashable value is found by lookupValue's scan.
		py.CatchMatching(py.TypeErrorType, func() { inf.byValue.Set(v, m) })
		cls.Dict.SetStr(it.k, m)
	}
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float:
		return true
	}
	return false
}

func lookupValue(inf *info, v py.Object) (m py.Object, ok bool) {
	if py.CatchMatching(py.TypeErrorType, func() { m, ok = inf.byValue.Get(v) }) == nil {
		return m, ok
	}
	for _, x := range inf.members {
		if py.Eq(memberValue(x), v) {
			return x, true
		}
	}
	return nil, false
}

func byValue(cls *py.Type, v py.Object) py.Object {
	inf := infoOf(cls)
	if m, ok := lookupValue(inf, v); ok {
		return m
	}
	if cls.IsSubtype(FlagClass) && isNumber(v) {
		n := py.Index(v)
		if n == 0 || len(inf.members) > 0 {
			return flagCombo(cls, n)
		}
	}
	if missing := cls.Lookup("_missing_"); missing != nil {
		if _, ok := missing.(*py.ClassMethod); ok {
			if r := py.Call(py.GetAttr(cls, "_missing_"), v); r != py.None {
				return r
			}
		}
	}
	panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s is not a valid %s", py.Repr(v), cls.Qualname)))
}

var combos map[*py.Type]map[int]py.Object

func flagCombo(cls *py.Type, n int) py.Object {
	if combos[cls] == nil {
		combos[cls] = map[int]py.Object{}
	}
	if m, ok := combos[cls][n]; ok {
		return m
	}
	inf := infoOf(cls)
	var names []string
	for _, m := range inf.members {
		mv := py.Index(memberValue(m))
		if mv != 0 && n&mv == mv && mv&(mv-1) == 0 {
			names = append(names, memberName(m))
		}
	}
	m := py.Call(py.GetAttr(py.ObjectType, "__new__"), cls)
	if len(names) == 0 {
		py.GenericSetAttr(m, "_name_", py.None)
	} else {
		py.GenericSetAttr(m, "_name_", py.Str(strings.Join(names, "|")))
	}
	py.GenericSetAttr(m, "_value_", py.Int(n))
	combos[cls][n] = m
	return m
}

func clsOf(o py.Object) *py.Type { return o.Type() }

// setup makes the Go enum's classes at the first import of enum or the
// first NewClass, not at every program's start.
var setup = py.Lazy(initVars, setupTypes)

func init() {
	// The host's enum.py takes this module's place where the program
	// links it (the resolver links it with re, signal and ssl, whose
	// enums NewClass makes through it).
	py.RegisterLazyFallbackModule("enum", setup)
}

func setupTypes() {
	meta := EnumTypeType
	py.AddMethod(meta, "__iter__", func(args []py.Object, kw []string) py.Object {
		return py.GetIter(py.NewList(infoOf(args[0].(*py.Type)).members...))
	})
	py.AddMethod(meta, "__reversed__", func(args []py.Object, kw []string) py.Object {
		return py.Reversed(py.NewList(infoOf(args[0].(*py.Type)).members...))
	})
	py.AddMethod(meta, "__len__", func(args []py.Object, kw []string) py.Object {
		return py.Int(len(infoOf(args[0].(*py.Type)).members))
	})
	py.AddMethod(meta, "__contains__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		if args[1].Type().IsSubtype(cls) {
			return py.True
		}
		_, ok := lookupValue(infoOf(cls), args[1])
		return py.NewBool(ok)
	})
	py.AddMethod(meta, "__getitem__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		if m, ok := infoOf(cls).byName[py.StrOf(args[1])]; ok {
			return m
		}
		panic(py.NewException(py.KeyErrorType, args[1]))
	})
	py.AddMethod(meta, "__repr__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		if cls == EnumClass || cls == IntEnumClass || cls == StrEnumClass || cls == FlagClass || cls == IntFlagClass {
			return py.Str("<enum '" + cls.Name + "'>")
		}
		return py.Str("<enum '" + cls.Name + "'>")
	})
	py.AddMethod(meta, "__bool__", func(args []py.Object, kw []string) py.Object { return py.True })
	py.AddGetter(meta, "__members__", func(o py.Object) py.Object {
		inf := infoOf(o.(*py.Type))
		d := py.NewDict()
		for _, n := range inf.names {
			d.SetStr(n, inf.byName[n])
		}
		return d
	}, nil)

	mk := func(name string, bases ...py.Object) *py.Type {
		t := py.NewClass(name, name, "enum", bases, py.NewDict())
		py.SetMeta(t, meta)
		return t
	}
	EnumClass = mk("Enum")
	e := EnumClass
	e.Dict.SetStr("__init_subclass__", &py.ClassMethod{Func: fn("__init_subclass__", "Enum.__init_subclass__", []string{"cls"}, func(args []py.Object) py.Object {
		build(args[0].(*py.Type))
		return py.None
	})})
	e.Dict.SetStr("__new__", &py.StaticMethod{Func: fn("__new__", "Enum.__new__", []string{"cls", "value"}, func(args []py.Object) py.Object {
		return byValue(args[0].(*py.Type), args[1])
	})})
	e.Dict.SetStr("__init__", fn("__init__", "Enum.__init__", []string{"self", "value"}, func(args []py.Object) py.Object { return py.None }))
	e.Dict.SetStr("name", &py.Property{Get: py.NewBuiltin("name", func(args []py.Object, kw []string) py.Object { return py.GetAttr(args[0], "_name_") })})
	e.Dict.SetStr("value", &py.Property{Get: py.NewBuiltin("value", func(args []py.Object, kw []string) py.Object { return py.GetAttr(args[0], "_value_") })})
	e.Dict.SetStr("__repr__", fn("__repr__", "Enum.__repr__", []string{"self"}, func(args []py.Object) py.Object {
		m := args[0]
		return py.Str(fmt.Sprintf("<%s.%s: %s>", clsOf(m).Name, py.StrOf(py.GetAttr(m, "_name_")), py.Repr(memberValue(m))))
	}))
	e.Dict.SetStr("__str__", fn("__str__", "Enum.__str__", []string{"self"}, func(args []py.Object) py.Object {
		m := args[0]
		return py.Str(clsOf(m).Name + "." + py.StrOf(py.GetAttr(m, "_name_")))
	}))
	e.Dict.SetStr("__format__", fn("__format__", "Enum.__format__", []string{"self", "spec"}, func(args []py.Object) py.Object {
		return py.Str(py.Format(py.Str(py.StrOf(args[0])), py.StrOf(args[1])))
	}))
	e.Dict.SetStr("__hash__", fn("__hash__", "Enum.__hash__", []string{"self"}, func(args []py.Object) py.Object {
		return py.PyHash(py.GetAttr(args[0], "_name_"))
	}))
	e.Dict.SetStr("__reduce_ex__", fn("__reduce_ex__", "Enum.__reduce_ex__", []string{"self", "proto"}, func(args []py.Object) py.Object {
		return py.NewTuple(clsOf(args[0]), py.NewTuple(memberValue(args[0])))
	}))
	e.Dict.SetStr("__dir__", fn("__dir__", "Enum.__dir__", []string{"self"}, func(args []py.Object) py.Object {
		return py.NewList(py.Str("__class__"), py.Str("__doc__"), py.Str("__module__"), py.Str("name"), py.Str("value"))
	}))

	// IntEnum: members compare and compute as their int values.
	IntEnumClass = mk("IntEnum", e)
	StrEnumClass = mk("StrEnum", e)
	FlagClass = mk("Flag", e)
	IntFlagClass = mk("IntFlag", FlagClass)
	for _, t := range []*py.Type{IntEnumClass, StrEnumClass, IntFlagClass} {
		t := t
		delegate(t)
		t.Dict.SetStr("__str__", fn("__str__", t.Name+".__str__", []string{"self"}, func(args []py.Object) py.Object {
			if t == IntFlagClass {
				return py.Str(py.Repr(memberValue(args[0])))
			}
			return py.Str(py.StrOf(memberValue(args[0])))
		}))
		t.Dict.SetStr("__format__", fn("__format__", t.Name+".__format__", []string{"self", "spec"}, func(args []py.Object) py.Object {
			return py.Str(py.Format(memberValue(args[0]), py.StrOf(args[1])))
		}))
	}
	flagOp := func(name string, op func(a, b int) int) {
		FlagClass.Dict.SetStr(name, fn(name, "Flag."+name, []string{"self", "other"}, func(args []py.Object) py.Object {
			cls := clsOf(args[0])
			var b int
			if args[1].Type().IsSubtype(cls) {
				b = py.Index(memberValue(args[1]))
			} else if cls.IsSubtype(IntFlagClass) && isNumber(args[1]) {
				b = py.Index(args[1])
			} else {
				return py.NotImplemented
			}
			return byValue(cls, py.Int(op(py.Index(memberValue(args[0])), b)))
		}))
	}
	flagOp("__or__", func(a, b int) int { return a | b })
	flagOp("__and__", func(a, b int) int { return a & b })
	flagOp("__xor__", func(a, b int) int { return a ^ b })
	flagOp("__ror__", func(a, b int) int { return a | b })
	flagOp("__rand__", func(a, b int) int { return a & b })
	FlagClass.Dict.SetStr("__contains__", fn("__contains__", "Flag.__contains__", []string{"self", "other"}, func(args []py.Object) py.Object {
		a, b := py.Index(memberValue(args[0])), py.Index(memberValue(args[1]))
		return py.NewBool(a&b == b)
	}))
	FlagClass.Dict.SetStr("__bool__", fn("__bool__", "Flag.__bool__", []string{"self"}, func(args []py.Object) py.Object {
		return py.NewBool(py.Truth(memberValue(args[0])))
	}))
	FlagClass.Dict.SetStr("__invert__", fn("__invert__", "Flag.__invert__", []string{"self"}, func(args []py.Object) py.Object {
		cls := clsOf(args[0])
		all := 0
		for _, m := range infoOf(cls).members {
			all |= py.Index(memberValue(m))
		}
		return byValue(cls, py.Int(all&^py.Index(memberValue(args[0]))))
	}))
	FlagClass.Dict.SetStr("__repr__", fn("__repr__", "Flag.__repr__", []string{"self"}, func(args []py.Object) py.Object {
		m := args[0]
		n := py.GetAttr(m, "_name_")
		name := "None"
		if n != py.None {
			name = py.StrOf(n)
		}
		return py.Str(fmt.Sprintf("<%s.%s: %s>", clsOf(m).Name, name, py.Repr(memberValue(m))))
	}))
	FlagClass.Dict.SetStr("__str__", fn("__str__", "Flag.__str__", []string{"self"}, func(args []py.Object) py.Object {
		m := args[0]
		n := py.GetAttr(m, "_name_")
		if n == py.None {
			return py.Str(clsOf(m).Name + "(" + py.Repr(memberValue(m)) + ")")
		}
		return py.Str(clsOf(m).Name + "." + py.StrOf(n))
	}))

	py.SetCall(autoType, func(t *py.Type, args []py.Object, kw []string) py.Object { return &Auto{} })
	py.AddGetter(autoType, "value", func(o py.Object) py.Object {
		if v := o.(*Auto).value; v != nil {
			return v
		}
		return py.None
	}, nil)

	py.RegisterFallbackModule("enum", func(m *py.Module) {
		m.Set("Enum", EnumClass)
		m.Set("IntEnum", IntEnumClass)
		m.Set("StrEnum", StrEnumClass)
		m.Set("Flag", FlagClass)
		m.Set("IntFlag", IntFlagClass)
		m.Set("EnumType", EnumTypeType)
		m.Set("EnumMeta", EnumTypeType)
		m.Set("auto", autoType)
		// _simple_enum(etype): a class decorator making the decorated
		// class into an enum of etype, as a class statement with etype as
		// its base would.
		m.AddFunc("_simple_enum", func(args []py.Object, kw []string) py.Object {
			var etype py.Object = EnumClass
			if len(args) > 0 {
				etype = args[0]
			}
			for i, k := range kw {
				if k == "etype" {
					etype = args[len(args)-len(kw)+i]
				}
			}
			return py.NewBuiltin("convert_class", func(a []py.Object, _ []string) py.Object {
				cls := a[0].(*py.Type)
				ns := py.NewDict()
				cls.Dict.Items(func(k, v py.Object) bool {
					if n := py.StrOf(k); n != "__dict__" && n != "__weakref__" {
						ns.SetStr(n, v)
					}
					return true
				})
				// CPython's IntEnum/StrEnum/IntFlag are int and str
				// subclasses, which a member maker's int.__new__(cls, v)
				// needs; the runtime's are not, so the data type is
				// named as a base too.
				bases := []py.Object{etype}
				if et, ok := etype.(*py.Type); ok {
					if (et.IsSubtype(IntEnumClass) || et.IsSubtype(IntFlagClass)) && !et.IsSubtype(py.IntType) {
						bases = []py.Object{py.IntType, etype}
					} else if et.IsSubtype(StrEnumClass) && !et.IsSubtype(py.StrType) {
						bases = []py.Object{py.StrType, etype}
					}
				}
				ec := py.Call(EnumTypeType, py.Str(cls.Name), py.NewTuple(bases...), ns)
				// As CPython's: the enum's repr/str/format/reduce_ex
				// where the class would get the data type's or object's.
				for _, n := range []string{"__repr__", "__str__", "__format__", "__reduce_ex__"} {
					if _, ok := ns.GetStr(n); ok {
						continue
					}
					found := py.GetAttr(ec, n)
					if found == py.GetAttr(py.ObjectType, n) || (len(bases) > 1 && found == py.GetAttr(bases[0], n)) {
						py.SetAttr(ec, n, py.GetAttr(etype, n))
					}
				}
				return ec
			})
		})
		m.AddFunc("unique", func(args []py.Object, kw []string) py.Object {
			cls := args[0].(*py.Type)
			inf := infoOf(cls)
			var dups []string
			for _, n := range inf.names {
				if memberName(inf.byName[n]) != n {
					dups = append(dups, n+" -> "+memberName(inf.byName[n]))
				}
			}
			if len(dups) > 0 {
				panic(py.NewError(py.ValueErrorType, fmt.Sprintf("duplicate values found in %s: %s", py.Repr(cls), strings.Join(dups, ", "))))
			}
			return cls
		})
	})
}

// delegate gives IntEnum/StrEnum members the operators of their values.
func delegate(t *py.Type) {
	val := func(o py.Object) py.Object {
		if o.Type().IsSubtype(EnumClass) {
			return memberValue(o)
		}
		return o
	}
	for _, op := range []struct {
		name string
		f    func(a, b py.Object) py.Object
	}{
		{"__eq__", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpEq) }},
		{"__ne__", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpNe) }},
		{"__lt__", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpLt) }},
		{"__le__", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpLe) }},
		{"__gt__", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpGt) }},
		{"__ge__", func(a, b py.Object) py.Object { return py.Compare(a, b, py.OpGe) }},
		{"__add__", py.Add}, {"__sub__", py.Sub}, {"__mul__", py.Mul},
		{"__truediv__", py.TrueDiv}, {"__floordiv__", py.FloorDiv}, {"__mod__", py.Mod},
		{"__radd__", func(a, b py.Object) py.Object { return py.Add(b, a) }},
		{"__rsub__", func(a, b py.Object) py.Object { return py.Sub(b, a) }},
		{"__rmul__", func(a, b py.Object) py.Object { return py.Mul(b, a) }},
	} {
		op := op
		t.Dict.SetStr(op.name, fn(op.name, t.Name+"."+op.name, []string{"self", "other"}, func(args []py.Object) py.Object {
			return op.f(val(args[0]), val(args[1]))
		}))
	}
	for _, op := range []struct {
		name string
		f    func(a py.Object) py.Object
	}{{"__neg__", py.Neg}, {"__pos__", py.Pos}, {"__abs__", py.Abs}, {"__invert__", py.Invert}, {"__float__", py.ToFloat}} {
		op := op
		if t == StrEnumClass {
			break
		}
		t.Dict.SetStr(op.name, fn(op.name, t.Name+"."+op.name, []string{"self"}, func(args []py.Object) py.Object {
			return op.f(memberValue(args[0]))
		}))
	}
	t.Dict.SetStr("__hash__", fn("__hash__", t.Name+".__hash__", []string{"self"}, func(args []py.Object) py.Object {
		return py.PyHash(memberValue(args[0]))
	}))
	for _, n := range []string{"__int__", "__index__"} {
		t.Dict.SetStr(n, fn(n, t.Name+"."+n, []string{"self"}, func(args []py.Object) py.Object { return py.ToInt(memberValue(args[0])) }))
	}
	t.Dict.SetStr("__len__", nil)
	t.Dict.DeleteStr("__len__")
}

// NewClass makes the enum class name of module, deriving from the enum
// library's class base ("Enum", "IntEnum", "IntFlag", ...), with the
// members and methods in ns (in order). Runtime modules (re, signal, ssl)
// make their enums with it: through the enum module the program imports
// (the host's enum.py where it is linked, as in CPython, so that their
// members are that module's Enum and Flag instances), else with the Go
// enum.
func NewClass(name, module, base string, ns *py.Dict) *py.Type {
	if !py.Translated("enum") {
		setup()
		var b *py.Type
		switch base {
		case "Enum":
			b = EnumClass
		case "IntEnum":
			b = IntEnumClass
		case "StrEnum":
			b = StrEnumClass
		case "Flag":
			b = FlagClass
		case "IntFlag":
			b = IntFlagClass
		default:
			panic(py.NewError(py.SystemErrorType, "enum.NewClass: no base "+base))
		}
		return py.NewClass(name, name, module, []py.Object{b}, ns)
	}
	b := py.GetAttr(py.Import("enum"), base)
	bases := []py.Object{b}
	meta, classdict, _, _ := py.PrepareClass(name, bases, nil, nil)
	classdict.SetStr("__module__", py.Str(module))
	classdict.SetStr("__qualname__", py.Str(name))
	ns.Items(func(k, v py.Object) bool {
		py.SetItem(classdict, k, v)
		return true
	})
	return py.BuildClass(meta, name, name, module, bases, classdict, nil, nil).(*py.Type)
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	EnumTypeType = py.NewType("EnumType", "enum", py.TypeType)
	infos = map[*py.Type]*info{}
	autoType = py.NewType("auto", "enum", nil)
	combos = map[*py.Type]map[int]py.Object{}
}
