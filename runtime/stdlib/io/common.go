package io

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Helpers shared by the file layers (FileIO, the buffered classes and
// TextIOWrapper): the per-instance class and __dict__ every _io object
// carries, method registration and the common errors.

// base is embedded by every _io object: its class when a Python subclass
// made it, and its __dict__ (CPython's _io objects all have one: open()
// stores TextIOWrapper.mode there, FileIO.name lives there).
type base struct {
	cls  *py.Type
	dict *py.Dict
}

func (b *base) InstanceDict() *py.Dict { return b.dict }

// subclassed reports whether the object is an instance of a Python
// subclass, whose overrides the fast paths must honour.
func (b *base) subclassed() bool { return b.cls != nil }

// defm registers a method of t whose self must be a T.
func defm[T py.Object](t *py.Type, name string, f func(self T, args []py.Object, kw []string) py.Object) {
	py.AddMethod(t, name, func(args []py.Object, kw []string) py.Object {
		if len(args) == 0 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' of '%s' object needs an argument", name, typeName(t))))
		}
		self, ok := args[0].(T)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typeName(t), args[0].Type().Name)))
		}
		return f(self, args[1:], kw)
	})
}

func typeName(t *py.Type) string {
	if t.Module == "builtins" || t.Module == "" {
		return t.Name
	}
	return t.Module + "." + t.Name
}

// tpName is CPython's tp_name for reprs: "_io.FileIO" for the builtin
// classes, the bare class name for a Python subclass.
func tpName(o py.Object, builtin *py.Type) string {
	t := o.Type()
	if t == builtin {
		return typeName(t)
	}
	return t.Name
}

func valueError(msg string) *py.BaseException { return py.NewError(py.ValueErrorType, msg) }

func unsupportedOp(msg string) *py.BaseException {
	return py.NewException(py.UnsupportedOperationType, py.Str(msg))
}

// noArgs rejects arguments for a method taking none.
func noArgs(name string, args []py.Object) {
	if len(args) != 0 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes no arguments (%d given)", name, len(args))))
	}
}

// sizeArg reads an optional size argument (None or an index; -1 when
// absent), as _Py_convert_optional_to_ssize_t does.
func sizeArg(a py.Object) int {
	if a == nil || a == py.None {
		return -1
	}
	if _, ok := a.(py.Int); !ok {
		if py.LookupSpecial(a, "__index__") == nil {
			if _, big := a.(*py.BigInt); !big {
				if _, b := a.(py.Bool); !b {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument should be integer or None, not '%s'", a.Type().Name)))
				}
			}
		}
	}
	return py.Index(a)
}

// bufferArg returns the writable buffer of a readinto argument.
func bufferArg(fname string, o py.Object) []byte {
	switch v := o.(type) {
	case *py.ByteArray:
		return v.B
	case py.BufferHolder:
		if v.Writable() {
			return v.Buffer()
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() argument must be read-write bytes-like object, not %s", fname, o.Type().Name)))
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() argument must be read-write bytes-like object, not %s", fname, o.Type().Name)))
}

// bytesArg returns the contents of a bytes-like write argument.
func bytesArg(o py.Object) []byte {
	if b, ok := py.BytesLike(o); ok {
		return b
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
}

// catch runs f and returns the Python exception it raised (nil if none).
func catch(f func()) (exc *py.BaseException) { return py.Catch(f) }

// newInstanceFunc returns the allocator of a Go-implemented _io class.
func newInstanceFunc(t *py.Type, mk func(b base) py.Object) func(c *py.Type) py.Object {
	return func(c *py.Type) py.Object {
		b := base{dict: py.NewDict()}
		if c != t {
			b.cls = c
		}
		return mk(b)
	}
}

// callInt calls a method expected to return an int (or None, reported as
// -1 with none set).
func callInt(o py.Object, name string, args ...py.Object) (n int, none bool) {
	r := py.CallMethod(o, name, args...)
	if r == py.None {
		return -1, true
	}
	return py.Index(r), false
}

// readonlyMembers are the attributes CPython declares as read-only
// members (their error differs from a getter's).
var readonlyMembers map[string]bool

// readonly is the setter of a read-only attribute of t: CPython's error
// names the class by its full name (_io.TextIOWrapper).
func readonly(t *py.Type, name string) py.Setter {
	return func(o, v py.Object) {
		if readonlyMembers[name] {
			panic(py.NewError(py.AttributeErrorType, "readonly attribute"))
		}
		panic(py.NewError(py.AttributeErrorType, fmt.Sprintf("attribute '%s' of '%s' objects is not writable", name, typeName(t))))
	}
}

// initVarsCommon sets the file's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVarsCommon() {
	readonlyMembers = map[string]bool{"encoding": true, "buffer": true, "line_buffering": true, "write_through": true, "raw": true}
}
