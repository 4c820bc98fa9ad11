package collections

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Deque is collections.deque: a ring buffer, so that both ends take and
// give items in constant time without allocating once it has room (a
// queue that appends and pops left at the same pace reuses its slots).
type Deque struct {
	// buf holds the items from head on, wrapping around: its length is
	// 0 or a power of two, the free slots are nil.
	buf  []py.Object
	head int
	n    int
	// maxlen is -1 when unbounded.
	maxlen int
	// state moves on every change that iterators must notice (CPython's
	// deque->state): adding or removing items, rotating; not a store
	// into a slot nor reverse().
	state uint
	cls   *py.Type
	dict  *py.Dict
}

var (
	DequeType        *py.Type
	dequeIterType    *py.Type
	dequeRevIterType *py.Type
	// deque's __len__, __iter__ and __contains__: a subclass's own
	// are len()'s, iter()'s and in's.
	dequeLen, dequeIterM, dequeContains py.Object
	// dequeReprActive: the deques whose repr is being made (a deque in
	// itself shows as [...]).
	dequeReprActive = map[*Deque]bool{}
)

const (
	dequeMinRoom    = 8
	errDequeMutated = "deque mutated during iteration"
	errDequeEmpty   = "pop from an empty deque"
	errDequeIndex   = "deque index out of range"
	errDequeFull    = "deque already at its maximum size"
	errNotInDeque   = " is not in deque"
)

func (d *Deque) Type() *py.Type {
	if d.cls != nil {
		return d.cls
	}
	return DequeType
}

func (d *Deque) InstanceDict() *py.Dict { return d.dict }

// Len is len(d): a subclass's own __len__ when it has one.
func (d *Deque) Len() int {
	if d.cls != nil && d.cls.Lookup("__len__") != dequeLen {
		n := py.Index(py.CallMethod(d, "__len__"))
		if n < 0 {
			panic(py.NewError(py.ValueErrorType, "__len__() should return >= 0"))
		}
		return n
	}
	return d.n
}

// at is the item at i, 0 <= i < d.n.
func (d *Deque) at(i int) py.Object { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *Deque) setAt(i int, v py.Object) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// items is a copy of the items, in order.
func (d *Deque) items() []py.Object {
	out := make([]py.Object, d.n)
	d.copyTo(out)
	return out
}

func (d *Deque) copyTo(dst []py.Object) {
	if d.n == 0 {
		return
	}
	if end := d.head + d.n; end <= len(d.buf) {
		copy(dst, d.buf[d.head:end])
	} else {
		k := copy(dst, d.buf[d.head:])
		copy(dst[k:], d.buf[:end-len(d.buf)])
	}
}

// setItems makes items (not kept) the content.
func (d *Deque) setItems(items []py.Object) {
	size := dequeMinRoom
	for size < len(items) {
		size *= 2
	}
	d.buf = make([]py.Object, size)
	copy(d.buf, items)
	d.head, d.n = 0, len(items)
}

// resize moves the items to a buffer of size slots (a power of two, at
// least d.n).
func (d *Deque) resize(size int) {
	nb := make([]py.Object, size)
	d.copyTo(nb)
	d.buf, d.head = nb, 0
}

// The raw end operations: no state change, no maxlen.

func (d *Deque) pushRight(x py.Object) {
	if d.n == len(d.buf) {
		d.resize(max(dequeMinRoom, 2*len(d.buf)))
	}
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = x
	d.n++
}

func (d *Deque) pushLeft(x py.Object) {
	if d.n == len(d.buf) {
		d.resize(max(dequeMinRoom, 2*len(d.buf)))
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = x
	d.n++
}

// takeRight and takeLeft clear the slot they empty: it would keep the
// value alive.
func (d *Deque) takeRight() py.Object {
	i := (d.head + d.n - 1) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	return v
}

func (d *Deque) takeLeft() py.Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v
}

// shrink gives back most of a buffer the deque no longer fills.
func (d *Deque) shrink() {
	if size := len(d.buf); size > 64 && d.n < size/4 {
		d.resize(size / 2)
	}
}

// The operations with CPython's behaviour: the state moves, maxlen trims
// from the other end.

func (d *Deque) appendRight(x py.Object) {
	if d.n < len(d.buf) && d.maxlen < 0 {
		// Room and no bound: pushRight's store, inlined.
		d.buf[(d.head+d.n)&(len(d.buf)-1)] = x
		d.n++
		d.state++
		return
	}
	d.pushRight(x)
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.takeLeft()
	}
}

func (d *Deque) appendLeft(x py.Object) {
	d.pushLeft(x)
	d.state++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.takeRight()
	}
}

func (d *Deque) popRight() py.Object {
	if d.n == 0 {
		panic(py.NewError(py.IndexErrorType, errDequeEmpty))
	}
	v := d.takeRight()
	d.state++
	if d.n < len(d.buf)/4 {
		d.shrink()
	}
	return v
}

func (d *Deque) popLeft() py.Object {
	if d.n == 0 {
		panic(py.NewError(py.IndexErrorType, errDequeEmpty))
	}
	v := d.takeLeft()
	d.state++
	if d.n < len(d.buf)/4 {
		d.shrink()
	}
	return v
}

func (d *Deque) clear() {
	if d.n == 0 {
		return
	}
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// extend is deque.extend(it) (left: extendleft).
func (d *Deque) extend(it py.Object, left bool) {
	if x, ok := it.(*Deque); ok && x == d {
		// Extending a deque by itself: its items as they were.
		it = py.NewList(d.items()...)
	}
	iter := py.GetIter(it)
	if d.maxlen == 0 {
		// Nothing is kept, nothing changes: the iterable is consumed.
		for {
			if _, ok := py.Next(iter); !ok {
				return
			}
		}
	}
	for {
		x, ok := py.Next(iter)
		if !ok {
			return
		}
		if left {
			d.appendLeft(x)
		} else {
			d.appendRight(x)
		}
	}
}

// rotate is deque.rotate(k): k steps to the right (negative: left).
func (d *Deque) rotate(k int) {
	n := d.n
	if n <= 1 {
		return
	}
	d.state++
	k %= n
	if k < 0 {
		k += n
	}
	if k == 0 {
		return
	}
	if n == len(d.buf) {
		// A full buffer turns in place.
		d.head = (d.head - k) & (len(d.buf) - 1)
		return
	}
	if k <= n/2 {
		for ; k > 0; k-- {
			d.pushLeft(d.takeRight())
		}
	} else {
		for k = n - k; k > 0; k-- {
			d.pushRight(d.takeLeft())
		}
	}
}

// reverse is deque.reverse(): in place, iterators go on.
func (d *Deque) reverse() {
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		a, b := d.at(i), d.at(j)
		d.setAt(i, b)
		d.setAt(j, a)
	}
}

// delete removes the item at i, 0 <= i < d.n (del d[i]: two rotations
// in CPython, so the state moves).
func (d *Deque) delete(i int) {
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.setAt(j, d.at(j-1))
		}
		d.takeLeft()
	} else {
		for j := i; j < d.n-1; j++ {
			d.setAt(j, d.at(j+1))
		}
		d.takeRight()
	}
	d.state++
	d.shrink()
}

// insert is deque.insert(i, x), i already converted.
func (d *Deque) insert(i int, x py.Object) {
	n := d.n
	if d.maxlen == n {
		panic(py.NewError(py.IndexErrorType, errDequeFull))
	}
	switch {
	case i >= n:
		d.appendRight(x)
		return
	case i <= -n || i == 0:
		d.appendLeft(x)
		return
	case i < 0:
		i += n
	}
	d.pushRight(x)
	for j := d.n - 1; j > i; j-- {
		d.setAt(j, d.at(j-1))
	}
	d.setAt(i, x)
	d.state++
}

// find is the index of the first item equal to v in [start, stop), -1
// when none is: a comparison that changes the deque is an error.
func (d *Deque) find(v py.Object, start, stop int, mutated *py.Type) int {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		x := d.at(i)
		eq := py.SameObject(x, v) || py.Eq(x, v)
		if d.state != state {
			panic(py.NewError(mutated, errDequeMutated))
		}
		if eq {
			return i
		}
	}
	return -1
}

// Contains is x in d: a subclass's own __contains__ when it has one.
func (d *Deque) Contains(x py.Object) bool {
	if d.cls != nil && d.cls.Lookup("__contains__") != dequeContains {
		return py.Truth(py.CallMethod(d, "__contains__", x))
	}
	return d.find(x, 0, d.n, py.RuntimeErrorType) >= 0
}

func (d *Deque) RichCompare(other py.Object, op py.CmpOp) (bool, bool) {
	o, ok := other.(*Deque)
	if !ok {
		return false, false
	}
	return py.Truth(py.Compare(py.NewList(d.seq()...), py.NewList(o.seq()...), op)), true
}

// seq is the items as iteration gives them: a subclass's own __iter__'s
// (repr and comparisons iterate, as deque_repr and deque_richcompare do).
func (d *Deque) seq() []py.Object {
	if d.cls != nil && d.cls.Lookup("__iter__") != dequeIterM {
		return py.AppendStar(nil, d)
	}
	return d.items()
}

func (d *Deque) String() string {
	if dequeReprActive[d] {
		return "[...]"
	}
	dequeReprActive[d] = true
	defer delete(dequeReprActive, d)
	s := d.Type().Name + "(" + py.ReprList(d.seq())
	if d.maxlen >= 0 {
		s += fmt.Sprintf(", maxlen=%d", d.maxlen)
	}
	return s + ")"
}

// Iter is iter(d): a subclass's own __iter__ when it has one.
func (d *Deque) Iter() py.Object {
	if d.cls != nil && d.cls.Lookup("__iter__") != dequeIterM {
		it := py.CallMethod(d, "__iter__")
		if _, ok := it.(py.Iterator); !ok && py.LookupSpecial(it, "__next__") == nil {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("iter() returned non-iterator of type '%s'", it.Type().Name)))
		}
		return it
	}
	return d.iter(false)
}

// iter is an iterator over d (rev: from the right).
func (d *Deque) iter(rev bool) *dequeIter {
	return &dequeIter{d: d, left: d.n, state: d.state, rev: rev}
}

// dequeIter is _deque_iterator and (rev) _deque_reverse_iterator.
type dequeIter struct {
	d     *Deque
	i     int // items taken
	left  int // items to go
	state uint
	rev   bool
}

func (it *dequeIter) Type() *py.Type {
	if it.rev {
		return dequeRevIterType
	}
	return dequeIterType
}

func (it *dequeIter) Next() (py.Object, bool) {
	d := it.d
	if d.state != it.state {
		it.left = 0
		panic(py.NewError(py.RuntimeErrorType, errDequeMutated))
	}
	if it.left == 0 {
		return nil, false
	}
	i := it.i
	if it.rev {
		i = d.n - 1 - i
	}
	it.i++
	it.left--
	return d.at(i), true
}

// dequeOf is the deque a method was called on.
func dequeOf(name string, args []py.Object) *Deque {
	if len(args) > 0 {
		if d, ok := args[0].(*Deque); ok {
			return d
		}
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", name, args[0].Type().Name)))
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("unbound method deque.%s() needs an argument", name)))
}

// copy is d.copy(): a call of d's class when that is a subclass, as
// deque_copy.
func (d *Deque) copy() py.Object {
	if d.cls == nil {
		c := &Deque{maxlen: d.maxlen}
		c.setItems(d.items())
		return c
	}
	var r py.Object
	if d.maxlen < 0 {
		r = py.Call(d.cls, d)
	} else {
		r = py.Call(d.cls, d, py.Int(d.maxlen))
	}
	if _, ok := r.(*Deque); !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() must return a deque, not %s", d.cls.Name, r.Type().Name)))
	}
	return r
}

// repeat is d *= n.
func (d *Deque) repeat(n int) {
	if n <= 0 {
		d.clear()
		return
	}
	if d.n == 0 || n == 1 {
		return
	}
	items := d.items()
	total := len(items) * n
	if d.maxlen >= 0 && total > d.maxlen {
		// Only the last maxlen items of the repetition stay.
		total = d.maxlen
	} else if total/n != len(items) {
		panic(py.NewError(py.MemoryErrorType, ""))
	}
	out := make([]py.Object, total)
	for i := range out {
		// Item i of the result is item len*n-total+i of the repetition.
		out[i] = items[(len(items)*n-total+i)%len(items)]
	}
	d.setItems(out)
	d.state++
}

// seqIndex is a deque index: an int, negative from the end.
func (d *Deque) seqIndex(k py.Object) int {
	if !isIndex(k) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("sequence index must be integer, not '%s'", k.Type().Name)))
	}
	i := py.Index(k)
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		panic(py.NewError(py.IndexErrorType, errDequeIndex))
	}
	return i
}

func isIndex(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return py.LookupSpecial(o, "__index__") != nil
}

// sliceIndex is an index argument of index(): __index__ or an error.
func sliceIndex(o py.Object) int {
	if !isIndex(o) {
		panic(py.NewError(py.TypeErrorType, "slice indices must be integers or have an __index__ method"))
	}
	return py.Index(o)
}

func setupDeque() {
	py.SetSubclassable(DequeType)
	py.SetExactNoDict(DequeType)
	py.SetCollectionFlags(DequeType, py.FlagSequence) // Py_TPFLAGS_SEQUENCE: a sequence pattern matches it
	py.SetNewInstance(DequeType, func(t *py.Type) py.Object {
		d := &Deque{maxlen: -1}
		if t != DequeType {
			d.cls, d.dict = t, py.NewDict()
		}
		return d
	})
	dm := func(name string, fn func(d *Deque, args []py.Object, kw []string) py.Object) *py.BuiltinFunction {
		return py.AddMethod(DequeType, name, func(args []py.Object, kw []string) py.Object {
			return fn(dequeOf(name, args), args[1:], kw)
		})
	}
	// METH_NOARGS and METH_O methods, with their messages.
	noArgs := func(name string, fn func(d *Deque) py.Object) *py.BuiltinFunction {
		b := dm(name, func(d *Deque, args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("deque.%s() takes no keyword arguments", name)))
			}
			if len(args) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("deque.%s() takes no arguments (%d given)", name, len(args))))
			}
			return fn(d)
		})
		// The entry without an argument slice; anything but a deque
		// takes the method itself.
		b.SetFast(func(self py.Object) py.Object {
			if d, ok := self.(*Deque); ok {
				return fn(d)
			}
			return b.Fn([]py.Object{self}, nil)
		})
		return b
	}
	oneArg := func(name string, fn func(d *Deque, x py.Object) py.Object) *py.BuiltinFunction {
		b := dm(name, func(d *Deque, args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("deque.%s() takes no keyword arguments", name)))
			}
			if len(args) != 1 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("deque.%s() takes exactly one argument (%d given)", name, len(args))))
			}
			return fn(d, args[0])
		})
		b.SetFast(func(self, x py.Object) py.Object {
			if d, ok := self.(*Deque); ok {
				return fn(d, x)
			}
			return b.Fn([]py.Object{self, x}, nil)
		})
		return b
	}
	dm("__init__", func(d *Deque, args []py.Object, kw []string) py.Object {
		if len(args) > 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("deque() takes at most 2 arguments (%d given)", len(args))))
		}
		var iterable, maxlen py.Object
		npos := len(args) - len(kw)
		if npos > 0 {
			iterable = args[0]
		}
		if npos > 1 {
			maxlen = args[1]
		}
		for i, k := range kw {
			v := args[npos+i]
			switch {
			case k == "iterable" && npos < 1:
				iterable = v
			case k == "maxlen" && npos < 2:
				maxlen = v
			case k == "iterable" || k == "maxlen":
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument for deque() given by name ('%s') and position (%d)", k, map[string]int{"iterable": 1, "maxlen": 2}[k])))
			default:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' is an invalid keyword argument for deque()", k)))
			}
		}
		m := -1
		if maxlen != nil && maxlen != py.None {
			switch maxlen.(type) {
			case py.Int, py.Bool, *py.BigInt:
			default:
				if !py.IsInstance(maxlen, py.IntType) {
					panic(py.NewError(py.TypeErrorType, "an integer is required"))
				}
			}
			m = py.SsizeArg(maxlen)
			if m < 0 {
				panic(py.NewError(py.ValueErrorType, "maxlen must be non-negative"))
			}
		}
		d.maxlen = m
		d.clear()
		if iterable != nil {
			d.extend(iterable, false)
		}
		return py.None
	})
	appendM := oneArg("append", func(d *Deque, x py.Object) py.Object { d.appendRight(x); return py.None })
	// The commonest calls take no closure between the call site and
	// the deque.
	appendM.SetFast(func(self, x py.Object) py.Object {
		if d, ok := self.(*Deque); ok {
			d.appendRight(x)
			return py.None
		}
		return appendM.Fn([]py.Object{self, x}, nil)
	})
	oneArg("appendleft", func(d *Deque, x py.Object) py.Object { d.appendLeft(x); return py.None })
	oneArg("extend", func(d *Deque, x py.Object) py.Object { d.extend(x, false); return py.None })
	oneArg("extendleft", func(d *Deque, x py.Object) py.Object { d.extend(x, true); return py.None })
	popM := noArgs("pop", (*Deque).popRight)
	popM.SetFast(func(self py.Object) py.Object {
		if d, ok := self.(*Deque); ok {
			return d.popRight()
		}
		return popM.Fn([]py.Object{self}, nil)
	})
	popLeftM := noArgs("popleft", (*Deque).popLeft)
	popLeftM.SetFast(func(self py.Object) py.Object {
		if d, ok := self.(*Deque); ok {
			return d.popLeft()
		}
		return popLeftM.Fn([]py.Object{self}, nil)
	})
	noArgs("clear", func(d *Deque) py.Object { d.clear(); return py.None })
	noArgs("copy", (*Deque).copy)
	noArgs("__copy__", (*Deque).copy)
	noArgs("reverse", func(d *Deque) py.Object { d.reverse(); return py.None })
	oneArg("count", func(d *Deque, v py.Object) py.Object {
		state, n := d.state, 0
		for i := 0; i < d.n; i++ {
			x := d.at(i)
			eq := py.SameObject(x, v) || py.Eq(x, v)
			if d.state != state {
				panic(py.NewError(py.RuntimeErrorType, errDequeMutated))
			}
			if eq {
				n++
			}
		}
		return py.Int(n)
	})
	dm("index", func(d *Deque, args []py.Object, kw []string) py.Object {
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "index() takes no keyword arguments"))
		}
		if len(args) < 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("index() takes at least 1 argument (%d given)", len(args))))
		}
		if len(args) > 3 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("index() takes at most 3 arguments (%d given)", len(args))))
		}
		start, stop := 0, d.n
		if len(args) > 1 {
			start = sliceIndex(args[1])
		}
		if len(args) > 2 {
			stop = sliceIndex(args[2])
		}
		if start < 0 {
			start = max(start+d.n, 0)
		}
		if stop < 0 {
			stop = max(stop+d.n, 0)
		}
		stop = min(stop, d.n)
		start = min(start, stop)
		if i := d.find(args[0], start, stop, py.RuntimeErrorType); i >= 0 {
			return py.Int(i)
		}
		panic(py.NewError(py.ValueErrorType, py.Repr(args[0])+errNotInDeque))
	})
	oneArg("remove", func(d *Deque, v py.Object) py.Object {
		i := d.find(v, 0, d.n, py.IndexErrorType)
		if i < 0 {
			panic(py.NewError(py.ValueErrorType, py.Repr(v)+errNotInDeque))
		}
		d.delete(i)
		return py.None
	})
	dm("insert", func(d *Deque, args []py.Object, kw []string) py.Object {
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "insert() takes no keyword arguments"))
		}
		if len(args) != 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("insert() takes exactly 2 arguments (%d given)", len(args))))
		}
		d.insert(py.SsizeArg(args[0]), args[1])
		return py.None
	})
	dm("rotate", func(d *Deque, args []py.Object, kw []string) py.Object {
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "deque.rotate() takes no keyword arguments"))
		}
		if len(args) > 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("deque.rotate expected at most 1 argument, got %d", len(args))))
		}
		k := 1
		if len(args) > 0 {
			k = py.SsizeArg(args[0])
		}
		d.rotate(k)
		return py.None
	})
	dequeLen = dm("__len__", func(d *Deque, args []py.Object, kw []string) py.Object { return py.Int(d.n) })
	dequeIterM = dm("__iter__", func(d *Deque, args []py.Object, kw []string) py.Object { return d.iter(false) })
	dm("__reversed__", func(d *Deque, args []py.Object, kw []string) py.Object {
		return d.iter(true)
	})
	dm("__getitem__", func(d *Deque, args []py.Object, kw []string) py.Object {
		return d.at(d.seqIndex(args[0]))
	})
	dm("__setitem__", func(d *Deque, args []py.Object, kw []string) py.Object {
		d.setAt(d.seqIndex(args[0]), args[1])
		return py.None
	})
	dm("__delitem__", func(d *Deque, args []py.Object, kw []string) py.Object {
		d.delete(d.seqIndex(args[0]))
		return py.None
	})
	dequeContains = dm("__contains__", func(d *Deque, args []py.Object, kw []string) py.Object {
		return py.NewBool(d.find(args[0], 0, d.n, py.RuntimeErrorType) >= 0)
	})
	noArgs("__reduce__", func(d *Deque) py.Object {
		ctor := py.NewTuple()
		if d.maxlen >= 0 {
			ctor = py.NewTuple(py.NewTuple(), py.Int(d.maxlen))
		}
		var state py.Object = py.None
		if d.dict != nil && d.dict.Len() > 0 {
			state = d.dict
		}
		return py.NewTuple(d.Type(), ctor, state, d.Iter())
	})
	dm("__add__", func(d *Deque, args []py.Object, kw []string) py.Object {
		o, ok := args[0].(*Deque)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("can only concatenate deque (not \"%s\") to deque", args[0].Type().Name)))
		}
		r := d.copy()
		r.(*Deque).extend(o, false)
		return r
	})
	mul := func(d *Deque, args []py.Object, kw []string) py.Object {
		if !isIndex(args[0]) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("can't multiply sequence by non-int of type '%s'", args[0].Type().Name)))
		}
		n := py.SsizeArg(args[0])
		r := d.copy()
		r.(*Deque).repeat(n)
		return r
	}
	dm("__mul__", mul)
	dm("__rmul__", mul)
	py.AddMethod(DequeType, "__iadd__", func(args []py.Object, kw []string) py.Object {
		dequeOf("__iadd__", args).extend(args[1], false)
		return args[0]
	})
	py.AddMethod(DequeType, "__imul__", func(args []py.Object, kw []string) py.Object {
		d := dequeOf("__imul__", args)
		if !isIndex(args[1]) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("can't multiply sequence by non-int of type '%s'", args[1].Type().Name)))
		}
		d.repeat(py.SsizeArg(args[1]))
		return args[0]
	})
	DequeType.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
		return py.Call(py.GenericAliasType, args[0], args[1])
	})})
	DequeType.Dict.SetStr("__hash__", py.None)
	py.AddGetter(DequeType, "maxlen", func(o py.Object) py.Object {
		if m := o.(*Deque).maxlen; m >= 0 {
			return py.Int(m)
		}
		return py.None
	}, nil)
	for _, t := range []*py.Type{dequeIterType, dequeRevIterType} {
		rev := t == dequeRevIterType
		py.AddMethod(t, "__length_hint__", func(args []py.Object, kw []string) py.Object {
			return py.Int(args[0].(*dequeIter).left)
		})
		// (type, (deque, items taken)), which the type's call makes
		// again: dequeiter_new.
		py.AddMethod(t, "__reduce__", func(args []py.Object, kw []string) py.Object {
			it := args[0].(*dequeIter)
			return py.NewTuple(it.Type(), py.NewTuple(it.d, py.Int(it.d.n-it.left)))
		})
		py.SetCall(t, func(t *py.Type, args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, t.Name+"() takes no keyword arguments"))
			}
			switch {
			case len(args) < 1:
				panic(py.NewError(py.TypeErrorType, "function takes at least 1 argument (0 given)"))
			case len(args) > 2:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("function takes at most 2 arguments (%d given)", len(args))))
			}
			d, ok := args[0].(*Deque)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "argument 1 must be collections.deque, not "+args[0].Type().Name))
			}
			it := d.iter(rev)
			if len(args) > 1 {
				for i := py.SsizeArg(args[1]); i > 0; i-- {
					if _, ok := it.Next(); !ok {
						break
					}
				}
			}
			return it
		})
	}
}
