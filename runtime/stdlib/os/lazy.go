package os

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types and tables once, at the first import of
// one of its modules (py.RegisterLazyModule), not at every program's start.
var setup = py.Lazy(initVars0, initVars1, setup0)

func init() {
	py.RegisterLazyModule("os", setup)
	py.RegisterLazyModule("os.path", setup)
}
