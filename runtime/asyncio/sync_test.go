package asyncio

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func TestSyncAndQueues(t *testing.T) {
	var rec recorder
	run(t, func() {
		sleep, ct, gather := A("sleep"), A("create_task"), A("gather")
		locker := coroFn("locker", 8, func(a []py.Object) py.Object {
			asyncWith(a[0], func(py.Object) {
				rec.add(str(a[1]) + " holds lock")
				await(call(sleep, I(0)))
			})
			rec.add(str(a[1]) + " released")
			return py.None
		})
		waiter := coroFn("waiter", 14, func(a []py.Object) py.Object {
			rec.add(str(a[1]) + " waits")
			await(meth(a[0], "wait"))
			rec.add(str(a[1]) + " woke")
			return py.None
		})
		semUser := coroFn("sem_user", 19, func(a []py.Object) py.Object {
			asyncWith(a[0], func(py.Object) {
				rec.add(str(a[1]) + " in semaphore")
				await(call(sleep, F(0.01)))
			})
			return py.None
		})
		condWaiter := coroFn("cond_waiter", 24, func(a []py.Object) py.Object {
			asyncWith(a[0], func(py.Object) {
				await(meth(a[0], "wait"))
				rec.add(str(a[1]) + " notified")
			})
			return py.None
		})
		consumer := coroFn("consumer", 29, func(a []py.Object) py.Object {
			for {
				item := await(meth(a[0], "get"))
				rec.add(str(a[1]) + " got " + str(item))
				await(call(sleep, I(0)))
				meth(a[0], "task_done")
			}
		})
		each := func(names string, f func(n py.Object) py.Object) []py.Object {
			var out []py.Object
			for _, n := range names {
				out = append(out, f(S(string(n))))
			}
			return out
		}
		main := coroFn("main", 36, func(_ []py.Object) py.Object {
			lock := call(A("Lock"))
			r := repr(lock)
			rec.add(strings.Split(r, " at ")[0] + " " + r[strings.LastIndex(r, " ")+1:])
			await(call(gather, each("abc", func(n py.Object) py.Object { return locker(lock, n) })...))
			ev := call(A("Event"))
			ts := each("xyz", func(n py.Object) py.Object { return call(ct, waiter(ev, n)) })
			await(call(sleep, I(0)))
			rec.add("event set; is_set before: " + str(meth(ev, "is_set")))
			meth(ev, "set")
			await(call(gather, ts...))
			sem := call(A("Semaphore"), I(2))
			await(call(gather, each("pqrs", func(n py.Object) py.Object { return semUser(sem, n) })...))
			bs := call(A("BoundedSemaphore"), I(1))
			await(meth(bs, "acquire"))
			meth(bs, "release")
			try(func() { meth(bs, "release") }, py.ValueErrorType, func(e *py.BaseException) {
				rec.add("BoundedSemaphore: " + str(e))
			}, nil)
			cond := call(A("Condition"))
			cs := each("mn", func(n py.Object) py.Object { return call(ct, condWaiter(cond, n)) })
			await(call(sleep, I(0)))
			asyncWith(cond, func(py.Object) { meth(cond, "notify", I(1)) })
			await(call(sleep, I(0)))
			asyncWith(cond, func(py.Object) { meth(cond, "notify_all") })
			await(call(gather, cs...))
			q := callKw(A("Queue"), nil, "maxsize", I(2))
			var workers []py.Object
			for i := 0; i < 2; i++ {
				workers = append(workers, call(ct, consumer(q, S("w"+str(I(i))))))
			}
			for i := 0; i < 5; i++ {
				await(meth(q, "put", I(i)))
				rec.add("put " + str(I(i)) + " qsize=" + str(meth(q, "qsize")))
			}
			await(meth(q, "join"))
			rec.add("queue joined")
			for _, w := range workers {
				meth(w, "cancel")
			}
			pq := call(A("PriorityQueue"))
			for _, it := range []py.Object{py.NewTuple(I(3), S("c")), py.NewTuple(I(1), S("a")), py.NewTuple(I(2), S("b")), py.NewTuple(I(1), S("aa"))} {
				meth(pq, "put_nowait", it)
			}
			var got []py.Object
			for i := 0; i < 4; i++ {
				got = append(got, meth(pq, "get_nowait"))
			}
			rec.add("priority: " + repr(py.NewList(got...)))
			lq := call(A("LifoQueue"))
			for i := 0; i < 3; i++ {
				meth(lq, "put_nowait", I(i))
			}
			got = nil
			for i := 0; i < 3; i++ {
				got = append(got, meth(lq, "get_nowait"))
			}
			rec.add("lifo: " + repr(py.NewList(got...)))
			try(func() { meth(lq, "get_nowait") }, A("QueueEmpty"), func(*py.BaseException) { rec.add("QueueEmpty") }, nil)
			fq := call(A("Queue"), I(1))
			meth(fq, "put_nowait", S("x"))
			try(func() { meth(fq, "put_nowait", S("y")) }, A("QueueFull"), func(*py.BaseException) {
				r := repr(fq)
				rec.add("QueueFull " + strings.Split(r, " at ")[0] + " " + strings.SplitN(r, " ", 4)[3])
			}, nil)
			return py.None
		})
		call(A("run"), main())
	})
	expectPy(t, "sync_queue", rec.lines)
}
