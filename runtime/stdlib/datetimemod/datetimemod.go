// Package datetimemod is the _datetime module: CPython's C accelerator of
// datetime, which py2goasync does not write in Go. datetime is the host's
// pure-Python datetime.py (the decision and its reasons are in
// ARCHITECTURE.md); _datetime hands out the classes of a separate instance
// of that pure implementation, so that code importing _datetime, and
// datetime.py's own `from _datetime import *` followed by the deletion of
// its helpers, finds complete, working classes.
package datetimemod

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// names are the public names of CPython's _datetime (datetime_CAPI, a
// capsule of C pointers, has no meaning here).
var names = []string{"MAXYEAR", "MINYEAR", "UTC", "date", "datetime", "time", "timedelta", "timezone", "tzinfo"}

func setup0() {
	py.RegisterModule("_datetime", func(m *py.Module) {
		if !py.Translated("datetime") {
			e := py.NewError(py.ModuleNotFoundErrorType, "No module named '_datetime'")
			e.Dict.SetStr("name", py.Str("_datetime"))
			panic(e)
		}
		pure := pureInstance()
		for _, n := range names {
			if v, ok := pure.Dict.GetStr(n); ok {
				m.Dict.SetStr(n, v)
			}
		}
		if v, ok := pure.Dict.GetStr("__doc__"); ok {
			m.Dict.SetStr("__doc__", v)
		}
	})
}

// pureInstance runs datetime.py once more, as its own module, with
// _datetime blocked (as import_fresh_module(blocked=['_datetime']) does):
// the datetime that imports _datetime deletes its helper functions once
// the import succeeds, so its own classes cannot be the ones handed out.
func pureInstance() *py.Module {
	mods := py.Modules()
	savedDT, hadDT := mods.GetStr("datetime")
	savedUD, hadUD := mods.GetStr("_datetime")
	mods.DeleteStr("datetime")
	mods.SetStr("_datetime", py.None)
	defer func() {
		restore := func(name string, v py.Object, had bool) {
			if had {
				mods.SetStr(name, v)
			} else {
				mods.DeleteStr(name)
			}
		}
		restore("datetime", savedDT, hadDT)
		restore("_datetime", savedUD, hadUD)
	}()
	return py.Import("datetime")
}
