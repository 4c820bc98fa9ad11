package py

// Hooks for classes implemented in Go outside this package (asyncio's
// Future, Task, loop, ...). They live here, in a file owned by the asyncio
// runtime, to keep the rest of package py untouched.

// NewNativeType makes a class implemented in Go, with a single base, whose
// instances (of it or of a Python subclass) are made by alloc. alloc may be
// nil to inherit the base's allocator.
func NewNativeType(name, module string, base *Type, alloc func(t *Type) Object) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base)
	t.Module = module
	t.newInstance = alloc
	return t
}

// SetNoNew makes a native class impossible to instantiate from Python
// ("cannot create 'X' instances").
func (t *Type) SetNoNew() { t.noNew = true }

// EnterMain takes the GIL for the main thread, for Go tests and embedders
// that call Python-level code without RunMain. It is a no-op when the
// calling program already holds it.
func EnterMain() {
	if current == nil {
		acquireMain()
	}
}
