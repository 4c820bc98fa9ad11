package asyncio

import (
	"math"
	"runtime"
	"syscall"
	"time"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The selector of BaseSelectorEventLoop: an epoll instance the loop waits
// on itself (level-triggered, as selectors.EpollSelector), made when the
// first file descriptor is registered. While it exists the loop's select()
// is epoll_wait, and goroutines posting callbacks wake it through a pipe
// registered like CPython's self-pipe. Readiness of registered descriptors
// becomes reader/writer handles appended to the ready queue in the order
// epoll reports them, reader before writer for one descriptor, as
// _process_events does; so transports built on it see the events in the
// order CPython's do.

type fdKey struct {
	fd             int
	events         uint32 // epollIn|epollOut registered
	reader, writer *Handle
}

const (
	epollIn  = syscall.EPOLLIN
	epollOut = syscall.EPOLLOUT
)

type selector struct {
	epfd       int
	wakeR      int
	wakeW      int
	keys       map[int]*fdKey
	evbuf      []syscall.EpollEvent
	transports map[int]*sockTransport
}

func (l *Loop) selector() *selector {
	if s := l.sel.Load(); s != nil {
		return s
	}
	l.checkClosed()
	epfd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		panic(py.NewOSError(err, ""))
	}
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_NONBLOCK|syscall.O_CLOEXEC); err != nil {
		syscall.Close(epfd)
		panic(py.NewOSError(err, ""))
	}
	ev := syscall.EpollEvent{Events: epollIn, Fd: int32(p[0])}
	syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, p[0], &ev)
	s := &selector{epfd: epfd, wakeR: p[0], wakeW: p[1], keys: map[int]*fdKey{},
		evbuf: make([]syscall.EpollEvent, 64), transports: map[int]*sockTransport{}}
	l.sel.Store(s)
	return s
}

// wakeup is _write_to_self: called from any goroutine.
func (s *selector) wakeup() {
	var b [1]byte
	syscall.Write(s.wakeW, b[:])
}

func (s *selector) close() {
	syscall.Close(s.epfd)
	syscall.Close(s.wakeR)
	syscall.Close(s.wakeW)
}

// poll is epoll.poll(timeout) (negative: forever), retried on EINTR with
// the time left; it drains the wake pipe and returns the other events.
func (s *selector) poll(timeout float64) []syscall.EpollEvent {
	var deadline time.Time
	ms := -1
	if timeout >= 0 {
		// epoll rounds its timeout up to whole milliseconds.
		ms = int(math.Ceil(timeout * 1e3))
		deadline = time.Now().Add(time.Duration(ms) * time.Millisecond)
	}
	for {
		n, err := syscall.EpollWait(s.epfd, s.evbuf, ms)
		if err == syscall.EINTR {
			if ms > 0 {
				ms = max(0, int(math.Ceil(float64(time.Until(deadline))/1e6)))
			}
			continue
		}
		if err != nil || n <= 0 {
			return nil
		}
		out := s.evbuf[:0:0]
		for _, ev := range s.evbuf[:n] {
			if int(ev.Fd) == s.wakeR {
				var b [256]byte
				for {
					if k, _ := syscall.Read(s.wakeR, b[:]); k < len(b) {
						break
					}
				}
				continue
			}
			out = append(out, ev)
		}
		return out
	}
}

// waitSelect is the loop's select(timeout) while the selector exists.
func (l *Loop) waitSelect(s *selector, timeout float64) {
	var evs []syscall.EpollEvent
	if timeout != 0 && !l.hasPending() {
		py.WithoutGIL(func() { evs = s.poll(timeout) })
	} else {
		if activeWorkers > 0 && Monotonic()-l.rare().lastYield > 0.005 {
			l.more().lastYield = Monotonic()
			py.WithoutGIL(runtime.Gosched)
		}
		evs = s.poll(0)
	}
	l.drainPending()
	// _process_events: EPOLLHUP/EPOLLERR count as both directions, as
	// selectors.EpollSelector maps them.
	for _, ev := range evs {
		k := s.keys[int(ev.Fd)]
		if k == nil {
			continue
		}
		var mask uint32
		if ev.Events&^uint32(epollIn) != 0 {
			mask |= epollOut
		}
		if ev.Events&^uint32(epollOut) != 0 {
			mask |= epollIn
		}
		if mask&epollIn != 0 && k.reader != nil {
			if k.reader.cancelled {
				l.removeReader(k.fd)
			} else {
				l.ready.push(k.reader)
			}
		}
		if k = s.keys[int(ev.Fd)]; k == nil {
			continue
		}
		if mask&epollOut != 0 && k.writer != nil {
			if k.writer.cancelled {
				l.removeWriter(k.fd)
			} else {
				l.ready.push(k.writer)
			}
		}
	}
}

func (s *selector) ctl(k *fdKey, events uint32) {
	ev := syscall.EpollEvent{Events: events, Fd: int32(k.fd)}
	var err error
	switch {
	case k.events == 0:
		err = syscall.EpollCtl(s.epfd, syscall.EPOLL_CTL_ADD, k.fd, &ev)
		if err == syscall.EEXIST {
			err = syscall.EpollCtl(s.epfd, syscall.EPOLL_CTL_MOD, k.fd, &ev)
		}
	case events == 0:
		// A descriptor closed while registered has left epoll already.
		syscall.EpollCtl(s.epfd, syscall.EPOLL_CTL_DEL, k.fd, &ev)
	default:
		err = syscall.EpollCtl(s.epfd, syscall.EPOLL_CTL_MOD, k.fd, &ev)
		if err == syscall.ENOENT {
			err = syscall.EpollCtl(s.epfd, syscall.EPOLL_CTL_ADD, k.fd, &ev)
		}
	}
	if err != nil {
		if events == 0 || k.events == 0 {
			delete(s.keys, k.fd)
		}
		panic(py.NewOSError(err, ""))
	}
	k.events = events
	if events == 0 {
		delete(s.keys, k.fd)
	}
}

// addReader is _add_reader(fd, callback): h is the handle to run.
func (l *Loop) addReader(fd int, h *Handle) *Handle {
	l.checkClosed()
	s := l.selector()
	h.loop = l
	k := s.keys[fd]
	if k == nil {
		k = &fdKey{fd: fd}
		s.keys[fd] = k
	}
	old := k.reader
	s.ctl(k, k.events|epollIn)
	k.reader = h
	if old != nil {
		old.Cancel()
	}
	return h
}

func (l *Loop) addWriter(fd int, h *Handle) *Handle {
	l.checkClosed()
	s := l.selector()
	h.loop = l
	k := s.keys[fd]
	if k == nil {
		k = &fdKey{fd: fd}
		s.keys[fd] = k
	}
	old := k.writer
	s.ctl(k, k.events|epollOut)
	k.writer = h
	if old != nil {
		old.Cancel()
	}
	return h
}

// removeReader is _remove_reader(fd).
func (l *Loop) removeReader(fd int) bool {
	if l.closed {
		return false
	}
	s := l.sel.Load()
	if s == nil {
		return false
	}
	k := s.keys[fd]
	if k == nil {
		return false
	}
	r := k.reader
	k.reader = nil
	s.ctl(k, k.events&^epollIn)
	if r != nil {
		r.Cancel()
		return true
	}
	return false
}

func (l *Loop) removeWriter(fd int) bool {
	if l.closed {
		return false
	}
	s := l.sel.Load()
	if s == nil {
		return false
	}
	k := s.keys[fd]
	if k == nil {
		return false
	}
	w := k.writer
	k.writer = nil
	s.ctl(k, k.events&^epollOut)
	if w != nil {
		w.Cancel()
		return true
	}
	return false
}

func (l *Loop) polling(fd int, ev uint32) bool {
	s := l.sel.Load()
	if s == nil {
		return false
	}
	k := s.keys[fd]
	if k == nil || k.events&ev == 0 {
		return false
	}
	if ev == epollIn {
		return k.reader != nil && !k.reader.cancelled
	}
	return k.writer != nil && !k.writer.cancelled
}

// closeSelector is the selector's part of loop.close().
func (l *Loop) closeSelector() {
	if s := l.sel.Swap(nil); s != nil {
		s.close()
	}
}

// fileobjToFd is selectors._fileobj_to_fd.
func fileobjToFd(o py.Object) int {
	var fd int
	if _, ok := o.(py.Int); ok {
		fd = py.Index(o)
	} else if _, ok := o.(py.Bool); ok {
		fd = py.Index(o)
	} else {
		if e := catch(func() { fd = py.Index(py.CallMethod(o, "fileno")) }); e != nil {
			if e.Type().IsSubtype(py.AttributeErrorType) || e.Type().IsSubtype(py.TypeErrorType) || e.Type().IsSubtype(py.ValueErrorType) {
				valueError("Invalid file object: %s", py.Repr(o))
			}
			panic(e)
		}
	}
	if fd < 0 {
		valueError("Invalid file descriptor: %d", fd)
	}
	return fd
}

// ensureFdNoTransport is _ensure_fd_no_transport.
func (l *Loop) ensureFdNoTransport(o py.Object) int {
	fd := fileobjToFd(o)
	if s := l.sel.Load(); s != nil {
		if t := s.transports[fd]; t != nil && !t.closing {
			runtimeError("File descriptor %s is used by transport %s", py.Repr(o), t.String())
		}
	}
	return fd
}

func registerReadinessMethods() {
	t := LoopType
	mk := func(name string, add bool, writer bool) {
		def(t, name, func(a []py.Object, kw []string) py.Object {
			l := selfLoop(a[0])
			if add {
				if len(kw) > 0 {
					typeError("%s() got an unexpected keyword argument '%s'", name, kw[0])
				}
				if len(a) < 3 {
					typeError("%s() missing %d required positional argument%s", name, 3-len(a), plural(3-len(a)))
				}
				fd := l.ensureFdNoTransport(a[1])
				l.checkClosed()
				h := &Handle{cb: a[2], args: append([]py.Object(nil), a[3:]...), ctx: py.Current().Context.Copy()}
				if l.debug {
					h.setSite(callerSite())
				}
				if writer {
					l.addWriter(fd, h)
				} else {
					l.addReader(fd, h)
				}
				return py.None
			}
			p := parse(name, a[1:], kw, []string{"fd"}, 1)
			fd := l.ensureFdNoTransport(p[0])
			if writer {
				return py.NewBool(l.removeWriter(fd))
			}
			return py.NewBool(l.removeReader(fd))
		})
	}
	mk("add_reader", true, false)
	mk("add_writer", true, true)
	mk("remove_reader", false, false)
	mk("remove_writer", false, true)
}
