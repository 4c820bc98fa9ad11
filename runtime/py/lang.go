package py

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"strings"
)

// Helpers the translator's generated code calls for statements that have
// no single Go equivalent: try, with, unbound names.

// Flow says how a block left when it ran as a Go closure: by falling off
// its end, or by a Python return, break or continue that the code around
// the closure must carry out.
type Flow uint8

const (
	FlowNext Flow = iota
	FlowReturn
	FlowBreak
	FlowContinue
	// FlowUnhandled is returned by an except-clause chain that matched
	// nothing: the exception keeps propagating.
	FlowUnhandled
	// FlowRaise is returned by a try body that raised without panicking
	// (RaiseHere): the result is the exception, already marked caught.
	FlowRaise
)

// Block is a translated statement list run as a closure.
type Block func() (Flow, Object)

// Handler is a translated chain of except clauses.
type Handler func(e *BaseException) (Flow, Object)

// Try runs a try statement. handler, orelse and finally may be nil.
func Try(body Block, handler Handler, orelse Block, finally Block) (flow Flow, result Object) {
	if finally != nil {
		depth := SaveDepth()
		defer func() {
			r := recover()
			var pending *BaseException
			if r != nil {
				pending = Recovered(r)
				// The frames the exception left are gone.
				RestoreDepth(depth)
			}
			// Exceptions raised in finally chain to the pending one.
			var prev *BaseException
			if pending != nil {
				prev = EnterHandler(pending)
			}
			ff, fr := runFinally(finally, prev, pending != nil)
			if pending != nil {
				ExitHandler(prev)
			}
			if ff != FlowNext {
				// return/break/continue in finally discards the exception.
				flow, result = ff, fr
				return
			}
			if pending != nil {
				panic(pending)
			}
		}()
	}
	flow, result, exc := runCatching(body)
	if exc != nil {
		if handler == nil {
			panic(exc)
		}
		return runHandler(handler, exc)
	}
	if flow == FlowNext && orelse != nil {
		return orelse()
	}
	return flow, result
}

func runFinally(finally Block, prev *BaseException, restore bool) (f Flow, r Object) {
	if restore {
		defer func() {
			if x := recover(); x != nil {
				ExitHandler(prev)
				panic(x)
			}
		}()
	}
	return finally()
}

func runCatching(body Block) (flow Flow, result Object, exc *BaseException) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			RestoreDepth(depth)
			exc = caughtByTry(r)
		}
	}()
	flow, result = body()
	if flow == FlowRaise {
		flow, result, exc = FlowNext, nil, result.(*BaseException)
	}
	return
}

// caughtByTry is what runCatching's deferred function catches, r, as the
// exception the except clauses see, marked caught there. An exception the
// runtime raised (a KeyError from d[k]: no raise recorded yet) has its
// raise and its catch read from one walk of the stack, which holds both
// now; the rest is Recovered's and markCaught's work.
//
//go:noinline
func caughtByTry(r any) *BaseException {
	if v, ok := r.(*BaseException); ok && len(v.raises) == 0 && !v.cls.IsSubtype(StopIterationType) {
		// From the deferred function, as Recovered and markCaught take it.
		st := takeStack(2)
		v.raisedByRuntime(st)
		v.markCaughtAt(runCatchingFunc, 1, &st)
		return v
	}
	exc := Recovered(r).leftGenerator(runCatchingFunc, false)
	exc.markCaught()
	return exc
}

func runHandler(handler Handler, exc *BaseException) (Flow, Object) {
	prev := EnterHandler(exc)
	defer func() {
		if r := recover(); r != nil {
			// Still handling exc: an error the runtime raised in the
			// handler chains to it (see Recovered).
			e := Recovered(r)
			ExitHandler(prev)
			panic(e)
		}
		ExitHandler(prev)
	}()
	flow, result := handler(exc)
	if flow == FlowUnhandled {
		panic(exc)
	}
	return flow, result
}

// whileHandling runs call with exc as the handled exception (a with
// statement's __exit__), which it stops being however call ends.
func whileHandling(exc *BaseException, call func() Object) Object {
	prev := EnterHandler(exc)
	defer func() {
		if r := recover(); r != nil {
			e := Recovered(r) // chains to exc, as in an except clause
			ExitHandler(prev)
			panic(e)
		}
	}()
	v := call()
	ExitHandler(prev)
	return v
}

// With runs `with cm as v: body`.
func With(cm Object, body func(v Object) (Flow, Object)) (flow Flow, result Object) {
	en, ex := contextMethods(cm.Type(), false)
	enter, exitBound := bindDescriptor(en, cm, cm.Type()), bindDescriptor(ex, cm, cm.Type())
	v := Call(enter)
	flow, result, exc := runCatching(func() (Flow, Object) { return body(v) })
	if exc != nil {
		suppress := Truth(whileHandling(exc, func() Object { return Call(exitBound, exc.Type(), exc, exitTraceback(exc)) }))
		if !suppress {
			panic(exc)
		}
		return FlowNext, nil
	}
	Call(exitBound, None, None, None)
	return flow, result
}

// AsyncWith runs `async with cm as v: body` inside a coroutine.
func AsyncWith(cm Object, body func(v Object) (Flow, Object)) (flow Flow, result Object) {
	en, ex := contextMethods(cm.Type(), true)
	enter, exitBound := bindDescriptor(en, cm, cm.Type()), bindDescriptor(ex, cm, cm.Type())
	v := Await(checkAsyncWithAwaitable(Call(enter), "__aenter__"))
	flow, result, exc := runCatching(func() (Flow, Object) { return body(v) })
	if exc != nil {
		suppress := Truth(whileHandling(exc, func() Object {
			return Await(checkAsyncWithAwaitable(Call(exitBound, exc.Type(), exc, exitTraceback(exc)), "__aexit__"))
		}))
		if !suppress {
			panic(exc)
		}
		return FlowNext, nil
	}
	Await(checkAsyncWithAwaitable(Call(exitBound, None, None, None), "__aexit__"))
	return flow, result
}

// Local checks that a local variable is bound before it is read.
func Local(v Object, name string) Object {
	if v == nil {
		unboundLocal(name)
	}
	return v
}

func unboundLocal(name string) {
	panic(NewError(UnboundLocalErrorType, fmt.Sprintf("cannot access local variable '%s' where it is not associated with a value", name)))
}

// Global checks that a module global is bound before it is read.
func Global(v Object, name string) Object {
	if v == nil {
		nameError(name)
	}
	return v
}

// GlobalOrBuiltin reads a global that shadows a builtin when bound.
func GlobalOrBuiltin(v Object, name string) Object {
	if v != nil {
		return v
	}
	return LoadBuiltin(name)
}

// Free checks a variable of an enclosing function read by a nested one
// (small enough to inline, as Local is: the error is freeUnbound's).
func Free(v Object, name string) Object {
	if v == nil {
		freeUnbound(name)
	}
	return v
}

func freeUnbound(name string) {
	panic(NewError(NameErrorType, fmt.Sprintf("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)))
}

func nameError(name string) {
	e := NewError(NameErrorType, fmt.Sprintf("name '%s' is not defined", name))
	e.Dict.SetStr("name", Str(name))
	panic(e)
}

// LoadBuiltin reads a builtin name (NameError when there is none).
func LoadBuiltin(name string) Object {
	if v, ok := Builtins.Dict.GetStr(name); ok {
		return v
	}
	nameError(name)
	return nil
}

// ClassLoad reads a name inside a class body: the class namespace first,
// then the enclosing value (global or builtin) given by outer.
func ClassLoad(ns *Dict, name string, outer func() Object) Object {
	if v, ok := ns.GetStr(name); ok {
		return v
	}
	return outer()
}

// DeleteCheck is `del x` of a variable that must be bound.
func DeleteCheck(v Object, name string, local bool) {
	if v == nil {
		if local {
			unboundLocal(name)
		}
		nameError(name)
	}
}

// CompareChain evaluates `a op1 b op2 c ...` with each operand evaluated at
// most once, stopping at the first false comparison.
func CompareBool(a, b Object, op CmpOp) bool {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return cmpResult(cmpInt(int64(x), int64(y)), op)
		}
	case Float:
		if y, ok := b.(Float); ok {
			return cmpFloats(float64(x), float64(y), op)
		}
	case *BigInt:
		if isExactInt(b) {
			return cmpResult(cmpExactInts(x, b), op)
		}
	}
	return Truth(Compare(a, b, op))
}

// cmpFloats compares two floats as IEEE does (a NaN is unequal to
// everything, itself included), which is Python's float comparison.
func cmpFloats(x, y float64, op CmpOp) bool {
	switch op {
	case OpLt:
		return x < y
	case OpLe:
		return x <= y
	case OpEq:
		return x == y
	case OpNe:
		return x != y
	case OpGt:
		return x > y
	}
	return x >= y
}

// In is `a in b` as an object.
func In(a, b Object) Object { return NewBool(Contains(b, a)) }

// NotIn is `a not in b`.
func NotIn(a, b Object) Object { return NewBool(!Contains(b, a)) }

// IsObj is `a is b` as an object.
func IsObj(a, b Object) Object { return NewBool(Is(a, b)) }

// IsNotObj is `a is not b` as an object.
func IsNotObj(a, b Object) Object { return NewBool(!Is(a, b)) }

// AssertFail raises AssertionError with an optional message (nil: none).
func AssertFail(msg Object) {
	if msg == nil {
		Raise(NewException(AssertionErrorType))
	}
	Raise(NewException(AssertionErrorType, msg))
}

// NewSuper is zero-argument super() inside a method of cls whose first
// argument is self.
func NewSuper(cls Object, self Object) Object {
	// super_init_without_args' order: the argument, then the cell.
	if self == nil {
		panic(NewError(RuntimeErrorType, "super(): no arguments"))
	}
	t, ok := cls.(*Type)
	if !ok {
		panic(NewError(RuntimeErrorType, "super(): __class__ cell not found"))
	}
	return &Super{This: t, Obj: self, objType: superObjType(t, self)}
}

// DictFromPairs builds a dict display {k: v, **m}; a nil key means the
// value is a mapping to merge.
func DictFromPairs(kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if kv[i] == nil {
			m := kv[i+1]
			if _, ok := m.(*Dict); !ok && LookupAttr(m, "keys") == nil {
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not a mapping", m.Type().Name)))
			}
			DictUpdate(d, m)
			continue
		}
		d.Set(kv[i], kv[i+1])
	}
	return d
}

// Discard drops the value of an expression statement. A coroutine that was
// never started dies right there, so CPython warns at once, naming the line.
func Discard(v Object) {
	// Only the type test inline: Discard ends every expression statement.
	if c, ok := v.(*Coroutine); ok {
		discardCoroutine(c)
	}
}

//go:noinline
func discardCoroutine(c *Coroutine) {
	if c.state == coCreated && c.stack == nil && !c.noWarn {
		warnNeverAwaited(c, 3)
	}
}

// Dropped is Discard for `del name` of a variable holding v.
func Dropped(v Object) {
	if c, ok := v.(*Coroutine); ok && c.state == coCreated && c.stack == nil && !c.noWarn {
		warnNeverAwaited(c, 2)
	}
}

func warnNeverAwaited(c *Coroutine, skip int) {
	c.noWarn = true
	if d, ok := moduleDefs["warnings"]; ok {
		// As CPython's finalizer does: through the warnings module, so that
		// filters, catch_warnings and the once-per-location registry apply;
		// its stacklevel finds the frame that dropped the coroutine. What
		// the call raises (an "error" filter) is reported, not raised.
		if fn, ok := Import(d.Name).Dict.GetStr("_warn_unawaited_coroutine"); ok {
			if f, ok := fn.(*Function); ok {
				closeUnraisable(c, f.Code, func() { Call(f, c) })
				return
			}
		}
	}
	// A program that never imports warnings cannot change its filters:
	// the default action shows a warning once per location.
	_, file, line, ok := runtime.Caller(skip)
	file = FrameFile(file)
	if !ok || !strings.HasSuffix(file, ".py") {
		FlushStdout()
		fmt.Fprintf(os.Stderr, "sys:1: RuntimeWarning: coroutine '%s' was never awaited\n", c.Code.Qualname)
		return
	}
	key := fmt.Sprintf("%s:%d:%s", file, line, c.Code.Qualname)
	if unawaitedShown[key] {
		return
	}
	unawaitedShown[key] = true
	FlushStdout()
	fmt.Fprintf(os.Stderr, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", displayFile(file), line, c.Code.Qualname)
	if src := sourceLine(file, line); src != "" {
		fmt.Fprintf(os.Stderr, "  %s\n", src)
	}
	fmt.Fprintln(os.Stderr, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback")
}

// unawaitedShown records the locations warnNeverAwaited has shown without
// the warnings module (its registry's role).
var unawaitedShown = map[string]bool{}

// BuiltinOrNil returns a builtin for generated code to cache, or nil when
// the runtime lacks it (reading it then raises NameError).
func BuiltinOrNil(name string) Object {
	v, _ := Builtins.Dict.GetStr(name)
	return v
}

// MatchEq is a value pattern: subject == value.
func MatchEq(subj, value Object) bool { return Eq(subj, value) }

// MatchSequence checks a sequence pattern of n subpatterns (star is the
// index of a *rest subpattern, or -1) and returns the items to match, with
// the starred part collected into a list.
func MatchSequence(subj Object, n, star int) ([]Object, bool) {
	// MATCH_SEQUENCE: the type's sequence flag (list, tuple, range,
	// memoryview, deque, array, collections.abc.Sequence and what is
	// registered with it; never str, bytes, bytearray or a mapping).
	if t := subj.Type(); t != ListType && t != TupleType && CollectionFlags(t)&FlagSequence == 0 {
		return nil, false
	}
	var items []Object
	switch v := subj.(type) {
	case *List:
		items = v.Items
	case *Tuple:
		items = v.Items
	default:
		items = AppendStar(nil, subj)
	}
	if star < 0 {
		if len(items) != n {
			return nil, false
		}
		return items, true
	}
	if len(items) < n-1 {
		return nil, false
	}
	out := make([]Object, n)
	copy(out, items[:star])
	after := n - 1 - star
	out[star] = NewList(append([]Object(nil), items[star:len(items)-after]...)...)
	copy(out[star+1:], items[len(items)-after:])
	return out, true
}

// MatchSequenceSubscr is MatchSequence for a pattern whose star (if any)
// is the wildcard *_: as CPython compiles it, the subject's length is
// checked with len() and only the items the other patterns need are
// read, by index (all of them wildcards: none), so a sequence that never
// ends when iterated still matches. The star's slot is nil.
func MatchSequenceSubscr(subj Object, n, star int, onlyWildcards bool) ([]Object, bool) {
	if t := subj.Type(); t == ListType || t == TupleType {
		return MatchSequence(subj, n, star)
	} else if CollectionFlags(t)&FlagSequence == 0 {
		return nil, false
	}
	// The length is asked only when the pattern constrains it: [*_]
	// matches any sequence, len() or not.
	size := 0
	if star < 0 || n > 1 {
		size = Len(subj)
		if star < 0 && size != n || star >= 0 && size < n-1 {
			return nil, false
		}
	}
	out := make([]Object, n)
	if onlyWildcards {
		return out, true
	}
	for i := 0; i < n; i++ {
		switch {
		case star < 0 || i < star:
			out[i] = GetItem(subj, Int(i))
		case i > star:
			out[i] = GetItem(subj, Int(size-(n-i)))
		}
	}
	return out, true
}

// MatchMapping checks a mapping pattern: the values of keys, then (when
// rest) a dict of the other items. As MATCH_MAPPING and MATCH_KEYS do: the
// subject's type has the mapping flag, each key is read with its get
// method (a plain dict's directly), and a key repeated in the pattern is a
// ValueError.
func MatchMapping(subj Object, keys []Object, rest bool) ([]Object, bool) {
	if CollectionFlags(subj.Type())&FlagMapping == 0 {
		return nil, false
	}
	d, plainDict := subj.(*Dict)
	plainDict = plainDict && subj.Type() == DictType
	// The compiled pattern's length check comes before the keys.
	if len(keys) > 0 && Len(subj) < len(keys) {
		return nil, false
	}
	out := make([]Object, 0, len(keys)+1)
	var seen *Dict
	if len(keys) > 1 {
		seen = NewDict()
	}
	var get Object
	missing := &Instance{cls: ObjectType}
	for _, k := range keys {
		if seen != nil {
			if _, dup := seen.Get(k); dup {
				panic(NewError(ValueErrorType, fmt.Sprintf("mapping pattern checks duplicate key (%s)", Repr(k))))
			}
			seen.Set(k, None)
		}
		var v Object
		if plainDict {
			var ok bool
			if v, ok = d.Get(k); !ok {
				return nil, false
			}
		} else {
			if get == nil {
				get = GetAttr(subj, "get")
			}
			if v = Call(get, k, missing); v == Object(missing) {
				return nil, false
			}
		}
		out = append(out, v)
	}
	if rest {
		r := NewDict()
		if plainDict {
			DictUpdate(r, d)
		} else {
			DictUpdate(r, subj)
		}
		for _, k := range keys {
			r.Delete(k)
		}
		out = append(out, r)
	}
	return out, true
}

// selfMatching lists the builtin classes whose single positional pattern
// matches the subject itself (int(x), str(s), ...).
var selfMatching = map[*Type]bool{BoolType: true, BytesType: true, DictType: true, FloatType: true,
	FrozenSetType: true, IntType: true, ListType: true, SetType: true, StrType: true, TupleType: true}

// MatchClass checks a class pattern cls(p1, ..., k1=q1, ...): the values
// for the npos positional subpatterns (via __match_args__) and then the
// keyword attributes.
func MatchClass(subj Object, cls Object, npos int, kwattrs []string) ([]Object, bool) {
	t, ok := cls.(*Type)
	if !ok {
		panic(NewError(TypeErrorType, "called match pattern must be a class"))
	}
	if !IsInstance(subj, t) {
		return nil, false
	}
	var names []string
	if npos > 0 {
		if selfMatching[t] || (t.builtinBase != nil && selfMatching[t.builtinBase] && t.Lookup("__match_args__") == nil) {
			if npos > 1 {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() accepts 1 positional sub-pattern (%d given)", t.Name, npos)))
			}
			out := []Object{subj}
			for _, a := range kwattrs {
				v := LookupAttr(subj, a)
				if v == nil {
					return nil, false
				}
				out = append(out, v)
			}
			return out, true
		}
		ma := t.Lookup("__match_args__")
		tup, isTuple := ma.(*Tuple)
		if ma == nil || !isTuple {
			if ma == nil {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() accepts 0 positional sub-patterns (%d given)", t.Name, npos)))
			}
			panic(NewError(TypeErrorType, "__match_args__ must be a tuple"))
		}
		if npos > len(tup.Items) {
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() accepts %d positional sub-pattern%s (%d given)", t.Name, len(tup.Items), plural(len(tup.Items)), npos)))
		}
		for _, it := range tup.Items[:npos] {
			n, isStr := UnwrapValue(it).(Str)
			if !isStr {
				panic(NewError(TypeErrorType, fmt.Sprintf("__match_args__ elements must be strings (got %s)", typeName(it))))
			}
			names = append(names, string(n))
		}
	}
	names = append(names, kwattrs...)
	for i, a := range names {
		for _, b := range names[:i] {
			if a == b {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() got multiple sub-patterns for attribute %s", t.Name, StrRepr(a))))
			}
		}
	}
	out := make([]Object, 0, len(names))
	for _, a := range names {
		v := LookupAttr(subj, a)
		if v == nil {
			return nil, false
		}
		out = append(out, v)
	}
	return out, true
}

// StarState runs the except* clauses of one try statement as CPython's
// CHECK_EG_MATCH and PREP_RERAISE_STAR do: each clause takes the part of
// what is left that its type matches; what the clauses raise and the
// unmatched rest propagate together at the end.
type StarState struct {
	orig *BaseException
	// rest is what the next clause matches against (nil: nothing left).
	rest *BaseException
	// raised are the exceptions the clauses raised, in order.
	raised []*BaseException
}

// NewStarState starts matching exc.
func NewStarState(exc *BaseException) *StarState {
	return &StarState{orig: exc, rest: exc}
}

// checkExceptStarType is check_except_star_type_valid.
func checkExceptStarType(typ Object) {
	items := []Object{typ}
	if t, ok := typ.(*Tuple); ok {
		items = t.Items
	}
	for _, it := range items {
		if t, ok := it.(*Type); !ok || !t.IsSubtype(BaseExceptionType) {
			panic(NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed"))
		}
	}
	for _, it := range items {
		if it.(*Type).IsSubtype(BaseExceptionGroupType) {
			panic(NewError(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead."))
		}
	}
}

// Match splits off the part of what is left that matches typ
// (exception_group_match); nil when nothing matches.
func (s *StarState) Match(typ Object) *BaseException {
	checkExceptStarType(typ)
	exc := s.rest
	if exc == nil {
		return nil
	}
	if ExceptionMatches(exc, typ) {
		if IsExceptionGroup(exc) {
			s.rest = nil
			return exc
		}
		// A naked exception is handled wrapped in a group.
		wrapped := Call(BaseExceptionGroupType, Str(""), NewTuple(exc)).(*BaseException)
		copyTraceback(wrapped, exc)
		s.rest = nil
		return wrapped
	}
	if !IsExceptionGroup(exc) {
		return nil
	}
	pair, ok := CallMethod(exc, "split", typ).(*Tuple)
	if !ok || pair.sub != nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s.split must return a tuple, not %s", exc.cls.Name, typeName(pair))))
	}
	if len(pair.Items) != 2 {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s.split must return a 2-tuple, got tuple of size %d", exc.cls.Name, len(pair.Items))))
	}
	m, _ := pair.Items[0].(*BaseException)
	if m == nil {
		return nil
	}
	s.rest, _ = pair.Items[1].(*BaseException)
	return m
}

// Run runs one clause's body with matched as the handled exception; an
// exception it raises is kept for the end.
func (s *StarState) Run(matched *BaseException, body func()) {
	prev := EnterHandler(matched)
	defer ExitHandler(prev)
	depth := SaveDepth()
	raises := len(matched.raises)
	defer func() {
		if r := recover(); r != nil {
			RestoreDepth(depth)
			e := Recovered(r)
			if e != matched || len(e.raises) != raises {
				// Not a bare `raise` (which leaves the traceback as
				// it was): the traceback reaches this frame.
				e.markCaughtBy("github.com/py2goasync/py2goasync/runtime/py.(*StarState).Run", 1)
			}
			s.raised = append(s.raised, e)
		}
	}()
	body()
}

// Finish raises what is left (_PyExc_PrepReraiseStar): nothing, or the
// clauses' raises and re-raises merged with the unmatched rest.
func (s *StarState) Finish() (Flow, Object) {
	excs := s.raised
	if s.rest != nil {
		excs = append(excs, s.rest)
	}
	if len(excs) == 0 {
		return FlowNext, nil
	}
	if !IsExceptionGroup(s.orig) {
		// A naked exception was caught and wrapped: only one clause
		// could run, so there is one exception to raise.
		panic(excs[0])
	}
	var raised, reraised []*BaseException
	for _, e := range excs {
		if sameExceptionMetadata(e, s.orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	var reraisedEG *BaseException
	if len(reraised) > 0 {
		leaves := map[*BaseException]bool{}
		for _, e := range reraised {
			collectLeaves(e, leaves)
		}
		reraisedEG, _ = splitGroup(s.orig, func(e *BaseException) bool { return !IsExceptionGroup(e) && leaves[e] }, false)
	}
	if len(raised) == 0 {
		if reraisedEG == nil {
			return FlowNext, nil
		}
		panic(reraisedEG)
	}
	keep := append([]*BaseException(nil), raised...)
	if reraisedEG != nil {
		keep = append(keep, reraisedEG)
	}
	if len(keep) == 1 {
		panic(keep[0])
	}
	eg := NewExceptionGroup("", keep)
	// RERAISE: the new group starts with no traceback and no context;
	// the frames outside this one add to it as it goes.
	eg.recordRaise(2)
	eg.raises[len(eg.raises)-1].skipInner = 1
	panic(eg)
}

// sameExceptionMetadata is is_same_exception_metadata: a re-raise keeps the
// traceback, cause and context of the exception it came from.
func sameExceptionMetadata(a, b *BaseException) bool {
	return tracebackOf(a) == tracebackOf(b) && a.Cause == b.Cause && a.Context == b.Context
}

// collectLeaves is collect_exception_group_leaf_ids.
func collectLeaves(e *BaseException, into map[*BaseException]bool) {
	if !IsExceptionGroup(e) {
		into[e] = true
		return
	}
	for _, x := range GroupExceptions(e) {
		collectLeaves(x, into)
	}
}

// Annotate records `name: annotation` in a class namespace's __annotations__.
// SetupAnnotations is SETUP_ANNOTATIONS, run first by a module or class
// body that holds annotated assignments: __annotations__ is an empty dict
// unless the namespace already has one.
func SetupAnnotations(ns *Dict) {
	if _, ok := ns.GetStr("__annotations__"); !ok {
		ns.SetStr("__annotations__", NewDict())
	}
}

func Annotate(ns *Dict, name string, annotation Object) {
	a, ok := ns.GetStr("__annotations__")
	if !ok {
		a = NewDict()
		ns.SetStr("__annotations__", a)
	}
	SetItem(a, Str(name), annotation)
}

// RangeOf returns the bounds a native `for` loop steps over for o, the
// result of a call of range: r's own when its values and a step past the
// last fit in int64; otherwise a count 0, 1, ... of its values (Counted:
// CountedI and CountedObj give each one), so long ranges loop as CPython's
// do. Anything else (range rebound to a function returning another
// iterable) is iterated: a count without end, its values from iter(o)'s
// __next__ until it is exhausted.
func RangeOf(o Object) *Range {
	if r, ok := o.(*Range); ok {
		if r.big != nil || stepOverflows(r.Stop, r.Step) {
			return r.counted()
		}
		return r
	}
	return &Range{Stop: math.MaxInt64, Step: 1, big: &bigRange{it: GetIter(o)}}
}

// RangeCall1 is *RangeOf(Call1(fn, a)), the range a native `for` loop
// runs over, without a Range object when fn is the builtin range and the
// arguments are ints (no __index__ to call, no zero step to report): the
// loop keeps the bounds in its own variables.
func RangeCall1(fn, a Object) Range {
	if r, ok := builtinRange1(fn, a); ok {
		return r
	}
	return *RangeOf(Call1(fn, a))
}

// RangeCall2 is RangeCall1's range(a, b).
func RangeCall2(fn, a, b Object) Range {
	if r, ok := builtinRange2(fn, a, b); ok {
		return r
	}
	return *RangeOf(Call2(fn, a, b))
}

// RangeCall3 is RangeCall1's range(a, b, c).
func RangeCall3(fn, a, b, c Object) Range {
	if r, ok := builtinRange3(fn, a, b, c); ok {
		return r
	}
	return *RangeOf(Call3(fn, a, b, c))
}

// builtinRange1 is range(a) without a range object, when fn is the
// builtin range and a an int (RangeCall1's and RangeIterCall1's test).
func builtinRange1(fn, a Object) (Range, bool) {
	if fn == Object(RangeType) {
		if n, ok := a.(Int); ok {
			return Range{Stop: int64(n), Step: 1}, true
		}
	}
	return Range{}, false
}

// builtinRange2 is builtinRange1's range(a, b).
func builtinRange2(fn, a, b Object) (Range, bool) {
	if fn == Object(RangeType) {
		x, ok1 := a.(Int)
		y, ok2 := b.(Int)
		if ok1 && ok2 {
			return Range{Start: int64(x), Stop: int64(y), Step: 1}, true
		}
	}
	return Range{}, false
}

// builtinRange3 is builtinRange1's range(a, b, c), for a nonzero step
// whose last step does not overflow.
func builtinRange3(fn, a, b, c Object) (Range, bool) {
	if fn == Object(RangeType) {
		x, ok1 := a.(Int)
		y, ok2 := b.(Int)
		z, ok3 := c.(Int)
		if ok1 && ok2 && ok3 && z != 0 && !stepOverflows(int64(y), int64(z)) {
			return Range{Start: int64(x), Stop: int64(y), Step: int64(z)}, true
		}
	}
	return Range{}, false
}

// More reports whether a native loop over r continues at i.
func (r *Range) More(i int64) bool {
	if r.Step > 0 {
		return i < r.Stop
	}
	return i > r.Stop
}
