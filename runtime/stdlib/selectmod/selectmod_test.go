package selectmod

import (
	"syscall"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestSelectOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("select", n, args...) }
	}
	L := py.NewList
	I := func(i int) py.Object { return py.Int(i) }
	var p [2]int
	syscall.Pipe(p[:])
	defer syscall.Close(p[0])
	defer syscall.Close(p[1])
	r, w := I(p[0]), I(p[1])
	cases := []oracle.Case{
		{Py: `select.select([], [], [], -1)`, Go: c("select", L(), L(), L(), I(-1))},
		{Py: `select.select(1, [], [])`, Go: c("select", I(1), L(), L())},
		{Py: `select.select([-1], [], [], 0)`, Go: c("select", L(I(-1)), L(), L(), I(0))},
		{Py: `select.select([], [], [], "x")`, Go: c("select", L(), L(), L(), py.Str("x"))},
		{Py: `select.select([2000], [], [], 0)`, Go: c("select", L(I(2000)), L(), L(), I(0))},
		{Py: `select.select([object()], [], [], 0)`, Go: c("select", L(py.Call(py.ObjectType)), L(), L(), I(0))},
		{Py: `select.select([], [], [], float("nan"))`, Go: c("select", L(), L(), L(), py.Float(nan()))},
		{Py: `select.select([], [])`, Go: c("select", L(), L())},
		{Py: `select.poll().unregister(5)`, Go: func() py.Object { return py.CallMethod(c("poll")(), "unregister", I(5)) }},
		{Py: `select.poll().modify(5, 1)`, Go: func() py.Object { return py.CallMethod(c("poll")(), "modify", I(5), I(1)) }},
		{Py: `select.poll().register(-1)`, Go: func() py.Object { return py.CallMethod(c("poll")(), "register", I(-1)) }},
		{Py: `select.poll().register(5, -1)`, Go: func() py.Object { return py.CallMethod(c("poll")(), "register", I(5), I(-1)) }},
		{Py: `select.poll().register(5, 70000)`, Go: func() py.Object { return py.CallMethod(c("poll")(), "register", I(5), I(70000)) }},
		{Py: `select.poll().poll("x")`, Go: func() py.Object { return py.CallMethod(c("poll")(), "poll", py.Str("x")) }},
		{Py: `select.poll(1)`, Go: c("poll", I(1))},
		{Py: `select.epoll().unregister(999)`, Go: func() py.Object { return py.CallMethod(py.Call(oracle.Attr("select", "epoll")), "unregister", I(999)) }},
		{Py: `select.epoll().poll(maxevents=0)`, Go: func() py.Object {
			return py.CallKw(py.GetAttr(py.Call(oracle.Attr("select", "epoll")), "poll"), []py.Object{I(0)}, []string{"maxevents"})
		}},
		{Py: `select.epoll(sizehint=-5)`, Go: func() py.Object {
			return py.CallKw(oracle.Attr("select", "epoll"), []py.Object{I(-5)}, []string{"sizehint"})
		}},
		{Py: `(lambda e: (e.close(), e.closed, e.fileno()))(select.epoll())`, Go: func() py.Object {
			e := py.Call(oracle.Attr("select", "epoll"))
			return py.NewTuple(py.CallMethod(e, "close"), py.GetAttr(e, "closed"), py.CallMethod(e, "fileno"))
		}},
		{Py: `sorted((k, v) for k, v in vars(select).items() if k.isupper())`, Go: func() py.Object {
			l := py.NewList()
			py.Import("select").Dict.Items(func(k, v py.Object) bool {
				if py.Truth(py.CallMethod(k, "isupper")) {
					l.Items = append(l.Items, py.NewTuple(k, v))
				}
				return true
			})
			py.CallMethod(l, "sort")
			return l
		}},
	}
	oracle.Run(t, "import select", cases)

	// Readiness on a pipe, through the three interfaces.
	got := oracle.Call("select", "select", L(r), L(w), L(), I(0))
	if s := py.Repr(got); s != "([], ["+py.Repr(w)+"], [])" {
		t.Errorf("select on an empty pipe: %s", s)
	}
	syscall.Write(p[1], []byte("x"))
	got = oracle.Call("select", "select", L(r), L(), L(), py.Float(1))
	if s := py.Repr(got); s != "(["+py.Repr(r)+"], [], [])" {
		t.Errorf("select on a readable pipe: %s", s)
	}
	pl := oracle.Call("select", "poll")
	py.CallMethod(pl, "register", r, I(1))
	if s := py.Repr(py.CallMethod(pl, "poll", I(100))); s != "[("+py.Repr(r)+", 1)]" {
		t.Errorf("poll: %s", s)
	}
	ep := py.Call(oracle.Attr("select", "epoll"))
	py.CallMethod(ep, "register", r, I(1))
	if s := py.Repr(py.CallMethod(ep, "poll", py.Float(0.1))); s != "[("+py.Repr(r)+", 1)]" {
		t.Errorf("epoll: %s", s)
	}
	py.CallMethod(ep, "close")
}

func nan() float64 { z := 0.0; return z / z }
