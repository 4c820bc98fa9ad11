// Package atexitmod is Python's atexit module: callbacks run last in,
// first out when the program ends (after an uncaught exception's
// traceback, as in CPython), exceptions reported as CPython reports them.
package atexitmod

import (
	"fmt"
	"os"

	"github.com/py2goasync/py2goasync/runtime/py"
)

type callback struct {
	fn    py.Object
	args  []py.Object
	names []string
	vals  []py.Object
}

var callbacks []*callback

// Run calls the registered callbacks, newest first, and clears them.
func Run() {
	for len(callbacks) > 0 {
		cb := callbacks[len(callbacks)-1]
		callbacks = callbacks[:len(callbacks)-1]
		if cb == nil {
			continue
		}
		if e := py.Catch(func() { py.CallEx(cb.fn, cb.args, cb.names, cb.vals) }); e != nil {
			py.FlushStdout()
			os.Stderr.WriteString("Exception ignored in atexit callback: " + py.Repr(cb.fn) + "\n" + py.FormatException(e))
		}
	}
}

func init() {
	py.AtExit(Run)
	py.RegisterModule("atexit", func(m *py.Module) {
		m.Set("__doc__", py.Str("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"))
		m.AddFunc("register", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			if npos < 1 {
				panic(py.NewError(py.TypeErrorType, "register() takes at least 1 argument (0 given)"))
			}
			fn := args[0]
			if !py.Truth(py.Call(py.LoadBuiltin("callable"), fn)) {
				panic(py.NewError(py.TypeErrorType, "the first argument must be callable"))
			}
			cb := &callback{fn: fn, args: append([]py.Object(nil), args[1:npos]...), names: kw, vals: append([]py.Object(nil), args[npos:]...)}
			callbacks = append(callbacks, cb)
			return fn
		})
		m.AddFunc("unregister", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("atexit.unregister() takes exactly one argument (%d given)", len(args))))
			}
			for i, cb := range callbacks {
				if cb != nil && py.Eq(cb.fn, args[0]) {
					callbacks[i] = nil
				}
			}
			return py.None
		})
		m.AddFunc("_run_exitfuncs", func(args []py.Object, kw []string) py.Object { Run(); return py.None })
		m.AddFunc("_clear", func(args []py.Object, kw []string) py.Object { callbacks = nil; return py.None })
		m.AddFunc("_ncallbacks", func(args []py.Object, kw []string) py.Object {
			// As CPython's: unregistered callbacks leave their slot counted.
			return py.Int(len(callbacks))
		})
	})
}
