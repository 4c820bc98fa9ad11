package localemod

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types and tables once, at the first import of
// one of its modules (py.RegisterLazyModule), not at every program's start.
var setup = py.Lazy(initVars, setup1)

func init() {
	// LC_CTYPE is read from the environment as the program starts (as
	// CPython's startup does), not at the first import.
	setup0()
	py.RegisterLazyModule("_locale", setup)
}
