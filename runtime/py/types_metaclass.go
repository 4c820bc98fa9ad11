package py

import (
	"fmt"
	"sort"
	"strings"
	"weak"
)

// (This file is named to initialise after object.go has made TypeType.)
//
// Metaclasses, as CPython's __build_class__ and type.__call__ handle them:
// the class statement picks the most derived metaclass of its bases and its
// metaclass= keyword, asks its __prepare__ for the namespace, runs the body
// there, then calls the metaclass with (name, bases, namespace, **kwargs).
// A metaclass written in Python reaches type.__new__ through super(),
// which makes the class with that metaclass.

// PrepareClass is the part of a class statement before its body: the
// metaclass, the namespace the body fills, and the keywords left for the
// metaclass call (metaclass= removed).
func PrepareClass(name string, bases []Object, kwnames []string, kwvals []Object) (Object, *Dict, []string, []Object) {
	var meta Object
	var restNames []string
	var restVals []Object
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = kwvals[i]
			continue
		}
		restNames = append(restNames, k)
		restVals = append(restVals, kwvals[i])
	}
	orig, _ := resolveBases(bases)
	explicit := meta != nil
	if meta == nil {
		if len(bases) == 0 {
			meta = TypeType
		} else {
			meta = bases[0].Type()
		}
	}
	if mt, ok := meta.(*Type); ok && (explicit || len(bases) > 0) {
		meta = calculateMeta(mt, bases)
	}
	withOrig := func(d *Dict) *Dict {
		if d.sub == nil {
			// The class body's names (slab.go).
			d.flags |= dictIdentKeys
		}
		if orig != nil {
			d.SetStr("__orig_bases__", orig)
		}
		return d
	}
	if meta == Object(TypeType) {
		return meta, withOrig(NewDict()), restNames, restVals
	}
	prep, ok := getAttr(meta, "__prepare__")
	if !ok {
		return meta, withOrig(NewDict()), restNames, restVals
	}
	ns := CallKw(prep, append([]Object{Str(name), NewTuple(bases...)}, restVals...), restNames)
	d, ok := ns.(*Dict)
	if !ok {
		msg := fmt.Sprintf("%s.__prepare__() must return a mapping, not %s", metaName(meta), ns.Type().Name)
		if isMapping(ns) {
			msg = fmt.Sprintf("%s.__prepare__() returned a %s: py2goasync supports dict namespaces only", metaName(meta), ns.Type().Name)
		}
		panic(NewError(TypeErrorType, msg))
	}
	d = withOrig(d)
	if d.sub != nil {
		if _, ok := d.sub.cls.Lookup("__setitem__").(*Function); ok {
			d.flags |= dictClassNS
		}
	}
	return meta, d, restNames, restVals
}

// resolveBases is PEP 560's types.resolve_bases for a class statement: a
// base that is not a class but has __mro_entries__ (list[int],
// typing.Mapping) stands for the classes that gives. The generated code
// passes one slice to PrepareClass and BuildClass, so PrepareClass puts
// the first class in place (for the metaclass) and records the original
// bases as __orig_bases__, from which BuildClass takes them all.
func resolveBases(bases []Object) (orig *Tuple, full []Object) {
	for i, b := range bases {
		if _, ok := b.(*Type); ok {
			full = append(full, b)
			continue
		}
		me := LookupAttr(b, "__mro_entries__") // getattr, as CPython: a function may carry one (typing.NamedTuple)
		if me == nil {
			full = append(full, b)
			continue
		}
		if orig == nil {
			orig = NewTuple(append([]Object(nil), bases...)...)
		}
		r, ok := Call(me, orig).(*Tuple)
		if !ok {
			panic(NewError(TypeErrorType, "__mro_entries__ must return a tuple"))
		}
		full = append(full, r.Items...)
		if len(r.Items) > 0 {
			bases[i] = r.Items[0]
		} else {
			bases[i] = ObjectType
		}
	}
	return orig, full
}

// resolvedBases is the bases BuildClass makes the class from.
func resolvedBases(bases []Object, ns *Dict) []Object {
	o, ok := ns.GetStr("__orig_bases__")
	t, isTuple := o.(*Tuple)
	if !ok || !isTuple || len(t.Items) != len(bases) {
		return bases
	}
	for _, b := range t.Items {
		if _, isType := b.(*Type); !isType && LookupAttr(b, "__mro_entries__") != nil {
			_, full := resolveBases(append([]Object(nil), t.Items...))
			return full
		}
	}
	return bases
}

func metaName(meta Object) string {
	if t, ok := meta.(*Type); ok {
		return t.Name
	}
	return "<metaclass>"
}

func isMapping(o Object) bool {
	_, ok := getAttr(o, "keys")
	return ok
}

// calculateMeta is the most derived of meta and the bases' metaclasses.
func calculateMeta(meta *Type, bases []Object) *Type {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		switch {
		case winner.IsSubtype(bt):
		case bt.IsSubtype(winner):
			winner = bt
		default:
			panic(NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"))
		}
	}
	return winner
}

// BuildClass is the end of a class statement: the metaclass makes the
// class from the namespace the body filled.
func BuildClass(meta Object, name, qualname, module string, bases []Object, ns *Dict, kwnames []string, kwvals []Object) Object {
	// The body is over: its stores no longer go through __setitem__.
	ns.flags &^= dictClassNS
	bases = resolvedBases(bases, ns)
	if mt, ok := meta.(*Type); ok && plainMeta(mt) {
		t := newClassMeta(mt, name, qualname, module, bases, ns, kwnames, kwvals)
		if t.meta != nil {
			runClassCreated(t)
		}
		return t
	}
	if _, ok := ns.GetStr("__qualname__"); !ok {
		ns.SetStr("__qualname__", Str(qualname))
	}
	if _, ok := ns.GetStr("__module__"); !ok {
		ns.SetStr("__module__", Str(module))
	}
	args := append([]Object{Str(name), NewTuple(bases...), ns}, kwvals...)
	return CallKw(meta, args, kwnames)
}

// plainMeta reports whether making a class of metaclass m is just type's
// work: m is type, or a metaclass written in Go that changes nothing of
// how classes are made (abc.ABCMeta, enum.EnumType).
func plainMeta(m *Type) bool {
	if m == TypeType {
		return true
	}
	if !m.IsSubtype(TypeType) {
		return false
	}
	for _, n := range []string{"__new__", "__init__", "__call__"} {
		if f, ok := m.lookupOwnedByPython(n); ok && f != nil {
			return false
		}
	}
	return true
}

// lookupOwnedByPython finds name on t's MRO below type, reporting whether
// a class written in Python defines it there.
func (t *Type) lookupOwnedByPython(name string) (Object, bool) {
	for _, m := range t.MRO {
		if m == TypeType || m == ObjectType {
			return nil, false
		}
		if v, ok := m.Dict.GetStr(name); ok {
			switch v.(type) {
			case *BuiltinFunction:
				return nil, false
			case *StaticMethod:
				if _, b := v.(*StaticMethod).Func.(*BuiltinFunction); b {
					return nil, false
				}
			}
			return v, true
		}
	}
	return nil, false
}

// typeNew is type.__new__(mcls, name, bases, namespace, **kwargs): a new
// class whose metaclass is mcls.
func typeNew(args []Object, kwnames []string) Object {
	npos := len(args) - len(kwnames)
	if npos != 4 {
		if npos == 2 {
			return args[1].Type()
		}
		panic(NewError(TypeErrorType, "type.__new__() takes exactly 3 arguments (0 given)"))
	}
	mcls, ok := args[0].(*Type)
	if !ok || !mcls.IsSubtype(TypeType) {
		panic(NewError(TypeErrorType, fmt.Sprintf("type.__new__(X): X is not a type object (%s)", args[0].Type().Name)))
	}
	checkTypeArgs(args[1], args[2], args[3])
	name := args[1].(Str)
	bt, ok := args[2].(*Tuple)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("type.__new__() argument 2 must be tuple, not %s", args[2].Type().Name)))
	}
	d, ok := args[3].(*Dict)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("type.__new__() argument 3 must be dict, not %s", args[3].Type().Name)))
	}
	ns := d.Copy()
	qual := string(name)
	if q, ok := ns.GetStr("__qualname__"); ok {
		qual = StrOf(q)
	}
	module := "builtins"
	if m, ok := ns.GetStr("__module__"); ok {
		module = StrOf(m)
	}
	var meta *Type
	if mcls != TypeType {
		meta = calculateMeta(mcls, bt.Items)
	}
	t := newClassMeta(meta, string(name), qual, module, bt.Items, ns, kwnames, args[npos:])
	if meta != nil {
		t.meta = meta
		runClassCreated(t)
	}
	return t
}

// typeInit is type.__init__: the class is already made by __new__.
func typeInit(args []Object, kwnames []string) Object {
	npos := len(args) - len(kwnames)
	if npos != 2 && npos != 4 {
		panic(NewError(TypeErrorType, "type.__init__() takes 1 or 3 arguments"))
	}
	return None
}

// typeCallDefault is type.__call__(cls, *args, **kwargs): __new__, then
// __init__ when __new__ returned an instance of cls.
func typeCallDefault(args []Object, kwnames []string) Object {
	if len(args) == 0 {
		panic(NewError(TypeErrorType, "descriptor '__call__' of 'type' object needs an argument"))
	}
	t, ok := args[0].(*Type)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '__call__' requires a 'type' object but received a '%s'", args[0].Type().Name)))
	}
	return t.instantiate(args[1:], kwnames)
}

// callMeta makes a class by calling a metaclass written in Python: its
// __new__ (a Python one, or type.__new__), then its __init__.
func callMeta(meta *Type, args []Object, kwnames []string) Object {
	nw := meta.Lookup("__new__")
	full := append([]Object{meta}, args...)
	obj := CallKw(bindDescriptor(nw, nil, meta), full, kwnames)
	if !obj.Type().IsSubtype(meta) {
		return obj
	}
	if init := meta.Lookup("__init__"); init != nil {
		CallKw(bindDescriptor(init, obj, meta), args, kwnames)
	}
	return obj
}

func init() {
	TypeType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", typeNew)})
	// type.__setattr__ and type.__delattr__ (type_setattro): a class's
	// attributes, the name a str.
	method(TypeType, "__setattr__", func(args []Object, kw []string) Object {
		t := checkSelf(TypeType, "__setattr__", args).(*Type)
		a := nargs("__setattr__", args, kw, 2, 2)
		setTypeAttr(t, attrName(a[0]), a[1])
		return None
	})
	method(TypeType, "__delattr__", func(args []Object, kw []string) Object {
		t := checkSelf(TypeType, "__delattr__", args).(*Type)
		a := nargs("__delattr__", args, kw, 1, 1)
		delTypeOrModuleAttr(t, attrName(a[0]))
		return None
	})
	TypeType.Dict.SetStr("__init__", NewMethod("__init__", typeInit))
	TypeType.Dict.SetStr("__call__", NewMethod("__call__", typeCallDefault))
	TypeType.Dict.SetStr("__prepare__", &ClassMethod{Func: NewBuiltin("__prepare__", func(args []Object, kw []string) Object {
		return NewDict()
	})})
	subclassable[TypeType] = true
}

// The default isinstance/issubclass checks of type, which IsInstance and
// isSubclass do inline.
var typeInstanceCheck, typeSubclassCheck Object

// subclassesOf records each class's direct subclasses, weakly, for
// type.__subclasses__ (abc's subclass checks walk them).
var subclassesOf = map[*Type][]weak.Pointer[Type]{}

func recordSubclass(t *Type) {
	for _, b := range t.Bases {
		subclassesOf[b] = append(subclassesOf[b], weak.Make(t))
	}
}

// Subclasses lists t's live direct subclasses, oldest first.
func (t *Type) Subclasses() []Object {
	var out []Object
	live := subclassesOf[t][:0]
	for _, w := range subclassesOf[t] {
		if s := w.Value(); s != nil {
			out = append(out, s)
			live = append(live, w)
		}
	}
	subclassesOf[t] = live
	return out
}

// OnClassCreated sets what a metaclass written in Go does with each class
// made with it (abc.ABCMeta computes __abstractmethods__).
func OnClassCreated(meta *Type, f func(t *Type)) { classCreated[meta] = f }

var classCreated = map[*Type]func(t *Type){}

func runClassCreated(t *Type) {
	for _, m := range t.Type().MRO {
		if f := classCreated[m]; f != nil {
			f(t)
			return
		}
	}
}

// checkAbstract is object.__new__'s refusal to instantiate a class that
// still has abstract methods (its __abstractmethods__, set by abc.ABCMeta).
func checkAbstract(t *Type) {
	am, ok := t.Dict.GetStr("__abstractmethods__")
	if !ok {
		return
	}
	var names []string
	forEach(am, func(x Object) { names = append(names, StrOf(x)) })
	if len(names) == 0 {
		return
	}
	sort.Strings(names)
	s := ""
	if len(names) > 1 {
		s = "s"
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("Can't instantiate abstract class %s with abstract method%s %s", t.Name, s, strings.Join(names, ", "))))
}

// IsSubclass is issubclass(t, cls) for a class or a tuple of classes.
func IsSubclass(t *Type, cls Object) bool { return isSubclass(t, cls) }
