package py

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Module is a module object: a translated Python module, or a module
// implemented in Go (asyncio, time, random, ...).
type Module struct {
	Name string
	Dict *Dict
	// Getattr, when set, supplies attributes missing from Dict (used for
	// lazily built members of Go modules).
	Getattr func(name string) (Object, bool)
	// def is the translated module's description (nil for Go modules).
	def *ModuleDef
	// cls is the class of an instance of a module subclass (six's
	// _LazyModule); nil for plain modules.
	cls *Type
}

var ModuleType = newBuiltinType("module", ObjectType)

func (m *Module) Type() *Type {
	if m.cls != nil {
		return m.cls
	}
	return ModuleType
}

func (m *Module) InstanceDict() *Dict { return m.Dict }

// SetClass is module.__class__ = t: a module's class may be any subclass
// of ModuleType (importlib.util.LazyLoader, modules replacing their own
// class).
func (m *Module) SetClass(t Object) {
	cls, ok := t.(*Type)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("__class__ must be set to a class, not '%s' object", t.Type().Name)))
	}
	if !cls.IsSubtype(ModuleType) {
		panic(NewError(TypeErrorType, fmt.Sprintf("__class__ assignment: '%s' object layout differs from '%s'", cls.Name, m.Type().Name)))
	}
	if cls == ModuleType {
		cls = nil
	}
	m.cls = cls
}

// NewModule makes an empty module.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.flags |= dictIdentKeys // its names' keys from chunks (slab.go)
	m.Dict.SetStr("__name__", Str(name))
	return m
}

func (m *Module) String() string {
	if m.def != nil {
		if m.def.File == "" {
			return fmt.Sprintf("<module '%s' (namespace)>", m.Name)
		}
		return fmt.Sprintf("<module '%s' from '%s'>", m.Name, m.def.AbsFile())
	}
	return fmt.Sprintf("<module '%s' (built-in)>", m.Name)
}

// Set stores a module attribute.
func (m *Module) Set(name string, v Object) { m.Dict.SetStr(name, v) }

// AddFunc stores a builtin function as a module attribute.
func (m *Module) AddFunc(name string, fn func(args []Object, kwnames []string) Object) *BuiltinFunction {
	if r := funcIndex.ref(m.Name, name); r != nil {
		fn = r.wrapFunc(fn)
	}
	f := &BuiltinFunction{Name: name, Module: m.Name, Fn: fn}
	m.Dict.SetStr(name, f)
	return f
}

func init() {
	// module(name, doc=None): types.ModuleType.
	ModuleType.call = func(t *Type, args []Object, kw []string) Object {
		a := ParseArgs("module", args, kw, []string{"name", "doc"}, 1)
		name, ok := a[0].(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("module.__init__() argument 'name' must be str, not %s", a[0].Type().Name)))
		}
		m := NewModule(string(name))
		doc := Object(None)
		if a[1] != nil {
			doc = a[1]
		}
		m.Dict.SetStr("__doc__", doc)
		m.Dict.SetStr("__package__", None)
		m.Dict.SetStr("__loader__", None)
		m.Dict.SetStr("__spec__", None)
		return m
	}
	// Subclasses (types.ModuleType in a class statement) make their
	// instances empty and fill them in module.__init__.
	subclassable[ModuleType] = true
	ModuleType.newInstance = func(t *Type) Object { return &Module{cls: t, Dict: NewDict()} }
	method(ModuleType, "__init__", func(args []Object, kw []string) Object {
		a := ParseArgs("module", args[1:], kw, []string{"name", "doc"}, 1)
		m := args[0].(*Module)
		name, ok := a[0].(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("module.__init__() argument 'name' must be str, not %s", a[0].Type().Name)))
		}
		m.Name = string(name)
		doc := Object(None)
		if a[1] != nil {
			doc = a[1]
		}
		for k, v := range map[string]Object{"__name__": name, "__doc__": doc, "__package__": None, "__loader__": None, "__spec__": None} {
			m.Dict.SetStr(k, v)
		}
		return None
	})
	// module.__dict__ is a read-only member (module_members).
	AddGetter(ModuleType, "__dict__", func(o Object) Object { return o.(*Module).Dict }, nil)
	markMembers(ModuleType, "__dict__")
}

// checkModuleDictWrite refuses m.__dict__ = x and del m.__dict__ (a
// read-only member), before any instance dict is consulted.
func checkModuleDictWrite(name string) {
	if name == "__dict__" {
		panic(NewError(AttributeErrorType, "readonly attribute"))
	}
}

// initializing reports whether the module's body is still running (CPython's
// __spec__._initializing).
func (m *Module) initializing() bool {
	spec, ok := m.Dict.GetStr("__spec__")
	if !ok {
		return false
	}
	v, ok := getAttr(spec, "_initializing")
	return ok && Truth(v)
}

// ModuleDef describes a translated Python module linked into the program.
// The translator emits one per module, registered by its Go package's init.
type ModuleDef struct {
	Name string // the module's full name, "pkg.sub"
	// File is the source path relative to Root, as line directives and
	// traceback tables name it ("pkg/sub.py"); "" for a namespace package.
	File string
	// Root is the directory File is relative to: "" for the program's own
	// root (see SetProgramRoot), or an absolute directory (a host library).
	Root string
	// Package is set for packages (an __init__.py, or a namespace package
	// whose portions are Path).
	Package bool
	Path    []string // namespace packages: their directories, relative to Root
	// RunAs is, for a main module run with -m, the module's real name
	// (its __spec__.name); __package__ derives from it.
	RunAs string
	Body  func(m *Module)
	// Setup makes what the module's Go package cannot hold as static data
	// (cached builtins, generator kinds, constants built at run time); it
	// runs once, before the module's first body run, so that a linked
	// module costs nothing until it is imported.
	Setup     func()
	setupOnce sync.Once
	Spans     []FuncSpan
	// Comps are the module's awaiting comprehensions that coroutines run
	// inline: tracebacks show the frames CPython runs them in.
	Comps  []CompSpan
	Source string
	// Warnings are what CPython warns about when it compiles the module,
	// issued before its first body run (a reload finds the .pyc file).
	Warnings []CompileWarning
	warned   bool
}

// runBody runs the module's body in m, after its setup.
func (d *ModuleDef) runBody(m *Module) {
	if d.Setup != nil {
		d.setupOnce.Do(d.Setup)
	}
	if !d.warned {
		d.warned = true
		IssueCompileWarnings(d.Warnings, d.AbsFile(), d.Source)
	}
	d.Body(m)
}

// programRoot is the directory of the main script (and of the program's
// own modules), the one absolute path a translated program carries.
var programRoot string

// SetProgramRoot records the program's root directory.
func SetProgramRoot(dir string) { programRoot = dir }

func (d *ModuleDef) root() string {
	if d.Root != "" {
		return d.Root
	}
	return programRoot
}

// AbsFile is the module's __file__.
func (d *ModuleDef) AbsFile() string {
	return filepath.Join(d.root(), filepath.FromSlash(d.File))
}

var (
	// moduleInits are the Go-implemented modules.
	moduleInits = map[string]func(m *Module){}
	// moduleDefs are the translated modules linked into the program.
	moduleDefs = map[string]*ModuleDef{}
	// fileDefs maps the file names of line directives to their modules.
	fileDefs = map[string]*ModuleDef{}
	// SysModules is sys.modules.
	SysModules = NewDict()
	// sysModule is the sys module once imported (print() checks its
	// stdout on every call).
	sysModule *Module
)

// RegisterModule makes a Go-implemented module importable; init fills it
// in on first import.
func RegisterModule(name string, init func(m *Module)) { moduleInits[name] = init }

// lazySetups are the setup functions of modules registered with
// RegisterLazyModule, run before their first import.
var lazySetups = map[string]func(){}

// RegisterLazyModule registers module name of a Go package that builds
// its types and tables only when a program first imports one of its
// modules: setup (idempotent, shared by the package's modules) runs then,
// and registers the module's real init with RegisterModule or
// RegisterFallbackModule, which the import runs. The package's Go init
// does no more than this registration, so a program that never imports
// the module never pays for (or touches the pages of) its tables. Only
// for packages whose objects are made through their modules: Go code of
// other packages reaching their types must call setup first.
func RegisterLazyModule(name string, setup func()) {
	lazySetups[name] = setup
	moduleInits[name] = func(*Module) {
		panic(NewError(SystemErrorType, "module "+name+"'s setup did not register it"))
	}
}

// Lazy returns a package's setup for RegisterLazyModule: a function that
// runs fns in order the first time it is called (later and concurrent
// calls return once that has finished, as with sync.Once).
func Lazy(fns ...func()) func() {
	var once sync.Once
	all := func() {
		for _, f := range fns {
			f()
		}
	}
	return func() { once.Do(all) }
}

// PendingLazyModules lists, sorted, the modules registered with
// RegisterLazyModule that no import has set up yet (a test checks that the
// runtime's Go inits leave all of them so).
func PendingLazyModules() []string {
	names := make([]string, 0, len(lazySetups))
	for n := range lazySetups {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// RegisterLazyFallbackModule is RegisterLazyModule for a module that gives
// way to a translated one (RegisterFallbackModule).
func RegisterLazyFallbackModule(name string, setup func()) {
	RegisterLazyModule(name, setup)
	fallbackModules[name] = true
}

// fallbackModules are the Go modules that give way to a translated module
// of the same name.
var fallbackModules = map[string]bool{}

// RegisterFallbackModule makes a Go-implemented module importable where
// no translated module of that name is linked: the host's pure-Python
// module (found by the resolver, which reads these registrations) takes
// its place when the program has a host library.
func RegisterFallbackModule(name string, init func(m *Module)) {
	moduleInits[name] = init
	fallbackModules[name] = true
}

// IsFallbackModule reports whether name was registered with
// RegisterFallbackModule.
func IsFallbackModule(name string) bool { return fallbackModules[name] }

// GoModuleNames lists, sorted, the modules written in Go that are linked
// into this binary (fallbacks included).
func GoModuleNames() []string {
	names := make([]string, 0, len(moduleInits))
	for n := range moduleInits {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// afterImports run after the body of the translated module of their name.
var afterImports = map[string]func(m *Module){}

// AfterImport registers f to run after the body of the translated module
// name (a host module standing where a fallback Go module would): what
// CPython's startup leaves in place, such as collections.abc imported
// with collections.
func AfterImport(name string, f func(m *Module)) { afterImports[name] = f }

// RegisterModuleDefs registers the program's translated modules (main.go's
// table of its module packages' definitions).
func RegisterModuleDefs(defs ...*ModuleDef) {
	if len(moduleDefs) == 0 {
		moduleDefs = make(map[string]*ModuleDef, len(defs))
	}
	for _, d := range defs {
		RegisterModuleDef(d)
	}
}

// RegisterModuleDef makes a translated module importable; its body runs at
// its first import.
func RegisterModuleDef(d *ModuleDef) {
	moduleDefs[d.Name] = d
	if d.File != "" {
		// The maps by file name are for tracebacks: filled at their
		// first use (fileMaps), not for every linked module at start.
		fileMapsMu.Lock()
		pendingFileDefs = append(pendingFileDefs, d)
		fileMapsPending.Store(true)
		fileMapsMu.Unlock()
	}
}

var (
	// pendingFileDefs are the registered modules not yet in funcSpans,
	// sourceTexts and fileDefs; fileMapsPending says there are some.
	pendingFileDefs []*ModuleDef
	fileMapsPending atomic.Bool
	fileMapsMu      sync.Mutex
)

// fileMaps puts the pending modules in the maps by file name. Every read
// of funcSpans, sourceTexts or fileDefs comes after it.
func fileMaps() {
	if !fileMapsPending.Load() {
		return
	}
	fileMapsMu.Lock()
	defer fileMapsMu.Unlock()
	if !fileMapsPending.Load() {
		return
	}
	if n := len(pendingFileDefs); n > 8 {
		// Room for them all at once, not growing through the sizes.
		if len(fileDefs) == 0 {
			fileDefs = make(map[string]*ModuleDef, n)
		}
		if len(funcSpans) == 0 {
			funcSpans = make(map[string][]FuncSpan, n)
		}
		sourceMu.Lock()
		if len(sourceTexts) == 0 {
			sourceTexts = make(map[string]string, n)
		}
		sourceMu.Unlock()
	}
	for _, d := range pendingFileDefs {
		funcSpans[d.File] = d.Spans
		registerSourceText(d.File, d.Source)
		fileDefs[d.File] = d
	}
	pendingFileDefs = nil
	fileMapsPending.Store(false)
}

// fileDef is the translated module of a line directive's file name.
func fileDef(file string) (*ModuleDef, bool) {
	fileMaps()
	d, ok := fileDefs[file]
	return d, ok
}

// displayFile is the path a traceback shows for a directive's file name.
func displayFile(file string) string {
	if d, ok := fileDef(file); ok {
		return d.AbsFile()
	}
	return file
}

// DisplayFile is the path CPython would show for a line directive's file
// name (the module's __file__).
func DisplayFile(file string) string { return displayFile(file) }

// SourceLineAt is line (from 1) of the translated module whose __file__ is
// path, as linecache.getline would read it from disk: what a warning shows
// when linecache is not in the program.
func SourceLineAt(path string, line int) (string, bool) {
	fileMaps()
	for file, d := range fileDefs {
		if d.AbsFile() == path {
			if lines := SourceLines(file); line >= 1 && line <= len(lines) {
				return lines[line-1] + "\n", true
			}
			return "", false
		}
	}
	return "", false
}

// Modules is sys.modules.
func Modules() *Dict { return SysModules }

// SetModule records an already built module in sys.modules.
func SetModule(m *Module) {
	SysModules.SetStr(m.Name, m)
	if m.Name == "sys" {
		sysModule = m
	}
}

// Translated reports whether a translated module of this name is linked
// into the program (a Go module that builds on Python code checks before
// importing it: Go unit tests link no translated modules).
func Translated(name string) bool {
	_, ok := moduleDefs[name]
	return ok
}

// Import is `import name` for runtime code: the module, initialised on
// first use.
func Import(name string) *Module {
	m, ok := ImportModule(name).(*Module)
	if !ok {
		panic(NewError(ImportErrorType, fmt.Sprintf("sys.modules['%s'] is not a module", name)))
	}
	return m
}

// inSysModules looks a module up in sys.modules; a None entry stops the
// import, as in CPython.
func inSysModules(name string) Object {
	v, ok := SysModules.GetStr(name)
	if !ok {
		return nil
	}
	if v == None {
		e := NewError(ModuleNotFoundErrorType, fmt.Sprintf("import of %s halted; None in sys.modules", name))
		e.Dict.SetStr("name", Str(name))
		panic(e)
	}
	return v
}

// ImportModule imports the absolute dotted name (its parents first) and
// returns the module sys.modules holds for it afterwards.
func ImportModule(name string) Object {
	if m := inSysModules(name); m != nil {
		return m
	}
	var parent Object
	child := name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent = ImportModule(name[:i])
		child = name[i+1:]
		// The parent's body may have imported it.
		if m := inSysModules(name); m != nil {
			return m
		}
	}
	m := loadModule(name, parent)
	if parent != nil {
		if pm, ok := parent.(*Module); ok {
			pm.Dict.SetStr(child, m)
		} else {
			SetAttr(parent, child, m)
		}
	}
	return m
}

// setHostPackagePath gives a Go module that stands for one of CPython's
// packages (re, whose re._parser the host provides) the package's
// __path__ when the program links a host submodule of it: `from re import
// _compiler` then finds the submodule, as it does in CPython.
func setHostPackagePath(m *Module) {
	if _, ok := m.Dict.GetStr("__path__"); ok {
		return
	}
	prefix := m.Name + "."
	for sub, d := range moduleDefs {
		if !strings.HasPrefix(sub, prefix) || d.File == "" {
			continue
		}
		child := sub[len(prefix):]
		if i := strings.IndexByte(child, '.'); i >= 0 {
			continue // a grandchild: its parent will say
		}
		dir := filepath.Dir(d.AbsFile())
		if filepath.Base(d.File) == "__init__.py" {
			dir = filepath.Dir(dir)
		}
		m.Dict.SetStr("__path__", NewList(Str(dir)))
		return
	}
}

func loadModule(name string, parent Object) Object {
	if init, ok := moduleInits[name]; ok && !(fallbackModules[name] && moduleDefs[name] != nil) {
		if setup, lazy := lazySetups[name]; lazy {
			delete(lazySetups, name)
			setup()
			init = moduleInits[name]
		}
		m := NewModule(name)
		SetModule(m)
		init(m)
		setHostPackagePath(m)
		return m
	}
	d, ok := moduleDefs[name]
	if !ok {
		if m := importFromMetaPath(name, parent); m != nil {
			return m
		}
		if m := importFromSourcePath(name, parent); m != nil {
			return m
		}
		msg := fmt.Sprintf("No module named '%s'", name)
		if parent != nil {
			if lookupAttrCatching(parent, "__path__") == nil {
				msg = fmt.Sprintf("No module named '%s'; '%s' is not a package", name, name[:strings.LastIndexByte(name, '.')])
			}
		}
		e := NewError(ModuleNotFoundErrorType, msg)
		e.Dict.SetStr("name", Str(name))
		panic(e)
	}
	m := newPyModule(name, d)
	SysModules.SetStr(name, m)
	RunModuleBody(m)
	if f := afterImports[name]; f != nil {
		f(m)
	}
	// A module may replace itself in sys.modules.
	if v, ok := SysModules.GetStr(name); ok {
		return v
	}
	e := NewError(ImportErrorType, fmt.Sprintf("Loaded module %s not found in sys.modules", name))
	e.Dict.SetStr("name", Str(name))
	panic(e)
}

// RunModuleBody runs a translated module's body with its spec marked as
// initializing; a failure removes it from sys.modules again.
func RunModuleBody(m *Module) {
	spec, _ := m.Dict.GetStr("__spec__")
	setSpecInitializing(spec, true)
	ok := false
	defer func() {
		setSpecInitializing(spec, false)
		if !ok {
			if v, found := SysModules.GetStr(m.Name); found && v == Object(m) {
				SysModules.DeleteStr(m.Name)
			}
		}
	}()
	m.def.runBody(m)
	ok = true
}

func setSpecInitializing(spec Object, v bool) {
	if in, ok := spec.(*Instance); ok {
		if d := in.InstanceDict(); d != nil {
			d.SetStr("_initializing", Bool(v))
		}
	}
}

// ModuleSpecType is importlib's ModuleSpec, as much of it as programs read.
var ModuleSpecType *Type

func init() {
	ModuleSpecType = NewClass("ModuleSpec", "ModuleSpec", "importlib._bootstrap", []Object{ObjectType}, NewDict())
	ModuleSpecType.Dict.SetStr("__repr__", NewMethod("__repr__", func(args []Object, kw []string) Object {
		s := args[0]
		parts := []string{"name=" + Repr(GetAttr(s, "name")), "loader=" + Repr(GetAttr(s, "loader"))}
		if o := GetAttr(s, "origin"); o != None {
			parts = append(parts, "origin="+Repr(o))
		}
		if l := GetAttr(s, "submodule_search_locations"); l != None {
			parts = append(parts, "submodule_search_locations="+Repr(l))
		}
		return Str("ModuleSpec(" + strings.Join(parts, ", ") + ")")
	}))
	ModuleSpecType.Dict.SetStr("parent", &Property{Get: NewBuiltin("parent", func(args []Object, kw []string) Object {
		name := StrOf(GetAttr(args[0], "name"))
		if l := GetAttr(args[0], "submodule_search_locations"); l != None {
			return Str(name)
		}
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			return Str(name[:i])
		}
		return Str("")
	})})
}

// newPyModule makes the module object of a translated module, with the
// attributes CPython's import system sets before running the body.
func newPyModule(name string, d *ModuleDef) *Module {
	m := NewModule(name)
	m.def = d
	pkg := name
	if !d.Package {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	}
	spec := &Instance{cls: ModuleSpecType, dict: NewDict()}
	spec.dict.SetStr("name", Str(name))
	spec.dict.SetStr("loader", None)
	var origin, path Object = None, None
	if d.File != "" {
		origin = Str(d.AbsFile())
	}
	if d.Package {
		var dirs []Object
		if d.File != "" {
			dirs = append(dirs, Str(filepath.Dir(d.AbsFile())))
		}
		for _, p := range d.Path {
			dirs = append(dirs, Str(filepath.Join(d.root(), filepath.FromSlash(p))))
		}
		path = NewList(dirs...)
	}
	spec.dict.SetStr("origin", origin)
	spec.dict.SetStr("submodule_search_locations", path)
	spec.dict.SetStr("loader_state", None)
	spec.dict.SetStr("cached", None)
	spec.dict.SetStr("has_location", Bool(d.File != ""))
	if name == "__main__" {
		m.Dict.SetStr("__doc__", None)
		m.Dict.SetStr("__package__", None)
		m.Dict.SetStr("__loader__", None)
		m.Dict.SetStr("__spec__", None)
		if d.RunAs != "" {
			// python3 -m: the spec is the module's own.
			spec.dict.SetStr("name", Str(d.RunAs))
			pkg := ""
			if i := strings.LastIndexByte(d.RunAs, '.'); i >= 0 {
				pkg = d.RunAs[:i]
			}
			m.Dict.SetStr("__package__", Str(pkg))
			m.Dict.SetStr("__spec__", spec)
		}
		m.Dict.SetStr("__annotations__", NewDict())
		m.Dict.SetStr("__builtins__", Builtins)
		m.Dict.SetStr("__file__", origin)
		return m
	}
	m.Dict.SetStr("__doc__", None)
	m.Dict.SetStr("__package__", Str(pkg))
	m.Dict.SetStr("__loader__", None)
	m.Dict.SetStr("__spec__", spec)
	if d.Package {
		m.Dict.SetStr("__path__", path)
	}
	if d.File != "" {
		m.Dict.SetStr("__file__", origin)
	}
	m.Dict.SetStr("__builtins__", Builtins.Dict)
	return m
}

// moduleFile is a module's __file__ for error messages, or "unknown
// location".
func moduleFile(m Object) string {
	if f, ok := getAttr(m, "__file__"); ok && f != None {
		return StrOf(f)
	}
	return "unknown location"
}

// ImportTop is `import a.b.c`: it imports a.b.c and returns a.
func ImportTop(name string) Object {
	m := ImportModule(name)
	i := strings.IndexByte(name, '.')
	if i < 0 {
		return m
	}
	return inSysModules(name[:i])
}

// ImportAs is `import a.b.c as d`: the module a.b.c, found as CPython
// finds it (attributes from a down, then sys.modules).
func ImportAs(name string) Object {
	m := ImportModule(name)
	parts := strings.Split(name, ".")
	if len(parts) == 1 {
		return m
	}
	cur := inSysModules(parts[0])
	for i, p := range parts[1:] {
		v, ok := getAttr(cur, p)
		if !ok {
			full := strings.Join(parts[:i+2], ".")
			if v = inSysModules(full); v == nil {
				e := NewError(ImportErrorType, fmt.Sprintf("cannot import name '%s' from '%s' (%s)", p, strings.Join(parts[:i+1], "."), moduleFile(cur)))
				e.Dict.SetStr("name", Str(strings.Join(parts[:i+1], ".")))
				panic(e)
			}
		}
		cur = v
	}
	return cur
}

// ImportFromList is the import half of `from name import a, b`: it imports
// name and, when it is a package, the submodules among the names that are
// not attributes yet.
func ImportFromList(name string, names ...string) Object {
	m := ImportModule(name)
	// hasattr(module, '__path__'), as _handle_fromlist asks it: a module
	// __getattr__ raising AttributeError (urllib.parse's) means no.
	if lookupAttrCatching(m, "__path__") == nil {
		if mod, ok := m.(*Module); !ok || !hasGoSubmodules(mod.Name) {
			return m
		}
	}
	for _, n := range names {
		if n == "*" {
			if all, ok := getAttr(m, "__all__"); ok {
				var sub []string
				forEach(all, func(x Object) { sub = append(sub, StrOf(x)) })
				ImportFromList(name, sub...)
			}
			continue
		}
		if fromListHas(m, n) {
			continue
		}
		full := name + "." + n
		if _, known := moduleDefs[full]; known {
			ImportModule(full)
		} else if _, known := moduleInits[full]; known {
			ImportModule(full)
		} else {
			importSourceSubmodule(name, full)
		}
	}
	return m
}

// fromListHas is the hasattr of importlib's _handle_fromlist: an
// AttributeError from a module's __getattr__ means the name is missing
// (`from unittest import mock` imports the submodule).
func fromListHas(m Object, n string) (has bool) {
	if CatchMatching(AttributeErrorType, func() { _, has = getAttr(m, n) }) != nil {
		return false
	}
	return has
}

func hasGoSubmodules(name string) bool {
	for n := range moduleInits {
		if strings.HasPrefix(n, name+".") {
			return true
		}
	}
	return false
}

func forEach(o Object, f func(Object)) {
	it := GetIter(o)
	for {
		x, ok := Next(it)
		if !ok {
			return
		}
		f(x)
	}
}

// ImportFrom is the binding half of `from m import name`.
func ImportFrom(m Object, name string) Object {
	if v, ok := getAttr(m, name); ok {
		return v
	}
	modName := ""
	if n, ok := getAttr(m, "__name__"); ok {
		modName = StrOf(n)
		if v, ok := SysModules.GetStr(modName + "." + name); ok {
			return v
		}
	}
	var msg string
	if mod, ok := m.(*Module); ok && mod.initializing() {
		msg = fmt.Sprintf("cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name, modName, moduleFile(m))
	} else {
		msg = fmt.Sprintf("cannot import name '%s' from '%s' (%s)", name, modName, moduleFile(m))
	}
	e := NewError(ImportErrorType, msg)
	e.Dict.SetStr("name", Str(modName))
	if f, ok := getAttr(m, "__file__"); ok {
		e.Dict.SetStr("path", f)
	}
	panic(e)
}

// ImportStar is `from m import *`: m's public names (its __all__, or the
// names without a leading underscore) go into the namespace names.
func ImportStar(m Object, names *Dict) {
	if all, ok := getAttr(m, "__all__"); ok {
		forEach(all, func(n Object) {
			s := StrOf(n)
			names.SetStr(s, GetAttr(m, s))
		})
		return
	}
	d, ok := getAttr(m, "__dict__")
	if !ok {
		panic(NewError(ImportErrorType, "from-import-* object has no __dict__ and no __all__"))
	}
	dict := d.(*Dict)
	for _, k := range dict.Keys() {
		if s, ok := k.(Str); ok && !strings.HasPrefix(string(s), "_") {
			v, _ := dict.GetStr(string(s))
			names.SetStr(string(s), v)
		}
	}
}

// RelativeImportError raises the ImportError of a relative import that
// has no package to be relative to.
func RelativeImportError(beyondTop bool) {
	if beyondTop {
		Raise(NewError(ImportErrorType, "attempted relative import beyond top-level package"))
	}
	Raise(NewError(ImportErrorType, "attempted relative import with no known parent package"))
}

// RunMainModule runs the translated module registered as name (the main
// script, "__main__"), as CPython runs a script. For python3 -m, the
// module's package is imported first, as runpy does.
func RunMainModule(name string) {
	d, ok := moduleDefs[name]
	if !ok {
		panic("py2goasync: no main module " + name)
	}
	RunMain(d.File, func() {
		if i := strings.LastIndexByte(d.RunAs, '.'); i >= 0 {
			ImportModule(d.RunAs[:i])
		}
		m := newPyModule("__main__", d)
		SysModules.SetStr("__main__", m)
		d.runBody(m)
	})
}

// ResolveName turns a relative module name (".x", "..y") into an absolute
// one from package, as importlib.util.resolve_name does.
func ResolveName(name string, pkg Object) string {
	if !strings.HasPrefix(name, ".") {
		return name
	}
	if pkg == None || pkg == nil || StrOf(pkg) == "" {
		msg := fmt.Sprintf("the 'package' argument is required to perform a relative import for %s", Repr(Str(name)))
		panic(NewError(TypeErrorType, msg))
	}
	level := len(name) - len(strings.TrimLeft(name, "."))
	return resolveRelative(name[level:], StrOf(pkg), level)
}

func resolveRelative(name, pkg string, level int) string {
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		panic(NewError(ImportErrorType, "attempted relative import beyond top-level package"))
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base
	}
	return base + "." + name
}

// FindSpec is importlib.util.find_spec: the spec of an imported module, a
// new spec for one the program can import, or None.
func FindSpec(name string) Object {
	if m, ok := SysModules.GetStr(name); ok {
		if spec, ok := getAttr(m, "__spec__"); ok {
			return spec
		}
		return None
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		ImportModule(name[:i])
	}
	if d, ok := moduleDefs[name]; ok {
		spec, _ := newPyModule(name, d).Dict.GetStr("__spec__")
		return spec
	}
	if _, ok := moduleInits[name]; ok {
		spec := &Instance{cls: ModuleSpecType, dict: NewDict()}
		spec.dict.SetStr("name", Str(name))
		spec.dict.SetStr("loader", None)
		spec.dict.SetStr("origin", Str("built-in"))
		spec.dict.SetStr("submodule_search_locations", None)
		return spec
	}
	return None
}

// Reload is importlib.reload: a translated module's body runs again in
// its namespace.
func Reload(m Object) Object {
	mod, ok := m.(*Module)
	if !ok {
		panic(NewError(TypeErrorType, "reload() argument must be a module"))
	}
	if v, ok := SysModules.GetStr(mod.Name); !ok || v != Object(mod) {
		e := NewError(ImportErrorType, fmt.Sprintf("module %s not in sys.modules", mod.Name))
		e.Dict.SetStr("name", Str(mod.Name))
		panic(e)
	}
	if mod.def != nil {
		RunModuleBody(mod)
	}
	return mod
}

// builtinImport is __import__(name, globals=None, locals=None, fromlist=(), level=0).
func builtinImport(args []Object, kw []string) Object {
	a := ParseArgs("__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
	name := StrOf(a[0])
	level := 0
	if a[4] != nil {
		level = int(Index(a[4]))
	}
	if level < 0 {
		panic(NewError(ValueErrorType, "level must be >= 0"))
	}
	if level > 0 {
		pkg := ""
		if g, ok := a[1].(*Dict); ok {
			if p, ok := g.GetStr("__package__"); ok && p != None {
				pkg = StrOf(p)
			} else if n, ok := g.GetStr("__name__"); ok {
				pkg = StrOf(n)
				if _, isPkg := g.GetStr("__path__"); !isPkg {
					if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
						pkg = pkg[:i]
					} else {
						pkg = ""
					}
				}
			}
		}
		if pkg == "" {
			panic(NewError(ImportErrorType, "attempted relative import with no known parent package"))
		}
		name = resolveRelative(name, pkg, level)
	} else if name == "" {
		panic(NewError(ValueErrorType, "Empty module name"))
	}
	var fromlist []string
	if a[3] != nil && a[3] != None {
		forEach(a[3], func(x Object) { fromlist = append(fromlist, StrOf(x)) })
	}
	if len(fromlist) > 0 {
		return ImportFromList(name, fromlist...)
	}
	m := ImportModule(name)
	if level == 0 {
		return ImportTop(name)
	}
	return m
}

func init() {
	builtin("__import__", builtinImport)
}
