// Package itertools is Python's itertools module: each iterator is a class,
// as in CPython (subclassable, with __new__, and with CPython's __reduce__
// and __setstate__, so that pickle and copy work on them).
package itertools

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Iter is an instance of one of the itertools classes (or of a Python
// subclass of one).
type Iter struct {
	cls  *py.Type
	dict *py.Dict
	// next yields the next value; false when exhausted.
	next func() (py.Object, bool)
	// reduce is __reduce__; nil: the object cannot be pickled.
	reduce func() py.Object
	// setstate is __setstate__, when the class has one.
	setstate func(state py.Object)
	// repr is the class's own repr, when it has one.
	repr func() string
	// lenHint is __length_hint__, when the class has one.
	lenHint func() py.Object
	// copy is __copy__ (tee's iterators).
	copy func() py.Object
	// gb is a groupby's state.
	gb *groupState
	// stop is the StopIteration the last step ended with (TakeStop).
	stop *py.BaseException
}

// Type is the object's class.
func (it *Iter) Type() *py.Type { return it.cls }

// InstanceDict holds the attributes of instances of Python subclasses.
func (it *Iter) InstanceDict() *py.Dict { return it.dict }

// Next advances the iterator. A StopIteration from the Python code a step
// calls ends it as exhaustion (py.StepCatchingStop), kept for next().
func (it *Iter) Next() (py.Object, bool) {
	v, ok, stop := py.StepCatchingStop(it.next)
	it.stop = stop
	return v, ok
}

// TakeStop is the StopIteration the last step ended with (py.StopHolder).
func (it *Iter) TakeStop() *py.BaseException {
	e := it.stop
	it.stop = nil
	return e
}

// String is the repr of count and repeat.
func (it *Iter) String() string {
	if it.repr != nil {
		return it.repr()
	}
	return fmt.Sprintf("<%s.%s object at %p>", it.cls.Module, it.cls.Name, it)
}

var classes = map[string]*py.Type{}

func self(args []py.Object, name string) *Iter {
	if len(args) > 0 {
		if it, ok := args[0].(*Iter); ok {
			return it
		}
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' requires an itertools object", name)))
}

// newClass makes the class itertools.name whose __new__ is mk (cls, the
// positional arguments then the keyword values, and the keyword names).
func newClass(name string, mk func(cls *py.Type, args []py.Object, kw []string) py.Object) *py.Type {
	t := py.NewNativeType(name, "itertools", nil, nil)
	py.SetSubclassable(t)
	classes[name] = t
	t.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		if len(args) == 0 {
			panic(py.NewError(py.TypeErrorType, name+".__new__(): not enough arguments"))
		}
		cls, ok := args[0].(*py.Type)
		if !ok || !cls.IsSubtype(t) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s.__new__(X): X is not a subtype of %s", name, name)))
		}
		return mk(cls, args[1:], kw)
	})})
	py.AddMethod(t, "__iter__", func(args []py.Object, kw []string) py.Object { return args[0] })
	py.AddMethod(t, "__next__", func(args []py.Object, kw []string) py.Object {
		v, ok := self(args, "__next__").next()
		if !ok {
			panic(py.NewException(py.StopIterationType))
		}
		return v
	})
	py.AddMethod(t, "__reduce__", func(args []py.Object, kw []string) py.Object {
		it := self(args, "__reduce__")
		if it.reduce == nil {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot pickle '%s' object", it.cls.Name)))
		}
		return it.reduce()
	})
	return t
}

func addSetState(t *py.Type) {
	py.AddMethod(t, "__setstate__", func(args []py.Object, kw []string) py.Object {
		if len(args) != 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("__setstate__() takes exactly one argument (%d given)", len(args)-1)))
		}
		self(args, "__setstate__").setstate(args[1])
		return py.None
	})
}

// alloc makes an instance of cls (a subclass instance gets a __dict__).
func alloc(cls *py.Type, base string) *Iter {
	it := &Iter{cls: cls}
	if cls != classes[base] {
		it.dict = py.NewDict()
	}
	return it
}

// noKeywords rejects keyword arguments as CPython's constructors do: for
// the class itself, or a subclass that does not define its own __init__
// (one that does takes them in __init__).
func noKeywords(name string, cls *py.Type, kw []string) {
	if len(kw) == 0 {
		return
	}
	if cls == classes[name] || cls.Lookup("__init__") == py.ObjectType.Lookup("__init__") {
		panic(py.NewError(py.TypeErrorType, name+"() takes no keyword arguments"))
	}
}

// positional checks the count of positional arguments (CPython's
// _PyArg_CheckPositional messages).
func positional(name string, args []py.Object, min, max int) {
	n := len(args)
	if n >= min && n <= max {
		return
	}
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case min == max:
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected %d argument%s, got %d", name, min, plural(min), n)))
	case n < min:
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at least %d argument%s, got %d", name, min, plural(min), n)))
	default:
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at most %d argument%s, got %d", name, max, plural(max), n)))
	}
}

func tuple(items ...py.Object) *py.Tuple { return py.NewTuple(items...) }

func all(o py.Object) []py.Object { return py.AppendStar(nil, o) }

func isIterator(o py.Object) bool {
	if _, ok := o.(py.Iterator); ok {
		return true
	}
	return py.LookupSpecial(o, "__next__") != nil
}

func stateTuple(state py.Object, what string) []py.Object {
	t, ok := state.(*py.Tuple)
	if !ok {
		panic(py.NewError(py.TypeErrorType, what))
	}
	return t.Items
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, py.Float, *py.BigInt, py.Complex:
		return true
	}
	for _, m := range []string{"__index__", "__int__", "__float__"} {
		if py.LookupSpecial(o, m) != nil {
			return true
		}
	}
	return false
}

func isExactInt(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt:
		return true
	}
	return false
}

func indexList(idx []int) *py.Tuple {
	out := make([]py.Object, len(idx))
	for i, v := range idx {
		out[i] = py.Int(v)
	}
	return py.NewTuple(out...)
}

func setup0() {
	py.RegisterModule("itertools", func(m *py.Module) {
		for _, n := range []string{"count", "cycle", "repeat", "chain", "islice", "product", "permutations",
			"combinations", "combinations_with_replacement", "accumulate", "groupby", "_grouper",
			"zip_longest", "starmap", "takewhile", "dropwhile", "filterfalse", "compress", "pairwise",
			"_tee", "_tee_dataobject"} {
			if t, ok := classes[n]; ok {
				m.Set(n, t)
			}
		}
		m.AddFunc("tee", teeFunc)
	})
}

// count, cycle, repeat.
func setup1() {
	t := newClass("count", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("count", args, kw, []string{"start", "step"}, 0)
		var cnt, step py.Object = py.Int(0), py.Int(1)
		if a[0] != nil {
			cnt = a[0]
		}
		if a[1] != nil {
			step = a[1]
		}
		if !isNumber(cnt) || !isNumber(step) {
			panic(py.NewError(py.TypeErrorType, "a number is required"))
		}
		it := alloc(cls, "count")
		it.next = func() (py.Object, bool) {
			v := cnt
			cnt = py.Add(cnt, step)
			return v, true
		}
		stepIsOne := func() bool { return isExactInt(step) && py.Eq(step, py.Int(1)) }
		it.repr = func() string {
			if stepIsOne() {
				return it.cls.Name + "(" + py.Repr(cnt) + ")"
			}
			return it.cls.Name + "(" + py.Repr(cnt) + ", " + py.Repr(step) + ")"
		}
		it.reduce = func() py.Object {
			if stepIsOne() {
				return tuple(it.cls, tuple(cnt))
			}
			return tuple(it.cls, tuple(cnt, step))
		}
		return it
	})
	reprMethod(t)

	t = newClass("cycle", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		noKeywords("cycle", cls, kw)
		args = args[:len(args)-len(kw)]
		positional("cycle", args, 1, 1)
		src := py.GetIter(args[0])
		it := alloc(cls, "cycle")
		saved := py.NewList()
		index := 0
		firstpass := false
		it.next = func() (py.Object, bool) {
			if src != nil {
				if v, ok := py.Next(src); ok {
					if !firstpass {
						saved.Items = append(saved.Items, v)
					}
					return v, true
				}
				src = nil
			}
			if len(saved.Items) == 0 {
				return nil, false
			}
			if index >= len(saved.Items) {
				index = 0
			}
			v := saved.Items[index]
			index++
			if index >= len(saved.Items) {
				index = 0
			}
			return v, true
		}
		it.reduce = func() py.Object {
			if src == nil {
				rest := py.GetIter(saved)
				if index != 0 {
					py.CallMethod(rest, "__setstate__", py.Int(index))
				}
				return tuple(it.cls, tuple(rest), tuple(saved, py.True))
			}
			return tuple(it.cls, tuple(src), tuple(saved, py.NewBool(firstpass)))
		}
		it.setstate = func(state py.Object) {
			st, ok := state.(*py.Tuple)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "state is not a tuple"))
			}
			if len(st.Items) != 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cycle.__setstate__ expected 2 arguments, got %d", len(st.Items))))
			}
			l, ok := st.Items[0].(*py.List)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("argument 1 must be list, not %s", st.Items[0].Type().Name)))
			}
			fp, ok := st.Items[1].(py.Int)
			if b, isb := st.Items[1].(py.Bool); isb {
				fp, ok = 0, true
				if b {
					fp = 1
				}
			}
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", st.Items[1].Type().Name)))
			}
			saved = l
			firstpass = fp != 0
			index = 0
		}
		return it
	})
	addSetState(t)

	t = newClass("repeat", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("repeat", args, kw, []string{"object", "times"}, 1)
		n := -1
		if a[1] != nil {
			n = py.Index(a[1])
			if n < 0 {
				n = 0
			}
		}
		obj := a[0]
		it := alloc(cls, "repeat")
		it.next = func() (py.Object, bool) {
			if n == 0 {
				return nil, false
			}
			if n > 0 {
				n--
			}
			return obj, true
		}
		it.repr = func() string {
			if n < 0 {
				return it.cls.Name + "(" + py.Repr(obj) + ")"
			}
			return fmt.Sprintf("%s(%s, %d)", it.cls.Name, py.Repr(obj), n)
		}
		it.reduce = func() py.Object {
			if n < 0 {
				return tuple(it.cls, tuple(obj))
			}
			return tuple(it.cls, tuple(obj, py.Int(n)))
		}
		it.lenHint = func() py.Object {
			if n < 0 {
				panic(py.NewError(py.TypeErrorType, "len() of unsized object"))
			}
			return py.Int(n)
		}
		return it
	})
	reprMethod(t)
	py.AddMethod(t, "__length_hint__", func(args []py.Object, kw []string) py.Object {
		return self(args, "__length_hint__").lenHint()
	})
}

func reprMethod(t *py.Type) {
	py.AddMethod(t, "__repr__", func(args []py.Object, kw []string) py.Object {
		return py.Str(self(args, "__repr__").String())
	})
}

// chain.
func newChain(cls *py.Type, source py.Object) *Iter {
	it := alloc(cls, "chain")
	var active py.Object
	it.next = func() (py.Object, bool) {
		for source != nil {
			if active == nil {
				o, ok := py.Next(source)
				if !ok {
					source = nil
					return nil, false
				}
				active = py.GetIter(o)
			}
			if v, ok := py.Next(active); ok {
				return v, true
			}
			active = nil
		}
		return nil, false
	}
	it.reduce = func() py.Object {
		if source != nil {
			if active != nil {
				return tuple(it.cls, tuple(), tuple(source, active))
			}
			return tuple(it.cls, tuple(), tuple(source))
		}
		return tuple(it.cls, tuple())
	}
	it.setstate = func(state py.Object) {
		st, ok := state.(*py.Tuple)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "state is not a tuple"))
		}
		if len(st.Items) < 1 || len(st.Items) > 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("chain.__setstate__ expected 1 to 2 arguments, got %d", len(st.Items))))
		}
		if !isIterator(st.Items[0]) || (len(st.Items) == 2 && !isIterator(st.Items[1])) {
			panic(py.NewError(py.TypeErrorType, "Arguments must be iterators."))
		}
		source = st.Items[0]
		active = nil
		if len(st.Items) == 2 {
			active = st.Items[1]
		}
	}
	return it
}

func setup2() {
	t := newClass("chain", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		noKeywords("chain", cls, kw)
		args = args[:len(args)-len(kw)]
		return newChain(cls, py.GetIter(py.NewTuple(append([]py.Object(nil), args...)...)))
	})
	addSetState(t)
	t.Dict.SetStr("from_iterable", &py.ClassMethod{Func: py.NewBuiltin("from_iterable", func(args []py.Object, kw []string) py.Object {
		if len(args) != 2 || len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("chain.from_iterable() takes exactly one argument (%d given)", len(args)-1)))
		}
		return newChain(args[0].(*py.Type), py.GetIter(args[1]))
	})})
	t.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
		return py.Call(py.GenericAliasType, args[0], args[1])
	})})
}

// islice.
func setup3() {
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	intArg := func(o py.Object, msg string) int {
		if o == py.None {
			return -1
		}
		if py.LookupSpecial(o, "__index__") == nil {
			switch o.(type) {
			case py.Int, py.Bool, *py.BigInt:
			default:
				panic(py.NewError(py.ValueErrorType, msg))
			}
		}
		if _, big := o.(*py.BigInt); big {
			if py.Truth(py.Compare(o, py.Int(0), py.OpLt)) {
				panic(py.NewError(py.ValueErrorType, msg))
			}
			return int(^uint(0) >> 1)
		}
		v := py.Index(o)
		if v < 0 {
			panic(py.NewError(py.ValueErrorType, msg))
		}
		return v
	}
	t := newClass("islice", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		noKeywords("islice", cls, kw)
		args = args[:len(args)-len(kw)]
		positional("islice", args, 2, 4)
		start, stop, step := 0, -1, 1
		if len(args) == 2 {
			stop = intArg(args[1], stopMsg)
		} else {
			if args[1] != py.None {
				start = intArg(args[1], idxMsg)
			}
			stop = intArg(args[2], stopMsg)
			if len(args) == 4 && args[3] != py.None {
				if py.LookupSpecial(args[3], "__index__") == nil {
					panic(py.NewError(py.ValueErrorType, "Step for islice() must be a positive integer or None."))
				}
				step = py.Index(args[3])
				if step <= 0 {
					panic(py.NewError(py.ValueErrorType, "Step for islice() must be a positive integer or None."))
				}
			}
		}
		src := py.GetIter(args[0])
		it := alloc(cls, "islice")
		cnt, next := 0, start
		it.next = func() (py.Object, bool) {
			if src == nil {
				return nil, false
			}
			for cnt < next {
				if _, ok := py.Next(src); !ok {
					src = nil
					return nil, false
				}
				cnt++
			}
			if stop != -1 && cnt >= stop {
				src = nil
				return nil, false
			}
			v, ok := py.Next(src)
			if !ok {
				src = nil
				return nil, false
			}
			cnt++
			old := next
			next += step
			if next < old || (stop != -1 && next > stop) {
				next = stop
			}
			return v, true
		}
		it.reduce = func() py.Object {
			if src == nil {
				return tuple(it.cls, tuple(py.GetIter(py.NewList()), py.Int(0)), py.Int(0))
			}
			var so py.Object = py.None
			if stop != -1 {
				so = py.Int(stop)
			}
			return tuple(it.cls, tuple(src, py.Int(next), so, py.Int(step)), py.Int(cnt))
		}
		it.setstate = func(state py.Object) {
			cnt = py.Index(state)
		}
		return it
	})
	addSetState(t)
}

// Combinatoric iterators.
func setup4() {
	t := newClass("product", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		npos := len(args) - len(kw)
		repeat := 1
		for i, k := range kw {
			if k != "repeat" {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' is an invalid keyword argument for product()", k)))
			}
			repeat = py.Index(args[npos+i])
			if repeat < 0 {
				panic(py.NewError(py.ValueErrorType, "repeat argument cannot be negative"))
			}
		}
		var base [][]py.Object
		for _, a := range args[:npos] {
			base = append(base, all(a))
		}
		var pools [][]py.Object
		for r := 0; r < repeat; r++ {
			pools = append(pools, base...)
		}
		it := alloc(cls, "product")
		var idx []int
		stopped := false
		for _, p := range pools {
			if len(p) == 0 {
				stopped = true
			}
		}
		emit := func() py.Object {
			out := make([]py.Object, len(idx))
			for i, k := range idx {
				out[i] = pools[i][k]
			}
			return py.NewTuple(out...)
		}
		it.next = func() (py.Object, bool) {
			if stopped {
				return nil, false
			}
			if idx == nil {
				idx = make([]int, len(pools))
				return emit(), true
			}
			i := len(idx) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(pools[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				stopped = true
				return nil, false
			}
			return emit(), true
		}
		it.reduce = func() py.Object {
			if stopped {
				return tuple(it.cls, tuple(tuple()))
			}
			ps := make([]py.Object, len(pools))
			for i, p := range pools {
				ps[i] = py.NewTuple(p...)
			}
			if idx == nil {
				return tuple(it.cls, py.NewTuple(ps...))
			}
			return tuple(it.cls, py.NewTuple(ps...), indexList(idx))
		}
		it.setstate = func(state py.Object) {
			st := stateTuple(state, "state is not a tuple")
			if len(st) != len(pools) {
				panic(py.NewError(py.ValueErrorType, "invalid arguments"))
			}
			idx = make([]int, len(pools))
			for i, o := range st {
				v := py.Index(o)
				if v < 0 {
					v = 0
				} else if v > len(pools[i])-1 {
					v = len(pools[i]) - 1
				}
				idx[i] = v
			}
		}
		return it
	})
	addSetState(t)

	t = newClass("permutations", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("permutations", args, kw, []string{"iterable", "r"}, 1)
		pool := all(a[0])
		n := len(pool)
		r := n
		if a[1] != nil && a[1] != py.None {
			r = py.Index(a[1])
			if r < 0 {
				panic(py.NewError(py.ValueErrorType, "r must be non-negative"))
			}
		}
		indices := make([]int, n)
		for i := range indices {
			indices[i] = i
		}
		cycles := make([]int, r)
		for i := range cycles {
			cycles[i] = n - i
		}
		first := true
		stopped := r > n
		emit := func() py.Object {
			out := make([]py.Object, r)
			for i := 0; i < r; i++ {
				out[i] = pool[indices[i]]
			}
			return py.NewTuple(out...)
		}
		it := alloc(cls, "permutations")
		it.next = func() (py.Object, bool) {
			if stopped {
				return nil, false
			}
			if first {
				first = false
				return emit(), true
			}
			if n == 0 {
				stopped = true
				return nil, false
			}
			for i := r - 1; i >= 0; i-- {
				cycles[i]--
				if cycles[i] == 0 {
					tmp := indices[i]
					copy(indices[i:], indices[i+1:])
					indices[n-1] = tmp
					cycles[i] = n - i
				} else {
					j := cycles[i]
					indices[i], indices[n-j] = indices[n-j], indices[i]
					return emit(), true
				}
			}
			stopped = true
			return nil, false
		}
		it.reduce = func() py.Object {
			if stopped {
				return tuple(it.cls, tuple(tuple(), py.Int(r)))
			}
			if first {
				return tuple(it.cls, tuple(py.NewTuple(pool...), py.Int(r)))
			}
			return tuple(it.cls, tuple(py.NewTuple(pool...), py.Int(r)), tuple(indexList(indices), indexList(cycles)))
		}
		it.setstate = func(state py.Object) {
			st := stateTuple(state, "state is not a tuple")
			if len(st) != 2 {
				panic(py.NewError(py.ValueErrorType, "invalid arguments"))
			}
			ind := stateTuple(st[0], "state is not a tuple")
			cyc := stateTuple(st[1], "state is not a tuple")
			if len(ind) != n || len(cyc) != r {
				panic(py.NewError(py.ValueErrorType, "invalid arguments"))
			}
			for i, o := range ind {
				v := py.Index(o)
				if v < 0 {
					v = 0
				} else if v > n-1 {
					v = n - 1
				}
				indices[i] = v
			}
			for i, o := range cyc {
				v := py.Index(o)
				if v < 1 {
					v = 1
				} else if v > n-i {
					v = n - i
				}
				cycles[i] = v
			}
			first = false
		}
		return it
	})
	addSetState(t)

	combos := func(name string, repl bool) {
		t := newClass(name, func(cls *py.Type, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"iterable", "r"}, 2)
			pool := all(a[0])
			n := len(pool)
			r := py.Index(a[1])
			if r < 0 {
				panic(py.NewError(py.ValueErrorType, "r must be non-negative"))
			}
			var indices []int
			stopped := (!repl && r > n) || (repl && n == 0 && r > 0)
			emit := func() py.Object {
				out := make([]py.Object, r)
				for i, k := range indices {
					out[i] = pool[k]
				}
				return py.NewTuple(out...)
			}
			it := alloc(cls, name)
			it.next = func() (py.Object, bool) {
				if stopped {
					return nil, false
				}
				if indices == nil {
					indices = make([]int, r)
					if !repl {
						for i := range indices {
							indices[i] = i
						}
					}
					return emit(), true
				}
				i := r - 1
				if repl {
					for ; i >= 0 && indices[i] == n-1; i-- {
					}
					if i < 0 {
						stopped = true
						return nil, false
					}
					v := indices[i] + 1
					for j := i; j < r; j++ {
						indices[j] = v
					}
					return emit(), true
				}
				for ; i >= 0 && indices[i] == i+n-r; i-- {
				}
				if i < 0 {
					stopped = true
					return nil, false
				}
				indices[i]++
				for j := i + 1; j < r; j++ {
					indices[j] = indices[j-1] + 1
				}
				return emit(), true
			}
			it.reduce = func() py.Object {
				if stopped {
					return tuple(it.cls, tuple(tuple(), py.Int(r)))
				}
				if indices == nil {
					return tuple(it.cls, tuple(py.NewTuple(pool...), py.Int(r)))
				}
				return tuple(it.cls, tuple(py.NewTuple(pool...), py.Int(r)), indexList(indices))
			}
			it.setstate = func(state py.Object) {
				st := stateTuple(state, "state is not a tuple")
				if len(st) != r {
					panic(py.NewError(py.ValueErrorType, "invalid arguments"))
				}
				indices = make([]int, r)
				for i, o := range st {
					v := py.Index(o)
					max := i + n - r
					if repl {
						max = n - 1
					}
					if v < 0 {
						v = 0
					} else if v > max {
						v = max
					}
					indices[i] = v
				}
			}
			return it
		})
		addSetState(t)
	}
	combos("combinations", false)
	combos("combinations_with_replacement", true)
}

// accumulate, groupby, zip_longest.
func setup5() {
	t := newClass("accumulate", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		if npos := len(args) - len(kw); npos > 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("accumulate() takes at most 2 positional arguments (%d given)", npos)))
		}
		a := py.ParseArgs("accumulate", args, kw, []string{"iterable", "func", "initial"}, 1)
		src := py.GetIter(a[0])
		fn := a[1]
		if fn == py.None {
			fn = nil
		}
		initial := a[2]
		if initial == py.None {
			initial = nil
		}
		var total py.Object
		it := alloc(cls, "accumulate")
		it.next = func() (py.Object, bool) {
			if initial != nil {
				total, initial = initial, nil
				return total, true
			}
			v, ok := py.Next(src)
			if !ok {
				return nil, false
			}
			if total == nil {
				total = v
			} else if fn == nil {
				total = py.Add(total, v)
			} else {
				total = py.Call(fn, total, v)
			}
			return total, true
		}
		it.reduce = func() py.Object {
			var f py.Object = py.None
			if fn != nil {
				f = fn
			}
			if initial != nil {
				ch := py.Call(classes["chain"], py.NewTuple(initial), src)
				return tuple(it.cls, tuple(ch, f), py.None)
			}
			if total == py.None {
				// A None total cannot be the state (None means none yet):
				// a new accumulate yields it first, and an islice drops it.
				ch := py.Call(classes["chain"], py.NewTuple(total), src)
				return tuple(classes["islice"], tuple(py.Call(it.cls, ch, f), py.Int(1), py.None))
			}
			if total != nil {
				return tuple(it.cls, tuple(src, f), total)
			}
			return tuple(it.cls, tuple(src, f), py.None)
		}
		it.setstate = func(state py.Object) { total = state }
		return it
	})
	addSetState(t)

	grouperClass := newClass("_grouper", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		args = args[:len(args)-len(kw)]
		positional("_grouper", args, 2, 2)
		gb, ok := args[0].(*Iter)
		if !ok || gb.cls != classes["groupby"] {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_grouper() argument 1 must be itertools.groupby, not %s", args[0].Type().Name)))
		}
		return gb.grouperOf(cls, args[1])
	})
	_ = grouperClass

	t = newClass("groupby", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("groupby", args, kw, []string{"iterable", "key"}, 1)
		src := py.GetIter(a[0])
		keyf := a[1]
		if keyf == py.None {
			keyf = nil
		}
		it := alloc(cls, "groupby")
		g := &groupState{src: src, keyf: keyf}
		it.gb = g
		it.next = func() (py.Object, bool) {
			g.curGrouper = nil
			for {
				if g.currKey == nil {
				} else if g.tgtKey == nil {
					break
				} else if !py.Eq(g.tgtKey, g.currKey) {
					break
				}
				if !g.step() {
					return nil, false
				}
			}
			g.tgtKey = g.currKey
			return py.NewTuple(g.currKey, it.grouperOf(classes["_grouper"], g.tgtKey)), true
		}
		it.reduce = func() py.Object {
			var k py.Object = py.None
			if keyf != nil {
				k = keyf
			}
			if g.tgtKey == nil {
				return tuple(it.cls, tuple(src, k))
			}
			var cv py.Object = py.None
			if g.currValue != nil {
				cv = g.currValue
			}
			return tuple(it.cls, tuple(src, k), tuple(g.currKey, cv, g.tgtKey))
		}
		it.setstate = func(state py.Object) {
			st := stateTuple(state, "state is not a tuple")
			if len(st) != 3 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("groupby.__setstate__ expected 3 arguments, got %d", len(st))))
			}
			g.currKey, g.currValue, g.tgtKey = st[0], st[1], st[2]
		}
		return it
	})
	addSetState(t)

	newClass("zip_longest", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		npos := len(args) - len(kw)
		var fill py.Object = py.None
		for i, k := range kw {
			if k != "fillvalue" {
				panic(py.NewError(py.TypeErrorType, "zip_longest() got an unexpected keyword argument"))
			}
			fill = args[npos+i]
		}
		its := make([]py.Object, npos)
		for i, a := range args[:npos] {
			its[i] = py.GetIter(a)
		}
		active := npos
		it := alloc(cls, "zip_longest")
		it.next = func() (py.Object, bool) {
			if npos == 0 || active == 0 {
				return nil, false
			}
			out := make([]py.Object, npos)
			for i, src := range its {
				if src == nil {
					out[i] = fill
					continue
				}
				v, ok := py.Next(src)
				if !ok {
					its[i] = nil
					active--
					if active == 0 {
						return nil, false
					}
					v = fill
				}
				out[i] = v
			}
			return py.NewTuple(out...), true
		}
		it.reduce = func() py.Object {
			args := make([]py.Object, npos)
			for i, src := range its {
				if src == nil {
					args[i] = tuple()
				} else {
					args[i] = src
				}
			}
			return tuple(it.cls, py.NewTuple(args...), fill)
		}
		it.setstate = func(state py.Object) { fill = state }
		return it
	})
	addSetState(classes["zip_longest"])
}

// groupState is what a groupby shares with its groupers.
type groupState struct {
	src, keyf                  py.Object
	currKey, currValue, tgtKey py.Object
	curGrouper                 *Iter
}

func (g *groupState) step() bool {
	v, ok := py.Next(g.src)
	if !ok {
		return false
	}
	k := v
	if g.keyf != nil {
		k = py.Call(g.keyf, v)
	}
	g.currValue, g.currKey = v, k
	return true
}

// grouperOf makes the _grouper of the groupby it for the key tgt; it is
// the groupby's current one.
func (it *Iter) grouperOf(cls *py.Type, tgt py.Object) *Iter {
	g := it.gb
	gr := alloc(cls, "_grouper")
	g.curGrouper = gr
	parent := it
	gr.next = func() (py.Object, bool) {
		if g.curGrouper != gr {
			return nil, false
		}
		if g.currValue == nil {
			if !g.step() {
				return nil, false
			}
		}
		if !py.Eq(tgt, g.currKey) {
			return nil, false
		}
		v := g.currValue
		g.currValue = nil
		return v, true
	}
	gr.reduce = func() py.Object {
		if g.curGrouper != gr {
			return tuple(py.LoadBuiltin("iter"), tuple(tuple()))
		}
		return tuple(gr.cls, tuple(parent, tgt))
	}
	return gr
}

// The filtering and mapping iterators.
func setup6() {
	twoArgs := func(name string, args []py.Object, kw []string, cls *py.Type) (py.Object, py.Object) {
		noKeywords(name, cls, kw)
		args = args[:len(args)-len(kw)]
		positional(name, args, 2, 2)
		return args[0], py.GetIter(args[1])
	}
	newClass("starmap", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		fn, src := twoArgs("starmap", args, kw, cls)
		it := alloc(cls, "starmap")
		it.next = func() (py.Object, bool) {
			v, ok := py.Next(src)
			if !ok {
				return nil, false
			}
			if _, isTuple := v.(*py.Tuple); !isTuple {
				if py.LookupSpecial(v, "__iter__") == nil {
					if _, ok := v.(py.Iterable); !ok {
						panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object is not iterable", v.Type().Name)))
					}
				}
			}
			return py.Call(fn, all(v)...), true
		}
		it.reduce = func() py.Object { return tuple(it.cls, tuple(fn, src)) }
		return it
	})
	flagged := func(name string, take bool) {
		t := newClass(name, func(cls *py.Type, args []py.Object, kw []string) py.Object {
			fn, src := twoArgs(name, args, kw, cls)
			it := alloc(cls, name)
			flag := false // takewhile: stopped; dropwhile: started
			it.next = func() (py.Object, bool) {
				if take {
					if flag {
						return nil, false
					}
					v, ok := py.Next(src)
					if !ok {
						return nil, false
					}
					if py.Truth(py.Call(fn, v)) {
						return v, true
					}
					flag = true
					return nil, false
				}
				for {
					v, ok := py.Next(src)
					if !ok {
						return nil, false
					}
					if flag {
						return v, true
					}
					if !py.Truth(py.Call(fn, v)) {
						flag = true
						return v, true
					}
				}
			}
			it.reduce = func() py.Object { return tuple(it.cls, tuple(fn, src), py.NewBool(flag)) }
			it.setstate = func(state py.Object) { flag = py.Truth(state) }
			return it
		})
		addSetState(t)
	}
	flagged("takewhile", true)
	flagged("dropwhile", false)
	newClass("filterfalse", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		fn, src := twoArgs("filterfalse", args, kw, cls)
		it := alloc(cls, "filterfalse")
		it.next = func() (py.Object, bool) {
			for {
				v, ok := py.Next(src)
				if !ok {
					return nil, false
				}
				var t bool
				if fn == py.None || fn == py.BoolType {
					t = py.Truth(v)
				} else {
					t = py.Truth(py.Call(fn, v))
				}
				if !t {
					return v, true
				}
			}
		}
		it.reduce = func() py.Object { return tuple(it.cls, tuple(fn, src)) }
		return it
	})
	newClass("compress", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("compress", args, kw, []string{"data", "selectors"}, 2)
		d, s := py.GetIter(a[0]), py.GetIter(a[1])
		it := alloc(cls, "compress")
		it.next = func() (py.Object, bool) {
			for {
				v, ok := py.Next(d)
				if !ok {
					return nil, false
				}
				sel, ok := py.Next(s)
				if !ok {
					return nil, false
				}
				if py.Truth(sel) {
					return v, true
				}
			}
		}
		it.reduce = func() py.Object { return tuple(it.cls, tuple(d, s)) }
		return it
	})
	newClass("pairwise", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		noKeywords("pairwise", cls, kw)
		args = args[:len(args)-len(kw)]
		positional("pairwise", args, 1, 1)
		src := py.GetIter(args[0])
		var old py.Object
		it := alloc(cls, "pairwise")
		it.next = func() (py.Object, bool) {
			if src == nil {
				return nil, false
			}
			if old == nil {
				v, ok := py.Next(src)
				if !ok {
					src = nil
					return nil, false
				}
				old = v
				if src == nil {
					// The iterator re-entered and finished meanwhile.
					old = nil
					return nil, false
				}
			}
			v, ok := py.Next(src)
			if !ok {
				src, old = nil, nil
				return nil, false
			}
			p := old
			old = v
			return py.NewTuple(p, v), true
		}
		return it
	})
}

// teeData is the buffer the iterators of one tee share: every value read
// from the source, and the source itself.
type teeData struct {
	src     py.Object
	buf     []py.Object
	done    bool
	running bool
}

func (d *teeData) at(i int) (py.Object, bool) {
	for i >= len(d.buf) {
		if d.done {
			return nil, false
		}
		if d.running {
			panic(py.NewError(py.RuntimeErrorType, "cannot re-enter the tee iterator"))
		}
		d.running = true
		v, ok := func() (py.Object, bool) {
			defer func() { d.running = false }()
			return py.Next(d.src)
		}()
		if !ok {
			d.done = true
			return nil, false
		}
		d.buf = append(d.buf, v)
	}
	return d.buf[i], true
}

func newTee(cls *py.Type, d *teeData, pos int) *Iter {
	it := alloc(cls, "_tee")
	it.next = func() (py.Object, bool) {
		v, ok := d.at(pos)
		if ok {
			pos++
		}
		return v, ok
	}
	it.copy = func() py.Object { return newTee(classes["_tee"], d, pos) }
	it.reduce = func() py.Object {
		// The values this iterator has still to give: those already read
		// from the source, then the source's own.
		rest := py.NewTuple(append([]py.Object(nil), d.buf[min(pos, len(d.buf)):]...)...)
		var src py.Object = py.NewTuple()
		if !d.done {
			src = d.src
		}
		return tuple(it.cls, tuple(py.Call(classes["chain"], rest, src)))
	}
	return it
}

func setup7() {
	t := newClass("_tee", func(cls *py.Type, args []py.Object, kw []string) py.Object {
		noKeywords("_tee", cls, kw)
		args = args[:len(args)-len(kw)]
		positional("_tee", args, 1, 1)
		src := py.GetIter(args[0])
		if other, ok := src.(*Iter); ok && other.cls == classes["_tee"] {
			return other.copy()
		}
		return newTee(cls, &teeData{src: src}, 0)
	})
	py.AddMethod(t, "__copy__", func(args []py.Object, kw []string) py.Object {
		return self(args, "__copy__").copy()
	})
}

// teeFunc is tee(iterable, n=2).
func teeFunc(args []py.Object, kw []string) py.Object {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, "tee() takes no keyword arguments"))
	}
	positional("tee", args, 1, 2)
	n := 2
	if len(args) == 2 {
		n = py.Index(args[1])
	}
	if n < 0 {
		panic(py.NewError(py.ValueErrorType, "n must be >= 0"))
	}
	if n == 0 {
		return py.NewTuple()
	}
	src := py.GetIter(args[0])
	var copyable py.Object
	if cp := py.LookupSpecial(src, "__copy__"); cp != nil {
		copyable = src
	} else {
		copyable = newTee(classes["_tee"], &teeData{src: src}, 0)
	}
	out := []py.Object{copyable}
	for i := 1; i < n; i++ {
		copyable = py.CallMethod(copyable, "__copy__")
		out = append(out, copyable)
	}
	return py.NewTuple(out...)
}
