// Package gcmod is Python's gc module over Go's collector. Go's collector
// is not generational and frees cycles on its own; the module keeps
// CPython's interface: collect() runs a full Go collection and the weakref
// callbacks it made due, thresholds and debug flags are kept and reported,
// the counts and statistics stay at what a program that never needed the
// cycle collector would show.
package gcmod

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/weakrefmod"
)

var (
	enabled     = true
	threshold   = [3]int{700, 10, 10}
	debugFlags  = 0
	frozen      = 0
	collecting  = false
	collections [3]int
)

func genArg(o py.Object) int {
	g := py.Index(o)
	if g < 0 || g > 2 {
		panic(py.NewError(py.ValueErrorType, "invalid generation"))
	}
	return g
}

// atomic reports whether CPython's collector would leave o untracked.
func atomic(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, py.Float, py.Str, py.Bytes, py.NoneType, *py.BigInt:
		return true
	}
	return false
}

// collected is set by the first gc.collect(): CPython untracks the tuples
// that can hold no cycle when a collection examines them, and a collection
// examines them all.
var collected bool

func isTracked(o py.Object) bool {
	switch v := o.(type) {
	case *py.Dict:
		if v.Type() != py.DictType {
			return true
		}
		tracked := false
		v.Items(func(k, x py.Object) bool {
			if !atomic(k) || !atomic(x) {
				tracked = true
				return false
			}
			return true
		})
		return tracked
	case *py.Range, *py.Slice:
		return false
	case *py.Tuple:
		// An exact tuple whose items can hold no cycle is untracked, as
		// CPython's collections leave it (_PyTuple_MaybeUntrack); a
		// subclass's instance stays tracked.
		if v.Type() != py.TupleType {
			return true
		}
		if len(v.Items) == 0 {
			return false
		}
		if !collected {
			// Tracked from its making until a collection looks at it.
			return true
		}
		for _, it := range v.Items {
			// A dict counts whether or not it is tracked now.
			if _, isDict := it.(*py.Dict); isDict || isTracked(it) {
				return true
			}
		}
		return false
	case *py.Type:
		// Classes are collected; builtin (static) types are not.
		return v.Module != "builtins"
	}
	if atomic(o) || o.Type() == py.ObjectType {
		return false
	}
	return o.Type().Module != "builtins" || o.Type() == py.ListType || o.Type() == py.TupleType || o.Type() == py.SetType ||
		o.Type() == py.FrozenSetType || o.Type().Name == "function" || o.Type().Name == "method"
}

func referents(o py.Object) []py.Object {
	switch v := o.(type) {
	case *py.List:
		out := make([]py.Object, 0, len(v.Items))
		for i := len(v.Items) - 1; i >= 0; i-- {
			out = append(out, v.Items[i])
		}
		return out
	case *py.Tuple:
		out := make([]py.Object, 0, len(v.Items))
		for i := len(v.Items) - 1; i >= 0; i-- {
			out = append(out, v.Items[i])
		}
		return out
	case *py.Dict:
		var out []py.Object
		v.Items(func(k, x py.Object) bool {
			out = append(out, k, x)
			return true
		})
		return out
	case *py.Set:
		return v.Elems()
	case py.InstanceDict:
		var out []py.Object
		if d := v.InstanceDict(); d != nil {
			out = append(out, d)
		}
		return append(out, o.Type())
	}
	return nil
}

func collect(gen int) py.Object {
	if collecting {
		return py.Int(0)
	}
	collecting = true
	defer func() { collecting = false }()
	var cbs []py.Object
	if l, ok := callbacks.(*py.List); ok {
		cbs = append(cbs, l.Items...)
	}
	for _, cb := range cbs {
		py.Call(cb, py.Str("start"), py.DictFromPairs(py.Str("generation"), py.Int(gen), py.Str("collected"), py.Int(0), py.Str("uncollectable"), py.Int(0)))
	}
	py.PruneUnawaited()
	weakrefmod.Collect()
	py.RunCollectHooks()
	collections[gen]++
	for _, cb := range cbs {
		py.Call(cb, py.Str("stop"), py.DictFromPairs(py.Str("generation"), py.Int(gen), py.Str("collected"), py.Int(0), py.Str("uncollectable"), py.Int(0)))
	}
	return py.Int(0)
}

var callbacks py.Object

func noArgs(name string, args []py.Object) {
	if len(args) != 0 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("gc.%s() takes no arguments (%d given)", name, len(args))))
	}
}

func oneArg(name string, args []py.Object, kw []string) {
	if len(args) != 1 || len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("gc.%s() takes exactly one argument (%d given)", name, len(args)-len(kw))))
	}
}

func setup0() {
	py.RegisterModule("gc", func(m *py.Module) {
		m.Set("__doc__", py.Str(doc))
		m.Set("DEBUG_STATS", py.Int(1))
		m.Set("DEBUG_COLLECTABLE", py.Int(2))
		m.Set("DEBUG_UNCOLLECTABLE", py.Int(4))
		m.Set("DEBUG_SAVEALL", py.Int(32))
		m.Set("DEBUG_LEAK", py.Int(38))
		m.Set("garbage", py.NewList())
		m.Set("callbacks", callbacks)
		m.AddFunc("enable", func(args []py.Object, kw []string) py.Object { noArgs("enable", args); enabled = true; return py.None })
		m.AddFunc("disable", func(args []py.Object, kw []string) py.Object {
			noArgs("disable", args)
			enabled = false
			return py.None
		})
		m.AddFunc("isenabled", func(args []py.Object, kw []string) py.Object { noArgs("isenabled", args); return py.NewBool(enabled) })
		m.AddFunc("collect", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("collect", args, kw, []string{"generation"}, 0)
			g := 2
			if a[0] != nil {
				g = genArg(a[0])
			}
			r := collect(g)
			collected = true
			return r
		})
		m.AddFunc("get_count", func(args []py.Object, kw []string) py.Object {
			noArgs("get_count", args)
			return py.NewTuple(py.Int(0), py.Int(0), py.Int(0))
		})
		m.AddFunc("get_threshold", func(args []py.Object, kw []string) py.Object {
			noArgs("get_threshold", args)
			return py.NewTuple(py.Int(threshold[0]), py.Int(threshold[1]), py.Int(threshold[2]))
		})
		m.AddFunc("set_threshold", func(args []py.Object, kw []string) py.Object {
			if len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, "set_threshold() takes no keyword arguments"))
			}
			if len(args) == 0 {
				panic(py.NewError(py.TypeErrorType, "set_threshold() takes at least 1 argument (0 given)"))
			}
			if len(args) > 3 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("set_threshold() takes at most 3 arguments (%d given)", len(args))))
			}
			for i, a := range args {
				threshold[i] = py.Index(a)
			}
			return py.None
		})
		m.AddFunc("get_debug", func(args []py.Object, kw []string) py.Object { noArgs("get_debug", args); return py.Int(debugFlags) })
		m.AddFunc("set_debug", func(args []py.Object, kw []string) py.Object {
			oneArg("set_debug", args, kw)
			debugFlags = py.Index(args[0])
			return py.None
		})
		m.AddFunc("get_stats", func(args []py.Object, kw []string) py.Object {
			noArgs("get_stats", args)
			out := py.NewList()
			for g := 0; g < 3; g++ {
				out.Items = append(out.Items, py.DictFromPairs(py.Str("collections"), py.Int(collections[g]), py.Str("collected"), py.Int(0), py.Str("uncollectable"), py.Int(0)))
			}
			return out
		})
		m.AddFunc("get_objects", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("get_objects", args, kw, []string{"generation"}, 0)
			if a[0] != nil && a[0] != py.None {
				g := py.Index(a[0])
				if g >= 3 {
					panic(py.NewError(py.ValueErrorType, "generation parameter must be less than the number of available generations (3)"))
				}
				if g < 0 {
					panic(py.NewError(py.ValueErrorType, "generation parameter cannot be negative"))
				}
			}
			// Go's heap cannot be walked for Python objects.
			return py.NewList()
		})
		m.AddFunc("get_referrers", func(args []py.Object, kw []string) py.Object { return py.NewList() })
		m.AddFunc("get_referents", func(args []py.Object, kw []string) py.Object {
			out := py.NewList()
			for _, a := range args {
				out.Items = append(out.Items, referents(a)...)
			}
			return out
		})
		m.AddFunc("is_tracked", func(args []py.Object, kw []string) py.Object {
			oneArg("is_tracked", args, kw)
			return py.NewBool(isTracked(args[0]))
		})
		m.AddFunc("is_finalized", func(args []py.Object, kw []string) py.Object {
			oneArg("is_finalized", args, kw)
			return py.False
		})
		m.AddFunc("freeze", func(args []py.Object, kw []string) py.Object { noArgs("freeze", args); return py.None })
		m.AddFunc("unfreeze", func(args []py.Object, kw []string) py.Object { noArgs("unfreeze", args); frozen = 0; return py.None })
		m.AddFunc("get_freeze_count", func(args []py.Object, kw []string) py.Object {
			noArgs("get_freeze_count", args)
			return py.Int(frozen)
		})
	})
}

const doc = `This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
`

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	callbacks = py.NewList()
}
