package re_test

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// A tiny expression language for the differential tests: each expression
// renders as Python source (evaluated by python3) and evaluates in Go
// against this runtime, so one table drives both sides.

type E interface {
	py() string
	eval() py.Object
}

type lit struct{ v py.Object }

func (l lit) py() string      { return py.Repr(l.v) }
func (l lit) eval() py.Object { return l.v }

// S, B, I and None are literals.
func S(s string) E { return lit{py.Str(s)} }
func B(s string) E { return lit{py.Bytes(s)} }
func I(n int) E    { return lit{py.Int(n)} }

var None E = lit{py.None}

type kwArg struct {
	name string
	v    E
}

func (k kwArg) py() string      { return k.name + "=" + k.v.py() }
func (k kwArg) eval() py.Object { return k.v.eval() }

// KW is a keyword argument.
func KW(name string, v E) E { return kwArg{name, v} }

type call struct {
	recv E      // nil: a function of the re module (or a name)
	name string // function or method name
	args []E
}

func (c call) py() string {
	var parts []string
	for _, a := range c.args {
		parts = append(parts, a.py())
	}
	f := "re." + c.name
	if c.recv != nil {
		f = c.recv.py() + "." + c.name
	}
	return f + "(" + strings.Join(parts, ", ") + ")"
}

func (c call) eval() py.Object {
	var f py.Object
	if c.recv == nil {
		f = oracle.Attr("re", c.name)
	} else {
		f = py.GetAttr(c.recv.eval(), c.name)
	}
	var pos, kwv []py.Object
	var kw []string
	for _, a := range c.args {
		if k, ok := a.(kwArg); ok {
			kw = append(kw, k.name)
			kwv = append(kwv, k.eval())
		} else {
			pos = append(pos, a.eval())
		}
	}
	return py.CallKw(f, append(pos, kwv...), kw)
}

// Re is re.name(args...); M is recv.name(args...).
func Re(name string, args ...E) E        { return call{nil, name, args} }
func M(recv E, name string, args ...E) E { return call{recv, name, args} }

type attr struct {
	recv E
	name string
}

func (a attr) py() string      { return a.recv.py() + "." + a.name }
func (a attr) eval() py.Object { return py.GetAttr(a.recv.eval(), a.name) }

// A is recv.name.
func A(recv E, name string) E { return attr{recv, name} }

// F is re.FLAG.
func F(name string) E { return attr{name: name, recv: modE{}} }

type modE struct{}

func (modE) py() string      { return "re" }
func (modE) eval() py.Object { return py.Import("re") }

type fn struct {
	src string
	f   func(args ...py.Object) py.Object
}

func (f fn) py() string { return f.src }
func (f fn) eval() py.Object {
	return py.NewBuiltin("f", func(args []py.Object, kw []string) py.Object { return f.f(args...) })
}

// Fn is a callable: Python source and the same function in Go.
func Fn(src string, f func(args ...py.Object) py.Object) E { return fn{src, f} }

type wrap struct {
	name string // a helper of the Python setup, with a Go twin
	arg  E
	f    func(py.Object) py.Object
}

func (w wrap) py() string      { return w.name + "(" + w.arg.py() + ")" }
func (w wrap) eval() py.Object { return w.f(w.arg.eval()) }

// helpers is the Python setup of the helpers below.
const helpers = `import re
def D(m):
    if m is None: return None
    return (m.span(), m.group(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, m.regs)
def L(x): return list(x)
def PUB(m): return sorted(n for n in dir(m) if not n.startswith('_') and n != 'copyreg')
def ERR(p):
    try:
        re.compile(*p) if isinstance(p, tuple) else re.compile(p)
    except re.error as e:
        return (e.msg, e.pos, e.lineno, e.colno, str(e))
    except Exception as e:
        return (type(e).__name__, str(e))
    return 'ok'
`

// D describes a match (or None) in one tuple.
func D(x E) E {
	return wrap{"D", x, func(m py.Object) py.Object {
		if m == py.None {
			return py.None
		}
		c := func(n string) py.Object { return py.CallMethod(m, n) }
		return py.NewTuple(c("span"), c("group"), c("groups"), c("groupdict"), py.GetAttr(m, "lastindex"), py.GetAttr(m, "lastgroup"), py.GetAttr(m, "regs"))
	}}
}

// PUB lists the public names of a module (but copyreg: re imports it in
// CPython, the runtime has no Go copyreg to bind).
func PUB(x E) E {
	return wrap{"PUB", x, func(o py.Object) py.Object {
		var out []py.Object
		for _, n := range py.AppendStar(nil, py.Call(py.LoadBuiltin("dir"), o)) {
			if !strings.HasPrefix(py.StrOf(n), "_") {
				out = append(out, n)
			}
		}
		l := py.NewList(out...)
		py.CallMethod(l, "sort")
		return l
	}}
}

// L is list(x).
func L(x E) E { return wrap{"L", x, func(o py.Object) py.Object { return oracle.List(o) }} }

// ERR compiles p (a pattern or a (pattern, flags) tuple) and describes the
// re.error it raises.
func ERR(p E) E {
	return wrap{"ERR", p, func(o py.Object) (res py.Object) {
		defer func() {
			if r := recover(); r != nil {
				e := py.Recovered(r)
				if e.Type().Name == "error" {
					g := func(n string) py.Object { return py.GetAttr(e, n) }
					res = py.NewTuple(g("msg"), g("pos"), g("lineno"), g("colno"), py.Str(py.ExcStr(e)))
					return
				}
				res = py.NewTuple(py.Str(e.Type().Name), py.Str(py.ExcStr(e)))
			}
		}()
		if t, ok := o.(*py.Tuple); ok {
			py.Call(oracle.Attr("re", "compile"), t.Items...)
		} else {
			py.Call(oracle.Attr("re", "compile"), o)
		}
		return py.Str("ok")
	}}
}

type tuple []E

func (t tuple) py() string {
	var parts []string
	for _, a := range t {
		parts = append(parts, a.py())
	}
	return "(" + strings.Join(parts, ", ") + ",)"
}

func (t tuple) eval() py.Object {
	items := make([]py.Object, len(t))
	for i, a := range t {
		items[i] = a.eval()
	}
	return py.NewTuple(items...)
}

// T is a tuple.
func T(items ...E) E { return tuple(items) }

type binop struct {
	op   string
	a, b E
}

func (o binop) py() string { return "(" + o.a.py() + " " + o.op + " " + o.b.py() + ")" }
func (o binop) eval() py.Object {
	switch o.op {
	case "|":
		return py.Binary(py.OpOr, o.a.eval(), o.b.eval())
	case "&":
		return py.Binary(py.OpAnd, o.a.eval(), o.b.eval())
	case "==":
		return py.Compare(o.a.eval(), o.b.eval(), py.OpEq)
	case "is":
		return py.NewBool(o.a.eval() == o.b.eval())
	}
	panic("op " + o.op)
}

// Op is a binary operator.
func Op(a E, op string, b E) E { return binop{op, a, b} }

type callE struct {
	f    string
	arg  E
	goFn func(py.Object) py.Object
}

func (c callE) py() string      { return c.f + "(" + c.arg.py() + ")" }
func (c callE) eval() py.Object { return c.goFn(c.arg.eval()) }

// Repr, Str, Int are the builtins.
func Repr(x E) E { return callE{"repr", x, func(o py.Object) py.Object { return py.Str(py.Repr(o)) }} }
func Str(x E) E  { return callE{"str", x, func(o py.Object) py.Object { return py.Str(py.StrOf(o)) }} }
func Int(x E) E  { return callE{"int", x, func(o py.Object) py.Object { return py.ToInt(o) }} }

type idx struct{ a, k E }

func (i idx) py() string      { return i.a.py() + "[" + i.k.py() + "]" }
func (i idx) eval() py.Object { return py.GetItem(i.a.eval(), i.k.eval()) }

// Idx is a[k].
func Idx(a, k E) E { return idx{a, k} }

func cases(es []E) []oracle.Case {
	out := make([]oracle.Case, len(es))
	for i, e := range es {
		e := e
		out[i] = oracle.Case{Py: e.py(), Go: e.eval}
	}
	return out
}

func runCases(t *testing.T, es []E) {
	t.Helper()
	oracle.Run(t, helpers, cases(es))
}

type repE struct {
	s string
	n int
}

func (r repE) py() string      { return "(" + py.Repr(py.Str(r.s)) + " * " + py.Repr(py.Int(r.n)) + ")" }
func (r repE) eval() py.Object { return py.Str(strings.Repeat(r.s, r.n)) }

// Rep is s * n, kept short on python3's command line.
func Rep(s string, n int) E { return repE{s, n} }

type catE []E

func (c catE) py() string {
	var parts []string
	for _, e := range c {
		parts = append(parts, e.py())
	}
	return "(" + strings.Join(parts, " + ") + ")"
}

func (c catE) eval() py.Object {
	var b strings.Builder
	for _, e := range c {
		b.WriteString(py.StrOf(e.eval()))
	}
	return py.Str(b.String())
}

// Cat concatenates strings.
func Cat(es ...E) E { return catE(es) }
