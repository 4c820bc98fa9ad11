package dataclasses

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types and tables once, at the first import of
// one of its modules (py.RegisterLazyModule), not at every program's start.
var setup = py.Lazy(initVars, setup0)

func init() {
	py.RegisterLazyFallbackModule("dataclasses", setup)
}
