package pyeval

import (
	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/runtime/py"
)

// nestedClosure is what a block defined in f captures.
func (f *frame) nestedClosure() map[string]*py.Object {
	if f.isFunction() {
		return f.capture()
	}
	return f.closure
}

func (f *frame) qualify(name string) string {
	if f.qualname == "" {
		return name
	}
	return f.qualname + "." + name
}

func (f *frame) moduleName() string {
	if n, ok := f.globals.GetStr("__name__"); ok {
		if s, ok := n.(py.Str); ok {
			return string(s)
		}
	}
	return "builtins"
}

// docstring is the docstring of a body, none when compiled with
// optimize=2.
func (u *unit) docstring(body []parser.StmtNode) (string, bool) {
	if len(body) == 0 || u.optimize >= 2 {
		return "", false
	}
	if x, ok := body[0].(*parser.Expr); ok {
		if c, ok := x.Value.(*parser.Constant); ok {
			if s, ok := c.Value.(string); ok {
				return s, true
			}
		}
	}
	return "", false
}

func (f *frame) evalAll(l []parser.ExprNode) []py.Object {
	out := make([]py.Object, len(l))
	for i, e := range l {
		out[i] = f.eval(e)
	}
	return out
}

// makeFunction evaluates a def (body) or lambda (lambdaBody) into a
// function object, decorated.
func (f *frame) makeFunction(name string, args *parser.Arguments, body []parser.StmtNode, lambdaBody parser.ExprNode, decorators []parser.ExprNode, returns parser.ExprNode, node parser.Node, line int) py.Object {
	decos := f.evalAll(decorators)
	var defaults []py.Object
	if len(args.Defaults) > 0 {
		defaults = f.evalAll(args.Defaults)
	}
	var kwDefaults []py.Object
	if len(args.Kwonlyargs) > 0 {
		kwDefaults = make([]py.Object, len(args.Kwonlyargs))
		for i, d := range args.KwDefaults {
			if d != nil {
				kwDefaults[i] = f.eval(d)
			}
		}
	}
	// Annotations are evaluated when the def runs, as CPython does.
	var ann *py.Dict
	annotate := func(name string, e parser.ExprNode) {
		if e == nil {
			return
		}
		if ann == nil {
			ann = py.NewDict()
		}
		ann.SetStr(name, f.eval(e))
	}
	for _, l := range [][]*parser.Arg{args.Posonlyargs, args.Args} {
		for _, a := range l {
			annotate(a.Arg, a.Annotation)
		}
	}
	if args.Vararg != nil {
		annotate(args.Vararg.Arg, args.Vararg.Annotation)
	}
	for _, a := range args.Kwonlyargs {
		annotate(a.Arg, a.Annotation)
	}
	if args.Kwarg != nil {
		annotate(args.Kwarg.Arg, args.Kwarg.Annotation)
	}
	annotate("return", returns)

	sc := f.u.scopeOf(node, args)
	code := &py.Code{Name: name, Qualname: f.qualify(name), Module: f.moduleName(), File: f.u.filename, Line: line,
		NumPos: len(args.Posonlyargs) + len(args.Args), NumPosOnly: len(args.Posonlyargs), NumKwOnly: len(args.Kwonlyargs),
		VarArgs: args.Vararg != nil, VarKw: args.Kwarg != nil}
	for _, a := range args.Posonlyargs {
		code.Params = append(code.Params, a.Arg)
	}
	for _, a := range args.Args {
		code.Params = append(code.Params, a.Arg)
	}
	if args.Vararg != nil {
		code.Params = append(code.Params, args.Vararg.Arg)
	}
	for _, a := range args.Kwonlyargs {
		code.Params = append(code.Params, a.Arg)
	}
	if args.Kwarg != nil {
		code.Params = append(code.Params, args.Kwarg.Arg)
	}
	isParam := map[string]bool{}
	for _, p := range code.Params {
		isParam[p] = true
	}
	for _, l := range sc.order {
		if !isParam[l] {
			code.Locals = append(code.Locals, l)
		}
	}
	_, isAsync := node.(*parser.AsyncFunctionDef)
	switch {
	case isAsync:
		code.Flags |= py.CodeCoroutine
	case sc.generator:
		code.Flags |= py.CodeGenerator
	}
	if body != nil {
		if d, ok := f.u.docstring(body); ok {
			code.Doc = d
		}
	}
	closure := f.nestedClosure()
	for n := range sc.nonlocals {
		if _, ok := closure[n]; !ok {
			py.Raise(py.NewError(py.SyntaxErrorType, "no binding for nonlocal '"+n+"' found"))
		}
	}
	e := &env{u: f.u, sc: sc, globals: f.globals, builtins: f.builtins, closure: closure, qualname: code.Qualname + ".<locals>"}
	u := f.u
	nslots := len(sc.order)
	// The parameters are the first locals, in order (scope.params binds
	// them first, and the compiler refuses one declared global).
	for i, p := range code.Params {
		if i >= len(sc.order) || sc.order[i] != p {
			py.Raise(py.NewError(py.SystemErrorType, "parameter '"+p+"' is not local"))
		}
	}
	enter := func(fr *frame) py.Object {
		cb := u.compiledBody(sc, body, lambdaBody)
		if isAsync {
			return py.NewCoroutine(code, func() py.Object { return cb.run(fr) })
		}
		if sc.generator {
			return py.NewGenerator(code, func(g *py.Generator) py.Object {
				fr.gen = g
				return cb.run(fr)
			})
		}
		if !cb.calls {
			r := cb.run(fr)
			if cb.reusable {
				e.release(fr)
			}
			return r
		}
		pushFrame(fr)
		defer popFrame(fr)
		r := cb.run(fr)
		if cb.reusable {
			e.release(fr)
		}
		return r
	}
	impl := func(a []py.Object) py.Object {
		fr := e.frame(nslots)
		copy(fr.slots, a)
		if len(a) > 0 {
			fr.self = &fr.slots[0]
		}
		return enter(fr)
	}
	// A function of positional parameters only gets the runtime's
	// fixed-arity entry points too (Call2, a class's __init__ called
	// without an argument slice), as a translated def does.
	var fn *py.Function
	if code.VarArgs || code.VarKw || code.NumKwOnly > 0 || code.NumPos > 4 {
		fn = py.NewFunction(code, defaults, kwDefaults, impl)
	} else {
		switch code.NumPos {
		case 0:
			fn = py.NewFunction0(code, func() py.Object { return enter(e.frame(nslots)) })
		case 1:
			fn = py.NewFunction1(code, defaults, func(a py.Object) py.Object {
				fr := e.frame(nslots)
				fr.slots[0], fr.self = a, &fr.slots[0]
				return enter(fr)
			})
		case 2:
			fn = py.NewFunction2(code, defaults, func(a, b py.Object) py.Object {
				fr := e.frame(nslots)
				fr.slots[0], fr.slots[1], fr.self = a, b, &fr.slots[0]
				return enter(fr)
			})
		case 3:
			fn = py.NewFunction3(code, defaults, func(a, b, c py.Object) py.Object {
				fr := e.frame(nslots)
				fr.slots[0], fr.slots[1], fr.slots[2], fr.self = a, b, c, &fr.slots[0]
				return enter(fr)
			})
		case 4:
			fn = py.NewFunction4(code, defaults, func(a, b, c, d py.Object) py.Object {
				fr := e.frame(nslots)
				fr.slots[0], fr.slots[1], fr.slots[2], fr.slots[3], fr.self = a, b, c, d, &fr.slots[0]
				return enter(fr)
			})
		}
	}
	py.SetFunctionGlobals(fn, f.globals)
	// __module__ is the globals' __name__ (None without one), as CPython's
	// functions take it.
	if m, ok := f.globals.GetStr("__name__"); ok {
		py.SetAttr(fn, "__module__", m)
	} else {
		py.SetAttr(fn, "__module__", py.None)
	}
	if ann != nil {
		py.SetAttr(fn, "__annotations__", ann)
	}
	var v py.Object = fn
	for i := len(decos) - 1; i >= 0; i-- {
		v = py.Call(decos[i], v)
	}
	return v
}

// frame is a frame for a call of e's function: one a returned call left
// (see release), or a new one.
func (e *env) frame(n int) *frame {
	if k := len(e.free); k > 0 {
		fr := e.free[k-1]
		e.free[k-1] = nil
		e.free = e.free[:k-1]
		return fr
	}
	return newFrame(e, n)
}

// release keeps the frame of a call that returned for the next call, when
// nothing can hold it any more (compiled.reusable): its slots are cleared.
func (e *env) release(fr *frame) {
	if len(e.free) < 4 {
		clear(fr.slots)
		fr.self = nil
		e.free = append(e.free, fr)
	}
}

// newFrame makes a function's frame with n slots, in one allocation when
// they are few.
func newFrame(e *env, n int) *frame {
	switch n {
	case 0:
		return &frame{env: e, slots: []py.Object{}}
	case 1:
		b := &struct {
			frame
			buf [1]py.Object
		}{}
		b.env, b.slots = e, b.buf[:]
		return &b.frame
	case 2:
		b := &struct {
			frame
			buf [2]py.Object
		}{}
		b.env, b.slots = e, b.buf[:]
		return &b.frame
	case 3:
		b := &struct {
			frame
			buf [3]py.Object
		}{}
		b.env, b.slots = e, b.buf[:]
		return &b.frame
	case 4:
		b := &struct {
			frame
			buf [4]py.Object
		}{}
		b.env, b.slots = e, b.buf[:]
		return &b.frame
	}
	return &frame{env: e, slots: make([]py.Object, n)}
}

func (f *frame) makeClass(x *parser.ClassDef) py.Object {
	decos := f.evalAll(x.DecoratorList)
	var bases []py.Object
	for _, b := range x.Bases {
		if s, ok := b.(*parser.Starred); ok {
			bases = py.AppendStar(bases, f.eval(s.Value))
			continue
		}
		bases = append(bases, f.eval(b))
	}
	if bases == nil {
		bases = []py.Object{}
	}
	var kwnames []string
	var kwvals []py.Object
	for _, k := range x.Keywords {
		if k.Arg == "" {
			kwnames, kwvals = py.MergeKw("__build_class__()", kwnames, kwvals, f.eval(k.Value))
			continue
		}
		kwnames = append(kwnames, k.Arg)
		kwvals = append(kwvals, f.eval(k.Value))
	}
	qual := f.qualify(x.Name)
	module := f.moduleName()
	meta, ns, kwn, kwv := py.PrepareClass(x.Name, bases, kwnames, kwvals)
	ns.SetStr("__module__", f.loadGlobal("__name__"))
	ns.SetStr("__qualname__", py.Str(qual))
	if d, ok := f.u.docstring(x.Body); ok {
		ns.SetStr("__doc__", py.Str(d))
	} else {
		ns.SetStr("__doc__", py.None)
	}
	cell := new(py.Object)
	closure := map[string]*py.Object{}
	for k, v := range f.nestedClosure() {
		closure[k] = v
	}
	closure["__class__"] = cell
	fr := &frame{env: &env{u: f.u, sc: f.u.scopeOf(x, nil), globals: f.globals, builtins: f.builtins, ns: ns, nsDict: ns,
		closure: closure, qualname: qual}}
	pushFrame(fr)
	func() {
		defer popFrame(fr)
		fr.block(x.Body)
	}()
	cls := py.BuildClass(meta, x.Name, qual, module, bases, ns, kwn, kwv)
	*cell = cls
	var v = cls
	for i := len(decos) - 1; i >= 0; i-- {
		v = py.Call(decos[i], v)
	}
	return v
}
