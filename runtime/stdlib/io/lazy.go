package io

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types and sys.stdin once, at the first import
// of io or _io, of sys (whose stdin it is: Setup), or the first open() or
// input() (py.RegisterLazyModule), not at every program's start: print()
// writes through the core's own sys.stdout. It is set in init: setup's
// functions reach Open, which calls it.
var setup func()

// Setup sets the package up (the sys module calls it before it takes
// py.SysStdin).
func Setup() { setup() }

func init() {
	setup = py.Lazy(initVarsBuffered, initVarsCodec, initVarsCommon, initVarsFileio, initVarsIo,
		initVarsOpen, initVarsTextio, setupIO)
	py.RegisterLazyModule("io", setup)
	py.RegisterLazyModule("_io", setup)
	py.OpenFunc = func(args []py.Object, kw []string) py.Object {
		setup()
		return Open(args, kw)
	}
	py.StdinReadLine = stdinReadLine
	py.AtExit(flushAtExit)
}
