package functools

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Partial is functools.partial as CPython's C layer (_functools.partial)
// writes it: a nested partial without attributes is flattened into one,
// keywords is the real dict (mutable, repr'd by str() of its keys), and
// __reduce__/__setstate__ carry (func, args, keywords, __dict__).
type Partial struct {
	Func     py.Object
	Args     []py.Object
	Keywords *py.Dict
	args     *py.Tuple // Args as the tuple the args attribute gives
	cls      *py.Type  // nil: functools.partial itself
	dict     *py.Dict
	// hasDict: the __dict__ was read, assigned or restored, which CPython's
	// lazily made dict shows (such a partial is not flattened, and
	// __reduce__ gives its dict rather than None).
	hasDict bool
}

var PartialType *py.Type

func (p *Partial) Type() *py.Type {
	if p.cls != nil {
		return p.cls
	}
	return PartialType
}

func (p *Partial) InstanceDict() *py.Dict { return p.dict }

// tuple is the args attribute: the same tuple each time.
func (p *Partial) tuple() *py.Tuple {
	if p.args == nil || len(p.args.Items) != len(p.Args) {
		p.args = py.NewTuple(p.Args...)
	}
	return p.args
}

func (p *Partial) dictUsed() bool { return p.hasDict || p.dict.Len() > 0 }

// Call calls the function with the stored arguments first, and the stored
// keywords updated by the call's.
func (p *Partial) Call(args []py.Object, kwnames []string) py.Object {
	if p.cls != nil {
		if f := p.cls.Lookup("__call__"); f != partialCall {
			return py.CallKw(f, append([]py.Object{p}, args...), kwnames)
		}
	}
	return p.call(args, kwnames)
}

func (p *Partial) call(args []py.Object, kwnames []string) py.Object {
	if len(p.Args) == 0 && p.Keywords.Len() == 0 {
		return py.CallKw(p.Func, args, kwnames)
	}
	npos := len(args) - len(kwnames)
	if p.Keywords.Len() == 0 {
		all := make([]py.Object, 0, len(p.Args)+len(args))
		all = append(append(all, p.Args...), args...)
		return py.CallKw(p.Func, all, kwnames)
	}
	pos := make([]py.Object, 0, len(p.Args)+npos)
	pos = append(append(pos, p.Args...), args[:npos]...)
	kw := p.Keywords
	if len(kwnames) > 0 {
		kw = p.Keywords.Copy()
		for i, k := range kwnames {
			kw.SetStr(k, args[npos+i])
		}
	}
	names, vals := py.MergeKw("partial", nil, nil, kw)
	return py.CallEx(p.Func, pos, names, vals)
}

// partialCall is partial.__call__, which a subclass may override.
var partialCall py.Object

var reprActive map[*Partial]bool

// String is the repr: type name (the qualified one for partial itself),
// function, arguments, then key=value with str() of each key.
func (p *Partial) String() string {
	if reprActive[p] {
		return "..."
	}
	reprActive[p] = true
	defer delete(reprActive, p)
	var b strings.Builder
	b.WriteString(py.Repr(p.Func))
	for _, a := range p.Args {
		b.WriteString(", " + py.Repr(a))
	}
	// Copied first: a key's __str__ may change the dict.
	var ks, vs []py.Object
	p.Keywords.Items(func(k, v py.Object) bool {
		ks, vs = append(ks, k), append(vs, v)
		return true
	})
	for i, k := range ks {
		b.WriteString(", " + py.StrOf(py.Call(py.StrType, k)) + "=" + py.Repr(vs[i]))
	}
	name := "functools.partial"
	if p.cls != nil {
		name = p.cls.Name
	}
	return name + "(" + b.String() + ")"
}

func isCallable(o py.Object) bool {
	return py.Truth(py.Call(py.LoadBuiltin("callable"), o))
}

// NewPartial is functools.partial(f, *args, **kw).
func NewPartial(f py.Object, args []py.Object, kw *py.Dict) *Partial {
	return newPartial(nil, f, args, kw)
}

func newPartial(cls *py.Type, f py.Object, args []py.Object, kw *py.Dict) *Partial {
	var pargs []py.Object
	var pkw *py.Dict
	if inner, ok := f.(*Partial); ok && !inner.dictUsed() {
		pargs, pkw, f = inner.Args, inner.Keywords, inner.Func
	}
	if !isCallable(f) {
		panic(py.NewError(py.TypeErrorType, "the first argument must be callable"))
	}
	p := &Partial{Func: f, cls: cls, dict: py.NewDict()}
	p.Args = append(append(make([]py.Object, 0, len(pargs)+len(args)), pargs...), args...)
	p.args = py.NewTuple(p.Args...)
	switch {
	case pkw == nil && kw == nil:
		p.Keywords = py.NewDict()
	case pkw == nil:
		p.Keywords = kw
	default:
		p.Keywords = pkw.Copy()
		if kw != nil {
			kw.Items(func(k, v py.Object) bool { p.Keywords.Set(k, v); return true })
		}
	}
	return p
}

func partialSelf(args []py.Object, name string) *Partial {
	if len(args) == 0 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' of 'functools.partial' object needs an argument", name)))
	}
	if len(args) > 0 {
		if p, ok := args[0].(*Partial); ok {
			return p
		}
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' for 'functools.partial' objects doesn't apply to a '%s' object", name, args[0].Type().Name)))
}

func setup1() {
	py.SetSubclassable(PartialType)
	PartialType.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		if len(args) == 0 {
			panic(py.NewError(py.TypeErrorType, "partial.__new__(): not enough arguments"))
		}
		cls, ok := args[0].(*py.Type)
		if !ok || !cls.IsSubtype(PartialType) {
			panic(py.NewError(py.TypeErrorType, "partial.__new__(X): X is not a subtype of partial"))
		}
		pos, d := kwDict(args[1:], kw)
		if len(pos) == 0 {
			panic(py.NewError(py.TypeErrorType, "type 'partial' takes at least one argument"))
		}
		if cls == PartialType {
			cls = nil
		}
		if len(kw) == 0 {
			d = nil
		}
		return newPartial(cls, pos[0], pos[1:], d)
	})})
	// func, args and keywords are read-only members.
	readonly := func(o, v py.Object) { panic(py.NewError(py.AttributeErrorType, "readonly attribute")) }
	py.AddGetter(PartialType, "func", func(o py.Object) py.Object { return o.(*Partial).Func }, readonly)
	py.AddGetter(PartialType, "args", func(o py.Object) py.Object { return o.(*Partial).tuple() }, readonly)
	py.AddGetter(PartialType, "keywords", func(o py.Object) py.Object { return o.(*Partial).Keywords }, readonly)
	py.AddGetter(PartialType, "__dict__", func(o py.Object) py.Object {
		p := o.(*Partial)
		p.hasDict = true
		return p.dict
	}, func(o, v py.Object) {
		if v == nil {
			panic(py.NewError(py.TypeErrorType, "cannot delete __dict__"))
		}
		d, ok := v.(*py.Dict)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)))
		}
		p := o.(*Partial)
		p.dict, p.hasDict = d, true
	})
	partialCall = py.AddMethod(PartialType, "__call__", func(args []py.Object, kw []string) py.Object {
		return partialSelf(args, "__call__").call(args[1:], kw)
	})
	py.AddMethod(PartialType, "__repr__", func(args []py.Object, kw []string) py.Object {
		return py.Str(partialSelf(args, "__repr__").String())
	})
	py.AddMethod(PartialType, "__reduce__", func(args []py.Object, kw []string) py.Object {
		p := partialSelf(args, "__reduce__")
		var d py.Object = py.None
		if p.dictUsed() {
			d = p.dict
		}
		return py.NewTuple(p.Type(), py.NewTuple(p.Func), py.NewTuple(p.Func, p.tuple(), p.Keywords, d))
	})
	py.AddMethod(PartialType, "__setstate__", func(args []py.Object, kw []string) py.Object {
		p := partialSelf(args, "__setstate__")
		if len(args) != 2 || len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("partial.__setstate__() takes exactly one argument (%d given)", len(args)-1)))
		}
		invalid := func() { panic(py.NewError(py.TypeErrorType, "invalid partial state")) }
		st, ok := args[1].(*py.Tuple)
		if !ok || len(st.Items) != 4 {
			invalid()
		}
		fn, fargs, fkw, fdict := st.Items[0], st.Items[1], st.Items[2], st.Items[3]
		if !isCallable(fn) || !py.IsInstance(fargs, py.TupleType) {
			invalid()
		}
		if fkw != py.None && !py.IsInstance(fkw, py.DictType) {
			invalid()
		}
		t, ok := fargs.(*py.Tuple)
		if !ok || t.Type() != py.TupleType {
			t = py.NewTuple(py.AppendStar(nil, fargs)...)
		}
		keywords := py.NewDict()
		if fkw != py.None {
			if d, ok := fkw.(*py.Dict); ok && d.Type() == py.DictType {
				keywords = d
			} else {
				py.DictUpdate(keywords, fkw)
			}
		}
		p.Func, p.Args, p.args, p.Keywords = fn, t.Items, t, keywords
		if fdict == py.None {
			p.dict, p.hasDict = py.NewDict(), false
		} else {
			d, ok := fdict.(*py.Dict)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", fdict.Type().Name)))
			}
			p.dict, p.hasDict = d, true
		}
		return py.None
	})
	PartialType.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
		return &py.GenericAlias{Origin: args[0].(*py.Type), Args: args[1]}
	})})
	PartialType.Dict.SetStr("__doc__", py.Str("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"))
}

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	PartialType = py.NewNativeType("partial", "functools", nil, nil)
	reprActive = map[*Partial]bool{}
}
