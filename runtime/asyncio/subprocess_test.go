package asyncio

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestSubprocessAndStreams(t *testing.T) {
	var rec recorder
	run(t, func() {
		sub := A("subprocess")
		PIPE := py.GetAttr(sub, "PIPE")
		handle := coroFn("handle", 8, func(a []py.Object) py.Object {
			reader, writer := a[0], a[1]
			line := await(meth(reader, "readline"))
			meth(writer, "write", py.Add(py.Bytes("echo: "), meth(line, "upper")))
			await(meth(writer, "drain"))
			meth(writer, "close")
			await(meth(writer, "wait_closed"))
			return py.None
		})
		main := coroFn("main", 15, func(_ []py.Object) py.Object {
			exec, shell := A("create_subprocess_exec"), A("create_subprocess_shell")
			p := await(callKw(exec, []py.Object{S("cat")}, "stdin", PIPE, "stdout", PIPE))
			r := await(callKw(py.GetAttr(p, "communicate"), nil, "input", py.Bytes("through cat\n"))).(*py.Tuple)
			rec.add("cat: " + repr(r.Items[0]) + " " + repr(r.Items[1]) + " rc=" + str(py.GetAttr(p, "returncode")))
			p = await(callKw(shell, []py.Object{S("echo out; echo err 1>&2; exit 5")}, "stdout", PIPE, "stderr", PIPE))
			r = await(meth(p, "communicate")).(*py.Tuple)
			rec.add("shell: " + repr(r.Items[0]) + " " + repr(r.Items[1]) + " rc=" + str(py.GetAttr(p, "returncode")))
			p = await(call(exec, S("sleep"), S("5")))
			meth(p, "terminate")
			rec.add("terminated: " + str(await(meth(p, "wait"))))
			try(func() { await(call(exec, S("no-such-program-xyz"))) }, py.FileNotFoundErrorType, func(e *py.BaseException) {
				rec.add("FileNotFoundError " + str(py.GetAttr(e, "errno")) + " " + str(py.GetAttr(e, "filename")))
			}, nil)
			server := await(call(A("start_server"), builtinFn("handle", func(a []py.Object) py.Object { return handle(a...) }), S("127.0.0.1"), I(0)))
			port := py.GetItem(meth(py.GetItem(py.GetAttr(server, "sockets"), I(0)), "getsockname"), I(1))
			rw := await(call(A("open_connection"), S("127.0.0.1"), port)).(*py.Tuple)
			reader, writer := rw.Items[0], rw.Items[1]
			meth(writer, "write", py.Bytes("hello\n"))
			await(meth(writer, "drain"))
			rec.add("client got " + repr(await(meth(reader, "readline"))))
			rec.add("then EOF: " + repr(await(meth(reader, "read"))) + " at_eof=" + str(meth(reader, "at_eof")))
			meth(writer, "close")
			await(meth(writer, "wait_closed"))
			meth(server, "close")
			await(meth(server, "wait_closed"))
			rec.add("serving: " + str(meth(server, "is_serving")))
			return py.None
		})
		call(A("run"), main())
	})
	expectPy(t, "subprocess_streams", rec.lines)
}
