package sys

import (
	"os"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// addBreakpointHook adds sys.breakpointhook (and __breakpointhook__), what
// breakpoint() calls: the callable $PYTHONBREAKPOINT names, pdb.set_trace
// by default. A translated program has no debugger of its own; pdb.set_trace
// runs only as far as the program's pdb module can.
func addBreakpointHook(m *py.Module) {
	hook := py.NewBuiltin("breakpointhook", breakpointHook)
	hook.Module = "sys"
	m.Set("breakpointhook", hook)
	m.Set("__breakpointhook__", hook)
}

func breakpointHook(args []py.Object, kw []string) py.Object {
	name := os.Getenv("PYTHONBREAKPOINT")
	if name == "0" {
		return py.None
	}
	if name == "" {
		name = "pdb.set_trace"
	}
	modName, attr := "builtins", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		modName, attr = name[:i], name[i+1:]
	}
	var hook py.Object
	exc := py.Catch(func() {
		if modName == "" || attr == "" {
			panic(py.NewError(py.ImportErrorType, "empty module or attribute name"))
		}
		hook = py.GetAttr(py.ImportModule(modName), attr)
	})
	if exc != nil {
		if !exc.Type().IsSubtype(py.ImportErrorType) && !exc.Type().IsSubtype(py.AttributeErrorType) {
			panic(exc)
		}
		warnRuntime(`Ignoring unimportable $PYTHONBREAKPOINT: "` + name + `"`)
		return py.None
	}
	return py.CallKw(hook, args, kw)
}

// warnRuntime is a RuntimeWarning through the warnings module when the
// program has it, else printed as CPython's C-level warning is.
func warnRuntime(msg string) {
	var w py.Object
	if py.Catch(func() { w = py.ImportModule("warnings") }) != nil {
		py.FlushStdout()
		os.Stderr.WriteString("sys:1: RuntimeWarning: " + msg + "\n")
		return
	}
	py.CallMethod(w, "warn", py.Str(msg), py.RuntimeWarningType)
}
