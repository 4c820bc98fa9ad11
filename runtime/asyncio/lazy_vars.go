package asyncio

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// initVars sets the package's variables that take code to build (types,
// tables, coroutine kinds), in Go's initialisation order, as setup starts
// rather than at every program's start.
func initVars() {
	abstractLoopCoroutines = map[string]int{"shutdown_asyncgens": 246, "shutdown_default_executor": 250,
		"getaddrinfo": 293, "getnameinfo": 297, "create_connection": 300, "create_server": 310, "sendfile": 368,
		"start_tls": 376, "create_unix_connection": 388, "create_unix_server": 396, "connect_accepted_socket": 432,
		"create_datagram_endpoint": 447, "connect_read_pipe": 484, "connect_write_pipe": 497, "subprocess_shell": 510,
		"subprocess_exec": 517, "sock_recv": 543, "sock_recv_into": 546, "sock_recvfrom": 549,
		"sock_recvfrom_into": 552, "sock_sendall": 555, "sock_sendto": 558, "sock_connect": 561, "sock_accept": 564,
		"sock_sendfile": 567}
	BarrierType = newType("Barrier", "asyncio.locks", nil, barrierAlloc)
	barrierAexitKind = py.NewSMKind(goCode("__aexit__", "locks.py", 459), barrierAexitBody)
	cbRunUntilComplete = "_run_until_complete_cb() at " + stdlibPath("base_events.py", 180)
	cbDoneCallback = "_done_callback() at " + stdlibPath("tasks.py", 720)
	cbInnerDone = "_inner_done_callback() at " + stdlibPath("tasks.py", 881)
	cbOuterDone = "_outer_done_callback() at " + stdlibPath("tasks.py", 898)
	cbReleaseWaiter = "_release_waiter(<Future pending>)() at " + stdlibPath("tasks.py", 387)
	cbOnCompletionWait = "_on_completion() at " + stdlibPath("tasks.py", 513)
	cbOnCompletionAsCompleted = "_on_completion() at " + stdlibPath("tasks.py", 603)
	cbCallCheckCancel = "_call_check_cancel() at " + stdlibPath("futures.py", 387)
	createdAtCreateFuture = stdlibPath("base_events.py", 427)
	FutureType = newType("Future", "_asyncio", nil, futureAlloc)
	futureIterType = newType("FutureIter", "_asyncio", nil, nil)
	LockType = newType("Lock", "asyncio.locks", nil, func(t *py.Type) py.Object { return &Lock{loopBound: loopBound{cls: t}} })
	acquireCode = goCode("acquire", "locks.py", 87)
	aenterCode = goCode("__aenter__", "locks.py", 13)
	aexitCode = goCode("__aexit__", "locks.py", 19)
	waitCodeEv = goCode("wait", "locks.py", 200)
	EventType = newType("Event", "asyncio.locks", nil, func(t *py.Type) py.Object { return &Event{loopBound: loopBound{cls: t}} })
	ConditionType = newType("Condition", "asyncio.locks", nil, conditionAlloc)
	SemaphoreType = newType("Semaphore", "asyncio.locks", nil, func(t *py.Type) py.Object { return &Semaphore{loopBound: loopBound{cls: t}, value: 1} })
	BoundedSemaphoreType = newType("BoundedSemaphore", "asyncio.locks", SemaphoreType, boundedSemaphoreAlloc)
	HandleType = newType("Handle", "asyncio.events", nil, nil)
	TimerHandleType = newType("TimerHandle", "asyncio.events", HandleType, nil)
	LoopType = newType("_UnixSelectorEventLoop", "asyncio.unix_events", nil, nil)
	eventWaitKind = py.NewSMKind(waitCodeEv, eventWaitBody)
	CancelledErrorType = newExcClass("CancelledError", "asyncio.exceptions", py.BaseExceptionType)
	InvalidStateErrorType = newExcClass("InvalidStateError", "asyncio.exceptions", py.ExceptionType)
	lockAcquireKind = py.NewSMKind(acquireCode, lockAcquireBody)
	barrierResetKind = newBarrierWithCondKind(goCode("reset", "locks.py", 533))
	barrierAbortKind = newBarrierWithCondKind(goCode("abort", "locks.py", 551))
	condWaitKind = py.NewSMKind(goCode("wait", "locks.py", 264), condWaitBody)
	condWaitForKind = py.NewSMKind(goCode("wait_for", "locks.py", 306), condWaitForBody)
	semAcquireKind = py.NewSMKind(goCode("acquire", "locks.py", 366), semAcquireBody)
	aenterKind = py.NewSMKind(aenterCode, aenterBody)
	aexitKind = py.NewSMKind(aexitCode, aexitBody)
	SendfileNotAvailableType = newExcClass("SendfileNotAvailableError", "asyncio.exceptions", py.RuntimeErrorType)
	IncompleteReadErrorType = newExcClass("IncompleteReadError", "asyncio.exceptions", py.EOFErrorType)
	LimitOverrunErrorType = newExcClass("LimitOverrunError", "asyncio.exceptions", py.ExceptionType)
	BrokenBarrierErrorType = newExcClass("BrokenBarrierError", "asyncio.exceptions", py.RuntimeErrorType)
	barrierWaitKind = py.NewSMKind(goCode("wait", "locks.py", 462), barrierWaitBody)
	barrierAenterKind = py.NewSMKind(goCode("__aenter__", "locks.py", 455), barrierAenterBody)
	QueueEmptyType = newExcClass("QueueEmpty", "asyncio.queues", py.ExceptionType)
	QueueFullType = newExcClass("QueueFull", "asyncio.queues", py.ExceptionType)
	abstractEventLoopType = newType("AbstractEventLoop", "asyncio.events", nil, nil)
	abstractEventLoopPolicyTy = newType("AbstractEventLoopPolicy", "asyncio.events", nil, nil)
	transportSocketType = newType("TransportSocket", "asyncio.trsock", nil, nil)
	readPipeTransportType = newType("_UnixReadPipeTransport", "asyncio.unix_events", nil, nil)
	writePipeTransportType = newType("_UnixWritePipeTransport", "asyncio.unix_events", nil, nil)
	policyType = newType("_UnixDefaultEventLoopPolicy", "asyncio.unix_events", abstractEventLoopPolicyTy, policyAlloc)
	thePolicy = &policy{dict: py.NewDict()}
	BaseProtocolType = pyClassSlots("BaseProtocol", "asyncio.protocols", nil, []string{}, map[string]goFn{
		"connection_made": noop, "connection_lost": noop, "pause_writing": noop, "resume_writing": noop,
	})
	ProtocolType = pyClassSlots("Protocol", "asyncio.protocols", []*py.Type{BaseProtocolType}, []string{}, map[string]goFn{
		"data_received": noop, "eof_received": noop,
	})
	BufferedProtocolType = pyClassSlots("BufferedProtocol", "asyncio.protocols", []*py.Type{BaseProtocolType}, []string{}, map[string]goFn{
		"get_buffer": noop, "buffer_updated": noop, "eof_received": noop,
	})
	DatagramProtocolType = pyClassSlots("DatagramProtocol", "asyncio.protocols", []*py.Type{BaseProtocolType}, []string{}, map[string]goFn{
		"datagram_received": noop, "error_received": noop,
	})
	SubprocessProtocolType = pyClassSlots("SubprocessProtocol", "asyncio.protocols", []*py.Type{BaseProtocolType}, []string{}, map[string]goFn{
		"pipe_data_received": noop, "pipe_connection_lost": noop, "process_exited": noop,
	})
	BaseTransportType = pyClassSlots("BaseTransport", "asyncio.transports", nil, []string{"_extra"}, map[string]goFn{
		"__init__":       baseTransportInit,
		"get_extra_info": baseTransportGetExtraInfo,
		"is_closing":     notImplemented, "close": notImplemented,
		"set_protocol": notImplemented, "get_protocol": notImplemented,
	})
	ReadTransportType = pyClassSlots("ReadTransport", "asyncio.transports", []*py.Type{BaseTransportType}, []string{}, map[string]goFn{
		"is_reading": notImplemented, "pause_reading": notImplemented, "resume_reading": notImplemented,
	})
	WriteTransportType = pyClassSlots("WriteTransport", "asyncio.transports", []*py.Type{BaseTransportType}, []string{}, map[string]goFn{
		"set_write_buffer_limits": notImplemented, "get_write_buffer_size": notImplemented,
		"get_write_buffer_limits": notImplemented, "write": notImplemented,
		"writelines": writeTransportWritelines,
		"write_eof":  notImplemented, "can_write_eof": notImplemented, "abort": notImplemented,
	})
	TransportType = pyClassSlots("Transport", "asyncio.transports", []*py.Type{ReadTransportType, WriteTransportType}, []string{}, nil)
	DatagramTransportType = pyClassSlots("DatagramTransport", "asyncio.transports", []*py.Type{BaseTransportType}, []string{}, map[string]goFn{
		"sendto": notImplemented, "abort": notImplemented,
	})
	SubprocessTransportType = pyClassSlots("SubprocessTransport", "asyncio.transports", []*py.Type{BaseTransportType}, []string{}, map[string]goFn{
		"get_pid": notImplemented, "get_returncode": notImplemented, "get_pipe_transport": notImplemented,
		"send_signal": notImplemented, "terminate": notImplemented, "kill": notImplemented,
	})
	AbstractServerType = abstractServerFn()
	ServerType = newType("Server", "asyncio.base_events", AbstractServerType, nil)
	QueueType = newQueueType("Queue", nil, fifoQueue)
	PriorityQueueType = newQueueType("PriorityQueue", QueueType, priorityQueue)
	LifoQueueType = newQueueType("LifoQueue", QueueType, lifoQueue)
	queuePutCode = goCode("put", "queues.py", 118)
	queuePutKind = py.NewSMKind(queuePutCode, queuePutBody)
	queueGetCode = goCode("get", "queues.py", 149)
	queueGetKind = py.NewSMKind(queueGetCode, queueGetBody)
	queueJoinCode = goCode("join", "queues.py", 210)
	queueJoinKind = py.NewSMKind(queueJoinCode, queueJoinBody)
	RunnerType = newType("Runner", "asyncio.runners", nil, runnerAlloc)
	sendfileProtoType = newType("_SendfileFallbackProtocol", "asyncio.base_events", nil, nil)
	sslProtocolType = newType("SSLProtocol", "asyncio.sslproto", nil, nil)
	sslTransportType = newType("_SSLProtocolTransport", "asyncio.sslproto", nil, nil)
	frameType = newType("frame", "builtins", nil, nil)
	codeType = newType("code", "builtins", nil, nil)
	flowControlMixinType = pyClass("FlowControlMixin", "asyncio.streams", []*py.Type{ProtocolType}, map[string]goFn{
		// __init__(self, loop=None)
		"__init__":          flowControlMixinInit,
		"pause_writing":     flowControlMixinPauseWriting,
		"resume_writing":    flowControlMixinResumeWriting,
		"connection_lost":   flowControlMixinConnectionLost,
		"_drain_helper":     flowControlMixinDrainHelper,
		"_get_close_waiter": notImplemented,
	})
	streamProtocolType = newType("StreamReaderProtocol", "asyncio.streams", nil, nil)
	StreamReaderType = newType("StreamReader", "asyncio.streams", nil, streamReaderAlloc)
	StreamWriterType = newType("StreamWriter", "asyncio.streams", nil, nil)
	subprocessStreamProtocolType = pyClass("SubprocessStreamProtocol", "asyncio.subprocess",
		[]*py.Type{flowControlMixinType, SubprocessProtocolType}, map[string]goFn{
			"__init__":               subprocessStreamProtocolInit,
			"__repr__":               subprocessStreamProtocolRepr,
			"connection_made":        subprocessStreamProtocolConnectionMade,
			"pipe_data_received":     subprocessStreamProtocolPipeDataReceived,
			"pipe_connection_lost":   subprocessStreamProtocolPipeConnectionLost,
			"process_exited":         subprocessStreamProtocolProcessExited,
			"_maybe_close_transport": subprocessStreamProtocolMaybeCloseTransport,
			"_get_close_waiter":      subprocessStreamProtocolGetCloseWaiter,
		})
	baseDefaultPolicyType = pyClass("BaseDefaultEventLoopPolicy", "asyncio.events", []*py.Type{abstractEventLoopPolicyTy}, map[string]goFn{
		"get_event_loop": baseDefaultPolicyGetEventLoop,
		"set_event_loop": baseDefaultPolicySetEventLoop,
		"new_event_loop": baseDefaultPolicyNewEventLoop,
	})
	writeSubprocessPipeProtoType = pyClass("WriteSubprocessPipeProto", "asyncio.base_subprocess", []*py.Type{BaseProtocolType}, map[string]goFn{
		"__init__":        writeSubprocessPipeProtoInit,
		"connection_made": writeSubprocessPipeProtoConnectionMade,
		"__repr__":        writeSubprocessPipeProtoRepr,
		"connection_lost": writeSubprocessPipeProtoConnectionLost,
		"pause_writing":   writeSubprocessPipeProtoPauseWriting,
		"resume_writing":  writeSubprocessPipeProtoResumeWriting,
	})
	readSubprocessPipeProtoType = pyClass("ReadSubprocessPipeProto", "asyncio.base_subprocess",
		[]*py.Type{writeSubprocessPipeProtoType, ProtocolType}, map[string]goFn{
			"data_received": readSubprocessPipeProtoDataReceived,
		})
	submoduleNames = map[string]string{
		"base_events":     "BaseEventLoop Server",
		"base_futures":    "isfuture",
		"base_subprocess": "",
		"base_tasks":      "",
		"constants":       "",
		"coroutines":      "iscoroutinefunction iscoroutine",
		"events": "AbstractEventLoopPolicy AbstractEventLoop AbstractServer Handle TimerHandle " +
			"get_event_loop_policy set_event_loop_policy get_event_loop set_event_loop new_event_loop " +
			"get_child_watcher set_child_watcher _set_running_loop get_running_loop _get_running_loop " +
			"BaseDefaultEventLoopPolicy _get_event_loop _py__get_running_loop _py__set_running_loop " +
			"_py_get_running_loop _py_get_event_loop _c__get_running_loop _c__set_running_loop " +
			"_c_get_running_loop _c_get_event_loop",
		"exceptions": "BrokenBarrierError CancelledError InvalidStateError TimeoutError " +
			"IncompleteReadError LimitOverrunError SendfileNotAvailableError",
		"format_helpers":  "",
		"futures":         "Future wrap_future isfuture _chain_future _copy_future_state",
		"locks":           "Lock Event Condition Semaphore BoundedSemaphore Barrier",
		"log":             "",
		"mixins":          "",
		"proactor_events": "",
		"protocols":       "BaseProtocol Protocol DatagramProtocol SubprocessProtocol BufferedProtocol",
		"queues":          "Queue PriorityQueue LifoQueue QueueFull QueueEmpty",
		"runners":         "Runner run",
		"selector_events": "",
		"sslproto":        "",
		"staggered":       "",
		"streams": "StreamReader StreamWriter StreamReaderProtocol open_connection start_server " +
			"open_unix_connection start_unix_server",
		"taskgroups": "TaskGroup",
		"tasks": "Task create_task FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED wait wait_for " +
			"as_completed sleep gather shield ensure_future run_coroutine_threadsafe current_task " +
			"all_tasks _register_task _unregister_task _enter_task _leave_task",
		"threads":  "to_thread",
		"timeouts": "Timeout timeout timeout_at",
		"transports": "BaseTransport ReadTransport WriteTransport Transport DatagramTransport " +
			"SubprocessTransport",
		"trsock": "",
		"unix_events": "SelectorEventLoop AbstractChildWatcher SafeChildWatcher FastChildWatcher " +
			"PidfdChildWatcher MultiLoopChildWatcher ThreadedChildWatcher DefaultEventLoopPolicy",
	}
	asyncioConstants = map[string]py.Object{
		"LOG_THRESHOLD_FOR_CONNLOST_WRITES": py.Int(5),
		"ACCEPT_RETRY_DELAY":                py.Int(1),
		"DEBUG_STACK_DEPTH":                 py.Int(10),
		"SSL_HANDSHAKE_TIMEOUT":             py.Float(60.0),
		"SSL_SHUTDOWN_TIMEOUT":              py.Float(30.0),
		"SENDFILE_FALLBACK_READBUFFER_SIZE": py.Int(1024 * 256),
		"FLOW_CONTROL_HIGH_WATER_SSL_READ":  py.Int(256),
		"FLOW_CONTROL_HIGH_WATER_SSL_WRITE": py.Int(512),
		"THREAD_JOIN_TIMEOUT":               py.Int(300),
	}
	baseSubprocessTransportType = pyClass("BaseSubprocessTransport", "asyncio.base_subprocess",
		[]*py.Type{SubprocessTransportType}, nil)
	baseProactorEventLoopType = pyClass("BaseProactorEventLoop", "asyncio.proactor_events",
		[]*py.Type{abstractEventLoopType}, nil)
	AbstractChildWatcherType = pyClass("AbstractChildWatcher", "asyncio.unix_events", nil, map[string]goFn{
		"add_child_handler": notImplemented, "remove_child_handler": notImplemented,
		"attach_loop": notImplemented, "close": notImplemented, "is_active": notImplemented,
		"__enter__": notImplemented, "__exit__": notImplemented,
	})
	childWatcherMethods = map[string]goFn{
		"add_child_handler":    noop,
		"remove_child_handler": func(a []py.Object, kw []string) py.Object { return py.False },
		"attach_loop":          noop,
		"close":                noop,
		"is_active":            func(a []py.Object, kw []string) py.Object { return py.True },
		"__enter__":            func(a []py.Object, kw []string) py.Object { return a[0] },
		"__exit__":             noop,
	}
	baseChildWatcherType = pyClass("BaseChildWatcher", "asyncio.unix_events", []*py.Type{AbstractChildWatcherType}, childWatcherMethods)
	safeChildWatcherType = pyClass("SafeChildWatcher", "asyncio.unix_events", []*py.Type{baseChildWatcherType}, nil)
	fastChildWatcherType = pyClass("FastChildWatcher", "asyncio.unix_events", []*py.Type{baseChildWatcherType}, nil)
	multiLoopChildWatcherType = pyClass("MultiLoopChildWatcher", "asyncio.unix_events", []*py.Type{AbstractChildWatcherType}, childWatcherMethods)
	threadedChildWatcherType = threadedChildWatcher()
	pidfdChildWatcherType = pyClass("PidfdChildWatcher", "asyncio.unix_events", []*py.Type{AbstractChildWatcherType}, childWatcherMethods)
	foreignCurrent = map[py.Object]py.Object{}
	ProcessType = newType("Process", "asyncio.subprocess", nil, nil)
	communicateCode = goCode("communicate", "subprocess.py", 186)
	createSubprocessExec = py.NewBuiltin("create_subprocess_exec", subprocessCall(false))
	createSubprocessShell = py.NewBuiltin("create_subprocess_shell", subprocessCall(true))
	subprocTransportType = newType("_UnixSubprocessTransport", "asyncio.unix_events", nil, nil)
	pipeProtoType = newType("ReadSubprocessPipeProto", "asyncio.base_subprocess", nil, nil)
	TaskType = newType("Task", "_asyncio", FutureType, taskAlloc)
	sleepCode = goCode("sleep", "tasks.py", 627)
	sleep0Kind = py.NewSMKind(sleepCode, sleep0Body)
	sleepKind = py.NewSMKind(sleepCode, sleepBodyFn)
	sleepTimedKind = py.NewSMKind(sleepCode, sleepTimedBody)
	GatheringFutureType = newType("_GatheringFuture", "asyncio.tasks", FutureType, nil)
	cancelAndWaitKind = py.NewSMKind(goCode("_cancel_and_wait", "tasks.py", 551), cancelAndWaitBody)
	waitForCode = goCode("wait_for", "tasks.py", 436)
	waitForKind = py.NewSMKind(waitForCode, waitForBody)
	waitCode = goCode("wait", "tasks.py", 376)
	asCompletedCode = goCode("as_completed", "tasks.py", 573)
	waitForOneCode = goCode("_wait_for_one", "tasks.py", 611)
	protoServerType = ServerType
	acceptConnection2Code = goCode("_accept_connection2", "selector_events.py", 200)
	ConcFutureType = newType("Future", "concurrent.futures._base", nil, func(t *py.Type) py.Object { return newConcFuture() })
	ConcErrorType = newExcClass("Error", "concurrent.futures._base", py.ExceptionType)
	ConcCancelledErrType = newExcClass("CancelledError", "concurrent.futures._base", ConcErrorType)
	ConcInvalidStateType = newExcClass("InvalidStateError", "concurrent.futures._base", ConcErrorType)
	ThreadPoolExecutorTyp = newType("ThreadPoolExecutor", "concurrent.futures.thread", nil, threadPoolExecutorAlloc)
	ProcessPoolExecutorTyp = newType("ProcessPoolExecutor", "concurrent.futures.process", nil, processPoolExecutorAlloc)
	toThreadCode = goCode("to_thread", "threads.py", 12)
	shutdownExecCode = methodCode("BaseEventLoop", "shutdown_default_executor", "base_events.py", 559)
	shutdownAsyncgensCode = methodCode("BaseEventLoop", "shutdown_asyncgens", "base_events.py", 539)
	TimeoutType = newType("Timeout", "asyncio.timeouts", nil, timeoutAlloc)
	TaskGroupType = newType("TaskGroup", "asyncio.taskgroups", nil, func(t *py.Type) py.Object { return &TaskGroup{} })
	taskGroupAexitCode = goCode("__aexit__", "taskgroups.py", 64)
	socketTransportType = newType("_SelectorSocketTransport", "asyncio.selector_events", nil, nil)
	datagramTransportType = newType("_SelectorDatagramTransport", "asyncio.selector_events", nil, nil)
	toThreadKind = py.NewSMKind(toThreadCode, toThreadBody)
}
