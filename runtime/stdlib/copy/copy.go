// Package copy is Python's copy module.
package copy

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// ErrorType is copy.Error.
var ErrorType *py.Type

func isAtomic(o py.Object) bool {
	switch o.(type) {
	case py.NoneType, py.Int, py.Bool, *py.BigInt, py.Float, py.Complex, py.Str, py.Bytes, *py.Type, *py.Function, *py.BuiltinFunction, *py.Range:
		return true
	}
	return false
}

func newLike(o py.Object) py.Object {
	return py.Call(py.GetAttr(py.ObjectType, "__new__"), o.Type())
}

// Copy is copy.copy.
func Copy(o py.Object) py.Object {
	if isAtomic(o) {
		return o
	}
	if m := py.LookupSpecial(o, "__copy__"); m != nil {
		return py.Call(m)
	}
	switch v := o.(type) {
	case *py.List:
		if v.Type() == py.ListType {
			return py.NewList(append([]py.Object(nil), v.Items...)...)
		}
	case *py.Tuple:
		return v
	case *py.Dict:
		if v.Type() == py.DictType {
			return v.Copy()
		}
		if m := py.LookupAttr(v, "copy"); m != nil {
			return py.Call(m)
		}
	case *py.Set:
		if v.Frozen {
			return v
		}
		return py.Call(py.SetType, v)
	case *py.Instance:
		n := newLike(v)
		if c, ok := n.(*py.Instance); ok && c.CopyAttrs(v, nil) {
			return n
		}
		if d, ok := n.(py.InstanceDict); ok && d.InstanceDict() != nil {
			py.DictUpdate(d.InstanceDict(), v.InstanceDict())
		}
		return n
	case *py.BaseException:
		n := py.Call(v.Type(), v.Args.Items...)
		py.DictUpdate(n.(*py.BaseException).Dict, v.Dict)
		return n
	}
	if m := py.LookupAttr(o, "copy"); m != nil {
		return py.Call(m)
	}
	if n := viaReduce(o, nil); n != nil {
		return n
	}
	panic(py.NewError(ErrorType, "un(shallow)copyable object of type "+py.Repr(o.Type())))
}

// viaReduce copies an object whose type defines its own __reduce__ (the
// builtin iterators, ...) as copy.py does: rebuild it from the reduce
// value, its arguments and state passed through deep (nil for a shallow
// copy). It is nil for other objects.
func viaReduce(o py.Object, deep func(py.Object) py.Object) py.Object {
	r := o.Type().Lookup("__reduce__")
	if r == nil || r == py.ObjectType.Lookup("__reduce__") {
		return nil
	}
	rv := py.CallMethod(o, "__reduce__")
	if _, ok := rv.(py.Str); ok {
		return o
	}
	t, ok := rv.(*py.Tuple)
	if !ok || len(t.Items) < 2 {
		panic(py.NewError(py.TypeErrorType, "__reduce__ must return a string or tuple"))
	}
	args := t.Items[1]
	if deep != nil {
		args = deep(args)
	}
	at, ok := args.(*py.Tuple)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "__reduce__ arguments must be a tuple"))
	}
	n := py.Call(t.Items[0], at.Items...)
	if len(t.Items) > 2 && t.Items[2] != py.None {
		state := t.Items[2]
		if deep != nil {
			state = deep(state)
		}
		if m := py.LookupAttr(n, "__setstate__"); m != nil {
			py.Call(m, state)
		} else if d, ok := n.(py.InstanceDict); ok && d.InstanceDict() != nil {
			py.DictUpdate(d.InstanceDict(), state)
		}
	}
	return n
}

// DeepCopy is copy.deepcopy with a memo keyed by identity.
func DeepCopy(o py.Object, memo map[py.Object]py.Object, memoDict *py.Dict) py.Object {
	if isAtomic(o) {
		return o
	}
	if v, ok := memo[o]; ok {
		return v
	}
	// CPython's deepcopy is Python code: each level of nesting costs the
	// frames its copiers take.
	levels, where := deepcopyFrames(o)
	for i := 0; i < levels; i++ {
		py.EnterRecursiveCall(where)
	}
	defer func() {
		for i := 0; i < levels; i++ {
			py.LeaveRecursiveCall()
		}
	}()
	if m := py.LookupSpecial(o, "__deepcopy__"); m != nil {
		r := py.Call(m, memoDict)
		memo[o] = r
		return r
	}
	switch v := o.(type) {
	case *py.List:
		n := py.NewList()
		if v.Type() != py.ListType {
			nn := py.Call(v.Type())
			n = nn.(*py.List)
		}
		memo[o] = n
		for _, it := range v.Items {
			n.Items = append(n.Items, DeepCopy(it, memo, memoDict))
		}
		return n
	case *py.Tuple:
		items := make([]py.Object, len(v.Items))
		changed := false
		for i, it := range v.Items {
			items[i] = DeepCopy(it, memo, memoDict)
			if items[i] != it {
				changed = true
			}
		}
		if !changed {
			return v
		}
		var n py.Object
		if v.Type() == py.TupleType {
			n = py.NewTuple(items...)
		} else {
			n = py.NewTupleOf(v.Type(), items)
		}
		memo[o] = n
		return n
	case *py.Dict:
		var n *py.Dict
		if v.Type() == py.DictType {
			n = py.NewDict()
		} else {
			n = py.NewDictOf(v.Type())
			if src := v.InstanceDict(); src != nil {
				py.DictUpdate(n.InstanceDict(), src)
			}
		}
		memo[o] = n
		v.Items(func(k, x py.Object) bool {
			n.Set(DeepCopy(k, memo, memoDict), DeepCopy(x, memo, memoDict))
			return true
		})
		return n
	case *py.Set:
		n := py.NewSet()
		n.Frozen = v.Frozen
		memo[o] = n
		for _, e := range v.Elems() {
			n.Add(DeepCopy(e, memo, memoDict))
		}
		return n
	case *py.Instance:
		n := newLike(v)
		memo[o] = n
		if c, ok := n.(*py.Instance); ok && c.CopyAttrs(v, func(x py.Object) py.Object { return DeepCopy(x, memo, memoDict) }) {
			return n
		}
		if d, ok := n.(py.InstanceDict); ok && d.InstanceDict() != nil {
			v.InstanceDict().Items(func(k, x py.Object) bool {
				d.InstanceDict().Set(k, DeepCopy(x, memo, memoDict))
				return true
			})
		}
		return n
	}
	if n := viaReduce(o, func(x py.Object) py.Object { return DeepCopy(x, memo, memoDict) }); n != nil {
		memo[o] = n
		return n
	}
	return Copy(o)
}

func setup0() {
	py.RegisterFallbackModule("copy", func(m *py.Module) {
		m.Set("Error", ErrorType)
		m.Set("error", ErrorType)
		m.AddFunc("copy", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("copy", args, kw, []string{"x"}, 1)
			return Copy(a[0])
		})
		m.AddFunc("deepcopy", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("deepcopy", args, kw, []string{"x", "memo"}, 1)
			return DeepCopy(a[0], map[py.Object]py.Object{}, py.NewDict())
		})
	})
}

// deepcopyFrames is how many Python frames CPython's copy.deepcopy takes
// to go one level into o (deepcopy and its copier: _deepcopy_list, a
// comprehension for tuples, _reconstruct for what goes through
// __reduce_ex__), and how its RecursionError reads there.
func deepcopyFrames(o py.Object) (int, string) {
	const calling = " while calling a Python object"
	switch v := o.(type) {
	case *py.List:
		return 2, calling
	case *py.Tuple:
		return 3, calling
	case *py.Set:
		return 5, calling
	case *py.Dict:
		if v.Type() != py.DictType && v.Type().Name == "OrderedDict" {
			return 2, ""
		}
		return 2, calling
	case *py.Instance:
		return 4, calling
	}
	if o.Type().Name == "deque" {
		return 2, ""
	}
	return 2, calling
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	ErrorType = py.NewType("Error", "copy", py.ExceptionType)
}
