package driver

import (
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/py2goasync/py2goasync/internal/resolve"
	pyruntime "github.com/py2goasync/py2goasync/runtime"
)

// A program links only the runtime's Go packages that its modules can
// import: every Go package of the runtime is initialised at start (its
// types, tables and hooks), so linking all of them (runtime/stdlib) cost
// every program the start-up, binary size and link time of ssl, net,
// crypto and asyncio. The set is the closure, over the runtime's own
// imports by name (py.Import("socket") in Go code), of
//   - the core packages, which the runtime needs whatever the program
//     imports (coreModules);
//   - the packages registering the runtime modules the program's modules
//     import (the resolver's graph);
//   - the packages whose after-import hooks patch a module the program
//     imports (py.AfterImport).
// Go imports between packages link the rest. A program whose code can
// import a module by a name known only at run time (eval, exec, compile,
// or __import__/importlib.import_module of a computed name in its own
// modules) links everything, as before; so does one reaching a library
// module that runs code it is given (doctest, pdb, runpy, code, ...),
// but not one of selfContainedEval.

// coreModules are the modules whose packages every program links: they set
// the core's hooks (py.OpenFunc and the standard streams, codecs'
// encode/decode, SIGINT's KeyboardInterrupt, weakrefs) or hold state
// CPython has at startup. TestCoreHooks checks that every package setting
// a hook is here.
var coreModules = []string{"sys", "_io", "_codecs", "signal", "_weakref"}

// runtimeIndex is what the runtime's Go source says about its modules.
type runtimeIndex struct {
	// names are the modules the runtime registers; fallback those that
	// give way to a host module of the same name.
	names, fallback map[string]bool
	// providers are, per module name, the packages (directories below
	// runtime/) registering it or hooking its import.
	providers map[string][]string
	// imports are, per package, the modules its Go code imports by name.
	imports map[string][]string
}

var (
	registerRE    = regexp.MustCompile(`Register(Lazy)?(Fallback)?Module\("([A-Za-z0-9_.]+)"`)
	afterImportRE = regexp.MustCompile(`AfterImport\("([A-Za-z0-9_.]+)"`)
	namedImportRE = regexp.MustCompile(`Import(?:Module)?\("([A-Za-z0-9_.]+)"\)`)

	runtimeIndexOnce sync.Once
	theRuntimeIndex  *runtimeIndex
)

// indexRuntime reads the runtime's Go source once.
func indexRuntime() *runtimeIndex {
	runtimeIndexOnce.Do(func() {
		x := &runtimeIndex{names: map[string]bool{"builtins": true}, fallback: map[string]bool{},
			providers: map[string][]string{}, imports: map[string][]string{}}
		runtimeGoFiles(func(f string, data []byte) {
			pkg := path.Dir(f)
			for _, m := range registerRE.FindAllSubmatch(data, -1) {
				name := string(m[3])
				x.names[name] = true
				if len(m[2]) > 0 {
					x.fallback[name] = true
				}
				x.providers[name] = appendNew(x.providers[name], pkg)
			}
			for _, m := range afterImportRE.FindAllSubmatch(data, -1) {
				x.providers[string(m[1])] = appendNew(x.providers[string(m[1])], pkg)
			}
			for _, m := range namedImportRE.FindAllSubmatch(data, -1) {
				x.imports[pkg] = appendNew(x.imports[pkg], string(m[1]))
			}
		})
		theRuntimeIndex = x
	})
	return theRuntimeIndex
}

// runtimeGoFiles calls fn with each Go file of the runtime (path below
// runtime/, not the tool's Python modules) and its source.
func runtimeGoFiles(fn func(path string, data []byte)) {
	files, _ := runtimeFiles()
	for _, f := range files {
		if !strings.HasSuffix(f, ".go") {
			continue
		}
		if data, err := pyruntime.Source.ReadFile(f); err == nil {
			fn(f, data)
		}
	}
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// RuntimeModules are the names of the modules the runtime writes in Go.
func RuntimeModules() map[string]bool { return indexRuntime().names }

// FallbackModules are the runtime's Go modules that give way to a module
// of the same name on the search path (the host's pure-Python one): they
// serve only programs built without a host library.
func FallbackModules() map[string]bool { return indexRuntime().fallback }

// allRuntimePackage links every module of the runtime.
const allRuntimePackage = runtimeModule + "/runtime/stdlib"

// runtimeLinks are the Go import paths of the runtime packages a program
// links (see the comment at the top of this file). imported are the
// modules its modules import (names no runtime package provides or hooks
// link nothing).
func runtimeLinks(imported []string, linkAll bool) []string {
	if linkAll {
		return []string{allRuntimePackage}
	}
	x := indexRuntime()
	linked := map[string]bool{"py": true}
	var todo []string
	var add func(name string)
	add = func(name string) {
		// Importing a.b.c imports a and a.b first.
		for i := 0; i <= len(name); i++ {
			if i < len(name) && name[i] != '.' {
				continue
			}
			for _, pkg := range x.providers[name[:i]] {
				if !linked[pkg] {
					linked[pkg] = true
					todo = append(todo, pkg)
				}
			}
		}
	}
	for _, name := range coreModules {
		add(name)
	}
	for _, name := range imported {
		add(name)
	}
	todo = append(todo, "py")
	for len(todo) > 0 {
		pkg := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		for _, name := range x.imports[pkg] {
			add(name)
		}
	}
	var out []string
	for pkg := range linked {
		if pkg != "py" { // main.go imports it by name
			out = append(out, runtimeModule+"/runtime/"+pkg)
		}
	}
	sort.Strings(out)
	return out
}

// linkedRuntime is runtimeLinks for a loaded program: the modules its
// graph reached, and whether any unit makes the set unknowable.
func (p *Program) linkedRuntime(units []*translated) []string {
	linkAll := false
	for _, t := range units {
		if t.unit.Kind == resolve.Program && t.unit.DynamicImport {
			linkAll = true
		}
		if needsEvaluator(t.src) && (t.unit.Kind == resolve.Program || !selfContainedEval[t.unit.Name]) {
			linkAll = true
		}
	}
	// Every module found counts, translated ones too: a runtime package
	// may hook a host module's import (collections' _collections_abc).
	var imported []string
	for name, m := range p.Graph.ByName {
		if m.Kind != resolve.Missing && m.Kind != resolve.Extension {
			imported = append(imported, name)
		}
	}
	sort.Strings(imported)
	return runtimeLinks(imported, linkAll)
}

// selfContainedEval are the library modules whose eval, exec and compile
// import nothing the graph does not show: they run code they generate
// (namedtuple's and dataclasses' methods), evaluate expressions
// (annotations, gettext's plural forms) or only compile (ast, dis). With
// them in the graph nearly every program (collections, typing) linked the
// whole runtime.
var selfContainedEval = map[string]bool{
	"collections": true, "dataclasses": true, "typing": true, "inspect": true,
	"ast": true, "dis": true, "gettext": true,
}

// isRuntimeImport reports whether a main.go import is a runtime package.
func isRuntimeImport(imp string) bool { return strings.HasPrefix(imp, runtimeModule+"/runtime/") }
