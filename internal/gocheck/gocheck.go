// Package gocheck type-checks generated Go the way `go build` would, but
// without building it: against the compiled export data of the runtime
// packages. It is fast enough to run over every file the translator
// produces in tests (the whole standard library) and in fuzzing, where
// building each output would take seconds.
package gocheck

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"strings"
)

// Checker type-checks single generated Go files. It is not safe for
// concurrent use (the importer caches packages).
type Checker struct {
	fset *token.FileSet
	imp  types.Importer
}

// New lists the export data of the runtime packages (and their
// dependencies, the Go standard library included) of the module rooted at
// moduleDir; `go list -export` compiles them first when the build cache
// does not hold them yet.
func New(moduleDir string) (*Checker, error) {
	cmd := exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}", "./runtime/...")
	cmd.Dir = moduleDir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -export: %v\n%s", err, stderr.String())
	}
	exports := map[string]string{}
	for _, line := range strings.Split(string(out), "\n") {
		if path, file, ok := strings.Cut(line, "\t"); ok && file != "" {
			exports[path] = file
		}
	}
	fset := token.NewFileSet()
	lookup := func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %q (not a dependency of ./runtime/...)", path)
		}
		return os.Open(file)
	}
	return &Checker{fset: fset, imp: importer.ForCompiler(fset, "gc", lookup)}, nil
}

// Check reports why src, a whole Go package in one file, would not build:
// a syntax or type error, or formatting that gofmt would change (generated
// Go is promised gofmt-clean).
func (c *Checker) Check(name string, src []byte) error {
	f, err := parser.ParseFile(c.fset, name, src, parser.SkipObjectResolution)
	if err != nil {
		return err
	}
	conf := types.Config{Importer: c.imp}
	var errs []string
	conf.Error = func(err error) {
		if len(errs) < 10 {
			errs = append(errs, err.Error())
		}
	}
	conf.Check(f.Name.Name, c.fset, []*ast.File{f}, nil)
	if len(errs) > 0 {
		return fmt.Errorf("%s", strings.Join(errs, "\n"))
	}
	if formatted, err := format.Source(src); err == nil && !bytes.Equal(formatted, src) {
		return fmt.Errorf("%s: not gofmt-clean", name)
	}
	return nil
}
