package py

import (
	"fmt"
	"slices"
	"strings"
)

// Callable is implemented by every object that can be called. kwnames
// names the last len(kwnames) entries of args (CPython's vectorcall).
type Callable interface {
	Object
	Call(args []Object, kwnames []string) Object
}

// Function is a function defined in Python (def, lambda, async def).
// What few functions use sits behind rare: a nested def's object is made
// at every run of its def, so every word of it counts.
type Function struct {
	Code *Code
	// Defaults are the defaults of the last len(Defaults) positional
	// parameters; the keyword-only parameters' are in rare (KwDefault).
	Defaults []Object
	// impl receives the arguments bound in Code.Params order; nil for a
	// function with a fixed-arity entry point, which bound arguments are
	// passed to (callBound).
	impl func(args []Object) Object
	// Fixed-arity entry points of functions whose parameters are all plain
	// positional ones: calls with exactly that many positional arguments
	// skip binding and the argument slice.
	f0      func() Object
	f1      func(a Object) Object
	f2      func(a, b Object) Object
	f3      func(a, b, c Object) Object
	f4      func(a, b, c, d Object) Object
	f5      func(a, b, c, d, e Object) Object
	globals *Dict
	// codeSwapped is set once __code__ is assigned: direct calls, which
	// run the def's own Go body, then take the generic path.
	codeSwapped bool
	// inl is the inlined copy of the body the translator made (nil:
	// none, or the body was replaced: method_inline.go).
	inl *Inline
	// defaultsSwapped is set once __defaults__ or __kwdefaults__ is
	// assigned or deleted: direct calls that read the def's defaults
	// take the generic path.
	defaultsSwapped bool
	// closureVars point at the captured variables (Code.FreeVars order):
	// *Object or *TypedInt (or a *Cell); a single one is held as itself,
	// more as a *[]any.
	closureVars any
	rare        *funcRare
}

// funcRare holds what Python code may set on a function (zero values mean
// what Code says) and the closure cells once made.
type funcRare struct {
	// kwDefaults has one slot per keyword-only parameter (nil: required).
	kwDefaults []Object
	// dict is __dict__, made on first use (InstanceDict).
	dict           *Dict
	name, qualname string
	// module and doc are __module__ and __doc__ once assigned (func_module
	// and func_doc: not in __dict__).
	module, doc   Object
	annotations   *Dict
	kwDefaultsSet bool
	closure       []*Cell
}

// more is f's rare part, made on first use.
func (f *Function) more() *funcRare {
	if f.rare == nil {
		f.rare = &funcRare{}
	}
	return f.rare
}

var FunctionType = newBuiltinType("function", ObjectType)

func (*Function) Type() *Type { return FunctionType }
func (f *Function) InstanceDict() *Dict {
	r := f.more()
	if r.dict == nil {
		r.dict = NewDict()
	}
	return r.dict
}

// NewFunction makes a function object. impl receives the bound arguments
// in code.Params order.
func NewFunction(code *Code, defaults, kwDefaults []Object, impl func(args []Object) Object) *Function {
	code.noteBody(impl)
	return newFunction(code, defaults, kwDefaults, impl)
}

func newFunction(code *Code, defaults, kwDefaults []Object, impl func(args []Object) Object) *Function {
	f := &Function{Code: code, Defaults: defaults, impl: impl}
	if kwDefaults != nil {
		f.rare = &funcRare{kwDefaults: kwDefaults}
	}
	return f
}

// KwDefault is the default of the i-th keyword-only parameter (nil: none).
func (f *Function) KwDefault(i int) Object {
	if f.rare == nil || i >= len(f.rare.kwDefaults) {
		return nil
	}
	return f.rare.kwDefaults[i]
}

// callBound runs f on arguments bound in Code.Params order.
func (f *Function) callBound(a []Object) Object {
	if f.impl != nil {
		return f.impl(a)
	}
	switch {
	case f.f0 != nil:
		return f.f0()
	case f.f1 != nil:
		return f.f1(a[0])
	case f.f2 != nil:
		return f.f2(a[0], a[1])
	case f.f3 != nil:
		return f.f3(a[0], a[1], a[2])
	case f.f4 != nil:
		return f.f4(a[0], a[1], a[2], a[3])
	}
	return f.f5(a[0], a[1], a[2], a[3], a[4])
}

// NewFunction0 makes a function of no parameters from its body.
func NewFunction0(code *Code, fn func() Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, nil, nil, nil)
	f.f0 = fn
	return f
}

// NewFunction1 makes a function of one positional parameter.
func NewFunction1(code *Code, defaults []Object, fn func(a Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, nil, nil)
	f.f1 = fn
	return f
}

// NewFunction2 makes a function of two positional parameters.
func NewFunction2(code *Code, defaults []Object, fn func(a, b Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, nil, nil)
	f.f2 = fn
	return f
}

// NewFunction3 makes a function of three positional parameters.
func NewFunction3(code *Code, defaults []Object, fn func(a, b, c Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, nil, nil)
	f.f3 = fn
	return f
}

// NewFunction4 makes a function of four positional parameters (a method
// taking three arguments: a 3-vector's __init__).
func NewFunction4(code *Code, defaults []Object, fn func(a, b, c, d Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, nil, nil)
	f.f4 = fn
	return f
}

// NewFunction5 makes a function of five positional parameters.
func NewFunction5(code *Code, defaults []Object, fn func(a, b, c, d, e Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, nil, nil)
	f.f5 = fn
	return f
}

// Call0 is f(); Call1..Call5 pass positional arguments without building a
// slice when f is a Python function (or a bound method of one) of that arity.
func Call0(f Object) Object {
	switch fn := f.(type) {
	case *Function:
		if f0 := fn.f0; f0 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := f0()
			depthLeft++
			return r
		}
	case *Method:
		if pf, ok := fn.Func.(*Function); ok && pf.f1 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := pf.f1(fn.Self)
			depthLeft++
			return r
		}
	case *BuiltinFunction:
		if (!fn.method || fn.Self != nil) && fn.entries != nil && fn.entries.fast0 != nil {
			return fn.entries.fast0(fn.Self)
		}
	case *Type:
		if r, ok := fn.fastNew0(); ok {
			return r
		}
	}
	return CallKw(f, nil, nil)
}

// Call1 is f(a).
func Call1(f, a Object) Object {
	switch fn := f.(type) {
	case *Function:
		if f1 := fn.f1; f1 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := f1(a)
			depthLeft++
			return r
		}
	case *Method:
		if pf, ok := fn.Func.(*Function); ok && pf.f2 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := pf.f2(fn.Self, a)
			depthLeft++
			return r
		}
	case *BuiltinFunction:
		if !fn.method || fn.Self != nil {
			if fn.entries != nil && fn.entries.fast1 != nil {
				return fn.entries.fast1(fn.Self, a)
			}
		} else if fn.entries != nil && fn.entries.fast0 != nil {
			return fn.entries.fast0(a)
		}
	case *Type:
		if fn == IntType {
			// int(float): the truncation, when it fits in 64 bits.
			if x, ok := a.(Float); ok && x > -9.2e18 && x < 9.2e18 {
				return MakeInt(int64(x))
			}
		}
		if c := fn.plainCtor(); c != nil && c.init.f2 != nil {
			// fastNew1's common case, without its call.
			p := c.plan
			if p != nil {
				if obj := p.new1(fn, a); obj != nil {
					return obj
				}
			}
			obj := c.alloc(fn)
			if p != nil && p.run(obj, &[4]Object{a}) {
				return obj
			}
			enterFrame()
			r := c.init.f2(obj, a)
			depthLeft++
			initReturned(r)
			return obj
		}
		if r, ok := fn.fastNew1(a); ok {
			return r
		}
	}
	return CallKw(f, []Object{a}, nil)
}

// Call2 is f(a, b).
func Call2(f, a, b Object) Object {
	switch fn := f.(type) {
	case *Function:
		if f2 := fn.f2; f2 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := f2(a, b)
			depthLeft++
			return r
		}
	case *Method:
		if pf, ok := fn.Func.(*Function); ok && pf.f3 != nil {
			if depthLeft <= 0 {
				panic(recursionError(""))
			}
			depthLeft--
			r := pf.f3(fn.Self, a, b)
			depthLeft++
			return r
		}
	case *BuiltinFunction:
		if !fn.method || fn.Self != nil {
			if fn.entries != nil && fn.entries.fast2 != nil {
				return fn.entries.fast2(fn.Self, a, b)
			}
		} else if fn.entries != nil && fn.entries.fast1 != nil {
			return fn.entries.fast1(a, b)
		}
	case *Type:
		if c := fn.plainCtor(); c != nil && c.init.f3 != nil {
			// fastNew2's common case, without its call.
			p := c.plan
			if p != nil {
				if obj := p.new2(fn, a, b); obj != nil {
					return obj
				}
			}
			obj := c.alloc(fn)
			if p != nil && p.run(obj, &[4]Object{a, b}) {
				return obj
			}
			enterFrame()
			r := c.init.f3(obj, a, b)
			depthLeft++
			initReturned(r)
			return obj
		}
		if r, ok := fn.fastNew2(a, b); ok {
			return r
		}
	}
	return CallKw(f, []Object{a, b}, nil)
}

// Call3 is f(a, b, c).
func Call3(f, a, b, c Object) Object {
	switch fn := f.(type) {
	case *Function:
		if f3 := fn.f3; f3 != nil {
			enterFrame()
			r := f3(a, b, c)
			depthLeft++
			return r
		}
	case *Method:
		if pf, ok := fn.Func.(*Function); ok && pf.f4 != nil {
			enterFrame()
			r := pf.f4(fn.Self, a, b, c)
			depthLeft++
			return r
		}
	case *Type:
		if cc := fn.plainCtor(); cc != nil && cc.init.f4 != nil {
			// fastNew3's common case, without its call.
			p := cc.plan
			if p != nil {
				if obj := p.new3(fn, a, b, c); obj != nil {
					return obj
				}
			}
			obj := cc.alloc(fn)
			if p != nil && p.run(obj, &[4]Object{a, b, c}) {
				return obj
			}
			enterFrame()
			r := cc.init.f4(obj, a, b, c)
			depthLeft++
			initReturned(r)
			return obj
		}
		if r, ok := fn.fastNew3(a, b, c); ok {
			return r
		}
	}
	return CallKw(f, []Object{a, b, c}, nil)
}

// Call4 is f(a, b, c, d).
func Call4(f, a, b, c, d Object) Object {
	switch fn := f.(type) {
	case *Function:
		if f4 := fn.f4; f4 != nil {
			enterFrame()
			r := f4(a, b, c, d)
			depthLeft++
			return r
		}
	case *Method:
		if pf, ok := fn.Func.(*Function); ok && pf.f5 != nil {
			enterFrame()
			r := pf.f5(fn.Self, a, b, c, d)
			depthLeft++
			return r
		}
	case *Type:
		if cc := fn.plainCtor(); cc != nil && cc.init.f5 != nil {
			// fastNew4's common case, without its call.
			p := cc.plan
			if p != nil {
				if obj := p.new4(fn, a, b, c, d); obj != nil {
					return obj
				}
			}
			obj := cc.alloc(fn)
			if p != nil && p.run(obj, &[4]Object{a, b, c, d}) {
				return obj
			}
			enterFrame()
			r := cc.init.f5(obj, a, b, c, d)
			depthLeft++
			initReturned(r)
			return obj
		}
		if r, ok := fn.fastNew4(a, b, c, d); ok {
			return r
		}
	}
	return CallKw(f, []Object{a, b, c, d}, nil)
}

// Call5 is f(a, b, c, d, e).
func Call5(f, a, b, c, d, e Object) Object {
	if fn, ok := f.(*Function); ok && fn.f5 != nil {
		enterFrame()
		r := fn.f5(a, b, c, d, e)
		depthLeft++
		return r
	}
	return CallKw(f, []Object{a, b, c, d, e}, nil)
}

func (f *Function) String() string {
	return fmt.Sprintf("<function %s at %s>", f.FuncQualname(), addr(f))
}

// Call binds args to the parameters and runs the function.
func (f *Function) Call(args []Object, kwnames []string) Object {
	enterFrame()
	r := f.call(args, kwnames)
	depthLeft++
	return r
}

// callWithSelf calls f(self, *args) through its fixed-arity entry, without
// making the argument slice, when f has one for exactly that many
// positional arguments; ok is false otherwise.
func (f *Function) callWithSelf(self Object, args []Object) (r Object, ok bool) {
	c := f.Code
	if c.VarArgs || c.VarKw || c.NumKwOnly != 0 || len(args)+1 != c.NumPos {
		return nil, false
	}
	switch {
	case f.f1 != nil:
		enterFrame()
		r = f.f1(self)
	case f.f2 != nil:
		enterFrame()
		r = f.f2(self, args[0])
	case f.f3 != nil:
		enterFrame()
		r = f.f3(self, args[0], args[1])
	case f.f4 != nil:
		enterFrame()
		r = f.f4(self, args[0], args[1], args[2])
	case f.f5 != nil:
		enterFrame()
		r = f.f5(self, args[0], args[1], args[2], args[3])
	default:
		return nil, false
	}
	depthLeft++
	return r, true
}

func (f *Function) call(args []Object, kwnames []string) Object {
	c := f.Code
	if len(kwnames) == 0 && !c.VarArgs && !c.VarKw && c.NumKwOnly == 0 && len(args) == c.NumPos {
		switch {
		case f.f1 != nil:
			return f.f1(args[0])
		case f.f2 != nil:
			return f.f2(args[0], args[1])
		case f.f3 != nil:
			return f.f3(args[0], args[1], args[2])
		case f.f4 != nil:
			return f.f4(args[0], args[1], args[2], args[3])
		case f.f5 != nil:
			return f.f5(args[0], args[1], args[2], args[3], args[4])
		}
		return f.callBound(args)
	}
	return f.callBound(f.bind(args, kwnames))
}

func (f *Function) bind(args []Object, kwnames []string) []Object {
	c := f.Code
	npos := len(args) - len(kwnames)
	bound := make([]Object, len(c.Params))
	name := f.FuncQualname()
	// Positional arguments.
	take := npos
	if take > c.NumPos {
		take = c.NumPos
	}
	copy(bound, args[:take])
	slot := c.NumPos
	if c.VarArgs {
		bound[slot] = NewTuple(append([]Object(nil), args[take:npos]...)...)
		slot++
	}
	kwStart := slot
	var extra *Dict
	if c.VarKw {
		extra = NewDict()
		bound[len(bound)-1] = extra
	}
	// Keyword arguments.
	for i, kw := range kwnames {
		v := args[npos+i]
		idx := -1
		for j := c.NumPosOnly; j < c.NumPos; j++ {
			if c.Params[j] == kw {
				idx = j
				break
			}
		}
		if idx < 0 {
			for j := kwStart; j < kwStart+c.NumKwOnly; j++ {
				if c.Params[j] == kw {
					idx = j
					break
				}
			}
		}
		if idx < 0 {
			if extra != nil {
				extra.SetStr(kw, v)
				continue
			}
			// Every positional-only name passed as a keyword, as
			// positional_only_passed_as_keyword lists them.
			var posonly []string
			for _, k := range kwnames {
				for j := 0; j < c.NumPosOnly; j++ {
					if c.Params[j] == k {
						posonly = append(posonly, k)
						break
					}
				}
			}
			if len(posonly) > 0 {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posonly, ", "))))
			}
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, kw)))
		}
		if bound[idx] != nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() got multiple values for argument '%s'", name, kw)))
		}
		bound[idx] = v
	}
	// Too many positional arguments: checked after the keywords, as
	// CPython's initialize_locals does.
	if !c.VarArgs && npos > c.NumPos {
		f.tooManyPositional(npos, args[npos:], kwnames)
	}
	// Defaults and missing arguments.
	firstDefault := c.NumPos - len(f.Defaults)
	var missing []string
	for j := 0; j < c.NumPos; j++ {
		if bound[j] == nil {
			if j >= firstDefault {
				bound[j] = f.Defaults[j-firstDefault]
			} else {
				missing = append(missing, "'"+c.Params[j]+"'")
			}
		}
	}
	if len(missing) > 0 {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s() missing %d required positional argument%s: %s",
			name, len(missing), plural(len(missing)), joinNames(missing))))
	}
	for j := 0; j < c.NumKwOnly; j++ {
		if bound[kwStart+j] == nil {
			if d := f.KwDefault(j); d != nil {
				bound[kwStart+j] = d
			} else {
				missing = append(missing, "'"+c.Params[kwStart+j]+"'")
			}
		}
	}
	if len(missing) > 0 {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s() missing %d required keyword-only argument%s: %s",
			name, len(missing), plural(len(missing)), joinNames(missing))))
	}
	return bound
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func wasWere(n int) string {
	if n == 1 {
		return "was"
	}
	return "were"
}

func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

// BuiltinFunction is a function implemented in Go. When Self is set it is
// a bound builtin method and Self is passed as the first argument.
type BuiltinFunction struct {
	Name   string
	Module string
	Self   Object
	Fn     func(args []Object, kwnames []string) Object
	// method marks a function stored in a class dict: reading it from an
	// instance binds the instance.
	method bool
	// entries are the hot methods' extra entry points (nil for most); a
	// bound method shares its descriptor's.
	entries *builtinEntries
	// Doc is __doc__ ("" for None); owner is the type whose dict holds a
	// method (__objclass__, __qualname__).
	Doc   string
	owner *Type
}

// builtinEntries are a builtin's fixed-arity entry points (self plus 0-2
// arguments), used by calls that would otherwise build an argument slice,
// and the await fast paths of methods returning a coroutine (await_fast.go).
type builtinEntries struct {
	fast0  func(self Object) Object
	fast1  func(self, a Object) Object
	fast2  func(self, a, b Object) Object
	await0 func(self Object) (Object, bool)
	await1 func(self, a Object) (Object, bool)
	// awaitExit is an __aexit__'s await fast path.
	awaitExit func(self Object, exc *BaseException) (Object, bool)
	// float1 is a function of one float's kernel (math.cos), for float
	// code (FloatCall): its result, or false where the call would raise.
	float1 func(float64) (float64, bool)
}

var BuiltinFunctionType = newBuiltinType("builtin_function_or_method", ObjectType)
var MethodDescriptorType = newBuiltinType("method_descriptor", ObjectType)

func (f *BuiltinFunction) Type() *Type {
	if f.method && f.Self == nil {
		return MethodDescriptorType
	}
	return BuiltinFunctionType
}

// NewBuiltin makes a builtin function.
func NewBuiltin(name string, fn func(args []Object, kwnames []string) Object) *BuiltinFunction {
	return &BuiltinFunction{Name: name, Fn: fn}
}

// NewMethod makes a builtin method for a class dict: fn receives self as
// args[0].
func NewMethod(name string, fn func(args []Object, kwnames []string) Object) *BuiltinFunction {
	return &BuiltinFunction{Name: name, Fn: fn, method: true}
}

func (f *BuiltinFunction) Call(args []Object, kwnames []string) Object {
	if f.Self != nil {
		if len(kwnames) == 0 {
			if r, ok := f.callFast(f.Self, args); ok {
				return r
			}
		}
		full := make([]Object, len(args)+1)
		full[0] = f.Self
		copy(full[1:], args)
		return f.Fn(full, kwnames)
	}
	return f.Fn(args, kwnames)
}

func (f *BuiltinFunction) String() string {
	if f.Self != nil {
		return fmt.Sprintf("<built-in method %s of %s object at %s>", f.Name, f.Self.Type().Name, addr(f.Self))
	}
	if f.method {
		if f.owner != nil {
			return fmt.Sprintf("<method '%s' of '%s' objects>", f.Name, f.owner.Name)
		}
		return fmt.Sprintf("<method '%s' objects>", f.Name)
	}
	return fmt.Sprintf("<built-in function %s>", f.Name)
}

// Method is a Python function bound to an instance (or a class, for
// classmethods).
type Method struct {
	Func Object
	Self Object
}

var MethodType = newBuiltinType("method", ObjectType)

func (*Method) Type() *Type { return MethodType }

func (m *Method) Call(args []Object, kwnames []string) Object {
	if f, ok := m.Func.(*Function); ok && len(kwnames) == 0 {
		if r, ok := f.callWithSelf(m.Self, args); ok {
			return r
		}
	}
	full := make([]Object, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	return CallKw(m.Func, full, kwnames)
}

// Call calls f with positional arguments.
func Call(f Object, args ...Object) Object { return CallKw(f, args, nil) }

// CallKw calls f; the last len(kwnames) args are keyword arguments.
func CallKw(f Object, args []Object, kwnames []string) Object {
	if c, ok := f.(Callable); ok {
		return c.Call(args, kwnames)
	}
	if m := LookupSpecial(f, "__call__"); m != nil {
		// A __call__ that is itself an instance calling through (A.__call__
		// = A()) recurses here: slot_tp_call's Py_EnterRecursiveCall.
		EnterRecursiveCall(" while calling a Python object")
		r := CallKw(m, args, kwnames)
		LeaveRecursiveCall()
		return r
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not callable", f.Type().Name)))
}

// CallEx is a call with unpacking: pos holds the positional arguments
// (star-args already spliced in with AppendStar), kw the keyword ones
// (with ** mappings merged by MergeKw).
func CallEx(f Object, pos []Object, kwnames []string, kwvals []Object) Object {
	if len(kwnames) == 0 {
		return CallKw(f, pos, nil)
	}
	args := make([]Object, 0, len(pos)+len(kwvals))
	args = append(append(args, pos...), kwvals...)
	return CallKw(f, args, kwnames)
}

// AppendStar appends the items of iterable x to args (for f(*x)).
func AppendStar(args []Object, x Object) []Object {
	switch v := x.(type) {
	case *Tuple:
		if v.sub == nil || ownIter(v.sub.cls, TupleType) {
			return append(args, v.Items...)
		}
	case *List:
		if v.sub == nil || ownIter(v.sub.cls, ListType) {
			return append(args, v.Items...)
		}
	case *Generator:
		if out, ok := v.DrainTo(args); ok {
			return out
		}
	}
	it := GetIter(x)
	if r, ok := x.(*bigRangeIter); ok && r.odd != nil || isInstance(x) {
		// As list_extend and PySequence_Tuple: a class's __len__ or
		// __length_hint__ sizes the result ahead (and a longrange_iterator
		// given a non-int state has a non-int hint: a TypeError).
		if n := lengthHint(x, 0); n > 0 && n <= maxListHint {
			args = slices.Grow(args, n)
		}
	}
	for {
		v, ok := Next(it)
		if !ok {
			return args
		}
		args = append(args, v)
	}
}

func isInstance(x Object) bool {
	_, ok := x.(*Instance)
	return ok
}

// ownIter reports whether subclass t of base iterates as base does (a
// subclass overriding __iter__ is iterated through it, as CPython's
// PySequence_Tuple and list_extend do for anything not exactly a tuple or
// a list).
func ownIter(t, base *Type) bool {
	return t == base || t.Lookup("__iter__") == base.Lookup("__iter__")
}

// MergeKwOf is MergeKw for a call of fn written f(..., **m): a key given
// twice is CPython's DICT_MERGE error, which names fn as
// _PyObject_FunctionStr does ("__main__.f()").
func MergeKwOf(fn Object, names []string, vals []Object, m Object) ([]string, []Object) {
	return mergeKw(func() string { return functionStr(fn) }, names, vals, m)
}

// AddKwOf appends keyword name=v after a ** of the same call
// (f(**m, name=v)): a name the mapping gave already is DICT_MERGE's error.
func AddKwOf(fn Object, names []string, vals []Object, name string, v Object) ([]string, []Object) {
	for _, n := range names {
		if n == name {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s got multiple values for keyword argument '%s'", functionStr(fn), name)))
		}
	}
	return append(names, name), append(vals, v)
}

// functionStr is _PyObject_FunctionStr: "module.qualname()" ("qualname()"
// for builtins), str(fn) without a __qualname__. A Str is the name itself
// (a class statement's keywords name __build_class__ so).
func functionStr(fn Object) string {
	if s, ok := fn.(Str); ok {
		return string(s)
	}
	q := LookupAttr(fn, "__qualname__")
	if q == nil {
		return StrOf(fn)
	}
	if m := LookupAttr(fn, "__module__"); m != nil && m != None {
		if ms, ok := m.(Str); !ok || ms != "builtins" {
			return StrOf(m) + "." + StrOf(q) + "()"
		}
	}
	return StrOf(q) + "()"
}

// MergeKw merges mapping m into the keyword lists (for f(**m)).
func MergeKw(fname string, names []string, vals []Object, m Object) ([]string, []Object) {
	return mergeKw(func() string { return fname }, names, vals, m)
}

// mergeKw is MergeKw with the function's name made only for the error.
func mergeKw(fname func() string, names []string, vals []Object, m Object) ([]string, []Object) {
	add := func(k, v Object) {
		s, ok := k.(Str)
		if !ok {
			panic(NewError(TypeErrorType, "keywords must be strings"))
		}
		for _, n := range names {
			if n == string(s) {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s got multiple values for keyword argument '%s'", fname(), s)))
			}
		}
		names = append(names, string(s))
		vals = append(vals, v)
	}
	if d, ok := m.(*Dict); ok {
		d.Items(func(k, v Object) bool { add(k, v); return true })
		return names, vals
	}
	keys := CallMethod(m, "keys")
	it := GetIter(keys)
	for {
		k, ok := Next(it)
		if !ok {
			break
		}
		add(k, GetItem(m, k))
	}
	return names, vals
}

// ParseArgs checks a builtin's arguments against its parameter names
// (required first, then optional) and returns them in order, nil for
// optional ones not given.
func ParseArgs(fname string, args []Object, kwnames []string, params []string, required int) []Object {
	npos := len(args) - len(kwnames)
	if npos > len(params) {
		if len(params) == required {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes exactly %d argument%s (%d given)", fname, len(params), plural(len(params)), npos)))
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes at most %d argument%s (%d given)", fname, len(params), plural(len(params)), npos)))
	}
	out := make([]Object, len(params))
	copy(out, args[:npos])
	for i, kw := range kwnames {
		found := false
		for j, p := range params {
			if p == kw {
				if out[j] != nil {
					panic(NewError(TypeErrorType, fmt.Sprintf("argument for %s() given by name ('%s') and position (%d)", fname, kw, j+1)))
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", fname, kw)))
		}
	}
	for j := 0; j < required; j++ {
		if out[j] == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() missing required argument '%s' (pos %d)", fname, params[j], j+1)))
		}
	}
	return out
}

// tooManyPositional raises CPython's too_many_positional TypeError: the
// range the defaults allow and the keyword-only arguments given.
func (f *Function) tooManyPositional(given int, kwvals []Object, kwnames []string) {
	c := f.Code
	kwStart := c.NumPos
	if c.VarArgs {
		kwStart++
	}
	kwonlyGiven := 0
	for _, kw := range kwnames {
		for j := kwStart; j < kwStart+c.NumKwOnly && j < len(c.Params); j++ {
			if c.Params[j] == kw {
				kwonlyGiven++
				break
			}
		}
	}
	var sig string
	pl := c.NumPos != 1
	if d := len(f.Defaults); d > 0 {
		sig = fmt.Sprintf("from %d to %d", c.NumPos-d, c.NumPos)
		pl = true
	} else {
		sig = fmt.Sprint(c.NumPos)
	}
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", plural(given), kwonlyGiven, plural(kwonlyGiven))
	}
	s := ""
	if pl {
		s = "s"
	}
	verb := "were"
	if given == 1 && kwonlyGiven == 0 {
		verb = "was"
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes %s positional argument%s but %d%s %s given", f.FuncQualname(), sig, s, given, kwonlySig, verb)))
}

// hasEntry reports whether f has the fixed-arity entry point of n
// arguments.
func (f *Function) hasEntry(n int) bool {
	switch n {
	case 0:
		return f.f0 != nil
	case 1:
		return f.f1 != nil
	case 2:
		return f.f2 != nil
	case 3:
		return f.f3 != nil
	case 4:
		return f.f4 != nil
	case 5:
		return f.f5 != nil
	}
	return false
}
