package asyncio

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Small helpers for defining Python-visible classes and methods in Go.

type goFn = func(args []py.Object, kw []string) py.Object

// def adds a method to t's dict; fn receives self as args[0].
func def(t *py.Type, name string, fn goFn) {
	if r := py.MethodSignatureRef(ownerName(t), name); r != nil {
		fn = checkedMethod(t, r, fn)
	}
	t.Dict.SetStr(name, py.NewMethod(name, fn))
}

// ownerName is t's module and qualified name, as signatures name a class
// (the last type's kept: def defines a type's methods one after another).
func ownerName(t *py.Type) string {
	if t != lastOwner.t {
		lastOwner.t, lastOwner.name = t, t.Module+"."+t.Qualname
	}
	return lastOwner.name
}

var lastOwner struct {
	t    *py.Type
	name string
}

// checkedMethod wraps fn, t's method s.Name, with the checks CPython's
// method makes of its calls (py.Signature): a call it rejects raises its
// TypeError rather than running with arguments ignored. A call s accepts
// by position costs a test or two.
func checkedMethod(t *py.Type, r *py.SignatureRef, fn goFn) goFn {
	return func(a []py.Object, kw []string) py.Object {
		if s := r.Get(); s != nil && !s.AcceptsMethod(len(a), len(kw)) && len(a) > 0 {
			receiverSignature(a[0], t, s).CheckMethod(a, kw)
		}
		return fn(a, kw)
	}
}

// receiverSignature is the signature the method has on self's class: a
// subclass may override what t's Go method implements for both
// (BoundedSemaphore.release, TimerHandle.cancel, Task's own copies of
// Future's C methods).
func receiverSignature(self py.Object, t *py.Type, s *py.Signature) *py.Signature {
	for _, c := range self.Type().MRO {
		if c == t {
			break
		}
		if r := py.MethodSignature(ownerName(c), s.Name); r != nil {
			return r
		}
	}
	return s
}

// getter adds a read-only attribute.
func getter(t *py.Type, name string, get func(self py.Object) py.Object) {
	py.AddGetter(t, name, get, nil)
}

func newType(name, module string, base *py.Type, alloc func(t *py.Type) py.Object) *py.Type {
	t := py.NewNativeType(name, module, base, alloc)
	t.Dict.SetStr("__module__", py.Str(module))
	return t
}

// newExcClass makes an exception class as a class statement would.
func newExcClass(name, module string, bases ...*py.Type) *py.Type {
	objs := make([]py.Object, len(bases))
	for i, b := range bases {
		objs[i] = b
	}
	return py.NewClass(name, name, module, objs, py.NewDict())
}

func raise(t *py.Type, msg string) {
	panic(py.NewError(t, msg))
}

func raiseNoArg(t *py.Type) {
	panic(py.NewException(t))
}

func runtimeError(format string, a ...any) {
	panic(py.NewError(py.RuntimeErrorType, fmt.Sprintf(format, a...)))
}

func typeError(format string, a ...any) {
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf(format, a...)))
}

func valueError(format string, a ...any) {
	panic(py.NewError(py.ValueErrorType, fmt.Sprintf(format, a...)))
}

// parse parses a builtin's arguments; kwonly lists names that may only be
// given by keyword (after params).
func parse(fname string, args []py.Object, kw []string, params []string, required int) []py.Object {
	return py.ParseArgs(fname, args, kw, params, required)
}

// parseKwOnly splits args into positional ones (checked against npos
// bounds) and keyword-only ones by name.
func parseKwOnly(fname string, args []py.Object, kw []string, minPos, maxPos int, kwonly []string) ([]py.Object, []py.Object) {
	npos := len(args) - len(kw)
	if len(kw) == 0 && npos >= minPos && (maxPos < 0 || npos <= maxPos) {
		return args, noKwValues[:len(kwonly)]
	}
	if npos < minPos || (maxPos >= 0 && npos > maxPos) {
		switch {
		case maxPos == minPos:
			typeError("%s() takes %d positional argument%s but %d were given", fname, maxPos, plural(maxPos), npos)
		case npos < minPos:
			typeError("%s() missing %d required positional argument%s", fname, minPos-npos, plural(minPos-npos))
		default:
			typeError("%s() takes from %d to %d positional arguments but %d were given", fname, minPos, maxPos, npos)
		}
	}
	kwv := make([]py.Object, len(kwonly))
	for i, k := range kw {
		found := false
		for j, n := range kwonly {
			if n == k {
				kwv[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			typeError("%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	return args[:npos], kwv
}

// noKwValues stands for "no keyword-only argument given" (all nil); callers
// only read it.
var noKwValues [16]py.Object

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// isNone is o is None (or unset), with a type test rather than an
// interface comparison (runtime.ifaceeq).
func isNone(o py.Object) bool {
	_, none := o.(py.NoneType)
	return none || o == nil
}

func toFloat(o py.Object) float64 {
	switch v := o.(type) {
	case py.Int:
		return float64(v)
	case py.Float:
		return float64(v)
	case py.Bool:
		if v {
			return 1
		}
		return 0
	}
	f := py.ToFloat(o)
	return float64(f.(py.Float))
}

// reprlibRepr is reprlib.repr with its default limits, for the results
// shown in Future reprs.
func reprlibRepr(o py.Object) string { return reprlibLevel(o, 6) }

func reprlibLevel(o py.Object, level int) string {
	switch v := o.(type) {
	case py.Str:
		x := []rune(string(v))
		s := []rune(py.Repr(py.Str(truncRunes(string(v), 30))))
		if len(s) > 30 {
			i := (30 - 3) / 2
			j := 30 - 3 - i
			s = []rune(py.Repr(py.Str(string(x[:i]) + string(x[len(x)-j:]))))
			return string(s[:i]) + "..." + string(s[len(s)-j:])
		}
		return string(s)
	case py.Int, py.Bool, py.Float, py.NoneType:
		s := py.Repr(v)
		if len(s) > 40 {
			i := (40 - 3) / 2
			j := 40 - 3 - i
			return s[:i] + "..." + s[len(s)-j:]
		}
		return s
	case *py.Tuple:
		return reprlibSeq(v.Items, "(", ")", level, 6, len(v.Items) == 1)
	case *py.List:
		return reprlibSeq(v.Items, "[", "]", level, 6, false)
	case *py.Dict:
		if v.Len() == 0 {
			return "{}"
		}
		if level <= 0 {
			return "{...}"
		}
		var parts []string
		n := 0
		v.Items(func(k, val py.Object) bool {
			if n >= 4 {
				return false
			}
			parts = append(parts, reprlibLevel(k, level-1)+": "+reprlibLevel(val, level-1))
			n++
			return true
		})
		if v.Len() > 4 {
			parts = append(parts, "...")
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	s := py.Repr(o)
	rs := []rune(s)
	if len(rs) > 30 {
		i := (30 - 3) / 2
		j := 30 - 3 - i
		return string(rs[:i]) + "..." + string(rs[len(rs)-j:])
	}
	return s
}

func truncRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

func reprlibSeq(items []py.Object, open, close string, level, max int, trailing bool) string {
	if len(items) == 0 {
		return open + close
	}
	if level <= 0 {
		return open + "..." + close
	}
	var parts []string
	for i, it := range items {
		if i >= max {
			parts = append(parts, "...")
			break
		}
		parts = append(parts, reprlibLevel(it, level-1))
	}
	s := strings.Join(parts, ", ")
	if trailing {
		s += ","
	}
	return open + s + close
}
