package asyncio

// The names asyncio's own done callbacks show in reprs and debug messages
// (their function and where CPython's asyncio defines it), built once
// rather than at each callback's creation. A doneCallback points to its
// name (doneCallback.name).
var (
	cbRunUntilComplete        string
	cbDoneCallback            string
	cbInnerDone               string
	cbOuterDone               string
	cbReleaseWaiter           string
	cbOnCompletionWait        string
	cbOnCompletionAsCompleted string
	cbCallCheckCancel         string
	createdAtCreateFuture     string

	cbGoCallback          = "<callback>"
	cbTaskWakeup          = "Task.task_wakeup()"
	cbCallSetState        = "_call_set_state()"
	cbSendfileDone        = "_sock_sendfile_native_done()"
	cbSockDone            = "_sock_done()"
	cbSockWriteDone       = "_sock_write_done()"
	cbStreamConnMade      = "StreamReaderProtocol.connection_made.<locals>.callback()"
	cbTaskGroupOnTaskDone = "TaskGroup._on_task_done()"
)
