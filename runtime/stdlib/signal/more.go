package signal

import (
	"fmt"
	gosignal "os/signal"
	"runtime"
	"sort"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/enum"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

// Masks, waits, timers and the wakeup descriptor. Go's runtime owns the
// process's signal handlers and threads, so a program's signal mask is
// kept here, for the whole process, rather than in each thread's kernel
// mask: a blocked signal that arrives is held pending (sigpending) until
// it is unblocked or taken by sigwait/sigwaitinfo/sigtimedwait, as the
// kernel would hold it. Known difference: sigwaitinfo's struct_siginfo
// carries the signal's number and SI_USER, but not the sender's pid and
// uid (os/signal does not pass the kernel's siginfo on).

var (
	// mu guards the handlers, mask, pending set, waiters and wakeup fd:
	// the dispatcher goroutine reads them as signals arrive.
	mu       sync.Mutex
	blocked  = map[int]bool{}
	pending  = map[int]bool{}
	waiters  []*sigWaiter
	wakeupFd = -1
	// dflSet records, for the signals whose handler the program set,
	// whether it is SIG_DFL (compared under the GIL when set, so that the
	// dispatcher need not run Python's ==).
	dflSet = map[int]bool{}
	// claims are the event loops watching each signal
	// (add_signal_handler), which CPython backs with a Python handler.
	claims = map[int][]*loopClaim{}
)

// isDefaultLocked reports whether sig's handler is SIG_DFL; mu is held.
func isDefaultLocked(sig int) bool {
	if len(claims[sig]) > 0 {
		return false
	}
	if d, ok := dflSet[sig]; ok {
		return d
	}
	return sig != int(syscall.SIGINT) && !gosignal.Ignored(syscall.Signal(sig))
}

// loopClaim is one loop's add_signal_handler for a signal.
type loopClaim struct{ deliver func() }

// sigWaiter is a sigwait call waiting for one of set.
type sigWaiter struct {
	set map[int]bool
	got chan int
}

// deadly are the signals whose default action ends the process (with or
// without a core) but which Go's runtime would swallow, or answer with a
// goroutine dump: the module takes them all at start and, when the
// program's handler is SIG_DFL and no event loop watches the signal, ends
// the process by the signal itself.
var deadly = [65]bool{syscall.SIGHUP: true, syscall.SIGQUIT: true, syscall.SIGILL: true, syscall.SIGTRAP: true,
	syscall.SIGABRT: true, syscall.SIGBUS: true, syscall.SIGFPE: true, syscall.SIGUSR1: true, syscall.SIGSEGV: true,
	syscall.SIGUSR2: true, syscall.SIGALRM: true, syscall.SIGTERM: true, syscall.SIGSTKFLT: true, syscall.SIGXCPU: true,
	syscall.SIGXFSZ: true, syscall.SIGVTALRM: true, syscall.SIGIO: true, syscall.SIGPWR: true, syscall.SIGSYS: true,
	// The real-time signals, SIGRTMIN..SIGRTMAX.
	34: true, 35: true, 36: true, 37: true, 38: true, 39: true, 40: true, 41: true, 42: true, 43: true, 44: true, 45: true, 46: true, 47: true, 48: true, 49: true, 50: true, 51: true, 52: true, 53: true, 54: true, 55: true, 56: true, 57: true, 58: true, 59: true, 60: true, 61: true, 62: true, 63: true, 64: true}

// isDeadly reports whether sig is one of deadly (a static table: no code
// at start).
func isDeadly(sig int) bool { return sig >= 0 && sig < len(deadly) && deadly[sig] }

// dispatch routes a signal taken from the OS: to a sigwait caller waiting
// for it, else into the pending set while blocked, else to the wakeup
// descriptor and the Python handler (or the default action).
func dispatch(sig int) {
	mu.Lock()
	for i, w := range waiters {
		if w.set[sig] {
			waiters = append(waiters[:i], waiters[i+1:]...)
			mu.Unlock()
			w.got <- sig
			return
		}
	}
	if blocked[sig] {
		pending[sig] = true
		mu.Unlock()
		return
	}
	if cs := claims[sig]; len(cs) > 0 {
		// Event loops watch it (their handler is the Python one).
		cs = append([]*loopClaim(nil), cs...)
		mu.Unlock()
		for _, c := range cs {
			c.deliver()
		}
		return
	}
	fd := wakeupFd
	dfl := isDefaultLocked(sig)
	mu.Unlock()
	if isDeadly(sig) && dfl {
		dieBySignal(sig)
	}
	if fd >= 0 {
		syscall.Write(fd, []byte{byte(sig)})
	}
	py.TripSignal(sig)
}

// kernelSigaction is struct sigaction as rt_sigaction takes it.
type kernelSigaction struct {
	handler, flags, restorer uintptr
	mask                     uint64
}

// dieBySignal ends the process by sig's default action, as a process
// whose handler is SIG_DFL ends: the kernel's disposition goes back to
// SIG_DFL (Go's handler would catch it) and the signal is sent to this
// thread. Buffered output is lost, as in CPython. It returns when the
// default action does not end the process (a stop, then a continue).
func dieBySignal(sig int) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var act kernelSigaction
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&act)), 0, 8, 0, 0)
	set := uint64(1) << (sig - 1)
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 1 /* SIG_UNBLOCK */, uintptr(unsafe.Pointer(&set)), 0, 8, 0, 0)
	syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), syscall.Signal(sig))
	time.Sleep(10 * time.Millisecond) // the kernel delivers on return to user space
}

// sigset reads an iterable of signal numbers.
func sigset(o py.Object) map[int]bool {
	set := map[int]bool{}
	for _, x := range py.AppendStar(nil, o) {
		n := py.Index(x)
		if n < 1 || n >= 65 {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("signal number %d out of range [1; 64]", n)))
		}
		set[n] = true
	}
	return set
}

// signalSet is a set of signal numbers as signal.py returns them: Signals
// members where there is one, ints otherwise.
func signalSet(m *py.Module, set map[int]bool) py.Object {
	signals := py.GetAttr(m, "Signals")
	out := py.NewSet()
	for n := range set {
		out.Add(toSignal(signals, n))
	}
	return out
}

func toSignal(signals py.Object, n int) (r py.Object) {
	defer func() {
		if recover() != nil {
			r = py.Int(n)
		}
	}()
	return py.Call(signals, py.Int(n))
}

// takePending removes and returns the lowest pending signal of set (0:
// none).
func takePending(set map[int]bool) int {
	var nums []int
	for n := range pending {
		if set[n] {
			nums = append(nums, n)
		}
	}
	if len(nums) == 0 {
		return 0
	}
	sort.Ints(nums)
	delete(pending, nums[0])
	return nums[0]
}

// wait is sigwait's wait: a pending signal of set, else the next one to
// arrive, running the handlers of other signals meanwhile; 0 when the
// timeout (if not negative) passes first.
func wait(set map[int]bool, timeout time.Duration) int {
	mu.Lock()
	if n := takePending(set); n != 0 {
		mu.Unlock()
		return n
	}
	w := &sigWaiter{set: set, got: make(chan int, 1)}
	waiters = append(waiters, w)
	mu.Unlock()
	for n := range set {
		notify(n)
	}
	var deadline <-chan time.Time
	if timeout >= 0 {
		t := time.NewTimer(timeout)
		defer t.Stop()
		deadline = t.C
	}
	defer func() {
		mu.Lock()
		for i, x := range waiters {
			if x == w {
				waiters = append(waiters[:i], waiters[i+1:]...)
				break
			}
		}
		mu.Unlock()
	}()
	for {
		got, timedOut := 0, false
		py.WithoutGIL(func() {
			select {
			case got = <-w.got:
			case <-deadline:
				timedOut = true
			case <-py.SignalWakeup():
			}
		})
		if got != 0 {
			return got
		}
		if timedOut {
			select {
			case got = <-w.got:
				return got
			default:
			}
			return 0
		}
		py.CheckSignals()
	}
}

// itimer is setitimer/getitimer's struct itimerval.
type itimer struct{ interval, value syscall.Timeval }

func toTimeval(f float64) syscall.Timeval {
	sec := int64(f)
	usec := int64((f-float64(sec))*1e6 + 0.5)
	if usec >= 1e6 {
		sec, usec = sec+1, usec-1e6
	}
	if f > 0 && sec == 0 && usec == 0 {
		usec = 1 // a positive time never disarms the timer
	}
	return syscall.Timeval{Sec: sec, Usec: usec}
}

func fromTimeval(tv syscall.Timeval) py.Object {
	return py.Float(float64(tv.Sec) + float64(tv.Usec)/1e6)
}

func addMore(m *py.Module) {
	sigmasks := enum.NewClass("Sigmasks", "signal", "IntEnum", py.DictFromPairs(
		py.Str("SIG_BLOCK"), py.Int(0), py.Str("SIG_UNBLOCK"), py.Int(1), py.Str("SIG_SETMASK"), py.Int(2)))
	m.Set("Sigmasks", sigmasks)
	for _, n := range []string{"SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"} {
		m.Set(n, py.GetAttr(sigmasks, n))
	}
	m.Set("ITIMER_REAL", py.Int(0))
	m.Set("ITIMER_VIRTUAL", py.Int(1))
	m.Set("ITIMER_PROF", py.Int(2))
	itimerError := py.NewType("itimer_error", "signal", py.OSErrorType)
	m.Set("ItimerError", itimerError)
	siginfo := structseq.New("signal", "struct_siginfo", []string{"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"}, 7,
		"struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\nThis object may be accessed either as a tuple of\n(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\nor via the attributes si_signo, si_code, and so on.")
	m.Set("struct_siginfo", siginfo.Type)
	info := func(sig int) py.Object {
		// SI_USER (0); the sender's pid and uid are not known here.
		return siginfo.Make(py.Int(sig), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0))
	}

	m.AddFunc("pthread_sigmask", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("pthread_sigmask", args, kw, []string{"how", "mask"}, 2)
		how, set := py.Index(a[0]), sigset(a[1])
		if how < 0 || how > 2 {
			panic(py.NewOSError(syscall.EINVAL, ""))
		}
		mu.Lock()
		old := map[int]bool{}
		for n := range blocked {
			old[n] = true
		}
		switch how {
		case 0:
			for n := range set {
				blocked[n] = true
			}
		case 1:
			for n := range set {
				delete(blocked, n)
			}
		case 2:
			blocked = set
		}
		delete(blocked, int(syscall.SIGKILL))
		delete(blocked, int(syscall.SIGSTOP))
		var release []int
		for n := range pending {
			if !blocked[n] {
				release = append(release, n)
				delete(pending, n)
			}
		}
		now := map[int]bool{}
		for n := range blocked {
			now[n] = true
		}
		mu.Unlock()
		for n := range now {
			if !old[n] {
				notify(n)
			}
		}
		for n := range old {
			if !now[n] {
				install(n, handler(n))
			}
		}
		sort.Ints(release)
		for _, n := range release {
			dispatch(n)
		}
		// As CPython: handlers of the signals just unblocked run now.
		py.CheckSignals()
		return signalSet(m, old)
	})
	m.AddFunc("sigpending", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("sigpending", args, kw, nil, 0)
		mu.Lock()
		set := map[int]bool{}
		for n := range pending {
			set[n] = true
		}
		mu.Unlock()
		return signalSet(m, set)
	})
	m.AddFunc("sigwait", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("sigwait", args, kw, []string{"sigset"}, 1)
		return toSignal(py.GetAttr(m, "Signals"), wait(sigset(a[0]), -1))
	})
	m.AddFunc("sigwaitinfo", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("sigwaitinfo", args, kw, []string{"sigset"}, 1)
		return info(wait(sigset(a[0]), -1))
	})
	m.AddFunc("sigtimedwait", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("sigtimedwait", args, kw, []string{"sigset", "timeout"}, 2)
		set := sigset(a[0])
		secs, ok := py.FloatValue(a[1])
		if !ok {
			panic(py.NewError(py.TypeErrorType, "'"+a[1].Type().Name+"' object cannot be interpreted as an integer or float"))
		}
		if secs < 0 {
			panic(py.NewError(py.ValueErrorType, "timeout must be non-negative"))
		}
		if n := wait(set, time.Duration(secs*float64(time.Second))); n != 0 {
			return info(n)
		}
		return py.None
	})
	m.AddFunc("pause", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("pause", args, kw, nil, 0)
		py.WithoutGIL(func() { <-py.SignalWakeup() })
		py.CheckSignals()
		return py.None
	})
	m.AddFunc("siginterrupt", func(args []py.Object, kw []string) py.Object {
		// Go's runtime restarts interrupted system calls (SA_RESTART); the
		// runtime retries EINTR as CPython does since PEP 475, so the flag
		// changes nothing a program can see.
		a := py.ParseArgs("siginterrupt", args, kw, []string{"signalnum", "flag"}, 2)
		checkSig(a[0])
		py.Index(a[1])
		return py.None
	})
	m.AddFunc("set_wakeup_fd", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("set_wakeup_fd", args, kw, []string{"fd", "*", "warn_on_full_buffer"}, 1)
		fd := py.Index(a[0])
		if py.Current() != py.MainThread {
			panic(py.NewError(py.ValueErrorType, "set_wakeup_fd only works in main thread of the main interpreter"))
		}
		if fd != -1 {
			var st syscall.Stat_t
			if err := syscall.Fstat(fd, &st); err != nil {
				panic(py.NewOSError(err, ""))
			}
			flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
			if errno != 0 {
				panic(py.NewOSError(errno, ""))
			}
			if flags&syscall.O_NONBLOCK == 0 {
				panic(py.NewError(py.ValueErrorType, fmt.Sprintf("the fd %d must be in non-blocking mode", fd)))
			}
		}
		mu.Lock()
		old := wakeupFd
		wakeupFd = fd
		mu.Unlock()
		return py.Int(old)
	})
	m.AddFunc("pidfd_send_signal", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("pidfd_send_signal", args, kw, []string{"pidfd", "sig", "siginfo", "flags"}, 2)
		if a[2] != nil && a[2] != py.None {
			panic(py.NewError(py.TypeErrorType, "siginfo must be None"))
		}
		flags := 0
		if a[3] != nil {
			flags = py.Index(a[3])
		}
		const sysPidfdSendSignal = 424
		_, _, errno := syscall.Syscall6(sysPidfdSendSignal, uintptr(py.Index(a[0])), uintptr(py.Index(a[1])), 0, uintptr(flags), 0, 0)
		if errno != 0 {
			panic(py.NewOSError(errno, ""))
		}
		return py.None
	})
	setitimer := func(which int, value, interval float64) (old itimer) {
		nv := itimer{interval: toTimeval(interval), value: toTimeval(value)}
		_, _, errno := syscall.Syscall(syscall.SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(&nv)), uintptr(unsafe.Pointer(&old)))
		if errno != 0 {
			panic(py.NewException(itimerError, py.Int(int(errno)), py.GetAttr(py.NewOSError(errno, ""), "strerror")))
		}
		return old
	}
	seconds := func(o py.Object) float64 {
		f, ok := py.FloatValue(o)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "'"+o.Type().Name+"' object cannot be interpreted as an integer or float"))
		}
		if f < 0 {
			panic(py.NewException(itimerError, py.Int(int(syscall.EINVAL)), py.GetAttr(py.NewOSError(syscall.EINVAL, ""), "strerror")))
		}
		return f
	}
	m.AddFunc("setitimer", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("setitimer", args, kw, []string{"which", "seconds", "interval"}, 2)
		interval := 0.0
		if a[2] != nil {
			interval = seconds(a[2])
		}
		which := py.Index(a[0])
		old := setitimer(which, seconds(a[1]), interval)
		return py.NewTuple(fromTimeval(old.value), fromTimeval(old.interval))
	})
	m.AddFunc("getitimer", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getitimer", args, kw, []string{"which"}, 1)
		var cur itimer
		_, _, errno := syscall.Syscall(syscall.SYS_GETITIMER, uintptr(py.Index(a[0])), uintptr(unsafe.Pointer(&cur)), 0)
		if errno != 0 {
			panic(py.NewException(itimerError, py.Int(int(errno)), py.GetAttr(py.NewOSError(errno, ""), "strerror")))
		}
		return py.NewTuple(fromTimeval(cur.value), fromTimeval(cur.interval))
	})
	m.AddFunc("alarm", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("alarm", args, kw, []string{"seconds"}, 1)
		secs := py.Index(a[0])
		old := setitimer(0, float64(uint32(secs)), 0)
		// As the kernel's alarm: the time left, rounded to the nearest
		// second, never 0 while the alarm was set.
		left := old.value.Sec
		if old.value.Usec >= 500000 || (left == 0 && old.value.Usec > 0) {
			left++
		}
		return py.Int(int(left))
	})
	m.AddFunc("valid_signals", func(args []py.Object, kw []string) py.Object {
		py.ParseArgs("valid_signals", args, kw, nil, 0)
		set := map[int]bool{}
		for i := 1; i < 65; i++ {
			if i != 32 && i != 33 {
				set[i] = true
			}
		}
		return signalSet(m, set)
	})
}

// notify makes the OS's sig come to the dispatcher (for a mask or a
// waiter), unless the program ignores it.
func notify(sig int) {
	if h := handler(sig); h != DefaultIntHandler && py.Eq(h, SigIgn) {
		return
	}
	goNotify(sigCh, syscall.Signal(sig))
}
