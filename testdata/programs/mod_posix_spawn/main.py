# os.posix_spawn and os.posix_spawnp: the child's environment, file actions
# (open, close, dup2) applied in order, setsid/setpgroup, and the errors.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
out = os.path.join(d, "out.txt")


def run(fn, *args, **kw):
    try:
        pid = fn(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
        return None
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


sys.stdout.flush()
print("echo:", run(os.posix_spawn, "/bin/sh", ["sh", "-c", "echo spawned $GREETING"], {"GREETING": "hello"}))
print("exit code:", run(os.posix_spawnp, "sh", ["sh", "-c", "exit 7"], {}))
# stdout to a file opened for the child, stderr to its stdout.
print("to file:", run(os.posix_spawn, "/bin/sh", ["sh", "-c", "echo to-out; echo to-err >&2"], {},
                        file_actions=[(os.POSIX_SPAWN_OPEN, 1, out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
                                      (os.POSIX_SPAWN_DUP2, 1, 2)]))
with open(out) as f:
    print(sorted(f.read().split()))
# stdin closed in the child: reading it fails.
print("closed stdin:", run(os.posix_spawn, "/bin/sh", ["sh", "-c", "cat 2>/dev/null"], {},
                           file_actions=[(os.POSIX_SPAWN_CLOSE, 0)]))
print("setsid:", run(os.posix_spawn, "/bin/sh", ["sh", "-c", "test $(ps -o sid= -p $$) -eq $$"], {"PATH": os.environ["PATH"]},
                     setsid=True))
print("setpgroup:", run(os.posix_spawn, "/bin/sh", ["sh", "-c", "test $(ps -o pgid= -p $$) -eq $$"], {"PATH": os.environ["PATH"]},
                        setpgroup=0))
run(os.posix_spawn, "/nonexistent/prog", ["x"], {})
run(os.posix_spawnp, "no-such-command-here", ["x"], {})
run(os.posix_spawn, "/bin/true", [], {})
run(os.posix_spawn, "/bin/true", "ab", {})
run(os.posix_spawn, "/bin/true", ["x"], {}, file_actions=[(9,)])
run(os.posix_spawn, "/bin/true", ["x"], {}, file_actions=[(os.POSIX_SPAWN_CLOSE,)])
run(os.posix_spawn, "/bin/true", ["x"], {},
    file_actions=[(os.POSIX_SPAWN_OPEN, 1, os.path.join(d, "missing", "x"), os.O_RDONLY, 0)])
os.unlink(out)
os.rmdir(d)
