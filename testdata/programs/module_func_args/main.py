# Functions of modules the runtime implements in Go, called with arguments
# CPython rejects: CPython's TypeError (METH_NOARGS, METH_O, Argument
# Clinic's positional and keyword checks, a Python function's binding)
# instead of a call that runs with the extra arguments ignored.
import binascii
import bisect
import cmath
import dataclasses
import heapq
import inspect
import math
import operator
import threading
import time
import typing
import urllib.parse
import logging
import contextlib


def attempt(label, call):
    try:
        call()
        print(label, "->", "ok")
    except TypeError as e:
        print(label, "->", "TypeError:", e)


attempt("time.time(1)", lambda: time.time(1))
attempt("time.monotonic(x=1)", lambda: time.monotonic(x=1))
attempt("time.perf_counter(1, 2)", lambda: time.perf_counter(1, 2))
attempt("math.isnan(1, 2)", lambda: math.isnan(1, 2))
attempt("math.isnan(x=1)", lambda: math.isnan(x=1))
attempt("math.isqrt()", lambda: math.isqrt())
attempt("math.factorial(3, 4)", lambda: math.factorial(3, 4))
attempt("math.comb(1)", lambda: math.comb(1))
attempt("math.comb(5, 2, 1)", lambda: math.comb(5, 2, 1))
attempt("math.comb(n=5, k=2)", lambda: math.comb(n=5, k=2))
attempt("math.atan2(1)", lambda: math.atan2(1))
attempt("math.sqrt(4, 5)", lambda: math.sqrt(4, 5))
attempt("math.prod([1], 2)", lambda: math.prod([1], 2))
attempt("math.prod([1], begin=2)", lambda: math.prod([1], begin=2))
attempt("math.prod()", lambda: math.prod())
attempt("math.isclose(1)", lambda: math.isclose(1))
attempt("math.isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3))
attempt("math.isclose(1, 2, tol=3)", lambda: math.isclose(1, 2, tol=3))
attempt("math.isclose(1, a=2)", lambda: math.isclose(1, a=2))
attempt("operator.not_(1, 2)", lambda: operator.not_(1, 2))
attempt("operator.add(1)", lambda: operator.add(1))
attempt("operator.index(1, 2)", lambda: operator.index(1, 2))
attempt("heapq.heappush([])", lambda: heapq.heappush([]))
attempt("heapq.heapify([], 1)", lambda: heapq.heapify([], 1))
attempt("bisect.bisect_left([], 1, 0, 0, 0)", lambda: bisect.bisect_left([], 1, 0, 0, 0))
attempt("bisect.bisect_left([], 1, bad=0)", lambda: bisect.bisect_left([], 1, bad=0))
attempt("threading.current_thread(1)", lambda: threading.current_thread(1))
attempt("threading.active_count(1)", lambda: threading.active_count(1))
attempt("threading.enumerate(1)", lambda: threading.enumerate(1))
attempt("typing.cast(int)", lambda: typing.cast(int))
attempt("typing.cast(int, 1, 2)", lambda: typing.cast(int, 1, 2))
attempt("typing.final(1, 2)", lambda: typing.final(1, 2))
attempt("typing.get_type_hints(1, 2, 3, 4, 5)", lambda: typing.get_type_hints(1, 2, 3, 4, 5))
attempt("dataclasses.is_dataclass(1, 2)", lambda: dataclasses.is_dataclass(1, 2))
attempt("inspect.getdoc(1, 2)", lambda: inspect.getdoc(1, 2))
attempt("inspect.unwrap(1, 2)", lambda: inspect.unwrap(1, 2))
attempt("logging.getLevelName(1, 2)", lambda: logging.getLevelName(1, 2))
attempt("contextlib.contextmanager(1, 2)", lambda: contextlib.contextmanager(1, 2))
attempt("urllib.parse.unquote('a', 'utf-8', 'strict', 1)", lambda: urllib.parse.unquote("a", "utf-8", "strict", 1))
attempt("urllib.parse.urljoin('a')", lambda: urllib.parse.urljoin("a"))
attempt("urllib.parse.urljoin('a', 'b', x=1)", lambda: urllib.parse.urljoin("a", "b", x=1))
attempt("binascii.hexlify()", lambda: binascii.hexlify())
attempt("binascii.hexlify(b'a', data=b'b')", lambda: binascii.hexlify(b"a", data=b"b"))
attempt("binascii.hexlify(b'a', b'-', 1, 2)", lambda: binascii.hexlify(b"a", b"-", 1, 2))
attempt("cmath.log()", lambda: cmath.log())
attempt("cmath.log(1, 2, 3)", lambda: cmath.log(1, 2, 3))
print(binascii.hexlify(b"ab"), binascii.hexlify(b"abc", b"-", 1), cmath.log(1), cmath.log(8, 2))
print(math.comb(5, 2), math.isclose(1.0, 1.0, rel_tol=0.1), urllib.parse.urljoin("http://a/b", "c"), typing.cast(int, 3))
