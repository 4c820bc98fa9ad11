package translate

import (
	"strings"
	"sync"

	"github.com/py2goasync/py2goasync/parser"
)

// Private name mangling, as CPython's compiler does it (_Py_Mangle): inside
// a class body, and everything lexically nested in it, an identifier
// __x that does not end with two underscores is _C__x, C being the
// innermost enclosing class's name less its leading underscores (a class
// named only with underscores mangles nothing). Names, attribute names,
// parameters, def and class names, global/nonlocal declarations, except
// targets, import aliases and capture patterns are mangled; keyword
// argument names and strings are not. The tree is rewritten in place
// before scopes are built, so every later pass sees the mangled names;
// a def or class keeps its own name for __name__, __qualname__ and
// tracebacks (displayName).

var (
	origNamesMu sync.Mutex
	// origNames holds the unmangled name of each def and class whose
	// binding was mangled.
	origNames = map[parser.Node]string{}
)

// mangle is _Py_Mangle: class is the enclosing class's name ("" outside
// any class).
func mangle(class, name string) string {
	if class == "" || len(name) < 3 || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class = strings.TrimLeft(class, "_")
	if class == "" {
		return name
	}
	return "_" + class + name
}

// displayName is the name a def or class shows (__name__): its own,
// unmangled, for binding name.
func displayName(n parser.Node, name string) string {
	origNamesMu.Lock()
	defer origNamesMu.Unlock()
	if o, ok := origNames[n]; ok {
		return o
	}
	return name
}

func setDefName(n parser.Node, name *string, class string) {
	m := mangle(class, *name)
	if m == *name {
		return
	}
	origNamesMu.Lock()
	origNames[n] = *name
	origNamesMu.Unlock()
	*name = m
}

// mangleModule rewrites the private names of every class body of mod.
func mangleModule(mod *parser.Module) {
	for _, s := range mod.Body {
		mangleIn(s, "")
	}
}

func mangleIn(root parser.Node, class string) {
	parser.Inspect(root, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.ClassDef:
			// Bases, keywords and decorators belong to the enclosing
			// scope; the body to the class itself.
			own := displayName(x, x.Name)
			setDefName(x, &x.Name, class)
			for _, b := range x.Bases {
				mangleIn(b, class)
			}
			for _, k := range x.Keywords {
				mangleIn(k, class)
			}
			for _, d := range x.DecoratorList {
				mangleIn(d, class)
			}
			for _, s := range x.Body {
				mangleIn(s, own)
			}
			return false
		}
		if class == "" {
			return true
		}
		switch x := n.(type) {
		case *parser.Name:
			x.Id = mangle(class, x.Id)
		case *parser.Attribute:
			x.Attr = mangle(class, x.Attr)
		case *parser.Arg:
			x.Arg = mangle(class, x.Arg)
		case *parser.FunctionDef:
			setDefName(x, &x.Name, class)
		case *parser.AsyncFunctionDef:
			setDefName(x, &x.Name, class)
		case *parser.ExceptHandler:
			x.Name = mangle(class, x.Name)
		case *parser.Global:
			for i, s := range x.Names {
				x.Names[i] = mangle(class, s)
			}
		case *parser.Nonlocal:
			for i, s := range x.Names {
				x.Names[i] = mangle(class, s)
			}
		case *parser.Alias:
			if x.Asname != "" {
				x.Asname = mangle(class, x.Asname)
			}
		case *parser.MatchAs:
			x.Name = mangle(class, x.Name)
		case *parser.MatchStar:
			x.Name = mangle(class, x.Name)
		case *parser.MatchMapping:
			x.Rest = mangle(class, x.Rest)
		}
		return true
	})
}
