package py

// Direct calls (translate/directcall.go). A module-level function defined by
// a def statement has its body as a package-level Go function; a call of the
// global name passes the value it loaded from the module's namespace (so
// evaluation order and rebinding behave as for any call) together with the
// function object the def made and its Go body. When the name still holds
// that object, the body is called directly, with the arguments as Go
// parameters: no type dispatch, no indirect call. Anything else (the name
// rebound, the recursion limit reached) takes the generic path.

// Direct0 is v() where fn is the body of f.
func Direct0(v Object, f *Function, fn func() Object) Object {
	if v != Object(f) || depthLeft <= 0 || f == nil {
		return Call0(v)
	}
	depthLeft--
	r := fn()
	depthLeft++
	return r
}

// Direct1 is v(a) where fn is the body of f.
func Direct1(v Object, f *Function, fn func(Object) Object, a Object) Object {
	if v != Object(f) || depthLeft <= 0 || f == nil {
		return Call1(v, a)
	}
	depthLeft--
	r := fn(a)
	depthLeft++
	return r
}

// Direct2 is v(a, b) where fn is the body of f.
func Direct2(v Object, f *Function, fn func(Object, Object) Object, a, b Object) Object {
	if v != Object(f) || depthLeft <= 0 || f == nil {
		return Call2(v, a, b)
	}
	depthLeft--
	r := fn(a, b)
	depthLeft++
	return r
}

// Direct3 is v(a, b, c) where fn is the body of f.
func Direct3(v Object, f *Function, fn func(Object, Object, Object) Object, a, b, c Object) Object {
	if v != Object(f) || depthLeft <= 0 || f == nil {
		return Call3(v, a, b, c)
	}
	depthLeft--
	r := fn(a, b, c)
	depthLeft++
	return r
}

// An async def whose body never suspends (it awaits only such coroutines of
// its own module, by their never-rebound global names) is translated as a
// plain Go function. `await g(x)` of one runs it on the awaiting frame, as
// awaiting a fresh coroutine runs its body: one frame level, no coroutine
// object. Calling the function any other way makes a coroutine whose only
// step runs the body (DirectCoroutine0..3).

// DirectAwait0 is `await v()` where fn is the plain body of the async def f.
func DirectAwait0(v Object, f *Function, fn func() Object) Object {
	if v != Object(f) || f == nil {
		return Await(Call0(v))
	}
	if depthLeft <= 0 {
		panic(recursionError(""))
	}
	depthLeft--
	r := fn()
	depthLeft++
	return r
}

// DirectAwait1 is `await v(a)` where fn is the plain body of the async def f.
func DirectAwait1(v Object, f *Function, fn func(Object) Object, a Object) Object {
	if v != Object(f) || f == nil {
		return Await(Call1(v, a))
	}
	if depthLeft <= 0 {
		panic(recursionError(""))
	}
	depthLeft--
	r := fn(a)
	depthLeft++
	return r
}

// DirectAwait2 is `await v(a, b)` where fn is the plain body of the async def f.
func DirectAwait2(v Object, f *Function, fn func(Object, Object) Object, a, b Object) Object {
	if v != Object(f) || f == nil {
		return Await(Call2(v, a, b))
	}
	if depthLeft <= 0 {
		panic(recursionError(""))
	}
	depthLeft--
	r := fn(a, b)
	depthLeft++
	return r
}

// DirectAwait3 is `await v(a, b, c)` where fn is the plain body of the async def f.
func DirectAwait3(v Object, f *Function, fn func(Object, Object, Object) Object, a, b, c Object) Object {
	if v != Object(f) || f == nil {
		return Await(Call3(v, a, b, c))
	}
	if depthLeft <= 0 {
		panic(recursionError(""))
	}
	depthLeft--
	r := fn(a, b, c)
	depthLeft++
	return r
}

// DirectCoroutine0 is the coroutine a call of a never-suspending async def
// returns: its one step runs the plain body.
func DirectCoroutine0(code *Code, fn func() Object) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn() })
}

// DirectCoroutine1 is DirectCoroutine0 for a body of one parameter.
func DirectCoroutine1(code *Code, fn func(Object) Object, a Object) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn(a) })
}

// DirectCoroutine2 is DirectCoroutine0 for a body of two parameters.
func DirectCoroutine2(code *Code, fn func(Object, Object) Object, a, b Object) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn(a, b) })
}

// DirectCoroutine3 is DirectCoroutine0 for a body of three parameters.
func DirectCoroutine3(code *Code, fn func(Object, Object, Object) Object, a, b, c Object) *Coroutine {
	return NewCoroutineSM(code, func(*CoFrame) Object { return fn(a, b, c) })
}

// Keep stores the function object a direct def made where its direct calls
// compare against it, and returns it.
func Keep(p **Function, f *Function) *Function {
	*p = f
	return f
}
