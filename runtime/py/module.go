package py

import "fmt"

// Module is a module object: the translated program's __main__, or a
// module implemented in Go (asyncio, time, random, ...).
type Module struct {
	Name string
	Dict *Dict
	// Getattr, when set, supplies attributes missing from Dict (module
	// __getattr__, used for lazily built members).
	Getattr func(name string) (Object, bool)
}

var ModuleType = newBuiltinType("module", ObjectType)

func (*Module) Type() *Type           { return ModuleType }
func (m *Module) InstanceDict() *Dict { return m.Dict }

// NewModule makes an empty module.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	return m
}

func (m *Module) String() string { return fmt.Sprintf("<module '%s'>", m.Name) }

// Set stores a module attribute.
func (m *Module) Set(name string, v Object) { m.Dict.SetStr(name, v) }

// AddFunc stores a builtin function as a module attribute.
func (m *Module) AddFunc(name string, fn func(args []Object, kwnames []string) Object) *BuiltinFunction {
	f := &BuiltinFunction{Name: name, Module: m.Name, Fn: fn}
	m.Dict.SetStr(name, f)
	return f
}

var (
	moduleInits = map[string]func(m *Module){}
	modules     = map[string]*Module{}
)

// RegisterModule makes a Go-implemented module importable; init fills it
// in on first import.
func RegisterModule(name string, init func(m *Module)) { moduleInits[name] = init }

// Import is `import name`: the module, initialised on first use.
func Import(name string) *Module {
	if m, ok := modules[name]; ok {
		return m
	}
	init, ok := moduleInits[name]
	if !ok {
		e := NewError(ModuleNotFoundErrorType, fmt.Sprintf("No module named '%s'", name))
		e.Dict.SetStr("name", Str(name))
		panic(e)
	}
	m := NewModule(name)
	modules[name] = m
	init(m)
	return m
}

// SetModule records an already built module (such as __main__).
func SetModule(m *Module) { modules[m.Name] = m }

// ImportFrom is `from mod import name`.
func ImportFrom(m *Module, name string) Object {
	if v, ok := getAttr(m, name); ok {
		return v
	}
	if sub, ok := moduleInits[m.Name+"."+name]; ok && sub != nil {
		return Import(m.Name + "." + name)
	}
	e := NewError(ImportErrorType, fmt.Sprintf("cannot import name '%s' from '%s' (unknown location)", name, m.Name))
	e.Dict.SetStr("name", Str(m.Name))
	panic(e)
}
