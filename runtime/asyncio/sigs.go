package asyncio

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// pySig is what CPython's method of a class checks of its calls
// (sigs_table.go, generated from CPython's asyncio): def wraps the Go
// method standing in for it with the same checks, so a call CPython
// rejects raises its TypeError rather than running with arguments
// ignored.
type pySig struct {
	// class is the module and name of the class, name the method's.
	class, name string
	// qual is the function's __qualname__, which the messages name (a
	// base class's, for an inherited method).
	qual string
	kind sigKind
	// minPos and maxPos bound the positional arguments a call of a
	// sigPython method may pass, self included (maxPos -1: any number).
	minPos, maxPos int
	// params is a sigPython method's parameter list as a def writes it,
	// a default shown as "=...".
	params string
}

// sigModels are functions of sigPython parameter lists, made at a first
// rejected call, whose binding raises the errors (guarded by the GIL).
var sigModels = map[*pySig]*py.Function{}

// sigKind is how a method takes its arguments.
type sigKind uint8

const (
	// sigPython is a function written in Python.
	sigPython sigKind = iota
	// sigNoArgs is a C method without arguments (METH_NOARGS).
	sigNoArgs
	// sigOneArg is a C method of exactly one (METH_O).
	sigOneArg
	// sigSlot0 is a C type slot's wrapper without arguments (__repr__).
	sigSlot0
	// sigClinic is a C method whose arguments Argument Clinic parses
	// (_PyArg_UnpackKeywords): minPos and maxPos leave self out, params
	// lists the others, and the messages name the method alone.
	sigClinic
)

// findSig is the signature of class's method name (nil: none known).
func findSig(class, name string) *pySig {
	i := sort.Search(len(pySigs), func(i int) bool {
		s := &pySigs[i]
		return s.class > class || s.class == class && s.name >= name
	})
	if i < len(pySigs) && pySigs[i].class == class && pySigs[i].name == name {
		return &pySigs[i]
	}
	return nil
}

// checked wraps fn, t's method s.name, with s's checks. The common call,
// one s accepts by position, costs a test or two.
func (s *pySig) checked(t *py.Type, fn goFn) goFn {
	return func(a []py.Object, kw []string) py.Object {
		if !s.accepts(len(a), len(kw)) && len(a) > 0 {
			receiverSig(a[0], t, s).check(a, kw)
		}
		return fn(a, kw)
	}
}

// accepts reports whether a call of n arguments (self included), nkw of
// them by keyword, passes without a closer look.
func (s *pySig) accepts(n, nkw int) bool {
	switch s.kind {
	case sigNoArgs, sigSlot0:
		return n == 1 && nkw == 0
	case sigOneArg:
		return n == 2 && nkw == 0
	case sigClinic:
		return nkw == 0 && n-1 >= s.minPos && n-1 <= s.maxPos
	}
	return nkw == 0 && n >= s.minPos && (s.maxPos < 0 || n <= s.maxPos)
}

// receiverSig is the signature the method has on self's class: a
// subclass may override what the Go method of t implements for both
// (BoundedSemaphore.release, TimerHandle.cancel, Task's own copies of
// Future's C methods).
func receiverSig(self py.Object, t *py.Type, s *pySig) *pySig {
	for _, c := range self.Type().MRO {
		if c == t {
			break
		}
		if r := findSig(c.Module+"."+c.Qualname, s.name); r != nil {
			return r
		}
	}
	return s
}

// check raises the TypeError CPython raises for the call, if any.
func (s *pySig) check(a []py.Object, kw []string) {
	switch s.kind {
	case sigNoArgs, sigOneArg:
		if len(kw) > 0 {
			typeError("%s() takes no keyword arguments", s.qual)
		}
		if s.kind == sigNoArgs && len(a) != 1 {
			typeError("%s() takes no arguments (%d given)", s.qual, len(a)-1)
		}
		if s.kind == sigOneArg && len(a) != 2 {
			typeError("%s() takes exactly one argument (%d given)", s.qual, len(a)-1)
		}
	case sigSlot0:
		if len(kw) > 0 {
			typeError("wrapper %s() takes no keyword arguments", s.name)
		}
		if len(a) != 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected 0 arguments, got %d", len(a)-1)))
		}
	case sigClinic:
		s.checkClinic(a[1:], kw)
	default:
		m := sigModels[s]
		if m == nil {
			m = s.function()
			sigModels[s] = m
		}
		m.CheckArgs(a, kw)
	}
}

// function is a function object of a sigPython parameter list, for its
// binding alone (the defaults are placeholders: only whether a parameter
// has one matters).
func (s *pySig) function() *py.Function {
	code := &py.Code{Name: s.name, Qualname: s.qual}
	var defaults, kwDefaults []py.Object
	afterStar := false
	for _, p := range strings.Split(s.params, ", ") {
		name, hasDefault := strings.CutSuffix(p, "=...")
		var d py.Object
		if hasDefault {
			d = py.None
		}
		switch {
		case p == "/":
			code.NumPosOnly = code.NumPos
			continue
		case p == "*":
			afterStar = true
			continue
		case strings.HasPrefix(p, "**"):
			code.VarKw = true
			name = p[2:]
		case strings.HasPrefix(p, "*"):
			code.VarArgs = true
			afterStar = true
			name = p[1:]
		case afterStar:
			code.NumKwOnly++
			kwDefaults = append(kwDefaults, d)
		default:
			code.NumPos++
			if d != nil {
				defaults = append(defaults, d)
			}
		}
		code.Params = append(code.Params, name)
	}
	return py.NewFunction(code, defaults, kwDefaults, nil)
}

// checkClinic raises what Argument Clinic's parsing raises for a call of
// a (self left out), in its order of checks.
func (s *pySig) checkClinic(a []py.Object, kw []string) {
	var names []string
	var required []bool
	posonly := 0
	for _, p := range strings.Split(s.params, ", ") {
		switch p {
		case "/":
			posonly = len(names)
		case "*", "":
		default:
			name, hasDefault := strings.CutSuffix(p, "=...")
			names = append(names, name)
			required = append(required, !hasDefault)
		}
	}
	nargs, nkw, maxArgs := len(a)-len(kw), len(kw), len(names)
	if nargs+nkw > maxArgs {
		keyword := ""
		if nargs == 0 {
			keyword = "keyword "
		}
		typeError("%s() takes at most %d %sargument%s (%d given)", s.qual, maxArgs, keyword, plural(maxArgs), nargs+nkw)
	}
	if nargs > s.maxPos {
		if s.maxPos == 0 {
			typeError("%s() takes no positional arguments", s.qual)
		}
		bound := "exactly"
		if s.minPos < s.maxPos {
			bound = "at most"
		}
		typeError("%s() takes %s %d positional argument%s (%d given)", s.qual, bound, s.maxPos, plural(s.maxPos), nargs)
	}
	if least := min(posonly, s.minPos); nargs < least {
		bound := "exactly"
		if least < s.maxPos {
			bound = "at least"
		}
		typeError("%s() takes %s %d positional argument%s (%d given)", s.qual, bound, least, plural(least), nargs)
	}
	given := func(name string) bool { return slices.Contains(kw, name) }
	used := 0
	for i := max(nargs, posonly); i < maxArgs; i++ {
		switch {
		case given(names[i]):
			used++
		case required[i] && i < s.maxPos:
			typeError("%s() missing required argument '%s' (pos %d)", s.qual, names[i], i+1)
		case required[i]:
			typeError("%s() missing required keyword-only argument '%s'", s.qual, names[i])
		}
	}
	if used == nkw {
		return
	}
	for i := posonly; i < nargs; i++ {
		if given(names[i]) {
			typeError("argument for %s() given by name ('%s') and position (%d)", s.qual, names[i], i+1)
		}
	}
	for _, k := range kw {
		if !slices.Contains(names[posonly:], k) {
			typeError("'%s' is an invalid keyword argument for %s()", k, s.qual)
		}
	}
}
