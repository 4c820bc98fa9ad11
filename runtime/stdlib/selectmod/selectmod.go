// Package selectmod is CPython's select module on Linux: select(), poll
// objects and epoll objects over the system calls (through Go's syscall
// package), waiting without the interpreter lock and retrying after EINTR
// with the remaining timeout (PEP 475).
package selectmod

import (
	"fmt"
	"math"
	"syscall"
	"time"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var consts = []struct {
	name  string
	value int64
}{
	{"EPOLLERR", 8}, {"EPOLLET", 2147483648}, {"EPOLLEXCLUSIVE", 268435456}, {"EPOLLHUP", 16}, {"EPOLLIN", 1},
	{"EPOLLMSG", 1024}, {"EPOLLONESHOT", 1073741824}, {"EPOLLOUT", 4}, {"EPOLLPRI", 2}, {"EPOLLRDBAND", 128},
	{"EPOLLRDHUP", 8192}, {"EPOLLRDNORM", 64}, {"EPOLLWRBAND", 512}, {"EPOLLWRNORM", 256}, {"EPOLL_CLOEXEC", 524288},
	{"PIPE_BUF", 4096}, {"POLLERR", 8}, {"POLLHUP", 16}, {"POLLIN", 1}, {"POLLMSG", 1024}, {"POLLNVAL", 32},
	{"POLLOUT", 4}, {"POLLPRI", 2}, {"POLLRDBAND", 128}, {"POLLRDHUP", 8192}, {"POLLRDNORM", 64},
	{"POLLWRBAND", 512}, {"POLLWRNORM", 256},
}

func raise(err error) {
	e, ok := err.(syscall.Errno)
	if !ok {
		e = syscall.EIO
	}
	s := e.Error()
	msg := string(s[0]-'a'+'A') + s[1:]
	panic(py.Call(py.OSErrorType, py.Int(int(e)), py.Str(msg)).(*py.BaseException))
}

// Fileno is PyObject_AsFileDescriptor: an int, or the int from fileno().
func Fileno(o py.Object) int {
	var fd int
	switch v := o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		fd = indexOverflow(v)
	default:
		m := py.LookupAttr(o, "fileno")
		if m == nil {
			panic(py.NewError(py.TypeErrorType, "argument must be an int, or have a fileno() method."))
		}
		r := py.Call(m)
		switch r.(type) {
		case py.Int, py.Bool, *py.BigInt:
		default:
			panic(py.NewError(py.TypeErrorType, "fileno() returned a non-integer"))
		}
		fd = indexOverflow(r)
	}
	if fd < 0 {
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("file descriptor cannot be a negative integer (%d)", fd)))
	}
	return fd
}

func indexOverflow(o py.Object) int {
	b, _ := py.IndexBig(o)
	if !b.IsInt64() || b.Int64() > math.MaxInt32 || b.Int64() < math.MinInt32 {
		panic(py.NewError(py.OverflowErrorType, "Python int too large to convert to C int"))
	}
	return int(b.Int64())
}

// timeoutSecs converts select()'s and epoll.poll()'s float-or-None
// timeout; negative means forever (for epoll) or is an error (select).
func timeoutSecs(o py.Object, msg string) (float64, bool) {
	if o == nil || o == py.None {
		return -1, false
	}
	f, ok := py.FloatValue(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, msg))
	}
	if math.IsNaN(f) {
		panic(py.NewError(py.ValueErrorType, "Invalid value NaN (not a number)"))
	}
	return f, true
}

func seqItems(o py.Object) []py.Object {
	switch v := o.(type) {
	case *py.List:
		return append([]py.Object(nil), v.Items...)
	case *py.Tuple:
		return v.Items
	}
	defer func() {
		if r := recover(); r != nil {
			e := py.Recovered(r)
			if py.ExceptionMatches(e, py.TypeErrorType) {
				panic(py.NewError(py.TypeErrorType, "arguments 1-3 must be sequences"))
			}
			panic(e)
		}
	}()
	return py.AppendStar(nil, o)
}

type fdSet struct{ bits [16]int64 }

func (s *fdSet) set(fd int)        { s.bits[fd/64] |= 1 << (uint(fd) % 64) }
func (s *fdSet) isSet(fd int) bool { return s.bits[fd/64]&(1<<(uint(fd)%64)) != 0 }

func doSelect(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "select() takes no keyword arguments"))
	}
	if len(args) < 3 || len(args) > 4 {
		if len(args) < 3 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("select expected at least 3 arguments, got %d", len(args))))
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("select expected at most 4 arguments, got %d", len(args))))
	}
	timeout, have := -1.0, false
	if len(args) == 4 {
		timeout, have = timeoutSecs(args[3], "timeout must be a float or None")
		if have && timeout < 0 {
			panic(py.NewError(py.ValueErrorType, "timeout must be non-negative"))
		}
	}
	var lists [3][]py.Object
	var fds [3][]int
	maxfd := -1
	for i := 0; i < 3; i++ {
		lists[i] = seqItems(args[i])
		for _, o := range lists[i] {
			fd := Fileno(o)
			if fd >= 1024 {
				panic(py.NewError(py.ValueErrorType, "filedescriptor out of range in select()"))
			}
			fds[i] = append(fds[i], fd)
			if fd > maxfd {
				maxfd = fd
			}
		}
	}
	deadline := time.Now().Add(time.Duration(timeout * 1e9))
	var got [3]fdSet
	for {
		for i := 0; i < 3; i++ {
			got[i] = fdSet{}
			for _, fd := range fds[i] {
				got[i].set(fd)
			}
		}
		var tv *syscall.Timeval
		if have {
			left := time.Until(deadline)
			if left < 0 {
				left = 0
			}
			t := syscall.NsecToTimeval(left.Nanoseconds())
			tv = &t
		}
		var err error
		py.WithoutGIL(func() {
			_, err = syscall.Select(maxfd+1, (*syscall.FdSet)(unsafe.Pointer(&got[0])), (*syscall.FdSet)(unsafe.Pointer(&got[1])), (*syscall.FdSet)(unsafe.Pointer(&got[2])), tv)
		})
		if err == syscall.EINTR {
			py.Checkpoint()
			continue
		}
		if err != nil {
			raise(err)
		}
		break
	}
	var out [3]py.Object
	for i := 0; i < 3; i++ {
		l := py.NewList()
		for j, fd := range fds[i] {
			if got[i].isSet(fd) {
				l.Items = append(l.Items, lists[i][j])
			}
		}
		out[i] = l
	}
	return py.NewTuple(out[0], out[1], out[2])
}

// --- poll ---

type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

// Poll is a select.poll object.
type Poll struct {
	fds     map[int]int16
	order   []int
	polling bool
}

var PollType *py.Type

func (*Poll) Type() *py.Type { return PollType }

func eventMask(o py.Object) int16 {
	b, ok := py.IndexBig(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
	}
	if b.Sign() < 0 || !b.IsInt64() || b.Int64() > 0xffff {
		if b.Sign() < 0 {
			panic(py.NewError(py.ValueErrorType, "value must be positive"))
		}
		panic(py.NewError(py.OverflowErrorType, "Python int too large for C unsigned short"))
	}
	return int16(uint16(b.Int64()))
}

func (p *Poll) set(fd int, ev int16) {
	if _, ok := p.fds[fd]; !ok {
		p.order = append(p.order, fd)
	}
	p.fds[fd] = ev
}

func setup0() {
	po := func(o py.Object) *Poll { return o.(*Poll) }
	PollType.SetNoNew()
	py.AddMethod(PollType, "register", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("register", args[1:], kw, []string{"fd", "eventmask"}, 1)
		fd := Fileno(a[0])
		ev := int16(1 | 2 | 4) // POLLIN | POLLPRI | POLLOUT
		if a[1] != nil {
			ev = eventMask(a[1])
		}
		po(args[0]).set(fd, ev)
		return py.None
	})
	py.AddMethod(PollType, "modify", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("modify", args[1:], kw, []string{"fd", "eventmask"}, 2)
		p := po(args[0])
		fd := Fileno(a[0])
		ev := eventMask(a[1])
		if _, ok := p.fds[fd]; !ok {
			raise(syscall.ENOENT)
		}
		p.fds[fd] = ev
		return py.None
	})
	py.AddMethod(PollType, "unregister", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("unregister", args[1:], kw, []string{"fd"}, 1)
		p := po(args[0])
		fd := Fileno(a[0])
		if _, ok := p.fds[fd]; !ok {
			panic(py.NewException(py.KeyErrorType, a[0]))
		}
		delete(p.fds, fd)
		for i, x := range p.order {
			if x == fd {
				p.order = append(p.order[:i], p.order[i+1:]...)
				break
			}
		}
		return py.None
	})
	py.AddMethod(PollType, "poll", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("poll", args[1:], kw, []string{"timeout"}, 0)
		p := po(args[0])
		ms := -1
		if a[0] != nil && a[0] != py.None {
			f, ok := py.FloatValue(a[0])
			if !ok {
				panic(py.NewError(py.TypeErrorType, "timeout must be an integer or None"))
			}
			// Milliseconds, rounded up (_PyTime_ROUND_TIMEOUT).
			ms = int(math.Ceil(f))
			if f < 0 {
				ms = -1
			}
		}
		if p.polling {
			panic(py.NewError(py.RuntimeErrorType, "concurrent poll() invocation"))
		}
		pfds := make([]pollFd, len(p.order))
		deadline := time.Now().Add(time.Duration(ms) * time.Millisecond)
		p.polling = true
		defer func() { p.polling = false }()
		for {
			for i, fd := range p.order {
				pfds[i] = pollFd{fd: int32(fd), events: p.fds[fd]}
			}
			wait := ms
			if ms > 0 {
				wait = int(math.Ceil(float64(time.Until(deadline)) / 1e6))
				if wait < 0 {
					wait = 0
				}
			}
			var errno syscall.Errno
			py.WithoutGIL(func() {
				var ptr unsafe.Pointer
				if len(pfds) > 0 {
					ptr = unsafe.Pointer(&pfds[0])
				}
				// ppoll, which every Linux architecture has (arm64 has no poll).
				var ts *syscall.Timespec
				if wait >= 0 {
					t := syscall.NsecToTimespec(int64(wait) * 1e6)
					ts = &t
				}
				_, _, errno = syscall.Syscall6(syscall.SYS_PPOLL, uintptr(ptr), uintptr(len(pfds)), uintptr(unsafe.Pointer(ts)), 0, 0, 0)
			})
			if errno == syscall.EINTR {
				py.Checkpoint()
				continue
			}
			if errno != 0 {
				raise(errno)
			}
			break
		}
		out := py.NewList()
		for _, pf := range pfds {
			if pf.revents != 0 {
				out.Items = append(out.Items, py.NewTuple(py.Int(int(pf.fd)), py.Int(int(uint16(pf.revents)))))
			}
		}
		return out
	})
}

// --- epoll ---

// Epoll is a select.epoll object.
type Epoll struct {
	cls *py.Type
	fd  int
}

var EpollType *py.Type

func (e *Epoll) Type() *py.Type { return e.cls }

func (e *Epoll) check() {
	if e.fd < 0 {
		panic(py.NewError(py.ValueErrorType, "I/O operation on closed epoll object"))
	}
}

func (e *Epoll) ctl(op, fd int, events uint32) {
	ev := syscall.EpollEvent{Events: events, Fd: int32(fd)}
	if err := syscall.EpollCtl(e.fd, op, fd, &ev); err != nil {
		raise(err)
	}
}

func setup1() {
	ep := func(o py.Object) *Epoll { return o.(*Epoll) }
	EpollType.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		a := py.ParseArgs("epoll", args[1:], kw, []string{"sizehint", "flags"}, 0)
		if a[0] != nil {
			n := py.Index(a[0])
			if n != -1 && n <= 0 {
				panic(py.NewError(py.ValueErrorType, "negative sizehint"))
			}
		}
		fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
		if err != nil {
			raise(err)
		}
		return &Epoll{cls: cls, fd: fd}
	})})
	EpollType.Dict.SetStr("fromfd", &py.ClassMethod{Func: py.NewBuiltin("fromfd", func(args []py.Object, kw []string) py.Object {
		return &Epoll{cls: args[0].(*py.Type), fd: py.Index(args[1])}
	})})
	py.AddMethod(EpollType, "close", func(args []py.Object, kw []string) py.Object {
		e := ep(args[0])
		if e.fd >= 0 {
			syscall.Close(e.fd)
			e.fd = -1
		}
		return py.None
	})
	py.AddGetter(EpollType, "closed", func(o py.Object) py.Object { return py.NewBool(ep(o).fd < 0) }, nil)
	py.AddMethod(EpollType, "fileno", func(args []py.Object, kw []string) py.Object {
		e := ep(args[0])
		e.check()
		return py.Int(e.fd)
	})
	py.AddMethod(EpollType, "register", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("register", args[1:], kw, []string{"fd", "eventmask"}, 1)
		e := ep(args[0])
		e.check()
		fd := Fileno(a[0])
		mask := uint32(syscall.EPOLLIN | syscall.EPOLLPRI | syscall.EPOLLOUT)
		if a[1] != nil {
			mask = uint32(py.Index(a[1]))
		}
		e.ctl(syscall.EPOLL_CTL_ADD, fd, mask)
		return py.None
	})
	py.AddMethod(EpollType, "modify", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("modify", args[1:], kw, []string{"fd", "eventmask"}, 2)
		e := ep(args[0])
		e.check()
		e.ctl(syscall.EPOLL_CTL_MOD, Fileno(a[0]), uint32(py.Index(a[1])))
		return py.None
	})
	py.AddMethod(EpollType, "unregister", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("unregister", args[1:], kw, []string{"fd"}, 1)
		e := ep(args[0])
		e.check()
		e.ctl(syscall.EPOLL_CTL_DEL, Fileno(a[0]), 0)
		return py.None
	})
	py.AddMethod(EpollType, "poll", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("poll", args[1:], kw, []string{"timeout", "maxevents"}, 0)
		e := ep(args[0])
		e.check()
		secs, have := timeoutSecs(a[0], "timeout must be an integer or None")
		ms := -1
		if have && secs >= 0 {
			ms = int(math.Ceil(secs * 1000))
		}
		maxev := -1
		if a[1] != nil {
			maxev = py.Index(a[1])
		}
		if maxev == -1 {
			maxev = 1023
		} else if maxev < 1 {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("maxevents must be greater than 0, got %d", maxev)))
		}
		evs := make([]syscall.EpollEvent, maxev)
		deadline := time.Now().Add(time.Duration(ms) * time.Millisecond)
		var n int
		for {
			wait := ms
			if ms > 0 {
				wait = int(math.Ceil(float64(time.Until(deadline)) / 1e6))
				if wait < 0 {
					wait = 0
				}
			}
			var err error
			py.WithoutGIL(func() { n, err = syscall.EpollWait(e.fd, evs, wait) })
			if err == syscall.EINTR {
				py.Checkpoint()
				continue
			}
			if err != nil {
				raise(err)
			}
			break
		}
		out := py.NewList()
		for _, ev := range evs[:n] {
			out.Items = append(out.Items, py.NewTuple(py.Int(int(ev.Fd)), py.Int(int64(ev.Events))))
		}
		return out
	})
	py.AddMethod(EpollType, "__enter__", func(args []py.Object, kw []string) py.Object {
		ep(args[0]).check()
		return args[0]
	})
	py.AddMethod(EpollType, "__exit__", func(args []py.Object, kw []string) py.Object {
		return py.CallMethod(args[0], "close")
	})

	py.RegisterModule("select", func(m *py.Module) {
		m.Set("__doc__", py.Str("This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."))
		for _, c := range consts {
			m.Set(c.name, py.Int(c.value))
		}
		m.Set("error", py.OSErrorType)
		m.Set("epoll", EpollType)
		m.AddFunc("select", doSelect)
		m.AddFunc("poll", func(args []py.Object, kw []string) py.Object {
			if len(args) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("select.poll() takes no arguments (%d given)", len(args))))
			}
			return &Poll{fds: map[int]int16{}}
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	PollType = py.NewNativeType("poll", "select", nil, nil)
	EpollType = py.NewNativeType("epoll", "select", nil, func(t *py.Type) py.Object { return &Epoll{cls: t, fd: -1} })
}
