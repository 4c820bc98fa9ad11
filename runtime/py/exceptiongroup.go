package py

import "fmt"

// BaseExceptionGroup and ExceptionGroup (PEP 654).

// IsExceptionGroup reports whether e is a BaseExceptionGroup.
func IsExceptionGroup(e *BaseException) bool { return e.cls.IsSubtype(BaseExceptionGroupType) }

// groupData is what BaseExceptionGroup.__new__ stores beside args: the
// message and the exceptions (a tuple copy of the sequence given).
type groupData struct {
	msg  Object
	excs []*BaseException
}

// GroupMessage is eg.message.
func GroupMessage(e *BaseException) Object {
	if e.group != nil {
		return e.group.msg
	}
	return Str("")
}

// GroupExceptions is eg.exceptions as a Go slice.
func GroupExceptions(e *BaseException) []*BaseException {
	if e.group != nil {
		return e.group.excs
	}
	return nil
}

// NewExceptionGroup is BaseExceptionGroup(msg, excs) with excs a list: an
// ExceptionGroup when every member is an Exception.
func NewExceptionGroup(msg string, excs []*BaseException) *BaseException {
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	return Call(BaseExceptionGroupType, Str(msg), NewList(items...)).(*BaseException)
}

// makeGroup is BaseExceptionGroup.__new__ (BaseExceptionGroup_new).
func makeGroup(t *Type, args []Object, kw []string) Object {
	if len(kw) > 0 {
		panic(NewError(TypeErrorType, t.Name+"() takes no keyword arguments"))
	}
	args = args[:len(args)-len(kw)]
	if len(args) != 2 {
		panic(NewError(TypeErrorType, fmt.Sprintf("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))))
	}
	if _, ok := UnwrapValue(args[0]).(Str); !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeName(args[0]))))
	}
	switch args[1].(type) {
	case *List, *Tuple:
	default:
		if _, isDict := args[1].(*Dict); isDict || LookupSpecial(args[1], "__getitem__") == nil {
			panic(NewError(TypeErrorType, "second argument (exceptions) must be a sequence"))
		}
	}
	items := AppendStar(nil, args[1])
	if len(items) == 0 {
		panic(NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence"))
	}
	nestedBase := false
	excs := make([]*BaseException, len(items))
	for i, it := range items {
		e, ok := it.(*BaseException)
		if !ok {
			panic(NewError(ValueErrorType, fmt.Sprintf("Item %d of second argument (exceptions) is not an exception", i)))
		}
		if !e.cls.IsSubtype(ExceptionType) {
			nestedBase = true
		}
		excs[i] = e
	}
	cls := t
	switch {
	case t == ExceptionGroupType:
		if nestedBase {
			panic(NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup"))
		}
	case t == BaseExceptionGroupType:
		if !nestedBase {
			cls = ExceptionGroupType
		}
	default:
		// A user-defined subclass.
		if nestedBase && t.IsSubtype(ExceptionType) {
			panic(NewError(TypeErrorType, fmt.Sprintf("Cannot nest BaseExceptions in '%s'", t.Name)))
		}
	}
	e := cls.allocator()(cls).(*BaseException)
	e.Args = NewTuple(args[0], args[1])
	e.group = &groupData{msg: args[0], excs: excs}
	return e
}

// groupMatcher turns split()/subgroup()'s condition into a predicate
// (get_matcher_type and exceptiongroup_split_check_match).
func groupMatcher(cond Object) func(e *BaseException) bool {
	_, isType := cond.(*Type)
	_, callable := cond.(Callable)
	if !isType && (callable || LookupSpecial(cond, "__call__") != nil) {
		return func(e *BaseException) bool { return Truth(Call(cond, e)) }
	}
	switch c := cond.(type) {
	case *Type:
		if c.IsSubtype(BaseExceptionType) {
			return func(e *BaseException) bool { return e.cls.IsSubtype(c) }
		}
	case *Tuple:
		for _, it := range c.Items {
			if t, ok := it.(*Type); !ok || !t.IsSubtype(BaseExceptionType) {
				panic(NewError(TypeErrorType, "expected a function, exception type or tuple of exception types"))
			}
		}
		return func(e *BaseException) bool { return ExceptionMatches(e, c) }
	}
	panic(NewError(TypeErrorType, "expected a function, exception type or tuple of exception types"))
}

// copyTraceback gives dst src's __traceback__ (the same traceback object,
// as PyException_SetTraceback(dst, PyException_GetTraceback(src)) does).
func copyTraceback(dst, src *BaseException) {
	tb := tracebackOf(src)
	dst.raises = append([]raiseSite(nil), src.raises...)
	dst.Traceback = src.Traceback
	dst.tb = src.tb
	dst.tbChain, dst.tbChainOf = tb, src.tbChainOf
}

// deriveGroup is exceptiongroup_subset: eg.derive(excs) with eg's
// traceback, context, cause and a copy of its notes.
func deriveGroup(eg *BaseException, excs []*BaseException) *BaseException {
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	r := CallMethod(eg, "derive", NewList(items...))
	ne, ok := r.(*BaseException)
	if !ok || !IsExceptionGroup(ne) {
		panic(NewError(TypeErrorType, "derive must return an instance of BaseExceptionGroup"))
	}
	copyTraceback(ne, eg)
	// PyException_SetContext, then PyException_SetCause (which sets
	// __suppress_context__).
	ne.Context, ne.Cause, ne.SuppressContext = eg.Context, eg.Cause, true
	if notes := LookupAttr(eg, "__notes__"); notes != nil && isSequence(notes) {
		SetAttr(ne, "__notes__", NewList(AppendStar(nil, notes)...))
	}
	return ne
}

// isSequence is PySequence_Check.
func isSequence(o Object) bool {
	switch o.(type) {
	case *List, *Tuple, Str, Bytes:
		return true
	case *Dict:
		return false
	}
	return LookupSpecial(o, "__getitem__") != nil
}

// SplitGroup is eg.split(cond): the matching and the rest (nil: none).
func SplitGroup(eg *BaseException, match func(e *BaseException) bool) (*BaseException, *BaseException) {
	return splitGroup(eg, match, true)
}

// splitGroup is exception_group_split_recursive; the rest is built only
// when withRest.
func splitGroup(eg *BaseException, match func(e *BaseException) bool, withRest bool) (*BaseException, *BaseException) {
	if match(eg) {
		return eg, nil
	}
	if !IsExceptionGroup(eg) {
		if withRest {
			return nil, eg
		}
		return nil, nil
	}
	var yes, no []*BaseException
	for _, e := range GroupExceptions(eg) {
		EnterRecursiveCall(" in exception_group_split_recursive")
		m, r := splitGroup(e, match, withRest)
		LeaveRecursiveCall()
		if m != nil {
			yes = append(yes, m)
		}
		if r != nil {
			no = append(no, r)
		}
	}
	var mg, rg *BaseException
	if len(yes) > 0 {
		mg = deriveGroup(eg, yes)
	}
	if withRest && len(no) > 0 {
		rg = deriveGroup(eg, no)
	}
	return mg, rg
}

func orNoneExc(e *BaseException) Object {
	if e == nil {
		return None
	}
	return e
}

func initExceptionGroups() {
	BaseExceptionGroupType.call = makeGroup
	ExceptionGroupType.call = makeGroup
	subclassable[BaseExceptionGroupType] = true
	subclassable[OSErrorType] = true
	BaseExceptionGroupType.Dict.SetStr("__new__", &StaticMethod{Func: NewBuiltin("__new__", func(args []Object, kw []string) Object {
		return makeGroup(args[0].(*Type), args[1:], kw)
	})})
	method(BaseExceptionGroupType, "__init__", func(args []Object, kw []string) Object {
		// BaseExceptionGroup_init: no keywords, then BaseException's.
		e := checkSelf(BaseExceptionGroupType, "__init__", args).(*BaseException)
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, e.cls.Name+"() takes no keyword arguments"))
		}
		e.Args = NewTuple(append([]Object(nil), args[1:]...)...)
		return None
	})
	AddGetter(BaseExceptionGroupType, "message", func(o Object) Object { return GroupMessage(o.(*BaseException)) }, nil)
	AddGetter(BaseExceptionGroupType, "exceptions", func(o Object) Object {
		ex := GroupExceptions(o.(*BaseException))
		items := make([]Object, len(ex))
		for i, e := range ex {
			items[i] = e
		}
		return NewTuple(items...)
	}, nil)
	method(BaseExceptionGroupType, "__str__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		n := len(GroupExceptions(e))
		s := "s"
		if n == 1 {
			s = ""
		}
		return Str(fmt.Sprintf("%s (%d sub-exception%s)", StrOf(GroupMessage(e)), n, s))
	})
	method(BaseExceptionGroupType, "derive", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		return Call(BaseExceptionGroupType, GroupMessage(e), args[1])
	})
	method(BaseExceptionGroupType, "split", func(args []Object, kw []string) Object {
		a := nargs("split", args, kw, 1, 1)
		m, r := SplitGroup(args[0].(*BaseException), groupMatcher(a[0]))
		return NewTuple(orNoneExc(m), orNoneExc(r))
	})
	method(BaseExceptionGroupType, "subgroup", func(args []Object, kw []string) Object {
		a := nargs("subgroup", args, kw, 1, 1)
		m, _ := splitGroup(args[0].(*BaseException), groupMatcher(a[0]), false)
		return orNoneExc(m)
	})
	BaseExceptionGroupType.Dict.SetStr("__class_getitem__", &ClassMethod{Func: NewBuiltin("__class_getitem__", func(args []Object, kw []string) Object {
		return &GenericAlias{Origin: args[0].(*Type), Args: args[1]}
	})})
}
