package asyncio

import (
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// streams.FlowControlMixin and subprocess.SubprocessStreamProtocol, the
// Python classes of CPython's streams.py and subprocess.py: their state
// lives in instance attributes (_paused, _drain_waiters, stdin, ...), so
// that programs can subclass and inspect them as under CPython. The
// runtime's StreamReaderProtocol is a Go object with the same methods.

// logDebug is logger.debug(msg, *args) on asyncio's logger, once the
// program has imported logging.
func logDebug(msg string, args ...py.Object) {
	if lg := asyncioLogger(); lg != nil {
		py.Call(py.GetAttr(lg, "debug"), append([]py.Object{py.Str(msg)}, args...)...)
	}
}

func loopDebug(l py.Object) bool {
	return !isNone(l) && py.Truth(py.CallMethod(l, "get_debug"))
}

// newDeque is collections.deque() (a list where collections is not
// linked: a Go test binary of this package alone).
func newDeque() py.Object {
	var d py.Object = py.NewList()
	catch(func() { d = py.Call(py.GetAttr(py.Import("collections"), "deque")) })
	return d
}

var flowControlMixinType *py.Type

func flowControlMixinInit(a []py.Object, kw []string) py.Object {
	p := parse("FlowControlMixin", a[1:], kw, []string{"loop"}, 0)
	self := a[0]
	loop := orNone(p[0])
	if isNone(loop) {
		loop = GetEventLoop()
	}
	py.SetAttr(self, "_loop", loop)
	py.SetAttr(self, "_paused", py.False)
	py.SetAttr(self, "_drain_waiters", newDeque())
	py.SetAttr(self, "_connection_lost", py.False)
	return py.None
}

func flowControlMixinPauseWriting(a []py.Object, kw []string) py.Object {
	self := a[0]
	if py.Truth(py.GetAttr(self, "_paused")) {
		raise(py.AssertionErrorType, "")
	}
	py.SetAttr(self, "_paused", py.True)
	if loopDebug(py.GetAttr(self, "_loop")) {
		logDebug("%r pauses writing", self)
	}
	return py.None
}

func flowControlMixinResumeWriting(a []py.Object, kw []string) py.Object {
	self := a[0]
	if !py.Truth(py.GetAttr(self, "_paused")) {
		raise(py.AssertionErrorType, "")
	}
	py.SetAttr(self, "_paused", py.False)
	if loopDebug(py.GetAttr(self, "_loop")) {
		logDebug("%r resumes writing", self)
	}
	for _, w := range py.AppendStar(nil, py.GetAttr(self, "_drain_waiters")) {
		if !py.Truth(py.CallMethod(w, "done")) {
			py.CallMethod(w, "set_result", py.None)
		}
	}
	return py.None
}

func flowControlMixinConnectionLost(a []py.Object, kw []string) py.Object {
	p := parse("connection_lost", a[1:], kw, []string{"exc"}, 1)
	self := a[0]
	py.SetAttr(self, "_connection_lost", py.True)
	if !py.Truth(py.GetAttr(self, "_paused")) {
		return py.None
	}
	for _, w := range py.AppendStar(nil, py.GetAttr(self, "_drain_waiters")) {
		if !py.Truth(py.CallMethod(w, "done")) {
			if isNone(p[0]) {
				py.CallMethod(w, "set_result", py.None)
			} else {
				py.CallMethod(w, "set_exception", p[0])
			}
		}
	}
	return py.None
}

func flowControlMixinDrainHelper(a []py.Object, kw []string) py.Object {
	self := a[0]
	return py.NewCoroutine(goCode("_drain_helper", "streams.py", 170), func() py.Object {
		if py.Truth(py.GetAttr(self, "_connection_lost")) {
			panic(py.NewError(py.ConnectionResetErrorType, "Connection lost"))
		}
		if !py.Truth(py.GetAttr(self, "_paused")) {
			return py.None
		}
		waiter := py.CallMethod(py.GetAttr(self, "_loop"), "create_future")
		waiters := py.GetAttr(self, "_drain_waiters")
		py.CallMethod(waiters, "append", waiter)
		defer py.CallMethod(waiters, "remove", waiter)
		py.Await(waiter)
		return py.None
	})
}

// SubprocessStreamProtocol(limit, loop): the protocol of
// create_subprocess_exec/shell, turning the pipes of a subprocess
// transport into a StreamWriter (stdin) and StreamReaders (stdout,
// stderr).
var subprocessStreamProtocolType *py.Type

func subprocessStreamProtocolInit(a []py.Object, kw []string) py.Object {
	p := parse("SubprocessStreamProtocol", a[1:], kw, []string{"limit", "loop"}, 2)
	self := a[0]
	py.CallKw(py.GetAttr(flowControlMixinType, "__init__"), []py.Object{self, p[1]}, []string{"loop"})
	py.SetAttr(self, "_limit", p[0])
	for _, n := range []string{"stdin", "stdout", "stderr", "_transport"} {
		py.SetAttr(self, n, py.None)
	}
	py.SetAttr(self, "_process_exited", py.False)
	py.SetAttr(self, "_pipe_fds", py.NewList())
	py.SetAttr(self, "_stdin_closed", py.CallMethod(py.GetAttr(self, "_loop"), "create_future"))
	return py.None
}

func subprocessStreamProtocolRepr(a []py.Object, kw []string) py.Object {
	self := a[0]
	info := []string{self.Type().Name}
	for _, n := range []string{"stdin", "stdout", "stderr"} {
		if v := py.GetAttr(self, n); !isNone(v) {
			info = append(info, n+"="+py.Repr(v))
		}
	}
	return py.Str("<" + strings.Join(info, " ") + ">")
}

func subprocessStreamProtocolConnectionMade(a []py.Object, kw []string) py.Object {
	p := parse("connection_made", a[1:], kw, []string{"transport"}, 1)
	self, tr := a[0], p[0]
	py.SetAttr(self, "_transport", tr)
	loop := py.GetAttr(self, "_loop")
	limit := py.GetAttr(self, "_limit")
	for _, fd := range []int{1, 2} {
		pt := py.CallMethod(tr, "get_pipe_transport", py.Int(fd))
		if isNone(pt) {
			continue
		}
		r := py.CallKw(StreamReaderType, []py.Object{limit, loop}, []string{"limit", "loop"})
		py.CallMethod(r, "set_transport", pt)
		py.SetAttr(self, []string{"", "stdout", "stderr"}[fd], r)
		py.CallMethod(py.GetAttr(self, "_pipe_fds"), "append", py.Int(fd))
	}
	if pt := py.CallMethod(tr, "get_pipe_transport", py.Int(0)); !isNone(pt) {
		w := py.CallKw(StreamWriterType, []py.Object{pt, self, py.None, loop}, []string{"protocol", "reader", "loop"})
		py.SetAttr(self, "stdin", w)
	}
	return py.None
}

func subprocessStreamProtocolPipeDataReceived(a []py.Object, kw []string) py.Object {
	p := parse("pipe_data_received", a[1:], kw, []string{"fd", "data"}, 2)
	var reader py.Object = py.None
	switch py.Index(p[0]) {
	case 1:
		reader = py.GetAttr(a[0], "stdout")
	case 2:
		reader = py.GetAttr(a[0], "stderr")
	}
	if !isNone(reader) {
		py.CallMethod(reader, "feed_data", p[1])
	}
	return py.None
}

func subprocessStreamProtocolPipeConnectionLost(a []py.Object, kw []string) py.Object {
	p := parse("pipe_connection_lost", a[1:], kw, []string{"fd", "exc"}, 2)
	self, exc := a[0], p[1]
	fd := py.Index(p[0])
	if fd == 0 {
		if pipe := py.GetAttr(self, "stdin"); !isNone(pipe) {
			py.CallMethod(pipe, "close")
		}
		py.CallMethod(self, "connection_lost", exc)
		closed := py.GetAttr(self, "_stdin_closed")
		if isNone(exc) {
			py.CallMethod(closed, "set_result", py.None)
		} else {
			py.CallMethod(closed, "set_exception", exc)
			py.SetAttr(closed, "_log_traceback", py.False)
		}
		return py.None
	}
	var reader py.Object = py.None
	switch fd {
	case 1:
		reader = py.GetAttr(self, "stdout")
	case 2:
		reader = py.GetAttr(self, "stderr")
	}
	if !isNone(reader) {
		if isNone(exc) {
			py.CallMethod(reader, "feed_eof")
		} else {
			py.CallMethod(reader, "set_exception", exc)
		}
	}
	fds := py.GetAttr(self, "_pipe_fds")
	if py.Contains(fds, p[0]) {
		py.CallMethod(fds, "remove", p[0])
	}
	py.CallMethod(self, "_maybe_close_transport")
	return py.None
}

func subprocessStreamProtocolProcessExited(a []py.Object, kw []string) py.Object {
	py.SetAttr(a[0], "_process_exited", py.True)
	py.CallMethod(a[0], "_maybe_close_transport")
	return py.None
}

func subprocessStreamProtocolMaybeCloseTransport(a []py.Object, kw []string) py.Object {
	self := a[0]
	if py.Len(py.GetAttr(self, "_pipe_fds")) == 0 && py.Truth(py.GetAttr(self, "_process_exited")) {
		py.CallMethod(py.GetAttr(self, "_transport"), "close")
		py.SetAttr(self, "_transport", py.None)
	}
	return py.None
}

func subprocessStreamProtocolGetCloseWaiter(a []py.Object, kw []string) py.Object {
	p := parse("_get_close_waiter", a[1:], kw, []string{"stream"}, 1)
	if p[0] == py.GetAttr(a[0], "stdin") {
		return py.GetAttr(a[0], "_stdin_closed")
	}
	return py.None
}
