package asyncio

import "github.com/py2goasync/py2goasync/runtime/py"

// setup builds the package's types, method tables and coroutine kinds once,
// at the first import of one of its modules (py.RegisterLazyModule), not at
// every program's start: a program links this package whenever its module
// graph may import asyncio. The variables first, in Go's initialisation
// order (initVars), then the former Go inits in file order; they register
// the modules' real inits.
var setup = py.Lazy(initVars,
	setupAbstract, setupBarrier, setupDatagram, setupFuture, setupFuture2, setupLocks, setupModule,
	setupPipes, setupPolicy, setupQueues, setupRunners, setupSendfile, setupSslproto, setupSslproto2,
	setupStack, setupStreamproto, setupStreams, setupSubmoduleClasses, setupSubmoduleClasses2,
	setupSubmoduleClasses3, setupSubmoduleClasses4, setupSubmodules, setupSubmodules2, setupSubprocess,
	setupSubproto, setupTask, setupTcp, setupThreads, setupThreads2, setupTimeouts, setupTransports,
	setupUnix)

// lazyModules are the modules this package implements.
var lazyModules = [...]string{"asyncio", "asyncio.subprocess", "concurrent", "concurrent.futures",
	"asyncio.base_events", "asyncio.base_futures", "asyncio.base_subprocess", "asyncio.base_tasks",
	"asyncio.constants", "asyncio.coroutines", "asyncio.events", "asyncio.exceptions",
	"asyncio.format_helpers", "asyncio.futures", "asyncio.locks", "asyncio.log", "asyncio.mixins",
	"asyncio.proactor_events", "asyncio.protocols", "asyncio.queues", "asyncio.runners",
	"asyncio.selector_events", "asyncio.sslproto", "asyncio.staggered", "asyncio.streams",
	"asyncio.taskgroups", "asyncio.tasks", "asyncio.threads", "asyncio.timeouts", "asyncio.transports",
	"asyncio.trsock", "asyncio.unix_events"}

func init() {
	for _, name := range lazyModules {
		py.RegisterLazyModule(name, setup)
	}
	// Loops exist only once asyncio was imported; the hook is registered at
	// start so that it runs in the same order among the exit hooks.
	py.AtExit(func() {
		for _, l := range append([]*Loop(nil), allLoops...) {
			l.reportUnretrieved()
		}
	})
}
