package resolve

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/translate"
)

// Import is one module name a source file may import.
type Import struct {
	Name      string
	Line, Col int
	// Optional imports are the names of `from pkg import x` that may be
	// submodules (or just attributes): not finding them is no error.
	Optional bool
}

// Unit is one module of the program with its source.
type Unit struct {
	*Module
	Source []byte
	AST    *parser.Module
	// PkgName is the module's __package__ (where relative imports start).
	PkgName string
	Imports []Import
	// Err is set when the source does not parse (or is not readable).
	Err error
	// DynamicImport is set when the module calls __import__ or
	// importlib.import_module with a name computed at run time: the
	// program cannot know every module it imports.
	DynamicImport bool
	// MainOnly are the imports that run only when the module is the
	// program: those under its `if __name__ == "__main__":` blocks and in
	// its main-only functions (MainOnlyFuncs). They are followed for Main;
	// for another module only when the graph reaches runpy (which can run
	// any module as __main__) or another module names one of its main-only
	// functions. pickle's _test() would otherwise bring doctest, and with
	// it pdb, pydoc, email, ..., into every program using collections.
	MainOnly      []Import
	MainOnlyFuncs []string
	// mentions are the names the module's code mentions as attributes,
	// imported names or string constants, and "*mod" for a star import of
	// mod: what may reach a main-only function of a module it imports.
	mentions map[string]bool
	// RunAs is the main module's real name when it runs with -m.
	RunAs string
	// Warnings are, for the program's own modules, the warnings CPython
	// issues as it compiles the source (parser.ParseFileWarnings, then
	// parser.CompileWarnings); the host library's are compiled already
	// (their .pyc files) and do not warn.
	Warnings []parser.Warning
}

// Diagnostic is a build-time message about the program.
type Diagnostic struct {
	File      string // as the user should see it
	Line, Col int
	Msg       string
}

func (d Diagnostic) String() string {
	if d.Line == 0 {
		return fmt.Sprintf("%s: warning: %s", d.File, d.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: warning: %s", d.File, d.Line, d.Col, d.Msg)
}

// Graph is the program: its main module and every module it can import.
type Graph struct {
	Main  *Unit
	Units []*Unit // in the order they were found; Main first
	// ByName holds every module name looked up, found or not.
	ByName   map[string]*Module
	Warnings []Diagnostic
	// Edges lists, for each unit, the modules its imports resolved to.
	Edges  map[string][]string
	finder *Finder
	units  map[string]*Unit
	// implicitDone records the modules whose implicit imports were added.
	implicitDone map[string]bool
	// mainOnlyDone is set once every unit's MainOnly imports were added
	// (the graph reached runpy): later units add theirs as they parse.
	mainOnlyDone bool
	// displayName turns a file path into the path shown to the user.
	display func(string) string
}

// Entry says what to run.
type Entry struct {
	// Script is the main script's path; or
	Script string
	// Module is the package or module of `-m`.
	Module string
	// Display turns absolute paths into what the user typed.
	Display func(string) string
}

// Load finds every module the entry can import, parsing each.
func Load(e Entry, f *Finder) (*Graph, error) {
	g := &Graph{ByName: map[string]*Module{}, Edges: map[string][]string{}, finder: f, units: map[string]*Unit{}, implicitDone: map[string]bool{}, display: e.Display}
	if g.display == nil {
		g.display = func(s string) string { return s }
	}
	var main *Unit
	switch {
	case e.Script != "":
		root := f.Roots[0].Dir
		rel := relSlash(root, e.Script)
		m := &Module{Name: "__main__", Kind: Program, File: e.Script, Root: root, Rel: rel}
		src, err := os.ReadFile(e.Script)
		if err != nil {
			return nil, err
		}
		main = &Unit{Module: m, Source: src}
	default:
		m := f.Find(e.Module)
		if m.Kind == Missing {
			return nil, fmt.Errorf("No module named %s", e.Module)
		}
		if !m.Translatable() {
			return nil, fmt.Errorf("module %s is %s, not Python source", e.Module, m.Kind)
		}
		mainName := e.Module
		if m.Package {
			mainName = e.Module + ".__main__"
			mm := f.Find(mainName)
			if mm.Kind == Missing {
				return nil, fmt.Errorf("No module named %s; '%s' is a package and cannot be directly executed", mainName, e.Module)
			}
			m = mm
			// runpy imports the package before running its __main__.
		}
		src, err := os.ReadFile(m.File)
		if err != nil {
			return nil, err
		}
		mainMod := *m
		mainMod.Name = "__main__"
		main = &Unit{Module: &mainMod, Source: src, RunAs: mainName}
		pkg := mainName[:max(strings.LastIndexByte(mainName, '.'), 0)]
		main.PkgName = pkg
		if pkg != "" {
			g.addImport(main, Import{Name: pkg})
		}
	}
	g.Main = main
	g.parse(main)
	g.Units = append(g.Units, main)
	g.units["__main__"] = main
	// Breadth first: every unit's imports, then theirs.
	for i := 0; i < len(g.Units); i++ {
		u := g.Units[i]
		for j := 0; j < len(u.Imports); j++ { // visiting may add implicit imports
			g.visit(u, u.Imports[j])
		}
		if i == len(g.Units)-1 {
			g.followMainOnly()
		}
	}
	return g, nil
}

func (g *Graph) addImport(u *Unit, imp Import) { u.Imports = append(u.Imports, imp) }

// followMainOnly visits the MainOnly imports that may run after all: every
// unit's once the graph reaches runpy, and a unit's when it or a module
// importing it mentions one of its main-only functions (or star-imports
// it: a public one).
func (g *Graph) followMainOnly() {
	all := !g.mainOnlyDone && g.units["runpy"] != nil
	if all {
		g.mainOnlyDone = true
	}
	for _, u := range g.Units {
		if len(u.MainOnly) == 0 {
			continue
		}
		if !all && !g.mainOnlyReached(u) {
			continue
		}
		imps := u.MainOnly
		u.MainOnly, u.MainOnlyFuncs = nil, nil
		for _, imp := range imps {
			u.Imports = append(u.Imports, imp)
			g.visit(u, imp)
		}
	}
}

// mainOnlyReached reports whether u or a unit importing it mentions one of
// u's main-only functions.
func (g *Graph) mainOnlyReached(u *Unit) bool {
	if len(u.MainOnlyFuncs) == 0 {
		return false // a main block runs only as __main__
	}
	for _, v := range g.Units {
		if v != u && !slices.Contains(g.Edges[v.Name], u.Name) {
			continue
		}
		if v.mentions["*"+u.Name] {
			return true
		}
		for _, f := range u.MainOnlyFuncs {
			if v.mentions[f] {
				return true
			}
		}
	}
	return false
}

// visit resolves one import of u (and its parents), adding new units.
func (g *Graph) visit(u *Unit, imp Import) {
	parts := strings.Split(imp.Name, ".")
	for i := range parts {
		name := strings.Join(parts[:i+1], ".")
		m := g.finder.Find(name)
		last := i == len(parts)-1
		if m.Kind == Missing && last && imp.Optional {
			return // `from pkg import name` of an attribute
		}
		g.ByName[name] = m
		switch m.Kind {
		case Missing:
			if !(last && imp.Optional) && u.Kind == Program {
				g.warn(u, imp, fmt.Sprintf("no module named '%s'; importing it raises ModuleNotFoundError", name))
			}
			return
		case Extension:
			if u.Kind == Program {
				g.warn(u, imp, fmt.Sprintf("'%s' is a C extension module (%s), which cannot be translated; importing it raises ModuleNotFoundError", name, m.File))
			}
			return
		}
		g.edge(u.Name, name)
		if _, ok := implicitImports[name]; ok && !g.implicitDone[name] {
			g.implicitDone[name] = true
			g.expandImplicit(u, name)
		}
		if m.Translatable() && g.units[name] == nil {
			nu := &Unit{Module: m}
			if m.File != "" {
				src, err := os.ReadFile(m.File)
				if err != nil {
					nu.Err = err
				}
				nu.Source = src
			}
			nu.PkgName = name
			if !m.Package {
				nu.PkgName = name[:max(strings.LastIndexByte(name, '.'), 0)]
			}
			g.units[name] = nu
			g.Units = append(g.Units, nu)
			g.parse(nu)
		}
	}
}

func (g *Graph) edge(from, to string) {
	if from == to {
		return
	}
	for _, x := range g.Edges[from] {
		if x == to {
			return
		}
	}
	g.Edges[from] = append(g.Edges[from], to)
}

func (g *Graph) warn(u *Unit, imp Import, msg string) {
	g.Warnings = append(g.Warnings, Diagnostic{File: g.display(u.File), Line: imp.Line, Col: imp.Col, Msg: msg})
}

// implicitImports are modules that importing a module brings in although no
// import statement names them: CPython imports the encodings package at
// startup and its codecs by name at run time (codecs.lookup), so a program
// using codecs links the whole package.
//
// Runtime Go modules that build on the tool's own Python modules
// (runtime/python) or on host-library ones (collections.abc is
// _collections_abc.py; os's Mapping comes from it) name them here too.
var implicitImports = map[string][]string{
	"codecs":          {"encodings", "encodings.*"},
	"_codecs":         {"encodings", "encodings.*"},
	"collections":     {"_collections_user", "collections.abc"},
	"collections.abc": {"_collections_abc"},
	// os's Mapping and MutableMapping come from _collections_abc (from
	// the runtime's collections.abc without a host library): not the
	// collections package, whose imports bring typing, inspect, ...
	"os":                 {"_collections_abc|collections.abc", "_os_extras"},
	"typing":             {"collections.abc"},
	"threading":          {"_threading_timer"},
	"concurrent.futures": {"_concurrent_futures_extras"},
	"inspect":            {"_inspect_signature"},
	"asyncio.timeouts":   {"typing"},
	// Its module imports ssl, which asyncio's Go code imports by a name
	// the runtime's link set does not read (see attrImports).
	"asyncio.sslproto": {"ssl"},
	// _datetime hands out the classes of another run of datetime.py.
	"_datetime": {"datetime"},
	// Their enums are the enum module's classes (the host's enum.py,
	// which takes the Go enum's place: enum.NewClass).
	"re":     {"enum"},
	"signal": {"enum"},
	"ssl":    {"enum", "socket"}, // ssl.socket and friends are socket.py's
	// sysconfig imports its build data by a computed name
	// (_sysconfigdata_{abiflags}_{platform}_{multiarch}): every such module
	// beside sysconfig.py is linked.
	"sysconfig": {"_sysconfigdata_*"},
}

// attrImports are modules that a Go function imports when it is called,
// keyed by the function's name: a module that names the function (time.strptime,
// from time import strptime) links the module. Linking it with every
// import of time would translate datetime, calendar and locale for any
// program that sleeps. ssl.cert_time_to_seconds parses with time.strptime.
var attrImports = map[string]string{
	"strptime": "_strptime", "cert_time_to_seconds": "_strptime",
	// asyncio.format_helpers.extract_stack walks the stack with traceback;
	// importlib.util.decode_source reads the coding cookie with tokenize;
	// a namespace package's resource reader is importlib.readers'.
	"extract_stack": "traceback", "decode_source": "tokenize", "get_resource_reader": "importlib.readers",
	// asyncio's TLS transports: CPython's asyncio imports ssl at start,
	// the runtime's only where a program can use TLS (which links
	// crypto/tls). These are the functions taking an ssl argument (ssl=True
	// makes a context with ssl.create_default_context without the program
	// importing ssl) and the module asyncio.sslproto.
	"open_connection": "ssl", "start_server": "ssl", "open_unix_connection": "ssl", "start_unix_server": "ssl",
	"create_connection": "ssl", "create_server": "ssl", "create_unix_connection": "ssl", "create_unix_server": "ssl",
	"connect_accepted_socket": "ssl", "start_tls": "ssl", "sslproto": "ssl",
}

// expandImplicit adds the implicit imports of name to u.
func (g *Graph) expandImplicit(u *Unit, name string) {
	for _, imp := range implicitImports[name] {
		if pkg, ok := strings.CutSuffix(imp, ".*"); ok {
			m := g.finder.Find(pkg)
			if m.Kind > Site || !m.Package || m.File == "" {
				continue
			}
			entries, _ := os.ReadDir(filepath.Dir(m.File))
			for _, e := range entries {
				n := e.Name()
				if mod, ok := strings.CutSuffix(n, ".py"); ok && mod != "__init__" && !e.IsDir() {
					g.addImport(u, Import{Name: pkg + "." + mod, Optional: true})
				}
			}
			continue
		}
		if prefix, ok := strings.CutSuffix(imp, "*"); ok {
			// Top-level modules named prefix* in the directory of name.
			m := g.finder.Find(name)
			if m.Kind > Site || m.Package || m.File == "" {
				continue
			}
			entries, _ := os.ReadDir(filepath.Dir(m.File))
			for _, e := range entries {
				n := e.Name()
				if mod, ok := strings.CutSuffix(n, ".py"); ok && strings.HasPrefix(mod, prefix) && !e.IsDir() {
					g.addImport(u, Import{Name: mod, Optional: true})
				}
			}
			continue
		}
		if first, rest, ok := strings.Cut(imp, "|"); ok {
			// Alternatives: the first that is found.
			imp = rest
			if g.finder.Find(first).Kind != Missing {
				imp = first
			}
		}
		g.addImport(u, Import{Name: imp, Optional: true})
	}
}

// parse parses a unit and collects its imports.
func (g *Graph) parse(u *Unit) {
	if u.File == "" || u.Err != nil {
		return // a namespace package has no source
	}
	mod, warns, err := parser.ParseFileWarnings(u.File, u.Source)
	if err != nil {
		u.Err = err
		return
	}
	u.AST = mod
	imports, mainOnly, funcs, dynamic := importsOf(mod, u.PkgName)
	u.Imports = append(u.Imports, imports...)
	if u.Name == "__main__" || g.mainOnlyDone {
		u.Imports = append(u.Imports, mainOnly...)
	} else {
		u.MainOnly, u.MainOnlyFuncs = mainOnly, funcs
	}
	u.mentions = mentions(mod, u.PkgName)
	u.DynamicImport = dynamic
	if u.Kind == Program {
		u.Warnings = append(warns, parser.CompileWarnings(mod)...)
		if len(u.Warnings) > 0 {
			// The module issues them through the warnings module.
			u.Imports = append(u.Imports, Import{Name: "warnings"})
		}
	}
}

// importsOf lists the modules a module's code may import: import
// statements anywhere, and importlib.import_module / __import__ of
// string literals. dynamic reports a call of those with another name.
// mainOnly are the imports inside module-level `if __name__ == "__main__":`
// blocks (their else branches count as the rest of the module) and in
// the main-only functions funcs (mainOnlyFuncs).
func importsOf(mod *parser.Module, pkg string) (out, mainOnly []Import, funcs []string, dynamic bool) {
	guarded := map[parser.StmtNode]bool{}
	for _, st := range mod.Body {
		if x, ok := st.(*parser.If); ok && isMainGuard(x.Test) {
			for _, b := range x.Body {
				guarded[b] = true
			}
		}
	}
	funcs = mainOnlyFuncs(mod)
	for _, st := range mod.Body {
		if f, ok := st.(*parser.FunctionDef); ok && slices.Contains(funcs, f.Name) {
			for _, b := range f.Body {
				guarded[b] = true
			}
		}
	}
	inGuard := 0 // > 0 while walking a guarded statement
	add := func(n parser.Node, name string, optional bool) {
		if name == "" {
			return
		}
		p := n.(parser.Positioned).Position()
		imp := Import{Name: name, Line: p.Lineno, Col: p.ColOffset + 1, Optional: optional}
		if inGuard > 0 {
			mainOnly = append(mainOnly, imp)
		} else {
			out = append(out, imp)
		}
	}
	// Module-level names bound to a string constant, for
	// import_fresh_module(TESTS) (test_datetime's).
	consts := map[string]string{}
	for _, st := range mod.Body {
		if a, ok := st.(*parser.Assign); ok && len(a.Targets) == 1 {
			if nm, ok := a.Targets[0].(*parser.Name); ok {
				if k, ok := a.Value.(*parser.Constant); ok {
					if s, ok := k.Value.(string); ok {
						consts[nm.Id] = s
					}
				}
			}
		}
	}
	var visit func(n parser.Node) bool
	visit = func(n parser.Node) bool {
		if st, ok := n.(parser.StmtNode); ok && guarded[st] && inGuard == 0 {
			inGuard++
			parser.Inspect(n, visit)
			inGuard--
			return false
		}
		switch x := n.(type) {
		case *parser.Import:
			for _, a := range x.Names {
				add(x, a.Name, false)
			}
		case *parser.ImportFrom:
			base, _, ok := translate.ResolveRelative(pkg, x.Level, x.Module)
			if !ok {
				return true
			}
			add(x, base, false)
			for _, a := range x.Names {
				if a.Name != "*" {
					add(x, base+"."+a.Name, true)
				}
				if m := attrImports[a.Name]; m != "" {
					add(x, m, true)
				}
			}
		case *parser.Attribute:
			if m := attrImports[x.Attr]; m != "" {
				add(x, m, true)
			}
		case *parser.Call:
			if lit, isImport := literalImport(x); lit != "" {
				add(x, lit, false)
			} else if isImport {
				dynamic = true
			} else if fresh := freshImport(x, consts); fresh != "" {
				add(x, fresh, true)
			}
		}
		return true
	}
	parser.Inspect(mod, visit)
	return out, mainOnly, funcs, dynamic
}

// mainOnlyFuncs are the module's main-only functions: module-level
// functions (`def _test():`, undecorated, defined once) that the module's
// code names inside its main blocks and nowhere else but themselves, nor
// in a string. Another module can still reach one through the module
// object; the graph checks the mentions of the modules importing it for
// that. A computed name (globals()[name], getattr(module, name)) is not
// followed: such a call of heapq's or pickle's test driver would raise
// ModuleNotFoundError for doctest.
func mainOnlyFuncs(mod *parser.Module) []string {
	defs := map[string]*parser.FunctionDef{}
	for _, st := range mod.Body {
		switch x := st.(type) {
		case *parser.FunctionDef:
			dunder := strings.HasPrefix(x.Name, "__") && strings.HasSuffix(x.Name, "__")
			if _, twice := defs[x.Name]; !dunder && len(x.DecoratorList) == 0 && !twice {
				defs[x.Name] = x
			} else {
				defs[x.Name] = nil
			}
		case *parser.AsyncFunctionDef:
			defs[x.Name] = nil
		}
	}
	var guards []parser.StmtNode
	for _, st := range mod.Body {
		if x, ok := st.(*parser.If); ok && isMainGuard(x.Test) {
			guards = append(guards, x)
		}
	}
	used := map[string]bool{}      // outside the main blocks
	guardUsed := map[string]bool{} // inside them
	var walk func(owner string) func(parser.Node) bool
	walk = func(owner string) func(parser.Node) bool {
		return func(n parser.Node) bool {
			switch x := n.(type) {
			case *parser.Name:
				if x.Id != owner {
					used[x.Id] = true
				}
			case *parser.Constant:
				if s, ok := x.Value.(string); ok {
					used[s] = true
				}
			}
			return true
		}
	}
	for _, st := range guards {
		parser.Inspect(st, func(n parser.Node) bool {
			if x, ok := n.(*parser.Name); ok {
				guardUsed[x.Id] = true
			}
			return true
		})
	}
	for _, st := range mod.Body {
		if slices.Contains(guards, st) {
			continue
		}
		owner := ""
		if f, ok := st.(*parser.FunctionDef); ok && defs[f.Name] != nil {
			owner = f.Name // its own recursion does not count
		}
		parser.Inspect(st, walk(owner))
	}
	var out []string
	for name, f := range defs {
		if f != nil && guardUsed[name] && !used[name] {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// mentions are the names mod mentions other than as its own variables:
// attributes, imported names and string constants; "*mod" for a star
// import of mod.
func mentions(mod *parser.Module, pkg string) map[string]bool {
	seen := map[string]bool{}
	parser.Inspect(mod, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Attribute:
			seen[x.Attr] = true
		case *parser.ImportFrom:
			for _, a := range x.Names {
				seen[a.Name] = true
				if a.Name == "*" {
					if base, _, ok := translate.ResolveRelative(pkg, x.Level, x.Module); ok {
						seen["*"+base] = true
					}
				}
			}
		case *parser.Constant:
			if s, ok := x.Value.(string); ok {
				seen[s] = true
			}
		}
		return true
	})
	return seen
}

// isMainGuard reports whether test is `__name__ == "__main__"` (either
// way round).
func isMainGuard(test parser.ExprNode) bool {
	c, ok := test.(*parser.Compare)
	if !ok || len(c.Ops) != 1 || c.Ops[0] != parser.Eq {
		return false
	}
	isName := func(e parser.ExprNode) bool {
		n, ok := e.(*parser.Name)
		return ok && n.Id == "__name__"
	}
	isMain := func(e parser.ExprNode) bool {
		k, ok := e.(*parser.Constant)
		return ok && k.Value == "__main__"
	}
	l, r := c.Left, c.Comparators[0]
	return isName(l) && isMain(r) || isMain(l) && isName(r)
}

// literalImport is the module name of importlib.import_module("m") or
// __import__("m"); isImport reports a call of either, whatever its
// argument. Any X.import_module counts: test.support's
// import_helper.import_module("zlib") imports as importlib's does.
func literalImport(c *parser.Call) (name string, isImport bool) {
	var fn string
	switch f := c.Func.(type) {
	case *parser.Name:
		fn = f.Id
	case *parser.Attribute:
		fn = f.Attr
	}
	if fn != "__import__" && fn != "import_module" {
		return "", false
	}
	if len(c.Args) == 0 {
		return "", true
	}
	k, ok := c.Args[0].(*parser.Constant)
	if !ok {
		return "", true
	}
	s, ok := k.Value.(string)
	if !ok {
		return "", true
	}
	if strings.HasPrefix(s, ".") {
		// A relative name: import_module(".mod", package) names a module
		// of the program's (its package is a runtime value).
		return "", true
	}
	return s, true
}

// freshImport is the module name of test.support.import_helper's
// import_fresh_module(name, ...), given as a string literal or a
// module-level name bound to one (consts).
func freshImport(c *parser.Call, consts map[string]string) string {
	var fn string
	switch f := c.Func.(type) {
	case *parser.Name:
		fn = f.Id
	case *parser.Attribute:
		fn = f.Attr
	}
	if fn != "import_fresh_module" || len(c.Args) == 0 {
		return ""
	}
	var s string
	switch a := c.Args[0].(type) {
	case *parser.Constant:
		s, _ = a.Value.(string)
	case *parser.Name:
		s = consts[a.Id]
	}
	if strings.HasPrefix(s, ".") {
		return ""
	}
	return s
}
