#!/usr/bin/env python3
"""Writes runtime/py/signatures_table.go: what CPython checks of the calls
of the functions and methods the runtime implements in Go, read from the
running CPython (inspect, and the calling convention of C functions
without a signature, found by calling them with too many arguments).

A Go function standing in for one checks its calls the same way
(runtime/py/signature.go), so a call CPython rejects raises CPython's
TypeError instead of running with its extra arguments ignored. Usage:

    python3 tools/gen/signatures.py > runtime/py/signatures_table.go
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

# asyncio's classes the runtime defines in Go (runtime/asyncio's newType
# calls), with the module CPython gives them; CPython writes them in Python.
PY_CLASSES = """
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

# The classes CPython writes in C (_asyncio).
C_CLASSES = [("_asyncio", "Future", asyncio.Future), ("_asyncio", "Task", asyncio.Task)]

# Modules the runtime implements in Go (runtime/stdlib) whose functions
# take no effect when called with too many arguments (they may be called
# to learn a C function's calling convention).
MODULES = """
math cmath operator itertools functools heapq bisect binascii struct json re string copy
base64 zlib unicodedata random collections contextvars abc errno time datetime enum typing
dataclasses inspect queue threading weakref warnings csv hashlib array marshal codecs gc
atexit tracemalloc logging contextlib urllib.parse
""".split()


def spec(params):
    """The parameter list as a def writes it, a default as '=...'."""
    parts, star = [], False
    posonly = [p for p in params if p.kind is p.POSITIONAL_ONLY]
    for p in params:
        if p.kind is p.VAR_POSITIONAL:
            parts.append("*" + p.name)
            star = True
        elif p.kind is p.VAR_KEYWORD:
            parts.append("**" + p.name)
        else:
            if p.kind is p.KEYWORD_ONLY and not star:
                parts.append("*")
                star = True
            parts.append(p.name + ("=..." if p.default is not p.empty else ""))
        if posonly and p is posonly[-1]:
            parts.append("/")
    return ", ".join(parts)


def bounds(params):
    """The least and most positional arguments (-1: any number)."""
    lo = hi = 0
    for p in params:
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            hi += 1
            if p.default is p.empty:
                lo = hi
        elif p.kind is p.VAR_POSITIONAL:
            return lo, -1
    return lo, hi


def python_row(owner, name, fn):
    params = list(inspect.signature(fn).parameters.values())
    lo, hi = bounds(params)
    return (owner, name, fn.__qualname__, "SigPython", lo, hi, spec(params))


def probe(fn):
    """The calling convention of a C function without a signature, from
    what a call with too many arguments raises (None: another one)."""
    try:
        fn(*range(1, 14))
    except TypeError as e:
        if str(e).endswith("takes no arguments (13 given)"):
            return "SigNoArgs"
        if str(e).endswith("takes exactly one argument (13 given)"):
            return "SigOneArg"
    except Exception:
        pass
    return None


def text_params(fn):
    """The parameters of a signature inspect cannot read for its default
    (add_done_callback's context=<unrepresentable>), or None."""
    text = getattr(fn, "__text_signature__", None)
    if not text:
        return None
    # The bound first parameter ($module, $self, $type) is left out, as
    # inspect leaves it out of a function's signature.
    bound = text.startswith("($")
    text = text.replace("$self", "self").replace("$module", "module").replace("$type", "type")
    ns = {}
    exec("def f%s: pass" % text.replace("<unrepresentable>", "None"), ns)
    params = list(inspect.signature(ns["f"]).parameters.values())
    return params[1:] if bound else params


def c_row(owner, name, qual, fn, method):
    """A C function's row, or None for a convention left to its Go code
    (*args, **kwargs, or one without a signature that takes some)."""
    try:
        params = list(inspect.signature(fn).parameters.values())
    except (ValueError, TypeError):
        params = text_params(fn)
        if params is None:
            kind = None if method else probe(fn)
            return kind and (owner, name, qual, kind, 0, 0, "")
    if method and params and params[0].name == "self":
        params = params[1:]
    if any(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
        return None
    lo, hi = bounds(params)
    if not params:
        return (owner, name, qual, "SigNoArgs", 0, 0, "")
    if len(params) == 1 and params[0].kind is params[0].POSITIONAL_ONLY and params[0].default is params[0].empty:
        return (owner, name, qual, "SigOneArg", 1, 1, "")
    if all(p.kind is p.POSITIONAL_ONLY for p in params):
        return (owner, name, qual, "SigPositional", lo, hi, "")
    return (owner, name, qual, "SigClinic", lo, hi, spec(params))


def method_rows():
    rows = []
    for modname, clsname, cls in C_CLASSES:
        owner = modname + "." + clsname
        for name in dir(cls):
            v = getattr(cls, name)
            if type(v).__name__ == "wrapper_descriptor":
                if name in ("__repr__", "__await__", "__iter__"):
                    rows.append((owner, name, clsname + "." + name, "SigSlot0", 0, 0, ""))
            elif type(v).__name__ == "method_descriptor" and not name.startswith("__"):
                r = c_row(owner, name, clsname + "." + name, v, True)
                if r:
                    rows.append(r)
    for line in PY_CLASSES.strip().splitlines():
        modname, clsname = line.split()
        owner = modname + "." + clsname
        cls = getattr(importlib.import_module(modname), clsname)
        seen = set()
        for klass in cls.__mro__:
            for name, v in vars(klass).items():
                if name in seen:
                    continue
                seen.add(name)
                if klass is object:
                    if name == "__repr__":
                        # object's slot wrapper, which takes no arguments.
                        rows.append((owner, name, "object.__repr__", "SigSlot0", 0, 0, ""))
                elif inspect.isfunction(v):
                    rows.append(python_row(owner, name, v))
        if modname == "asyncio.locks" and clsname != "Barrier":
            # A Condition's acquire, locked and release are its lock's
            # bound methods, set by __init__: their messages name Lock's.
            for name, v in vars(cls()).items():
                if inspect.ismethod(v) and name not in seen:
                    rows.append(python_row(owner, name, v.__func__))
    return sorted(rows)


def function_rows():
    rows = set()
    for modname in MODULES:
        mod = importlib.import_module(modname)
        for name in sorted(vars(mod)):
            v = vars(mod)[name]
            if name.startswith("_"):
                continue
            if inspect.isfunction(v) and v.__module__ == modname:
                rows.add(python_row(modname, name, v))
            elif inspect.isbuiltin(v) and inspect.ismodule(getattr(v, "__self__", None)):
                # A C module's function, under the module it was read from
                # and the one defining it (operator and _operator), either
                # of which the runtime may implement.
                home = v.__self__.__name__
                if home not in (modname, "_" + modname) or v.__name__ != name:
                    continue
                r = c_row(modname, name, v.__module__ + "." + name, v, False)
                if r:
                    rows.add(r)
                    rows.add((home,) + r[1:])
    return sorted(rows)


def emit(var, doc, rows):
    print("// %s" % doc)
    print("var %s = [...]Signature{" % var)
    for owner, name, qual, kind, lo, hi, params in rows:
        print('\t{"%s", "%s", "%s", %s, %d, %d, "%s"},' % (owner, name, qual, kind, lo, hi, params))
    print("}")


print("// Code generated by tools/gen/signatures.py from CPython %d.%d.%d; DO NOT EDIT." % sys.version_info[:3])
print()
print("package py")
print()
emit("methodSignatures", "methodSignatures are asyncio's methods', sorted by class and name.", method_rows())
print()
emit("funcSignatures", "funcSignatures are the Go-implemented modules' functions', sorted by module and name.", function_rows())
