package py

// Context is a contextvars.Context: an immutable-by-copy mapping from
// ContextVars to values. Each asyncio task runs in its own copy.
type Context struct {
	vars map[*ContextVar]Object
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
func NewContext() *Context { return &Context{vars: map[*ContextVar]Object{}} }

// Copy is contextvars.copy_context() applied to c.
func (c *Context) Copy() *Context {
	n := &Context{vars: make(map[*ContextVar]Object, len(c.vars))}
	for k, v := range c.vars {
		n.vars[k] = v
	}
	return n
}

// Get returns v's value in c; ok is false when unset.
func (c *Context) Get(v *ContextVar) (Object, bool) {
	x, ok := c.vars[v]
	return x, ok
}

// Set binds v in c.
func (c *Context) Set(v *ContextVar, x Object) { c.vars[v] = x }

// Delete unbinds v in c.
func (c *Context) Delete(v *ContextVar) { delete(c.vars, v) }

// Len is len(c).
func (c *Context) Len() int { return len(c.vars) }

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
