# The public names of modules the runtime writes partly in Go and partly in
# its own Python (runtime/python), as a program sees them: CPython's names,
# every one (the Go dir() test cannot see the Python parts), but for those
# left out by design below.
import types
import threading, concurrent.futures, os, socket, signal, _datetime, _socket, select, time

BY_DESIGN = {
    # A Go process cannot fork; posix_spawn is not written yet.
    "fork", "forkpty", "posix_spawn", "posix_spawnp",
    # Capsules of C function pointers, for C extensions.
    "CAPI", "datetime_CAPI",
}

for mod in [threading, concurrent.futures, os, socket, signal, _datetime, _socket, select, time]:
    names = sorted(n for n in dir(mod)
                   if not n.startswith("_") and n not in BY_DESIGN
                   and not isinstance(getattr(mod, n), types.ModuleType))
    print(mod.__name__, len(names))
    print(" ", " ".join(names))
