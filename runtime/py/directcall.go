package py

// Direct calls (translate/directcall.go). A module-level function defined by
// a def statement has its body as a package-level Go function; a call of the
// global name passes the value it loaded from the module's namespace (so
// evaluation order and rebinding behave as for any call) together with the
// function object the def made and its Go body. When the name still holds
// that object, the body is called directly, with the arguments as Go
// parameters: no type dispatch, no indirect call. Anything else (the name
// rebound, the recursion limit reached) takes the generic path.
//
// The body takes the module namespace it reads its globals from as its first
// parameter, the globals of the function object: a module run again as a
// fresh instance (import_fresh_module) makes other objects of the same body,
// each reading its own run's namespace. The object made last is the one
// direct calls compare against; the other instances' calls take the generic
// path, which is still right.

// Direct0..Direct3 inline at the call, as DirectAwait0..3 do (Direct2 was
// a call of its own before the body's: 114 against the inliner's budget of
// 80): they hold one call, of the parameter fn, the body on a hit, else a
// miss entry (directMiss0..3, same signature) put in its place, which
// finds the callee in directMissV, stored just before the call under the
// GIL and read at once, and gives back the level the site took for the
// time of the generic call (which raises RecursionError at the limit).
var directMissV Object

// directMiss takes the callee of a missed direct call and gives back the
// level the site took.
func directMiss() Object {
	v := directMissV
	directMissV = nil
	depthLeft++
	return v
}

func directMiss0(*Dict) Object {
	r := Call0(directMiss())
	depthLeft--
	return r
}

func directMiss1(_ *Dict, a Object) Object {
	r := Call1(directMiss(), a)
	depthLeft--
	return r
}

func directMiss2(_ *Dict, a, b Object) Object {
	r := Call2(directMiss(), a, b)
	depthLeft--
	return r
}

func directMiss3(_ *Dict, a, b, c Object) Object {
	r := Call3(directMiss(), a, b, c)
	depthLeft--
	return r
}

// Direct0 is v() where fn is the body of f.
func Direct0(v Object, f *Function, fn func(*Dict) Object) Object {
	var g *Dict
	if v == Object(f) && depthLeft > 0 && !f.codeSwapped {
		g = f.globals
	} else {
		directMissV, fn = v, directMiss0
	}
	depthLeft--
	r := fn(g)
	depthLeft++
	return r
}

// Direct1 is v(a) where fn is the body of f.
func Direct1(v Object, f *Function, fn func(*Dict, Object) Object, a Object) Object {
	var g *Dict
	if v == Object(f) && depthLeft > 0 && !f.codeSwapped {
		g = f.globals
	} else {
		directMissV, fn = v, directMiss1
	}
	depthLeft--
	r := fn(g, a)
	depthLeft++
	return r
}

// Direct2 is v(a, b) where fn is the body of f.
func Direct2(v Object, f *Function, fn func(*Dict, Object, Object) Object, a, b Object) Object {
	var g *Dict
	if v == Object(f) && depthLeft > 0 && !f.codeSwapped {
		g = f.globals
	} else {
		directMissV, fn = v, directMiss2
	}
	depthLeft--
	r := fn(g, a, b)
	depthLeft++
	return r
}

// Direct3 is v(a, b, c) where fn is the body of f.
func Direct3(v Object, f *Function, fn func(*Dict, Object, Object, Object) Object, a, b, c Object) Object {
	var g *Dict
	if v == Object(f) && depthLeft > 0 && !f.codeSwapped {
		g = f.globals
	} else {
		directMissV, fn = v, directMiss3
	}
	depthLeft--
	r := fn(g, a, b, c)
	depthLeft++
	return r
}

// An async def whose body never suspends (it awaits only such coroutines of
// its own module, by their never-rebound global names) is translated as a
// plain Go function. `await g(x)` of one runs it on the awaiting frame, as
// awaiting a fresh coroutine runs its body: one frame level, no coroutine
// object. Calling the function any other way makes a coroutine whose only
// step runs the body (DirectCoroutine0..3).
//
// DirectAwait0..3 inline at the await (a recursive coroutine awaits itself
// at the cost of a Go call). Go's inliner counts a call of a parameter 17
// toward its budget of 80 and a call of a named function 57, so they hold
// one call only, of the parameter fn: the body on a hit, else a miss entry
// (awaitMiss0..3, same signature) put in its place. The miss entry
// finds the callee in awaitMissV/awaitMissF, stored just before the call
// under the GIL and read at once, and gives the level back before it takes
// the generic path, so the caller's depthLeft++ evens out.

// awaitMissV and awaitMissF are the awaited callee and the function object
// the site expected, for the miss entry the call goes to.
var (
	awaitMissV Object
	awaitMissF *Function
)

// awaitMiss takes the callee of a missed direct await and gives back the
// level the site took. Past the recursion limit with the expected function
// it raises RecursionError, as running the body would.
func awaitMiss() Object {
	v, f := awaitMissV, awaitMissF
	awaitMissV, awaitMissF = nil, nil
	depthLeft++
	if v == Object(f) && !f.codeSwapped {
		panic(recursionError(""))
	}
	return v
}

func awaitMiss0(*Dict) Object {
	r := Await(Call0(awaitMiss()))
	depthLeft--
	return r
}

func awaitMiss1(_ *Dict, a Object) Object {
	r := Await(Call1(awaitMiss(), a))
	depthLeft--
	return r
}

func awaitMiss2(_ *Dict, a, b Object) Object {
	r := Await(Call2(awaitMiss(), a, b))
	depthLeft--
	return r
}

func awaitMiss3(_ *Dict, a, b, c Object) Object {
	r := Await(Call3(awaitMiss(), a, b, c))
	depthLeft--
	return r
}

// DirectAwait0 is `await v()` where fn is the plain body of the async def f.
func DirectAwait0(v Object, f *Function, fn func(*Dict) Object) Object {
	var g *Dict
	if p, ok := v.(*Function); ok && p == f && !f.codeSwapped && depthLeft > 0 {
		g = f.globals
	} else {
		awaitMissV, awaitMissF, fn = v, f, awaitMiss0
	}
	depthLeft--
	r := fn(g)
	depthLeft++
	return r
}

// DirectAwait1 is `await v(a)` where fn is the plain body of the async def f.
func DirectAwait1(v Object, f *Function, fn func(*Dict, Object) Object, a Object) Object {
	var g *Dict
	if p, ok := v.(*Function); ok && p == f && !f.codeSwapped && depthLeft > 0 {
		g = f.globals
	} else {
		awaitMissV, awaitMissF, fn = v, f, awaitMiss1
	}
	depthLeft--
	r := fn(g, a)
	depthLeft++
	return r
}

// DirectAwait2 is `await v(a, b)` where fn is the plain body of the async def f.
func DirectAwait2(v Object, f *Function, fn func(*Dict, Object, Object) Object, a, b Object) Object {
	var g *Dict
	if p, ok := v.(*Function); ok && p == f && !f.codeSwapped && depthLeft > 0 {
		g = f.globals
	} else {
		awaitMissV, awaitMissF, fn = v, f, awaitMiss2
	}
	depthLeft--
	r := fn(g, a, b)
	depthLeft++
	return r
}

// DirectAwait3 is `await v(a, b, c)` where fn is the plain body of the async def f.
func DirectAwait3(v Object, f *Function, fn func(*Dict, Object, Object, Object) Object, a, b, c Object) Object {
	var g *Dict
	if p, ok := v.(*Function); ok && p == f && !f.codeSwapped && depthLeft > 0 {
		g = f.globals
	} else {
		awaitMissV, awaitMissF, fn = v, f, awaitMiss3
	}
	depthLeft--
	r := fn(g, a, b, c)
	depthLeft++
	return r
}

// DirectCoroutine0 is the coroutine a call of a never-suspending async def
// returns: its one step runs the plain body.
func DirectCoroutine0(code *Code, fn func(*Dict) Object, g *Dict) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn(g) })
}

// DirectCoroutine1 is DirectCoroutine0 for a body of one parameter.
func DirectCoroutine1(code *Code, fn func(*Dict, Object) Object, g *Dict, a Object) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn(g, a) })
}

// DirectCoroutine2 is DirectCoroutine0 for a body of two parameters.
func DirectCoroutine2(code *Code, fn func(*Dict, Object, Object) Object, g *Dict, a, b Object) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn(g, a, b) })
}

// DirectCoroutine3 is DirectCoroutine0 for a body of three parameters.
func DirectCoroutine3(code *Code, fn func(*Dict, Object, Object, Object) Object, g *Dict, a, b, c Object) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn(g, a, b, c) })
}

// Keep stores the function object a direct def made where its direct calls
// compare against it, and returns it.
func Keep(p **Function, f *Function) *Function {
	*p = f
	return f
}

// NewFunctionG0 makes the function object of a direct def of no parameters
// from its body, which reads its globals from g.
func NewFunctionG0(code *Code, g *Dict, fn func(*Dict) Object) *Function {
	code.noteBody(fn)
	f0 := func() Object { return fn(g) }
	f := newFunction(code, nil, nil, func(a []Object) Object { return fn(g) })
	f.f0, f.globals = f0, g
	return f
}

// NewFunctionG1 is NewFunctionG0 for a body of one parameter.
func NewFunctionG1(code *Code, defaults []Object, g *Dict, fn func(*Dict, Object) Object) *Function {
	code.noteBody(fn)
	f1 := func(a Object) Object { return fn(g, a) }
	f := newFunction(code, defaults, nil, func(a []Object) Object { return fn(g, a[0]) })
	f.f1, f.globals = f1, g
	return f
}

// NewFunctionG2 is NewFunctionG0 for a body of two parameters.
func NewFunctionG2(code *Code, defaults []Object, g *Dict, fn func(*Dict, Object, Object) Object) *Function {
	code.noteBody(fn)
	f2 := func(a, b Object) Object { return fn(g, a, b) }
	f := newFunction(code, defaults, nil, func(a []Object) Object { return fn(g, a[0], a[1]) })
	f.f2, f.globals = f2, g
	return f
}

// NewFunctionG3 is NewFunctionG0 for a body of three parameters.
func NewFunctionG3(code *Code, defaults []Object, g *Dict, fn func(*Dict, Object, Object, Object) Object) *Function {
	code.noteBody(fn)
	f3 := func(a, b, c Object) Object { return fn(g, a, b, c) }
	f := newFunction(code, defaults, nil, func(a []Object) Object { return fn(g, a[0], a[1], a[2]) })
	f.f3, f.globals = f3, g
	return f
}

// Float-returning direct defs (translate/floatret.go). A direct def whose
// returns are float arithmetic also has its body as a Go function returning
// a TypedFloat, so `s += f(x) * y` takes f's result unboxed (DirectNF);
// every other call goes through FloatBodyN's boxing wrapper. The TypedFloat
// carries any object a return gives, so nothing is assumed.

// FloatBody0 notes fn as the body of code (tracebacks name its frames by
// it) and returns the boxing body the function object calls.
func FloatBody0(code *Code, fn func(*Dict) TypedFloat) func(*Dict) Object {
	code.noteBody(fn)
	return func(g *Dict) Object { return fn(g).Box() }
}

// FloatBody1 is FloatBody0 for a body of one parameter.
func FloatBody1(code *Code, fn func(*Dict, Object) TypedFloat) func(*Dict, Object) Object {
	code.noteBody(fn)
	return func(g *Dict, a Object) Object { return fn(g, a).Box() }
}

// FloatBody2 is FloatBody0 for a body of two parameters.
func FloatBody2(code *Code, fn func(*Dict, Object, Object) TypedFloat) func(*Dict, Object, Object) Object {
	code.noteBody(fn)
	return func(g *Dict, a, b Object) Object { return fn(g, a, b).Box() }
}

// FloatBody3 is FloatBody0 for a body of three parameters.
func FloatBody3(code *Code, fn func(*Dict, Object, Object, Object) TypedFloat) func(*Dict, Object, Object, Object) Object {
	code.noteBody(fn)
	return func(g *Dict, a, b, c Object) Object { return fn(g, a, b, c).Box() }
}

// Direct0F is ToF(Direct0(...)) for a float-returning body fn of f.
func Direct0F(v Object, f *Function, fn func(*Dict) TypedFloat) TypedFloat {
	if v != Object(f) || depthLeft <= 0 || f == nil || f.codeSwapped {
		return ToF(Call0(v))
	}
	depthLeft--
	r := fn(f.globals)
	depthLeft++
	return r
}

// Direct1F is Direct0F for one argument.
func Direct1F(v Object, f *Function, fn func(*Dict, Object) TypedFloat, a Object) TypedFloat {
	if v != Object(f) || depthLeft <= 0 || f == nil || f.codeSwapped {
		return ToF(Call1(v, a))
	}
	depthLeft--
	r := fn(f.globals, a)
	depthLeft++
	return r
}

// Direct2F is Direct0F for two arguments.
func Direct2F(v Object, f *Function, fn func(*Dict, Object, Object) TypedFloat, a, b Object) TypedFloat {
	if v != Object(f) || depthLeft <= 0 || f == nil || f.codeSwapped {
		return ToF(Call2(v, a, b))
	}
	depthLeft--
	r := fn(f.globals, a, b)
	depthLeft++
	return r
}

// Direct3F is Direct0F for three arguments.
func Direct3F(v Object, f *Function, fn func(*Dict, Object, Object, Object) TypedFloat, a, b, c Object) TypedFloat {
	if v != Object(f) || depthLeft <= 0 || f == nil || f.codeSwapped {
		return ToF(Call3(v, a, b, c))
	}
	depthLeft--
	r := fn(f.globals, a, b, c)
	depthLeft++
	return r
}

// FTrueDivT is TrueDivT(a, y) as a TypedFloat: a float divided by an
// unboxed int without a box.
func FTrueDivT(a Object, y Tmp) TypedFloat {
	if y.O == nil && y.i != 0 {
		if x, ok := a.(Float); ok {
			return FOf(float64(x) / float64(y.i))
		}
	}
	return ToF(TrueDiv(a, y.Obj()))
}
