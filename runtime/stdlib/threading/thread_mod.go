package threading

import (
	"fmt"
	"os"
	"sync/atomic"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The _thread module: the low-level primitives pure-Python modules import
// (reprlib's get_ident, tempfile's allocate_lock, ...), sharing threading's
// lock types and threads.

var threadCount atomic.Int64

func startNewThread(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "start_new_thread() takes no keyword arguments"))
	}
	if len(args) < 2 || len(args) > 3 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("start_new_thread expected at least 2 arguments, got %d", len(args))))
	}
	fn := args[0]
	if !py.Truth(py.Call(py.LoadBuiltin("callable"), fn)) {
		panic(py.NewError(py.TypeErrorType, "first arg must be callable"))
	}
	pos, ok := args[1].(*py.Tuple)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "2nd arg must be a tuple"))
	}
	var names []string
	var vals []py.Object
	if len(args) == 3 && args[2] != py.None {
		d, ok := args[2].(*py.Dict)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "optional 3rd arg must be a dictionary"))
		}
		d.Items(func(k, v py.Object) bool {
			names = append(names, py.StrOf(k))
			vals = append(vals, v)
			return true
		})
	}
	threadCount.Add(1)
	started := make(chan int64, 1)
	py.StartThread("", py.Current().Context.Copy(), func() {
		started <- py.Current().Ident
		defer threadCount.Add(-1)
		defer func() {
			if r := recover(); r != nil {
				e := py.Recovered(r)
				if py.ExceptionMatches(e, py.SystemExitType) {
					return
				}
				py.FlushStdout()
				os.Stderr.WriteString("Exception ignored in thread started by: " + py.Repr(fn) + "\n" + py.FormatException(e))
			}
		}()
		py.CallEx(fn, pos.Items, names, vals)
	})
	var id int64
	py.WithoutGIL(func() { id = <-started })
	return py.Int(id)
}

func setup1() {
	py.RegisterModule("_thread", func(m *py.Module) {
		m.Set("__doc__", py.Str("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."))
		m.Set("LockType", LockType)
		m.Set("RLock", RLockType)
		m.Set("TIMEOUT_MAX", py.Float(9223372036.0))
		m.Set("error", py.RuntimeErrorType)
		m.Set("_local", LocalType)
		for _, name := range []string{"allocate_lock", "allocate"} {
			name := name
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				if len(args) > 0 {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_thread.%s() takes no arguments (%d given)", name, len(args))))
				}
				return newLock(false)
			})
		}
		m.AddFunc("start_new_thread", startNewThread)
		m.AddFunc("start_new", startNewThread)
		m.AddFunc("get_ident", func(args []py.Object, kw []string) py.Object { return py.Int(py.Current().Ident) })
		m.AddFunc("get_native_id", func(args []py.Object, kw []string) py.Object {
			return py.GetAttr(CurrentThread(), "native_id")
		})
		exit := func(args []py.Object, kw []string) py.Object { panic(py.NewException(py.SystemExitType)) }
		m.AddFunc("exit", exit)
		m.AddFunc("exit_thread", exit)
		m.AddFunc("_count", func(args []py.Object, kw []string) py.Object { return py.Int(threadCount.Load()) })
		m.AddFunc("interrupt_main", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("interrupt_main", args, kw, []string{"signum"}, 0)
			sig := py.Object(py.Int(2))
			if a[0] != nil {
				sig = a[0]
			}
			// As if the signal arrived: its Python handler runs (SIGINT's
			// default raises KeyboardInterrupt).
			return py.Call(py.GetAttr(py.Import("signal"), "raise_signal"), sig)
		})
		stack := 0
		m.AddFunc("stack_size", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("stack_size", args, kw, []string{"size"}, 0)
			old := stack
			if a[0] != nil {
				n := py.Index(a[0])
				if n != 0 && n < 32768 {
					panic(py.NewError(py.ValueErrorType, fmt.Sprintf("size not valid: %d bytes", n)))
				}
				stack = n
			}
			return py.Int(old)
		})
		m.AddFunc("_set_sentinel", func(args []py.Object, kw []string) py.Object { return newLock(false) })
		m.AddFunc("_excepthook", func(args []py.Object, kw []string) py.Object { return py.None })
		m.Set("_ExceptHookArgs", py.NamedTuple("_ExceptHookArgs", "thread", []string{"exc_type", "exc_value", "exc_traceback", "thread"}, nil))
	})
}
