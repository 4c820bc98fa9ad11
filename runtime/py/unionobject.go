package py

import (
	"fmt"
	"strings"
)

// types.UnionType (int | str, PEP 604) and types.GenericAlias (list[int],
// PEP 585), as CPython 3.11's unionobject.c and genericaliasobject.c have
// them.

// Union is X | Y: its args are flattened, without duplicates, None stored
// as type(None).
type Union struct {
	Args []Object
}

var UnionType = func() *Type {
	t := newBuiltinType("UnionType", ObjectType)
	t.Module = "types"
	return t
}()

func (*Union) Type() *Type { return UnionType }

// unionable reports whether o may be an operand of type.__or__ (is_unionable).
func unionable(o Object) bool {
	switch o.(type) {
	case NoneType, *Type, *GenericAlias, *Union:
		return true
	}
	return false
}

// UnionOf is a | b for unionable operands; nil when either is not.
func UnionOf(a, b Object) Object {
	if !unionable(a) || !unionable(b) {
		return nil
	}
	var args []Object
	add := func(o Object) {
		if u, ok := o.(*Union); ok {
			for _, x := range u.Args {
				args = appendUnique(args, x)
			}
			return
		}
		if o == None {
			o = NoneTypeType
		}
		args = appendUnique(args, o)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0]
	}
	return &Union{Args: args}
}

func appendUnique(args []Object, o Object) []Object {
	for _, x := range args {
		if x == o {
			return args
		}
		// Generic aliases are equal by value (list[int] | list[int]).
		if _, ok := o.(*GenericAlias); ok && Eq(x, o) {
			return args
		}
	}
	return append(args, o)
}

// typeArgRepr is how a union or a generic alias shows one of its
// arguments (ga_repr_item/union_repr_item).
func typeArgRepr(o Object) string {
	switch v := o.(type) {
	case EllipsisType:
		return "..."
	case *Type:
		if v == NoneTypeType {
			return "None"
		}
	}
	if _, isType := o.(*Type); !isType {
		if LookupAttr(o, "__origin__") != nil && LookupAttr(o, "__args__") != nil {
			return Repr(o)
		}
	}
	q, m := LookupAttr(o, "__qualname__"), LookupAttr(o, "__module__")
	if q == nil || m == nil {
		return Repr(o)
	}
	if ms, ok := m.(Str); ok && ms == "builtins" {
		return StrOf(q)
	}
	return StrOf(m) + "." + StrOf(q)
}

func (u *Union) String() string {
	parts := make([]string, len(u.Args))
	for i, a := range u.Args {
		parts[i] = typeArgRepr(a)
	}
	return strings.Join(parts, " | ")
}

// sameArgSet is union equality: the same arguments in any order.
func sameArgSet(a, b []Object) bool {
	in := func(x Object, s []Object) bool {
		for _, y := range s {
			if x == y || Eq(x, y) {
				return true
			}
		}
		return false
	}
	for _, x := range a {
		if !in(x, b) {
			return false
		}
	}
	for _, x := range b {
		if !in(x, a) {
			return false
		}
	}
	return true
}

// GenericAlias is list[int] and the like.
type GenericAlias struct {
	Origin *Type
	// Args is the subscript as given: a tuple or a single object.
	Args Object
	// starred marks *tuple[int, ...] (3.11).
	starred bool
	// cls is a Python subclass (collections.abc's _CallableGenericAlias).
	cls *Type
}

var GenericAliasType = func() *Type {
	t := newBuiltinType("GenericAlias", ObjectType)
	t.Module = "types"
	return t
}()

func (g *GenericAlias) Type() *Type {
	if g.cls != nil {
		return g.cls
	}
	return GenericAliasType
}

// NewGenericAlias is types.GenericAlias(origin, args).
func NewGenericAlias(origin *Type, args Object) *GenericAlias {
	return &GenericAlias{Origin: origin, Args: args}
}

func (g *GenericAlias) args() []Object {
	if t, ok := g.Args.(*Tuple); ok {
		return t.Items
	}
	return []Object{g.Args}
}

func (g *GenericAlias) String() string {
	var b strings.Builder
	if g.starred {
		b.WriteByte('*')
	}
	b.WriteString(typeArgRepr(g.Origin))
	b.WriteByte('[')
	args := g.args()
	if len(args) == 0 {
		b.WriteString("()")
	}
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		if l, ok := a.(*List); ok {
			// Callable[[int], str]
			b.WriteByte('[')
			for j, x := range l.Items {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString(typeArgRepr(x))
			}
			b.WriteByte(']')
			continue
		}
		b.WriteString(typeArgRepr(a))
	}
	b.WriteByte(']')
	return b.String()
}

// parameters is __parameters__: the type variables among the args, in
// order, without duplicates.
func typeParameters(args []Object) *Tuple {
	var params []Object
	for _, a := range args {
		if _, ok := a.(*Type); ok {
			continue
		}
		if isTypeVarLike(a) {
			params = appendUnique(params, a)
			continue
		}
		if p := LookupAttr(a, "__parameters__"); p != nil {
			if t, ok := p.(*Tuple); ok {
				for _, x := range t.Items {
					params = appendUnique(params, x)
				}
			}
		}
	}
	return NewTuple(params...)
}

// isTypeVarLike is _is_typevar_like: an object whose type has
// __typing_subst__ (TypeVar, ParamSpec, TypeVarTuple).
func isTypeVarLike(o Object) bool {
	switch o.(type) {
	case *Type, NoneType, *GenericAlias, *Union, Str, *Tuple, *List:
		return false
	}
	return o.Type().Lookup("__typing_subst__") != nil
}

// RichCompare: unions are equal when they have the same arguments.
func (u *Union) RichCompare(other Object, op CmpOp) (bool, bool) {
	b, ok := other.(*Union)
	if !ok || (op != OpEq && op != OpNe) {
		return false, false
	}
	return sameArgSet(u.Args, b.Args) == (op == OpEq), true
}

// RichCompare: aliases are equal when origin and arguments are.
func (g *GenericAlias) RichCompare(other Object, op CmpOp) (bool, bool) {
	b, ok := other.(*GenericAlias)
	if !ok || (op != OpEq && op != OpNe) {
		return false, false
	}
	eq := g.Origin == b.Origin && g.starred == b.starred && Eq(NewTuple(g.args()...), NewTuple(b.args()...))
	return eq == (op == OpEq), true
}

func init() {
	u := func(o Object) *Union { return o.(*Union) }
	AddGetter(UnionType, "__args__", func(o Object) Object { return NewTuple(u(o).Args...) }, nil)
	AddGetter(UnionType, "__parameters__", func(o Object) Object { return typeParameters(u(o).Args) }, nil)
	method(UnionType, "__repr__", func(args []Object, kw []string) Object {
		return Str(checkSelf(UnionType, "__repr__", args).(*Union).String())
	})
	method(UnionType, "__hash__", func(args []Object, kw []string) Object {
		un := checkSelf(UnionType, "__hash__", args).(*Union)
		fs := NewSet(un.Args...)
		fs.Frozen = true
		return PyHash(fs)
	})
	for i, name := range cmpDunder {
		op, name := CmpOp(i), name
		method(UnionType, name, func(args []Object, kw []string) Object {
			a := checkSelf(UnionType, name, args).(*Union)
			if r, ok := a.RichCompare(args[1], op); ok {
				return NewBool(r)
			}
			return NotImplemented
		})
	}
	or := func(args []Object, kw []string) Object {
		if r := UnionOf(args[0], args[1]); r != nil {
			return r
		}
		return NotImplemented
	}
	ror := func(args []Object, kw []string) Object {
		if r := UnionOf(args[1], args[0]); r != nil {
			return r
		}
		return NotImplemented
	}
	for _, t := range []*Type{UnionType, GenericAliasType, TypeType} {
		method(t, "__or__", or)
		method(t, "__ror__", ror)
	}
	method(UnionType, "__getitem__", func(args []Object, kw []string) Object {
		un := checkSelf(UnionType, "__getitem__", args).(*Union)
		params := typeParameters(un.Args)
		if len(params.Items) == 0 {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s is not a generic class", Repr(un))))
		}
		return substitute(un, un.Args, params.Items, args[1])
	})
	UnionType.call = func(t *Type, args []Object, kw []string) Object {
		panic(NewError(TypeErrorType, "cannot create 'types.UnionType' instances"))
	}

	g := func(o Object) *GenericAlias { return o.(*GenericAlias) }
	GenericAliasType.call = func(t *Type, args []Object, kw []string) Object {
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "GenericAlias() takes no keyword arguments"))
		}
		if len(args) != 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("GenericAlias expected 2 arguments, got %d", len(args))))
		}
		o, ok := args[0].(*Type)
		if !ok {
			panic(NewError(TypeErrorType, "GenericAlias() argument 1 must be a type in this runtime"))
		}
		return NewGenericAlias(o, args[1])
	}
	// Python classes may derive from GenericAlias; their __new__ reaches
	// GenericAlias.__new__(cls, origin, args) through super().
	subclassable[GenericAliasType] = true
	GenericAliasType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
		if len(args) == 0 {
			panic(NewError(TypeErrorType, "GenericAlias.__new__(): not enough arguments"))
		}
		t, ok := args[0].(*Type)
		if !ok || !t.IsSubtype(GenericAliasType) {
			panic(NewError(TypeErrorType, "GenericAlias.__new__(X): X is not a subtype of GenericAlias"))
		}
		ga := GenericAliasType.call(GenericAliasType, args[1:], kw).(*GenericAlias)
		if t != GenericAliasType {
			ga.cls = t
		}
		return ga
	})})
	AddGetter(GenericAliasType, "__origin__", func(o Object) Object { return g(o).Origin }, nil)
	AddGetter(GenericAliasType, "__args__", func(o Object) Object { return NewTuple(g(o).args()...) }, nil)
	AddGetter(GenericAliasType, "__parameters__", func(o Object) Object { return typeParameters(g(o).args()) }, nil)
	AddGetter(GenericAliasType, "__unpacked__", func(o Object) Object { return NewBool(g(o).starred) }, nil)
	AddGetter(GenericAliasType, "__typing_unpacked_tuple_args__", func(o Object) Object {
		if ga := g(o); ga.starred && ga.Origin == TupleType {
			return NewTuple(ga.args()...)
		}
		return None
	}, nil)
	method(GenericAliasType, "__repr__", func(args []Object, kw []string) Object {
		return Str(checkSelf(GenericAliasType, "__repr__", args).(*GenericAlias).String())
	})
	method(GenericAliasType, "__hash__", func(args []Object, kw []string) Object {
		ga := checkSelf(GenericAliasType, "__hash__", args).(*GenericAlias)
		return Int(Index(PyHash(ga.Origin)) ^ Index(PyHash(NewTuple(ga.args()...))))
	})
	for i, name := range cmpDunder {
		op, name := CmpOp(i), name
		method(GenericAliasType, name, func(args []Object, kw []string) Object {
			a := checkSelf(GenericAliasType, name, args).(*GenericAlias)
			if r, ok := a.RichCompare(args[1], op); ok {
				return NewBool(r)
			}
			return NotImplemented
		})
	}
	method(GenericAliasType, "__call__", func(args []Object, kw []string) Object {
		ga := checkSelf(GenericAliasType, "__call__", args).(*GenericAlias)
		obj := ga.Origin.Call(args[1:], kw)
		depth := SaveDepth()
		func() {
			defer func() {
				if r := recover(); r != nil {
					if e, ok := r.(*BaseException); ok && (e.cls.IsSubtype(AttributeErrorType) || e.cls.IsSubtype(TypeErrorType)) {
						RestoreDepth(depth)
						return
					}
					panic(r)
				}
			}()
			SetAttr(obj, "__orig_class__", ga)
		}()
		return obj
	})
	method(GenericAliasType, "__mro_entries__", func(args []Object, kw []string) Object {
		return NewTuple(checkSelf(GenericAliasType, "__mro_entries__", args).(*GenericAlias).Origin)
	})
	method(GenericAliasType, "__instancecheck__", func(args []Object, kw []string) Object {
		panic(NewError(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic"))
	})
	method(GenericAliasType, "__subclasscheck__", func(args []Object, kw []string) Object {
		panic(NewError(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic"))
	})
	method(GenericAliasType, "__reduce__", func(args []Object, kw []string) Object {
		ga := checkSelf(GenericAliasType, "__reduce__", args).(*GenericAlias)
		return NewTuple(GenericAliasType, NewTuple(ga.Origin, NewTuple(ga.args()...)))
	})
	// The builtins that are generic (Py_GenericAlias as their
	// __class_getitem__).
	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, EnumerateType} {
		t.Dict.SetStr("__class_getitem__", &ClassMethod{Func: NewBuiltin("__class_getitem__", func(args []Object, kw []string) Object {
			a := nargs("__class_getitem__", args, kw, 1, 1)
			return &GenericAlias{Origin: args[0].(*Type), Args: a[0]}
		})})
	}
	method(GenericAliasType, "__dir__", func(args []Object, kw []string) Object {
		ga := checkSelf(GenericAliasType, "__dir__", args).(*GenericAlias)
		names := dirOf(ga.Origin)
		seen := map[Object]bool{}
		for _, n := range names {
			seen[n] = true
		}
		for _, n := range []string{"__origin__", "__args__", "__parameters__", "__unpacked__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__", "__typing_unpacked_tuple_args__"} {
			if !seen[Str(n)] {
				names = append(names, Str(n))
			}
		}
		return NewList(names...)
	})
	method(GenericAliasType, "__getitem__", func(args []Object, kw []string) Object {
		ga := checkSelf(GenericAliasType, "__getitem__", args).(*GenericAlias)
		params := typeParameters(ga.args())
		if len(params.Items) == 0 {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s is not a generic class", Repr(ga))))
		}
		return substitute(ga, ga.args(), params.Items, args[1])
	})
	method(GenericAliasType, "__iter__", func(args []Object, kw []string) Object {
		ga := checkSelf(GenericAliasType, "__iter__", args).(*GenericAlias)
		star := &GenericAlias{Origin: ga.Origin, Args: ga.Args, starred: true}
		return GetIter(NewTuple(star))
	})
	// Other attributes come from the origin (list[int].append is
	// list.append), as ga_getattro forwards all but a few.
	method(GenericAliasType, "__getattr__", func(args []Object, kw []string) Object {
		ga := checkSelf(GenericAliasType, "__getattr__", args).(*GenericAlias)
		name := StrOf(args[1])
		switch name {
		case "__class__", "__bases__", "__copy__", "__deepcopy__":
			panic(attributeError(ga, name))
		}
		return GetAttr(ga.Origin, name)
	})
}

// substitute replaces the type variables params in args by the subscript
// values (a simplified _Py_subs_parameters: each variable by position).
func substitute(self Object, args []Object, params []Object, item Object) Object {
	var vals []Object
	if t, ok := item.(*Tuple); ok {
		vals = t.Items
	} else {
		vals = []Object{item}
	}
	if len(vals) != len(params) {
		more := "many"
		if len(vals) < len(params) {
			more = "few"
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("Too %s arguments for %s; actual %d, expected %d", more, Repr(self), len(vals), len(params))))
	}
	var subst func(a Object) Object
	subst = func(a Object) Object {
		for i, p := range params {
			if a == p {
				return vals[i]
			}
		}
		if isTypeVarLike(a) {
			return a
		}
		if _, ok := a.(*Type); ok {
			return a
		}
		if p := LookupAttr(a, "__parameters__"); p != nil {
			if t, ok := p.(*Tuple); ok && len(t.Items) > 0 {
				var sub []Object
				for _, x := range t.Items {
					sub = append(sub, subst(x))
				}
				return GetItem(a, NewTuple(sub...))
			}
		}
		return a
	}
	out := make([]Object, len(args))
	for i, a := range args {
		out[i] = subst(a)
	}
	switch s := self.(type) {
	case *GenericAlias:
		return &GenericAlias{Origin: s.Origin, Args: NewTuple(out...), starred: s.starred}
	case *Union:
		var r Object = out[0]
		for _, x := range out[1:] {
			r = Binary(OpOr, r, x)
		}
		return r
	}
	return self
}
