package driver

import (
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// hookRE finds Go code that plugs into the core: a package holding one is
// needed whatever the program imports, so it must provide a core module.
var hookRE = regexp.MustCompile(`(?m)^\s+py\.[A-Z][A-Za-z0-9]* = |py\.OnStart\(`)

func TestCoreHooks(t *testing.T) {
	x := indexRuntime()
	core := map[string]bool{}
	for _, name := range coreModules {
		if len(x.providers[name]) == 0 {
			t.Errorf("core module %s: no runtime package registers it", name)
		}
		for _, pkg := range x.providers[name] {
			core[pkg] = true
		}
	}
	// Hooks set only when the module is imported do not count.
	lazyHooks := map[string]bool{
		"stdlib/sys":     true, // CoroOriginDepth, by sys.set_coroutine_origin_tracking_depth
		"stdlib/inspect": true, // OnStart(link) when inspect is imported during Go init
		"asyncio":        true, // InterruptRunner: SIGINT for a Runner, which needs asyncio linked
		// TupleGetterType, by the setup of collections/_collections:
		// _tuplegetter objects exist only after it.
		"stdlib/collections": true,
	}
	runtimeGoFiles(func(f string, data []byte) {
		pkg := path.Dir(f)
		if pkg == "py" || pkg == "pyeval" || core[pkg] || lazyHooks[pkg] {
			return
		}
		if loc := hookRE.FindIndex(data); loc != nil {
			t.Errorf("%s sets a core hook (%q) but its package provides no core module: add one of its modules to coreModules", f, data[loc[0]:loc[1]])
		}
	})
}

func TestRuntimeLinks(t *testing.T) {
	rt := func(pkg string) string { return runtimeModule + "/runtime/" + pkg }
	plain := runtimeLinks(nil, false)
	for _, pkg := range []string{"stdlib/sys", "stdlib/io", "stdlib/codecsmod", "stdlib/signal", "stdlib/weakrefmod"} {
		if !slices.Contains(plain, rt(pkg)) {
			t.Errorf("a program importing nothing does not link %s: %v", pkg, plain)
		}
	}
	for _, pkg := range []string{"asyncio", "stdlib/ssl", "stdlib/json", allRuntimePackage} {
		if slices.Contains(plain, rt(pkg)) || slices.Contains(plain, pkg) {
			t.Errorf("a program importing nothing links %s", pkg)
		}
	}
	// asyncio's Go code imports socket by name (py.Import("socket")); a
	// submodule links its package's parents.
	async := runtimeLinks([]string{"asyncio.events"}, false)
	for _, pkg := range []string{"asyncio", "stdlib/socket"} {
		if !slices.Contains(async, rt(pkg)) {
			t.Errorf("asyncio.events does not link %s: %v", pkg, async)
		}
	}
	// Nor ssl (crypto/tls): only a program that can import it links it.
	if slices.Contains(async, rt("stdlib/ssl")) {
		t.Errorf("asyncio.events links stdlib/ssl: %v", async)
	}
	// An after-import hook links its package with the module it patches.
	if !slices.Contains(runtimeLinks([]string{"_collections_abc"}, false), rt("stdlib/collections")) {
		t.Errorf("_collections_abc does not link collections (its AfterImport hook)")
	}
	if got := runtimeLinks([]string{"json"}, true); !slices.Equal(got, []string{allRuntimePackage}) {
		t.Errorf("linkAll: %v", got)
	}
}

// computedImportRE finds Go code of the runtime importing a module whose
// name is not a string literal: the link set cannot see what it imports.
var computedImportRE = regexp.MustCompile(`\bImport(?:Module)?\(([^")][^)]*)\)`)

// computedImports are the files allowed such imports, with why the
// modules they can import are linked anyway.
var computedImports = map[string]string{
	"py/lang.go":                       "warnings, found linked (d.Name is a registered ModuleDef)",
	"py/module.go":                     "the import machinery itself (import statements, __import__)",
	"py/module_source.go":              "a package's submodules the resolver found",
	"asyncio/sslproto.go":              "ssl (importSSL): the resolver links it with asyncio.sslproto and the asyncio functions taking ssl (resolve's attrImports)",
	"asyncio/submodule_names.go":       `from("_thread"|"typing"|"os"): threading and os are asyncio's own named imports, typing an implicit import of asyncio.timeouts`,
	"stdlib/typing/typing.go":          "collections.abc and builtins: collections.abc is an implicit import of typing",
	"stdlib/impmod/impmod.go":          "a spec's module: the program's own dynamic import",
	"stdlib/importlib/importlib.go":    "importlib.import_module: the program's own dynamic import",
	"stdlib/sys/breakpoint.go":         "PYTHONBREAKPOINT's module, named at run time by the user",
	"stdlib/os/posix_names.go":         "collections.abc (cabcName), an implicit import of os",
	"stdlib/posix/more.go":             `tryImport("resource"), matched as a literal import`,
	"stdlib/internal/oracle/oracle.go": "a test helper",
}

func TestComputedImports(t *testing.T) {
	runtimeGoFiles(func(f string, data []byte) {
		for _, m := range computedImportRE.FindAllSubmatch(data, -1) {
			arg := string(m[1])
			if strings.HasPrefix(arg, "args") || strings.Contains(arg, " string") {
				continue // a declaration, not a call
			}
			if _, ok := computedImports[f]; !ok {
				t.Errorf("%s imports a computed module name (%s): make it a literal, or list the file in computedImports saying why what it imports is linked", f, m[0])
			}
		}
	})
}
