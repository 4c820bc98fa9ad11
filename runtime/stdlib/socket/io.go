package socket

import (
	"net"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Timeouts and the datagram and buffer methods: recv_into, recvfrom,
// recvfrom_into, sendto, with socket.settimeout's semantics (None:
// blocking; 0: non-blocking; t > 0: each operation waits at most t seconds
// for the descriptor, then raises TimeoutError("timed out")).

// timeoutSecs is the socket's timeout in seconds, -1 for None (blocking).
func (s *Socket) timeoutSecs() float64 {
	if s.timeout == nil || s.timeout == py.None {
		return -1
	}
	f, _ := py.FloatValue(s.timeout)
	return f
}

type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

const (
	pollIn  = 0x1
	pollOut = 0x4
)

// waitReady waits for the descriptor to be readable (or writable) as the
// socket's timeout allows.
func (s *Socket) waitReady(write bool) {
	t := s.timeoutSecs()
	switch {
	case t < 0:
		py.WaitReady(s.fd, write)
		return
	case t == 0:
		return
	}
	events := int16(pollIn)
	if write {
		events = pollOut
	}
	deadline := time.Now().Add(time.Duration(t * float64(time.Second)))
	for {
		left := time.Until(deadline)
		if left < 0 {
			left = 0
		}
		ts := syscall.NsecToTimespec(int64(left))
		fds := [1]pollFd{{fd: int32(s.fd), events: events}}
		var n uintptr
		var errno syscall.Errno
		py.WithoutGIL(func() {
			n, _, errno = syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&fds[0])), 1, uintptr(unsafe.Pointer(&ts)), 0, 0, 0)
		})
		switch {
		case errno == syscall.EINTR:
			py.CheckSignals()
			continue
		case errno != 0:
			return // the operation reports the descriptor's error
		case n == 0:
			panic(py.NewError(py.TimeoutErrorType, "timed out"))
		}
		return
	}
}

// do runs op once the descriptor is ready, again while a socket with a
// timeout gets EAGAIN.
func (s *Socket) do(write bool, op func() error) {
	s.check()
	for {
		s.waitReady(write)
		var err error
		py.WithoutGIL(func() { err = op() })
		if (err == syscall.EAGAIN || err == syscall.EINTR) && s.timeoutSecs() > 0 {
			if err == syscall.EINTR {
				py.CheckSignals()
			}
			continue
		}
		oserr(err)
		return
	}
}

func optFlags(args []py.Object, i int) int {
	if len(args) > i && args[i] != py.None {
		return py.Index(args[i])
	}
	return 0
}

// writableBuffer is the bytes behind a bytearray, memoryview or array the
// recv_into family fills.
func writableBuffer(o py.Object) ([]byte, func([]byte)) {
	if ba, ok := o.(*py.ByteArray); ok {
		return ba.B, nil
	}
	if b, ok := py.BytesLike(o); ok {
		if _, isBytes := o.(py.Bytes); !isBytes {
			// A copy for objects the runtime exposes by value: write
			// back through slice assignment.
			tmp := make([]byte, len(b))
			return tmp, func(got []byte) {
				py.SetItem(o, py.NewSlice(py.Int(0), py.Int(len(got)), py.None), py.Bytes(got))
			}
		}
	}
	panic(py.NewError(py.TypeErrorType, "recv_into() argument 'buffer' must be read-write bytes-like object, not "+o.Type().Name))
}

func registerIO() {
	def("recv_into", func(s *Socket, args []py.Object) py.Object {
		if len(args) < 1 {
			panic(py.NewError(py.TypeErrorType, "recv_into() missing required argument 'buffer' (pos 1)"))
		}
		buf, back := writableBuffer(args[0])
		if len(args) > 1 && args[1] != py.None {
			if n := py.Index(args[1]); n < 0 {
				panic(py.NewError(py.ValueErrorType, "negative buffersize in recv_into"))
			} else if n > 0 {
				if n > len(buf) {
					panic(py.NewError(py.ValueErrorType, "buffer too small for requested bytes"))
				}
				buf = buf[:n]
			}
		}
		flags := optFlags(args, 2)
		var n int
		s.do(false, func() (err error) {
			n, _, err = syscall.Recvfrom(s.fd, buf, flags)
			return
		})
		if n < 0 {
			n = 0
		}
		if back != nil {
			back(buf[:n])
		}
		return py.Int(n)
	})
	def("recvfrom", func(s *Socket, args []py.Object) py.Object {
		if len(args) < 1 {
			panic(py.NewError(py.TypeErrorType, "recvfrom expected at least 1 argument, got 0"))
		}
		size := py.Index(args[0])
		if size < 0 {
			panic(py.NewError(py.ValueErrorType, "negative buffersize in recvfrom"))
		}
		buf := make([]byte, size)
		flags := optFlags(args, 1)
		var n int
		var from syscall.Sockaddr
		s.do(false, func() (err error) {
			n, from, err = syscall.Recvfrom(s.fd, buf, flags)
			return
		})
		if n < 0 {
			n = 0
		}
		var addr py.Object = py.None
		if from != nil {
			addr = addrObj(from)
		}
		return py.NewTuple(py.Bytes(buf[:n]), addr)
	})
	def("recvfrom_into", func(s *Socket, args []py.Object) py.Object {
		if len(args) < 1 {
			panic(py.NewError(py.TypeErrorType, "recvfrom_into() missing required argument 'buffer' (pos 1)"))
		}
		buf, back := writableBuffer(args[0])
		if len(args) > 1 && args[1] != py.None {
			if n := py.Index(args[1]); n > 0 {
				if n > len(buf) {
					panic(py.NewError(py.ValueErrorType, "nbytes is greater than the length of the buffer"))
				}
				buf = buf[:n]
			}
		}
		flags := optFlags(args, 2)
		var n int
		var from syscall.Sockaddr
		s.do(false, func() (err error) {
			n, from, err = syscall.Recvfrom(s.fd, buf, flags)
			return
		})
		if n < 0 {
			n = 0
		}
		if back != nil {
			back(buf[:n])
		}
		var addr py.Object = py.None
		if from != nil {
			addr = addrObj(from)
		}
		return py.NewTuple(py.Int(n), addr)
	})
	def("sendto", func(s *Socket, args []py.Object) py.Object {
		// sendto(data, address) or sendto(data, flags, address)
		if len(args) < 2 || len(args) > 3 {
			panic(py.NewError(py.TypeErrorType, "sendto() takes 2 or 3 arguments"))
		}
		data, ok := py.BytesLike(args[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, "a bytes-like object is required, not '"+args[0].Type().Name+"'"))
		}
		flags, addr := 0, args[1]
		if len(args) == 3 {
			flags, addr = py.Index(args[1]), args[2]
		}
		sa := sockaddr(s.family, addr)
		s.do(true, func() error { return syscall.Sendto(s.fd, data, flags, sa) })
		return py.Int(len(data))
	})
}

// getfqdn is socket.getfqdn(name=”): the host's name for an empty name or
// a wildcard address; otherwise the first name the resolver gives for the
// address that contains a dot (the name itself when there is none).
func getfqdn(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("getfqdn", args, kw, []string{"name"}, 0)
	name := ""
	if a[0] != nil {
		name = strings.TrimSpace(py.StrOf(a[0]))
	}
	if name == "" || name == "0.0.0.0" || name == "::" {
		h, err := syscall_hostname()
		if err != nil {
			return py.Str(name)
		}
		name = h
	}
	var names []string
	py.WithoutGIL(func() {
		ip := net.ParseIP(name)
		if ip == nil {
			if addrs, err := net.LookupHost(name); err == nil && len(addrs) > 0 {
				ip = net.ParseIP(addrs[0])
			}
		}
		if ip != nil {
			if n, err := net.LookupAddr(ip.String()); err == nil {
				names = n
			}
		}
	})
	for _, n := range names {
		n = strings.TrimSuffix(n, ".")
		if strings.Contains(n, ".") {
			return py.Str(n)
		}
	}
	if len(names) > 0 && net.ParseIP(name) != nil {
		return py.Str(strings.TrimSuffix(names[0], "."))
	}
	return py.Str(name)
}
