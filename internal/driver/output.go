package driver

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Outputs never destroy inputs: an output path that is one of the
// program's source files is refused, every output is written under a
// temporary name beside it and renamed over it on success, and a failed
// write removes what it created.

// ProgramInputs are the source files of the program cfg built last (its
// script and every module it imports), as absolute paths; the script
// alone when no build of it is recorded.
func ProgramInputs(cfg Config) []string {
	var files []string
	if cfg.Script != "" {
		files = append(files, cfg.abs(cfg.Script))
	}
	cache, err := CacheDir()
	if err != nil {
		return files
	}
	var m manifest
	data, err := os.ReadFile(filepath.Join(workspaceDir(cache, cfg), "manifest.json"))
	if err != nil || json.Unmarshal(data, &m) != nil {
		return files
	}
	for _, s := range m.Files {
		files = append(files, s.Path)
	}
	return files
}

// sameAsInput returns the input that path names (the same file, through
// any symlink or hard link), or "".
func sameAsInput(path string, inputs []string) string {
	st, err := os.Stat(path)
	if err != nil {
		return ""
	}
	for _, in := range inputs {
		if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
			return in
		}
	}
	return ""
}

// Install copies the executable BuildProgram made for cfg to dst (see
// InstallBinary), refusing to overwrite any of the program's sources.
func Install(cfg Config, bin, dst string) error {
	return InstallBinary(bin, dst, ProgramInputs(cfg))
}

// CheckInstall reports, before a build, whether Install would refuse dst
// (with what is known of the program's sources before it is loaded).
func CheckInstall(cfg Config, dst string) error {
	return checkInstallTarget(dst, ProgramInputs(cfg))
}

// checkInstallTarget refuses a dst that InstallBinary must not replace.
func checkInstallTarget(dst string, inputs []string) error {
	if st, err := os.Stat(dst); err == nil && st.IsDir() {
		return fmt.Errorf("build output %s already exists and is a directory", dst)
	}
	if in := sameAsInput(dst, inputs); in != "" {
		return fmt.Errorf("the executable %s would overwrite the program's source file %s: choose another name with -o", dst, in)
	}
	if st, err := os.Lstat(dst); err == nil {
		if st.Mode()&fs.ModeSymlink != 0 {
			st, err = os.Stat(dst)
		}
		switch {
		case err != nil:
		case st.IsDir():
			return fmt.Errorf("build output %s already exists and is a directory", dst)
		case !st.Mode().IsRegular():
			return fmt.Errorf("build output %s already exists and is not a regular file", dst)
		case st.Size() > 0 && !isExecutableFile(dst):
			return fmt.Errorf("build output %s already exists and is not an executable: remove it or choose another name with -o", dst)
		}
	}
	return nil
}

// InstallBinary copies the built executable src to dst, creating dst's
// directory as go build -o does. It refuses a dst that is one of inputs,
// a directory, or an existing file that is neither empty nor an
// executable (go build -o refuses those too: it is someone's data). The
// copy is written beside dst under a temporary name, made executable and
// renamed over dst, so a failure leaves dst as it was and nothing else
// behind, and a running copy of an older build is never overwritten in
// place.
func InstallBinary(src, dst string, inputs []string) error {
	if err := checkInstallTarget(dst, inputs); err != nil {
		return err
	}
	dir := filepath.Dir(dst)
	created, err := mkdirAllTracked(dir)
	if err != nil {
		return fmt.Errorf("cannot create %s: %v", dir, unwrapPath(err))
	}
	fail := func(err error) error {
		if created != "" {
			os.RemoveAll(created)
		}
		return err
	}
	in, err := os.Open(src)
	if err != nil {
		return fail(err)
	}
	defer in.Close()
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(dst)+".tmp-")
	if err != nil {
		return fail(fmt.Errorf("cannot write %s: %v", dst, unwrapPath(err)))
	}
	_, err = io.Copy(tmp, in)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o755)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), dst)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fail(fmt.Errorf("cannot write %s: %v", dst, unwrapPath(err)))
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// mkdirAllTracked is os.MkdirAll returning the outermost directory it
// created ("" when dir existed), for removal if what follows fails.
func mkdirAllTracked(dir string) (string, error) {
	top := ""
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Lstat(d); err == nil {
			break
		}
		top = d
		if filepath.Dir(d) == d {
			break
		}
	}
	return top, os.MkdirAll(dir, 0o755)
}

// objectMagic are the starts of the files go build -o agrees to overwrite:
// executables and object files of the formats Go writes.
var objectMagic = [][]byte{
	[]byte("!<arch>\n"),        // archive
	[]byte("\x7fELF"),          // ELF
	[]byte("\xfe\xed\xfa\xce"), // Mach-O 32-bit big-endian
	[]byte("\xfe\xed\xfa\xcf"), // Mach-O 64-bit big-endian
	[]byte("\xce\xfa\xed\xfe"), // Mach-O 32-bit little-endian
	[]byte("\xcf\xfa\xed\xfe"), // Mach-O 64-bit little-endian
	[]byte("MZ"),               // PE
	[]byte("\x00\x00\x01\xeb"), // Plan 9 i386
	[]byte("\x00\x00\x8a\x97"), // Plan 9 amd64
	[]byte("\x00\x00\x06\x47"), // Plan 9 arm
	[]byte("\x00asm"),          // wasm
	[]byte("\x01\xdf"),         // XCOFF 32-bit
	[]byte("\x01\xf7"),         // XCOFF 64-bit
	[]byte("\xca\xfe\xba\xbe"), // Mach-O universal
	[]byte("\xbe\xba\xfe\xca"), // Mach-O universal, little-endian
}

// isExecutableFile reports whether the file at path starts like an
// executable or object file.
func isExecutableFile(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	for _, m := range objectMagic {
		if bytes.HasPrefix(head[:n], m) {
			return true
		}
	}
	return false
}

// emitOutputs are what EmitTo writes in its directory: these files, and
// everything under these subdirectories.
var (
	emitFiles   = []string{"go.mod", "go.work", "main.go"}
	emitSubdirs = []string{"py", "_pylib", "_runtime"}
)

// checkEmitTarget refuses an output directory where emitting would
// overwrite or remove one of the program's source files.
func (p *Program) checkEmitTarget(dir string) error {
	inputs := p.inputFiles()
	for _, name := range emitFiles {
		if in := sameAsInput(filepath.Join(dir, name), inputs); in != "" {
			return fmt.Errorf("writing %s would overwrite the program's source file %s: choose another output directory", filepath.Join(dir, name), in)
		}
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil // does not exist yet: holds no input
	}
	for _, in := range inputs {
		rin, err := filepath.EvalSymlinks(in)
		if err != nil {
			continue
		}
		rel, err := filepath.Rel(real, rin)
		if err != nil {
			continue
		}
		first := strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
		for _, sub := range emitSubdirs {
			if first == sub && rel != sub {
				return fmt.Errorf("the output directory's %s holds the program's source file %s: choose another output directory", filepath.Join(dir, sub), in)
			}
		}
	}
	return nil
}

// inputFiles are the program's source files.
func (p *Program) inputFiles() []string {
	var files []string
	if p.Graph == nil {
		return files
	}
	if p.Graph.Main != nil && p.Graph.Main.File != "" {
		files = append(files, p.Graph.Main.File)
	}
	for _, u := range p.Graph.Units {
		if u.File != "" {
			files = append(files, u.File)
		}
	}
	return files
}

// emitSnapshot records which of an output directory's emitted paths
// exist, so that a failed emit can remove the ones it created.
func emitSnapshot(dir string) map[string]bool {
	seen := map[string]bool{}
	for _, p := range emitPaths(dir) {
		seen[p] = true
	}
	return seen
}

// emitPaths lists the paths under dir that emitting may create.
func emitPaths(dir string) []string {
	var out []string
	for _, name := range emitFiles {
		p := filepath.Join(dir, name)
		if _, err := os.Lstat(p); err == nil {
			out = append(out, p)
		}
	}
	for _, sub := range emitSubdirs {
		filepath.WalkDir(filepath.Join(dir, sub), func(p string, d fs.DirEntry, err error) error {
			if err == nil {
				out = append(out, p)
			}
			return nil
		})
	}
	return out
}

// removeCreated removes what emitting into dir created since before was
// taken: files first, then the directories (deepest first) left empty.
func removeCreated(dir string, before map[string]bool) {
	var dirs []string
	for _, p := range emitPaths(dir) {
		if before[p] {
			continue
		}
		if st, err := os.Lstat(p); err == nil && st.IsDir() {
			dirs = append(dirs, p)
			continue
		}
		os.Remove(p)
	}
	sort.Slice(dirs, func(i, j int) bool { return len(dirs[i]) > len(dirs[j]) })
	for _, d := range dirs {
		os.Remove(d)
	}
}
