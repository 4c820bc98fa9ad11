package driver

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/py2goasync/py2goasync/translate"
)

// EmitTo writes the program as one self-contained Go module into dir:
// go.mod, main.go, a package per module of the program under py/, one per
// module of the host's library under _pylib/ (Go module pylib), and the
// runtime's source under _runtime. go.mod replaces the runtime and pylib
// with those directories, so the module builds offline anywhere with
// nothing but Go. A go.work for this machine makes builds here reuse what
// Go compiled before (see emitWorkspace).
//
// Emitting into a directory emitted before rewrites only what changed and
// removes what the new translation no longer has (packages of modules the
// program stopped importing, runtime files of an older version).
//
// Nothing is written when the program does not translate, or when an
// output would overwrite one of the program's own source files. A new
// directory is written under a temporary name and renamed when complete;
// in an existing one every file is replaced whole (a temporary name
// renamed over it), and a failure removes the files it had created.
func (p *Program) EmitTo(dir string) error {
	units, err := p.translateAll()
	if err != nil {
		return err
	}
	if err := p.checkEmitTarget(dir); err != nil {
		return err
	}
	st, err := os.Stat(dir)
	switch {
	case err == nil && !st.IsDir():
		return fmt.Errorf("cannot create output directory %s: it exists and is not a directory", dir)
	case err == nil:
		before := emitSnapshot(dir)
		if err := p.emitInto(dir, units); err != nil {
			removeCreated(dir, before)
			return err
		}
		return nil
	}
	parent := filepath.Dir(filepath.Clean(dir))
	created, err := mkdirAllTracked(parent)
	if err != nil {
		return fmt.Errorf("cannot create output directory %s: %v", dir, unwrapPath(err))
	}
	fail := func(err error) error {
		if created != "" {
			os.RemoveAll(created)
		}
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return fail(fmt.Errorf("cannot create output directory %s: %v", dir, unwrapPath(err)))
	}
	if err := p.emitInto(tmp, units); err != nil {
		os.RemoveAll(tmp)
		return fail(err)
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		os.RemoveAll(tmp)
		return fail(err)
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		return fail(fmt.Errorf("cannot create output directory %s: %v", dir, unwrapPath(err)))
	}
	return nil
}

// emitInto writes the translated units as a Go module into dir.
func (p *Program) emitInto(dir string, units []*translated) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cannot create output directory %s: %v", dir, errors.Unwrap(err))
	}
	modPath := goModulePath(p.programName())
	var imports []string
	var progUnits, libUnits []*translated
	for _, t := range units {
		pkgDir := filepath.Join(dir, "py", t.dir)
		if isLib(t.unit) {
			libUnits = append(libUnits, t)
			imports = append(imports, "pylib/"+t.dir)
			pkgDir = filepath.Join(dir, "_pylib", t.dir)
		} else {
			progUnits = append(progUnits, t)
			imports = append(imports, modPath+"/py/"+t.dir)
		}
		if err := writeIfChanged(filepath.Join(pkgDir, "module.go"), t.src); err != nil {
			return err
		}
	}
	pruneEmitted(filepath.Join(dir, "py"), progUnits)
	pruneEmitted(filepath.Join(dir, "_pylib"), libUnits)
	sort.Strings(imports)
	imports = withEvaluator(imports, unitSources(units)...)
	imports = append(imports, p.linkedRuntime(units)...)
	if err := writeIfChanged(filepath.Join(dir, "main.go"), translate.MainPackage(imports, p.Root, p.hostStdlib())); err != nil {
		return err
	}
	var gomod string
	libMod := filepath.Join(dir, "_pylib", "go.mod")
	if len(libUnits) > 0 {
		gomod = fmt.Sprintf("module %s\n\ngo %s\n\nrequire (\n\t%s v0.0.0\n\tpylib v0.0.0\n)\n\nreplace %s => ./_runtime\n\nreplace pylib => ./_pylib\n",
			modPath, goVersion, runtimeModule, runtimeModule)
		if err := writeIfChanged(libMod, []byte(libGoMod())); err != nil {
			return err
		}
	} else {
		gomod = fmt.Sprintf("module %s\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => ./_runtime\n", modPath, goVersion, runtimeModule, runtimeModule)
		os.Remove(libMod)
		os.Remove(filepath.Dir(libMod)) // when empty
	}
	if err := writeIfChanged(filepath.Join(dir, "go.mod"), []byte(gomod)); err != nil {
		return err
	}
	if err := WriteRuntime(filepath.Join(dir, "_runtime")); err != nil {
		return err
	}
	return p.emitWorkspace(dir, libUnits)
}

// libGoMod is the go.mod of the Go module of the host's library modules.
func libGoMod() string {
	return fmt.Sprintf("module pylib\n\ngo %s\n\nrequire %s v0.0.0\n", goVersion, runtimeModule)
}

// emitWorkspace writes dir/go.work, which makes `go build` in dir compile
// the runtime and the host's library modules from their copies in
// py2goasync's cache (the ones build and run use) instead of dir/_runtime
// and dir/_pylib.
//
// Why: without -trimpath, Go's build cache keys a package's compilation by
// its directory, so a runtime under dir/_runtime is compiled anew (30 s to
// a minute) for every new output directory, and so are the library modules
// (argparse alone brings 250). The cache's copies have one path per
// runtime version and host library, so what Go compiled once — for any -o
// directory, or for `py2goasync build` or `run` — is reused, and `go build`
// in a new directory compiles only the program's own modules. The copies
// hold the same source.
//
// go.mod alone still builds the module from ./_runtime and ./_pylib: on
// another machine, or once the cache's copies are gone, `GOWORK=off go
// build` or deleting go.work builds it (go.work says so). Go's convention
// that go.work is a local, uncommitted file fits: it is this machine's
// build setting; go.mod is the module. Without a usable cache directory,
// no go.work is written.
func (p *Program) emitWorkspace(dir string, libUnits []*translated) error {
	work := filepath.Join(dir, "go.work")
	noWorkspace := func() error {
		// A go.work from an earlier emit may name another runtime.
		if err := os.Remove(work); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		return nil
	}
	cache, err := CacheDir()
	if err != nil {
		return noWorkspace()
	}
	rtDir, err := ensureRuntime(cache)
	if err != nil {
		return noWorkspace()
	}
	libDir := ""
	if len(libUnits) > 0 {
		libDir = filepath.Join(cache, "lib-"+libKey(p.Host))
		for _, t := range libUnits {
			if err := writeIfChanged(filepath.Join(libDir, t.dir, "module.go"), t.src); err != nil {
				return noWorkspace()
			}
		}
		if err := writeIfChanged(filepath.Join(libDir, "go.mod"), []byte(libGoMod())); err != nil {
			return noWorkspace()
		}
		now := time.Now()
		os.Chtimes(libDir, now, now) // recently used: kept by pruneCache
	}
	return writeIfChanged(work, []byte(workspaceFile(rtDir, libDir)))
}

// workspaceFile is the go.work of an emitted module whose runtime (and
// library, unless libDir is "") are compiled from py2goasync's cache.
func workspaceFile(rtDir, libDir string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `// Written by py2goasync. go build here compiles the runtime and the host's
// library modules from their copies in py2goasync's cache, whose paths are
// the same for every program, so that Go's build cache reuses what it
// compiled for other programs (a new directory builds in seconds). go.mod
// alone builds this module from ./_runtime and ./_pylib, the same source:
// where a directory below does not exist (another machine, a cleared
// cache), delete this file or build with GOWORK=off.

go %s

use .

replace %s => %s
`, goVersion, runtimeModule, modPathString(filepath.ToSlash(rtDir)))
	if libDir != "" {
		fmt.Fprintf(&b, "\nreplace pylib => %s\n", modPathString(filepath.ToSlash(libDir)))
	}
	return b.String()
}

// modPathString spells a path for go.mod and go.work: quoted when it holds
// characters their syntax does not allow bare.
func modPathString(p string) string {
	if p == "" || strings.Contains(p, "//") || strings.Contains(p, "/*") || strings.ContainsAny(p, " \"'`(),[]{}") {
		return strconv.Quote(p)
	}
	for _, r := range p {
		if !unicode.IsPrint(r) {
			return strconv.Quote(p)
		}
	}
	return p
}

// pruneEmitted removes, under an output directory's py/, the packages of
// modules the program no longer imports: directories holding only a
// module.go that py2goasync generated (anything else there is left alone).
func pruneEmitted(dir string, units []*translated) {
	keep := map[string]bool{}
	for _, t := range units {
		keep[t.dir] = true
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if keep[e.Name()] || !e.IsDir() {
			continue
		}
		pkg := filepath.Join(dir, e.Name())
		files, err := os.ReadDir(pkg)
		if err != nil || len(files) != 1 || files[0].Name() != "module.go" {
			continue
		}
		if isGenerated(filepath.Join(pkg, "module.go")) {
			os.RemoveAll(pkg)
		}
	}
}

// isGenerated reports whether a Go file starts with py2goasync's
// generated-code comment.
func isGenerated(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 64)
	n, _ := f.Read(head)
	return bytes.HasPrefix(head[:n], []byte("// Code generated by py2goasync"))
}
