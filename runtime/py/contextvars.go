package py

// Context is a contextvars.Context: an immutable-by-copy mapping from
// ContextVars to values. Each asyncio task runs in its own copy.
type Context struct {
	vars map[*ContextVar]Object
	// shared marks vars as shared with copies: copy it before writing
	// (copy_context() is O(1), as CPython's hash tries make it).
	shared bool
	// entered guards against entering one context twice at once.
	entered bool
}

// ContextVar is a contextvars.ContextVar.
type ContextVar struct {
	Name    string
	Default Object // nil: no default
}

var (
	ContextType    = newBuiltinType("Context", ObjectType)
	ContextVarType = newBuiltinType("ContextVar", ObjectType)
)

func (*Context) Type() *Type    { return ContextType }
func (*ContextVar) Type() *Type { return ContextVarType }

// NewContext returns an empty context.
func NewContext() *Context { return &Context{} }

// Copy is contextvars.copy_context() applied to c.
func (c *Context) Copy() *Context {
	if len(c.vars) == 0 {
		return &Context{}
	}
	c.shared = true
	return &Context{vars: c.vars, shared: true}
}

// CopyInto is Copy making the copy in dst (a Context embedded in the
// object that owns the copy, saving an allocation); it returns dst.
func (c *Context) CopyInto(dst *Context) *Context {
	if len(c.vars) == 0 {
		*dst = Context{}
	} else {
		c.shared = true
		*dst = Context{vars: c.vars, shared: true}
	}
	return dst
}

// own gives c a map of its own before a write.
func (c *Context) own() {
	if c.vars != nil && !c.shared {
		return
	}
	m := make(map[*ContextVar]Object, len(c.vars)+1)
	for k, v := range c.vars {
		m[k] = v
	}
	c.vars, c.shared = m, false
}

// Get returns v's value in c; ok is false when unset.
func (c *Context) Get(v *ContextVar) (Object, bool) {
	x, ok := c.vars[v]
	return x, ok
}

// Set binds v in c.
func (c *Context) Set(v *ContextVar, x Object) {
	c.own()
	c.vars[v] = x
}

// Delete unbinds v in c.
func (c *Context) Delete(v *ContextVar) {
	if _, ok := c.vars[v]; ok {
		c.own()
		delete(c.vars, v)
	}
}

// Len is len(c).
func (c *Context) Len() int { return len(c.vars) }

// Enter starts Context.run without a call: c becomes the current context
// (CPython's RuntimeError if c is already entered). The caller restores
// the previous context and calls Leave, also when a panic unwinds.
func (c *Context) Enter() {
	if c.entered {
		panic(NewError(RuntimeErrorType, "cannot enter context: "+Repr(c)+" is already entered"))
	}
	c.entered = true
	current.Context = c
}

// Leave marks c as no longer entered (the end of Enter).
func (c *Context) Leave() { c.entered = false }

// Run is Context.run(f, args...): f runs with c as the current context.
func (c *Context) Run(f func() Object) Object {
	if c.entered {
		panic(NewError(RuntimeErrorType, "cannot enter context: "+Repr(c)+" is already entered"))
	}
	t := current
	prev := t.Context
	c.entered = true
	t.Context = c
	defer func() {
		c.entered = false
		current.Context = prev
	}()
	return f()
}
