package sys

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types once, at the first import of sys
// (py.RegisterLazyModule), not at every program's start: print() and the
// standard streams work without the module. It is set in init: the module's
// init reaches NewNamespace, which calls it.
var setup func()

func init() {
	setup = py.Lazy(initVarsMore, initVarsSys, setupMore, setupSys)
	py.RegisterLazyModule("sys", setup)
}
