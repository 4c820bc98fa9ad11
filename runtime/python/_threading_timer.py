"""threading.Timer for py2goasync's runtime: a Thread whose run waits on an
Event for the interval and calls the function unless cancel() set it first.
The Go threading module re-exports Timer from here."""

from threading import Event, Thread


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
