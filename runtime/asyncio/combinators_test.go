package asyncio

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// asyncWith runs body inside `async with cm as v`.
func asyncWith(cm py.Object, body func(v py.Object)) {
	v := await(meth(cm, "__aenter__"))
	e := catch(func() { body(v) })
	if e != nil {
		var tb py.Object = py.None
		if r := await(meth(cm, "__aexit__", e.Type(), e, tb)); !py.Truth(r) {
			panic(e)
		}
		return
	}
	await(meth(cm, "__aexit__", py.None, py.None, py.None))
}

func TestCombinators(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep, ct, CE := A("sleep"), A("create_task"), A("CancelledError")
		job := coroFn("job", 8, func(a []py.Object) py.Object {
			name := str(a[0])
			try(func() { await(call(sleep, a[1])) }, CE, func(*py.BaseException) {
				rec.add(name, "cancelled")
				py.Reraise()
			}, nil)
			if len(a) > 2 && py.Truth(a[2]) {
				py.Raise(py.NewException(py.ValueErrorType, a[0]))
			}
			rec.add(name, "done")
			return a[0]
		})
		kw := func(f py.Object, args []py.Object, k string, v py.Object) py.Object {
			return callKw(f, args, k, v)
		}
		listOf := func(set py.Object, f func(py.Object) string) string {
			var parts []string
			for _, x := range py.AppendStar(nil, set) {
				parts = append(parts, f(x))
			}
			return "[" + strings.Join(parts, ", ") + "]"
		}
		main := coroFn("main", 20, func(_ []py.Object) py.Object {
			gather := A("gather")
			r := await(kw(gather, []py.Object{job(S("g1"), F(0.1)), job(S("g2"), F(0.05))}, "return_exceptions", py.True))
			rec.add("gather: " + str(r))
			r = await(kw(gather, []py.Object{job(S("e1"), F(0.05), py.True), call(sleep, F(0.1), S("x"))}, "return_exceptions", py.True))
			rec.add("gather return_exceptions: " + repr(r))
			try(func() { await(call(gather, job(S("f1"), F(0.05), py.True), job(S("f2"), F(0.1)))) },
				py.ValueErrorType, func(e *py.BaseException) { rec.add("gather raised " + repr(e)) }, nil)
			await(call(sleep, F(0.1)))
			g := call(gather, job(S("c1"), F(0.3)), job(S("c2"), F(0.3)))
			await(call(sleep, I(0)))
			rec.add("gather cancel: " + str(meth(g, "cancel")))
			try(func() { await(g) }, CE, func(*py.BaseException) { rec.add("gather awaited: CancelledError") }, nil)

			t1 := call(ct, job(S("w1"), F(0.05)))
			t2 := call(ct, job(S("w2"), F(0.3)))
			res := await(kw(A("wait"), []py.Object{py.NewSet(t1, t2)}, "return_when", A("FIRST_COMPLETED"))).(*py.Tuple)
			rec.add("wait first: done=" + listOf(res.Items[0], func(x py.Object) string { return repr(meth(x, "result")) }) +
				" pending=" + str(I(py.Len(res.Items[1]))))
			res = await(kw(A("wait"), []py.Object{py.NewSet(t2)}, "timeout", F(0.05))).(*py.Tuple)
			rec.add("wait timeout: done=" + str(I(py.Len(res.Items[0]))) + " pending=" + str(I(py.Len(res.Items[1]))))
			meth(t2, "cancel")
			t3 := call(ct, job(S("x1"), F(0.05), py.True))
			t4 := call(ct, job(S("x2"), F(0.3)))
			res = await(kw(A("wait"), []py.Object{py.NewList(t3, t4)}, "return_when", A("FIRST_EXCEPTION"))).(*py.Tuple)
			rec.add("wait first exception: done=" + str(I(py.Len(res.Items[0]))) + " pending=" + str(I(py.Len(res.Items[1]))) +
				" exc=" + repr(meth(t3, "exception")))
			meth(t4, "cancel")
			try(func() { await(kw(A("wait_for"), []py.Object{job(S("wf"), F(0.3))}, "timeout", F(0.05))) },
				A("TimeoutError"), func(e *py.BaseException) {
					rec.add("wait_for timed out: " + e.Type().Name + " cause=" + e.Cause.Type().Name)
				}, nil)
			rec.add("wait_for in time: " + str(await(kw(A("wait_for"), []py.Object{job(S("wf2"), F(0.01))}, "timeout", I(1)))))

			inner := call(ct, job(S("sh"), F(0.1)))
			outer := call(A("shield"), inner)
			await(call(sleep, I(0)))
			meth(outer, "cancel")
			try(func() { await(outer) }, CE, func(*py.BaseException) {
				rec.add("shield outer cancelled; inner cancelled: " + str(meth(inner, "cancelled")))
			}, nil)
			rec.add("inner result: " + str(await(inner)))

			it := py.GetIter(call(A("as_completed"), py.NewList(job(S("ac1"), F(0.15)), job(S("ac2"), F(0.05)), job(S("ac3"), F(0.1)))))
			for {
				c, ok := py.Next(it)
				if !ok {
					break
				}
				rec.add("as_completed: " + str(await(c)))
			}
			var cm py.Object
			try(func() {
				cm = call(A("timeout"), F(0.05))
				asyncWith(cm, func(py.Object) { await(job(S("to"), F(0.3))) })
			}, py.TimeoutErrorType, func(*py.BaseException) { rec.add("timeout(): expired=" + str(meth(cm, "expired"))) }, nil)
			try(func() {
				asyncWith(call(A("TaskGroup")), func(tg py.Object) {
					meth(tg, "create_task", job(S("tg1"), F(0.05)))
					meth(tg, "create_task", job(S("tg2"), F(0.1), py.True))
					meth(tg, "create_task", job(S("tg3"), F(0.3)))
				})
			}, py.ExceptionGroupType, func(e *py.BaseException) {
				rec.add("TaskGroup: " + repr(py.GetAttr(e, "exceptions")))
			}, nil)
			return py.None
		})
		call(A("run"), main())
	})
	expectPy(t, "combinators", rec.lines)
}
