package py

import (
	"fmt"
	"slices"
	"strings"
)

// Signature is what CPython checks of the calls of one of its functions or
// methods that the runtime implements in Go (signatures_table.go, generated
// by tools/gen/signatures.py from the host CPython). The Go function checks
// its calls the same way before running (Check): a call CPython rejects
// raises CPython's TypeError rather than running with arguments ignored.
//
// The arguments checked are those the CPython function binds: a method
// written in Python counts self among them, a C method does not.
type Signature struct {
	// Owner is the module, or module and class, Name the function's.
	Owner, Name string
	// Qual is the name the messages give: the Python function's
	// __qualname__ (a base class's, for an inherited method), or the C
	// function's module or class and name.
	Qual string
	Kind SigKind
	// MinPos and MaxPos bound the positional arguments of a SigPython,
	// SigPositional or SigClinic function (MaxPos -1: any number).
	MinPos, MaxPos int
	// Params is a SigPython or SigClinic parameter list as a def writes
	// it, a default shown as "=...".
	Params string
}

// SigKind is how a function takes its arguments.
type SigKind uint8

const (
	// SigPython is a function written in Python.
	SigPython SigKind = iota
	// SigNoArgs is a C function without arguments (METH_NOARGS).
	SigNoArgs
	// SigOneArg is a C function of exactly one (METH_O).
	SigOneArg
	// SigSlot0 is a C type slot's wrapper without arguments (__repr__).
	SigSlot0
	// SigPositional is a C function of positional-only parameters that
	// Argument Clinic checks with _PyArg_CheckPositional.
	SigPositional
	// SigClinic is a C function whose arguments Argument Clinic parses
	// with _PyArg_UnpackKeywords.
	SigClinic
)

// MethodSignature is the signature of method name of the class owner
// (module and class name), nil when none is known.
func MethodSignature(owner, name string) *Signature {
	lo, hi := methodIndex.rows(owner)
	return methodIndex.lookup(lo, hi, name)
}

var (
	methodIndex = sigIndex{table: methodSignatures[:]}
	funcIndex   = sigIndex{table: funcSignatures[:]}
)

// sigIndex finds signatures in a table sorted by owner and name. A class
// or module defines its functions one after another: the rows of the
// last owner looked up are kept (the lookups run as the runtime's types
// and modules are made, under the GIL). Loops rather than sort.Search:
// the closures' calls doubled the cost.
type sigIndex struct {
	table  []Signature
	owner  string
	lo, hi int
}

// rows is owner's rows, table[lo:hi] (empty: none).
func (x *sigIndex) rows(owner string) (lo, hi int) {
	if owner == x.owner {
		return x.lo, x.hi
	}
	t := x.table
	lo, hi = 0, len(t)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); t[m].Owner < owner {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < len(t) && t[hi].Owner == owner {
		hi++
	}
	x.owner, x.lo, x.hi = owner, lo, hi
	return lo, hi
}

// lookup is the signature of name among table[lo:hi] (nil: none).
func (x *sigIndex) lookup(lo, hi int, name string) *Signature {
	t, end := x.table, hi
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); t[m].Name < name {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < end && t[lo].Name == name {
		return &t[lo]
	}
	return nil
}

// SignatureRef finds a function's signature at its first call: most of
// the runtime's functions are never called by a program, and looking
// them all up as their types and modules are made cost start-up time.
type SignatureRef struct {
	x      *sigIndex
	lo, hi int
	name   string
	sig    *Signature
	found  bool
}

// MethodSignatureRef refers to the signature of method name of the class
// owner; nil when the class has none.
func MethodSignatureRef(owner, name string) *SignatureRef {
	return methodIndex.ref(owner, name)
}

func (x *sigIndex) ref(owner, name string) *SignatureRef {
	lo, hi := x.rows(owner)
	if lo == hi {
		return nil
	}
	return &SignatureRef{x: x, lo: lo, hi: hi, name: name}
}

// Get is the signature (nil: none known; found at the first call, under
// the GIL).
func (r *SignatureRef) Get() *Signature {
	if !r.found {
		r.sig, r.found = r.x.lookup(r.lo, r.hi, r.name), true
	}
	return r.sig
}

// wrapFunc is fn, a module function, checking its calls as the signature
// r refers to does.
func (r *SignatureRef) wrapFunc(fn func(args []Object, kwnames []string) Object) func(args []Object, kwnames []string) Object {
	return func(args []Object, kw []string) Object {
		if s := r.Get(); s != nil && !s.Accepts(len(args), len(kw)) {
			s.Check(args, kw)
		}
		return fn(args, kw)
	}
}

// AcceptsMethod is Accepts for a method's call whose n arguments count
// self (a C method's checks leave it out).
func (s *Signature) AcceptsMethod(n, nkw int) bool {
	if s.Kind != SigPython {
		n--
	}
	return s.Accepts(n, nkw)
}

// CheckMethod is Check for a method's call of args, self first.
func (s *Signature) CheckMethod(args []Object, kw []string) {
	if s.Kind != SigPython && len(args) > 0 {
		args = args[1:]
	}
	s.Check(args, kw)
}

// Accepts reports whether a call of n arguments, nkw of them by keyword,
// passes without a closer look (Check raises for none it accepts).
func (s *Signature) Accepts(n, nkw int) bool {
	switch s.Kind {
	case SigNoArgs, SigSlot0:
		return n == 0 && nkw == 0
	case SigOneArg:
		return n == 1 && nkw == 0
	}
	return nkw == 0 && n >= s.MinPos && (s.MaxPos < 0 || n <= s.MaxPos)
}

// Check raises the TypeError CPython raises for a call of args with the
// keywords kw (their values last in args), if it raises one.
func (s *Signature) Check(args []Object, kw []string) {
	switch s.Kind {
	case SigNoArgs, SigOneArg:
		if len(kw) > 0 {
			typeErrorf("%s() takes no keyword arguments", s.Qual)
		}
		if s.Kind == SigNoArgs && len(args) != 0 {
			typeErrorf("%s() takes no arguments (%d given)", s.Qual, len(args))
		}
		if s.Kind == SigOneArg && len(args) != 1 {
			typeErrorf("%s() takes exactly one argument (%d given)", s.Qual, len(args))
		}
	case SigSlot0:
		if len(kw) > 0 {
			typeErrorf("wrapper %s() takes no keyword arguments", s.Name)
		}
		if len(args) != 0 {
			typeErrorf("expected 0 arguments, got %d", len(args))
		}
	case SigPositional:
		if len(kw) > 0 {
			typeErrorf("%s() takes no keyword arguments", s.Qual)
		}
		if n := len(args); n < s.MinPos || n > s.MaxPos {
			bound, want := "", s.MinPos
			if n > s.MaxPos {
				want = s.MaxPos
			}
			if s.MinPos != s.MaxPos && n < s.MinPos {
				bound = "at least "
			} else if s.MinPos != s.MaxPos {
				bound = "at most "
			}
			typeErrorf("%s expected %s%d argument%s, got %d", s.Name, bound, want, plural(want), n)
		}
	case SigClinic:
		s.checkClinic(args, kw)
	default:
		s.model().bind(args, kw)
	}
}

// sigModels are functions of SigPython parameter lists, made at a first
// rejected call, whose binding raises the errors (guarded by the GIL).
var sigModels = map[*Signature]*Function{}

// model is a function object of a SigPython parameter list, for its
// binding alone (the defaults are placeholders: only whether a parameter
// has one matters).
func (s *Signature) model() *Function {
	if f := sigModels[s]; f != nil {
		return f
	}
	code := &Code{Name: s.Name, Qualname: s.Qual}
	var defaults, kwDefaults []Object
	afterStar := false
	for _, p := range strings.Split(s.Params, ", ") {
		name, hasDefault := strings.CutSuffix(p, "=...")
		var d Object
		if hasDefault {
			d = None
		}
		switch {
		case p == "":
			continue
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
	f := newFunction(code, defaults, kwDefaults, nil)
	sigModels[s] = f
	return f
}

// clinicParams is a SigClinic function's parameter names in order,
// whether each is required, and how many are positional-only.
func (s *Signature) clinicParams() (names []string, required []bool, posonly int) {
	for _, p := range strings.Split(s.Params, ", ") {
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
	return names, required, posonly
}

// BindClinic checks a call of a SigClinic function (checkClinic) and
// gives its arguments one slot per parameter, in Params' order, nil for
// those not given: for Go functions that take their arguments as an
// Argument Clinic function does (asyncio's Future() and Task()).
func (s *Signature) BindClinic(args []Object, kw []string) []Object {
	s.checkClinic(args, kw)
	names, _, _ := s.clinicParams()
	out := make([]Object, len(names))
	npos := len(args) - len(kw)
	copy(out, args[:npos])
	for i, k := range kw {
		out[slices.Index(names, k)] = args[npos+i]
	}
	return out
}

// checkClinic raises what Argument Clinic's _PyArg_UnpackKeywords raises
// for the call, in its order of checks; its messages name the function
// alone.
func (s *Signature) checkClinic(args []Object, kw []string) {
	names, required, posonly := s.clinicParams()
	fname := s.Name
	nargs, nkw, maxArgs := len(args)-len(kw), len(kw), len(names)
	if nargs+nkw > maxArgs {
		keyword := ""
		if nargs == 0 {
			keyword = "keyword "
		}
		typeErrorf("%s() takes at most %d %sargument%s (%d given)", fname, maxArgs, keyword, plural(maxArgs), nargs+nkw)
	}
	if nargs > s.MaxPos {
		if s.MaxPos == 0 {
			typeErrorf("%s() takes no positional arguments", fname)
		}
		bound := "exactly"
		if s.MinPos < s.MaxPos {
			bound = "at most"
		}
		typeErrorf("%s() takes %s %d positional argument%s (%d given)", fname, bound, s.MaxPos, plural(s.MaxPos), nargs)
	}
	if least := min(posonly, s.MinPos); nargs < least {
		bound := "exactly"
		if least < s.MaxPos {
			bound = "at least"
		}
		typeErrorf("%s() takes %s %d positional argument%s (%d given)", fname, bound, least, plural(least), nargs)
	}
	used := 0
	for i := max(nargs, posonly); i < maxArgs; i++ {
		switch {
		case slices.Contains(kw, names[i]):
			used++
		case required[i] && i < s.MaxPos:
			typeErrorf("%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		case required[i]:
			typeErrorf("%s() missing required keyword-only argument '%s'", fname, names[i])
		}
	}
	if used == nkw {
		return
	}
	for i := posonly; i < nargs; i++ {
		if slices.Contains(kw, names[i]) {
			typeErrorf("argument for %s() given by name ('%s') and position (%d)", fname, names[i], i+1)
		}
	}
	for _, k := range kw {
		if !slices.Contains(names[posonly:], k) {
			typeErrorf("'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
}

func typeErrorf(format string, a ...any) {
	panic(NewError(TypeErrorType, fmt.Sprintf(format, a...)))
}
