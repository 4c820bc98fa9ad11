package pyeval

import (
	"strings"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/runtime/py"
)

// frame is one running block of evaluated code. Module-level code and
// class bodies keep their names in a namespace (ns); functions and
// comprehensions in slots (slots, indexed by scope.slot) that nested
// functions capture by pointer (closure), as Go closures capture the
// translated code's variables.
type frame struct {
	*env
	slots []py.Object // nil outside functions and comprehensions
	gen   *py.Generator
	// self is the first argument (zero-argument super()).
	self *py.Object
}

// env is the part of a frame every run of its block shares: the calls of
// one function object share one, so a call allocates only what is its own.
type env struct {
	u        *unit
	sc       *scope
	globals  *py.Dict
	builtins py.Object // a dict, or another mapping
	ns       py.Object // module or class namespace; nil in functions
	nsDict   *py.Dict  // ns when it is a dict
	closure  map[string]*py.Object
	// outer is the block a comprehension's walrus targets bind in.
	outer *frame
	// single is the top block of compile(..., "single") code.
	single bool
	// qualname prefixes the names of functions and classes defined here.
	qualname string
	// free holds frames of returned calls of the function, for reuse.
	free []*frame
}

func (f *frame) isFunction() bool { return f.sc.kind == functionScope }

// varRef is the slot of a local of a function or comprehension frame, nil
// for a name that is not one (or a frame without slots).
func (f *frame) varRef(name string) *py.Object {
	if f.slots == nil {
		return nil
	}
	if i, ok := f.sc.slot[name]; ok {
		return &f.slots[i]
	}
	return nil
}

// localsObject is locals() of the frame: its namespace, or a snapshot.
func (f *frame) localsObject() py.Object {
	if f.ns != nil {
		return f.ns
	}
	d := py.NewDict()
	for i, name := range f.sc.order {
		if i < len(f.slots) && f.slots[i] != nil {
			d.SetStr(name, f.slots[i])
		}
	}
	for name, p := range f.closure {
		if *p != nil && !f.sc.globals[name] {
			d.SetStr(name, *p)
		}
	}
	return d
}

// capture is the closure a function defined in this frame gets: every
// variable of the enclosing functions, the nearest binding winning.
func (f *frame) capture() map[string]*py.Object {
	c := make(map[string]*py.Object, len(f.closure)+len(f.slots))
	for k, v := range f.closure {
		c[k] = v
	}
	for k := range f.sc.globals {
		delete(c, k)
	}
	for i := range f.slots {
		c[f.sc.order[i]] = &f.slots[i]
	}
	return c
}

// ---- names ----

// loadGlobal is LOAD_GLOBAL: the globals, then the builtins. Globals that
// are a dict subclass are read through __getitem__ there (byName, the
// last steps of LOAD_NAME, reads them as a plain dict, as CPython does).
func (f *frame) loadGlobal(name string) py.Object { return f.loadGlobalAs(name, false) }

func (f *frame) loadGlobalAs(name string, byName bool) py.Object {
	if f.globals.Type() != py.DictType && !byName {
		if v := lookupMapping(f.globals, name); v != nil {
			return v
		}
	} else if v, ok := f.globals.GetStr(name); ok {
		return v
	}
	// A builtins mapping that is not exactly a dict is read through its
	// __getitem__ (LOAD_GLOBAL's and LOAD_NAME's slow path).
	if v := lookupMapping(f.builtins, name); v != nil {
		return v
	}
	nameError(name)
	return nil
}

func nameError(name string) {
	e := py.NewError(py.NameErrorType, "name '"+name+"' is not defined")
	e.Dict.SetStr("name", py.Str(name))
	py.Raise(e)
}

// lookupMapping is m[name], nil when the key is missing (KeyError).
func lookupMapping(m py.Object, name string) (v py.Object) {
	if d, ok := m.(*py.Dict); ok && d.Type() == py.DictType {
		v, _ = d.GetStr(name)
		return v
	}
	exc := py.Catch(func() { v = py.GetItem(m, py.Str(name)) })
	if exc != nil {
		if py.ExceptionMatches(exc, py.KeyErrorType) {
			return nil
		}
		panic(exc)
	}
	return v
}

func (f *frame) load(name string) py.Object {
	if f.isFunction() {
		if f.sc.globals[name] {
			return f.loadGlobal(name)
		}
		if p := f.varRef(name); p != nil {
			return py.Local(*p, name)
		}
		if p, ok := f.closure[name]; ok {
			return py.Free(*p, name)
		}
		return f.loadGlobal(name)
	}
	if f.sc.globals[name] {
		return f.loadGlobal(name)
	}
	if f.nsDict != nil && f.nsDict.Type() == py.DictType {
		if v, ok := f.nsDict.GetStr(name); ok {
			return v
		}
	} else if v := lookupMapping(f.ns, name); v != nil {
		return v
	}
	if p, ok := f.closure[name]; ok && f.sc.kind == classScope {
		return py.Free(*p, name)
	}
	return f.loadGlobalAs(name, true)
}

func (f *frame) store(name string, v py.Object) {
	if f.sc.globals[name] {
		f.globals.SetStr(name, v)
		return
	}
	if f.sc.nonlocals[name] {
		*f.closure[name] = v
		return
	}
	if f.isFunction() {
		*f.varRef(name) = v
		return
	}
	if f.nsDict != nil && f.nsDict.Type() == py.DictType {
		f.nsDict.SetStr(name, v)
		return
	}
	py.SetItem(f.ns, py.Str(name), v)
}

func (f *frame) del(name string) {
	if f.sc.globals[name] {
		if !f.globals.DeleteStr(name) {
			nameError(name)
		}
		return
	}
	if f.sc.nonlocals[name] {
		p := f.closure[name]
		py.Free(*p, name)
		*p = nil
		return
	}
	if f.isFunction() {
		p := f.varRef(name)
		py.DeleteCheck(*p, name, true)
		*p = nil
		return
	}
	if f.nsDict != nil && f.nsDict.Type() == py.DictType {
		if !f.nsDict.DeleteStr(name) {
			nameError(name)
		}
		return
	}
	if exc := py.Catch(func() { py.DelItem(f.ns, py.Str(name)) }); exc != nil {
		if py.ExceptionMatches(exc, py.KeyErrorType) {
			nameError(name)
		}
		panic(exc)
	}
}

// ---- statements ----

// exec runs one statement; a non-FlowNext flow is a return, break or
// continue for the enclosing construct to carry out.
func (f *frame) exec(s parser.StmtNode) (py.Flow, py.Object) {
	switch x := s.(type) {
	case *parser.Expr:
		v := f.eval(x.Value)
		if f.single {
			// compile(..., "single"): expression statements print their
			// values, as the interactive prompt does.
			py.Call(py.GetAttr(py.ImportModule("sys"), "displayhook"), v)
		} else {
			py.Discard(v)
		}
	case *parser.Assign:
		v := f.eval(x.Value)
		for _, t := range x.Targets {
			f.assign(t, v)
		}
	case *parser.AugAssign:
		f.augAssign(x)
	case *parser.AnnAssign:
		if x.Value != nil {
			v := f.eval(x.Value)
			f.assign(x.Target, v)
		}
		if !f.isFunction() {
			if n, ok := x.Target.(*parser.Name); ok && x.Simple != 0 {
				ann := f.eval(x.Annotation)
				f.annotate(n.Id, ann)
			} else {
				f.eval(x.Annotation)
			}
		}
	case *parser.Pass, *parser.Global, *parser.Nonlocal:
	case *parser.Return:
		if x.Value == nil {
			return py.FlowReturn, py.None
		}
		return py.FlowReturn, f.eval(x.Value)
	case *parser.Break:
		return py.FlowBreak, nil
	case *parser.Continue:
		return py.FlowContinue, nil
	case *parser.If:
		if py.Truth(f.eval(x.Test)) {
			return f.block(x.Body)
		}
		return f.block(x.Orelse)
	case *parser.While:
		for {
			py.Checkpoint()
			if !py.Truth(f.eval(x.Test)) {
				return f.block(x.Orelse)
			}
			fl, v := f.block(x.Body)
			switch fl {
			case py.FlowBreak:
				return py.FlowNext, nil
			case py.FlowReturn:
				return fl, v
			}
		}
	case *parser.For:
		it := py.GetIter(f.eval(x.Iter))
		for {
			py.Checkpoint()
			v, ok := py.Next(it)
			if !ok {
				return f.block(x.Orelse)
			}
			f.assign(x.Target, v)
			fl, r := f.block(x.Body)
			switch fl {
			case py.FlowBreak:
				return py.FlowNext, nil
			case py.FlowReturn:
				return fl, r
			}
		}
	case *parser.Delete:
		for _, t := range x.Targets {
			f.delete(t)
		}
	case *parser.FunctionDef:
		f.store(x.Name, f.makeFunction(x.Name, x.Args, x.Body, nil, x.DecoratorList, x.Returns, x, x.Lineno))
	case *parser.AsyncFunctionDef:
		f.store(x.Name, f.makeFunction(x.Name, x.Args, x.Body, nil, x.DecoratorList, x.Returns, x, x.Lineno))
	case *parser.AsyncWith:
		return f.asyncWith(x.Items, x.Body)
	case *parser.AsyncFor:
		ait := py.CallMethod(f.eval(x.Iter), "__aiter__")
		for {
			py.Checkpoint()
			var v py.Object
			if py.CatchMatching(py.StopAsyncIterationType, func() { v = py.Await(py.CallMethod(ait, "__anext__")) }) != nil {
				return f.block(x.Orelse)
			}
			f.assign(x.Target, v)
			fl, r := f.block(x.Body)
			switch fl {
			case py.FlowBreak:
				return py.FlowNext, nil
			case py.FlowReturn:
				return fl, r
			}
		}
	case *parser.ClassDef:
		f.store(x.Name, f.makeClass(x))
	case *parser.Raise:
		if x.Exc == nil {
			py.Reraise()
		}
		exc := f.eval(x.Exc)
		if x.Cause != nil {
			py.RaiseFrom(exc, f.eval(x.Cause))
		}
		py.Raise(exc)
	case *parser.Try:
		return f.try(x)
	case *parser.With:
		return f.with(x.Items, x.Body)
	case *parser.Assert:
		if f.u.optimize == 0 && !py.Truth(f.eval(x.Test)) {
			var msg py.Object
			if x.Msg != nil {
				msg = f.eval(x.Msg)
			}
			py.AssertFail(msg)
		}
	case *parser.Import:
		for _, a := range x.Names {
			if a.Asname != "" {
				f.store(a.Asname, py.ImportAs(a.Name))
			} else {
				f.store(strings.SplitN(a.Name, ".", 2)[0], py.ImportTop(a.Name))
			}
		}
	case *parser.ImportFrom:
		f.importFrom(x)
	default:
		py.Raise(py.NewError(py.NotImplementedErrorType, s.NodeType()+" statements in code run by eval(), exec() or compile() are not supported by py2goasync"))
	}
	return py.FlowNext, nil
}

// block runs statements until one leaves the block.
func (f *frame) block(body []parser.StmtNode) (py.Flow, py.Object) {
	for _, s := range body {
		if fl, v := f.exec(s); fl != py.FlowNext {
			return fl, v
		}
	}
	return py.FlowNext, nil
}

func (f *frame) annotate(name string, ann py.Object) {
	if f.nsDict != nil {
		py.Annotate(f.nsDict, name, ann)
		return
	}
	a := lookupMapping(f.ns, "__annotations__")
	if a == nil {
		f.loadGlobal("__annotations__")
	}
	py.SetItem(a, py.Str(name), ann)
}

func (f *frame) importFrom(x *parser.ImportFrom) {
	name := x.Module
	if x.Level > 0 {
		pkg := f.packageName()
		name = py.ResolveName(strings.Repeat(".", x.Level)+x.Module, pkg)
	}
	var names []string
	for _, a := range x.Names {
		names = append(names, a.Name)
	}
	m := py.ImportFromList(name, names...)
	for _, a := range x.Names {
		if a.Name == "*" {
			if f.nsDict == nil {
				py.Raise(py.NewError(py.SyntaxErrorType, "import * only allowed at module level"))
			}
			py.ImportStar(m, f.nsDict)
			continue
		}
		as := a.Asname
		if as == "" {
			as = a.Name
		}
		f.store(as, py.ImportFrom(m, a.Name))
	}
}

// packageName is __package__ of the globals (or derived from __name__).
func (f *frame) packageName() py.Object {
	if p, ok := f.globals.GetStr("__package__"); ok && p != py.None {
		return p
	}
	n, ok := f.globals.GetStr("__name__")
	if !ok {
		py.Raise(py.NewError(py.KeyErrorType, "'__name__' not in globals"))
	}
	s := py.StrOf(n)
	if _, isPkg := f.globals.GetStr("__path__"); isPkg {
		return n
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return py.Str(s[:i])
	}
	return py.Str("")
}

func (f *frame) try(x *parser.Try) (py.Flow, py.Object) {
	body := func() (py.Flow, py.Object) { return f.block(x.Body) }
	var handler py.Handler
	if len(x.Handlers) > 0 {
		handler = func(e *py.BaseException) (py.Flow, py.Object) {
			for _, h := range x.Handlers {
				if h.Type != nil && !py.ExceptionMatches(e, f.eval(h.Type)) {
					continue
				}
				if h.Name == "" {
					return f.block(h.Body)
				}
				f.store(h.Name, e)
				return f.handlerBody(h)
			}
			return py.FlowUnhandled, nil
		}
	}
	var orelse, finally py.Block
	if len(x.Orelse) > 0 {
		orelse = func() (py.Flow, py.Object) { return f.block(x.Orelse) }
	}
	if len(x.Finalbody) > 0 {
		finally = func() (py.Flow, py.Object) { return f.block(x.Finalbody) }
	}
	return py.Try(body, handler, orelse, finally)
}

// handlerBody runs an `except E as name` body and unbinds name after it,
// however the body leaves.
func (f *frame) handlerBody(h *parser.ExceptHandler) (py.Flow, py.Object) {
	defer func() {
		if f.isFunction() && !f.sc.globals[h.Name] && !f.sc.nonlocals[h.Name] {
			*f.varRef(h.Name) = nil
			return
		}
		py.Catch(func() { f.del(h.Name) })
	}()
	return f.block(h.Body)
}

func (f *frame) with(items []*parser.WithItem, body []parser.StmtNode) (py.Flow, py.Object) {
	it := items[0]
	cm := f.eval(it.ContextExpr)
	return py.With(cm, func(v py.Object) (py.Flow, py.Object) {
		if it.OptionalVars != nil {
			f.assign(it.OptionalVars, v)
		}
		if len(items) > 1 {
			return f.with(items[1:], body)
		}
		return f.block(body)
	})
}

func (f *frame) asyncWith(items []*parser.WithItem, body []parser.StmtNode) (py.Flow, py.Object) {
	it := items[0]
	cm := f.eval(it.ContextExpr)
	return py.AsyncWith(cm, func(v py.Object) (py.Flow, py.Object) {
		if it.OptionalVars != nil {
			f.assign(it.OptionalVars, v)
		}
		if len(items) > 1 {
			return f.asyncWith(items[1:], body)
		}
		return f.block(body)
	})
}

// ---- assignment ----

func (f *frame) assign(t parser.ExprNode, v py.Object) {
	switch x := t.(type) {
	case *parser.Name:
		f.store(x.Id, v)
	case *parser.Attribute:
		py.SetAttr(f.eval(x.Value), x.Attr, v)
	case *parser.Subscript:
		o := f.eval(x.Value)
		py.SetItem(o, f.eval(x.Slice), v)
	case *parser.Tuple:
		f.unpack(x.Elts, v)
	case *parser.List:
		f.unpack(x.Elts, v)
	default:
		py.Raise(py.NewError(py.SyntaxErrorType, "cannot assign to "+t.NodeType()))
	}
}

func (f *frame) unpack(elts []parser.ExprNode, v py.Object) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*parser.Starred); ok {
			star = i
		}
	}
	vals := py.Unpack(v, len(elts), star)
	for i, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			e = s.Value
		}
		f.assign(e, vals[i])
	}
}

func (f *frame) delete(t parser.ExprNode) {
	switch x := t.(type) {
	case *parser.Name:
		f.del(x.Id)
	case *parser.Attribute:
		py.DelAttr(f.eval(x.Value), x.Attr)
	case *parser.Subscript:
		o := f.eval(x.Value)
		py.DelItem(o, f.eval(x.Slice))
	case *parser.Tuple:
		for _, e := range x.Elts {
			f.delete(e)
		}
	case *parser.List:
		for _, e := range x.Elts {
			f.delete(e)
		}
	}
}

func (f *frame) augAssign(x *parser.AugAssign) {
	op := binOps[x.Op]
	switch t := x.Target.(type) {
	case *parser.Name:
		old := f.load(t.Id)
		f.store(t.Id, py.Inplace(op, old, f.eval(x.Value)))
	case *parser.Attribute:
		o := f.eval(t.Value)
		old := py.GetAttr(o, t.Attr)
		py.SetAttr(o, t.Attr, py.Inplace(op, old, f.eval(x.Value)))
	case *parser.Subscript:
		o := f.eval(t.Value)
		k := f.eval(t.Slice)
		old := py.GetItem(o, k)
		py.SetItem(o, k, py.Inplace(op, old, f.eval(x.Value)))
	}
}

var binOps = map[parser.Operator]py.BinOp{
	parser.Add: py.OpAdd, parser.Sub: py.OpSub, parser.Mult: py.OpMul, parser.MatMult: py.OpMatMul,
	parser.Div: py.OpTrueDiv, parser.Mod: py.OpMod, parser.Pow: py.OpPow, parser.LShift: py.OpLShift,
	parser.RShift: py.OpRShift, parser.BitOr: py.OpOr, parser.BitXor: py.OpXor, parser.BitAnd: py.OpAnd,
	parser.FloorDiv: py.OpFloorDiv,
}
