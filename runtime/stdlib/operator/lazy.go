package operator

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types and tables once, at the first import of
// one of its modules (py.RegisterLazyModule), not at every program's start.
var setup = py.Lazy(initVars, setup0, setup1)

func init() {
	py.RegisterLazyFallbackModule("operator", setup)
	py.RegisterLazyModule("_operator", setup)
}
