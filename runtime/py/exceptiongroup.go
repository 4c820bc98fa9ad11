package py

import "fmt"

// BaseExceptionGroup and ExceptionGroup (PEP 654).

// IsExceptionGroup reports whether e is a BaseExceptionGroup.
func IsExceptionGroup(e *BaseException) bool { return e.cls.IsSubtype(BaseExceptionGroupType) }

// GroupMessage is eg.message.
func GroupMessage(e *BaseException) Object {
	if len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return Str("")
}

// GroupExceptions is eg.exceptions as a Go slice.
func GroupExceptions(e *BaseException) []*BaseException {
	if len(e.Args.Items) < 2 {
		return nil
	}
	var out []*BaseException
	for _, x := range AppendStar(nil, e.Args.Items[1]) {
		if be, ok := x.(*BaseException); ok {
			out = append(out, be)
		}
	}
	return out
}

// NewExceptionGroup is BaseExceptionGroup(msg, excs): an ExceptionGroup
// when every member is an Exception.
func NewExceptionGroup(msg string, excs []*BaseException) *BaseException {
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	return Call(BaseExceptionGroupType, Str(msg), NewList(items...)).(*BaseException)
}

func makeGroup(t *Type, args []Object, kw []string) Object {
	if len(kw) > 0 {
		panic(NewError(TypeErrorType, t.Name+"() takes no keyword arguments"))
	}
	if len(args) != 2 {
		panic(NewError(TypeErrorType, fmt.Sprintf("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))))
	}
	if _, ok := args[0].(Str); !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("argument 1 must be str, not %s", typeName(args[0]))))
	}
	switch args[1].(type) {
	case *List, *Tuple:
	default:
		if LookupSpecial(args[1], "__getitem__") == nil || LookupSpecial(args[1], "__len__") == nil {
			panic(NewError(TypeErrorType, "second argument (exceptions) must be a sequence"))
		}
	}
	items := AppendStar(nil, args[1])
	if len(items) == 0 {
		panic(NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence"))
	}
	allExc := true
	for i, it := range items {
		e, ok := it.(*BaseException)
		if !ok {
			panic(NewError(ValueErrorType, fmt.Sprintf("Item %d of second argument (exceptions) is not an exception", i)))
		}
		if !e.cls.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	cls := t
	if t == BaseExceptionGroupType && allExc {
		cls = ExceptionGroupType
	} else if t.IsSubtype(ExceptionType) && !allExc {
		panic(NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup"))
	}
	e := &BaseException{cls: cls, Args: NewTuple(args[0], args[1]), Dict: NewDict()}
	if cls != t && cls != ExceptionGroupType {
		return e
	}
	return e
}

// groupMatcher turns split()/subgroup()'s condition into a predicate.
func groupMatcher(cond Object) func(e *BaseException) bool {
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
	if _, ok := cond.(Callable); ok || LookupSpecial(cond, "__call__") != nil {
		return func(e *BaseException) bool { return Truth(Call(cond, e)) }
	}
	panic(NewError(TypeErrorType, "expected a function, exception type or tuple of exception types"))
}

// deriveGroup is eg.derive(excs) plus the metadata copy split() does.
func deriveGroup(eg *BaseException, excs []*BaseException) *BaseException {
	items := make([]Object, len(excs))
	for i, e := range excs {
		items[i] = e
	}
	r := CallMethod(eg, "derive", NewList(items...))
	ne, ok := r.(*BaseException)
	if !ok {
		panic(NewError(TypeErrorType, "derive must return an instance of BaseExceptionGroup"))
	}
	ne.Cause, ne.Context, ne.SuppressContext = eg.Cause, eg.Context, eg.SuppressContext
	ne.raises = eg.raises
	ne.Traceback = eg.Traceback
	if notes, ok := eg.Dict.GetStr("__notes__"); ok {
		ne.Dict.SetStr("__notes__", notes)
	}
	return ne
}

// SplitGroup is eg.split(cond): the matching and the rest (nil: none).
func SplitGroup(eg *BaseException, match func(e *BaseException) bool) (*BaseException, *BaseException) {
	if match(eg) {
		return eg, nil
	}
	if !IsExceptionGroup(eg) {
		return nil, eg
	}
	var yes, no []*BaseException
	for _, e := range GroupExceptions(eg) {
		m, r := SplitGroup(e, match)
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
	if len(no) > 0 {
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
	method(BaseExceptionGroupType, "__init__", func(args []Object, kw []string) Object { return None })
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
		m, _ := SplitGroup(args[0].(*BaseException), groupMatcher(a[0]))
		return orNoneExc(m)
	})
	BaseExceptionGroupType.Dict.SetStr("__class_getitem__", &ClassMethod{Func: NewBuiltin("__class_getitem__", func(args []Object, kw []string) Object {
		return &GenericAlias{Origin: args[0].(*Type), Args: args[1]}
	})})
}
