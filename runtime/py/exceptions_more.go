package py

import (
	"fmt"
	"strings"
	"syscall"
)

// The rest of the exception hierarchy's behaviour: OSError's errno
// mapping and attributes, ExceptionGroup, Unicode errors, KeyError.

func (NotImplementedType) String() string { return "NotImplemented" }
func (EllipsisType) String() string       { return "Ellipsis" }

// errnoTypes maps errno values to OSError subclasses, as OSError(errno,
// msg) picks them.
var errnoTypes = map[int]*Type{}

func init() {
	for _, e := range []struct {
		t  *Type
		no []syscall.Errno
	}{
		{BlockingIOErrorType, []syscall.Errno{syscall.EAGAIN, syscall.EALREADY, syscall.EINPROGRESS, syscall.EWOULDBLOCK}},
		{ChildProcessErrorType, []syscall.Errno{syscall.ECHILD}},
		{BrokenPipeErrorType, []syscall.Errno{syscall.EPIPE, syscall.ESHUTDOWN}},
		{ConnectionAbortedErrorType, []syscall.Errno{syscall.ECONNABORTED}},
		{ConnectionRefusedErrorType, []syscall.Errno{syscall.ECONNREFUSED}},
		{ConnectionResetErrorType, []syscall.Errno{syscall.ECONNRESET}},
		{FileExistsErrorType, []syscall.Errno{syscall.EEXIST}},
		{FileNotFoundErrorType, []syscall.Errno{syscall.ENOENT}},
		{InterruptedErrorType, []syscall.Errno{syscall.EINTR}},
		{IsADirectoryErrorType, []syscall.Errno{syscall.EISDIR}},
		{NotADirectoryErrorType, []syscall.Errno{syscall.ENOTDIR}},
		{PermissionErrorType, []syscall.Errno{syscall.EACCES, syscall.EPERM}},
		{ProcessLookupErrorType, []syscall.Errno{syscall.ESRCH}},
		{TimeoutErrorType, []syscall.Errno{syscall.ETIMEDOUT}},
	} {
		for _, n := range e.no {
			errnoTypes[int(n)] = e.t
		}
	}

	// OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks
	// the subclass for errno when called on OSError itself.
	OSErrorType.call = func(t *Type, args []Object, kw []string) Object {
		npos := len(args) - len(kw)
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "OSError() takes no keyword arguments"))
		}
		cls := t
		if npos >= 2 {
			if n, ok := intOf(args[0]); ok {
				if sub, ok := errnoTypes[int(n)]; ok {
					cls = sub
				}
			}
		}
		return newOSError(cls, args[:npos])
	}
	AddGetter(OSErrorType, "errno", func(o Object) Object { return osErrAttr(o, "errno") }, func(o, v Object) { o.(*BaseException).Dict.SetStr("errno", v) })
	AddGetter(OSErrorType, "strerror", func(o Object) Object { return osErrAttr(o, "strerror") }, func(o, v Object) { o.(*BaseException).Dict.SetStr("strerror", v) })
	AddGetter(OSErrorType, "filename", func(o Object) Object { return osErrAttr(o, "filename") }, func(o, v Object) { o.(*BaseException).Dict.SetStr("filename", v) })
	AddGetter(OSErrorType, "filename2", func(o Object) Object { return osErrAttr(o, "filename2") }, func(o, v Object) { o.(*BaseException).Dict.SetStr("filename2", v) })
	// characters_written is a member of every OSError, unset (an
	// AttributeError) unless given.
	AddGetter(OSErrorType, "characters_written", func(o Object) Object {
		if v, ok := o.(*BaseException).Dict.GetStr("characters_written"); ok {
			return v
		}
		panic(NewError(AttributeErrorType, "characters_written"))
	}, func(o, v Object) { o.(*BaseException).Dict.SetStr("characters_written", Int(charactersWritten(v))) })
	AddDeleter(OSErrorType, "characters_written", func(o Object) {
		if !o.(*BaseException).Dict.DeleteStr("characters_written") {
			panic(NewError(AttributeErrorType, "characters_written"))
		}
	})
	method(OSErrorType, "__init__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		if _, ok := e.Dict.GetStr("errno"); !ok {
			// A Python subclass gets here without OSError's constructor:
			// its arguments become args too (trimmed by initOSError).
			pos := args[1 : len(args)-len(kw)]
			e.Args = NewTuple(append([]Object(nil), pos...)...)
			initOSError(e, pos)
		}
		return None
	})
	method(OSErrorType, "__str__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		errno, strerror := osErrAttr(e, "errno"), osErrAttr(e, "strerror")
		fn, fn2 := osErrAttr(e, "filename"), osErrAttr(e, "filename2")
		if fn != None {
			if fn2 != None {
				return Str(fmt.Sprintf("[Errno %s] %s: %s -> %s", StrOf(errno), StrOf(strerror), Repr(fn), Repr(fn2)))
			}
			return Str(fmt.Sprintf("[Errno %s] %s: %s", StrOf(errno), StrOf(strerror), Repr(fn)))
		}
		if errno != None && strerror != None {
			return Str(fmt.Sprintf("[Errno %s] %s", StrOf(errno), StrOf(strerror)))
		}
		return Str(baseExcStr(e))
	})
	method(KeyErrorType, "__str__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		if len(e.Args.Items) == 1 {
			return Str(Repr(e.Args.Items[0]))
		}
		return Str(baseExcStr(e))
	})
	for _, t := range []*Type{NameErrorType, AttributeErrorType, ImportErrorType} {
		t := t
		for _, a := range []string{"name", "obj", "path", "msg"} {
			a := a
			if a == "obj" && t != AttributeErrorType || (a == "path" || a == "msg") && t != ImportErrorType {
				continue
			}
			AddGetter(t, a, func(o Object) Object {
				if v, ok := o.(*BaseException).Dict.GetStr(a); ok {
					return v
				}
				if a == "msg" && len(o.(*BaseException).Args.Items) > 0 {
					return o.(*BaseException).Args.Items[0]
				}
				return None
			}, func(o, v Object) { o.(*BaseException).Dict.SetStr(a, v) })
		}
	}
	for _, t := range []*Type{UnicodeEncodeErrorType, UnicodeDecodeErrorType} {
		t := t
		method(t, "__str__", func(args []Object, kw []string) Object {
			e := args[0].(*BaseException)
			if len(e.Args.Items) != 5 && e.fields == nil {
				return Str(baseExcStr(e))
			}
			a := []Object{excField(e, 0), excField(e, 1), excField(e, 2), excField(e, 3), excField(e, 4)}
			start, end := Index(a[2]), Index(a[3])
			if t == UnicodeEncodeErrorType {
				r := StrRunes(StrOf(a[1]))
				if end == start+1 && start >= 0 && start < len(r) {
					c := r[start]
					var cs string
					switch {
					case c <= 0xff:
						cs = fmt.Sprintf(`\x%02x`, c)
					case c <= 0xffff:
						cs = fmt.Sprintf(`\u%04x`, c)
					default:
						cs = fmt.Sprintf(`\U%08x`, c)
					}
					return Str(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", StrOf(a[0]), cs, start, StrOf(a[4])))
				}
				return Str(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", StrOf(a[0]), start, end-1, StrOf(a[4])))
			}
			b := bytesOfObject(a[1])
			if end == start+1 && start >= 0 && start < len(b) {
				return Str(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", StrOf(a[0]), b[start], start, StrOf(a[4])))
			}
			return Str(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", StrOf(a[0]), start, end-1, StrOf(a[4])))
		})
		for i, name := range []string{"encoding", "object", "start", "end", "reason"} {
			i, name := i, name
			AddGetter(t, name, func(o Object) Object {
				v := excField(o.(*BaseException), i)
				if name == "object" && t == UnicodeDecodeErrorType {
					// UnicodeDecodeError_init keeps a bytes copy of a
					// bytes-like object.
					if ba, ok := v.(*ByteArray); ok {
						return Bytes(append([]byte(nil), bytesOfObject(ba)...))
					}
				}
				return v
			}, func(o, v Object) { setExcField(o.(*BaseException), i, 5, v) })
		}
	}
	method(BaseExceptionType, "__reduce__", func(args []Object, kw []string) Object {
		// BaseException_reduce: the instance dict too when there is one.
		e := args[0].(*BaseException)
		if e.Dict != nil && e.Dict.Len() > 0 {
			return NewTuple(e.cls, e.Args, e.Dict)
		}
		return NewTuple(e.cls, e.Args)
	})
	method(BaseExceptionType, "__setstate__", func(args []Object, kw []string) Object {
		// BaseException_setstate: each item of the state dict set as an
		// attribute.
		a := nargs("__setstate__", args, kw, 1, 1)
		if a[0] == None {
			return None
		}
		d, ok := a[0].(*Dict)
		if !ok {
			panic(NewError(TypeErrorType, "state is not a dictionary"))
		}
		for _, k := range d.Keys() {
			v, _ := d.Get(k)
			SetAttr(args[0], attrName(k), v)
		}
		return None
	})
	initExceptionGroups()
}

func baseExcStr(e *BaseException) string {
	switch len(e.Args.Items) {
	case 0:
		return ""
	case 1:
		return StrOf(e.Args.Items[0])
	}
	return Repr(e.Args)
}

func osErrAttr(o Object, name string) Object {
	e := o.(*BaseException)
	if v, ok := e.Dict.GetStr(name); ok {
		return v
	}
	// An OSError made in Go from its arguments (NewException) has not
	// been through __init__: its arguments say what it would have set.
	if _, initialised := e.Dict.GetStr("errno"); !initialised && e.Args != nil && len(e.Args.Items) >= 2 && len(e.Args.Items) <= 5 {
		switch name {
		case "errno":
			return e.Args.Items[0]
		case "strerror":
			return e.Args.Items[1]
		case "filename":
			if len(e.Args.Items) >= 3 {
				return e.Args.Items[2]
			}
		}
	}
	return None
}

func newOSError(cls *Type, args []Object) *BaseException {
	e := &BaseException{cls: cls, Args: NewTuple(append([]Object(nil), args...)...), Dict: NewDict()}
	initOSError(e, args)
	return e
}

// initOSError sets what OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) sets, as oserror_init: a filename of None sets nothing
// and leaves args whole; a number as BlockingIOError's (the exact type's)
// third argument is characters_written.
func initOSError(e *BaseException, args []Object) {
	if len(args) < 2 || len(args) > 5 {
		return
	}
	e.Dict.SetStr("errno", args[0])
	e.Dict.SetStr("strerror", args[1])
	if len(args) < 3 || args[2] == None {
		return
	}
	if e.cls == BlockingIOErrorType && numberLike(args[2]) {
		e.Dict.SetStr("characters_written", Int(charactersWritten(args[2])))
		return
	}
	e.Dict.SetStr("filename", args[2])
	if len(args) == 5 {
		e.Dict.SetStr("filename2", args[4])
	}
	// args keeps only (errno, strerror) when a filename is given.
	e.Args = NewTuple(args[0], args[1])
}

// numberLike is PyNumber_Check.
func numberLike(o Object) bool {
	switch UnwrapValue(o).(type) {
	case Int, Bool, *BigInt, Float, *Complex:
		return true
	}
	for _, name := range []string{"__index__", "__int__", "__float__"} {
		if LookupSpecial(o, name) != nil {
			return true
		}
	}
	return false
}

// charactersWritten is PyNumber_AsSsize_t(v, ValueError).
func charactersWritten(v Object) int64 {
	b, ok := IndexBig(v)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(v))))
	}
	if !b.IsInt64() {
		panic(NewError(ValueErrorType, "cannot fit 'int' into an index-sized integer"))
	}
	return b.Int64()
}

// NewOSError makes the OSError subclass for a Go error from a system call
// (FileNotFoundError for ENOENT, ...), with filename when non-empty.
func NewOSError(err error, filename string) *BaseException {
	var errno syscall.Errno
	for e := err; e != nil; {
		if n, ok := e.(syscall.Errno); ok {
			errno = n
			break
		}
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			break
		}
		e = u.Unwrap()
	}
	if errno == 0 {
		return NewError(OSErrorType, err.Error())
	}
	cls := OSErrorType
	if t, ok := errnoTypes[int(errno)]; ok {
		cls = t
	}
	msg := errno.Error()
	if len(msg) > 0 {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	args := []Object{Int(int(errno)), Str(msg)}
	if filename != "" {
		args = append(args, Str(filename))
	}
	return newOSError(cls, args)
}

// bytesOfObject is the bytes of a UnicodeDecodeError's object (bytes or
// bytearray; nil for anything else).
func bytesOfObject(o Object) []byte {
	switch v := o.(type) {
	case Bytes:
		return []byte(v)
	case *ByteArray:
		return v.B
	}
	return nil
}
