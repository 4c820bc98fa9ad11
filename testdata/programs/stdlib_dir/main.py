# The public names of modules the runtime writes partly in Go and partly in
# its own Python (runtime/python), as a program sees them: CPython's names,
# every one (the Go dir() test cannot see the Python parts), but for those
# left out by design below.
import types
import threading, concurrent.futures, os, socket, signal, _datetime, _socket, select, time
import asyncio.timeouts, asyncio.futures, asyncio.tasks, asyncio.queues, asyncio.base_events
import asyncio.base_futures, asyncio.trsock, asyncio.format_helpers

BY_DESIGN = {
    # A Go process cannot fork.
    "fork", "forkpty",
    # Capsules of C function pointers, for C extensions.
    "CAPI", "datetime_CAPI",
}

modules = [threading, concurrent.futures, os, socket, signal, _datetime, _socket, select, time,
           asyncio.timeouts, asyncio.futures, asyncio.tasks, asyncio.queues, asyncio.base_events,
           asyncio.base_futures, asyncio.trsock, asyncio.format_helpers]
for mod in modules:
    names = sorted(n for n in dir(mod)
                   if not n.startswith("_") and n not in BY_DESIGN
                   and not isinstance(getattr(mod, n), types.ModuleType))
    print(mod.__name__, len(names))
    print(" ", " ".join(names))


def where():
    return asyncio.format_helpers.extract_stack(limit=2)


def outer():
    return [(f.name, f.lineno, f.line) for f in where()]


print(outer())
