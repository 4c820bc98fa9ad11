// Package itertools is Python's itertools module.
package itertools

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var types = map[string]*py.Type{}

func iterType(name string) *py.Type {
	if t, ok := types[name]; ok {
		return t
	}
	t := py.NewIterType(name, "itertools")
	types[name] = t
	return t
}

func mk(name string, f func() (py.Object, bool)) *py.GoIter {
	return &py.GoIter{T: iterType(name), F: f}
}

// reprIter is an iterator with its own repr (count, repeat).
type reprIter struct {
	py.GoIter
	repr func() string
}

func (r *reprIter) String() string { return r.repr() }

func all(o py.Object) []py.Object { return py.AppendStar(nil, o) }

func intArg(o py.Object, what string) int {
	if o == nil || o == py.None {
		return -1
	}
	switch o.(type) {
	case py.Int, py.Bool:
		return py.Index(o)
	}
	panic(py.NewError(py.ValueErrorType, what))
}

func init() {
	py.RegisterModule("itertools", func(m *py.Module) {
		m.AddFunc("count", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("count", args, kw, []string{"start", "step"}, 0)
			var cur, step py.Object = py.Int(0), py.Int(1)
			if a[0] != nil {
				cur = a[0]
			}
			if a[1] != nil {
				step = a[1]
			}
			r := &reprIter{}
			r.T = iterType("count")
			r.F = func() (py.Object, bool) {
				v := cur
				cur = py.Add(cur, step)
				return v, true
			}
			r.repr = func() string {
				if py.Eq(step, py.Int(1)) && !isFloat(step) {
					return "count(" + py.Repr(cur) + ")"
				}
				return "count(" + py.Repr(cur) + ", " + py.Repr(step) + ")"
			}
			return r
		})
		m.AddFunc("cycle", func(args []py.Object, kw []string) py.Object {
			it := py.GetIter(args[0])
			var saved []py.Object
			exhausted := false
			i := 0
			return mk("cycle", func() (py.Object, bool) {
				if !exhausted {
					if v, ok := py.Next(it); ok {
						saved = append(saved, v)
						return v, true
					}
					exhausted = true
				}
				if len(saved) == 0 {
					return nil, false
				}
				v := saved[i%len(saved)]
				i++
				return v, true
			})
		})
		m.AddFunc("repeat", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("repeat", args, kw, []string{"object", "times"}, 1)
			n := -1
			if a[1] != nil {
				n = py.Index(a[1])
				if n < 0 {
					n = 0
				}
			}
			r := &reprIter{}
			r.T = iterType("repeat")
			r.F = func() (py.Object, bool) {
				if n == 0 {
					return nil, false
				}
				if n > 0 {
					n--
				}
				return a[0], true
			}
			r.repr = func() string {
				if n < 0 {
					return "repeat(" + py.Repr(a[0]) + ")"
				}
				return fmt.Sprintf("repeat(%s, %d)", py.Repr(a[0]), n)
			}
			return r
		})
		chain := func(its []py.Object) py.Object {
			i := 0
			var cur py.Object
			return mk("chain", func() (py.Object, bool) {
				for {
					if cur == nil {
						if i >= len(its) {
							return nil, false
						}
						cur = py.GetIter(its[i])
						i++
					}
					if v, ok := py.Next(cur); ok {
						return v, true
					}
					cur = nil
				}
			})
		}
		chainFn := m.AddFunc("chain", func(args []py.Object, kw []string) py.Object { return chain(args) })
		_ = chainFn
		m.AddFunc("_chain_from_iterable", func(args []py.Object, kw []string) py.Object {
			outer := py.GetIter(args[0])
			var cur py.Object
			return mk("chain", func() (py.Object, bool) {
				for {
					if cur == nil {
						o, ok := py.Next(outer)
						if !ok {
							return nil, false
						}
						cur = py.GetIter(o)
					}
					if v, ok := py.Next(cur); ok {
						return v, true
					}
					cur = nil
				}
			})
		})
		chainFn.Self = nil
		m.AddFunc("islice", func(args []py.Object, kw []string) py.Object {
			if len(args) < 2 || len(args) > 4 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("islice expected at most 4 arguments, got %d", len(args))))
			}
			const msg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
			start, stop, step := 0, -1, 1
			if len(args) == 2 {
				stop = intArg(args[1], msg)
			} else {
				if args[1] != py.None {
					start = intArg(args[1], "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
				}
				stop = intArg(args[2], msg)
				if len(args) == 4 && args[3] != py.None {
					step = intArg(args[3], "Step for islice() must be a positive integer or None.")
					if step <= 0 {
						panic(py.NewError(py.ValueErrorType, "Step for islice() must be a positive integer or None."))
					}
				}
			}
			if start < 0 || (stop < -1) {
				panic(py.NewError(py.ValueErrorType, msg))
			}
			it := py.GetIter(args[0])
			pos, next := 0, start
			return mk("islice", func() (py.Object, bool) {
				for {
					if stop >= 0 && next >= stop {
						// Consume up to stop as CPython does.
						for pos < stop {
							if _, ok := py.Next(it); !ok {
								break
							}
							pos++
						}
						return nil, false
					}
					v, ok := py.Next(it)
					if !ok {
						return nil, false
					}
					pos++
					if pos-1 == next {
						// CPython's overflow guard: past stop (or wrapped) is stop.
						old := next
						next += step
						if next < old || (stop >= 0 && next > stop) {
							next = stop
							if stop < 0 {
								next = int(^uint(0) >> 1)
							}
						}
						return v, true
					}
				}
			})
		})
		m.AddFunc("product", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			repeat := 1
			for i, k := range kw {
				if k != "repeat" {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("product() got an unexpected keyword argument '%s'", k)))
				}
				repeat = py.Index(args[npos+i])
			}
			var pools [][]py.Object
			for r := 0; r < repeat; r++ {
				for _, a := range args[:npos] {
					pools = append(pools, all(a))
				}
			}
			if repeat > 1 {
				base := pools[:npos]
				pools = nil
				for r := 0; r < repeat; r++ {
					pools = append(pools, base...)
				}
			}
			idx := make([]int, len(pools))
			first, done := true, false
			for _, p := range pools {
				if len(p) == 0 {
					done = true
				}
			}
			return mk("product", func() (py.Object, bool) {
				if done {
					return nil, false
				}
				if !first {
					i := len(idx) - 1
					for ; i >= 0; i-- {
						idx[i]++
						if idx[i] < len(pools[i]) {
							break
						}
						idx[i] = 0
					}
					if i < 0 {
						done = true
						return nil, false
					}
				}
				first = false
				out := make([]py.Object, len(idx))
				for i, k := range idx {
					out[i] = pools[i][k]
				}
				return py.NewTuple(out...), true
			})
		})
		m.AddFunc("permutations", func(args []py.Object, kw []string) py.Object {
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
			done := r > n
			emit := func() py.Object {
				out := make([]py.Object, r)
				for i := 0; i < r; i++ {
					out[i] = pool[indices[i]]
				}
				return py.NewTuple(out...)
			}
			return mk("permutations", func() (py.Object, bool) {
				if done {
					return nil, false
				}
				if first {
					first = false
					return emit(), true
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
				done = true
				return nil, false
			})
		})
		combos := func(name string, repl bool) {
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"iterable", "r"}, 2)
				pool := all(a[0])
				n := len(pool)
				r := py.Index(a[1])
				if r < 0 {
					panic(py.NewError(py.ValueErrorType, "r must be non-negative"))
				}
				indices := make([]int, r)
				if !repl {
					for i := range indices {
						indices[i] = i
					}
				}
				first := true
				done := (!repl && r > n) || (repl && n == 0 && r > 0)
				emit := func() py.Object {
					out := make([]py.Object, r)
					for i, k := range indices {
						out[i] = pool[k]
					}
					return py.NewTuple(out...)
				}
				return mk(name, func() (py.Object, bool) {
					if done {
						return nil, false
					}
					if first {
						first = false
						return emit(), true
					}
					i := r - 1
					if repl {
						for ; i >= 0 && indices[i] == n-1; i-- {
						}
						if i < 0 {
							done = true
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
						done = true
						return nil, false
					}
					indices[i]++
					for j := i + 1; j < r; j++ {
						indices[j] = indices[j-1] + 1
					}
					return emit(), true
				})
			})
		}
		combos("combinations", false)
		combos("combinations_with_replacement", true)
		m.AddFunc("accumulate", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("accumulate", args, kw, []string{"iterable", "func", "initial"}, 1)
			it := py.GetIter(a[0])
			var total py.Object
			initial := a[2]
			if initial == py.None {
				initial = nil
			}
			return mk("accumulate", func() (py.Object, bool) {
				if initial != nil {
					total, initial = initial, nil
					return total, true
				}
				v, ok := py.Next(it)
				if !ok {
					return nil, false
				}
				if total == nil {
					total = v
				} else if a[1] == nil || a[1] == py.None {
					total = py.Add(total, v)
				} else {
					total = py.Call(a[1], total, v)
				}
				return total, true
			})
		})
		m.AddFunc("groupby", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("groupby", args, kw, []string{"iterable", "key"}, 1)
			it := py.GetIter(a[0])
			keyf := a[1]
			if keyf == py.None {
				keyf = nil
			}
			var curKey, curVal py.Object
			exhausted := false
			advance := func() bool {
				v, ok := py.Next(it)
				if !ok {
					exhausted = true
					return false
				}
				curVal = v
				if keyf != nil {
					curKey = py.Call(keyf, v)
				} else {
					curKey = v
				}
				return true
			}
			started := false
			var tgtKey py.Object
			return mk("groupby", func() (py.Object, bool) {
				if !started {
					started = true
					if !advance() {
						return nil, false
					}
				} else {
					for !exhausted && py.Eq(curKey, tgtKey) {
						advance()
					}
				}
				if exhausted {
					return nil, false
				}
				tgtKey = curKey
				myKey := curKey
				firstOut := true
				grp := mk("_grouper", func() (py.Object, bool) {
					if firstOut {
						firstOut = false
						if exhausted || !py.Eq(curKey, myKey) {
							return nil, false
						}
						return curVal, true
					}
					if exhausted || tgtKey != myKey {
						return nil, false
					}
					if !advance() || !py.Eq(curKey, myKey) {
						return nil, false
					}
					return curVal, true
				})
				return py.NewTuple(myKey, grp), true
			})
		})
		m.AddFunc("zip_longest", func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			var fill py.Object = py.None
			for i, k := range kw {
				if k != "fillvalue" {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("zip_longest() got an unexpected keyword argument '%s'", k)))
				}
				fill = args[npos+i]
			}
			its := make([]py.Object, npos)
			for i, a := range args[:npos] {
				its[i] = py.GetIter(a)
			}
			active := npos
			done := make([]bool, npos)
			return mk("zip_longest", func() (py.Object, bool) {
				if active == 0 {
					return nil, false
				}
				out := make([]py.Object, npos)
				for i, it := range its {
					if done[i] {
						out[i] = fill
						continue
					}
					v, ok := py.Next(it)
					if !ok {
						done[i] = true
						active--
						if active == 0 {
							return nil, false
						}
						v = fill
					}
					out[i] = v
				}
				return py.NewTuple(out...), true
			})
		})
		m.AddFunc("starmap", func(args []py.Object, kw []string) py.Object {
			it := py.GetIter(args[1])
			return mk("starmap", func() (py.Object, bool) {
				v, ok := py.Next(it)
				if !ok {
					return nil, false
				}
				return py.Call(args[0], all(v)...), true
			})
		})
		m.AddFunc("takewhile", func(args []py.Object, kw []string) py.Object {
			it := py.GetIter(args[1])
			stopped := false
			return mk("takewhile", func() (py.Object, bool) {
				if stopped {
					return nil, false
				}
				v, ok := py.Next(it)
				if !ok || !py.Truth(py.Call(args[0], v)) {
					stopped = true
					return nil, false
				}
				return v, true
			})
		})
		m.AddFunc("dropwhile", func(args []py.Object, kw []string) py.Object {
			it := py.GetIter(args[1])
			dropping := true
			return mk("dropwhile", func() (py.Object, bool) {
				for {
					v, ok := py.Next(it)
					if !ok {
						return nil, false
					}
					if dropping && py.Truth(py.Call(args[0], v)) {
						continue
					}
					dropping = false
					return v, true
				}
			})
		})
		m.AddFunc("filterfalse", func(args []py.Object, kw []string) py.Object {
			it := py.GetIter(args[1])
			return mk("filterfalse", func() (py.Object, bool) {
				for {
					v, ok := py.Next(it)
					if !ok {
						return nil, false
					}
					var t bool
					if args[0] == py.None {
						t = py.Truth(v)
					} else {
						t = py.Truth(py.Call(args[0], v))
					}
					if !t {
						return v, true
					}
				}
			})
		})
		m.AddFunc("compress", func(args []py.Object, kw []string) py.Object {
			d, s := py.GetIter(args[0]), py.GetIter(args[1])
			return mk("compress", func() (py.Object, bool) {
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
			})
		})
		m.AddFunc("pairwise", func(args []py.Object, kw []string) py.Object {
			it := py.GetIter(args[0])
			var prev py.Object
			return mk("pairwise", func() (py.Object, bool) {
				if prev == nil {
					v, ok := py.Next(it)
					if !ok {
						return nil, false
					}
					prev = v
				}
				v, ok := py.Next(it)
				if !ok {
					return nil, false
				}
				p := prev
				prev = v
				return py.NewTuple(p, v), true
			})
		})
		m.AddFunc("tee", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("tee", args, kw, []string{"iterable", "n"}, 1)
			n := 2
			if a[1] != nil {
				n = py.Index(a[1])
			}
			it := py.GetIter(a[0])
			var buf []py.Object
			pos := make([]int, n)
			base := 0
			out := make([]py.Object, n)
			// running is set while the shared iterator runs: a tee
			// asked for a value meanwhile (by another thread, or by the
			// iterator itself) raises, as CPython's teedataobject does.
			running := false
			advance := func() (v py.Object, ok bool) {
				if running {
					panic(py.NewError(py.RuntimeErrorType, "cannot re-enter the tee iterator"))
				}
				running = true
				defer func() { running = false }()
				return py.Next(it)
			}
			for i := 0; i < n; i++ {
				i := i
				out[i] = mk("_tee", func() (py.Object, bool) {
					if pos[i]-base >= len(buf) {
						v, ok := advance()
						if !ok {
							return nil, false
						}
						buf = append(buf, v)
					}
					v := buf[pos[i]-base]
					pos[i]++
					return v, true
				})
			}
			return py.NewTuple(out...)
		})
		// chain.from_iterable
		cf, _ := m.Dict.GetStr("_chain_from_iterable")
		m.Dict.DeleteStr("_chain_from_iterable")
		ch, _ := m.Dict.GetStr("chain")
		m.Set("chain", &chainType{BuiltinFunction: ch.(*py.BuiltinFunction), fromIterable: cf})
	})
}

// chainType is chain with its from_iterable attribute.
type chainType struct {
	*py.BuiltinFunction
	fromIterable py.Object
}

var chainClass = py.NewType("chain", "itertools", nil)

func (*chainType) Type() *py.Type { return chainClass }

func init() {
	py.AddGetter(chainClass, "from_iterable", func(o py.Object) py.Object { return o.(*chainType).fromIterable }, nil)
}

func isFloat(o py.Object) bool { _, ok := o.(py.Float); return ok }
