package translate

import "github.com/py2goasync/py2goasync/parser"

// Divergences lists the constructs of a module that translate but cannot
// behave as under CPython, for the driver to warn about in the program's
// own modules (the host library's use them in ways that do not matter to
// a program's output, such as ResourceWarnings and cleanup of OS handles).
//
// A class's __del__ is one: CPython calls it the moment the last reference
// to an instance goes (reference counting); translated programs free
// objects with Go's garbage collector, which gives no such moment, so the
// runtime never calls it.
//
// A frame's f_locals is another: frame objects (sys._getframe,
// inspect.currentframe, a traceback's tb_frame) are snapshots of the Go
// stack, and a compiled function's locals are Go variables no frame object
// can reach, so f_locals is always an empty dict. Each load of an
// attribute of that name is reported.
func Divergences(mod *parser.Module) []Unsupported {
	var out []Unsupported
	note := func(n parser.Node, what string) {
		line, col := 0, 0
		if p, ok := n.(parser.Positioned); ok {
			line, col = p.Position().Lineno, p.Position().ColOffset+1
		}
		out = append(out, Unsupported{Line: line, Col: col, What: what})
	}
	const del = "__del__ is never called: objects are freed by Go's garbage collector, not when their last reference goes"
	const locals = "f_locals is always empty: a frame object is a snapshot of the Go stack, without the function's local variables"
	parser.Inspect(mod, func(n parser.Node) bool {
		if a, ok := n.(*parser.Attribute); ok && a.Attr == "f_locals" && a.Ctx == parser.Load {
			note(a, locals)
		}
		cls, ok := n.(*parser.ClassDef)
		if !ok {
			return true
		}
		// The statements of the class body bind its attributes, also
		// inside if/try/with/for; a nested def's or class's body does not.
		for _, st := range cls.Body {
			parser.Inspect(st, func(m parser.Node) bool {
				switch x := m.(type) {
				case *parser.FunctionDef:
					if x.Name == "__del__" {
						note(x, del)
					}
					return false
				case *parser.AsyncFunctionDef:
					if x.Name == "__del__" {
						note(x, del)
					}
					return false
				case *parser.ClassDef, *parser.Lambda:
					return false
				case *parser.Assign:
					for _, t := range x.Targets {
						if name, ok := t.(*parser.Name); ok && name.Id == "__del__" {
							note(x, del)
						}
					}
				}
				return true
			})
		}
		return true
	})
	return out
}
