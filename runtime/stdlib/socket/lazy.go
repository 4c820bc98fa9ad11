package socket

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types and tables once, at the first import of
// one of its modules (py.RegisterLazyModule), not at every program's start.
// It is set in init: setup0 reaches MakeFile, which calls it.
var setup func()

func init() {
	setup = py.Lazy(setup0)
	py.RegisterLazyModule("_socket", setup)
	py.RegisterLazyFallbackModule("socket", setup)
}
