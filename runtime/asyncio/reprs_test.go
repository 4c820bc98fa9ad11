package asyncio

import (
	"sort"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/contextvars"
)

func TestReprsAndRunner(t *testing.T) {
	var rec recorder
	fix := func(s string) string {
		s = strings.ReplaceAll(s, "/t/main.py", "FILE")
		return strings.ReplaceAll(s, "/usr/lib/python3.11/asyncio", "<stdlib>")
	}
	run(t, func() {
		sleep, ct := A("sleep"), A("create_task")
		cv := callKw(py.GetAttr(py.Import("contextvars"), "ContextVar"), []py.Object{S("var")}, "default", S("unset"))
		work := coroFn("work", 11, func(_ []py.Object) py.Object {
//line /t/main.py:12
			await(call(sleep, F(0.05)))
			return I(7)
		})
		forever := coroFn("forever", 15, func(a []py.Object) py.Object {
			try(func() { await(call(sleep, I(10))) }, nil, nil, func() { rec.add(str(a[0]) + " cleaned up by close()") })
			return py.None
		})
		main := coroFn("main", 21, func(_ []py.Object) py.Object {
			loop := call(A("get_running_loop"))
			f := meth(loop, "create_future")
			rec.add(repr(f))
			meth(f, "add_done_callback", builtinFn("<lambda>", func([]py.Object) py.Object { return py.None }))
			meth(f, "set_result", py.Mul(S("the answer"), I(4)))
			rec.add(repr(f))
			g := meth(loop, "create_future")
			meth(g, "cancel")
			rec.add(repr(g))
			h := meth(loop, "create_future")
			meth(h, "set_exception", py.NewException(py.KeyErrorType, S("k")))
			rec.add(repr(h))
			meth(h, "exception")
			tk := call(ct, work())
			rec.add(fix(repr(tk)))
			await(call(sleep, I(0)))
			rec.add(fix(repr(tk)))
			meth(tk, "cancel")
			rec.add(fix(repr(tk)))
			try(func() { await(tk) }, A("CancelledError"), func(*py.BaseException) {}, nil)
			rec.add(fix(repr(tk)))
			t2 := callKw(ct, []py.Object{work()}, "name", S("named"))
			await(t2)
			rec.add(fix(repr(t2)))
//line /t/main.py:49
			rec.add(fix(repr(call(A("current_task")))))
			return py.None
		})
		nameAndVar := coroFn("name_and_var", 51, func(a []py.Object) py.Object {
			cur := call(A("current_task"))
			rec.add(str(meth(cur, "get_name")) + " sees " + str(meth(cv, "get")))
			if a[0] != py.None {
				meth(cv, "set", a[0])
			}
			call(ct, forever(meth(cur, "get_name")))
			return py.None
		})
		taskNameCounter = 0
		call(A("run"), main())
		runner := call(A("Runner"))
		asyncWithSync(runner, func() {
			meth(runner, "run", nameAndVar(S("first")))
			meth(runner, "run", nameAndVar(py.None))
		})
		rec.add("outside: " + str(meth(cv, "get")))
		call(A("run"), nameAndVar(py.None))
	})
	// Cleanup runs sorted, as the script sorts them (CPython's order
	// varies from run to run).
	lines := rec.lines
	for i := 0; i < len(lines); {
		j := i
		for j < len(lines) && strings.HasSuffix(lines[j], "cleaned up by close()") {
			j++
		}
		sort.Strings(lines[i:j])
		if j == i {
			j++
		}
		i = j
	}
	expectPy(t, "reprs_runner", lines)
}

// asyncWithSync is a plain `with cm:` block.
func asyncWithSync(cm py.Object, body func()) {
	meth(cm, "__enter__")
	e := catch(body)
	if e != nil {
		meth(cm, "__exit__", e.Type(), e, py.None)
		panic(e)
	}
	meth(cm, "__exit__", py.None, py.None, py.None)
}
