package asyncio

// The names asyncio's own done callbacks show in reprs and debug messages
// (their function and where CPython's asyncio defines it), built once
// rather than at each callback's creation.
var (
	cbRunUntilComplete        = "_run_until_complete_cb() at " + stdlibPath("base_events.py", 180)
	cbDoneCallback            = "_done_callback() at " + stdlibPath("tasks.py", 720)
	cbInnerDone               = "_inner_done_callback() at " + stdlibPath("tasks.py", 881)
	cbOuterDone               = "_outer_done_callback() at " + stdlibPath("tasks.py", 898)
	cbReleaseWaiter           = "_release_waiter(<Future pending>)() at " + stdlibPath("tasks.py", 387)
	cbOnCompletionWait        = "_on_completion() at " + stdlibPath("tasks.py", 513)
	cbOnCompletionAsCompleted = "_on_completion() at " + stdlibPath("tasks.py", 603)
	cbCallCheckCancel         = "_call_check_cancel() at " + stdlibPath("futures.py", 387)
	createdAtCreateFuture     = stdlibPath("base_events.py", 427)
)
