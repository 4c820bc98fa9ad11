package asyncio

// The names asyncio's own done callbacks show in reprs and debug messages
// (their function and where CPython's asyncio defines it), built once
// rather than at each callback's creation.
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
)
