package abc

import "github.com/py2goasync/py2goasync/runtime/py"

// setup makes ABCMeta and abc.ABC once, at the first import of abc
// (py.RegisterLazyModule), not at every program's start. It is set in
// init: the module's classes reach Register, which calls it.
var setup func()

// Setup sets the package up, for Go code of other packages using
// ABCMetaType (collections' setup).
func Setup() { setup() }

func init() {
	setup = py.Lazy(initVarsAbc, setupAbc)
	py.RegisterLazyModule("abc", setup)
}
