package driver

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// signalCase is a program the test sends signals to once it printed its
// first line, with what CPython 3.11 does (stdout, exit status, and all of
// stderr or its last line).
type signalCase struct {
	name    string
	src     string
	signals []syscall.Signal
	// ignoreSIGINT starts the program with SIGINT ignored (a background
	// job), as `trap "" INT` in a shell does.
	ignoreSIGINT bool
	stdout       string
	exit         int // -2: killed by SIGINT
	stderr       *string
	stderrTail   string
}

func strp(s string) *string { return &s }

// sleeper is a program that never handles a signal: it says it is ready,
// then sleeps past the signal sent to it.
const sleeper = `import time
print("ready", flush=True)
time.sleep(10)
print("not reached")
`

var signalCases = []signalCase{
	{
		// An exception raised by a handler is raised in the main thread
		// at once, interrupting time.sleep; finally clauses run.
		name: "handler_exit_in_sleep",
		src: `import signal, sys, time
def h(signum, frame):
    print("handler", signum)
    sys.exit(9)
signal.signal(signal.SIGTERM, h)
print("ready", flush=True)
try:
    time.sleep(10)
    print("not reached")
finally:
    print("finally")
`,
		signals: []syscall.Signal{syscall.SIGTERM},
		stdout:  "ready\nhandler 15\nfinally\n",
		exit:    9,
		stderr:  strp(""),
	},
	{
		// SIGINT raises KeyboardInterrupt in a CPU loop and in sleep.
		name: "sigint_loop_and_sleep",
		src: `import time
print("ready", flush=True)
t0 = time.monotonic()
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in loop")
finally:
    print("finally")
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep")
print("quick:", time.monotonic() - t0 < 5)
`,
		signals: []syscall.Signal{syscall.SIGINT, syscall.SIGINT},
		stdout:  "ready\nKeyboardInterrupt in loop\nfinally\nKeyboardInterrupt in sleep\nquick: True\n",
		stderr:  strp(""),
	},
	{
		// Uncaught: the traceback, then death by SIGINT.
		name: "sigint_uncaught",
		src: `import time
print("ready", flush=True)
try:
    time.sleep(10)
finally:
    print("finally")
`,
		signals:    []syscall.Signal{syscall.SIGINT},
		stdout:     "ready\nfinally\n",
		exit:       -2,
		stderrTail: "KeyboardInterrupt",
	},
	{
		// A handler's exception leaves asyncio.run's loop.
		name: "handler_exit_in_asyncio",
		src: `import asyncio, signal, sys
def h(signum, frame):
    print("handler", signum)
    sys.exit(9)
signal.signal(signal.SIGTERM, h)
async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(10)
    finally:
        print("finally")
asyncio.run(main())
`,
		signals: []syscall.Signal{syscall.SIGTERM},
		stdout:  "ready\nhandler 15\nfinally\n",
		exit:    9,
		stderr:  strp(""),
	},
	{
		// SIGINT cancels asyncio.run's main task.
		name: "sigint_asyncio",
		src: `import asyncio
async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("finally")
asyncio.run(main())
`,
		signals:    []syscall.Signal{syscall.SIGINT},
		stdout:     "ready\nmain cancelled\nfinally\n",
		exit:       -2,
		stderrTail: "KeyboardInterrupt",
	},
	{
		// Blocking waits of the main thread are interrupted too: join,
		// Lock.acquire, Condition.wait (which takes its lock back),
		// Event.wait.
		name: "sigint_thread_waits",
		src: `import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait, daemon=True)
t.start()
print("ready", flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print("KeyboardInterrupt in join")
lock = threading.Lock()
lock.acquire()
try:
    lock.acquire()
except KeyboardInterrupt:
    print("KeyboardInterrupt in acquire", lock.locked())
cond = threading.Condition()
with cond:
    try:
        cond.wait()
    except KeyboardInterrupt:
        print("KeyboardInterrupt in wait")
    cond.notify()
    print("still owned")
try:
    ev.wait()
except KeyboardInterrupt:
    print("KeyboardInterrupt in Event.wait")
ev.set()
t.join()
print("done")
`,
		signals: []syscall.Signal{syscall.SIGINT, syscall.SIGINT, syscall.SIGINT, syscall.SIGINT},
		stdout:  "ready\nKeyboardInterrupt in join\nKeyboardInterrupt in acquire True\nKeyboardInterrupt in wait\nstill owned\nKeyboardInterrupt in Event.wait\ndone\n",
		stderr:  strp(""),
	},
	{
		// SIGINT ignored at start stays ignored, asyncio.run included.
		name: "sigint_ignored_at_start",
		src: `import asyncio, signal, time
print("ready", signal.getsignal(signal.SIGINT) is signal.SIG_IGN, flush=True)
time.sleep(0.5)
async def main():
    await asyncio.sleep(0.5)
    print("main done")
asyncio.run(main())
print("survived")
`,
		signals:      []syscall.Signal{syscall.SIGINT, syscall.SIGINT},
		ignoreSIGINT: true,
		stdout:       "ready True\nmain done\nsurvived\n",
		stderr:       strp(""),
	},
	{
		// A signal whose default action ends the process, sent to a
		// program that never handles it, ends it (Go's runtime would
		// ignore SIGUSR1 and answer SIGQUIT with a goroutine dump).
		name:    "unhandled_sigusr1_ends",
		src:     sleeper,
		signals: []syscall.Signal{syscall.SIGUSR1},
		stdout:  "ready\n",
		exit:    -int(syscall.SIGUSR1),
		stderr:  strp(""),
	},
	{
		name:    "unhandled_sigquit_ends",
		src:     sleeper,
		signals: []syscall.Signal{syscall.SIGQUIT},
		stdout:  "ready\n",
		exit:    -int(syscall.SIGQUIT),
		stderr:  strp(""),
	},
	{
		// The deadly signals nobody handles are the kernel's at start
		// (no os/signal round trip each): a real-time one ends the
		// program, and so does SIGTERM, which Go's runtime ends it by.
		name:    "unhandled_sigrtmin_ends",
		src:     sleeper,
		signals: []syscall.Signal{syscall.Signal(34)},
		stdout:  "ready\n",
		exit:    -34,
		stderr:  strp(""),
	},
	{
		name:    "unhandled_sigterm_ends",
		src:     sleeper,
		signals: []syscall.Signal{syscall.SIGTERM},
		stdout:  "ready\n",
		exit:    -int(syscall.SIGTERM),
		stderr:  strp(""),
	},
	{
		// A handler set for one of them takes it back from the kernel,
		// and SIG_DFL again ends the program.
		name: "handler_then_default_sigusr2",
		src: `import signal, time
got = []
signal.signal(signal.SIGUSR2, lambda n, f: got.append(n))
print("ready", flush=True)
while not got:
    time.sleep(0.01)
print("handled", flush=True)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
print("default", flush=True)
time.sleep(10)
print("not reached")
`,
		signals: []syscall.Signal{syscall.SIGUSR2, syscall.SIGUSR2, syscall.SIGUSR2},
		stdout:  "ready\nhandled\ndefault\n",
		exit:    -int(syscall.SIGUSR2),
		stderr:  strp(""),
	},
	{
		// SIG_IGN takes it back too.
		name: "ignored_sigusr2",
		src: `import signal, time
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
print("ready", flush=True)
time.sleep(1)
print("survived")
`,
		signals: []syscall.Signal{syscall.SIGUSR2},
		stdout:  "ready\nsurvived\n",
		exit:    0,
		stderr:  strp(""),
	},
	{
		// An event loop's add_signal_handler takes the signal from its
		// default action; once removed, the default applies again.
		name: "loop_handler_then_default",
		src: `import asyncio, signal
async def main():
    loop = asyncio.get_running_loop()
    got = asyncio.Event()
    loop.add_signal_handler(signal.SIGUSR1, lambda: (print("loop got SIGUSR1"), got.set()))
    print("ready", flush=True)
    await got.wait()
    loop.remove_signal_handler(signal.SIGUSR1)
    print("removed", flush=True)
    await asyncio.sleep(10)
    print("not reached")
asyncio.run(main())
`,
		signals: []syscall.Signal{syscall.SIGUSR1, syscall.SIGUSR1},
		stdout:  "ready\nloop got SIGUSR1\nremoved\n",
		exit:    -int(syscall.SIGUSR1),
		stderr:  strp(""),
	},
}

// runSignalled runs argv in dir, sends the case's signals 300 ms apart
// once the first line is out, and returns stdout, stderr and the exit
// status (-N when killed by signal N).
func runSignalled(t *testing.T, c signalCase, dir string, argv ...string) (string, string, int) {
	t.Helper()
	if c.ignoreSIGINT {
		argv = append([]string{"/bin/sh", "-c", `trap "" INT; exec "$@"`, "sh"}, argv...)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") {
			env = append(env, kv)
		}
	}
	cmd.Env = env
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	timer := time.AfterFunc(30*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	r := bufio.NewReader(out)
	first, _ := r.ReadString('\n')
	for _, s := range c.signals {
		time.Sleep(300 * time.Millisecond)
		cmd.Process.Signal(s)
	}
	var rest []byte
	go func() {
		rest, _ = io.ReadAll(r)
		close(done)
	}()
	<-done
	err = cmd.Wait()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			code = -int(ws.Signal())
		}
	} else if err != nil {
		t.Fatal(err)
	}
	return first + string(rest), errb.String(), code
}

// Signals reach Python handlers in the main thread at once, as in CPython:
// a handler's exception is raised there (not printed from another thread),
// SIGINT raises KeyboardInterrupt in plain code so that except and finally
// run, and a SIGINT ignored at start stays ignored.
func TestSignals(t *testing.T) {
	t.Setenv("PY2GOASYNC_CACHE", goldenCacheDir())
	warmRuntime(t)
	_, err := exec.LookPath("python3")
	havePython := err == nil
	for _, c := range signalCases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "main.py"), []byte(c.src), 0o644); err != nil {
				t.Fatal(err)
			}
			check := func(who, stdout, stderr string, code int) {
				t.Helper()
				if stdout != c.stdout {
					t.Errorf("%s stdout:\n got: %q\nwant: %q", who, stdout, c.stdout)
				}
				if code != c.exit {
					t.Errorf("%s exit status %d, want %d (stderr: %s)", who, code, c.exit, stderr)
				}
				if c.stderr != nil && stderr != *c.stderr {
					t.Errorf("%s stderr %q, want %q", who, stderr, *c.stderr)
				}
				if c.stderrTail != "" && lastLine(stderr) != c.stderrTail {
					t.Errorf("%s last stderr line %q, want %q", who, lastLine(stderr), c.stderrTail)
				}
			}
			if havePython {
				// The expectations are CPython's.
				stdout, stderr, code := runSignalled(t, c, dir, "python3", "main.py")
				check("python3", stdout, stderr, code)
			}
			goSrc, err := TranslateSource("main.py", []byte(c.src))
			if err != nil {
				t.Fatal(err)
			}
			bin, err := BuildSource(goSrc)
			if err != nil {
				t.Fatal(err)
			}
			stdout, stderr, code := runSignalled(t, c, dir, bin)
			check("program", stdout, stderr, code)
		})
	}
}
