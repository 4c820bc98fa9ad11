package py

import (
	"fmt"
	"strings"
)

// The attributes of function objects, cells and code objects, as CPython
// 3.11's funcobject.c, cellobject.c and codeobject.c have them.

// Cell is a closure cell: a pointer to the Go variable a closure captured
// (nil in the variable: an empty cell), or to an int-typed one (ip).
type Cell struct {
	p  *Object
	ip *TypedInt
}

func (c *Cell) get() Object {
	if c.ip != nil {
		if _, unbound := c.ip.o.(unboundMark); unbound {
			return nil
		}
		return c.ip.Box()
	}
	return *c.p
}

func (c *Cell) set(v Object) {
	if c.ip != nil {
		if v == nil {
			*c.ip = UnboundI
		} else if x, ok := v.(Int); ok {
			*c.ip = ToI(x)
		} else if x, ok := v.(*BigInt); ok {
			*c.ip = ToI(x)
		} else {
			panic(NewError(TypeErrorType, "cell_contents of an int-typed variable must be an int"))
		}
		return
	}
	*c.p = v
}

var CellType = newBuiltinType("cell", ObjectType)

func (*Cell) Type() *Type { return CellType }

// NewCell makes a cell holding v (nil: empty), as types.CellType(v) does.
func NewCell(v Object) *Cell {
	p := new(Object)
	*p = v
	return &Cell{p: p}
}

// CellAt makes a cell over the Go variable *p: the __class__ cell of a
// class statement, which type.__new__ fills through __classcell__.
func CellAt(p *Object) *Cell { return &Cell{p: p} }

// CheckClassCell is __build_class__'s check after the metaclass made the
// class: type.__new__ must have set the __class__ cell (content) to it.
func CheckClassCell(content, cls Object, name string) {
	if _, isType := cls.(*Type); !isType || content == cls {
		return
	}
	if content == nil {
		panic(NewError(RuntimeErrorType, fmt.Sprintf("__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", StrRepr(name), Repr(cls))))
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("__class__ set to %s defining %s as %s", Repr(content), StrRepr(name), Repr(cls))))
}

func (c *Cell) String() string {
	v := c.get()
	if v == nil {
		return fmt.Sprintf("<cell at %s: empty>", addr(c))
	}
	return fmt.Sprintf("<cell at %s: %s object at %s>", addr(c), typeName(v), addr(v))
}

// RichCompare is cell_richcompare: cells compare by contents, an empty
// cell before a full one.
func (c *Cell) RichCompare(other Object, op CmpOp) (bool, bool) {
	b, ok := other.(*Cell)
	if !ok {
		return false, false
	}
	x, y := c.get(), b.get()
	if x == nil || y == nil {
		n := 0
		switch {
		case x == nil && y != nil:
			n = -1
		case x != nil && y == nil:
			n = 1
		}
		return cmpResult(n, op), true
	}
	return Truth(Compare(x, y, op)), true
}

// WithClosure records the variables a nested function captured (in
// Code.FreeVars order), for __closure__: each a *Object or a *TypedInt, or
// the *Cell of a class statement's __class__.
func (f *Function) WithClosure(vars ...any) *Function {
	if len(vars) == 1 {
		f.closureVars = vars[0]
	} else if len(vars) > 1 {
		list := append([]any(nil), vars...)
		f.closureVars = &list
	}
	return f
}

// capturedVars are the variables WithClosure recorded.
func (f *Function) capturedVars() []any {
	switch v := f.closureVars.(type) {
	case nil:
		return nil
	case *[]any:
		return *v
	default:
		return []any{v}
	}
}

// cells are the function's closure cells, made on first use.
func (f *Function) cells() []*Cell {
	if f.closureVars == nil {
		return nil
	}
	r := f.more()
	if r.closure == nil {
		vars := f.capturedVars()
		r.closure = make([]*Cell, len(vars))
		for i, v := range vars {
			switch p := v.(type) {
			case *Object:
				r.closure[i] = &Cell{p: p}
			case *TypedInt:
				r.closure[i] = &Cell{ip: p}
			case *Cell:
				r.closure[i] = p
			}
		}
	}
	return r.closure
}

// FuncName is the function's __name__.
func (f *Function) FuncName() string {
	if f.rare != nil && f.rare.name != "" {
		return f.rare.name
	}
	return f.Code.Name
}

// FuncQualname is the function's __qualname__.
func (f *Function) FuncQualname() string {
	if f.rare != nil && f.rare.qualname != "" {
		return f.rare.qualname
	}
	return f.Code.Qualname
}

// Globals is the function's __globals__: its module's namespace.
func (f *Function) Globals() *Dict {
	if f.globals != nil {
		return f.globals
	}
	if m, ok := SysModules.GetStr(f.Code.Module); ok {
		if mod, ok := m.(*Module); ok {
			f.globals = mod.Dict
			return f.globals
		}
	}
	d := NewDict()
	d.SetStr("__name__", Str(f.Code.Module))
	f.globals = d
	return d
}

func mustBeStr(o Object, what string) string {
	s, ok := o.(Str)
	if !ok {
		panic(NewError(TypeErrorType, what+" must be set to a string object"))
	}
	return string(s)
}

// codeObject is a code object. There is one per Code (so f.__code__ is
// f.__code__); fn is a function made from it, whose body a function
// given this code through `g.__code__ = ...` takes.
type codeObject struct {
	code *Code
	fn   *Function
}

var CodeType = newBuiltinType("code", ObjectType)

func (*codeObject) Type() *Type { return CodeType }

var codeObjects = map[*Code]*codeObject{}

func codeObjectOf(c *Code) *codeObject {
	if co, ok := codeObjects[c]; ok {
		return co
	}
	co := &codeObject{code: c}
	codeObjects[c] = co
	return co
}

func (co *codeObject) String() string {
	c := co.code
	return fmt.Sprintf("<code object %s at %s, file %s, line %d>", c.Name, addr(co), StrRepr(displayFile(c.File)), c.Line)
}

// CPython's code flags.
const (
	coOptimized          = 0x1
	coNewLocals          = 0x2
	coVarArgs            = 0x4
	coVarKeywords        = 0x8
	coNested             = 0x10
	coGenerator          = 0x20
	coCoroutine          = 0x80
	coIterableCoroutine  = 0x100
	coAsyncGenerator     = 0x200
	coFlagsFromCodeFlags = coGenerator | coCoroutine | coAsyncGenerator
)

// CoFlags is co_flags.
func (c *Code) CoFlags() int {
	if c.coFlags != 0 {
		return c.coFlags
	}
	f := coOptimized | coNewLocals
	if c.VarArgs {
		f |= coVarArgs
	}
	if c.VarKw {
		f |= coVarKeywords
	}
	if strings.Contains(c.Qualname, "<locals>") {
		f |= coNested
	}
	switch {
	case c.Flags&CodeAsyncGenerator != 0:
		f |= coAsyncGenerator
	case c.Flags&CodeCoroutine != 0:
		f |= coCoroutine
	case c.Flags&CodeGenerator != 0:
		f |= coGenerator
		if c.iterableCoroutine {
			f |= coIterableCoroutine
		}
	}
	return f
}

// varnames is co_varnames: the parameters, then the other locals the
// translator listed.
func (c *Code) varnames() []string {
	names := append([]string(nil), c.Params[:c.NumPos]...)
	rest := c.Params[c.NumPos:]
	if c.VarArgs {
		names = append(names, rest[1:1+c.NumKwOnly]...)
		names = append(names, rest[0])
		rest = rest[1+c.NumKwOnly:]
	} else {
		names = append(names, rest[:c.NumKwOnly]...)
		rest = rest[c.NumKwOnly:]
	}
	names = append(names, rest...)
	return append(names, c.Locals...)
}

func strTuple(names []string) *Tuple {
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = Str(n)
	}
	return NewTuple(items...)
}

func stringsOf(o Object, what string) []string {
	t, ok := o.(*Tuple)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s must be a tuple of strings", what)))
	}
	out := make([]string, len(t.Items))
	for i, it := range t.Items {
		out[i] = mustBeStr(it, what)
	}
	return out
}

func init() {
	fn := func(o Object) *Function { return o.(*Function) }
	AddGetter(FunctionType, "__name__", func(o Object) Object { return Str(fn(o).FuncName()) },
		func(o, v Object) { fn(o).more().name = mustBeStr(v, "__name__") })
	AddGetter(FunctionType, "__qualname__", func(o Object) Object { return Str(fn(o).FuncQualname()) },
		func(o, v Object) { fn(o).more().qualname = mustBeStr(v, "__qualname__") })
	// __module__ lives in the function's __dict__ (as CPython keeps it in
	// func_module, writable and deletable).
	AddGetter(FunctionType, "__module__", func(o Object) Object {
		f := fn(o)
		if f.rare != nil && f.rare.module != nil {
			return f.rare.module
		}
		return Str(f.Code.Module)
	}, func(o, v Object) { fn(o).more().module = v })
	AddDeleter(FunctionType, "__module__", func(o Object) { fn(o).more().module = None })
	AddGetter(FunctionType, "__doc__", func(o Object) Object {
		f := fn(o)
		if f.rare != nil && f.rare.doc != nil {
			return f.rare.doc
		}
		if f.Code.Doc != "" {
			return Str(f.Code.Doc)
		}
		return None
	}, func(o, v Object) { fn(o).more().doc = v })
	AddDeleter(FunctionType, "__doc__", func(o Object) { fn(o).more().doc = None })
	AddGetter(FunctionType, "__dict__", func(o Object) Object { return fn(o).InstanceDict() }, func(o, v Object) {
		d, ok := v.(*Dict)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("__dict__ must be set to a dictionary, not a '%s'", typeName(v))))
		}
		fn(o).more().dict = d
	})
	AddGetter(FunctionType, "__globals__", func(o Object) Object { return fn(o).Globals() }, nil)
	AddGetter(FunctionType, "__builtins__", func(o Object) Object { return Builtins.Dict }, nil)
	// function.__globals__ and __builtins__ are struct members in C
	// (types.MemberDescriptorType is type(FunctionType.__globals__)).
	markMembers(FunctionType, "__globals__", "__builtins__")
	AddGetter(FunctionType, "__closure__", func(o Object) Object {
		f := fn(o)
		if len(f.cells()) == 0 {
			return None
		}
		cells := make([]Object, len(f.cells()))
		for i, c := range f.cells() {
			cells[i] = c
		}
		return NewTuple(cells...)
	}, nil)
	AddGetter(FunctionType, "__code__", func(o Object) Object {
		f := fn(o)
		co := codeObjectOf(f.Code)
		if co.fn == nil {
			co.fn = f
		}
		return co
	}, func(o, v Object) {
		f := fn(o)
		co, ok := v.(*codeObject)
		if !ok {
			panic(NewError(TypeErrorType, "__code__ must be set to a code object"))
		}
		if n, m := len(f.cells()), len(co.code.FreeVars); n != m {
			panic(NewError(ValueErrorType, fmt.Sprintf("%s() requires a code object with %d free vars, not %d", f.FuncName(), n, m)))
		}
		if co.code.root() != f.Code.root() {
			src := co.fn
			if src == nil {
				panic(NewError(ValueErrorType, fmt.Sprintf("%s() cannot take the code of a function the program never made", f.FuncName())))
			}
			f.impl, f.f0, f.f1, f.f2, f.f3, f.f4, f.f5 = src.impl, src.f0, src.f1, src.f2, src.f3, src.f4, src.f5
			f.more().closure, f.closureVars = src.cells(), src.closureVars
		}
		if co.code.CoFlags()&coIterableCoroutine != 0 && co.code.CoFlags()&coGenerator != 0 {
			// types.coroutine: the generators of this function's body
			// are awaitable.
			co.code.root().iterableCoroutine = true
		}
		// __name__ and __qualname__ stay the function's own (CPython's
		// func_name/func_qualname are not the code's).
		f.more().name, f.more().qualname = f.FuncName(), f.FuncQualname()
		f.Code, f.codeSwapped, f.inl = co.code, true, nil
		// The method call entries may hold its old entry points.
		bumpTypeEpoch()
	})
	AddGetter(FunctionType, "__defaults__", func(o Object) Object {
		f := fn(o)
		if f.Defaults == nil {
			return None
		}
		return NewTuple(f.Defaults...)
	}, func(o, v Object) {
		f := fn(o)
		switch d := v.(type) {
		case NoneType:
			f.Defaults = nil
		case *Tuple:
			f.Defaults = append([]Object{}, d.Items...)
		default:
			panic(NewError(TypeErrorType, "__defaults__ must be set to a tuple object"))
		}
		f.defaultsSwapped = true
	})
	AddDeleter(FunctionType, "__defaults__", func(o Object) {
		f := fn(o)
		f.Defaults, f.defaultsSwapped = nil, true
	})
	AddGetter(FunctionType, "__kwdefaults__", func(o Object) Object {
		f := fn(o)
		c := f.Code
		start := c.NumPos
		if c.VarArgs {
			start++
		}
		d := NewDict()
		for i := 0; i < c.NumKwOnly; i++ {
			v := f.KwDefault(i)
			if v != nil && i < c.NumKwOnly {
				d.SetStr(c.Params[start+i], v)
			}
		}
		if d.Len() == 0 && (f.rare == nil || !f.rare.kwDefaultsSet) {
			return None
		}
		return d
	}, func(o, v Object) {
		f := fn(o)
		c := f.Code
		start := c.NumPos
		if c.VarArgs {
			start++
		}
		var d *Dict
		switch x := v.(type) {
		case NoneType:
		case *Dict:
			d = x
		default:
			panic(NewError(TypeErrorType, "__kwdefaults__ must be set to a dict object"))
		}
		kw := make([]Object, c.NumKwOnly)
		for i := range kw {
			if d != nil {
				kw[i], _ = d.GetStr(c.Params[start+i])
			}
		}
		f.more().kwDefaults = kw
		f.more().kwDefaultsSet = d != nil
		f.defaultsSwapped = true
	})
	AddDeleter(FunctionType, "__kwdefaults__", func(o Object) {
		f := fn(o)
		f.more().kwDefaults, f.defaultsSwapped = nil, true
		f.more().kwDefaultsSet = false
	})
	AddGetter(FunctionType, "__annotations__", func(o Object) Object {
		f := fn(o)
		r := f.more()
		if r.annotations == nil {
			r.annotations = NewDict()
		}
		return r.annotations
	}, func(o, v Object) {
		switch d := v.(type) {
		case NoneType:
			fn(o).more().annotations = nil
		case *Dict:
			fn(o).more().annotations = d
		default:
			panic(NewError(TypeErrorType, "__annotations__ must be set to a dict object"))
		}
	})
	AddDeleter(FunctionType, "__annotations__", func(o Object) { fn(o).more().annotations = nil })
	method(FunctionType, "__call__", func(args []Object, kw []string) Object {
		f := checkSelf(FunctionType, "__call__", args).(*Function)
		return f.Call(args[1:], kw)
	})
	method(FunctionType, "__repr__", func(args []Object, kw []string) Object {
		f := checkSelf(FunctionType, "__repr__", args).(*Function)
		return Str(f.String())
	})

	// Builtin functions and methods.
	for _, t := range []*Type{BuiltinFunctionType, MethodDescriptorType} {
		bf := func(o Object) *BuiltinFunction { return o.(*BuiltinFunction) }
		AddGetter(t, "__name__", func(o Object) Object { return Str(bf(o).Name) }, nil)
		AddGetter(t, "__qualname__", func(o Object) Object {
			f := bf(o)
			if f.method {
				if f.owner != nil {
					return Str(f.owner.Qualname + "." + f.Name)
				}
				if f.Self != nil {
					if st, ok := f.Self.(*Type); ok {
						return Str(st.Qualname + "." + f.Name)
					}
					return Str(f.Self.Type().Qualname + "." + f.Name)
				}
			}
			return Str(f.Name)
		}, nil)
		AddGetter(t, "__module__", func(o Object) Object {
			if m := bf(o).Module; m != "" {
				return Str(m)
			}
			return None
		}, nil)
		AddGetter(t, "__doc__", func(o Object) Object {
			if d := bf(o).Doc; d != "" {
				return Str(d)
			}
			return None
		}, nil)
		AddGetter(t, "__text_signature__", func(o Object) Object { return None }, nil)
		AddGetter(t, "__self__", func(o Object) Object {
			f := bf(o)
			if f.Self != nil {
				return f.Self
			}
			if f.Module != "" {
				if m, ok := SysModules.GetStr(f.Module); ok {
					return m
				}
			}
			return None
		}, nil)
	}
	// A bound slot method (CPython's method-wrapper, [].__add__) names
	// its class; bound named methods ([].append) have no __objclass__.
	AddGetter(BuiltinFunctionType, "__objclass__", func(o Object) Object {
		f := o.(*BuiltinFunction)
		if f.method && f.Self != nil && f.owner != nil && len(f.Name) > 4 && strings.HasPrefix(f.Name, "__") && strings.HasSuffix(f.Name, "__") {
			return f.owner
		}
		panic(attributeError(o, "__objclass__"))
	}, nil)
	AddGetter(MethodDescriptorType, "__objclass__", func(o Object) Object {
		if t := o.(*BuiltinFunction).owner; t != nil {
			return t
		}
		return ObjectType
	}, nil)
	// A method descriptor read through getattr is bound by bindDescriptor;
	// __get__ is the same binding called explicitly (object.__setattr__.__get__(x)).
	method(MethodDescriptorType, "__get__", func(args []Object, kw []string) Object {
		f := checkSelf(MethodDescriptorType, "__get__", args).(*BuiltinFunction)
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "expected at most 2 arguments, got keywords"))
		}
		if len(args) < 2 || len(args) > 3 {
			panic(NewError(TypeErrorType, fmt.Sprintf("expected 1 or 2 arguments, got %d", len(args)-1)))
		}
		inst := args[1]
		if inst == None {
			if len(args) < 3 || args[2] == None {
				panic(NewError(TypeErrorType, "__get__(None, None) is invalid"))
			}
			return f
		}
		if f.owner != nil && !inst.Type().IsSubtype(f.owner) {
			panic(NewError(TypeErrorType, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", f.Name, f.owner.Name, inst.Type().Name)))
		}
		return bindDescriptor(f, inst, inst.Type())
	})
	builtinReduce := func(args []Object, kw []string) Object {
		f := args[0].(*BuiltinFunction)
		if f.Self != nil && f.method {
			return NewTuple(LoadBuiltin("getattr"), NewTuple(f.Self, Str(f.Name)))
		}
		if f.method && f.owner != nil {
			return NewTuple(LoadBuiltin("getattr"), NewTuple(f.owner, Str(f.Name)))
		}
		return Str(f.Name)
	}
	method(BuiltinFunctionType, "__reduce__", builtinReduce)
	method(MethodDescriptorType, "__reduce__", builtinReduce)

	MethodType.call = func(t *Type, args []Object, kw []string) Object {
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "method() takes no keyword arguments"))
		}
		if len(args) != 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("method expected 2 arguments, got %d", len(args))))
		}
		if _, ok := args[0].(Callable); !ok && LookupSpecial(args[0], "__call__") == nil {
			panic(NewError(TypeErrorType, "first argument must be callable"))
		}
		if args[1] == None {
			panic(NewError(TypeErrorType, "instance must not be None"))
		}
		return &Method{Func: args[0], Self: args[1]}
	}
	method(MethodType, "__call__", func(args []Object, kw []string) Object {
		return checkSelf(MethodType, "__call__", args).(*Method).Call(args[1:], kw)
	})
	AddGetter(MethodType, "__doc__", func(o Object) Object { return GetAttr(o.(*Method).Func, "__doc__") }, nil)
	AddGetter(MethodType, "__module__", func(o Object) Object { return GetAttr(o.(*Method).Func, "__module__") }, nil)
	method(MethodType, "__getattr__", func(args []Object, kw []string) Object {
		// Other attributes come from the function (method_getattro).
		return GetAttr(checkSelf(MethodType, "__getattr__", args).(*Method).Func, StrOf(args[1]))
	})

	// Cells.
	CellType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("cell", args, kw, []string{"contents"}, 0)
		return NewCell(a[0])
	}
	AddGetter(CellType, "cell_contents", func(o Object) Object {
		v := o.(*Cell).get()
		if v == nil {
			panic(NewError(ValueErrorType, "Cell is empty"))
		}
		return v
	}, func(o, v Object) { o.(*Cell).set(v) })
	AddDeleter(CellType, "cell_contents", func(o Object) {
		c := o.(*Cell)
		if c.get() == nil {
			panic(NewError(ValueErrorType, "Cell is empty"))
		}
		c.set(nil)
	})
	method(CellType, "__repr__", func(args []Object, kw []string) Object {
		return Str(checkSelf(CellType, "__repr__", args).(*Cell).String())
	})
	for i, name := range cmpDunder {
		op, name := CmpOp(i), name
		method(CellType, name, func(args []Object, kw []string) Object {
			a := checkSelf(CellType, name, args).(*Cell)
			if _, ok := args[1].(*Cell); !ok {
				return NotImplemented
			}
			r, _ := a.RichCompare(args[1], op)
			return NewBool(r)
		})
	}
	CellType.Dict.SetStr("__hash__", None)

	// Code objects.
	code := func(o Object) *Code { return o.(*codeObject).code }
	AddGetter(CodeType, "co_name", func(o Object) Object { return Str(code(o).Name) }, nil)
	AddGetter(CodeType, "co_qualname", func(o Object) Object { return Str(code(o).Qualname) }, nil)
	AddGetter(CodeType, "co_filename", func(o Object) Object { return Str(displayFile(code(o).File)) }, nil)
	AddGetter(CodeType, "co_firstlineno", func(o Object) Object { return Int(code(o).Line) }, nil)
	AddGetter(CodeType, "co_argcount", func(o Object) Object { return Int(code(o).NumPos) }, nil)
	AddGetter(CodeType, "co_posonlyargcount", func(o Object) Object { return Int(code(o).NumPosOnly) }, nil)
	AddGetter(CodeType, "co_kwonlyargcount", func(o Object) Object { return Int(code(o).NumKwOnly) }, nil)
	AddGetter(CodeType, "co_flags", func(o Object) Object { return Int(code(o).CoFlags()) }, nil)
	AddGetter(CodeType, "co_varnames", func(o Object) Object { return strTuple(code(o).varnames()) }, nil)
	AddGetter(CodeType, "co_nlocals", func(o Object) Object { return Int(len(code(o).varnames())) }, nil)
	AddGetter(CodeType, "co_freevars", func(o Object) Object { return strTuple(code(o).FreeVars) }, nil)
	AddGetter(CodeType, "co_cellvars", func(o Object) Object { return strTuple(code(o).CellVars) }, nil)
	AddGetter(CodeType, "co_names", func(o Object) Object { return EmptyTuple }, nil)
	AddGetter(CodeType, "co_consts", func(o Object) Object {
		if d := code(o).Doc; d != "" {
			return NewTuple(Str(d))
		}
		return NewTuple(None)
	}, nil)
	AddGetter(CodeType, "co_stacksize", func(o Object) Object { return Int(0) }, nil)
	for _, name := range []string{"co_code", "co_lnotab", "co_linetable", "co_exceptiontable", "_co_code_adaptive"} {
		AddGetter(CodeType, name, func(o Object) Object { return Bytes("") }, nil)
	}
	method(CodeType, "co_lines", func(args []Object, kw []string) Object {
		checkSelf(CodeType, "co_lines", args)
		return GetIter(EmptyTuple)
	})
	method(CodeType, "co_positions", func(args []Object, kw []string) Object {
		co := checkSelf(CodeType, "co_positions", args).(*codeObject)
		return GetIter(NewTuple(co.code.positions...))
	})
	method(CodeType, "__repr__", func(args []Object, kw []string) Object {
		return Str(checkSelf(CodeType, "__repr__", args).(*codeObject).String())
	})
	method(CodeType, "replace", func(args []Object, kw []string) Object {
		co := checkSelf(CodeType, "replace", args).(*codeObject)
		if len(args)-len(kw) > 1 {
			panic(NewError(TypeErrorType, "replace() takes no positional arguments"))
		}
		c := *co.code
		c.origin = co.code.root()
		for i, k := range kw {
			v := args[1+i]
			switch k {
			case "co_name":
				c.Name = mustBeStr(v, k)
			case "co_qualname":
				c.Qualname = mustBeStr(v, k)
			case "co_filename":
				c.File = mustBeStr(v, k)
			case "co_firstlineno":
				c.Line = Index(v)
			case "co_flags":
				c.coFlags = Index(v)
				c.Flags &^= CodeGenerator | CodeCoroutine | CodeAsyncGenerator
				switch {
				case c.coFlags&coAsyncGenerator != 0:
					c.Flags |= CodeAsyncGenerator
				case c.coFlags&coCoroutine != 0:
					c.Flags |= CodeCoroutine
				case c.coFlags&coGenerator != 0:
					c.Flags |= CodeGenerator
				}
			case "co_varnames":
				names := stringsOf(v, k)
				if len(names) >= len(c.Params) {
					copy(c.Params, names)
					c.Locals = names[len(c.Params):]
				}
			case "co_freevars":
				c.FreeVars = stringsOf(v, k)
			case "co_cellvars":
				c.CellVars = stringsOf(v, k)
			case "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
				"co_code", "co_consts", "co_names", "co_linetable", "co_exceptiontable":
				// The body is compiled Go: what it binds cannot change.
			default:
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' is an invalid keyword argument for replace()", k)))
			}
		}
		nco := &codeObject{code: &c, fn: co.fn}
		codeObjects[&c] = nco
		return nco
	})
	CodeType.call = func(t *Type, args []Object, kw []string) Object {
		panic(NewError(TypeErrorType, "code() cannot make a code object: a translated program has no bytecode"))
	}

	AddGetter(GeneratorType, "gi_code", func(o Object) Object { return codeObjectOf(o.(*Generator).c.Code) }, nil)
}

// root is the Code this one was replace()d from (itself if none).
func (c *Code) root() *Code {
	if c.origin != nil {
		return c.origin
	}
	return c
}
