package posix

import (
	"fmt"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// pathArg is a converted path argument (CPython's path_t).
type pathArg struct {
	s     string
	bytes bool // given as bytes: results (listdir, readlink, ...) are bytes
	fd    int
	isFd  bool
	obj   py.Object // what the caller passed, for OSError.filename
}

func (p pathArg) result(s string) py.Object {
	if p.bytes {
		return py.Bytes(s)
	}
	return py.Str(s)
}

// fsdecode is os.fsdecode for the host (UTF-8 with surrogateescape).
func fsdecode(b string) py.Object {
	return py.Str(py.DecodeBytes([]byte(b), "utf-8", "surrogateescape"))
}

func fsencode(s string) string { return string(py.EncodeStr(s, "utf-8", "surrogateescape")) }

// convertPath accepts str, bytes, os.PathLike (and int when allowFd, None
// when nullable), as CPython's path_converter.
func convertPath(fname, arg string, o py.Object, allowFd, nullable bool) pathArg {
	p := pathArg{obj: o}
	orig := o
	switch v := o.(type) {
	case py.Str:
		p.s = fsencode(string(v))
	case py.Bytes:
		p.s, p.bytes = string(v), true
	case py.Int, py.Bool:
		if allowFd {
			p.fd, p.isFd = py.Index(v), true
			return p
		}
		pathTypeError(fname, arg, o, allowFd, nullable)
	default:
		if o == py.None && nullable {
			p.s = "."
			return p
		}
		if m := py.LookupSpecial(o, "__fspath__"); m != nil {
			r := py.Call(m)
			switch w := r.(type) {
			case py.Str:
				p.s = fsencode(string(w))
			case py.Bytes:
				p.s, p.bytes = string(w), true
			default:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected %s.__fspath__() to return str or bytes, not %s", orig.Type().Name, r.Type().Name)))
			}
		} else if allowFd && py.LookupSpecial(o, "__index__") != nil {
			p.fd, p.isFd = py.Index(o), true
			return p
		} else {
			pathTypeError(fname, arg, o, allowFd, nullable)
		}
	}
	if strings.IndexByte(p.s, 0) >= 0 {
		if _, isStr := orig.(py.Str); isStr {
			panic(py.NewError(py.ValueErrorType, "embedded null byte"))
		}
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("%s: embedded null character in %s", fname, arg)))
	}
	return p
}

func pathTypeError(fname, arg string, o py.Object, allowFd, nullable bool) {
	kinds := "string, bytes or os.PathLike"
	switch {
	case allowFd && nullable:
		kinds = "string, bytes, os.PathLike, integer or None"
	case allowFd:
		kinds = "string, bytes, os.PathLike or integer"
	case nullable:
		kinds = "string, bytes, os.PathLike or None"
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s: %s should be %s, not %s", fname, arg, kinds, o.Type().Name)))
}

// withDirFd resolves a relative path against dir_fd through /proc.
func withDirFd(p string, dirFd py.Object) string {
	if dirFd == nil || dirFd == py.None || strings.HasPrefix(p, "/") {
		return p
	}
	return fmt.Sprintf("/proc/self/fd/%d/%s", fdArg(dirFd), p)
}

func fdArg(o py.Object) int {
	if _, ok := o.(py.Float); ok {
		panic(py.NewError(py.TypeErrorType, "'float' object cannot be interpreted as an integer"))
	}
	return py.Index(o)
}

// strerror is C's strerror for the host's errno values.
func strerror(e syscall.Errno) string {
	if s, ok := glibcMessages[e]; ok {
		return s
	}
	s := e.Error()
	if strings.HasPrefix(s, "errno ") {
		return "Unknown error " + s[6:]
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// glibcMessages are the messages where glibc's wording differs from Go's.
var glibcMessages map[syscall.Errno]string

func errnoOf(err error) syscall.Errno {
	for e := err; e != nil; {
		if n, ok := e.(syscall.Errno); ok {
			return n
		}
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			break
		}
		e = u.Unwrap()
	}
	return syscall.EIO
}

// raise raises the OSError subclass for err, naming the file(s).
func raise(err error, names ...py.Object) {
	e := errnoOf(err)
	args := []py.Object{py.Int(int(e)), py.Str(strerror(e))}
	if len(names) > 0 && names[0] != nil {
		args = append(args, names[0])
		if len(names) > 1 && names[1] != nil {
			args = append(args, py.None, names[1])
		}
	}
	panic(py.Call(py.OSErrorType, args...).(*py.BaseException))
}

func check(err error, names ...py.Object) {
	if err != nil {
		raise(err, names...)
	}
}

// retry runs a system call again after EINTR, as CPython does (PEP 475).
func retry(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}

// kwOnly splits args into positional values (params) and keyword-only
// values (kwonly); unknown keywords and counts are TypeErrors.
func parse(fname string, args []py.Object, kw []string, params []string, required int, kwonly ...string) ([]py.Object, map[string]py.Object) {
	npos := len(args) - len(kw)
	if npos > len(params) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes at most %d argument%s (%d given)", fname, len(params), plural(len(params)), npos)))
	}
	pos := make([]py.Object, len(params))
	copy(pos, args[:npos])
	opts := map[string]py.Object{}
	for i, k := range kw {
		v := args[npos+i]
		found := false
		for j, p := range params {
			if p == k {
				if pos[j] != nil {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)))
				}
				pos[j] = v
				found = true
			}
		}
		for _, p := range kwonly {
			if p == k {
				opts[k] = v
				found = true
			}
		}
		if !found {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", fname, k)))
		}
	}
	for j := 0; j < required; j++ {
		if pos[j] == nil {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() missing required argument '%s' (pos %d)", fname, params[j], j+1)))
		}
	}
	return pos, opts
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func truthOpt(opts map[string]py.Object, name string, def bool) bool {
	if v, ok := opts[name]; ok {
		return py.Truth(v)
	}
	return def
}

func bytesArg(fname string, o py.Object) []byte {
	b, ok := py.BytesLike(o)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
	}
	return b
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	glibcMessages = map[syscall.Errno]string{
		syscall.EAGAIN:  "Resource temporarily unavailable",
		syscall.ENOTSUP: "Operation not supported",
	}
}
