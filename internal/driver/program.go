package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/py2goasync/py2goasync/internal/resolve"
	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/translate"
)

// Config says what program to build and how.
type Config struct {
	// Script is the main script, or a directory holding __main__.py.
	Script string
	// Module is the module or package of `-m` (Script is then empty).
	Module string
	// Python is the host interpreter (--python); NoHost forbids one.
	Python string
	NoHost bool
	// Strict turns warnings into errors.
	Strict bool
	// Stderr receives warnings and progress lines (nil: discarded).
	Stderr io.Writer
	// GoFlags are extra flags for go build (-race, -ldflags=..., -tags=...).
	GoFlags []string
	// Dir is the directory the command runs in (default: the process's);
	// relative paths, -m and the paths shown to the user start there.
	Dir string
}

// dir is the working directory of the build.
func (c *Config) dir() string {
	if c.Dir != "" {
		return c.Dir
	}
	wd, _ := os.Getwd()
	return wd
}

// abs makes a path absolute from the build's working directory.
func (c *Config) abs(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(c.dir(), p)
}

func (c *Config) stderr() io.Writer {
	if c.Stderr == nil {
		return io.Discard
	}
	return c.Stderr
}

// Program is a loaded program: every module it can import, parsed.
type Program struct {
	cfg   Config
	Host  *resolve.Host
	Graph *resolve.Graph
	// Root is the program's root directory (sys.path[0]).
	Root string
	// roots are the program's search directories (Root, then PYTHONPATH).
	roots []string
}

// Load finds the host Python and every module the program can import.
func Load(cfg Config) (*Program, error) {
	p := &Program{cfg: cfg}
	var script string
	switch {
	case cfg.Module != "":
		p.Root = cfg.dir()
	default:
		abs := cfg.abs(cfg.Script)
		st, err := os.Stat(abs)
		if err != nil {
			return nil, fmt.Errorf("cannot open %s: %v", cfg.Script, errors.Unwrap(err))
		}
		if st.IsDir() {
			p.Root = abs
			script = filepath.Join(abs, "__main__.py")
			if _, err := os.Stat(script); err != nil {
				return nil, fmt.Errorf("can't find '__main__' module in '%s'", cfg.Script)
			}
		} else {
			p.Root = filepath.Dir(abs)
			script = abs
		}
	}
	p.roots = []string{p.Root}
	for _, d := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
		if d == "" {
			continue
		}
		p.roots = append(p.roots, cfg.abs(d))
	}
	if !cfg.NoHost {
		cache, _ := CacheDir()
		h, err := resolve.FindHost(cfg.Python, cache, func(w string) { fmt.Fprintln(cfg.stderr(), "py2goasync: warning: "+w) })
		if err != nil && !errors.Is(err, resolve.ErrNoHost) {
			return nil, err
		}
		p.Host = h
	}
	toolDir := ""
	if cache, err := CacheDir(); err == nil {
		rt, err := ensureRuntime(cache)
		if err != nil {
			return nil, err
		}
		toolDir = filepath.Join(rt, "runtime", toolPythonDir)
	}
	finder := resolve.NewFinder(p.roots, toolDir, p.Host, RuntimeModules())
	finder.Fallback = FallbackModules()
	g, err := resolve.Load(resolve.Entry{Script: script, Module: cfg.Module, Display: p.display}, finder)
	if err != nil {
		return nil, err
	}
	p.Graph = g
	// Syntax errors in the program's own modules stop the build; in the
	// host's, the module raises when imported.
	var syn parser.ErrorList
	for _, u := range g.Units {
		if u.Err != nil && u.Kind == resolve.Program {
			var el parser.ErrorList
			var se *parser.SyntaxError
			switch {
			case errors.As(u.Err, &el):
				syn = append(syn, el...)
			case errors.As(u.Err, &se):
				syn = append(syn, se)
			default:
				return nil, u.Err
			}
		}
	}
	if len(syn) > 0 {
		return nil, syn
	}
	return p, nil
}

// display is the path of a file as the user should see it: relative to
// the current directory when under it (as typed, usually).
func (p *Program) display(path string) string {
	if r, err := filepath.Rel(p.cfg.dir(), path); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}

// Warnings are the build-time diagnostics about the program's imports.
func (p *Program) Warnings() []resolve.Diagnostic { return p.Graph.Warnings }

// hostStdlib is the host's pure-Python library directory, "" without a
// host.
func (p *Program) hostStdlib() string {
	if p.Host == nil {
		return ""
	}
	return p.Host.Stdlib
}

// unitOptions are the translator's options for a unit.
func (p *Program) unitOptions(u *resolve.Unit) translate.Options {
	o := translate.Options{Filename: u.Rel, Module: u.Name, Package: u.PkgName, IsPackage: u.Module.Package && u.Name != "__main__", RunAs: u.RunAs}
	if u.Kind != resolve.Program || u.Root != p.Root {
		o.Root = u.Root
	}
	o.Lazy = isLib(u)
	return o
}

// isLib reports whether a unit's package is shared between programs (the
// host's library, translated once per tool version).
func isLib(u *resolve.Unit) bool { return u.Kind == resolve.Stdlib || u.Kind == resolve.Site }

// translated is a unit's Go package.
type translated struct {
	unit *resolve.Unit
	// dir is the package's directory below its Go module's root, and the
	// last part of its import path.
	dir string
	src []byte
}

// translateAll translates every unit. Unsupported constructs and syntax
// errors in the host's modules make those modules raise ImportError when
// imported (a warning says so); in the program's own, they are errors.
func (p *Program) translateAll() ([]*translated, error) {
	var out []*translated
	var errs translate.UnsupportedError
	slow := progress(p.cfg.stderr(), fmt.Sprintf("translating %d modules", len(p.Graph.Units)))
	defer slow.done()
	for _, u := range p.Graph.Units {
		opts := p.unitOptions(u)
		opts.GoPackage = translate.GoPackageName(u.Name)
		var src []byte
		var err error
		switch {
		case u.Err != nil:
			msg := fmt.Sprintf("py2goasync could not translate module %s: %v", u.Name, u.Err)
			p.Graph.Warnings = append(p.Graph.Warnings, resolve.Diagnostic{File: p.display(u.File), Msg: fmt.Sprintf("module %s cannot be translated (%v); importing it raises ImportError", u.Name, u.Err)})
			src = translate.FailingModule(opts, msg)
		case u.File == "":
			src = translate.NamespaceModule(opts, u.NSDirs)
		default:
			src, err = cachedTranslate(u, opts)
		}
		if err != nil {
			var uns translate.UnsupportedError
			if !errors.As(err, &uns) {
				return nil, err
			}
			for i := range uns {
				uns[i].File = p.display(u.File)
			}
			if u.Kind == resolve.Program {
				errs = append(errs, uns...)
				continue
			}
			p.Graph.Warnings = append(p.Graph.Warnings, resolve.Diagnostic{File: p.display(u.File), Line: uns[0].Line, Col: uns[0].Col,
				Msg: fmt.Sprintf("module %s uses what py2goasync does not support (%s); importing it raises ImportError", u.Name, uns[0].What)})
			src = translate.FailingModule(opts, fmt.Sprintf("py2goasync could not translate module %s: %s", u.Name, uns[0].String()))
		}
		if u.Kind == resolve.Program && u.AST != nil {
			for _, d := range translate.Divergences(u.AST) {
				p.Graph.Warnings = append(p.Graph.Warnings, resolve.Diagnostic{File: p.display(u.File), Line: d.Line, Col: d.Col, Msg: d.What})
			}
		}
		out = append(out, &translated{unit: u, dir: u.Name, src: src})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return out, nil
}

// translatorVersion changes whenever the translator's output changes for
// the same input; it keys the translation cache with the runtime's hash.
const translatorVersion = "modules-1"

// cachedTranslate translates a unit, reusing an earlier translation of the
// same source with the same options.
func cachedTranslate(u *resolve.Unit, opts translate.Options) ([]byte, error) {
	rt, err := RuntimeHash()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%+v\x00", translatorVersion, rt, toolID(), opts)
	h.Write(u.Source)
	key := hex.EncodeToString(h.Sum(nil))[:32]
	cache, cerr := CacheDir()
	var file string
	if cerr == nil {
		file = filepath.Join(cache, "translated", key[:2], key+".go")
		if data, err := os.ReadFile(file); err == nil {
			now := time.Now()
			os.Chtimes(file, now, now) // recently used: kept by pruneTranslations
			return data, nil
		}
	}
	if u.AST == nil {
		return nil, fmt.Errorf("internal error: module %s was not parsed", u.Name)
	}
	if errs := parser.Check(u.AST, u.File); len(errs) > 0 {
		return nil, errs
	}
	opts.Warnings = u.Warnings
	src, err := translate.Translate(u.AST, u.Source, opts)
	if err != nil {
		return nil, err
	}
	if file != "" {
		writeAtomic(file, src)
	}
	return src, nil
}

// toolID identifies how this build of py2goasync translates: the parser's
// and the translator's code (embedded in them), so translations cached by a
// build that translates the same way are reused, whatever else changed in
// the tool (or in a test binary).
func toolID() string {
	return parser.SourceHash() + translate.SourceHash()
}

// writeAtomic writes a file through a temporary name, so that concurrent
// builds never read half of it.
func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	// CreateTemp makes the file private; these are ordinary source files
	// (in an -o directory, the user's), readable as os.WriteFile makes them.
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// writeIfChanged writes a file unless it already has that content.
func writeIfChanged(path string, data []byte) error {
	if old, err := os.ReadFile(path); err == nil && string(old) == string(data) {
		return nil
	}
	return writeAtomic(path, data)
}

// slowStep prints a progress line when a step takes more than a second.
type slowStep struct {
	timer *time.Timer
}

func progress(w io.Writer, what string) *slowStep {
	if w == io.Discard {
		return &slowStep{}
	}
	return &slowStep{timer: time.AfterFunc(time.Second, func() { fmt.Fprintf(w, "py2goasync: %s...\n", what) })}
}

func (s *slowStep) done() {
	if s.timer != nil {
		s.timer.Stop()
	}
}

// goModulePath is the Go module path of an emitted program: its name, so
// that `go build` names the executable after it.
func goModulePath(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-':
			b.WriteRune(r)
		default:
			b.WriteRune('_')
		}
	}
	if b.Len() == 0 {
		return "pyprog"
	}
	return b.String()
}

// programName is the name the executable gets.
func (p *Program) programName() string {
	if p.cfg.Module != "" {
		return DefaultBinaryName(strings.ReplaceAll(p.cfg.Module, ".", "_"))
	}
	if st, err := os.Stat(p.cfg.Script); err == nil && st.IsDir() {
		return filepath.Base(p.Root)
	}
	return DefaultBinaryName(p.cfg.Script)
}

// manifest records what a cached build was made from, so an unchanged
// program runs without looking at its sources again.
type manifest struct {
	Key   string
	Files []stamp // every source file of the program
	Dirs  []stamp // every directory a module was searched in
	Bin   string
	// Main is the main module's file.
	Main string
}

type stamp struct {
	Path string
	Size int64
	Mod  int64
}

func stampOf(path string) stamp {
	st, err := os.Stat(path)
	if err != nil {
		return stamp{Path: path, Size: -1}
	}
	return stamp{Path: path, Size: st.Size(), Mod: st.ModTime().UnixNano()}
}

func (m *manifest) fresh(key string) bool {
	if m.Key != key {
		return false
	}
	for _, list := range [][]stamp{m.Files, m.Dirs} {
		for _, s := range list {
			if stampOf(s.Path) != s {
				return false
			}
		}
	}
	_, err := os.Stat(m.Bin)
	return err == nil
}

// buildKey identifies a build request: the same key and unchanged files
// mean the same binary.
func buildKey(cfg Config) (string, error) {
	rt, err := RuntimeHash()
	if err != nil {
		return "", err
	}
	wd := cfg.dir()
	script := cfg.Script
	if script != "" {
		script = cfg.abs(script)
	}
	x, _ := goExperiment()
	k := fmt.Sprintf("%s|%s|%s%s|%s|%s|%s|%v|%v|%q|%s|%s|%s|%s|%s|%s", translatorVersion, rt, toolID(), resolve.SourceHash(), script, cfg.Module, cfg.Python,
		cfg.NoHost, cfg.Strict, cfg.GoFlags, os.Getenv("PYTHONPATH"), os.Getenv("PY2GOASYNC_PYTHON"), os.Getenv("GOOS")+"/"+os.Getenv("GOARCH"), os.Getenv("GOFLAGS"), x, wd)
	sum := sha256.Sum256([]byte(k))
	return hex.EncodeToString(sum[:])[:24], nil
}

// workspaceDir is the cached Go module a program is built in: one per
// entry point, so an edit rebuilds only what changed.
func workspaceDir(cache string, cfg Config) string {
	script := cfg.Script
	if script != "" {
		script = cfg.abs(script)
	}
	wd := cfg.dir()
	sum := sha256.Sum256([]byte(script + "\x00" + cfg.Module + "\x00" + wd + "\x00" + fmt.Sprint(cfg.GoFlags)))
	return filepath.Join(cache, "prog-"+hex.EncodeToString(sum[:])[:20])
}

// BuildProgram translates and compiles a program into a cached executable
// and returns its path. An unchanged program is not looked at again; after
// an edit, only the edited modules are translated and compiled again.
func BuildProgram(cfg Config) (string, error) {
	cache, err := CacheDir()
	if err != nil {
		return "", err
	}
	key, err := buildKey(cfg)
	if err != nil {
		return "", err
	}
	ws := workspaceDir(cache, cfg)
	manifestFile := filepath.Join(ws, "manifest.json")
	var old manifest
	if data, err := os.ReadFile(manifestFile); err == nil && json.Unmarshal(data, &old) == nil && old.fresh(key) {
		now := time.Now()
		os.Chtimes(ws, now, now)
		return old.Bin, nil
	}
	p, err := Load(cfg)
	if err != nil {
		return "", err
	}
	if err := p.report(); err != nil {
		return "", err
	}
	units, err := p.translateAll()
	if err != nil {
		return "", err
	}
	if err := p.report(); err != nil {
		return "", err
	}
	rtDir, err := ensureRuntime(cache)
	if err != nil {
		return "", err
	}
	libDir := filepath.Join(cache, "lib-"+libKey(p.Host))
	var imports []string
	for _, t := range units {
		if isLib(t.unit) {
			imports = append(imports, "pylib/"+t.dir)
			// Shared between programs built by this tool from this host.
			if err := writeIfChanged(filepath.Join(libDir, t.dir, "module.go"), t.src); err != nil {
				return "", err
			}
			continue
		}
		imports = append(imports, "pyprog/py/"+t.dir)
		if err := writeIfChanged(filepath.Join(ws, "py", t.dir, "module.go"), t.src); err != nil {
			return "", err
		}
	}
	// Packages of modules the program no longer imports would still be
	// compiled by nothing, but keep the workspace tidy.
	pruneWorkspace(filepath.Join(ws, "py"), units)
	sort.Strings(imports)
	imports = withEvaluator(imports, unitSources(units)...)
	imports = append(imports, p.linkedRuntime(units)...)
	if err := writeIfChanged(filepath.Join(libDir, "go.mod"), []byte(fmt.Sprintf("module pylib\n\ngo %s\n\nrequire %s v0.0.0\n", goVersion, runtimeModule))); err != nil {
		return "", err
	}
	if err := writeIfChanged(filepath.Join(ws, "main.go"), translate.MainPackage(imports, p.Root, p.hostStdlib())); err != nil {
		return "", err
	}
	gomod := fmt.Sprintf("module pyprog\n\ngo %s\n\nrequire (\n\t%s v0.0.0\n\tpylib v0.0.0\n)\n\nreplace %s => %s\n\nreplace pylib => %s\n",
		goVersion, runtimeModule, runtimeModule, filepath.ToSlash(rtDir), filepath.ToSlash(libDir))
	if err := writeIfChanged(filepath.Join(ws, "go.mod"), []byte(gomod)); err != nil {
		return "", err
	}
	bin := filepath.Join(ws, p.programName())
	if err := goBuild(ws, bin, cfg); err != nil {
		return "", err
	}
	m := manifest{Key: key, Bin: bin, Main: p.Graph.Main.File}
	for _, u := range p.Graph.Units {
		if u.File != "" {
			m.Files = append(m.Files, stampOf(u.File))
		}
	}
	m.Dirs = p.searchedDirs()
	if data, err := json.Marshal(&m); err == nil {
		writeAtomic(manifestFile, data)
	}
	now := time.Now()
	os.Chtimes(libDir, now, now) // recently used: kept by pruneCache
	pruneCache(cache, rtDir, libDir)
	pruneTranslations(cache)
	return bin, nil
}

// report prints the warnings; with Strict they are errors.
func (p *Program) report() error {
	w := p.Graph.Warnings
	p.Graph.Warnings = nil
	for _, d := range w {
		if p.cfg.Strict {
			fmt.Fprintln(p.cfg.stderr(), strings.Replace(d.String(), ": warning: ", ": error: ", 1))
		} else {
			fmt.Fprintln(p.cfg.stderr(), d.String())
		}
	}
	if p.cfg.Strict && len(w) > 0 {
		return ErrReported
	}
	return nil
}

// ErrReported is returned when the errors were already printed.
var ErrReported = errors.New("errors reported")

// searchedDirs are the directories whose contents decide where the
// program's imports resolve: every search root and every package.
func (p *Program) searchedDirs() []stamp {
	seen := map[string]bool{}
	var out []stamp
	add := func(d string) {
		if d != "" && !seen[d] {
			seen[d] = true
			out = append(out, stampOf(d))
		}
	}
	for _, r := range p.roots {
		add(r)
	}
	if p.Host != nil {
		for _, r := range p.Host.Path {
			add(r)
		}
	}
	for _, u := range p.Graph.Units {
		if u.Package && u.File != "" {
			add(filepath.Dir(u.File))
		}
	}
	return out
}

// pruneWorkspace removes the packages of modules no longer in the program.
func pruneWorkspace(dir string, units []*translated) {
	keep := map[string]bool{}
	for _, t := range units {
		keep[t.dir] = true
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if !keep[e.Name()] {
			os.RemoveAll(filepath.Join(dir, e.Name()))
		}
	}
}

// libKey names the shared directory of translated host modules: one per
// tool build and host library.
func libKey(h *resolve.Host) string {
	rt, _ := RuntimeHash()
	stdlib := ""
	if h != nil {
		stdlib = h.Stdlib + "\x00" + strings.Join(h.Path, "\x00")
	}
	sum := sha256.Sum256([]byte(translatorVersion + "\x00" + rt + "\x00" + toolID() + "\x00" + stdlib))
	return hex.EncodeToString(sum[:])[:16]
}

// goBuild compiles the workspace into bin, passing the user's Go settings
// (GOFLAGS, GOOS, GOARCH) and extra flags through.
func goBuild(ws, bin string, cfg Config) error {
	gobin, err := goTool()
	if err != nil {
		return err
	}
	args := []string{"build", "-o", bin}
	if !hasFlag(cfg.GoFlags, "-ldflags") {
		// Without DWARF the link, most of a rebuild after an edit, takes
		// about half the time; tracebacks read the pcln tables, not DWARF.
		args = append(args, "-ldflags=-s -w")
	}
	args = append(args, cfg.GoFlags...)
	args = append(args, ".")
	cmd := exec.Command(gobin, args...)
	cmd.Dir = ws
	goflags := strings.TrimSpace(os.Getenv("GOFLAGS") + " -mod=mod")
	cmd.Env = append(goEnv(cfg.GoFlags), "GOFLAGS="+goflags)
	slow := progress(cfg.stderr(), "compiling with the Go toolchain (a first build also compiles the runtime: a minute or more)")
	out, err := cmd.CombinedOutput()
	slow.done()
	if err != nil {
		return fmt.Errorf("internal error: the generated Go did not compile (please report this):\n%s", strings.TrimSpace(string(out)))
	}
	return nil
}

// TranslateMain translates the program and returns its main module's Go
// (what `py2goasync main.py` prints).
func TranslateMain(cfg Config) ([]byte, error) {
	p, err := Load(cfg)
	if err != nil {
		return nil, err
	}
	if err := p.report(); err != nil {
		return nil, err
	}
	opts := p.unitOptions(p.Graph.Main)
	opts.GoPackage = translate.GoPackageName("__main__")
	src, err := cachedTranslate(p.Graph.Main, opts)
	if err != nil {
		var uns translate.UnsupportedError
		if errors.As(err, &uns) {
			for i := range uns {
				uns[i].File = p.display(p.Graph.Main.File)
			}
		}
		return nil, err
	}
	return src, nil
}

// EmitProgram writes the program as a self-contained Go module into dir.
func EmitProgram(cfg Config, dir string) error {
	p, err := Load(cfg)
	if err != nil {
		return err
	}
	if err := p.report(); err != nil {
		return err
	}
	if err := p.EmitTo(dir); err != nil {
		return err
	}
	return p.report()
}

// Deps prints the program's module graph: each module, where it comes
// from, and what it imports.
func Deps(cfg Config, w io.Writer) error {
	p, err := Load(cfg)
	if err != nil {
		return err
	}
	p.report()
	g := p.Graph
	var names []string
	for n := range g.ByName {
		names = append(names, n)
	}
	sort.Strings(names)
	describe := func(name string, m *resolve.Module) string {
		where := m.Kind.String()
		if m.File != "" {
			where += " " + p.display(m.File)
		} else if m.Package && m.Kind <= resolve.Site {
			where += " namespace package"
		}
		return fmt.Sprintf("%s (%s)", name, where)
	}
	fmt.Fprintln(w, describe("__main__", g.Main.Module))
	for _, to := range g.Edges["__main__"] {
		fmt.Fprintf(w, "  -> %s\n", to)
	}
	for _, n := range names {
		fmt.Fprintln(w, describe(n, g.ByName[n]))
		for _, to := range g.Edges[n] {
			fmt.Fprintf(w, "  -> %s\n", to)
		}
	}
	return nil
}

// MainFile is the main module's file of the program cfg built last (for
// -m, python3 makes it sys.argv[0]); "" when unknown.
func MainFile(cfg Config) string {
	cache, err := CacheDir()
	if err != nil {
		return ""
	}
	var m manifest
	data, err := os.ReadFile(filepath.Join(workspaceDir(cache, cfg), "manifest.json"))
	if err != nil || json.Unmarshal(data, &m) != nil {
		return ""
	}
	return m.Main
}

// staleTranslation is how long a cached translation no build used is kept.
const staleTranslation = 7 * 24 * time.Hour

// pruneTranslations removes cached translations no build used for a week;
// it looks at most once a day.
func pruneTranslations(cache string) {
	dir := filepath.Join(cache, "translated")
	stampFile := filepath.Join(dir, "pruned")
	if st, err := os.Stat(stampFile); err == nil && time.Since(st.ModTime()) < 24*time.Hour {
		return
	}
	writeAtomic(stampFile, nil)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || p == stampFile {
			return nil
		}
		if info, err := d.Info(); err == nil && time.Since(info.ModTime()) > staleTranslation {
			os.Remove(p)
		}
		return nil
	})
}

// hasFlag reports whether flags sets the go build flag name.
func hasFlag(flags []string, name string) bool {
	for _, f := range flags {
		if f == name || strings.HasPrefix(f, name+"=") {
			return true
		}
	}
	return false
}
