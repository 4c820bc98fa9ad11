// Package dataclasses is Python's dataclasses module: @dataclass writes
// __init__, __repr__, __eq__ (and ordering, hashing, frozenness) as
// Python-level functions on the class, as CPython's generated code does.
package dataclasses

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Field is dataclasses.Field.
type Field struct {
	Name, Typ, Default, Factory py.Object
	Init, Repr, Compare         bool
	Hash, KwOnly, Metadata      py.Object
	classVar                    bool
}

var (
	FieldType *py.Type
	// Missing is dataclasses.MISSING.
	missingType *py.Type
	Missing     *sentinel
	kwOnlyType  *py.Type
	KwOnly      *sentinel
	hasFactory  *sentinel
	// FrozenInstanceErrorType is dataclasses.FrozenInstanceError.
	FrozenInstanceErrorType *py.Type
)

type sentinel struct {
	t    *py.Type
	repr string
}

func (s *sentinel) Type() *py.Type { return s.t }
func (s *sentinel) String() string {
	if s.repr != "" {
		return s.repr
	}
	return fmt.Sprintf("<dataclasses.%s object at 0x%x>", s.t.Name, py.Id(s))
}

func (*Field) Type() *py.Type { return FieldType }

func (f *Field) String() string {
	return fmt.Sprintf("Field(name=%s,type=%s,default=%s,default_factory=%s,init=%s,repr=%s,hash=%s,compare=%s,metadata=mappingproxy(%s),kw_only=%s,_field_type=_FIELD)",
		py.Repr(f.Name), py.Repr(f.Typ), py.Repr(f.Default), py.Repr(f.Factory), py.Repr(py.NewBool(f.Init)), py.Repr(py.NewBool(f.Repr)),
		py.Repr(f.Hash), py.Repr(py.NewBool(f.Compare)), py.Repr(f.Metadata), py.Repr(f.KwOnly))
}

func orMissing(o py.Object) py.Object {
	if o == nil {
		return Missing
	}
	return o
}

func boolOpt(o py.Object, def bool) bool {
	if o == nil {
		return def
	}
	return py.Truth(o)
}

func newField(args []py.Object, kw []string) py.Object {
	if len(args) > len(kw) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("field() takes 0 positional arguments but %d were given", len(args)-len(kw))))
	}
	a := py.ParseArgs("field", args, kw, []string{"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"}, 0)
	f := &Field{Name: py.None, Typ: py.None, Default: orMissing(a[0]), Factory: orMissing(a[1]),
		Init: boolOpt(a[2], true), Repr: boolOpt(a[3], true), Compare: boolOpt(a[5], true),
		Hash: py.None, KwOnly: orMissing(a[7]), Metadata: py.NewDict()}
	if a[4] != nil {
		f.Hash = a[4]
	}
	if a[6] != nil && a[6] != py.None {
		f.Metadata = a[6]
	}
	if f.Default != Missing && f.Factory != Missing {
		panic(py.NewError(py.ValueErrorType, "cannot specify both default and default_factory"))
	}
	return f
}

type params struct {
	init, repr, eq, order, unsafeHash, frozen, matchArgs, kwOnly bool
}

func isClassVar(typ py.Object) bool {
	if s, ok := typ.(py.Str); ok {
		return strings.HasPrefix(string(s), "ClassVar") || strings.HasPrefix(string(s), "typing.ClassVar")
	}
	r := py.Repr(typ)
	return strings.HasPrefix(r, "typing.ClassVar")
}

func fn(name, qualname string, params []string, numPos int, defaults, kwDefaults []py.Object, impl func(args []py.Object) py.Object) *py.Function {
	code := &py.Code{Name: name, Qualname: qualname, Module: "__main__", Params: params, NumPos: numPos, NumKwOnly: len(params) - numPos}
	return py.NewFunction(code, defaults, kwDefaults, impl)
}

// Process is dataclass(cls) with the given options.
func Process(cls *py.Type, p params) *py.Type {
	fieldsDict := py.NewDict()
	var all []*Field
	// Fields of dataclass bases, most basic first.
	for i := len(cls.MRO) - 1; i >= 1; i-- {
		if bf, ok := cls.MRO[i].Dict.GetStr("__dataclass_fields__"); ok {
			bf.(*py.Dict).Items(func(k, v py.Object) bool {
				f := v.(*Field)
				if _, seen := fieldsDict.Get(k); !seen {
					all = append(all, f)
				} else {
					for j, g := range all {
						if py.Eq(g.Name, k) {
							all[j] = f
						}
					}
				}
				fieldsDict.Set(k, f)
				return true
			})
		}
	}
	annots := py.NewDict()
	if a, ok := cls.Dict.GetStr("__annotations__"); ok {
		if d, ok := a.(*py.Dict); ok {
			annots = d
		}
	}
	kwOnlyMode := p.kwOnly
	annots.Items(func(k, typ py.Object) bool {
		name := py.StrOf(k)
		if typ == KwOnly || py.Repr(typ) == "dataclasses.KW_ONLY" {
			kwOnlyMode = true
			return true
		}
		var f *Field
		if v, ok := cls.Dict.GetStr(name); ok {
			if ff, isField := v.(*Field); isField {
				f = ff
				if f.Default != Missing {
					cls.Dict.SetStr(name, f.Default)
				} else {
					cls.Dict.DeleteStr(name)
				}
			} else {
				f = &Field{Default: v, Factory: Missing, Init: true, Repr: true, Compare: true, Hash: py.None, KwOnly: Missing, Metadata: py.NewDict()}
			}
		} else {
			f = &Field{Default: Missing, Factory: Missing, Init: true, Repr: true, Compare: true, Hash: py.None, KwOnly: Missing, Metadata: py.NewDict()}
		}
		f.Name, f.Typ = py.Str(name), typ
		if isClassVar(typ) {
			f.classVar = true
		}
		if f.KwOnly == Missing {
			f.KwOnly = py.NewBool(kwOnlyMode)
		}
		switch f.Default.(type) {
		case *py.List, *py.Dict, *py.Set:
			if !f.classVar {
				panic(py.NewError(py.ValueErrorType, fmt.Sprintf("mutable default %s for field %s is not allowed: use default_factory", py.Repr(f.Default.Type()), name)))
			}
		}
		if _, seen := fieldsDict.GetStr(name); seen {
			for j, g := range all {
				if py.StrOf(g.Name) == name {
					all[j] = f
				}
			}
		} else {
			all = append(all, f)
		}
		fieldsDict.SetStr(name, f)
		return true
	})
	cls.Dict.SetStr("__dataclass_fields__", fieldsDict)
	cls.Dict.SetStr("__dataclass_params__", py.NewTuple(py.NewBool(p.init), py.NewBool(p.repr), py.NewBool(p.eq), py.NewBool(p.order), py.NewBool(p.unsafeHash), py.NewBool(p.frozen)))

	var fields []*Field
	for _, f := range all {
		if !f.classVar {
			fields = append(fields, f)
		}
	}
	qual := cls.Qualname
	own := func(name string) bool { _, ok := cls.Dict.GetStr(name); return ok }

	if p.init && !own("__init__") {
		var pos, kwo []*Field
		for _, f := range fields {
			if !f.Init {
				continue
			}
			if py.Truth(f.KwOnly) {
				kwo = append(kwo, f)
			} else {
				pos = append(pos, f)
			}
		}
		paramNames := []string{"self"}
		var defaults []py.Object
		seenDefault := false
		for _, f := range pos {
			paramNames = append(paramNames, py.StrOf(f.Name))
			switch {
			case f.Factory != Missing:
				defaults = append(defaults, hasFactory)
				seenDefault = true
			case f.Default != Missing:
				defaults = append(defaults, f.Default)
				seenDefault = true
			case seenDefault:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("non-default argument %s follows default argument", py.Repr(f.Name))))
			}
		}
		var kwDefaults []py.Object
		for _, f := range kwo {
			paramNames = append(paramNames, py.StrOf(f.Name))
			switch {
			case f.Factory != Missing:
				kwDefaults = append(kwDefaults, hasFactory)
			case f.Default != Missing:
				kwDefaults = append(kwDefaults, f.Default)
			default:
				kwDefaults = append(kwDefaults, nil)
			}
		}
		initFields := append(append([]*Field(nil), pos...), kwo...)
		frozen := p.frozen
		init := fn("__init__", qual+".__init__", paramNames, 1+len(pos), defaults, kwDefaults, func(args []py.Object) py.Object {
			self := args[0]
			set := func(name string, v py.Object) {
				if frozen {
					py.GenericSetAttr(self, name, v)
				} else {
					py.SetAttr(self, name, v)
				}
			}
			for i, f := range initFields {
				v := args[i+1]
				if v == hasFactory {
					v = py.Call(f.Factory)
				}
				set(py.StrOf(f.Name), v)
			}
			for _, f := range fields {
				if f.Init {
					continue
				}
				if f.Factory != Missing {
					set(py.StrOf(f.Name), py.Call(f.Factory))
				} else if f.Default != Missing {
					set(py.StrOf(f.Name), f.Default)
				}
			}
			if pi := py.LookupAttr(self, "__post_init__"); pi != nil {
				py.Call(pi)
			}
			return py.None
		})
		cls.Dict.SetStr("__init__", init)
	}
	if p.repr && !own("__repr__") {
		guard := map[py.Object]bool{}
		cls.Dict.SetStr("__repr__", fn("__repr__", qual+".__repr__", []string{"self"}, 1, nil, nil, func(args []py.Object) py.Object {
			self := args[0]
			if guard[self] {
				return py.Str("...")
			}
			guard[self] = true
			defer delete(guard, self)
			var parts []string
			for _, f := range fields {
				if f.Repr {
					parts = append(parts, py.StrOf(f.Name)+"="+py.Repr(py.GetAttr(self, py.StrOf(f.Name))))
				}
			}
			return py.Str(self.Type().Qualname + "(" + strings.Join(parts, ", ") + ")")
		}))
	}
	tupleOf := func(o py.Object) *py.Tuple {
		var items []py.Object
		for _, f := range fields {
			if f.Compare {
				items = append(items, py.GetAttr(o, py.StrOf(f.Name)))
			}
		}
		return py.NewTuple(items...)
	}
	cmp := func(name string, op py.CmpOp) *py.Function {
		return fn(name, qual+"."+name, []string{"self", "other"}, 2, nil, nil, func(args []py.Object) py.Object {
			if args[1].Type() != args[0].Type() {
				return py.NotImplemented
			}
			return py.Compare(tupleOf(args[0]), tupleOf(args[1]), op)
		})
	}
	if p.eq && !own("__eq__") {
		cls.Dict.SetStr("__eq__", cmp("__eq__", py.OpEq))
	}
	if p.order {
		if !p.eq {
			panic(py.NewError(py.ValueErrorType, "eq must be true if order is true"))
		}
		for _, o := range []struct {
			name string
			op   py.CmpOp
		}{{"__lt__", py.OpLt}, {"__le__", py.OpLe}, {"__gt__", py.OpGt}, {"__ge__", py.OpGe}} {
			if own(o.name) {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", o.name, cls.Name)))
			}
			cls.Dict.SetStr(o.name, cmp(o.name, o.op))
		}
	}
	if p.frozen {
		names := map[string]bool{}
		for _, f := range fields {
			names[py.StrOf(f.Name)] = true
		}
		for _, n := range []string{"__setattr__", "__delattr__"} {
			if own(n) {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Cannot overwrite attribute %s in class %s", n, cls.Name)))
			}
		}
		cls.Dict.SetStr("__setattr__", fn("__setattr__", qual+".__setattr__", []string{"self", "name", "value"}, 3, nil, nil, func(args []py.Object) py.Object {
			name := py.StrOf(args[1])
			if args[0].Type() == cls || names[name] {
				e := py.NewError(FrozenInstanceErrorType, fmt.Sprintf("cannot assign to field %s", py.Repr(args[1])))
				py.Raise(e)
			}
			py.GenericSetAttr(args[0], name, args[2])
			return py.None
		}))
		cls.Dict.SetStr("__delattr__", fn("__delattr__", qual+".__delattr__", []string{"self", "name"}, 2, nil, nil, func(args []py.Object) py.Object {
			name := py.StrOf(args[1])
			if args[0].Type() == cls || names[name] {
				py.Raise(py.NewError(FrozenInstanceErrorType, fmt.Sprintf("cannot delete field %s", py.Repr(args[1]))))
			}
			py.DelAttr(args[0], name)
			return py.None
		}))
	}
	hashFn := func() *py.Function {
		return fn("__hash__", qual+".__hash__", []string{"self"}, 1, nil, nil, func(args []py.Object) py.Object {
			var items []py.Object
			for _, f := range fields {
				use := f.Compare
				if f.Hash != py.None {
					use = py.Truth(f.Hash)
				}
				if use {
					items = append(items, py.GetAttr(args[0], py.StrOf(f.Name)))
				}
			}
			return py.PyHash(py.NewTuple(items...))
		})
	}
	hasOwnHash := false
	if h, ok := cls.Dict.GetStr("__hash__"); ok && h != py.None {
		hasOwnHash = true
	}
	switch {
	case p.unsafeHash:
		if hasOwnHash {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Cannot overwrite attribute __hash__ in class %s", cls.Name)))
		}
		cls.Dict.SetStr("__hash__", hashFn())
	case p.eq && p.frozen:
		if !hasOwnHash {
			cls.Dict.SetStr("__hash__", hashFn())
		}
	case p.eq:
		if !hasOwnHash {
			cls.Dict.SetStr("__hash__", py.None)
		}
	}
	if p.matchArgs && !own("__match_args__") {
		var names []py.Object
		for _, f := range fields {
			if f.Init && !py.Truth(f.KwOnly) {
				names = append(names, f.Name)
			}
		}
		cls.Dict.SetStr("__match_args__", py.NewTuple(names...))
	}
	if _, ok := cls.Dict.GetStr("__doc__"); !ok {
		var sig []string
		for _, f := range fields {
			sig = append(sig, py.StrOf(f.Name)+": "+typeName(f.Typ))
		}
		cls.Dict.SetStr("__doc__", py.Str(cls.Name+"("+strings.Join(sig, ", ")+")"))
	}
	return cls
}

func typeName(t py.Object) string {
	if tt, ok := t.(*py.Type); ok {
		return tt.Name
	}
	return py.Repr(t)
}

func dataclassFields(o py.Object) []*Field {
	t, ok := o.(*py.Type)
	if !ok {
		t = o.Type()
	}
	d, ok := t.Dict.GetStr("__dataclass_fields__")
	if !ok {
		for _, m := range t.MRO {
			if d, ok = m.Dict.GetStr("__dataclass_fields__"); ok {
				break
			}
		}
	}
	if d == nil {
		panic(py.NewError(py.TypeErrorType, "must be called with a dataclass type or instance"))
	}
	var out []*Field
	d.(*py.Dict).Items(func(_, v py.Object) bool {
		if f := v.(*Field); !f.classVar {
			out = append(out, f)
		}
		return true
	})
	return out
}

func isDataclass(o py.Object) bool {
	t, ok := o.(*py.Type)
	if !ok {
		t = o.Type()
	}
	return t.Lookup("__dataclass_fields__") != nil
}

func asDict(o py.Object, tuple bool) py.Object {
	switch v := o.(type) {
	case *py.List:
		out := make([]py.Object, len(v.Items))
		for i, it := range v.Items {
			out[i] = asDict(it, tuple)
		}
		return py.NewList(out...)
	case *py.Tuple:
		out := make([]py.Object, len(v.Items))
		for i, it := range v.Items {
			out[i] = asDict(it, tuple)
		}
		if v.Type() != py.TupleType {
			return py.Call(v.Type(), out...)
		}
		return py.NewTuple(out...)
	case *py.Dict:
		d := py.NewDict()
		v.Items(func(k, x py.Object) bool { d.Set(asDict(k, tuple), asDict(x, tuple)); return true })
		return d
	}
	if _, isType := o.(*py.Type); !isType && isDataclass(o) {
		if tuple {
			var items []py.Object
			for _, f := range dataclassFields(o) {
				items = append(items, asDict(py.GetAttr(o, py.StrOf(f.Name)), tuple))
			}
			return py.NewTuple(items...)
		}
		d := py.NewDict()
		for _, f := range dataclassFields(o) {
			d.Set(f.Name, asDict(py.GetAttr(o, py.StrOf(f.Name)), tuple))
		}
		return d
	}
	return o
}

func setup0() {
	for _, n := range []string{"name", "type", "default", "default_factory", "init", "repr", "compare", "hash", "kw_only", "metadata"} {
		n := n
		py.AddGetter(FieldType, n, func(o py.Object) py.Object {
			f := o.(*Field)
			switch n {
			case "name":
				return f.Name
			case "type":
				return f.Typ
			case "default":
				return f.Default
			case "default_factory":
				return f.Factory
			case "init":
				return py.NewBool(f.Init)
			case "repr":
				return py.NewBool(f.Repr)
			case "compare":
				return py.NewBool(f.Compare)
			case "hash":
				return f.Hash
			case "kw_only":
				return f.KwOnly
			}
			return f.Metadata
		}, nil)
	}
	py.RegisterFallbackModule("dataclasses", func(m *py.Module) {
		m.Set("MISSING", Missing)
		m.Set("KW_ONLY", KwOnly)
		m.Set("Field", FieldType)
		m.Set("FrozenInstanceError", FrozenInstanceErrorType)
		m.AddFunc("field", newField)
		m.AddFunc("dataclass", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			opts := map[string]py.Object{}
			for i, k := range kw {
				opts[k] = args[npos+i]
			}
			p := params{init: boolOpt(opts["init"], true), repr: boolOpt(opts["repr"], true), eq: boolOpt(opts["eq"], true),
				order: boolOpt(opts["order"], false), unsafeHash: boolOpt(opts["unsafe_hash"], false),
				frozen: boolOpt(opts["frozen"], false), matchArgs: boolOpt(opts["match_args"], true), kwOnly: boolOpt(opts["kw_only"], false)}
			if npos == 1 && args[0] != py.None {
				cls, ok := args[0].(*py.Type)
				if !ok {
					panic(py.NewError(py.TypeErrorType, "dataclass() should be called on a class"))
				}
				return Process(cls, p)
			}
			return py.NewBuiltin("wrap", func(a []py.Object, k []string) py.Object {
				cls, ok := a[0].(*py.Type)
				if !ok {
					panic(py.NewError(py.TypeErrorType, "dataclass() should be called on a class"))
				}
				return Process(cls, p)
			})
		})
		m.AddFunc("fields", func(args []py.Object, kw []string) py.Object {
			var out []py.Object
			for _, f := range dataclassFields(args[0]) {
				out = append(out, f)
			}
			return py.NewTuple(out...)
		})
		m.AddFunc("is_dataclass", func(args []py.Object, kw []string) py.Object { return py.NewBool(isDataclass(args[0])) })
		m.AddFunc("asdict", func(args []py.Object, kw []string) py.Object {
			if !isDataclass(args[0]) {
				panic(py.NewError(py.TypeErrorType, "asdict() should be called on dataclass instances"))
			}
			return asDict(args[0], false)
		})
		m.AddFunc("astuple", func(args []py.Object, kw []string) py.Object {
			if !isDataclass(args[0]) {
				panic(py.NewError(py.TypeErrorType, "astuple() should be called on dataclass instances"))
			}
			return asDict(args[0], true)
		})
		m.AddFunc("replace", func(args []py.Object, kw []string) py.Object {
			obj := args[0]
			npos := len(args) - len(kw)
			changes := map[string]py.Object{}
			for i, k := range kw {
				changes[k] = args[npos+i]
			}
			var names []string
			var vals []py.Object
			for _, f := range dataclassFields(obj) {
				n := py.StrOf(f.Name)
				if !f.Init {
					if _, ok := changes[n]; ok {
						panic(py.NewError(py.ValueErrorType, fmt.Sprintf("field %s is declared with init=False, it cannot be specified with replace()", n)))
					}
					continue
				}
				v, ok := changes[n]
				if !ok {
					v = py.GetAttr(obj, n)
				}
				delete(changes, n)
				names = append(names, n)
				vals = append(vals, v)
			}
			for n, v := range changes {
				names = append(names, n)
				vals = append(vals, v)
			}
			return py.CallKw(obj.Type(), vals, names)
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	FieldType = py.NewType("Field", "dataclasses", nil)
	missingType = py.NewType("_MISSING_TYPE", "dataclasses", nil)
	Missing = &sentinel{t: missingType}
	kwOnlyType = py.NewType("_KW_ONLY_TYPE", "dataclasses", nil)
	KwOnly = &sentinel{t: kwOnlyType}
	hasFactory = &sentinel{t: py.NewType("_HAS_DEFAULT_FACTORY_CLASS", "dataclasses", nil), repr: "<factory>"}
	FrozenInstanceErrorType = py.NewType("FrozenInstanceError", "dataclasses", py.AttributeErrorType)
}
