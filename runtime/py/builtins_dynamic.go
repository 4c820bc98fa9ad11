package py

import (
	"fmt"
	"runtime"
	"strings"
)

// eval, exec and compile run Python source at run time. The evaluator
// (package runtime/pyeval, which carries the parser) is linked only into
// programs that may call them: the driver adds it when a module names one
// of them. Without it they say so when called, rather than failing with a
// NameError that would suggest a typo (six binds getattr(builtins, "exec")
// on import, so the names must exist).

// DynamicBuiltins are the implementations pyeval installs.
type DynamicBuiltins struct {
	Eval, Exec, Compile func(args []Object, kwnames []string) Object
	// Frame is the namespaces of the evaluated code calling globals() or
	// locals(); ok is false when the caller is translated code.
	Frame func() (globals *Dict, locals Object, ok bool)
}

var dynamic DynamicBuiltins

// SetDynamicBuiltins installs eval, exec and compile (called by pyeval's init).
func SetDynamicBuiltins(d DynamicBuiltins) { dynamic = d }

func init() {
	for _, name := range []string{"eval", "exec", "compile"} {
		name := name
		builtin(name, func(args []Object, kw []string) Object {
			var impl func(args []Object, kwnames []string) Object
			switch name {
			case "eval":
				impl = dynamic.Eval
			case "exec":
				impl = dynamic.Exec
			default:
				impl = dynamic.Compile
			}
			if impl == nil {
				panic(NewError(NotImplementedErrorType, fmt.Sprintf("%s() is not supported in this program: py2goasync links its evaluator only into programs that name eval, exec or compile", name)))
			}
			return impl(args, kw)
		})
	}
	initSyntaxError()
	// globals() and locals() called by name are compiled inline (G, a
	// snapshot of the variables); these are for the other calls: from
	// evaluated code, or through another name (timeit's `_globals = globals`).
	for _, name := range []string{"globals", "locals"} {
		name := name
		builtin(name, func(args []Object, kw []string) Object {
			if len(args) != 0 {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() takes no arguments (%d given)", name, len(args))))
			}
			return callerNamespaceFor(name)
		})
	}
}

// callerNamespaceFor is what globals() or locals() (name) returns when not
// compiled inline: for evaluated code its own namespaces, else the module
// of the innermost translated frame. vars() and dir() without an argument
// use it too.
func callerNamespaceFor(name string) Object {
	if dynamic.Frame != nil {
		if g, l, ok := dynamic.Frame(); ok {
			if name == "globals" {
				return g
			}
			return l
		}
	}
	g, atModule := callerNamespace()
	if g == nil {
		panic(NewError(SystemErrorType, name+"(): no current frame"))
	}
	if name != "globals" && !atModule {
		panic(NewError(NotImplementedErrorType, name+"() called through another name inside a function is not supported by py2goasync (call "+name+"() by name)"))
	}
	return g
}

// callerNamespace is the module namespace of the innermost translated
// frame, and whether that frame is the module's body.
func callerNamespace() (*Dict, bool) {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		f.File = FrameFile(f.File)
		if strings.HasSuffix(f.File, ".py") {
			if d, ok := fileDef(f.File); ok {
				if m, ok := SysModules.GetStr(d.Name); ok {
					if mod, ok := m.(*Module); ok {
						return mod.Dict, funcAt(f.File, f.Line) == "<module>"
					}
				}
			}
			return nil, false
		}
		if !more {
			return nil, false
		}
	}
}

// SetFunctionGlobals sets f.__globals__ (a function made by the evaluator
// lives in the namespace eval or exec was given, not in a module's).
func SetFunctionGlobals(f *Function, g *Dict) { f.globals = g }

// CallerGlobals is the namespace of the innermost translated Python frame on
// the calling goroutine's stack (eval and exec without globals), nil when
// there is none.
func CallerGlobals() *Dict {
	g, _ := callerNamespace()
	return g
}

// NewSyntaxError makes a SyntaxError (or IndentationError, TabError) with
// CPython's attributes; offsets count from 1, text is the source line (a
// str, or None).
func NewSyntaxError(kind *Type, msg, filename string, lineno, offset int, text Object, endLineno, endOffset int) *BaseException {
	details := NewTuple(Str(filename), MakeInt(int64(lineno)), MakeInt(int64(offset)), text, MakeInt(int64(endLineno)), MakeInt(int64(endOffset)))
	e := NewException(kind, Str(msg), details)
	setSyntaxErrorAttrs(e, []Object{Str(msg), details})
	return e
}

var syntaxErrorAttrs = []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}

func setSyntaxErrorAttrs(e *BaseException, args []Object) {
	if len(args) >= 1 {
		e.Dict.SetStr("msg", args[0])
	}
	if len(args) == 2 {
		// PySequence_Tuple, then PyArg_ParseTuple(info, "OOOO|OO").
		t := NewTuple(AppendStar(nil, args[1])...)
		switch n := len(t.Items); {
		case n < 4:
			panic(NewError(TypeErrorType, fmt.Sprintf("function takes at least 4 arguments (%d given)", n)))
		case n > 6:
			panic(NewError(TypeErrorType, fmt.Sprintf("function takes at most 6 arguments (%d given)", n)))
		case n == 5:
			panic(NewError(TypeErrorType, "end_offset must be provided when end_lineno is provided"))
		}
		for i, a := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
			if i < len(t.Items) {
				e.Dict.SetStr(a, t.Items[i])
			}
		}
	}
}

func syntaxErrorAttr(e *BaseException, name string) Object {
	if v, ok := e.Dict.GetStr(name); ok {
		return v
	}
	return None
}

func initSyntaxError() {
	method(SyntaxErrorType, "__init__", func(args []Object, kw []string) Object {
		// SyntaxError_init: BaseException.__init__ first (args, no
		// keywords), then the details.
		e := checkSelf(SyntaxErrorType, "__init__", args).(*BaseException)
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, e.cls.Name+"() takes no keyword arguments"))
		}
		e.Args = NewTuple(append([]Object(nil), args[1:]...)...)
		setSyntaxErrorAttrs(e, args[1:])
		return None
	})
	method(SyntaxErrorType, "__str__", func(args []Object, kw []string) Object {
		e := args[0].(*BaseException)
		msg := syntaxErrorAttr(e, "msg")
		if msg == None {
			return Str(baseExcStr(e))
		}
		s := StrOf(msg)
		file, _ := syntaxErrorAttr(e, "filename").(Str)
		lineno, hasLine := syntaxErrorAttr(e, "lineno").(Int)
		if i := strings.LastIndexAny(string(file), "/"); i >= 0 {
			file = file[i+1:]
		}
		switch {
		case file != "" && hasLine:
			return Str(fmt.Sprintf("%s (%s, line %d)", s, file, lineno))
		case file != "":
			return Str(fmt.Sprintf("%s (%s)", s, file))
		case hasLine:
			return Str(fmt.Sprintf("%s (line %d)", s, lineno))
		}
		return Str(s)
	})
	for _, a := range syntaxErrorAttrs {
		a := a
		AddGetter(SyntaxErrorType, a, func(o Object) Object { return syntaxErrorAttr(o.(*BaseException), a) },
			func(o, v Object) { o.(*BaseException).Dict.SetStr(a, v) })
	}
}

// syntaxErrorDetail is what a traceback prints for a SyntaxError before its
// last line (the file, the line and a caret, as traceback's
// TracebackException does) and the message that line shows.
func syntaxErrorDetail(e *BaseException) (head, msg string, ok bool) {
	if !e.cls.IsSubtype(SyntaxErrorType) {
		return "", "", false
	}
	if _, custom := e.cls.Lookup("__str__").(*BuiltinFunction); !custom {
		return "", "", false
	}
	m := syntaxErrorAttr(e, "msg")
	if m == None {
		return "", "", false
	}
	msg = StrOf(m)
	var b strings.Builder
	filename := syntaxErrorAttr(e, "filename")
	if ln, isInt := syntaxErrorAttr(e, "lineno").(Int); isInt {
		name := "<string>"
		if f, ok := filename.(Str); ok {
			name = string(f)
		}
		fmt.Fprintf(&b, "  File \"%s\", line %d\n", name, ln)
	} else if filename != None {
		msg += " (" + StrOf(filename) + ")"
	}
	if text, isStr := syntaxErrorAttr(e, "text").(Str); isStr {
		rtext := strings.TrimRight(string(text), "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		spaces := len([]rune(rtext)) - len([]rune(ltext))
		fmt.Fprintf(&b, "    %s\n", ltext)
		if off, isInt := syntaxErrorAttr(e, "offset").(Int); isInt {
			end := off
			if eo, isInt := syntaxErrorAttr(e, "end_offset").(Int); isInt && eo != 0 {
				end = eo
			}
			if off == end || end == -1 {
				end = off + 1
			}
			col, endCol := int(off)-1-spaces, int(end)-1-spaces
			if col >= 0 {
				r := []rune(ltext)
				var sp strings.Builder
				for i := 0; i < col; i++ {
					if i < len(r) && (r[i] == '\t' || r[i] == '\f' || r[i] == '\v') {
						sp.WriteRune(r[i])
					} else {
						sp.WriteByte(' ')
					}
				}
				if endCol < col {
					endCol = col
				}
				fmt.Fprintf(&b, "    %s%s\n", sp.String(), strings.Repeat("^", endCol-col))
			}
		}
	}
	return b.String(), msg, true
}

// CodeObjectOf is the code object of c (what compile() returns).
func CodeObjectOf(c *Code) Object { return codeObjectOf(c) }

// CodeOf is the Code of a code object, nil for other objects.
func CodeOf(o Object) *Code {
	if co, ok := o.(*codeObject); ok {
		return co.code
	}
	return nil
}
