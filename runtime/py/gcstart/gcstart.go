// Package gcstart sets the collector up as translated programs run it
// before any other package of the runtime initialises: the runtime's
// package initialisation (types, module tables, the translated library's
// registrations) allocates tens of megabytes, and with Go's default GOGC
// the collector ran over that heap several times before the program's
// first line (half of a small program's instructions).
//
// Python programs make many short-lived objects on small heaps, and a less
// eager collector cuts GC work several-fold; GOGC set in the environment
// still wins. The py package imports this one, so Go initialises it first.
package gcstart

import (
	"os"
	"runtime/debug"
)

// Percent is the GC percent translated programs run with unless GOGC is
// set.
const Percent = 400

func init() { Tune() }

// Tune sets the GC percent to Percent unless GOGC is set.
func Tune() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
}
