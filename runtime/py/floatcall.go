package py

// Float functions in float code. A call m.name(x) of a module's function
// whose value is used as float arithmetic (`c = math.cos(a)` with c a
// float-speculated local, `math.sqrt(dx * dx + dy * dy) * k`) is
//
//	py.FloatCall(py.FloatFnOf(m, "name", &ic), x)
//
// FloatFnOf is the attribute lookup, made before x is evaluated as
// LOAD_METHOD makes it; FloatCall runs the builtin's float kernel (its
// SetFloat1) on x unboxed when x is a float (or an int that converts
// exactly) and the kernel has a result, and returns it unboxed; anything
// else (another function, an object with __float__, an error to raise)
// is the call as CPython makes it, its result carried as it is.

// FloatFn is a function found for FloatCall: the kernel, when the value
// is a builtin that has one, and the value.
type FloatFn struct {
	k func(float64) (float64, bool)
	v Object
}

// FloatFnOf is o.name for FloatCall.
func FloatFnOf(o Object, name string, c *AttrCache) FloatFn {
	// A module's function: the site's module entry (moduleAttr's).
	if m, ok := o.(*Module); ok {
		if d := m.Dict; m.cls == nil && c.modDict == d && c.modVer == d.version {
			if b, ok := d.entries[c.modIdx].value.(*BuiltinFunction); ok && b.entries != nil && b.entries.float1 != nil {
				return FloatFn{b.entries.float1, b}
			}
		}
	}
	return floatFnOf(o, name, c)
}

//go:noinline
func floatFnOf(o Object, name string, c *AttrCache) FloatFn {
	r := resolveMethod(o, name, c)
	return FloatFnVal(r.value(o, name))
}

// FloatFnVal is the function v (a name's value: `from math import sqrt`)
// for FloatCall.
func FloatFnVal(v Object) FloatFn {
	if b, ok := v.(*BuiltinFunction); ok && b.entries != nil && b.entries.float1 != nil {
		return FloatFn{b.entries.float1, b}
	}
	return FloatFn{v: v}
}

// FloatCallOf is FloatCall(FloatFnOf(o, name, c), x) for an x whose
// evaluation cannot be told from the lookup's order (a constant, a local
// of the function's own): a module's function whose kernel gives a result
// for x unboxed is one call; anything else is the two steps.
func FloatCallOf(o Object, name string, c *AttrCache, x TypedFloat) TypedFloat {
	if m, ok := o.(*Module); ok && x.o == nil {
		if d := m.Dict; m.cls == nil && c.modDict == d && c.modVer == d.version {
			if b, ok := d.entries[c.modIdx].value.(*BuiltinFunction); ok && b.entries != nil && b.entries.float1 != nil {
				if r, ok := b.entries.float1(x.f); ok {
					return TypedFloat{f: r}
				}
			}
		}
	}
	return FloatCall(floatFnOf(o, name, c), x)
}

// FloatCall calls fn with x.
func FloatCall(fn FloatFn, x TypedFloat) TypedFloat {
	if fn.k != nil && x.o == nil {
		if r, ok := fn.k(x.f); ok {
			return TypedFloat{f: r}
		}
	}
	return floatCallSlow(fn, x)
}

// floatCallSlow is FloatCall past an unboxed float: a boxed float or an
// int that converts exactly still takes the kernel.
//
//go:noinline
func floatCallSlow(fn FloatFn, x TypedFloat) TypedFloat {
	if fn.k != nil && x.o != nil {
		if f, ok := x.num(); ok {
			if r, ok := fn.k(f); ok {
				return TypedFloat{f: r}
			}
		}
	}
	return ToF(Call1(fn.v, x.Box()))
}
