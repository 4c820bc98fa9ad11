// Package signal is Python's signal module. As in CPython, Python handlers
// run in the main thread between "bytecodes": a goroutine takes the OS
// signal and trips it (py.TripSignal), and the main thread runs the
// handler at its next safe point (py.CheckSignals), where what the handler
// raises is raised. SIGINT gets Python's default handler
// (KeyboardInterrupt) at start unless it was ignored then (a background
// job), in which case it stays ignored; with the default handler, SIGINT
// is delivered to a running asyncio Runner as CPython's Runner does.
package signal

import (
	"os"
	gosignal "os/signal"
	"sort"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/enum"
)

var names = map[int]string{
	16: "SIGSTKFLT", 1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE",
	9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
	17: "SIGCHLD", 18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU", 23: "SIGURG",
	24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF", 28: "SIGWINCH", 29: "SIGIO", 30: "SIGPWR", 31: "SIGSYS",
}

var (
	// SigDfl and SigIgn are signal.SIG_DFL and SIG_IGN.
	SigDfl py.Object = py.Int(0)
	SigIgn py.Object = py.Int(1)
	// DefaultIntHandler is signal.default_int_handler.
	DefaultIntHandler = py.NewBuiltin("default_int_handler", func(args []py.Object, kw []string) py.Object {
		py.Raise(py.NewException(py.KeyboardInterruptType))
		return py.None
	})
	handlers = map[int]py.Object{}
	// sigCh receives every signal that has a Python handler.
	sigCh = make(chan os.Signal, 16)
)

func init() {
	DefaultIntHandler.Module = "_signal"
	py.SigintIsDefault = func() bool { return handler(2) == DefaultIntHandler }
	py.ClaimSignal = claimSignal
	py.OnStart(start)
}

// start routes the OS's signals to Python handlers when the program
// starts: SIGINT gets default_int_handler unless it was ignored at start.
func start() {
	py.SignalHandler = runHandler
	py.RouteSignals()
	go func() {
		for s := range sigCh {
			if n, ok := s.(syscall.Signal); ok {
				dispatch(int(n))
			}
		}
	}()
	if !gosignal.Ignored(syscall.SIGINT) {
		gosignal.Notify(sigCh, syscall.SIGINT)
	}
	// Signals whose default action ends the process must end it as
	// CPython's would (Go's runtime would swallow them, or print a
	// goroutine dump): most go back to the kernel's default action
	// (kerneldefault.go); the faults Go's runtime panics on come here.
	for sig, d := range deadly {
		switch {
		case !d || gosignal.Ignored(syscall.Signal(sig)):
		case leftToKernel(sig):
			giveToKernel(sig)
		case sig != int(syscall.SIGHUP) && sig != int(syscall.SIGTERM):
			gosignal.Notify(sigCh, syscall.Signal(sig))
		}
	}
}

// claimSignal is py.ClaimSignal: a loop's add_signal_handler
// receives sig through the module's dispatcher until released; then the
// program's own handler for sig applies again.
func claimSignal(sig int, deliver func()) (release func()) {
	c := &loopClaim{deliver: deliver}
	mu.Lock()
	claims[sig] = append(claims[sig], c)
	mu.Unlock()
	goNotify(sigCh, syscall.Signal(sig))
	return func() {
		mu.Lock()
		cs := claims[sig]
		for i, x := range cs {
			if x == c {
				claims[sig] = append(cs[:i:i], cs[i+1:]...)
				break
			}
		}
		left := len(claims[sig])
		mu.Unlock()
		if left == 0 {
			install(sig, handler(sig))
		}
	}
}

// runHandler runs sig's handler in the main thread after sig arrived
// (py.SignalHandler): handlers set to SIG_IGN or SIG_DFL meanwhile are
// skipped, as PyErr_CheckSignals skips them.
func runHandler(sig int) {
	h := handler(sig)
	if h != DefaultIntHandler && (py.Eq(h, SigIgn) || py.Eq(h, SigDfl)) {
		return
	}
	Deliver(sig)
}

func handler(sig int) py.Object {
	mu.Lock()
	defer mu.Unlock()
	return handlerLocked(sig)
}

// handlerLocked is handler with mu held.
func handlerLocked(sig int) py.Object {
	if h, ok := handlers[sig]; ok {
		return h
	}
	if gosignal.Ignored(syscall.Signal(sig)) {
		// Ignored since the program started (SIGINT, SIGHUP).
		return SigIgn
	}
	if sig == 2 {
		return DefaultIntHandler
	}
	return SigDfl
}

func checkSig(o py.Object) int {
	n := py.Index(o)
	if n < 1 || n >= 65 {
		panic(py.NewError(py.ValueErrorType, "signal number out of range"))
	}
	return n
}

// Deliver runs what the program installed for sig, as if it had arrived
// (raise_signal, or a real signal taken from the OS).
func Deliver(sig int) {
	h := handler(sig)
	switch {
	case h == DefaultIntHandler:
		if py.InterruptRunner != nil && py.InterruptRunner() {
			return
		}
		py.Raise(py.NewException(py.KeyboardInterruptType))
	case py.Eq(h, SigIgn):
	case py.Eq(h, SigDfl):
		if isDeadly(sig) {
			dieBySignal(sig)
			return
		}
		// Stop or ignore (SIGTSTP, SIGCHLD, ...): the system's default.
		goReset(syscall.Signal(sig))
		syscall.Kill(os.Getpid(), syscall.Signal(sig))
	default:
		py.Call(h, py.Int(sig), py.None)
	}
}

// install makes the OS deliver sig as h wants: to the Python handler (or
// default_int_handler) through sigCh, with the default action, or not at
// all.
func install(sig int, h py.Object) {
	s := syscall.Signal(sig)
	mu.Lock()
	held := blocked[sig] || len(waiters) > 0
	claimed := len(claims[sig]) > 0
	mu.Unlock()
	switch {
	case claimed || held && !(h != DefaultIntHandler && py.Eq(h, SigIgn)):
		goNotify(sigCh, s)
	case h != DefaultIntHandler && py.Eq(h, SigDfl) && isDeadly(sig):
		goNotify(sigCh, s)
	case h != DefaultIntHandler && py.Eq(h, SigDfl):
		goReset(s)
	case h != DefaultIntHandler && py.Eq(h, SigIgn):
		goIgnore(s)
	default:
		goNotify(sigCh, s)
	}
}

func init() {
	py.RegisterModule("signal", func(m *py.Module) {
		signals := signalsEnum()
		for _, name := range names {
			m.Set(name, py.GetAttr(signals, name))
		}
		for _, alias := range []string{"SIGIOT", "SIGCLD", "SIGPOLL", "SIGRTMIN", "SIGRTMAX"} {
			m.Set(alias, py.GetAttr(signals, alias))
		}
		m.Set("Signals", signals)
		handlersEnum := enum.NewClass("Handlers", "signal", "IntEnum", py.DictFromPairs(py.Str("SIG_DFL"), py.Int(0), py.Str("SIG_IGN"), py.Int(1)))
		SigDfl, SigIgn = py.GetAttr(handlersEnum, "SIG_DFL"), py.GetAttr(handlersEnum, "SIG_IGN")
		m.Set("Handlers", handlersEnum)
		m.Set("NSIG", py.Int(65))
		m.Set("SIG_DFL", SigDfl)
		m.Set("SIG_IGN", SigIgn)
		m.Set("default_int_handler", DefaultIntHandler)
		m.AddFunc("signal", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("signal", args, kw, []string{"signalnum", "handler"}, 2)
			sig := checkSig(a[0])
			if py.Current() != py.MainThread {
				panic(py.NewError(py.ValueErrorType, "signal only works in main thread of the main interpreter"))
			}
			if sig == 9 || sig == 19 {
				panic(py.NewException(py.OSErrorType, py.Int(22), py.Str("Invalid argument")))
			}
			h := a[1]
			if !py.Eq(h, SigDfl) && !py.Eq(h, SigIgn) {
				if _, ok := h.(py.Callable); !ok && py.LookupSpecial(h, "__call__") == nil {
					panic(py.NewError(py.TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"))
				}
			}
			mu.Lock()
			old := handlerLocked(sig)
			handlers[sig] = h
			dflSet[sig] = h != DefaultIntHandler && py.Eq(h, SigDfl)
			mu.Unlock()
			install(sig, h)
			return old
		})
		m.AddFunc("getsignal", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("getsignal", args, kw, []string{"signalnum"}, 1)
			return handler(checkSig(a[0]))
		})
		m.AddFunc("raise_signal", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("raise_signal", args, kw, []string{"signalnum"}, 1)
			sig := checkSig(a[0])
			if !py.SignalsRouted() {
				Deliver(sig)
				return py.None
			}
			// As raise(3): through the mask, the waiters and the wakeup
			// descriptor to the handler, which runs in the main thread
			// (here, at once, if this is it).
			if h := handler(sig); h != DefaultIntHandler && py.Eq(h, SigIgn) {
				return py.None
			}
			dispatch(sig)
			py.CheckSignals()
			return py.None
		})
		m.AddFunc("strsignal", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("strsignal", args, kw, []string{"signalnum"}, 1)
			s := syscall.Signal(checkSig(a[0])).String()
			if len(s) > 0 {
				s = string(s[0]-'a'+'A') + s[1:]
			}
			return py.Str(s)
		})
		m.AddFunc("pthread_kill", func(args []py.Object, kw []string) py.Object {
			Deliver(checkSig(args[1]))
			return py.None
		})
		addMore(m)
	})
}

// signalsEnum is signal.Signals: an IntEnum of the signal numbers, members
// ordered by value (then name), as enum._convert_ builds it.
func signalsEnum() *py.Type {
	all := map[string]int{"SIGIOT": 6, "SIGCLD": 17, "SIGPOLL": 29, "SIGRTMIN": 34, "SIGRTMAX": 64}
	for n, name := range names {
		all[name] = n
	}
	keys := make([]string, 0, len(all))
	for k := range all {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if all[keys[i]] != all[keys[j]] {
			return all[keys[i]] < all[keys[j]]
		}
		return keys[i] < keys[j]
	})
	ns := py.NewDict()
	for _, k := range keys {
		ns.SetStr(k, py.Int(all[k]))
	}
	return enum.NewClass("Signals", "signal", "IntEnum", ns)
}
