"""os functions os.py writes over fork(): spawn* (all eight), popen (read, write, exit status),
fdopen, fwalk (topdown, bottom-up, bytes)."""
import os, shutil, sys, tempfile
work = tempfile.mkdtemp()
os.chdir(work)
for d in ("tree/a/b", "tree/c"):
    os.makedirs(d)
for f in ("tree/x.txt", "tree/a/y.txt", "tree/a/b/z.txt"):
    open(f, "w").close()
os.symlink("../c", "tree/a/linkc")
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 3"]))
print(os.spawnlp(os.P_WAIT, "true", "true"), os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "kill -9 $$"))
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", 'exit $CODE'], {"CODE": "7"}), os.spawnlpe(os.P_WAIT, "sh", "sh", "-c", "exit $C", {"C": "4", "PATH": os.environ["PATH"]}))
pid = os.spawnvp(os.P_NOWAIT, "sh", ["sh", "-c", "exit 5"]); print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.spawnv(os.P_WAIT, "/nonexistent/x", ["x"]))
for bad in (lambda: os.spawnv(os.P_WAIT, "/bin/true", "x"), lambda: os.spawnv(os.P_WAIT, "/bin/true", [])):
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
with os.popen("echo hello; echo world") as p:
    print(p.read().split())
p = os.popen("exit 2"); print(p.read() == "", p.close())
print(os.popen("printf 'a\\nb\\n'").readlines(), os.popen("true").close())
w = os.popen("cat > popen_out.txt", "w"); w.write("written\n"); print(w.close())
print(open("popen_out.txt").read().strip()); os.remove("popen_out.txt")
for bad in (lambda: os.popen(5), lambda: os.popen("x", "rb"), lambda: os.popen("x", "r", 0)):
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
r, w = os.pipe()
with os.fdopen(w, "w") as f: f.write("via fdopen")
with os.fdopen(r) as f: print(f.read())
try: os.fdopen("3")
except TypeError as e: print(e)
sys.stdout.flush()
os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "echo from child"])
p = os.popen("true"); print(type(p).__name__); p.close()  # closed: its sh must not start after rmtree(work)
for root, dirs, files, rootfd in os.fwalk("tree"):
    dirs.sort(); print(root, dirs, sorted(files), isinstance(rootfd, int))
print([r for r, d, f, fd in os.fwalk("tree", topdown=False)][-1], [r for r, *_ in os.fwalk(b"tree")][:1])
try: list(os.fwalk("missing-dir"))
except FileNotFoundError as e: print("FileNotFoundError", e.filename)
os.chdir('/')
shutil.rmtree(work)
