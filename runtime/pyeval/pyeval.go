// Package pyeval implements eval, exec and compile: Python source given at
// run time is parsed with the project's parser and its AST is evaluated
// over the runtime's objects, through the same helpers translated code
// calls (py.Binary, py.GetAttr, py.CallKw, py.Try, ...), so the semantics
// are the compiled code's. Translated code stays compiled; only strings go
// through here.
//
// The package registers itself with runtime/py when linked; the driver
// links it only into programs that name eval, exec or compile (see
// ARCHITECTURE.md, "eval, exec and compile").
package pyeval

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/runtime/py"
)

func init() {
	py.SetDynamicBuiltins(py.DynamicBuiltins{Eval: builtinEval, Exec: builtinExec, Compile: builtinCompile, Frame: builtinFrame})
}

// unit is compiled source: a module (exec, single) or an expression (eval).
type unit struct {
	filename string
	mode     string
	mod      *parser.Module
	expr     parser.ExprNode
	code     *py.Code
	scopes   map[parser.Node]*scope
	// optimize is compile()'s level: from 1 asserts are gone and
	// __debug__ is False, from 2 docstrings too.
	optimize int
}

// units maps the Code of a compile() result to its unit.
var units = map[*py.Code]*unit{}

func builtinCompile(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 3)
	filename := fsPath(a[1])
	mode, ok := a[2].(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "compile() argument 'mode' must be str, not "+a[2].Type().Name))
	}
	flags := 0
	if a[3] != nil {
		flags = py.IndexCInt(a[3])
	}
	// The __future__ feature flags, CO_NESTED, and PyCF_DONT_IMPLY_DEDENT,
	// ONLY_AST, TYPE_COMMENTS, ALLOW_TOP_LEVEL_AWAIT and
	// ALLOW_INCOMPLETE_INPUT: any other bit is refused.
	const knownFlags = 0x1fe0000 | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000
	if flags&^knownFlags != 0 {
		panic(py.NewError(py.ValueErrorType, "compile(): unrecognised flags"))
	}
	optimize := 0 // -1, the interpreter's own level, is 0 here
	if a[5] != nil {
		o := py.IndexCInt(a[5])
		if o < -1 || o > 2 {
			panic(py.NewError(py.ValueErrorType, "compile(): invalid optimize value"))
		}
		optimize = max(o, 0)
	}
	onlyAST := flags&cfOnlyAST != 0
	if mode == "func_type" {
		if !onlyAST {
			panic(py.NewError(py.ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST"))
		}
		panic(py.NewError(py.NotImplementedErrorType, "compile() mode 'func_type' is not supported by py2goasync"))
	}
	if mode != "exec" && mode != "eval" && mode != "single" {
		panic(py.NewError(py.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'"))
	}
	if py.CodeOf(a[0]) != nil {
		return a[0]
	}
	if isAST(a[0]) {
		mod := astTreeForMode(a[0], string(mode))
		if onlyAST {
			return a[0]
		}
		u := newUnit(mod, filename, string(mode))
		u.optimize = optimize
		return py.CodeObjectOf(u.code)
	}
	src := sourceText("compile", a[0], "a string, bytes or AST object")
	if onlyAST {
		if flags&cfTypeComments != 0 && strings.Contains(src, "type:") {
			// The parser drops comments; a type comment would be lost.
			panic(py.NewError(py.NotImplementedErrorType, "type comments (ast.PyCF_TYPE_COMMENTS) are not supported by py2goasync"))
		}
		mod := parseSource(src, filename, string(mode), false)
		return astOfMode(mod, string(mode))
	}
	u := compileSource(src, filename, string(mode))
	u.optimize = optimize
	return py.CodeObjectOf(u.code)
}

// isAST reports whether o is an instance of ast.AST (the module is then
// built: only its classes make such objects).
func isAST(o py.Object) bool {
	return astBase != nil && o.Type().IsSubtype(astBase)
}

// astOfMode is the AST object compile(..., PyCF_ONLY_AST) returns for a
// parsed module: Module, Expression or Interactive by mode.
func astOfMode(mod *parser.Module, mode string) py.Object {
	var n parser.Node = mod
	switch mode {
	case "eval":
		n = &parser.Expression{Body: mod.Body[0].(*parser.Expr).Value}
	case "single":
		n = &parser.Interactive{Body: mod.Body}
	}
	return astToPy(n)
}

// astTreeForMode converts an AST object given to compile() back to a
// module of the parser's tree, checking that its kind fits mode.
func astTreeForMode(o py.Object, mode string) *parser.Module {
	want := map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive"}[mode]
	if !py.IsInstance(o, astClasses[want]) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected %s node, got %s", want, o.Type().Name)))
	}
	n := astNodeFromPy(o, want, "").Interface()
	switch x := n.(type) {
	case *parser.Module:
		return x
	case *parser.Interactive:
		return &parser.Module{Body: x.Body}
	case *parser.Expression:
		return &parser.Module{Body: []parser.StmtNode{&parser.Expr{Value: x.Body}}}
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected %s node, got %s", want, o.Type().Name)))
}

func fsPath(o py.Object) string {
	switch v := o.(type) {
	case py.Str:
		return string(v)
	case py.Bytes:
		return string(v)
	}
	if m := py.LookupSpecial(o, "__fspath__"); m != nil {
		return fsPath(py.Call(m))
	}
	panic(py.NewError(py.TypeErrorType, "expected str, bytes or os.PathLike object, not "+o.Type().Name))
}

// sourceText is the source argument of eval, exec or compile as text.
func sourceText(fname string, o py.Object, kinds string) string {
	var s string
	switch v := o.(type) {
	case py.Str:
		s = string(v)
	case py.Bytes:
		s = string(v)
	default:
		if b, ok := py.BytesLike(o); ok {
			s = string(b)
		} else {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() arg 1 must be %s", fname, kinds)))
		}
	}
	if strings.IndexByte(s, 0) >= 0 {
		panic(py.NewError(py.SyntaxErrorType, "source code string cannot contain null bytes"))
	}
	return s
}

func builtinEval(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "eval() takes no keyword arguments"))
	}
	g, l := namespaces("eval", args)
	u := toUnit("eval", args[0], "eval")
	return run(u, g, l)
}

func builtinExec(args []py.Object, kw []string) py.Object {
	npos := len(args) - len(kw)
	for i, k := range kw {
		if k != "closure" {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("exec() got an unexpected keyword argument '%s'", k)))
		}
		if args[npos+i] != py.None {
			panic(py.NewError(py.NotImplementedErrorType, "exec() with a closure is not supported by py2goasync"))
		}
	}
	g, l := namespaces("exec", args[:npos])
	u := toUnit("exec", args[0], "exec")
	run(u, g, l)
	return py.None
}

// namespaces checks eval's and exec's globals and locals arguments; without
// globals they are the caller's (its module's namespace).
func namespaces(fname string, args []py.Object) (*py.Dict, py.Object) {
	if len(args) < 1 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at least 1 argument, got 0", fname)))
	}
	if len(args) > 3 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at most 3 arguments, got %d", fname, len(args))))
	}
	var gobj, lobj py.Object = py.None, py.None
	if len(args) > 1 {
		gobj = args[1]
	}
	if len(args) > 2 {
		lobj = args[2]
	}
	var g *py.Dict
	if gobj != py.None {
		d, ok := gobj.(*py.Dict)
		if !ok {
			if fname == "eval" && lobj == py.None {
				panic(py.NewError(py.TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)"))
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() globals must be a dict, not %s", fname, gobj.Type().Name)))
		}
		g = d
	}
	if lobj != py.None && py.LookupAttr(lobj, "__getitem__") == nil {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("locals must be a mapping")))
	}
	if g == nil {
		if fr := currentFrame(); fr != nil {
			g = fr.globals
			if lobj == py.None {
				lobj = fr.localsObject()
			}
		} else {
			g = py.CallerGlobals()
			if g == nil {
				panic(py.NewError(py.SystemErrorType, fmt.Sprintf("%s(): no globals", fname)))
			}
		}
	}
	if lobj == py.None {
		lobj = g
	}
	return g, lobj
}

func toUnit(fname string, src py.Object, mode string) *unit {
	if c := py.CodeOf(src); c != nil {
		u, ok := units[c]
		if !ok {
			panic(py.NewError(py.NotImplementedErrorType, fmt.Sprintf("%s() of the code object of a translated function is not supported by py2goasync", fname)))
		}
		return u
	}
	s := sourceText(fname, src, "a string, bytes or code object")
	if mode == "eval" {
		s = strings.TrimLeft(s, " \t")
	}
	return compileSource(s, "<string>", mode)
}

// compileSource parses src in mode; syntax errors are raised as Python's.
func compileSource(src, filename, mode string) *unit {
	return newUnit(parseSource(src, filename, mode, true), filename, mode)
}

// issueWarnings issues the parser's or the compiler's warnings as CPython
// does while it compiles a string (see py.IssueCompileWarnings). A
// compiler warning turned into a SyntaxError has no source line (src ""),
// as CPython finds no file to read it from; a parser warning has it.
func issueWarnings(warns []parser.Warning, src, filename string) {
	if len(warns) == 0 {
		return
	}
	ws := make([]py.CompileWarning, len(warns))
	for i, w := range warns {
		ws[i] = py.CompileWarning{Category: w.Category, Msg: w.Msg, Line: w.Line, Col: w.Col, EndLine: w.EndLine, EndCol: w.EndCol}
	}
	py.IssueCompileWarnings(ws, filename, src)
}

// parseSource parses src in mode, raising its syntax errors as Python's;
// check adds the compiler's checks (what ast.parse does not report).
func parseSource(src, filename, mode string, check bool) *parser.Module {
	mod, warns, err := parser.ParseFileWarnings(filename, []byte(src))
	issueWarnings(warns, src, filename)
	checked := false
	if err == nil && check {
		if errs := parser.Check(mod, filename); len(errs) > 0 {
			err, checked = errs, true
		} else {
			issueWarnings(parser.CompileWarnings(mod), "", filename)
		}
	}
	if err != nil {
		if l, ok := err.(parser.ErrorList); ok && len(l) > 0 {
			e := l[0]
			kind := py.SyntaxErrorType
			switch e.Kind {
			case "IndentationError":
				kind = py.IndentationErrorType
			case "TabError":
				kind = py.TabErrorType
			}
			// The compiler's own errors (after parsing) carry no text, as
			// CPython's find no file to read the line from; the parser's
			// see the source with a newline at its end in exec mode.
			var text py.Object = py.None
			if !checked {
				t := py.LineOf(src, e.Line)
				if mode != "eval" && !strings.HasSuffix(t, "\n") {
					t += "\n"
				}
				text = py.Str(t)
			}
			py.Raise(py.NewSyntaxError(kind, e.Msg, filename, e.Line, e.Col, text, e.Line, e.Col))
		}
		panic(py.NewError(py.SyntaxErrorType, err.Error()))
	}
	if mode == "single" && len(mod.Body) > 1 {
		p := stmtPos(mod.Body[0])
		py.Raise(py.NewSyntaxError(py.SyntaxErrorType, "multiple statements found while compiling a single statement", filename, p.Lineno, p.ColOffset+1, py.Str(py.LineOf(src, p.Lineno)), p.EndLineno, p.EndColOffset+1))
	}
	if mode == "eval" {
		if len(mod.Body) == 0 {
			py.Raise(py.NewSyntaxError(py.SyntaxErrorType, "invalid syntax", filename, 0, 0, py.Str(""), 0, 0))
		}
		if len(mod.Body) > 1 {
			p := stmtPos(mod.Body[1])
			py.Raise(py.NewSyntaxError(py.SyntaxErrorType, "invalid syntax", filename, p.Lineno, p.ColOffset+1, py.Str(py.LineOf(src, p.Lineno)), p.Lineno, p.ColOffset+2))
		}
		if _, ok := mod.Body[0].(*parser.Expr); !ok {
			p := stmtPos(mod.Body[0])
			col := p.ColOffset + 1
			var target parser.ExprNode
			switch s := mod.Body[0].(type) {
			case *parser.Assign:
				target = s.Targets[0]
			case *parser.AugAssign:
				target = s.Target
			case *parser.AnnAssign:
				target = s.Target
			}
			line := py.LineOf(src, p.Lineno)
			if target != nil {
				tp := target.(parser.Positioned).Position()
				col = tp.EndColOffset
				for col < len(line) && (line[col] == ' ' || line[col] == '\t') {
					col++
				}
				col++
			}
			py.Raise(py.NewSyntaxError(py.SyntaxErrorType, "invalid syntax", filename, p.Lineno, col, py.Str(line), p.Lineno, col+1))
		}
	}
	return mod
}

// newUnit makes the compiled unit of a parsed module.
func newUnit(mod *parser.Module, filename, mode string) *unit {
	u := &unit{filename: filename, mode: mode, mod: mod, scopes: map[parser.Node]*scope{}}
	if mode == "eval" {
		u.expr = mod.Body[0].(*parser.Expr).Value
	}
	if err := unsupported(mod); err != nil {
		panic(err)
	}
	u.code = &py.Code{Name: "<module>", Qualname: "<module>", File: filename, Line: 1}
	units[u.code] = u
	return u
}

func stmtPos(s parser.StmtNode) *parser.Pos {
	if p, ok := s.(parser.Positioned); ok {
		return p.Position()
	}
	return &parser.Pos{Lineno: 1}
}

// unsupported reports the constructs the evaluator cannot run (before
// anything runs, so nothing diverges half way).
func unsupported(mod *parser.Module) *py.BaseException {
	var what string
	var pos *parser.Pos
	parser.Inspect(mod, func(n parser.Node) bool {
		if what != "" {
			return false
		}
		switch x := n.(type) {
		case *parser.AsyncFunctionDef:
			if hasYield(x.Body) {
				what, pos = "an asynchronous generator", &x.Pos
			}
		case *parser.GeneratorExp:
			for _, g := range x.Generators {
				if g.IsAsync != 0 {
					what, pos = "an asynchronous generator expression", &x.Pos
				}
			}
			if what == "" {
				parser.Inspect(x.Elt, func(n parser.Node) bool {
					if _, ok := n.(*parser.Await); ok {
						what, pos = "an asynchronous generator expression", &x.Pos
					}
					return what == ""
				})
			}
		case *parser.Match:
			what, pos = "the 'match' statement", &x.Pos
		case *parser.TryStar:
			what, pos = "'except*'", &x.Pos
		}
		return what == ""
	})
	if what == "" {
		return nil
	}
	msg := what + " in code run by eval(), exec() or compile() is not supported by py2goasync"
	if pos != nil {
		msg += fmt.Sprintf(" (line %d)", pos.Lineno)
	}
	return py.NewError(py.NotImplementedErrorType, msg)
}

// run executes a unit with the given namespaces.
func run(u *unit, g *py.Dict, l py.Object) py.Object {
	b := builtinsOf(g, true)
	fr := &frame{env: &env{u: u, globals: g, builtins: b, ns: l}}
	fr.nsDict, _ = l.(*py.Dict)
	fr.sc = u.scopeOf(u.mod, nil)
	pushFrame(fr)
	defer popFrame(fr)
	if u.mode == "eval" {
		return fr.eval(u.expr)
	}
	fr.single = u.mode == "single"
	// SETUP_ANNOTATIONS: module code holding annotations starts with an
	// __annotations__ in its namespace (a mapping's own when it has one).
	if findAnn(u.mod.Body) && lookupMapping(fr.ns, "__annotations__") == nil {
		py.SetItem(fr.ns, py.Str("__annotations__"), py.NewDict())
	}
	if d, ok := u.docstring(u.mod.Body); ok && !fr.single {
		fr.store("__doc__", py.Str(d))
	}
	for _, s := range u.mod.Body {
		fr.exec(s)
	}
	return py.None
}

// builtinsOf is the builtins namespace of code running with globals g: its
// __builtins__ (a module or a dict), inserted when missing as CPython does.
func builtinsOf(g *py.Dict, insert bool) py.Object {
	b, ok := g.GetStr("__builtins__")
	if !ok {
		if insert {
			g.SetStr("__builtins__", py.Builtins)
		}
		return py.Builtins.Dict
	}
	if m, ok := b.(*py.Module); ok {
		return m.Dict
	}
	return b
}

// The evaluator's frames on the running thread, innermost last: eval and
// exec called without globals from evaluated code use the innermost one.
// A thread switch happens only at a GIL release, and evaluated code
// running on two threads interleaves its frames here; the stack is only
// consulted for the innermost frame of the thread holding the GIL, so each
// thread's frames are kept apart by keying them by thread. Every call of
// an evaluated function pushes one, so the last thread's stack is kept at
// hand, and the main thread's is never dropped.
type frameStack struct{ frames []*frame }

var (
	frames     = map[*py.Thread]*frameStack{}
	lastThread *py.Thread
	lastStack  *frameStack
)

func stackOf(t *py.Thread) *frameStack {
	if t == lastThread && lastStack != nil {
		return lastStack
	}
	s := frames[t]
	if s == nil {
		s = &frameStack{}
		frames[t] = s
	}
	lastThread, lastStack = t, s
	return s
}

func pushFrame(f *frame) {
	s := stackOf(py.Current())
	s.frames = append(s.frames, f)
}

func popFrame(f *frame) {
	t := py.Current()
	s := stackOf(t)
	l := s.frames
	if n := len(l); n > 0 && l[n-1] == f {
		l[n-1] = nil
		s.frames = l[:n-1]
	} else {
		for i := len(l) - 1; i >= 0; i-- {
			if l[i] == f {
				s.frames = append(l[:i], l[i+1:]...)
				l[len(l)-1] = nil
				break
			}
		}
	}
	if len(s.frames) == 0 && t != py.MainThread {
		delete(frames, t)
		if lastThread == t {
			lastThread, lastStack = nil, nil
		}
	}
}

// currentFrame is the innermost evaluator frame when the caller of eval or
// exec is evaluated code (nil when it is translated code).
func currentFrame() *frame {
	var s []*frame
	if st := frames[py.Current()]; st != nil {
		s = st.frames
	}
	if len(s) == 0 || !calledFromEvaluator() {
		return nil
	}
	return s[len(s)-1]
}

// builtinFrame is the namespaces of the evaluated code calling globals()
// or locals() (its name keeps it out of calledFromEvaluator's way).
func builtinFrame() (*py.Dict, py.Object, bool) {
	fr := currentFrame()
	if fr == nil {
		return nil, nil, false
	}
	return fr.globals, fr.localsObject(), true
}

// hasYield reports whether a function body yields (not counting nested
// functions and classes).
func hasYield(body []parser.StmtNode) bool {
	found := false
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			switch n.(type) {
			case *parser.Yield, *parser.YieldFrom:
				found = true
			case *parser.FunctionDef, *parser.AsyncFunctionDef, *parser.Lambda, *parser.ClassDef:
				return false
			}
			return !found
		})
	}
	return found
}

// findAnn is the compiler's find_ann: an annotated assignment among the
// statements, looking into compound statements but not into functions or
// classes.
func findAnn(body []parser.StmtNode) bool {
	for _, st := range body {
		switch x := st.(type) {
		case *parser.AnnAssign:
			return true
		case *parser.For:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *parser.AsyncFor:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *parser.While:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *parser.If:
			if findAnn(x.Body) || findAnn(x.Orelse) {
				return true
			}
		case *parser.With:
			if findAnn(x.Body) {
				return true
			}
		case *parser.AsyncWith:
			if findAnn(x.Body) {
				return true
			}
		case *parser.Try:
			if findAnn(x.Body) || findAnn(x.Orelse) || findAnn(x.Finalbody) || handlersAnn(x.Handlers) {
				return true
			}
		case *parser.TryStar:
			if findAnn(x.Body) || findAnn(x.Orelse) || findAnn(x.Finalbody) || handlersAnn(x.Handlers) {
				return true
			}
		}
	}
	return false
}

func handlersAnn(hs []*parser.ExceptHandler) bool {
	for _, h := range hs {
		if findAnn(h.Body) {
			return true
		}
	}
	return false
}
