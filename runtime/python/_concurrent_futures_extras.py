"""concurrent.futures' module-level functions and base classes for
py2goasync's runtime, written over the Go Future and ThreadPoolExecutor
(runtime/asyncio). The Go concurrent.futures module re-exports them."""

import collections
import threading
import time

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

DoneAndNotDoneFutures = collections.namedtuple("DoneAndNotDoneFutures", "done not_done")
DoneAndNotDoneFutures.__module__ = "concurrent.futures._base"


class BrokenExecutor(RuntimeError):
    """Raised when an executor can no longer run the work it was given."""

    __module__ = "concurrent.futures._base"


class Executor:
    """The interface of ThreadPoolExecutor and ProcessPoolExecutor."""

    __module__ = "concurrent.futures._base"

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    fut = futures.pop()
                    if deadline is None:
                        yield fut.result()
                    else:
                        yield fut.result(deadline - time.monotonic())
            finally:
                for fut in futures:
                    fut.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _Watch:
    """Counts the futures that finish, for wait() and as_completed()."""

    def __init__(self, futures):
        self.cond = threading.Condition()
        self.finished = []
        for f in futures:
            f.add_done_callback(self._done)

    def _done(self, fut):
        with self.cond:
            self.finished.append(fut)
            self.cond.notify_all()


def _failed(f):
    return not f.cancelled() and f.exception() is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to finish, up to timeout seconds; return
    the sets (done, not_done) once return_when holds."""
    fs = set(fs)
    done = {f for f in fs if f.done()}
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, fs - done)
    if return_when == FIRST_EXCEPTION and any(_failed(f) for f in done):
        return DoneAndNotDoneFutures(done, fs - done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, set())
    pending = fs - done
    watch = _Watch(pending)
    deadline = None if timeout is None else time.monotonic() + timeout

    def satisfied():
        now_done = set(watch.finished)
        if return_when == FIRST_COMPLETED:
            return bool(now_done)
        if return_when == FIRST_EXCEPTION and any(_failed(f) for f in now_done):
            return True
        return len(now_done) == len(pending)

    with watch.cond:
        while not satisfied():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                break
            watch.cond.wait(left)
        done |= set(watch.finished)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures in fs as they finish (those already finished
    first); TimeoutError if some are still running after timeout seconds."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    finished = [f for f in fs if f.done()]
    pending = fs - set(finished)
    watch = _Watch(pending)
    yield from finished
    seen = 0
    while pending:
        with watch.cond:
            while seen == len(watch.finished):
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
                watch.cond.wait(left)
            batch = watch.finished[seen:]
            seen = len(watch.finished)
        for f in batch:
            pending.discard(f)
            yield f
