// Package faulthandlermod is CPython's faulthandler module. Fatal Go
// runtime errors already print their own stack; the module keeps CPython's
// interface and argument checks: enable/disable/is_enabled, register/
// unregister, dump_traceback (the Python frames of a translated program are
// not available without a running exception, so it writes the header and
// "<no Python frame>"), dump_traceback_later on a timer (exiting with
// status 1 when exit=True), and the _sig* crash helpers tests use.
package faulthandlermod

import (
	"fmt"
	"os"
	"sync"
	"syscall"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var (
	mu         sync.Mutex
	enabled    bool
	registered map[int]bool
	later      *time.Timer
)

// fileFd is the file argument's descriptor (sys.stderr by default).
func fileFd(o py.Object) int {
	if o == nil || o == py.None {
		o = py.GetAttr(py.Import("sys"), "stderr")
		if o == py.None {
			panic(py.NewError(py.RuntimeErrorType, "sys.stderr is None"))
		}
	}
	if _, isInt := o.(py.Int); isInt {
		fd := py.Index(o)
		if fd < 0 {
			panic(py.NewError(py.ValueErrorType, "file is not a valid file descripter"))
		}
		return fd
	}
	fd := py.Index(py.CallMethod(o, "fileno"))
	if fd < 0 {
		panic(py.NewError(py.ValueErrorType, "file is not a valid file descripter"))
	}
	if py.LookupAttr(o, "flush") != nil {
		py.CallMethod(o, "flush")
	}
	return fd
}

func dump(fd int) {
	syscall.Write(fd, []byte("Stack (most recent call first):\n  <no Python frame>\n"))
}

func setup0() {
	py.RegisterModule("faulthandler", func(m *py.Module) {
		m.Set("__doc__", py.Str("faulthandler module."))
		m.AddFunc("enable", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("enable", args, kw, []string{"file", "all_threads"}, 0)
			fileFd(a[0])
			mu.Lock()
			enabled = true
			mu.Unlock()
			return py.None
		})
		m.AddFunc("disable", func(args []py.Object, kw []string) py.Object {
			mu.Lock()
			defer mu.Unlock()
			was := enabled
			enabled = false
			return py.NewBool(was)
		})
		m.AddFunc("is_enabled", func(args []py.Object, kw []string) py.Object {
			mu.Lock()
			defer mu.Unlock()
			return py.NewBool(enabled)
		})
		m.AddFunc("dump_traceback", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("dump_traceback", args, kw, []string{"file", "all_threads"}, 0)
			dump(fileFd(a[0]))
			return py.None
		})
		m.AddFunc("dump_traceback_later", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("dump_traceback_later", args, kw, []string{"timeout", "repeat", "file", "exit"}, 1)
			secs, ok := py.FloatValue(a[0])
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("must be real number, not %s", a[0].Type().Name)))
			}
			if secs <= 0 {
				panic(py.NewError(py.ValueErrorType, "timeout must be greater than 0"))
			}
			fd := fileFd(a[2])
			repeat := a[1] != nil && py.Truth(a[1])
			exit := a[3] != nil && py.Truth(a[3])
			d := time.Duration(secs * 1e9)
			mu.Lock()
			defer mu.Unlock()
			if later != nil {
				later.Stop()
			}
			var fire func()
			fire = func() {
				syscall.Write(fd, []byte(fmt.Sprintf("Timeout (%d:%02d:%02d)!\n", int(secs)/3600, int(secs)/60%60, int(secs)%60)))
				dump(fd)
				if exit {
					os.Exit(1)
				}
				if repeat {
					mu.Lock()
					later = time.AfterFunc(d, fire)
					mu.Unlock()
				}
			}
			later = time.AfterFunc(d, fire)
			return py.None
		})
		m.AddFunc("cancel_dump_traceback_later", func(args []py.Object, kw []string) py.Object {
			mu.Lock()
			defer mu.Unlock()
			if later != nil {
				later.Stop()
				later = nil
			}
			return py.None
		})
		m.AddFunc("register", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("register", args, kw, []string{"signum", "file", "all_threads", "chain"}, 1)
			sig := py.Index(a[0])
			if sig == int(syscall.SIGSEGV) || sig == int(syscall.SIGFPE) || sig == int(syscall.SIGABRT) || sig == int(syscall.SIGBUS) || sig == int(syscall.SIGILL) {
				panic(py.NewError(py.RuntimeErrorType, fmt.Sprintf("signal %d cannot be registered, use enable() instead", sig)))
			}
			if sig < 1 || sig >= 65 {
				panic(py.NewError(py.ValueErrorType, "signal number out of range"))
			}
			fileFd(a[1])
			mu.Lock()
			registered[sig] = true
			mu.Unlock()
			return py.None
		})
		m.AddFunc("unregister", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("unregister", args, kw, []string{"signum"}, 1)
			sig := py.Index(a[0])
			mu.Lock()
			defer mu.Unlock()
			was := registered[sig]
			delete(registered, sig)
			return py.NewBool(was)
		})
		crash := func(name string, sig syscall.Signal) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				py.FlushStdout()
				syscall.Kill(syscall.Getpid(), sig)
				time.Sleep(time.Second)
				os.Exit(128 + int(sig))
				return nil
			})
		}
		crash("_sigsegv", syscall.SIGSEGV)
		crash("_sigabrt", syscall.SIGABRT)
		crash("_sigfpe", syscall.SIGFPE)
		crash("_read_null", syscall.SIGSEGV)
		crash("_stack_overflow", syscall.SIGSEGV)
		m.AddFunc("_fatal_error_c_thread", func(args []py.Object, kw []string) py.Object {
			py.FlushStdout()
			os.Stderr.WriteString("Fatal Python error: _fatal_error_c_thread: in new thread\n")
			syscall.Kill(syscall.Getpid(), syscall.SIGABRT)
			time.Sleep(time.Second)
			os.Exit(134)
			return nil
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	registered = map[int]bool{}
}
