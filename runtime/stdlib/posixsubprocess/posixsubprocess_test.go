package posixsubprocess

import (
	"syscall"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// run calls fork_exec as subprocess does for args, with stdout to a pipe,
// and returns (output, exit status, error-pipe data).
func run(t *testing.T, exes []string, args []string, cwd py.Object) (string, int, string) {
	var out, errp [2]int
	syscall.Pipe2(out[:], syscall.O_CLOEXEC)
	syscall.Pipe2(errp[:], syscall.O_CLOEXEC)
	argv := py.NewList()
	for _, a := range args {
		argv.Items = append(argv.Items, py.Bytes(a))
	}
	var items []py.Object
	for _, e := range exes {
		items = append(items, py.Bytes(e))
	}
	exeList := py.NewTuple(items...)
	I := func(i int) py.Object { return py.Int(i) }
	pid := py.Index(oracle.Call("_posixsubprocess", "fork_exec", argv, exeList, py.True, py.NewTuple(I(errp[1])), cwd, py.None,
		I(-1), I(-1), I(out[0]), I(out[1]), I(-1), I(-1), I(errp[0]), I(errp[1]), py.True, py.False, I(-1), py.None, py.None, py.None, I(-1), py.None, py.True))
	syscall.Close(out[1])
	syscall.Close(errp[1])
	buf := make([]byte, 4096)
	n, _ := syscall.Read(out[0], buf)
	en, _ := syscall.Read(errp[0], buf[n:])
	syscall.Close(out[0])
	syscall.Close(errp[0])
	var ws syscall.WaitStatus
	if pid != noChild {
		syscall.Wait4(pid, &ws, 0, nil)
	}
	return string(buf[:n]), ws.ExitStatus(), string(buf[n : n+en])
}

func TestForkExec(t *testing.T) {
	py.EnterMain()
	out, status, errData := run(t, []string{"/nonexistent/echo", "/bin/echo"}, []string{"echo", "hello"}, py.None)
	if out != "hello\n" || status != 0 || errData != "" {
		t.Errorf("echo: %q %d %q", out, status, errData)
	}
	out, _, _ = run(t, []string{"/bin/sh"}, []string{"sh", "-c", "pwd"}, py.Str("/tmp"))
	if out != "/tmp\n" {
		t.Errorf("cwd: %q", out)
	}
	_, _, errData = run(t, []string{"/nonexistent/x", "/also/not"}, []string{"x"}, py.None)
	if errData != "OSError:2:" {
		t.Errorf("missing executable: %q", errData)
	}
	_, _, errData = run(t, []string{"/bin/echo"}, []string{"echo"}, py.Str("/nonexistent"))
	if errData != "OSError:2:noexec" {
		t.Errorf("bad cwd: %q", errData)
	}
	_, _, errData = run(t, []string{"/etc/passwd"}, []string{"x"}, py.None)
	if errData != "OSError:d:" {
		t.Errorf("not executable: %q", errData)
	}
}
