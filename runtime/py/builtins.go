package py

import (
	"fmt"
	"os"
	"strings"
)

// Builtins is the builtins module; names the translator cannot resolve
// statically are looked up here.
var Builtins = func() *Module {
	m := NewModule("builtins")
	m.Dict.flags |= dictBuiltinsNS
	return m
}()

// Stdout is sys.stdout's buffer: block-buffered like CPython's when not a
// terminal; flushed at exit, by flush=True and before a child process runs.
var Stdout = newStdoutBuffer()

// Stderr is sys.stderr's buffer: line-buffered, as CPython's.
var Stderr = newStderrBuffer()

// FlushStdout writes out anything print() buffered.
func FlushStdout() {
	flushStderr()
	Stdout.Flush()
}

// attrName is the name argument of getattr, setattr, delattr and hasattr:
// a str (or an instance of a subclass of str).
func attrName(o Object) string {
	if s, ok := UnwrapValue(o).(Str); ok {
		return string(s)
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("attribute name must be string, not '%s'", o.Type().Name)))
}

func builtin(name string, fn func(args []Object, kwnames []string) Object) *BuiltinFunction {
	f := newSlabBuiltin()
	f.Name, f.Module, f.Fn = name, "builtins", fn
	Builtins.Dict.setIdent(name, f)
	return f
}

func init() {
	SetModule(Builtins)
	for _, t := range []*Type{ObjectType, TypeType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		TupleType, ListType, DictType, SetType, FrozenSetType, PropertyType, ClassMethodType,
		StaticMethodType, SuperType, SliceType,
		BaseExceptionType, SystemExitType, KeyboardInterruptType, GeneratorExitType, ExceptionType,
		StopIterationType, StopAsyncIterationType, ArithmeticErrorType, FloatingPointErrorType,
		OverflowErrorType, ZeroDivisionErrorType, AssertionErrorType, AttributeErrorType,
		BufferErrorType, EOFErrorType, ImportErrorType, ModuleNotFoundErrorType, LookupErrorType,
		IndexErrorType, KeyErrorType, MemoryErrorType, NameErrorType, UnboundLocalErrorType,
		OSErrorType, BlockingIOErrorType, ChildProcessErrorType, ConnectionErrorType,
		BrokenPipeErrorType, ConnectionAbortedErrorType, ConnectionRefusedErrorType,
		ConnectionResetErrorType, FileExistsErrorType, FileNotFoundErrorType, InterruptedErrorType,
		IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType, ProcessLookupErrorType,
		TimeoutErrorType, ReferenceErrorType, RuntimeErrorType, NotImplementedErrorType,
		RecursionErrorType, SyntaxErrorType, SystemErrorType, TypeErrorType, ValueErrorType,
		UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, WarningType,
		UserWarningType, DeprecationWarningType, RuntimeWarningType, ResourceWarningType,
		BaseExceptionGroupType, ExceptionGroupType} {
		Builtins.Dict.setIdent(t.Name, t)
	}
	Builtins.Dict.setIdent("EnvironmentError", OSErrorType)
	Builtins.Dict.setIdent("IOError", OSErrorType)
	Builtins.Dict.setIdent("None", None)
	Builtins.Dict.setIdent("True", True)
	Builtins.Dict.setIdent("False", False)
	Builtins.Dict.setIdent("NotImplemented", NotImplemented)
	Builtins.Dict.setIdent("Ellipsis", Ellipsis)

	builtin("print", builtinPrint)
	builtin("repr", func(args []Object, kw []string) Object {
		a := ParseArgs("repr", args, kw, []string{"obj"}, 1)
		// A one-argument builtin (METH_O): CPython counts the call.
		EnterRecursiveCall(" while calling a Python object")
		s := Repr(a[0])
		LeaveRecursiveCall()
		return Str(s)
	})
	lenBuiltin = builtin("len", func(args []Object, kw []string) Object {
		a := ParseArgs("len", args, kw, []string{"obj"}, 1)
		return Int(Len(a[0]))
	})
	builtin("isinstance", func(args []Object, kw []string) Object {
		a := ParseArgs("isinstance", args, kw, []string{"obj", "class_or_tuple"}, 2)
		return NewBool(IsInstance(a[0], a[1]))
	})
	builtin("issubclass", func(args []Object, kw []string) Object {
		a := ParseArgs("issubclass", args, kw, []string{"cls", "class_or_tuple"}, 2)
		return NewBool(IsSubclassObject(a[0], a[1]))
	})
	builtin("id", func(args []Object, kw []string) Object {
		a := ParseArgs("id", args, kw, []string{"obj"}, 1)
		return Int(int64(uintptr(ptrOf(a[0]))))
	})
	builtin("hash", func(args []Object, kw []string) Object {
		a := ParseArgs("hash", args, kw, []string{"obj"}, 1)
		return Int(int64(Hash(a[0]) >> 1))
	})
	builtin("callable", func(args []Object, kw []string) Object {
		a := ParseArgs("callable", args, kw, []string{"obj"}, 1)
		_, ok := a[0].(Callable)
		return NewBool(ok || LookupSpecial(a[0], "__call__") != nil)
	})
	builtin("getattr", func(args []Object, kw []string) Object {
		a := ParseArgs("getattr", args, kw, []string{"object", "name", "default"}, 2)
		name := attrName(a[1])
		if a[2] == nil {
			return GetAttr(a[0], name)
		}
		if v := lookupAttrCatching(a[0], name); v != nil {
			return v
		}
		return a[2]
	})
	builtin("setattr", func(args []Object, kw []string) Object {
		a := ParseArgs("setattr", args, kw, []string{"obj", "name", "value"}, 3)
		SetAttr(a[0], attrName(a[1]), a[2])
		return None
	})
	builtin("delattr", func(args []Object, kw []string) Object {
		a := ParseArgs("delattr", args, kw, []string{"obj", "name"}, 2)
		DelAttr(a[0], attrName(a[1]))
		return None
	})
	builtin("hasattr", func(args []Object, kw []string) Object {
		a := ParseArgs("hasattr", args, kw, []string{"obj", "name"}, 2)
		return NewBool(lookupAttrCatching(a[0], attrName(a[1])) != nil)
	})
	builtin("iter", func(args []Object, kw []string) Object {
		a := ParseArgs("iter", args, kw, []string{"object", "sentinel"}, 1)
		if a[1] != nil {
			f, sentinel := a[0], a[1]
			if _, ok := f.(Callable); !ok && LookupSpecial(f, "__call__") == nil {
				panic(NewError(TypeErrorType, "iter(v, w): v must be callable"))
			}
			done := false
			it := &GoIter{T: CallableIteratorType, F: func() (Object, bool) {
				if done {
					return nil, false
				}
				v := Call(f)
				if Eq(v, sentinel) {
					done = true
					return nil, false
				}
				return v, true
			}}
			it.Reduce = func() Object {
				if done {
					return NewTuple(LoadBuiltin("iter"), NewTuple(NewTuple()))
				}
				return NewTuple(LoadBuiltin("iter"), NewTuple(f, sentinel))
			}
			return it
		}
		return GetIter(a[0])
	})
	builtin("next", func(args []Object, kw []string) Object {
		a := ParseArgs("next", args, kw, []string{"iterator", "default"}, 1)
		if _, ok := a[0].(Iterator); !ok {
			if _, ok := a[0].(*Generator); !ok && LookupSpecial(a[0], "__next__") == nil {
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not an iterator", a[0].Type().Name)))
			}
		}
		if g, ok := a[0].(*Generator); ok && a[1] == nil {
			return g.Send(None)
		}
		if _, ok := a[0].(Iterator); !ok && a[1] == nil {
			return CallMethod(a[0], "__next__")
		}
		v, ok := Next(a[0])
		if !ok {
			if a[1] != nil {
				return a[1]
			}
			raiseStop(a[0])
		}
		return v
	})
}

// IsInstance is isinstance(o, cls) for a class or a tuple of classes.
func IsInstance(o Object, cls Object) bool {
	switch c := cls.(type) {
	case *Type:
		if o.Type() == c {
			return true
		}
		// The metaclass decides (abc.ABCMeta's registrations, ...).
		if meta := c.Type(); meta != TypeType {
			if ic := meta.Lookup("__instancecheck__"); ic != nil && ic != typeInstanceCheck {
				if bf, ok := ic.(*BuiltinFunction); ok && bf.method && bf.Self == nil {
					return Truth(bf.Fn([]Object{c, o}, nil)) // ABCMeta's, unbound
				}
				return Truth(Call(bindDescriptor(ic, c, meta), o))
			}
		}
		// type.__instancecheck__: the class, or a __class__ that differs
		// from the type (a proxy's), derives from c.
		ot := o.Type()
		if ot.IsSubtype(c) {
			return true
		}
		if ot.builtinBase == ot || ot.Lookup("__class__") == nil && customGetattribute(ot) == nil {
			return false // no class of its own that overrides __class__
		}
		if k, ok := LookupAttr(o, "__class__").(*Type); ok && k != ot {
			return k.IsSubtype(c)
		}
		return false
	case *Tuple:
		for _, it := range c.Items {
			EnterRecursiveCall(" in __instancecheck__")
			r := IsInstance(o, it)
			LeaveRecursiveCall()
			if r {
				return true
			}
		}
		return false
	case *Union:
		for _, it := range c.Args {
			if IsInstance(o, it) {
				return true
			}
		}
		return false
	case *GenericAlias:
		panic(NewError(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic"))
	}
	if ic := LookupSpecial(cls, "__instancecheck__"); ic != nil {
		EnterRecursiveCall(" in __instancecheck__")
		r := Truth(Call(ic, o))
		LeaveRecursiveCall()
		return r
	}
	// An object that is no class but has a __bases__ tuple stands for one
	// (CPython's abstract isinstance protocol).
	if abstractBases(cls) == nil {
		panic(NewError(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union"))
	}
	icls := attrMaskingAttributeError(o, "__class__")
	if icls == nil {
		return false
	}
	return abstractIsSubclass(icls, cls)
}

// attrMaskingAttributeError is getattr(o, name, None) catching only
// AttributeError (nil when it was raised).
func attrMaskingAttributeError(o Object, name string) (v Object) {
	if e := CatchMatching(AttributeErrorType, func() { v = GetAttr(o, name) }); e != nil {
		return nil
	}
	return v
}

// abstractBases is cls.__bases__ when it is a tuple (abstract_get_bases),
// nil otherwise or when reading it raised AttributeError.
func abstractBases(cls Object) *Tuple {
	b, _ := attrMaskingAttributeError(cls, "__bases__").(*Tuple)
	return b
}

// abstractIsSubclass is CPython's abstract_issubclass: derived reaches cls
// through __bases__ tuples.
func abstractIsSubclass(derived, cls Object) bool {
	for {
		if derived == cls {
			return true
		}
		bases := abstractBases(derived)
		if bases == nil || len(bases.Items) == 0 {
			return false
		}
		if len(bases.Items) == 1 {
			// Single inheritance: no recursion, but still a depth check
			// (an infinite chain of bases).
			EnterRecursiveCall(" in __subclasscheck__")
			LeaveRecursiveCall()
			derived = bases.Items[0]
			continue
		}
		for _, b := range bases.Items {
			EnterRecursiveCall(" in __subclasscheck__")
			r := abstractIsSubclass(b, cls)
			LeaveRecursiveCall()
			if r {
				return true
			}
		}
		return false
	}
}

// IsSubclassObject is issubclass(derived, cls) for any objects: classes
// (with their metaclasses' __subclasscheck__), tuples and unions, and the
// abstract protocol of objects with __bases__.
func IsSubclassObject(derived, cls Object) bool {
	if t, ok := derived.(*Type); ok {
		switch cls.(type) {
		case *Type, *Union, *GenericAlias:
			return isSubclass(t, cls)
		}
	}
	if c, ok := cls.(*Tuple); ok {
		for _, it := range c.Items {
			EnterRecursiveCall(" in __subclasscheck__")
			r := IsSubclassObject(derived, it)
			LeaveRecursiveCall()
			if r {
				return true
			}
		}
		return false
	}
	if _, isType := cls.(*Type); !isType {
		if sc := LookupSpecial(cls, "__subclasscheck__"); sc != nil {
			EnterRecursiveCall(" in __subclasscheck__")
			r := Truth(Call(sc, derived))
			LeaveRecursiveCall()
			return r
		}
	}
	if abstractBases(derived) == nil {
		panic(NewError(TypeErrorType, "issubclass() arg 1 must be a class"))
	}
	if _, isUnion := cls.(*Union); !isUnion && abstractBases(cls) == nil {
		panic(NewError(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
	}
	return abstractIsSubclass(derived, cls)
}

func isSubclass(t *Type, cls Object) bool {
	switch c := cls.(type) {
	case *Type:
		if meta := c.Type(); meta != TypeType {
			if sc := meta.Lookup("__subclasscheck__"); sc != nil && sc != typeSubclassCheck {
				if bf, ok := sc.(*BuiltinFunction); ok && bf.method && bf.Self == nil {
					return Truth(bf.Fn([]Object{c, t}, nil))
				}
				return Truth(Call(bindDescriptor(sc, c, meta), t))
			}
		}
		return t.IsSubtype(c)
	case *Tuple:
		for _, it := range c.Items {
			if isSubclass(t, it) {
				return true
			}
		}
		return false
	case *Union:
		for _, it := range c.Args {
			if isSubclass(t, it) {
				return true
			}
		}
		return false
	case *GenericAlias:
		panic(NewError(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic"))
	}
	if sc := LookupSpecial(cls, "__subclasscheck__"); sc != nil {
		return Truth(Call(sc, t))
	}
	panic(NewError(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union"))
}

// StderrWriter is where tracebacks and warnings go.
var StderrWriter = os.Stderr

func builtinPrint(args []Object, kwnames []string) Object {
	npos := len(args) - len(kwnames)
	sep, end := " ", "\n"
	var file Object
	flush := false
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "sep":
			if v != None {
				s, ok := v.(Str)
				if !ok {
					panic(NewError(TypeErrorType, fmt.Sprintf("sep must be None or a string, not %s", v.Type().Name)))
				}
				sep = string(s)
			}
		case "end":
			if v != None {
				s, ok := v.(Str)
				if !ok {
					panic(NewError(TypeErrorType, fmt.Sprintf("end must be None or a string, not %s", v.Type().Name)))
				}
				end = string(s)
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
			flush = Truth(v)
		default:
			panic(NewError(TypeErrorType, fmt.Sprintf("'%s' is an invalid keyword argument for print()", k)))
		}
	}
	var b strings.Builder
	var cutsBuf [8]int
	cuts := cutsBuf[:0] // where each write of CPython's print ends
	for i, a := range args[:npos] {
		if i > 0 {
			b.WriteString(sep)
			cuts = append(cuts, b.Len())
		}
		b.WriteString(StrOf(a))
		cuts = append(cuts, b.Len())
	}
	b.WriteString(end)
	if file == nil {
		file = redirectedStdout()
	}
	if StrHasSurrogates(b.String()) {
		// The stream may refuse a surrogate: write piece by piece, as
		// CPython does, so what precedes the failing piece is written.
		text, prev := b.String(), 0
		for _, c := range append(cuts, len(text)) {
			if file == nil {
				WriteStdout(text[prev:c], false)
			} else if w, ok := file.(*TextFile); ok {
				w.WriteString(text[prev:c])
			} else {
				CallMethod(file, "write", Str(text[prev:c]))
			}
			prev = c
		}
		if flush {
			if file == nil {
				WriteStdout("", true)
			} else {
				CallMethod(file, "flush")
			}
		}
		return None
	}
	if file != nil {
		if w, ok := file.(*TextFile); ok {
			w.WriteString(b.String())
			if flush {
				w.Flush()
			}
			return None
		}
		CallMethod(file, "write", Str(b.String()))
		if flush {
			CallMethod(file, "flush")
		}
		return None
	}
	WriteStdout(b.String(), flush)
	return None
}

// TextFile is sys.stdout / sys.stderr.
type TextFile struct {
	Name string
	w    interface {
		WriteString(string) (int, error)
	}
	flush func()
}

var TextFileType = newBuiltinType("_io.TextIOWrapper", ObjectType)

func (*TextFile) Type() *Type { return TextFileType }

// WriteString writes s.
func (f *TextFile) WriteString(s string) {
	if f == SysStderr {
		// sys.stdout is not flushed first: CPython's two streams are
		// independent.
		WriteStderr(s)
		return
	}
	if f == SysStdout {
		WriteStdout(s, false)
		return
	}
	f.w.WriteString(s)
}

// Flush flushes the file.
func (f *TextFile) Flush() {
	if f.flush != nil {
		f.flush()
	}
}

// SysStdout and SysStderr are sys.stdout and sys.stderr.
var (
	SysStdout = &TextFile{Name: "<stdout>", w: Stdout, flush: func() { WriteStdout("", true) }}
	SysStderr = &TextFile{Name: "<stderr>", w: Stderr, flush: flushStderr}
)
