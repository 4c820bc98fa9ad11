// Package driver runs the pipeline: parse a Python file, translate it, write
// a self-contained Go module, and build it with the Go toolchain.
package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/py2goasync/py2goasync/parser"
	pyruntime "github.com/py2goasync/py2goasync/runtime"
	"github.com/py2goasync/py2goasync/translate"
)

// runtimeModule is the module path the generated code imports the runtime from.
const runtimeModule = "github.com/py2goasync/py2goasync"

// goVersion is the go directive of emitted modules: the oldest Go with
// everything the runtime uses (iter.Pull, weak pointers).
const goVersion = "1.24"

// Translate translates a program and returns its main module's Go source.
// Errors are syntax errors (parser.ErrorList), unsupported constructs
// (translate.UnsupportedError) or I/O errors.
func Translate(filename string) ([]byte, error) {
	return TranslateMain(Config{Script: filename, Stderr: os.Stderr})
}

// TranslateSource translates Python source text as a program's main module
// (one that imports only the runtime's modules).
func TranslateSource(filename string, src []byte) ([]byte, error) {
	mod, warns, err := parser.ParseFileWarnings(filename, src)
	if err != nil {
		return nil, err
	}
	// The checks CPython's compiler makes after parsing ('await' outside
	// async function, ...) are syntax errors too.
	if errs := parser.Check(mod, filename); len(errs) > 0 {
		return nil, errs
	}
	warns = append(warns, parser.CompileWarnings(mod)...)
	return translate.Translate(mod, src, translate.Options{Filename: filepath.Base(filename), Module: "__main__", Warnings: warns})
}

// runtimeFiles lists the runtime source files to ship: Go sources that are
// not tests and assembly, under the runtime packages, and the tool's Python
// modules.
func runtimeFiles() ([]string, error) {
	var files []string
	err := fs.WalkDir(pyruntime.Source, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "testdata" || d.Name() == "bench" {
				return fs.SkipDir
			}
			return nil
		}
		if isToolPython(p) {
			files = append(files, p)
			return nil
		}
		if p == "runtime.go" || !isPackageSource(p) || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		files = append(files, p)
		return nil
	})
	return files, err
}

// toolPythonDir is where the runtime keeps the tool's own Python modules,
// which the runtime's Go modules build on (collections.UserDict): a search
// path entry before the host's standard library.
const toolPythonDir = "python"

// isPackageSource reports whether p is a Go package's source: Go or
// assembly (gcstart's huge-page frame).
func isPackageSource(p string) bool {
	return strings.HasSuffix(p, ".go") || strings.HasSuffix(p, ".s")
}

func isToolPython(p string) bool {
	return path.Dir(p) == toolPythonDir && strings.HasSuffix(p, ".py")
}

var (
	runtimeHashOnce sync.Once
	runtimeHash     string
	runtimeHashErr  error
)

// RuntimeHash identifies the embedded runtime's content.
func RuntimeHash() (string, error) {
	runtimeHashOnce.Do(func() {
		files, err := runtimeFiles()
		if err != nil {
			runtimeHashErr = err
			return
		}
		h := sha256.New()
		for _, f := range files {
			data, err := pyruntime.Source.ReadFile(f)
			if err != nil {
				runtimeHashErr = err
				return
			}
			fmt.Fprintf(h, "%s %d\n", f, len(data))
			h.Write(data)
		}
		pfiles, err := parserFiles()
		if err != nil {
			runtimeHashErr = err
			return
		}
		for _, f := range pfiles {
			data, err := parser.Shipped.ReadFile(f)
			if err != nil {
				runtimeHashErr = err
				return
			}
			fmt.Fprintf(h, "parser/%s %d\n", f, len(data))
			h.Write(data)
		}
		runtimeHash = hex.EncodeToString(h.Sum(nil))[:16]
	})
	return runtimeHash, runtimeHashErr
}

// WriteRuntime writes the runtime module (go.mod and sources) into dir.
// Files that already hold the right content are left alone, and Go files
// under dir/runtime that the runtime no longer has (a directory written by
// an older version) are removed: they would be compiled with the rest.
func WriteRuntime(dir string) error {
	files, err := runtimeFiles()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	gomod := fmt.Sprintf("module %s\n\ngo %s\n", runtimeModule, goVersion)
	if err := writeIfChanged(filepath.Join(dir, "go.mod"), []byte(gomod)); err != nil {
		return err
	}
	want := map[string]bool{}
	for _, f := range files {
		data, err := pyruntime.Source.ReadFile(f)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, "runtime", filepath.FromSlash(f))
		want[dst] = true
		if err := writeIfChanged(dst, data); err != nil {
			return err
		}
	}
	// The parser travels with the runtime for its evaluator (eval, exec).
	pfiles, err := parserFiles()
	if err != nil {
		return err
	}
	for _, f := range pfiles {
		data, err := parser.Shipped.ReadFile(f)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, "parser", filepath.FromSlash(f))
		want[dst] = true
		if err := writeIfChanged(dst, data); err != nil {
			return err
		}
	}
	for _, sub := range []string{"runtime", "parser"} {
		err := filepath.WalkDir(filepath.Join(dir, sub), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (isPackageSource(p) || strings.HasSuffix(p, ".py")) && !want[p] {
				return os.Remove(p)
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// programGoMod is the go.mod of an emitted program whose runtime lives at
// runtimeDir (relative or absolute).
func programGoMod(runtimeDir string) string {
	return fmt.Sprintf("module pyprog\n\ngo %s\n\nrequire %s v0.0.0\n\nreplace %s => %s\n",
		goVersion, runtimeModule, runtimeModule, filepath.ToSlash(runtimeDir))
}

// CacheDir is where build and run keep emitted modules between runs.
func CacheDir() (string, error) {
	if d := os.Getenv("PY2GOASYNC_CACHE"); d != "" {
		return d, nil
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("no cache directory: %v", err)
	}
	return filepath.Join(base, "py2goasync"), nil
}

// ensureRuntime makes sure the cached runtime module exists and returns its
// directory. It is written under a temporary name and renamed, so that
// concurrent builds never see half a runtime.
func ensureRuntime(cache string) (string, error) {
	h, err := RuntimeHash()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(cache, "runtime-"+h)
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		now := time.Now()
		os.Chtimes(dir, now, now) // recently used: kept by pruneCache
		return dir, nil
	}
	if err := os.MkdirAll(cache, 0o755); err != nil {
		return "", fmt.Errorf("cannot create cache directory %s: %v", cache, errors.Unwrap(err))
	}
	tmp, err := os.MkdirTemp(cache, "tmp-runtime-")
	if err != nil {
		return "", err
	}
	if err := WriteRuntime(tmp); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	if err := os.Rename(tmp, dir); err != nil {
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(filepath.Join(dir, "go.mod")); statErr != nil {
			return "", err
		}
	}
	return dir, nil
}

// goTool finds the go command.
func goTool() (string, error) {
	if p, err := exec.LookPath("go"); err == nil {
		return p, nil
	}
	p := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(p); err == nil {
		return p, nil
	}
	return "", errors.New("the Go toolchain was not found: install Go (https://go.dev/dl/) and put `go` on PATH")
}

// mallocExperiment is the Go experiment (Go 1.26 and later) that gives
// each small size class its own allocation function, called directly
// where the compiler knows an allocation's size: no size-class lookup and
// no generic heap-bitmap write. Translated programs allocate Python
// objects (lists, instances, frames) at a high rate: n-queens 371M -> 322M
// instructions, chaos 697M -> 650M. The race detector and the sanitizers
// switch it off themselves.
const mallocExperiment = "sizespecializedmalloc"

var goExperimentOnce struct {
	sync.Once
	value string
	ok    bool
}

// goExperiment is the GOEXPERIMENT the go commands run with, ok false to
// leave the user's (or Go's default) alone: mallocExperiment added to the
// user's list, unless it names it (or its negation) already or the
// toolchain predates it.
func goExperiment() (string, bool) {
	g := &goExperimentOnce
	g.Do(func() {
		user := os.Getenv("GOEXPERIMENT")
		if !strings.Contains(user, mallocExperiment) {
			g.value, g.ok = withExperiment(user, goAtLeast(1, 26))
		}
	})
	return g.value, g.ok
}

// withExperiment is goExperiment's answer for the user's GOEXPERIMENT and
// whether the toolchain is recent enough.
func withExperiment(user string, recent bool) (string, bool) {
	if !recent || strings.Contains(user, mallocExperiment) {
		return "", false
	}
	if user == "" {
		return mallocExperiment, true
	}
	return user + "," + mallocExperiment, true
}

// goAtLeast reports whether the go command is release major.minor or
// later (a development toolchain, whose version is not a release number,
// counts as recent).
func goAtLeast(major, minor int) bool {
	gobin, err := goTool()
	if err != nil {
		return false
	}
	cmd := exec.Command(gobin, "env", "GOVERSION")
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local")
	out, err := cmd.Output()
	if err != nil {
		return false
	}
	return versionAtLeast(strings.TrimSpace(string(out)), major, minor)
}

// versionAtLeast reports whether the Go version v (go1.26.8, go1.26rc1)
// is release major.minor or later; one that is not a release number (a
// development toolchain) counts as recent.
func versionAtLeast(v string, major, minor int) bool {
	rest, ok := strings.CutPrefix(v, "go")
	if !ok {
		return true
	}
	var ma, mi int
	if n, _ := fmt.Sscanf(rest, "%d.%d", &ma, &mi); n < 2 {
		return n == 0
	}
	return ma > major || ma == major && mi >= minor
}

// goEnv is the environment of the go commands that build (and vet) a
// program: the user's, offline, and without cgo unless something needs it.
// Nothing in the runtime is C; cgo would only link net's libc resolver, and
// with it a dynamically linked binary whose every start runs ld.so and
// libc's initialisers (~2.5 ms, ~0.5M instructions, 50-100 page faults a
// run). It stays on when the user set CGO_ENABLED, for -race/-msan/-asan
// (which need it), and when the host's name service lists a source that
// only libc's NSS can query (mdns, myhostname, resolve, sss, ldap...): Go's
// own resolver reads files and dns only, and getaddrinfo must answer as
// CPython's (glibc's) does.
func goEnv(flags []string) []string {
	env := append(os.Environ(), "GOPROXY=off", "GOTOOLCHAIN=local", "GOWORK=off")
	if x, ok := goExperiment(); ok {
		env = append(env, "GOEXPERIMENT="+x)
	}
	if os.Getenv("CGO_ENABLED") != "" || needsCgo(flags) || needsCgo(strings.Fields(os.Getenv("GOFLAGS"))) || !goResolverSuffices("/etc/nsswitch.conf") {
		return env
	}
	return append(env, "CGO_ENABLED=0")
}

// needsCgo reports whether the go build flags need cgo.
func needsCgo(flags []string) bool {
	for _, f := range flags {
		switch strings.TrimPrefix(f, "-") {
		case "-race", "-msan", "-asan", "race", "msan", "asan", "race=true", "msan=true", "asan=true":
			return true
		}
	}
	return false
}

// goResolverSuffices reports whether the hosts line of nsswitch.conf (a
// missing file or line means "files dns", as glibc reads it) names no
// source beyond files and dns, which Go's own resolver implements.
func goResolverSuffices(nsswitch string) bool {
	data, err := os.ReadFile(nsswitch)
	if err != nil {
		return os.IsNotExist(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "hosts:")
		if !ok {
			continue
		}
		for _, src := range strings.Fields(rest) {
			if strings.HasPrefix(src, "[") {
				continue // an action such as [NOTFOUND=return]
			}
			if src != "files" && src != "dns" {
				return false
			}
		}
	}
	return true
}

// Build translates a program and compiles it into a cached binary,
// returning the binary's path (see BuildProgram).
func Build(filename string) (string, error) {
	return BuildProgram(Config{Script: filename, Stderr: os.Stderr})
}

// singleModule writes a workspace for the Go source of one main module
// (TranslateSource's output) into dir.
func singleModule(dir, rtDir string, goSrc []byte) error {
	if err := writeIfChanged(filepath.Join(dir, "py", "__main__", "module.go"), goSrc); err != nil {
		return err
	}
	wd, _ := os.Getwd()
	if err := writeIfChanged(filepath.Join(dir, "main.go"), translate.MainPackage(append(withEvaluator([]string{"pyprog/py/__main__"}, goSrc), allRuntimePackage), wd, "")); err != nil {
		return err
	}
	return writeIfChanged(filepath.Join(dir, "go.mod"), []byte(programGoMod(rtDir)))
}

// BuildSource compiles one translated main module (TranslateSource's
// output) into a cached binary.
func BuildSource(goSrc []byte) (string, error) {
	gobin, err := goTool()
	if err != nil {
		return "", err
	}
	cache, err := CacheDir()
	if err != nil {
		return "", err
	}
	rtDir, err := ensureRuntime(cache)
	if err != nil {
		return "", err
	}
	// The key holds what main.go links besides goSrc (the evaluator), so a
	// change of that decision cannot reuse a binary built without it.
	x, _ := goExperiment()
	key := rtDir + "\x00" + runtime.Version() + "\x00" + x + "\x00" + strings.Join(withEvaluator(nil, goSrc), ",") + "\x00"
	sum := sha256.Sum256(append([]byte(key), goSrc...))
	progDir := filepath.Join(cache, "prog-"+hex.EncodeToString(sum[:])[:20])
	bin := filepath.Join(progDir, "prog")
	if _, err := os.Stat(bin); err == nil {
		now := time.Now()
		os.Chtimes(progDir, now, now) // recently used: kept by pruneCache
		return bin, nil
	}
	tmp, err := os.MkdirTemp(cache, "tmp-prog-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	if err := singleModule(tmp, rtDir, goSrc); err != nil {
		return "", err
	}
	// Without DWARF, as goBuild links: half the link time, and tracebacks
	// read the pcln tables, not DWARF.
	cmd := exec.Command(gobin, "build", "-ldflags=-s -w", "-o", "prog", ".")
	cmd.Dir = tmp
	cmd.Env = append(goEnv(nil), "GOFLAGS=-mod=mod")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("internal error: the generated Go did not compile (please report this):\n%s", strings.TrimSpace(string(out)))
	}
	if err := os.Rename(tmp, progDir); err != nil {
		if _, statErr := os.Stat(bin); statErr != nil {
			return "", err
		}
	}
	pruneCache(cache, rtDir)
	return bin, nil
}

// Cache limits: programs are 5-20 MB each (a binary and its sources) and
// runtimes ~5 MB, so the cache stays under a gigabyte or so however many
// programs are built.
const (
	keepPrograms = 64
	keepRuntimes = 4
	keepLibs     = 4
	staleTemp    = time.Hour
	// inUseGrace protects a directory used that recently from pruning
	// beyond the limits: another build (another process) may be reading
	// it, having touched it when it started, or about to run its binary.
	// An hour let a test run (hundreds of programs an hour) fill gigabytes
	// of disk with binaries; a build and the start of its run take seconds.
	inUseGrace = 10 * time.Minute
)

// pruneCache removes the least recently used program builds beyond
// keepPrograms, runtime versions beyond keepRuntimes (never the one in
// use), library builds beyond keepLibs — none used within inUseGrace,
// which a concurrent build may be reading — and temporary directories
// left by interrupted builds. Errors are ignored: another build may be
// pruning at the same time.
func pruneCache(cache, rtDir string, keep ...string) {
	entries, err := os.ReadDir(cache)
	if err != nil {
		return
	}
	type aged struct {
		path string
		mod  time.Time
	}
	var progs, runtimes, libs []aged
	inUse := func(p string) bool {
		for _, u := range keep {
			if u == p {
				return true
			}
		}
		return false
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !e.IsDir() {
			continue
		}
		path := filepath.Join(cache, e.Name())
		switch {
		case strings.HasPrefix(e.Name(), "prog-"):
			progs = append(progs, aged{path, info.ModTime()})
		case strings.HasPrefix(e.Name(), "runtime-") && path != rtDir:
			runtimes = append(runtimes, aged{path, info.ModTime()})
		case strings.HasPrefix(e.Name(), "lib-") && !inUse(path):
			libs = append(libs, aged{path, info.ModTime()})
		case strings.HasPrefix(e.Name(), "tmp-") && time.Since(info.ModTime()) > staleTemp:
			os.RemoveAll(path)
		}
	}
	for _, group := range []struct {
		dirs []aged
		keep int
	}{{progs, keepPrograms}, {runtimes, keepRuntimes - 1}, {libs, keepLibs - 1}} {
		sort.Slice(group.dirs, func(i, j int) bool { return group.dirs[i].mod.After(group.dirs[j].mod) })
		for i := group.keep; i < len(group.dirs); i++ {
			if time.Since(group.dirs[i].mod) > inUseGrace {
				os.RemoveAll(group.dirs[i].path)
			}
		}
	}
}

// VetSource runs go vet on translated source (the generated Go must be
// vet-clean); the error holds vet's report.
func VetSource(goSrc []byte) error {
	gobin, err := goTool()
	if err != nil {
		return err
	}
	cache, err := CacheDir()
	if err != nil {
		return err
	}
	rtDir, err := ensureRuntime(cache)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(cache, "tmp-vet-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := singleModule(tmp, rtDir, goSrc); err != nil {
		return err
	}
	cmd := exec.Command(gobin, "vet", "./...")
	cmd.Dir = tmp
	cmd.Env = append(goEnv(nil), "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go vet: %s", strings.TrimSpace(string(out)))
	}
	return nil
}

// CopyFile copies the built binary to dst (InstallBinary with no inputs).
func CopyFile(src, dst string) error {
	return InstallBinary(src, dst, nil)
}

// DefaultBinaryName is the output name for `build` without -o: the file's
// base name without .py (in any case: X.PY gives X). A name without that
// suffix is kept; Install refuses it when it is the source file itself.
func DefaultBinaryName(filename string) string {
	base := path.Base(filepath.ToSlash(filename))
	if len(base) > 3 && strings.EqualFold(base[len(base)-3:], ".py") {
		return base[:len(base)-3]
	}
	return base
}
