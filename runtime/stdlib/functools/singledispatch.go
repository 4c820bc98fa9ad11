package functools

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// singledispatch(func): a generic function dispatching on the class of its
// first argument. The implementation registered for the nearest class of
// the argument's MRO wins; failing that, one registered for an abstract
// base class the argument's class is a subclass of (virtual subclasses
// included), in registration order; failing that, the one for object (the
// decorated function). CPython's composite MRO orders several matching
// ABCs among themselves; here the first registered wins.
func singledispatch(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("singledispatch", args, kw, []string{"func"}, 1)
	fn := a[0]
	registry := py.NewDict()
	registry.Set(py.ObjectType, fn)
	funcname := "singledispatch function"
	if n := py.LookupAttr(fn, "__name__"); n != nil {
		funcname = py.StrOf(n)
	}

	dispatch := func(cls py.Object) py.Object {
		t, ok := cls.(*py.Type)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Invalid first argument to `dispatch()`: %s", py.Repr(cls))))
		}
		for _, c := range t.MRO {
			if c == py.ObjectType {
				break
			}
			if impl, ok := registry.Get(c); ok {
				return impl
			}
		}
		for _, k := range registry.Keys() {
			kt, ok := k.(*py.Type)
			if !ok || kt == py.ObjectType {
				continue
			}
			if py.Truth(py.Call(py.LoadBuiltin("issubclass"), t, kt)) {
				impl, _ := registry.Get(k)
				return impl
			}
		}
		impl, _ := registry.Get(py.ObjectType)
		return impl
	}

	isValidDispatchType := func(cls py.Object) bool {
		if _, ok := cls.(*py.Type); ok {
			return true
		}
		if cls.Type() == py.UnionType {
			for _, x := range py.AppendStar(nil, py.GetAttr(cls, "__args__")) {
				if _, ok := x.(*py.Type); !ok {
					return false
				}
			}
			return true
		}
		return false
	}
	add := func(cls, impl py.Object) {
		if cls.Type() == py.UnionType {
			for _, x := range py.AppendStar(nil, py.GetAttr(cls, "__args__")) {
				registry.Set(x, impl)
			}
			return
		}
		registry.Set(cls, impl)
	}

	var register *py.Function
	register = py.NewFunction(&py.Code{Name: "register", Qualname: "singledispatch.<locals>.register", Module: "functools",
		Params: []string{"cls", "func"}, NumPos: 2}, []py.Object{py.None}, nil, func(a []py.Object) py.Object {
		cls, impl := a[0], a[1]
		if isValidDispatchType(cls) {
			if impl == py.None {
				return py.NewFunction(&py.Code{Name: "<lambda>", Qualname: "singledispatch.<locals>.register.<locals>.<lambda>",
					Module: "functools", Params: []string{"f"}, NumPos: 1}, nil, nil, func(b []py.Object) py.Object {
					return py.Call(register, cls, b[0])
				})
			}
		} else {
			if impl != py.None {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Invalid first argument to `register()`. %s is not a class or union type.", py.Repr(cls))))
			}
			ann := py.LookupAttr(cls, "__annotations__")
			if ann == nil || !py.Truth(ann) {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", py.Repr(cls))))
			}
			impl = cls
			hints := py.Call(py.GetAttr(py.Import("typing"), "get_type_hints"), impl)
			var argname, argcls py.Object
			for _, k := range py.AppendStar(nil, hints) {
				argname, argcls = k, py.GetItem(hints, k)
				break
			}
			cls = argcls
			if !isValidDispatchType(cls) {
				if cls.Type() == py.UnionType {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Invalid annotation for %s. %s not all arguments are classes.", py.Repr(argname), py.Repr(cls))))
				}
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("Invalid annotation for %s. %s is not a class.", py.Repr(argname), py.Repr(cls))))
			}
		}
		add(cls, impl)
		return impl
	})

	wrapper := py.NewFunction(&py.Code{Name: "wrapper", Qualname: "singledispatch.<locals>.wrapper", Module: "functools",
		Params: []string{"args", "kw"}, VarArgs: true, VarKw: true}, nil, nil, func(a []py.Object) py.Object {
		pos := a[0].(*py.Tuple).Items
		if len(pos) == 0 {
			panic(py.NewError(py.TypeErrorType, funcname+" requires at least 1 positional argument"))
		}
		impl := dispatch(py.GetAttr(pos[0], "__class__"))
		kwd := a[1].(*py.Dict)
		if kwd.Len() == 0 {
			return py.Call(impl, pos...)
		}
		names, vals := py.MergeKw(funcname, nil, nil, kwd)
		return py.CallEx(impl, pos, names, vals)
	})
	dispatchFn := py.NewFunction(&py.Code{Name: "dispatch", Qualname: "singledispatch.<locals>.dispatch", Module: "functools",
		Params: []string{"cls"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object { return dispatch(a[0]) })
	py.SetAttr(wrapper, "register", register)
	py.SetAttr(wrapper, "dispatch", dispatchFn)
	py.SetAttr(wrapper, "registry", &py.MappingProxy{M: registry})
	py.SetAttr(wrapper, "_clear_cache", py.NewBuiltin("_clear_cache", func(args []py.Object, kw []string) py.Object { return py.None }))
	UpdateWrapper(wrapper, fn, []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}, []string{"__dict__"})
	return wrapper
}
