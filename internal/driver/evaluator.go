package driver

import (
	"bytes"
	"io/fs"
	"path"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
)

// The evaluator (eval, exec, compile) is runtime/pyeval, which carries the
// parser: both are shipped with the runtime's source, but a program links
// them only when one of its modules may call one of those builtins (see
// ARCHITECTURE.md, "eval, exec and compile").

// evaluatorPackage is the Go package main.go imports for it.
const evaluatorPackage = runtimeModule + "/runtime/pyeval"

// evaluatorMarks are what a translated module's Go holds when it reads one
// of the builtins (py.Builtin(&b_exec, "exec"), b_exec.Get("exec") where
// the module binds the name too), names one in a string
// (getattr(builtins, "exec"), as six does) or reads an attribute of that
// name (builtins.exec; not "compile", which would take in every re user).
var evaluatorMarks = [][]byte{
	[]byte(`&b_eval, "eval")`), []byte(`&b_exec, "exec")`), []byte(`&b_compile, "compile")`),
	[]byte(`b_eval.Get("eval")`), []byte(`b_exec.Get("exec")`), []byte(`b_compile.Get("compile")`),
	[]byte(`py.Str("eval")`), []byte(`py.Str("exec")`), []byte(`"eval", &ic`), []byte(`"exec", &ic`),
	// The evaluator also provides _ast (the ast module's classes).
	[]byte(`"_ast"`),
}

// needsEvaluator reports whether a translated module may call eval, exec
// or compile.
func needsEvaluator(goSrc []byte) bool {
	for _, m := range evaluatorMarks {
		if bytes.Contains(goSrc, m) {
			return true
		}
	}
	return false
}

// withEvaluator adds the evaluator to main.go's imports when a unit needs it.
func withEvaluator(imports []string, srcs ...[]byte) []string {
	for _, s := range srcs {
		if needsEvaluator(s) {
			return append(imports, evaluatorPackage)
		}
	}
	return imports
}

// parserFiles are the parser's files shipped with the runtime (paths
// relative to the parser's directory).
func parserFiles() ([]string, error) {
	var files []string
	err := fs.WalkDir(parser.Shipped, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if strings.HasSuffix(p, "_test.go") || parser.NotShipped[path.Base(p)] {
			return nil
		}
		files = append(files, p)
		return nil
	})
	return files, err
}

func unitSources(units []*translated) [][]byte {
	srcs := make([][]byte, len(units))
	for i, t := range units {
		srcs[i] = t.src
	}
	return srcs
}
