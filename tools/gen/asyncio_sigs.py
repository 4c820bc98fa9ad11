#!/usr/bin/env python3
"""Writes runtime/asyncio/sigs_table.go: the parameter lists of the methods
of asyncio's classes that CPython writes in Python (queues.py, locks.py,
streams.py, base_events.py, ...) and the runtime implements in Go, read
from the running CPython with inspect.

A Go method standing in for one checks its calls against the list
(runtime/asyncio/sigs.go), so a wrong call raises the TypeError the Python
function raises ("Queue.put() takes 2 positional arguments but 3 were
given") instead of running with its extra arguments ignored. Usage:

    python3 tools/gen/asyncio_sigs.py > runtime/asyncio/sigs_table.go
"""
import asyncio
import asyncio.base_events
import asyncio.base_subprocess
import asyncio.selector_events
import asyncio.sslproto
import asyncio.trsock
import asyncio.unix_events
import concurrent.futures
import concurrent.futures.process
import concurrent.futures.thread
import importlib
import inspect
import sys

# The classes the runtime defines in Go with the module CPython gives them
# (runtime/asyncio's newType calls), written in Python in CPython.
CLASSES = """
asyncio.events AbstractEventLoop
asyncio.events AbstractEventLoopPolicy
asyncio.events Handle
asyncio.events TimerHandle
asyncio.locks Lock
asyncio.locks Event
asyncio.locks Condition
asyncio.locks Semaphore
asyncio.locks BoundedSemaphore
asyncio.locks Barrier
asyncio.queues Queue
asyncio.queues PriorityQueue
asyncio.queues LifoQueue
asyncio.runners Runner
asyncio.streams StreamReader
asyncio.streams StreamReaderProtocol
asyncio.streams StreamWriter
asyncio.subprocess Process
asyncio.taskgroups TaskGroup
asyncio.timeouts Timeout
asyncio.tasks _GatheringFuture
asyncio.base_events Server
asyncio.base_events _SendfileFallbackProtocol
asyncio.base_subprocess ReadSubprocessPipeProto
asyncio.selector_events _SelectorSocketTransport
asyncio.selector_events _SelectorDatagramTransport
asyncio.sslproto SSLProtocol
asyncio.sslproto _SSLProtocolTransport
asyncio.trsock TransportSocket
asyncio.unix_events _UnixSelectorEventLoop
asyncio.unix_events _UnixDefaultEventLoopPolicy
asyncio.unix_events _UnixReadPipeTransport
asyncio.unix_events _UnixWritePipeTransport
asyncio.unix_events _UnixSubprocessTransport
concurrent.futures._base Future
concurrent.futures.thread ThreadPoolExecutor
concurrent.futures.process ProcessPoolExecutor
"""


def spec(fn):
    """The parameter list as written in a def, defaults as '=...'."""
    sig = inspect.signature(fn)
    parts = []
    posonly_done = False
    star = False
    for p in sig.parameters.values():
        if p.kind is p.POSITIONAL_ONLY:
            pass
        elif not posonly_done and any(q.kind is q.POSITIONAL_ONLY for q in sig.parameters.values()):
            parts.append("/")
            posonly_done = True
        if p.kind is p.VAR_POSITIONAL:
            parts.append("*" + p.name)
            star = True
        elif p.kind is p.VAR_KEYWORD:
            parts.append("**" + p.name)
        elif p.kind is p.KEYWORD_ONLY:
            if not star:
                parts.append("*")
                star = True
            parts.append(p.name + ("=..." if p.default is not p.empty else ""))
        else:
            parts.append(p.name + ("=..." if p.default is not p.empty else ""))
    if not posonly_done and any(q.kind is q.POSITIONAL_ONLY for q in sig.parameters.values()):
        parts.append("/")
    return ", ".join(parts)


def bounds(fn):
    """The least and most positional arguments (self included; -1: any)."""
    lo = hi = 0
    for p in inspect.signature(fn).parameters.values():
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            hi += 1
            if p.default is p.empty:
                lo += 1
        elif p.kind is p.VAR_POSITIONAL:
            hi = -1
            break
    return lo, hi


# The classes CPython writes in C (_asyncio) whose methods without
# arguments or of exactly one have messages of their own.
C_CLASSES = [("_asyncio", "Future", asyncio.Future), ("_asyncio", "Task", asyncio.Task)]


def c_kind(v):
    """sigNoArgs, sigOneArg or sigSlot0 for a C method of those call
    conventions, else None (Argument Clinic's parsing, checked in Go)."""
    text = getattr(v, "__text_signature__", None)
    if type(v).__name__ == "wrapper_descriptor":
        return "sigSlot0" if text == "($self, /)" else None
    if type(v).__name__ != "method_descriptor" or text is None:
        return None
    params = [p.strip() for p in text[1:-1].split(",")]
    if params == ["$self", "/"]:
        return "sigNoArgs"
    if len(params) == 3 and params[2] == "/" and "=" not in params[1] and "*" not in params[1]:
        return "sigOneArg"
    if "*args" in text or "**" in text:
        return None
    return "sigClinic"


def clinic_spec(v):
    """An Argument Clinic method's parameters after self, as a def writes
    them, and its least and most positional arguments."""
    params = [p.strip() for p in v.__text_signature__[1:-1].split(",")][1:]
    out, lo, hi, star = [], 0, 0, False
    for p in params:
        name, eq, _ = p.partition("=")
        if p == "*":
            star = True
        elif p != "/" and not star:
            hi += 1
            if not eq:
                lo = hi
        out.append(name + ("=..." if eq else ""))
    return ", ".join(out), lo, hi


rows = []
for modname, clsname, cls in C_CLASSES:
    for name in dir(cls):
        v = getattr(cls, name)
        kind = c_kind(v)
        if not kind or name.startswith("__") and name not in ("__repr__", "__await__", "__iter__"):
            continue
        if kind == "sigClinic":
            # Clinic's messages name the method alone.
            params, lo, hi = clinic_spec(v)
            rows.append((modname + "." + clsname, name, name, lo, hi, params, kind))
        else:
            rows.append((modname + "." + clsname, name, clsname + "." + name, 0, 0, "", kind))
for line in CLASSES.strip().splitlines():
    modname, clsname = line.split()
    cls = getattr(importlib.import_module(modname), clsname)
    seen = set()
    for klass in cls.__mro__:
        for name, v in vars(klass).items():
            if name in seen:
                continue
            seen.add(name)
            if name == "__repr__" and klass is object:
                # object's slot wrapper, which takes no arguments.
                rows.append((modname + "." + clsname, name, "object.__repr__", 0, 0, "", "sigSlot0"))
            if not inspect.isfunction(v) or klass is object:
                continue
            lo, hi = bounds(v)
            rows.append((modname + "." + clsname, name, v.__qualname__, lo, hi, spec(v), "sigPython"))
    if modname == "asyncio.locks" and clsname != "Barrier":
        # A Condition's acquire, locked and release are its lock's bound
        # methods, set by __init__: their messages name Lock's functions.
        for name, v in vars(cls()).items():
            if inspect.ismethod(v) and name not in seen:
                lo, hi = bounds(v.__func__)
                rows.append((modname + "." + clsname, name, v.__func__.__qualname__, lo, hi, spec(v.__func__), "sigPython"))
rows.sort()

print("// Code generated by tools/gen/asyncio_sigs.py from CPython %d.%d.%d's asyncio; DO NOT EDIT." % sys.version_info[:3])
print()
print("package asyncio")
print()
print("// pySigs are the methods' parameter lists, sorted by class and name.")
print("var pySigs = [...]pySig{")
for cls, name, qual, lo, hi, s, kind in rows:
    print('\t{"%s", "%s", "%s", %s, %d, %d, "%s"},' % (cls, name, qual, kind, lo, hi, s))
print("}")
