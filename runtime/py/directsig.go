package py

// Direct calls of defs with any signature (translate/directcall.go,
// sigCall). A module-level def whose parameters are not plain positional
// ones (defaults used, keyword-only parameters, *args, **kwargs) has its
// body as a Go function of one parameter per entry of Code.Params; a call
// whose arguments the translator can bind to those parameters (no error
// possible, no ** mapping) evaluates the callee and the arguments as any
// call does, and when DirectEnter finds the name still holding the def's
// object, with its own code and defaults, calls the body with the bound
// arguments: defaults read from the object, *args as a tuple, **kwargs as
// a dict made here (KwDict). Anything else takes the generic call.

// DirectEnter returns the globals of f when v is f and its direct body may
// be called with arguments bound by the translator (its code and defaults
// are the def's own), taking a recursion level; nil otherwise, for the
// generic call. DirectLeave gives the level back.
func DirectEnter(v Object, f *Function) *Dict {
	if v != Object(f) || depthLeft <= 0 || f == nil || f.codeSwapped || f.defaultsSwapped {
		return nil
	}
	depthLeft--
	return f.globals
}

// DirectLeave returns r, the body's result, giving back the level
// DirectEnter took.
func DirectLeave(r Object) Object {
	depthLeft++
	return r
}

// KwDict is the **kwargs dict of a direct call: kv alternates the str
// keys (distinct: the translator passes only keywords that name no other
// parameter and appear once) and their values. The dict and its entries
// are one allocation.
func KwDict(kv ...Object) *Dict {
	n := len(kv) / 2
	var d *Dict
	switch {
	case n == 0:
		return &Dict{}
	case n == 1:
		x := &dictRoom1{}
		d = &x.d
		d.entries = x.e[:0:1]
	case n == 2:
		x := &dictRoom2{}
		d = &x.d
		d.entries = x.e[:0:2]
	case n <= 4:
		x := &dictRoom4{}
		d = &x.d
		d.entries = x.e[:0:4]
	default:
		d = NewDict()
	}
	for i := 0; i < len(kv); i += 2 {
		// The key as passed: taking the Str out and boxing it again
		// would allocate.
		d.insert(strHash(string(kv[i].(Str))), kv[i], kv[i+1])
	}
	return d
}

type dictRoom1 struct {
	d Dict
	e [1]dictEntry
}

type dictRoom2 struct {
	d Dict
	e [2]dictEntry
}

type dictRoom4 struct {
	d Dict
	e [4]dictEntry
}

// StarArgs is the *args tuple of a direct call f(a, b, *x) whose starred
// iterable x and the positional arguments before it (pre) fill *args.
func StarArgs(x Object, pre ...Object) *Tuple {
	if t, ok := x.(*Tuple); ok && t.sub == nil && len(pre) == 0 {
		// A copy, as CPython's binding makes: f(*t) is not t inside
		// (but () is the one empty tuple).
		return newTupleCopy(t.Items)
	}
	return newTupleCopy(AppendStar(append([]Object(nil), pre...), x))
}

// NewFunctionSig1 makes the function object of a direct def of 1
// parameter (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig1(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0]) })
	f.globals = g
	return f
}

// NewFunctionSig2 makes the function object of a direct def of 2
// parameters (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig2(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0], a[1]) })
	f.globals = g
	return f
}

// NewFunctionSig3 makes the function object of a direct def of 3
// parameters (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig3(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object, Object, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0], a[1], a[2]) })
	f.globals = g
	return f
}

// NewFunctionSig4 makes the function object of a direct def of 4
// parameters (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig4(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object, Object, Object, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0], a[1], a[2], a[3]) })
	f.globals = g
	return f
}

// NewFunctionSig5 makes the function object of a direct def of 5
// parameters (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig5(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object, Object, Object, Object, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0], a[1], a[2], a[3], a[4]) })
	f.globals = g
	return f
}

// NewFunctionSig6 makes the function object of a direct def of 6
// parameters (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig6(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object, Object, Object, Object, Object, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0], a[1], a[2], a[3], a[4], a[5]) })
	f.globals = g
	return f
}

// NewFunctionSig7 makes the function object of a direct def of 7
// parameters (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig7(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object, Object, Object, Object, Object, Object, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0], a[1], a[2], a[3], a[4], a[5], a[6]) })
	f.globals = g
	return f
}

// NewFunctionSig8 makes the function object of a direct def of 8
// parameters (in Code.Params order) from its body, which reads its
// globals from g.
func NewFunctionSig8(code *Code, defaults, kwDefaults []Object, g *Dict, fn func(*Dict, Object, Object, Object, Object, Object, Object, Object, Object) Object) *Function {
	code.noteBody(fn)
	f := newFunction(code, defaults, kwDefaults, func(a []Object) Object { return fn(g, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]) })
	f.globals = g
	return f
}
