"""threading.Timer for py2goasync's runtime: a Thread whose run waits on an
Event for the interval and calls the function unless cancel() set it first.
The Go threading module re-exports Timer from here."""

from threading import Event, Thread
from _weakrefset import WeakSet  # threading.WeakSet, as threading.py imports it


class Timer(Thread):
    """Call function(*args, **kwargs) after interval seconds, in a thread of
    its own, unless cancel() is called before then."""

    __module__ = "threading"

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class BrokenBarrierError(RuntimeError):
    """Raised by Barrier.wait when the barrier is broken or reset."""

    __module__ = "threading"


class Barrier:
    """A rendezvous for a fixed number of threads: each wait() blocks until
    `parties` threads are waiting, then all go on together (the last to
    arrive runs `action` first). wait() returns the arrival order, 0 for the
    first; the barrier can then be used again."""

    __module__ = "threading"

    # The phases of one round: threads arrive while FILLING; the round's
    # release lets them leave while DRAINING; RESETTING lets a reset's
    # waiters leave before a new round; BROKEN until reset().
    _FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        from threading import Condition, Lock
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = self._FILLING
        self._inside = 0  # threads between arrival and return

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} object at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} object at {id(self):#x}: "
                f"waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A round still emptying (or being reset) finishes first.
            while self._phase in (self._DRAINING, self._RESETTING):
                self._cond.wait()
            if self._phase < 0:
                raise BrokenBarrierError
            index = self._inside
            self._inside += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    if not self._cond.wait_for(lambda: self._phase != self._FILLING, timeout):
                        self._break()
                        raise BrokenBarrierError
                    if self._phase < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._inside -= 1
                if self._inside == 0 and self._phase in (self._DRAINING, self._RESETTING):
                    self._phase = self._FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
            self._phase = self._DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _break(self):
        self._phase = self._BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting get
        BrokenBarrierError."""
        with self._cond:
            if self._inside > 0:
                if self._phase == self._FILLING:
                    self._phase = self._RESETTING
                elif self._phase == self._BROKEN:
                    self._phase = self._RESETTING
            else:
                self._phase = self._FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: waiting and future wait() calls raise
        BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._inside if self._phase == self._FILLING else 0

    @property
    def broken(self):
        return self._phase == self._BROKEN


class ExceptHookArgs(tuple):
    """What threading.excepthook receives: (exc_type, exc_value,
    exc_traceback, thread), also by name."""

    __module__ = "_thread"
    __qualname__ = "_ExceptHookArgs"
    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(seq)}-sequence given)")
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, thread=%r)"
                % tuple(self))

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])
