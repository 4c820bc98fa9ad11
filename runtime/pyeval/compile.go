package pyeval

import (
	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/runtime/py"
)

// The body of an evaluated def or lambda is compiled once (per def node, on
// its first call) to a tree of Go closures for the node kinds run-time
// generated code is made of: names, constants, attributes, calls, tuples,
// operators, assignments, returns, ifs. The closures resolve per call what
// the walker resolves per node on every run: a name's kind and slot, a
// constant's object, an operator, and keep an inline cache per attribute
// and global site as translated code does. Any other node runs through the
// walker (eval, exec) on the same frame, so the two mix freely and the
// semantics stay the walker's.

type exprFn func(f *frame) py.Object
type stmtFn func(f *frame) (py.Flow, py.Object)

// compiled is a function body ready to run on a frame.
type compiled struct {
	body   stmtFn // a def
	lambda exprFn // a lambda
	// calls: the body calls something. Only a call can reach eval, exec,
	// globals() or locals(), which look for the innermost evaluated frame,
	// so a body without one runs without pushing its frame.
	calls bool
	// reusable: nothing in the body can keep the frame once the call has
	// returned (no nested def, lambda, class or comprehension capturing
	// its slots; generators and coroutines are not run this way).
	reusable bool
}

func (c *compiled) run(f *frame) py.Object {
	if c.lambda != nil {
		return c.lambda(f)
	}
	if fl, v := c.body(f); fl == py.FlowReturn {
		return v
	}
	return py.None
}

// compiledBody is sc's function body compiled, made on the first call.
func (u *unit) compiledBody(sc *scope, body []parser.StmtNode, lambda parser.ExprNode) *compiled {
	if sc.code != nil {
		return sc.code
	}
	c := &compiler{sc: sc}
	code := &compiled{reusable: true}
	note := func(n parser.Node) bool {
		switch n.(type) {
		case *parser.Call, *parser.Import, *parser.ImportFrom:
			code.calls = true
		case *parser.FunctionDef, *parser.AsyncFunctionDef, *parser.ClassDef:
			// Decorators and metaclasses are called too.
			code.calls, code.reusable = true, false
		case *parser.Lambda, *parser.ListComp, *parser.SetComp, *parser.DictComp, *parser.GeneratorExp:
			code.reusable = false
		}
		return true
	}
	if lambda != nil {
		code.lambda = c.expr(lambda)
		parser.Inspect(lambda, note)
	} else {
		code.body = c.block(body)
		for _, s := range body {
			parser.Inspect(s, note)
		}
	}
	sc.code = code
	return code
}

type compiler struct {
	sc *scope // a function scope
}

func flowNext(*frame) (py.Flow, py.Object) { return py.FlowNext, nil }

func (c *compiler) block(body []parser.StmtNode) stmtFn {
	fns := make([]stmtFn, len(body))
	for i, s := range body {
		fns[i] = c.stmt(s)
	}
	switch len(fns) {
	case 0:
		return flowNext
	case 1:
		return fns[0]
	case 2:
		a, b := fns[0], fns[1]
		return func(f *frame) (py.Flow, py.Object) {
			if fl, v := a(f); fl != py.FlowNext {
				return fl, v
			}
			return b(f)
		}
	}
	return func(f *frame) (py.Flow, py.Object) {
		for _, s := range fns {
			if fl, v := s(f); fl != py.FlowNext {
				return fl, v
			}
		}
		return py.FlowNext, nil
	}
}

func (c *compiler) stmt(s parser.StmtNode) stmtFn {
	switch x := s.(type) {
	case *parser.Expr:
		// A function's frame is never compile(..., "single")'s top block.
		e := c.expr(x.Value)
		return func(f *frame) (py.Flow, py.Object) {
			py.Discard(e(f))
			return py.FlowNext, nil
		}
	case *parser.Pass:
		return flowNext
	case *parser.Return:
		if x.Value == nil {
			return func(*frame) (py.Flow, py.Object) { return py.FlowReturn, py.None }
		}
		e := c.expr(x.Value)
		return func(f *frame) (py.Flow, py.Object) { return py.FlowReturn, e(f) }
	case *parser.Assign:
		e := c.expr(x.Value)
		if len(x.Targets) == 1 {
			st := c.store(x.Targets[0])
			if i, name, ok := c.localSlot(x.Value); ok && st != nil {
				return func(f *frame) (py.Flow, py.Object) {
					st(f, py.Local(f.slots[i], name))
					return py.FlowNext, nil
				}
			}
			if st != nil {
				return func(f *frame) (py.Flow, py.Object) {
					st(f, e(f))
					return py.FlowNext, nil
				}
			}
		}
		targets := x.Targets
		return func(f *frame) (py.Flow, py.Object) {
			v := e(f)
			for _, t := range targets {
				f.assign(t, v)
			}
			return py.FlowNext, nil
		}
	case *parser.If:
		test, body, orelse := c.expr(x.Test), c.block(x.Body), c.block(x.Orelse)
		return func(f *frame) (py.Flow, py.Object) {
			if py.Truth(test(f)) {
				return body(f)
			}
			return orelse(f)
		}
	}
	return func(f *frame) (py.Flow, py.Object) { return f.exec(s) }
}

// store compiles an assignment to a name or an attribute (nil for other
// targets, which f.assign handles).
func (c *compiler) store(t parser.ExprNode) func(f *frame, v py.Object) {
	switch x := t.(type) {
	case *parser.Name:
		name := x.Id
		if i, ok := c.sc.slot[name]; ok && !c.sc.globals[name] && !c.sc.nonlocals[name] {
			return func(f *frame, v py.Object) { f.slots[i] = v }
		}
		return func(f *frame, v py.Object) { f.store(name, v) }
	case *parser.Attribute:
		attr := x.Attr
		ic := new(py.SetAttrCache)
		if i, name, ok := c.localSlot(x.Value); ok {
			// self.x = ...: the commonest store of generated code.
			return func(f *frame, v py.Object) { py.SetAttrIC(py.Local(f.slots[i], name), attr, v, ic) }
		}
		o := c.expr(x.Value)
		return func(f *frame, v py.Object) { py.SetAttrIC(o(f), attr, v, ic) }
	}
	return nil
}

// localSlot is the slot of e when it is the name of a local.
func (c *compiler) localSlot(e parser.ExprNode) (int, string, bool) {
	n, ok := e.(*parser.Name)
	if !ok || c.sc.globals[n.Id] || c.sc.nonlocals[n.Id] {
		return 0, "", false
	}
	i, ok := c.sc.slot[n.Id]
	return i, n.Id, ok
}

func (c *compiler) exprs(l []parser.ExprNode) ([]exprFn, bool) {
	out := make([]exprFn, len(l))
	for i, e := range l {
		if _, ok := e.(*parser.Starred); ok {
			return nil, false
		}
		out[i] = c.expr(e)
	}
	return out, true
}

func evalEach(f *frame, fns []exprFn) []py.Object {
	out := make([]py.Object, len(fns))
	for i, e := range fns {
		out[i] = e(f)
	}
	return out
}

func (c *compiler) expr(e parser.ExprNode) exprFn {
	switch x := e.(type) {
	case *parser.Constant:
		v := constant(x.Value)
		return func(*frame) py.Object { return v }
	case *parser.Name:
		return c.load(x.Id)
	case *parser.Attribute:
		o, attr := c.expr(x.Value), x.Attr
		ic := new(py.AttrCache)
		return func(f *frame) py.Object { return py.GetAttrIC(o(f), attr, ic) }
	case *parser.Subscript:
		o, k := c.expr(x.Value), c.expr(x.Slice)
		return func(f *frame) py.Object {
			ov := o(f)
			return py.GetItem(ov, k(f))
		}
	case *parser.BinOp:
		a, b, op := c.expr(x.Left), c.expr(x.Right), binOps[x.Op]
		return func(f *frame) py.Object {
			av := a(f)
			return py.Binary(op, av, b(f))
		}
	case *parser.UnaryOp:
		v := c.expr(x.Operand)
		switch x.Op {
		case parser.Not:
			return func(f *frame) py.Object { return py.Not(v(f)) }
		case parser.USub:
			return func(f *frame) py.Object { return py.Neg(v(f)) }
		case parser.UAdd:
			return func(f *frame) py.Object { return py.Pos(v(f)) }
		default:
			return func(f *frame) py.Object { return py.Invert(v(f)) }
		}
	case *parser.Compare:
		if len(x.Ops) == 1 {
			a, b, op := c.expr(x.Left), c.expr(x.Comparators[0]), x.Ops[0]
			return func(f *frame) py.Object {
				av := a(f)
				return compare(av, b(f), op)
			}
		}
	case *parser.IfExp:
		test, body, orelse := c.expr(x.Test), c.expr(x.Body), c.expr(x.Orelse)
		return func(f *frame) py.Object {
			if py.Truth(test(f)) {
				return body(f)
			}
			return orelse(f)
		}
	case *parser.BoolOp:
		vals, _ := c.exprs(x.Values)
		and := x.Op == parser.And
		return func(f *frame) py.Object {
			var v py.Object
			for i, e := range vals {
				v = e(f)
				if i == len(vals)-1 {
					break
				}
				if py.Truth(v) != and {
					return v
				}
			}
			return v
		}
	case *parser.Tuple:
		elts, ok := c.exprs(x.Elts)
		if !ok {
			break
		}
		switch len(elts) {
		case 0:
			return func(*frame) py.Object { return py.NewTuple() }
		case 1:
			a := elts[0]
			return func(f *frame) py.Object { return py.MakeTuple(a(f)) }
		case 2:
			a, b := elts[0], elts[1]
			return func(f *frame) py.Object {
				av := a(f)
				return py.MakeTuple(av, b(f))
			}
		}
		return func(f *frame) py.Object { return py.NewTuple(evalEach(f, elts)...) }
	case *parser.List:
		if elts, ok := c.exprs(x.Elts); ok {
			return func(f *frame) py.Object { return py.NewList(evalEach(f, elts)...) }
		}
	case *parser.Call:
		if fn := c.call(x); fn != nil {
			return fn
		}
	}
	return func(f *frame) py.Object { return f.eval(e) }
}

// load compiles the read of a name in a function: a local's slot, a
// global's cache, or a free variable of the closure the frame carries.
func (c *compiler) load(name string) exprFn {
	if name == "__debug__" {
		return func(f *frame) py.Object { return py.Bool(f.u.optimize == 0) }
	}
	if !c.sc.globals[name] {
		if i, ok := c.sc.slot[name]; ok {
			return func(f *frame) py.Object { return py.Local(f.slots[i], name) }
		}
	}
	g := new(py.GlobalRef)
	*g = py.NewGlobal(name)
	global := func(f *frame) py.Object {
		if f.globals.Type() == py.DictType {
			if v := g.Get(f.globals); v != nil {
				return v
			}
			if v := lookupMapping(f.builtins, name); v != nil {
				return v
			}
			nameError(name)
		}
		return f.loadGlobal(name)
	}
	if c.sc.globals[name] {
		return global
	}
	return func(f *frame) py.Object {
		if p, ok := f.closure[name]; ok {
			return py.Free(*p, name)
		}
		return global(f)
	}
}

// call compiles a call without *args or **kwargs (nil: the walker's).
func (c *compiler) call(x *parser.Call) exprFn {
	if n, ok := x.Func.(*parser.Name); ok && n.Id == "super" {
		return nil // zero-argument super() reads the frame
	}
	args, ok := c.exprs(x.Args)
	if !ok {
		return nil
	}
	fn := c.expr(x.Func)
	if len(x.Keywords) > 0 {
		names := make([]string, len(x.Keywords))
		vals := make([]exprFn, len(x.Keywords))
		for i, k := range x.Keywords {
			if k.Arg == "" {
				return nil
			}
			names[i], vals[i] = k.Arg, c.expr(k.Value)
		}
		all := append(args, vals...)
		return func(f *frame) py.Object {
			fv := fn(f)
			return py.CallKw(fv, evalEach(f, all), names)
		}
	}
	switch len(args) {
	case 0:
		return func(f *frame) py.Object { return py.CallKw(fn(f), nil, nil) }
	case 1:
		a := args[0]
		return func(f *frame) py.Object {
			fv := fn(f)
			return py.Call1(fv, a(f))
		}
	case 2:
		a, b := args[0], args[1]
		return func(f *frame) py.Object {
			fv := fn(f)
			av := a(f)
			return py.Call2(fv, av, b(f))
		}
	case 3:
		a, b, d := args[0], args[1], args[2]
		return func(f *frame) py.Object {
			fv := fn(f)
			av := a(f)
			bv := b(f)
			return py.Call3(fv, av, bv, d(f))
		}
	}
	return func(f *frame) py.Object {
		fv := fn(f)
		return py.CallKw(fv, evalEach(f, args), nil)
	}
}
