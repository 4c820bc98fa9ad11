package resolve

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Kind says where a module comes from.
type Kind int

const (
	// Program: the program's own files (the script's directory, PYTHONPATH).
	Program Kind = iota
	// Stdlib: the host's pure-Python standard library.
	Stdlib
	// Site: the host's site-packages (and the rest of its sys.path).
	Site
	// Runtime: a module the runtime implements in Go.
	Runtime
	// Extension: a C extension module on the host; it cannot be translated.
	Extension
	// Missing: not found anywhere.
	Missing
)

func (k Kind) String() string {
	return [...]string{"program", "host stdlib", "site-packages", "runtime", "C extension", "missing"}[k]
}

// Root is one sys.path entry.
type Root struct {
	Dir  string
	Kind Kind
}

// Module is a found module.
type Module struct {
	Name string
	Kind Kind
	// File is the absolute path of its source (or of the extension
	// module); "" for runtime modules and namespace packages.
	File string
	// Root is the sys.path entry it was found under.
	Root string
	// Rel is File relative to Root, slash-separated (for a namespace
	// package, its first directory).
	Rel     string
	Package bool
	// NSDirs are a namespace package's directories, relative to Root.
	NSDirs []string
}

// Translatable reports whether m is Python source the translator takes.
func (m *Module) Translatable() bool { return m.Kind <= Site }

// Finder resolves module names against a search path.
type Finder struct {
	Roots []Root
	// Runtime holds the names of the runtime's Go modules.
	Runtime map[string]bool
	// Builtin holds the names CPython finds before sys.path (its
	// built-in modules); a runtime module of such a name always wins.
	Builtin map[string]bool
	// Fallback holds the runtime modules that stand only where no root
	// has a module of that name (py.RegisterFallbackModule).
	Fallback map[string]bool
	// ExtSuffixes are the file suffixes of C extension modules.
	ExtSuffixes []string
	// Preloaded holds the modules CPython has imported before the
	// program's roots join sys.path (Host.Preloaded): never found there.
	Preloaded map[string]bool
	found     map[string]*Module
}

// goOnlyPackages are runtime packages whose submodules never come from the
// host: their pure-Python internals would run beside the Go ones.
var goOnlyPackages = map[string]bool{"asyncio": true, "concurrent": true}

// NewFinder builds the search path: the program's roots (the script's
// directory, then PYTHONPATH), the tool's own Python modules (toolDir, ""
// for none; they rank as standard library), then the host's path (nil
// without a host).
func NewFinder(programRoots []string, toolDir string, host *Host, runtime map[string]bool) *Finder {
	f := &Finder{Runtime: runtime, Builtin: map[string]bool{}, Preloaded: map[string]bool{}, found: map[string]*Module{}}
	for _, d := range programRoots {
		f.Roots = append(f.Roots, Root{d, Program})
	}
	if toolDir != "" {
		f.Roots = append(f.Roots, Root{toolDir, Stdlib})
	}
	if host != nil {
		for _, d := range host.Path {
			k := Site
			if d == host.Stdlib {
				k = Stdlib
			}
			f.Roots = append(f.Roots, Root{d, k})
		}
		for _, b := range host.Builtin {
			f.Builtin[b] = true
		}
		for _, p := range host.Preloaded {
			f.Preloaded[p] = true
		}
		f.ExtSuffixes = host.ExtSuffixes
	} else {
		// Without a host, the runtime's modules are the whole library.
		for n := range runtime {
			f.Builtin[n] = true
		}
	}
	return f
}

// Find resolves an absolute dotted module name; the result's Kind is
// Missing when it does not exist. Parents are resolved first, as CPython
// imports them first.
func (f *Finder) Find(name string) *Module {
	if m, ok := f.found[name]; ok {
		return m
	}
	m := f.find(name)
	f.found[name] = m
	return m
}

func (f *Finder) find(name string) *Module {
	missing := &Module{Name: name, Kind: Missing}
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		if f.Runtime[name] && f.Builtin[name] && !f.Fallback[name] {
			return &Module{Name: name, Kind: Runtime}
		}
		for _, r := range f.Roots {
			if r.Kind == Program && f.Preloaded[name] {
				continue
			}
			if r.Kind == Stdlib && f.Runtime[name] && !f.Fallback[name] {
				// The Go module stands where CPython's own module does.
				return &Module{Name: name, Kind: Runtime}
			}
			if m := f.findIn(name, name, r.Dir, r); m != nil {
				return m
			}
		}
		if f.Runtime[name] {
			return &Module{Name: name, Kind: Runtime}
		}
		return f.namespace(name)
	}
	parent := f.Find(name[:i])
	child := name[i+1:]
	switch parent.Kind {
	case Missing, Extension:
		return missing
	case Runtime:
		if f.Runtime[name] && (!f.Fallback[name] || goOnlyPackages[firstComponent(name)]) {
			return &Module{Name: name, Kind: Runtime}
		}
		if goOnlyPackages[firstComponent(name)] {
			return missing
		}
		// A Go module's submodules come from the host's package of that
		// name (urllib.request beside the Go urllib).
		rel := strings.ReplaceAll(name[:i], ".", "/")
		for _, r := range f.Roots {
			if r.Kind == Program {
				continue
			}
			if m := f.findIn(name, child, filepath.Join(r.Dir, rel), r); m != nil {
				return m
			}
		}
		if f.Runtime[name] {
			return &Module{Name: name, Kind: Runtime} // a fallback with no host module
		}
		return missing
	}
	if !parent.Package {
		return missing
	}
	var dirs []string
	if parent.File != "" {
		dirs = append(dirs, filepath.Dir(parent.File))
	}
	for _, d := range parent.NSDirs {
		dirs = append(dirs, filepath.Join(parent.Root, filepath.FromSlash(d)))
	}
	root := Root{parent.Root, parent.Kind}
	for _, d := range dirs {
		if m := f.findIn(name, child, d, root); m != nil {
			return m
		}
	}
	return f.namespaceIn(name, child, dirs, root)
}

// findIn looks for module child (full name name) in directory dir, which
// lies under root: a package, a source file or an extension module.
func (f *Finder) findIn(name, child, dir string, root Root) *Module {
	pkgInit := filepath.Join(dir, child, "__init__.py")
	if isFile(pkgInit) {
		return &Module{Name: name, Kind: root.Kind, File: pkgInit, Root: root.Dir, Rel: relSlash(root.Dir, pkgInit), Package: true}
	}
	src := filepath.Join(dir, child+".py")
	if isFile(src) {
		return &Module{Name: name, Kind: root.Kind, File: src, Root: root.Dir, Rel: relSlash(root.Dir, src)}
	}
	for _, suf := range f.ExtSuffixes {
		ext := filepath.Join(dir, child+suf)
		if isFile(ext) {
			if f.Runtime[name] {
				return &Module{Name: name, Kind: Runtime}
			}
			return &Module{Name: name, Kind: Extension, File: ext, Root: root.Dir}
		}
	}
	return nil
}

// namespace finds a top-level namespace package: the first root holding
// a directory of that name (without __init__.py) is its root; its portions
// are the directories of that name in every root.
func (f *Finder) namespace(name string) *Module {
	for _, r := range f.Roots {
		if isDir(filepath.Join(r.Dir, name)) {
			var dirs []string
			for _, r2 := range f.Roots {
				dirs = append(dirs, r2.Dir)
			}
			return f.namespaceIn(name, name, dirs, r)
		}
	}
	return &Module{Name: name, Kind: Missing}
}

// namespaceIn makes the namespace package child from the directories of
// that name under dirs, relative to root.
func (f *Finder) namespaceIn(name, child string, dirs []string, root Root) *Module {
	m := &Module{Name: name, Kind: root.Kind, Root: root.Dir, Package: true}
	for _, d := range dirs {
		if p := filepath.Join(d, child); isDir(p) {
			m.NSDirs = append(m.NSDirs, relSlash(root.Dir, p))
		}
	}
	if len(m.NSDirs) == 0 {
		return &Module{Name: name, Kind: Missing}
	}
	m.Rel = m.NSDirs[0]
	return m
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func relSlash(root, p string) string {
	r, err := filepath.Rel(root, p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	return filepath.ToSlash(r)
}

func firstComponent(name string) string {
	if i := strings.IndexByte(name, '.'); i >= 0 {
		return name[:i]
	}
	return name
}

// Names lists the modules found so far, sorted.
func (f *Finder) Names() []string {
	var out []string
	for n := range f.found {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
