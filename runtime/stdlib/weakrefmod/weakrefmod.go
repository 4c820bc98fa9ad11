// Package weakrefmod is CPython's _weakref module (the C half of weakref):
// ref (ReferenceType), proxy (ProxyType, CallableProxyType),
// getweakrefcount, getweakrefs and _remove_dead_weakref. The pure-Python
// weakref and _weakrefset modules (WeakValueDictionary, WeakKeyDictionary,
// WeakSet, WeakMethod, finalize) run on top of it.
//
// A referent is held through a Go weak pointer (package weak) to the object
// its py.Object interface points at, and its death is observed with
// runtime.AddCleanup. Objects die when Go's collector finds them
// unreachable, not when their last reference goes as under CPython's
// reference counting: gc.collect() (which runs a collection and then the
// pending callbacks) is the point at which a test can rely on it.
// Callbacks of references still alive run in CPython's order (newest
// first), on a Python thread of their own or inside gc.collect().
package weakrefmod

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sync"
	"time"
	"unsafe"
	"weak"

	"github.com/py2goasync/py2goasync/runtime/py"
)

type iface struct{ tab, data unsafe.Pointer }

// target is a referent: its interface's type word and a weak pointer to
// its data.
type target struct {
	tab unsafe.Pointer
	wp  weak.Pointer[byte]
}

func (t target) get() py.Object {
	p := t.wp.Value()
	if p == nil {
		return nil
	}
	var o py.Object
	*(*iface)(unsafe.Pointer(&o)) = iface{t.tab, unsafe.Pointer(p)}
	return o
}

// entry lists the weak references to one live object, in CPython's
// order: the basic ref, the basic proxy, then the others newest first.
type entry struct {
	addr uintptr
	id   weak.Pointer[byte]
	refs []weak.Pointer[Ref]
}

var (
	mu       sync.Mutex
	registry = map[uintptr]*entry{}
	pending  []*Ref // dead references whose callbacks are due
	// collected is signalled by the sentinel cleanup gc.collect uses to
	// know the collector's cleanups have run.
	running bool
)

// notWeakrefable lists the builtin types whose instances CPython cannot
// reference weakly (their subclasses can).
var notWeakrefable = map[*py.Type]bool{}

func init() {
	py.RegisterLazyModule("_weakref", setup)
	py.WeakrefOf = func(o py.Object) py.Object {
		if refs := liveRefs(o); len(refs) > 0 {
			return refs[0]
		}
		return nil
	}
	for _, t := range []*py.Type{py.IntType, py.BoolType, py.FloatType, py.StrType, py.BytesType, py.ByteArrayType,
		py.TupleType, py.ListType, py.DictType, py.ObjectType, py.None.Type(), py.BuiltinFunctionType, py.RangeType, py.SliceType} {
		notWeakrefable[t] = true
	}
	if c := py.BuiltinOrNil("complex"); c != nil {
		if t, ok := c.(*py.Type); ok {
			notWeakrefable[t] = true
		}
	}
}

func weakrefable(o py.Object) bool {
	t := o.Type()
	if notWeakrefable[t] {
		return false
	}
	if t.Module == "builtins" && t.IsSubtype(py.BaseExceptionType) {
		return false
	}
	if _, isRef := o.(*Ref); isRef {
		// ref and the proxies are not; a subclass of ref is when it has
		// a __weakref__ slot (WeakMethod's) or a class without
		// __slots__.
		return refSubWeakrefable(t)
	}
	if weak, known := py.InstancesWeakrefable(t); known {
		// A class statement's instances: the class or a base has a
		// __weakref__ (no __slots__, or "__weakref__" among them).
		return weak
	}
	k := reflect.TypeOf(o).Kind()
	return k == reflect.Pointer
}

func targetOf(o py.Object) (target, uintptr) {
	if !weakrefable(o) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot create weak reference to '%s' object", o.Type().Name)))
	}
	f := *(*iface)(unsafe.Pointer(&o))
	return target{tab: f.tab, wp: weak.Make((*byte)(f.data))}, uintptr(f.data)
}

// entryFor returns the registry entry of a live object, making it (and
// the cleanup that reports the object's death) on first use.
func entryFor(o py.Object, t target, addr uintptr) *entry {
	e := registry[addr]
	if e != nil && e.id == t.wp {
		return e
	}
	e = &entry{addr: addr, id: t.wp}
	registry[addr] = e
	runtime.AddCleanup((*byte)((*iface)(unsafe.Pointer(&o)).data), died, e)
	return e
}

// died runs (on the collector's cleanup goroutine) once a referent is
// unreachable: its references are dead, and those with callbacks queue
// them.
func died(e *entry) {
	mu.Lock()
	if registry[e.addr] == e {
		delete(registry, e.addr)
	}
	queued := false
	for _, w := range e.refs {
		if r := w.Value(); r != nil && r.callback != nil {
			pending = append(pending, r)
			queued = true
		}
	}
	start := queued && !running
	if start {
		running = true
	}
	mu.Unlock()
	if start {
		py.StartThread("weakref-callbacks", nil, runPending)
	}
}

// runPending calls the queued callbacks; the caller holds the GIL.
func runPending() {
	for {
		mu.Lock()
		if len(pending) == 0 {
			running = false
			mu.Unlock()
			return
		}
		r := pending[0]
		pending = pending[1:]
		mu.Unlock()
		cb := r.callback
		r.callback = nil
		callSafely(cb, r)
	}
}

// callSafely calls cb(r), reporting an exception as CPython reports
// exceptions in weakref callbacks (unraisable, on stderr).
func callSafely(cb py.Object, r *Ref) {
	if e := py.Catch(func() { py.Call(cb, r) }); e != nil {
		py.FlushStdout()
		msg := fmt.Sprintf("Exception ignored in: %s\n", py.Repr(cb))
		msg += py.FormatException(e)
		os.Stderr.WriteString(msg)
	}
}

// Collect runs a full collection and the callbacks of the references it
// killed (gc.collect's part).
func Collect() {
	py.WithoutGIL(func() {
		for i := 0; i < 2; i++ {
			runtime.GC()
			done := make(chan struct{})
			s := new([16]byte)
			runtime.AddCleanup(s, func(c chan struct{}) { close(c) }, done)
			s = nil
			runtime.GC()
			select {
			case <-done:
			case <-time.After(100 * time.Millisecond):
			}
		}
	})
	mu.Lock()
	busy := running
	if !busy {
		running = true
	}
	mu.Unlock()
	if !busy {
		runPending()
	}
}

// Ref is a weakref.ReferenceType, or a proxy.
type Ref struct {
	cls      *py.Type
	t        target
	callback py.Object // nil: none (or already called)
	hash     uint64
	hashed   bool
	dict     *py.Dict
	basic    bool
}

var (
	// RefType is weakref.ReferenceType (_weakref.ref).
	RefType = py.NewNativeType("ReferenceType", "weakref", nil, nil)
	// ProxyType and CallableProxyType are weakref.ProxyType and
	// weakref.CallableProxyType.
	ProxyType         = py.NewNativeType("ProxyType", "weakref", nil, nil)
	CallableProxyType = py.NewNativeType("CallableProxyType", "weakref", nil, nil)
)

func (r *Ref) Type() *py.Type { return r.cls }

// InstanceDict holds the attributes of instances of Python subclasses.
func (r *Ref) InstanceDict() *py.Dict {
	if r.cls == RefType || r.cls == ProxyType || r.cls == CallableProxyType {
		return nil
	}
	if r.dict == nil {
		r.dict = py.NewDict()
	}
	return r.dict
}

// Get returns the referent, or nil once it is dead.
func (r *Ref) Get() py.Object { return r.t.get() }

func (r *Ref) isProxy() bool { return r.cls == ProxyType || r.cls == CallableProxyType }

func (r *Ref) String() string {
	o := r.Get()
	kind := "weakref"
	if r.isProxy() {
		kind = "weakproxy"
	}
	if o == nil {
		return fmt.Sprintf("<%s at 0x%x; dead>", kind, py.Id(r))
	}
	if r.isProxy() {
		return fmt.Sprintf("<weakproxy at 0x%x; to '%s' at 0x%x>", py.Id(r), o.Type().Name, py.Id(o))
	}
	// The name is looked up as a special method is (gh-99184): what an
	// instance's __getattr__ raises for it does not spoil the repr.
	var n py.Object
	py.Catch(func() { n = py.LookupAttr(o, "__name__") })
	if n != nil {
		if _, ok := n.(py.Str); ok {
			return fmt.Sprintf("<weakref at 0x%x; to '%s' at 0x%x (%s)>", py.Id(r), o.Type().Name, py.Id(o), py.StrOf(n))
		}
	}
	return fmt.Sprintf("<weakref at 0x%x; to '%s' at 0x%x>", py.Id(r), o.Type().Name, py.Id(o))
}

// newRef is ref.__new__ / proxy(): cls is the class to make.
func newRef(cls *py.Type, o, callback py.Object) *Ref {
	if callback == py.None {
		callback = nil
	}
	t, addr := targetOf(o)
	mu.Lock()
	defer mu.Unlock()
	e := entryFor(o, t, addr)
	basicKind := callback == nil && (cls == RefType || cls == ProxyType || cls == CallableProxyType)
	if basicKind {
		for _, w := range e.refs {
			if x := w.Value(); x != nil && x.basic && x.cls == cls {
				return x
			}
		}
	}
	r := &Ref{cls: cls, t: t, callback: callback, basic: basicKind}
	wr := weak.Make(r)
	// Prune references that died, then insert as CPython does.
	live := e.refs[:0]
	for _, w := range e.refs {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	e.refs = live
	nBasic := 0
	for _, w := range e.refs {
		if x := w.Value(); x != nil && x.basic {
			nBasic++
		}
	}
	switch {
	case basicKind && cls == RefType:
		e.refs = append([]weak.Pointer[Ref]{wr}, e.refs...)
	default:
		at := nBasic
		e.refs = append(e.refs, weak.Pointer[Ref]{})
		copy(e.refs[at+1:], e.refs[at:])
		e.refs[at] = wr
	}
	runtime.KeepAlive(o)
	return r
}

func liveRefs(o py.Object) []*Ref {
	if !weakrefable(o) {
		return nil
	}
	addr := uintptr((*iface)(unsafe.Pointer(&o)).data)
	mu.Lock()
	defer mu.Unlock()
	e := registry[addr]
	if e == nil || e.id != weak.Make((*byte)((*iface)(unsafe.Pointer(&o)).data)) {
		return nil
	}
	var out []*Ref
	for _, w := range e.refs {
		if r := w.Value(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func asRef(o py.Object, what string) *Ref {
	r, ok := o.(*Ref)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' requires a 'weakref.ReferenceType' object but received a '%s'", what, o.Type().Name)))
	}
	return r
}

func unpackArgs(fname string, args []py.Object, kw []string, min, max int) {
	if len(kw) > 0 {
		panic(py.NewError(py.TypeErrorType, fname+"() takes no keyword arguments"))
	}
	if len(args) < min {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at least %d argument%s, got %d", fname, min, plural(min), len(args))))
	}
	if len(args) > max {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s expected at most %d argument%s, got %d", fname, max, plural(max), len(args))))
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func code(name, qual string, params ...string) *py.Code {
	return &py.Code{Name: name, Qualname: qual, Module: "weakref", Params: params, NumPos: len(params)}
}

// proxied returns a proxy's referent or raises ReferenceError.
func proxied(o py.Object) py.Object {
	r := o.(*Ref)
	x := r.Get()
	if x == nil {
		panic(py.NewError(py.ReferenceErrorType, "weakly-referenced object no longer exists"))
	}
	return x
}

// setup builds the reference types at the first import of _weakref:
// references exist only through it, so no program that does not import
// it pays for their method tables at start.
var setup = py.Lazy(setupTypes)

func setupTypes() {
	RefType.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		if len(args) == 0 {
			panic(py.NewError(py.TypeErrorType, "ReferenceType.__new__(): not enough arguments"))
		}
		cls, ok := args[0].(*py.Type)
		if !ok || !cls.IsSubtype(RefType) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("ReferenceType.__new__(X): X is not a subtype of ReferenceType")))
		}
		// Keyword arguments are left to a subclass's __init__, as
		// CPython's weakref___new__ leaves them.
		a := args[1 : len(args)-len(kw)]
		unpackArgs("__new__", a, nil, 1, 2)
		var cb py.Object
		if len(a) > 1 {
			cb = a[1]
		}
		return newRef(cls, a[0], cb)
	})})
	// Calling ref itself takes no keywords (C's weakref_vectorcall); a
	// subclass's call, and ref.__new__ called directly, leave them to
	// __init__.
	py.SetCall(RefType, func(t *py.Type, args []py.Object, kw []string) py.Object {
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "ref() takes no keyword arguments"))
		}
		unpackArgs("__new__", args, nil, 1, 2)
		var cb py.Object
		if len(args) > 1 {
			cb = args[1]
		}
		return newRef(t, args[0], cb)
	})
	py.AddMethod(RefType, "__init__", func(args []py.Object, kw []string) py.Object {
		unpackArgs("__init__", args[1:len(args)-len(kw)], nil, 1, 2)
		return py.None
	})
	py.SetSubclassable(RefType)
	RefType.Dict.SetStr("__call__", py.NewFunction(code("__call__", "ReferenceType.__call__", "self"), nil, nil, func(a []py.Object) py.Object {
		if x := asRef(a[0], "__call__").Get(); x != nil {
			return x
		}
		return py.None
	}))
	RefType.Dict.SetStr("__hash__", py.NewFunction(code("__hash__", "ReferenceType.__hash__", "self"), nil, nil, func(a []py.Object) py.Object {
		r := asRef(a[0], "__hash__")
		if !r.hashed {
			x := r.Get()
			if x == nil {
				panic(py.NewError(py.TypeErrorType, "weak object has gone away"))
			}
			r.hash = py.Hash(x)
			r.hashed = true
		}
		return py.Int(int64(r.hash))
	}))
	cmp := func(name string, eq bool) {
		RefType.Dict.SetStr(name, py.NewFunction(code(name, "ReferenceType."+name, "self", "other"), nil, nil, func(a []py.Object) py.Object {
			r := asRef(a[0], name)
			o, ok := a[1].(*Ref)
			if !ok || o.isProxy() {
				return py.NotImplemented
			}
			x, y := r.Get(), o.Get()
			if x == nil || y == nil {
				return py.NewBool((r == o) == eq)
			}
			if eq {
				return py.Compare(x, y, py.OpEq)
			}
			return py.Compare(x, y, py.OpNe)
		}))
	}
	cmp("__eq__", true)
	cmp("__ne__", false)
	RefType.Dict.SetStr("__repr__", py.NewFunction(code("__repr__", "ReferenceType.__repr__", "self"), nil, nil, func(a []py.Object) py.Object {
		return py.Str(asRef(a[0], "__repr__").String())
	}))
	py.AddGetter(RefType, "__callback__", func(o py.Object) py.Object {
		if cb := o.(*Ref).callback; cb != nil {
			return cb
		}
		return py.None
	}, nil)
	RefType.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
		return &py.GenericAlias{Origin: args[0].(*py.Type), Args: args[1]}
	})})

	for _, pt := range []*py.Type{ProxyType, CallableProxyType} {
		pt := pt
		pt.SetNoNew()
		pt.Dict.SetStr("__getattr__", py.NewFunction(code("__getattr__", pt.Name+".__getattr__", "self", "name"), nil, nil, func(a []py.Object) py.Object {
			return py.GetAttr(proxied(a[0]), py.StrOf(a[1]))
		}))
		pt.Dict.SetStr("__setattr__", py.NewFunction(code("__setattr__", pt.Name+".__setattr__", "self", "name", "value"), nil, nil, func(a []py.Object) py.Object {
			py.SetAttr(proxied(a[0]), py.StrOf(a[1]), a[2])
			return py.None
		}))
		pt.Dict.SetStr("__delattr__", py.NewFunction(code("__delattr__", pt.Name+".__delattr__", "self", "name"), nil, nil, func(a []py.Object) py.Object {
			py.DelAttr(proxied(a[0]), py.StrOf(a[1]))
			return py.None
		}))
		pt.Dict.SetStr("__repr__", py.NewFunction(code("__repr__", pt.Name+".__repr__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.Str(a[0].(*Ref).String())
		}))
		pt.Dict.SetStr("__str__", py.NewFunction(code("__str__", pt.Name+".__str__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.Str(py.StrOf(proxied(a[0])))
		}))
		pt.Dict.SetStr("__hash__", py.NewFunction(code("__hash__", pt.Name+".__hash__", "self"), nil, nil, func(a []py.Object) py.Object {
			panic(py.NewError(py.TypeErrorType, "unhashable type: 'weakref."+pt.Name+"'"))
		}))
		pt.Dict.SetStr("__bool__", py.NewFunction(code("__bool__", pt.Name+".__bool__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.NewBool(py.Truth(proxied(a[0])))
		}))
		pt.Dict.SetStr("__len__", py.NewFunction(code("__len__", pt.Name+".__len__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.Int(py.Len(proxied(a[0])))
		}))
		pt.Dict.SetStr("__iter__", py.NewFunction(code("__iter__", pt.Name+".__iter__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.GetIter(proxied(a[0]))
		}))
		pt.Dict.SetStr("__next__", py.NewFunction(code("__next__", pt.Name+".__next__", "self"), nil, nil, func(a []py.Object) py.Object {
			o := proxied(a[0])
			if py.LookupSpecial(o, "__next__") == nil {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Weakref proxy referenced a non-iterator '%s' object", o.Type().Name)))
			}
			return py.CallMethod(o, "__next__")
		}))
		pt.Dict.SetStr("__contains__", py.NewFunction(code("__contains__", pt.Name+".__contains__", "self", "x"), nil, nil, func(a []py.Object) py.Object {
			return py.NewBool(py.Contains(proxied(a[0]), a[1]))
		}))
		pt.Dict.SetStr("__getitem__", py.NewFunction(code("__getitem__", pt.Name+".__getitem__", "self", "k"), nil, nil, func(a []py.Object) py.Object {
			return py.GetItem(proxied(a[0]), a[1])
		}))
		pt.Dict.SetStr("__setitem__", py.NewFunction(code("__setitem__", pt.Name+".__setitem__", "self", "k", "v"), nil, nil, func(a []py.Object) py.Object {
			py.SetItem(proxied(a[0]), a[1], a[2])
			return py.None
		}))
		pt.Dict.SetStr("__delitem__", py.NewFunction(code("__delitem__", pt.Name+".__delitem__", "self", "k"), nil, nil, func(a []py.Object) py.Object {
			py.DelItem(proxied(a[0]), a[1])
			return py.None
		}))
		unwrap := func(o py.Object) py.Object {
			if r, ok := o.(*Ref); ok && r.isProxy() {
				return proxied(r)
			}
			return o
		}
		for _, c := range []struct {
			name string
			op   py.CmpOp
		}{{"__lt__", py.OpLt}, {"__le__", py.OpLe}, {"__eq__", py.OpEq}, {"__ne__", py.OpNe}, {"__gt__", py.OpGt}, {"__ge__", py.OpGe}} {
			c := c
			pt.Dict.SetStr(c.name, py.NewFunction(code(c.name, pt.Name+"."+c.name, "self", "other"), nil, nil, func(a []py.Object) py.Object {
				return py.Compare(proxied(a[0]), unwrap(a[1]), c.op)
			}))
		}
		for _, b := range []struct {
			name string
			op   py.BinOp
		}{{"add", py.OpAdd}, {"sub", py.OpSub}, {"mul", py.OpMul}, {"truediv", py.OpTrueDiv}, {"floordiv", py.OpFloorDiv},
			{"mod", py.OpMod}, {"pow", py.OpPow}, {"lshift", py.OpLShift}, {"rshift", py.OpRShift}, {"and", py.OpAnd},
			{"or", py.OpOr}, {"xor", py.OpXor}, {"matmul", py.OpMatMul}} {
			b := b
			pt.Dict.SetStr("__"+b.name+"__", py.NewFunction(code("__"+b.name+"__", pt.Name+".__"+b.name+"__", "self", "other"), nil, nil, func(a []py.Object) py.Object {
				return py.Binary(b.op, proxied(a[0]), unwrap(a[1]))
			}))
			pt.Dict.SetStr("__r"+b.name+"__", py.NewFunction(code("__r"+b.name+"__", pt.Name+".__r"+b.name+"__", "self", "other"), nil, nil, func(a []py.Object) py.Object {
				return py.Binary(b.op, unwrap(a[1]), proxied(a[0]))
			}))
			pt.Dict.SetStr("__i"+b.name+"__", py.NewFunction(code("__i"+b.name+"__", pt.Name+".__i"+b.name+"__", "self", "other"), nil, nil, func(a []py.Object) py.Object {
				return py.Inplace(b.op, proxied(a[0]), unwrap(a[1]))
			}))
		}
		for _, u := range []struct {
			name string
			f    func(py.Object) py.Object
		}{{"__neg__", py.Neg}, {"__pos__", py.Pos}, {"__abs__", py.Abs}, {"__invert__", py.Invert},
			{"__int__", py.ToInt}, {"__float__", py.ToFloat}, {"__index__", func(o py.Object) py.Object { return py.Int(py.Index(o)) }},
			{"__reversed__", py.Reversed}} {
			u := u
			pt.Dict.SetStr(u.name, py.NewFunction(code(u.name, pt.Name+"."+u.name, "self"), nil, nil, func(a []py.Object) py.Object {
				return u.f(proxied(a[0]))
			}))
		}
		pt.Dict.SetStr("__bytes__", py.NewFunction(code("__bytes__", pt.Name+".__bytes__", "self"), nil, nil, func(a []py.Object) py.Object {
			return py.Call(py.BytesType, proxied(a[0]))
		}))
	}
	callCode := &py.Code{Name: "__call__", Qualname: "CallableProxyType.__call__", Module: "weakref", Params: []string{"self", "args", "kwargs"}, NumPos: 1, VarArgs: true, VarKw: true}
	CallableProxyType.Dict.SetStr("__call__", py.NewFunction(callCode, nil, nil, func(a []py.Object) py.Object {
		args := a[1].(*py.Tuple).Items
		kw := a[2].(*py.Dict)
		var names []string
		var vals []py.Object
		kw.Items(func(k, v py.Object) bool {
			names = append(names, py.StrOf(k))
			vals = append(vals, v)
			return true
		})
		return py.CallEx(proxied(a[0]), args, names, vals)
	}))

	py.RegisterModule("_weakref", func(m *py.Module) {
		m.Set("__doc__", py.Str("Weak-reference support module."))
		m.Set("ref", RefType)
		m.Set("ReferenceType", RefType)
		m.Set("ProxyType", ProxyType)
		m.Set("CallableProxyType", CallableProxyType)
		m.AddFunc("proxy", func(args []py.Object, kw []string) py.Object {
			unpackArgs("proxy", args, kw, 1, 2)
			var cb py.Object
			if len(args) > 1 {
				cb = args[1]
			}
			cls := ProxyType
			if py.Truth(py.Call(py.LoadBuiltin("callable"), args[0])) {
				cls = CallableProxyType
			}
			return newRef(cls, args[0], cb)
		})
		m.AddFunc("getweakrefcount", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_weakref.getweakrefcount() takes exactly one argument (%d given)", len(args))))
			}
			return py.Int(len(liveRefs(args[0])))
		})
		m.AddFunc("getweakrefs", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("getweakrefs() takes exactly one argument (%d given)", len(args))))
			}
			out := py.NewList()
			for _, r := range liveRefs(args[0]) {
				out.Items = append(out.Items, r)
			}
			return out
		})
		m.AddFunc("_remove_dead_weakref", func(args []py.Object, kw []string) py.Object {
			if len(args) != 2 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_remove_dead_weakref expected 2 arguments, got %d", len(args))))
			}
			d, ok := args[0].(*py.Dict)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_remove_dead_weakref() argument 1 must be dict, not %s", args[0].Type().Name)))
			}
			if !py.Contains(d, args[1]) {
				return py.None
			}
			v := py.GetItem(d, args[1])
			r, ok := v.(*Ref)
			if !ok {
				panic(py.NewError(py.TypeErrorType, "not a weakref"))
			}
			if r.Get() == nil {
				py.DelItem(d, args[1])
			}
			return py.None
		})
	})
}

func refSubWeakrefable(t *py.Type) bool {
	for _, m := range t.MRO {
		if m == RefType || m == ProxyType || m == CallableProxyType {
			return false
		}
		slots, ok := m.Dict.GetStr("__slots__")
		if !ok {
			return true
		}
		if s, isStr := slots.(py.Str); isStr {
			if s == "__weakref__" {
				return true
			}
			continue
		}
		for _, n := range py.AppendStar(nil, slots) {
			if s, ok := n.(py.Str); ok && s == "__weakref__" {
				return true
			}
		}
	}
	return false
}
