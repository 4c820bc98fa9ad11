package py

import (
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"sync/atomic"
)

// BaseException is an instance of BaseException or any subclass, builtin
// or user-defined. Python exceptions travel through Go frames as panics
// whose value is a *BaseException.
type BaseException struct {
	cls             *Type
	Args            *Tuple
	Dict            *Dict
	Cause           *BaseException
	Context         *BaseException
	SuppressContext bool
	// Traceback is where the exception passed, innermost last.
	Traceback []TracebackEntry
	// raises are the Go stacks it was raised on, the first raise first;
	// they are resolved into Traceback entries lazily.
	raises []raiseSite
	// tb is what __traceback__ was set to (nil: the entries above).
	tb Object
	// tbChain is the traceback object last built from the entries
	// tbChainOf: __traceback__ is the same object until the exception
	// goes on (CPython's traceback objects have identity).
	tbChain   Object
	tbChainOf []TracebackEntry
	// group holds a BaseExceptionGroup's message and exceptions.
	group *groupData
	// fields are the Unicode errors' attributes once assigned: they live
	// apart from args, as CPython's struct fields do (nil: as in args).
	fields []Object
	// atLookup is set on the AttributeError of a method call's lookup
	// (o.m(...) with no m): the frame of the call shows the position of
	// the attribute, as CPython's LOAD_METHOD has it, not the call's.
	atLookup bool
}

// excField is the attribute at position i of an exception whose attributes
// start as its arguments (UnicodeError's): what was assigned, else args[i].
func excField(e *BaseException, i int) Object {
	if i < len(e.fields) && e.fields[i] != nil {
		return e.fields[i]
	}
	if i < len(e.Args.Items) {
		return e.Args.Items[i]
	}
	return None
}

// setExcField assigns the attribute at position i (of n).
func setExcField(e *BaseException, i, n int, v Object) {
	if e.fields == nil {
		e.fields = make([]Object, n)
	}
	e.fields[i] = v
}

// raiseSite is one raise of an exception: the Go return addresses of the
// whole stack (innermost first) and, once a try caught it, how many of its
// Python frames lie outside the frame that caught it. CPython's traceback
// grows one frame at a time as the exception unwinds, so each raise
// contributes the frames from the raise to the catching frame.
type raiseSite struct {
	goStack
	caught bool
	// outerPCs is how many frames of the stack (the outermost) lie outside
	// the frame that caught the exception, counted in physical frames
	// while the stack is (goStack.phys), else in logical ones; own of the
	// Python frames they run is the catching frame itself (see
	// markCaughtBy). Counted in Python frames only when the traceback is
	// made (outerFrames).
	outerPCs, own int
	// skipInner is how many innermost Python frames the raise leaves
	// out: an exception group except* makes starts in the frames outside
	// the one that made it (RERAISE adds no traceback entry).
	skipInner int
	// outer are frames of the host's pure-Python library that CPython
	// runs between the catching frame and the raise's frames, and the
	// runtime runs in Go (asyncio.run's): they show outside the raise's
	// own, outermost first; outerInside is how many (logical) frames of
	// the stack are inside them.
	outer       []TracebackEntry
	outerInside int
	// lookupOuter, when not 0, is how many (logical) frames of the stack
	// lie outside a method call's lookup that ran the raising code (a
	// __getattr__): the Python frame that looked up shows the attribute's
	// position, as CPython's LOAD_METHOD has it.
	lookupOuter int
}

// TracebackEntry is one frame line of a Python traceback.
type TracebackEntry struct {
	File string
	Line int
	Func string
	// Pos is where in the line the frame was (the carets under it).
	Pos SourcePos
	// outsideComp marks the frame that calls iter() on an inline
	// comprehension's first iterable (comprehensionFrames).
	outsideComp bool
}

func (e *BaseException) Type() *Type         { return e.cls }
func (e *BaseException) InstanceDict() *Dict { return e.Dict }

// Error makes a *BaseException usable as a Go error.
func (e *BaseException) Error() string { return FormatExceptionOnly(e) }

func newExcType(name string, base *Type) *Type {
	t := newBuiltinType(name, base)
	return t
}

// The builtin exception hierarchy.
var (
	BaseExceptionType          = newExcType("BaseException", ObjectType)
	SystemExitType             = newExcType("SystemExit", BaseExceptionType)
	KeyboardInterruptType      = newExcType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType          = newExcType("GeneratorExit", BaseExceptionType)
	ExceptionType              = newExcType("Exception", BaseExceptionType)
	StopIterationType          = newExcType("StopIteration", ExceptionType)
	StopAsyncIterationType     = newExcType("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType        = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType     = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType          = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType      = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType         = newExcType("AssertionError", ExceptionType)
	AttributeErrorType         = newExcType("AttributeError", ExceptionType)
	BufferErrorType            = newExcType("BufferError", ExceptionType)
	EOFErrorType               = newExcType("EOFError", ExceptionType)
	ImportErrorType            = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType    = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType            = newExcType("LookupError", ExceptionType)
	IndexErrorType             = newExcType("IndexError", LookupErrorType)
	KeyErrorType               = newExcType("KeyError", LookupErrorType)
	MemoryErrorType            = newExcType("MemoryError", ExceptionType)
	NameErrorType              = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType      = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType                = newExcType("OSError", ExceptionType)
	BlockingIOErrorType        = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType      = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType        = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType        = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType   = newExcType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType        = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType      = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType       = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType      = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType     = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType        = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType     = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType           = newExcType("TimeoutError", OSErrorType)
	ReferenceErrorType         = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType           = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType    = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType         = newExcType("RecursionError", RuntimeErrorType)
	SyntaxErrorType            = newExcType("SyntaxError", ExceptionType)
	SystemErrorType            = newExcType("SystemError", ExceptionType)
	TypeErrorType              = newExcType("TypeError", ExceptionType)
	ValueErrorType             = newExcType("ValueError", ExceptionType)
	UnicodeErrorType           = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType     = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType     = newExcType("UnicodeEncodeError", UnicodeErrorType)
	WarningType                = newExcType("Warning", ExceptionType)
	UserWarningType            = newExcType("UserWarning", WarningType)
	DeprecationWarningType     = newExcType("DeprecationWarning", WarningType)
	RuntimeWarningType         = newExcType("RuntimeWarning", WarningType)
	ResourceWarningType        = newExcType("ResourceWarning", WarningType)
	BaseExceptionGroupType     = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType         = &Type{}
)

func init() {
	*ExceptionGroupType = Type{Name: "ExceptionGroup", Qualname: "ExceptionGroup", Module: "builtins", Dict: NewDict(),
		Bases: []*Type{BaseExceptionGroupType, ExceptionType}}
	ExceptionGroupType.computeMRO()
	ExceptionGroupType.builtinBase = BaseExceptionType
	BaseExceptionType.newInstance = func(t *Type) Object {
		return &BaseException{cls: t, Args: EmptyTuple, Dict: NewDict()}
	}
}

// NewException makes an exception of class t with the given args.
func NewException(t *Type, args ...Object) *BaseException {
	return &BaseException{cls: t, Args: NewTuple(args...), Dict: NewDict()}
}

// NewError makes an exception of class t with a single message argument.
func NewError(t *Type, msg string) *BaseException { return NewException(t, Str(msg)) }

// Raise throws exc, a *BaseException or an exception class (which is
// instantiated with no arguments), as a Go panic, implicitly chaining the
// exception being handled, as `raise` does.
func Raise(exc Object) {
	e := toException(exc)
	if e == nil {
		panic(NewError(TypeErrorType, "exceptions must derive from BaseException"))
	}
	chainContext(e, Current().handling)
	e.recordRaise(2)
	panic(e)
}

// RaiseHere is `raise exc` made directly in a try body that has except
// clauses (the translator emits `if fl, rv := py.RaiseHere(x); fl ==
// py.FlowRaise { return fl, rv }` there): the Try that runs the body is
// the catcher, so instead of a panic unwinding to it the body returns the
// exception, recorded and marked caught as runCatching's recovery would
// have (see markCaughtPhys): its traceback is the raising frame alone.
// Go's panic and recover walks were most of a caught raise's cost. Where
// the stack is not the expected one (no frame pointers, another caller)
// it raises as Raise does.
//
//go:noinline
func RaiseHere(exc Object) (Flow, Object) {
	e := toException(exc)
	if e == nil {
		panic(NewError(TypeErrorType, "exceptions must derive from BaseException"))
	}
	chainContext(e, Current().handling)
	// walkStack's frame, takeStack's, ours, the try body's, then
	// runCatching's.
	st := takeStack(1)
	const catcherAt = 4
	if len(st.phys) > catcherAt && isRunCatchingCall(st.phys[catcherAt]) {
		e.raises = append(e.raises, raiseSite{goStack: st, caught: true, outerPCs: len(st.phys) - catcherAt - 1, own: 1})
		e.Traceback = nil
		return FlowRaise, e
	}
	e.raises = append(e.raises, raiseSite{goStack: st})
	panic(e)
}

// runCatchingCall is the return address of runCatching's call of a try
// body, once isRunCatchingCall has seen it.
var runCatchingCall atomic.Uintptr

// isRunCatchingCall reports whether the physical return address pc is in
// runCatching, not inlined into another function.
func isRunCatchingCall(pc uintptr) bool {
	if known := runCatchingCall.Load(); known != 0 {
		return pc == known
	}
	lfs := logicalPCs(pc)
	if len(lfs) != 1 || frameInfoOf(lfs[0].pc).Function != runCatchingFunc {
		return false
	}
	runCatchingCall.Store(pc)
	return true
}

// chainContext sets value.__context__ to the exception being handled, as
// _PyErr_SetObject does on every raise: the handled exception's context
// chain loses any link back to value (no cycle), a chain that already
// loops is left alone.
func chainContext(value, handled *BaseException) {
	if handled == nil || handled == value {
		return
	}
	o, slow, toggle := handled, handled, false
	for o.Context != nil {
		c := o.Context
		if c == value {
			o.Context = nil
			break
		}
		o = c
		if o == slow {
			break
		}
		if toggle {
			slow = slow.Context
		}
		toggle = !toggle
	}
	value.Context = handled
}

// RaiseFrom is `raise exc from cause`; cause may be None.
func RaiseFrom(exc, cause Object) {
	e := toException(exc)
	if e == nil {
		panic(NewError(TypeErrorType, "exceptions must derive from BaseException"))
	}
	if cause == None {
		e.Cause = nil
	} else if c := toException(cause); c != nil {
		e.Cause = c
	} else {
		panic(NewError(TypeErrorType, "exception causes must derive from BaseException"))
	}
	e.SuppressContext = true
	chainContext(e, Current().handling)
	e.recordRaise(2)
	panic(e)
}

// Reraise is a bare `raise`: it rethrows the exception being handled.
func Reraise() {
	h := Current().handling
	if h == nil {
		panic(NewError(RuntimeErrorType, "No active exception to reraise"))
	}
	panic(h)
}

func toException(exc Object) *BaseException {
	switch v := exc.(type) {
	case *BaseException:
		return v
	case *Type:
		if v.IsSubtype(BaseExceptionType) {
			if e, ok := Call(v).(*BaseException); ok {
				return e
			}
		}
	}
	return nil
}

// recordRaise records the stack of a raise, however deep: CPython's
// traceback reaches the frame that caught it, however far out.
func (e *BaseException) recordRaise(skip int) {
	e.raises = append(e.raises, raiseSite{goStack: takeStack(skip + 1)})
}

// recordRaiseIn records a raise made on behalf of the Go function named fn
// by code it deferred, while another panic unwinds the frames fn called:
// fn and its callers are the raise's frames, not the unwinding ones.
func (e *BaseException) recordRaiseIn(fn string) {
	pcs := wholeStack(2)
	panicking := false
	for i, pc := range pcs {
		f := frameOfPC(pc)
		if f.Function == "runtime.gopanic" {
			panicking = true
		} else if panicking && f.Function == fn {
			e.raises = append(e.raises, raiseSite{goStack: goStack{pcs: pcs[i:]}})
			return
		}
	}
	e.raises = append(e.raises, raiseSite{goStack: goStack{pcs: pcs}})
}

// logicalPC is one frame a physical return address stands for.
type logicalPC struct {
	pc   uintptr
	kind frameKind
}

// frameKind tells expandPCs' special frames apart: a wrapper is left out
// unless it calls a panic (runtime.Callers' rule), and the frame that
// faulted into sigpanic is at the faulting pc, not before it.
type frameKind uint8

const (
	frameOther frameKind = iota
	frameWrapper
	frameSigpanic
	framePanic // runtime.gopanic, runtime.panicwrap
)

func kindOfFrame(f *runtime.Frame) frameKind {
	switch f.Function {
	case "runtime.sigpanic":
		return frameSigpanic
	case "runtime.gopanic", "runtime.panicwrap":
		return framePanic
	}
	if isWrapperFrame(f) {
		return frameWrapper
	}
	return frameOther
}

// isWrapperFrame reports whether f is a frame of a function the compiler
// made to call another (runtime.Callers leaves those out): methods of
// embedded or pointer receivers (<autogenerated>), method values (-fm),
// go and defer statements' closures (gowrap, deferwrap), ABI wrappers.
func isWrapperFrame(f *runtime.Frame) bool {
	fn := f.Function
	return f.File == "<autogenerated>" || strings.HasSuffix(fn, "-fm") || strings.HasSuffix(fn, ".abi0") ||
		strings.Contains(fn, ".gowrap") || strings.Contains(fn, ".deferwrap")
}

// logicalFrames caches logicalPCs.
var logicalFrames pcCache[[]logicalPC]

// logicalPCs lists the frames the physical return address pc stands for,
// innermost first: pc itself, then a pc for each function the innermost
// was inlined into (runtime.CallersFrames inserts those when the next pc
// it is given is not theirs; the 0 after pc is never theirs).
func logicalPCs(pc uintptr) []logicalPC {
	if v, ok := logicalFrames.load(pc); ok {
		return v
	}
	var out []logicalPC
	frames := runtime.CallersFrames([]uintptr{pc, 0})
	for {
		f, more := frames.Next()
		if f.PC == 0 && f.Function == "" {
			break
		}
		lpc := pc
		if len(out) > 0 {
			lpc = f.PC + 1
		}
		out = append(out, logicalPC{pc: lpc, kind: kindOfFrame(&f)})
		if !more {
			break
		}
	}
	logicalFrames.store(pc, out)
	return out
}

// TracebackState is a snapshot of where an exception has been raised, for
// code that puts a traceback back as it was (contextlib's __exit__ after
// the generator re-raised the exception thrown into it).
type TracebackState struct {
	raises []raiseSite
	tb     Object
}

// SaveTraceback snapshots e's traceback.
func (e *BaseException) SaveTraceback() TracebackState {
	return TracebackState{raises: append([]raiseSite(nil), e.raises...), tb: e.tb}
}

// RestoreTraceback puts back a traceback saved by SaveTraceback.
func (e *BaseException) RestoreTraceback(s TracebackState) {
	e.raises, e.tb, e.Traceback = s.raises, s.tb, nil
}

// Throw panics with e without touching its context or traceback: the
// exception keeps travelling, as when a Future re-raises a stored one.
func Throw(e *BaseException) {
	e.recordRaise(2)
	panic(e)
}

// ExceptionMatches is `isinstance(e, cls)` for an except clause, where cls
// may be a class or a tuple of classes.
func ExceptionMatches(e *BaseException, cls Object) bool {
	switch c := cls.(type) {
	case *Type:
		if !c.IsSubtype(BaseExceptionType) {
			panic(NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed"))
		}
		return e.cls.IsSubtype(c)
	case *Tuple:
		// check_except_type_valid: every item must be an exception
		// class, whether or not an earlier one matches.
		for _, it := range c.Items {
			if t, ok := it.(*Type); !ok || !t.IsSubtype(BaseExceptionType) {
				panic(NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed"))
			}
		}
		for _, it := range c.Items {
			if e.cls.IsSubtype(it.(*Type)) {
				return true
			}
		}
		return false
	}
	panic(NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed"))
}

// goTraceInternal (PY2GOASYNC_GOTRACE=1) prints the Go stack of a Go runtime
// error before it becomes a SystemError: for debugging the runtime itself.
var goTraceInternal = os.Getenv("PY2GOASYNC_GOTRACE") != ""

// Recovered converts a value caught by recover() into a Python exception.
// Go runtime errors (a bug in the runtime or translator, or a nil
// dereference) become SystemError, so they still print a traceback.
func Recovered(r any) *BaseException {
	switch v := r.(type) {
	case *BaseException:
		if len(v.raises) == 0 {
			// Raised by the runtime (a KeyError from d[k], ...): take
			// the stack now, while the panicking frames are still on it.
			v.raisedByRuntime(takeStack(2))
		}
		return v
	case runtime.Error:
		if strings.Contains(v.Error(), "stack overflow") {
			return NewError(RecursionErrorType, "maximum recursion depth exceeded")
		}
		if goTraceInternal {
			// A runtime bug surfaced as SystemError: show where in Go it
			// happened (we are still inside the panicking goroutine).
			os.Stderr.Write(debug.Stack())
		}
		return NewError(SystemErrorType, "internal error: "+v.Error())
	case error:
		return NewError(SystemErrorType, "internal error: "+v.Error())
	}
	return NewError(SystemErrorType, "internal error: "+Repr(Str(toGoString(r))))
}

// raisedByRuntime records the raise of an exception the runtime raised,
// taken at its recovery: st, the stack from the deferred function that
// recovered it, still holds the frames it was raised in. It chains to what
// was being handled, as raise does.
func (v *BaseException) raisedByRuntime(st goStack) {
	v.raises = append(v.raises, raiseSite{goStack: st})
	if t := current; t != nil {
		chainContext(v, t.handling)
	}
}

func toGoString(r any) string {
	if s, ok := r.(string); ok {
		return s
	}
	if s, ok := r.(interface{ String() string }); ok {
		return s.String()
	}
	return "panic"
}

// ExcStr is str(exc) as CPython computes it for the builtin classes.
func ExcStr(e *BaseException) string {
	if m := e.cls.Lookup("__str__"); m != nil && m != BaseExceptionType.Dict.mustGet("__str__") {
		return mustStr(Call(m, e), "__str__")
	}
	return baseExcStr(e)
}

// FormatExceptionOnly is the last line of a traceback: "ValueError: boom".
func FormatExceptionOnly(e *BaseException) string {
	name := excTypeName(e.cls)
	msg := safeExcStr(e)
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// pcCache maps program counters to what they resolve to, lock-free (a
// sync.Map's lookup cost as much as the stack walk it saved): a slot per
// hash of the pc, a colliding pc replaces the slot's entry.
type pcCache[V any] struct {
	slots [4096]atomic.Pointer[pcEntry[V]]
}

type pcEntry[V any] struct {
	pc uintptr
	v  V
}

func (c *pcCache[V]) slot(pc uintptr) *atomic.Pointer[pcEntry[V]] {
	return &c.slots[(pc*0x9E3779B97F4A7C15)>>52]
}

func (c *pcCache[V]) load(pc uintptr) (V, bool) {
	if e := c.slot(pc).Load(); e != nil && e.pc == pc {
		return e.v, true
	}
	var zero V
	return zero, false
}

func (c *pcCache[V]) store(pc uintptr, v V) { c.slot(pc).Store(&pcEntry[V]{pc, v}) }
