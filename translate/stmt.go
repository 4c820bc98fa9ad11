package translate

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

func (t *translator) stmt(f *fn, st parser.StmtNode) []jen.Code {
	savedLine, savedPos := t.stmtLine, t.stmtPos
	t.stmtPos = st.(parser.Positioned).Position()
	t.stmtLine = t.stmtPos.Lineno
	out := t.stmtBody(f, st)
	t.stmtLine, t.stmtPos = savedLine, savedPos
	// Every Go statement of the translation carries the directive, so a
	// Python statement that needs several Go statements keeps its line.
	for i, s := range out {
		if _, ok := s.(preDirected); ok {
			continue
		}
		out[i] = jen.Add(t.lineDirective(st)).Add(s)
	}
	return out
}

func (t *translator) stmtBody(f *fn, st parser.StmtNode) []jen.Code {
	if out := t.tryItemStmt(f, st); out != nil {
		return out
	}
	switch s := st.(type) {
	case *parser.Expr:
		return t.exprStmt(f, s)
	case *parser.Assign:
		return t.assign(f, s)
	case *parser.AugAssign:
		return t.augAssign(f, s)
	case *parser.AnnAssign:
		var out []jen.Code
		if s.Value != nil {
			out = t.storeValueFirst(f, s.Target, s.Value, t.expr(f, s.Value))
		}
		// Class bodies record simple annotations in __annotations__
		// (dataclasses and NamedTuple read them).
		if n, ok := s.Target.(*parser.Name); ok && s.Simple == 1 && f.scope.kind == classScope {
			out = append(out, py("Annotate").Call(jen.Id(f.classNS), jen.Lit(n.Id), t.annotation(f, s.Annotation)))
		}
		// So do modules, in their namespace.
		if n, ok := s.Target.(*parser.Name); ok && s.Simple == 1 && f.scope.kind == moduleScope {
			out = append(out, py("Annotate").Call(jen.Id("G"), jen.Lit(n.Id), t.annotation(f, s.Annotation)))
		}
		evalAnnotation := !t.postponedAnnotations && (f.scope.kind == moduleScope || f.scope.kind == classScope)
		for _, e := range annAssignEvaluated(s, evalAnnotation) {
			out = append(out, t.exprStmt(f, &parser.Expr{Pos: *e.(parser.Positioned).Position(), Value: e})...)
		}
		return out
	case *parser.FunctionDef:
		return t.funcDef(f, s, s.Name, s.Args, s.Body, s.DecoratorList, false)
	case *parser.AsyncFunctionDef:
		return t.funcDef(f, s, s.Name, s.Args, s.Body, s.DecoratorList, true)
	case *parser.ClassDef:
		return t.classDef(f, s)
	case *parser.Return:
		ret := func(v jen.Code) jen.Code {
			if f.depth > 0 {
				return jen.Return(py("FlowReturn"), v)
			}
			return jen.Return(v)
		}
		if x, ok := s.Value.(*parser.IfExp); ok && !f.floatRet && f.sm == nil && len(t.releaseOwned(f)) == 0 {
			// return a if c else b: an if statement rather than a
			// function literal called in place.
			return t.returnIfExp(f, x, ret)
		}
		var v jen.Code = pyNone()
		if f.floatRet && f.depth == 0 && f.sm == nil {
			v = t.floatReturn(f, s.Value)
		} else if s.Value != nil {
			v = t.expr(f, s.Value)
		}
		if f.sm != nil && f.depth == 0 {
			return t.smReturn(f, v)
		}
		if release := t.releaseOwned(f); len(release) > 0 {
			// The value first, then the loops' generators, as CPython
			// pops them on the way out.
			rv := t.id("rv")
			body := append([]jen.Code{jen.Id(rv).Op(":=").Add(v)}, release...)
			if f.depth > 0 {
				return []jen.Code{jen.Block(append(body, jen.Return(py("FlowReturn"), jen.Id(rv)))...)}
			}
			return []jen.Code{jen.Block(append(body, jen.Return(jen.Id(rv)))...)}
		}
		return []jen.Code{ret(v)}
	case *parser.Pass, *parser.Global, *parser.Nonlocal:
		return nil
	case *parser.If:
		return []jen.Code{t.ifStmt(f, s)}
	case *parser.While:
		return t.hoistItems(f, s, func() []jen.Code {
			return t.coverLoops(f, s, func() []jen.Code { return t.whileStmt(f, s) })
		})
	case *parser.For:
		return t.hoistItems(f, s, func() []jen.Code {
			return t.coverLoops(f, s, func() []jen.Code { return t.forStmt(f, s.Target, s.Iter, s.Body, s.Orelse, false) })
		})
	case *parser.AsyncFor:
		return t.forStmt(f, s.Target, s.Iter, s.Body, s.Orelse, true)
	case *parser.Break:
		return t.breakStmt(f, s, false)
	case *parser.Continue:
		return t.breakStmt(f, s, true)
	case *parser.Try:
		return t.tryStmt(f, s)
	case *parser.With:
		return t.withStmt(f, s.Items, s.Body, false)
	case *parser.AsyncWith:
		return t.withStmt(f, s.Items, s.Body, true)
	case *parser.Raise:
		switch {
		case s.Exc == nil:
			return []jen.Code{py("Reraise").Call()}
		case s.Cause != nil:
			return []jen.Code{py("RaiseFrom").Call(t.expr(f, s.Exc), t.expr(f, s.Cause))}
		}
		if f.tryBody > 0 && f.tryBody == f.depth {
			// Caught by this try's clauses or passed on by its Try: no
			// panic (not a Go return either: vet would see code after it
			// as unreachable, and Python may have some).
			fl, rv := t.id("fl"), t.id("rv")
			return []jen.Code{jen.If(jen.List(jen.Id(fl), jen.Id(rv)).Op(":=").Add(py("RaiseHere").Call(t.expr(f, s.Exc))), jen.Id(fl).Op("==").Add(py("FlowRaise"))).Block(jen.Return(jen.Id(fl), jen.Id(rv)))}
		}
		return []jen.Code{py("Raise").Call(t.expr(f, s.Exc))}
	case *parser.Assert:
		var msg jen.Code = jen.Nil()
		if s.Msg != nil {
			msg = t.expr(f, s.Msg)
		}
		// CPython raises the AssertionError at the test's position.
		return []jen.Code{jen.If(t.notCond(f, s.Test)).Block(t.positioned(s.Test, py("AssertFail").Call(msg)))}
	case *parser.Import:
		return t.importStmt(f, s)
	case *parser.ImportFrom:
		return t.importFrom(f, s)
	case *parser.Delete:
		var out []jen.Code
		for _, target := range s.Targets {
			out = append(out, t.deleteTarget(f, target)...)
		}
		return out
	case *parser.Match:
		return t.matchStmt(f, s)
	case *parser.TryStar:
		return t.tryStarStmt(f, s)
	default:
		t.unsupportedAt(st, st.NodeType()+" statement")
	}
	return nil
}

// preDirected marks Go statements that carry their own line directive (a
// class body flattened into the code around it).
type preDirected struct{ *jen.Statement }

func markDirected(stmts []jen.Code) []jen.Code {
	for i, s := range stmts {
		if st, ok := s.(*jen.Statement); ok {
			stmts[i] = preDirected{st}
		}
	}
	return stmts
}

func (t *translator) exprStmt(f *fn, s *parser.Expr) []jen.Code {
	switch v := s.Value.(type) {
	case *parser.Constant:
		return nil // docstrings and bare constants do nothing
	case *parser.Call:
		// A coroutine created and dropped here was never awaited: Discard
		// warns about it on the spot, as CPython's refcounting does.
		return []jen.Code{py("Discard").Call(t.expr(f, v))}
	case *parser.Await, *parser.Yield, *parser.YieldFrom:
		return []jen.Code{t.expr(f, s.Value)}
	}
	return []jen.Code{jen.Id("_").Op("=").Add(t.expr(f, s.Value))}
}

func (t *translator) assign(f *fn, s *parser.Assign) []jen.Code {
	if code := t.ownedAssign(f, s); code != nil {
		return code
	}
	if code := t.sliceCopyAssign(f, s); code != nil {
		return code
	}
	if len(s.Targets) == 1 {
		// `x = x` of a bound parameter does nothing (and Go's vet calls
		// the assignment a mistake).
		if tn, ok := s.Targets[0].(*parser.Name); ok {
			if vn, ok := s.Value.(*parser.Name); ok && tn.Id == vn.Id {
				if load := fmt.Sprintf("%#v", t.loadName(f, vn.Id)); !strings.ContainsAny(load, "(\"") {
					return nil
				}
			}
		}
	}
	if len(s.Targets) == 1 {
		if n, ok := s.Targets[0].(*parser.Name); ok && t.isIntLocal(f, n.Id) {
			return []jen.Code{jen.Id(f.scope.goName(n.Id)).Op("=").Add(t.intExpr(f, s.Value))}
		}
		if n, ok := s.Targets[0].(*parser.Name); ok && t.isFloatLocal(f, n.Id) {
			return []jen.Code{jen.Id(f.scope.goName(n.Id)).Op("=").Add(t.floatExpr(f, s.Value))}
		}
	}
	if len(s.Targets) == 1 {
		if code := t.sliceFromSlice(f, s.Targets[0], s.Value); code != nil {
			return code
		}
		if code := t.parallelAssign(f, s.Targets[0], s.Value); code != nil {
			return code
		}
	}
	value := t.expr(f, s.Value)
	if len(s.Targets) == 1 {
		return t.storeValueFirst(f, s.Targets[0], s.Value, value)
	}
	tmp := t.id("t")
	out := []jen.Code{jen.Id(tmp).Op(":=").Add(value)}
	for _, target := range s.Targets {
		out = append(out, t.assignTo(f, target, jen.Id(tmp))...)
	}
	return out
}

// displayElts is the items of a tuple or list display.
func displayElts(e parser.ExprNode) ([]parser.ExprNode, bool) {
	switch x := e.(type) {
	case *parser.Tuple:
		return x.Elts, true
	case *parser.List:
		return x.Elts, true
	}
	return nil, false
}

// parallelAssign is `a, b = x, y`: a tuple or list display of as many
// plain items (no starred one) as the target has: the items are evaluated
// left to right into temporaries and stored left to right, as CPython's
// code does, without the tuple Unpack would take apart (it cannot fail).
// An int-typed or float-speculated local keeps its item unboxed.
func (t *translator) parallelAssign(f *fn, target, value parser.ExprNode) []jen.Code {
	telts, ok1 := displayElts(target)
	velts, ok2 := displayElts(value)
	if !ok1 || !ok2 || len(telts) == 0 || len(telts) != len(velts) {
		return nil
	}
	for i := range telts {
		if _, ok := telts[i].(*parser.Starred); ok {
			return nil
		}
		if _, ok := velts[i].(*parser.Starred); ok {
			return nil
		}
	}
	var out, stores []jen.Code
	for i, e := range velts {
		tmp := t.id("p")
		if n, ok := telts[i].(*parser.Name); ok && t.isIntLocal(f, n.Id) {
			out = append(out, jen.Id(tmp).Op(":=").Add(t.intExpr(f, e)))
			stores = append(stores, jen.Id(f.scope.goName(n.Id)).Op("=").Id(tmp))
			continue
		}
		if n, ok := telts[i].(*parser.Name); ok && t.isFloatLocal(f, n.Id) {
			out = append(out, jen.Id(tmp).Op(":=").Add(t.floatExpr(f, e)))
			stores = append(stores, jen.Id(f.scope.goName(n.Id)).Op("=").Id(tmp))
			continue
		}
		out = append(out, jen.Id(tmp).Op(":=").Add(t.expr(f, e)))
		stores = append(stores, t.assignTo(f, telts[i], jen.Id(tmp))...)
	}
	return append(out, stores...)
}

// sliceFromSlice is `a[i:j] = b[k:l:m]` with plain operands (names,
// constants and arithmetic on them): py.SetSliceFrom copies a list's part
// into the target without a list object for the right side. Operands are
// evaluated in the order py.SetSlice's arguments are.
func (t *translator) sliceFromSlice(f *fn, target, value parser.ExprNode) []jen.Code {
	dst, ok := target.(*parser.Subscript)
	if !ok {
		return nil
	}
	ds, ok := dst.Slice.(*parser.Slice)
	if !ok {
		return nil
	}
	src, ok := value.(*parser.Subscript)
	if !ok {
		return nil
	}
	ss, ok := src.Slice.(*parser.Slice)
	if !ok {
		return nil
	}
	for _, e := range []parser.ExprNode{dst.Value, ds.Lower, ds.Upper, ds.Step, src.Value, ss.Lower, ss.Upper, ss.Step} {
		if !plainOperand(e) {
			return nil
		}
	}
	// The right side comes first (see valueFirst). Between SliceOf and
	// SetSliceFrom the target's parts may then only raise (names,
	// constants, int arithmetic), never run code that could change the
	// source; arithmetic on one local that may not hold an int is checked
	// at run time (py.SliceOfIf).
	var guard parser.ExprNode
	first := t.valueFirst(f, target, value)
	if first {
		for _, e := range []parser.ExprNode{dst.Value, ds.Lower, ds.Upper, ds.Step} {
			if _, name := e.(*parser.Name); e == nil || name || t.quietOperand(f, e) || t.isIntExpr(f, e) {
				continue
			}
			g, ok := t.arithLocal(f, e)
			if !ok || (guard != nil && g.(*parser.Name).Id != guard.(*parser.Name).Id) {
				return nil
			}
			guard = g
		}
	}
	srcArgs := []jen.Code{t.expr(f, src.Value), t.optExpr(f, ss.Lower), t.optExpr(f, ss.Upper), t.optExpr(f, ss.Step)}
	// The right side's part lives in a py.SliceSrc on this function's
	// stack, filled by Of and read by SetSliceFrom through pointers.
	tmp := t.id("sl")
	from := t.positioned(src, jen.Id(tmp).Dot("Of").Call(srcArgs...))
	if guard != nil {
		from = t.positioned(src, jen.Id(tmp).Dot("OfIf").Call(append([]jen.Code{jen.Id(t.localVar(f, guard))}, srcArgs...)...))
	}
	decl := jen.Var().Id(tmp).Add(py("SliceSrc"))
	set := func(s jen.Code) jen.Code {
		return t.positioned(dst, py("SetSliceFrom").Call(t.expr(f, dst.Value), t.optExpr(f, ds.Lower), t.optExpr(f, ds.Upper), t.optExpr(f, ds.Step), s))
	}
	general := []jen.Code{decl, set(from)}
	if first {
		general = []jen.Code{decl, from, set(jen.Op("&").Id(tmp))}
	}
	if fast := t.sliceToSlice(f, dst, ds, src, ss); fast != nil {
		return []jen.Code{jen.If(jen.Op("!").Parens(fast)).Block(general...)}
	}
	return general
}

// sliceToSlice is the test that does `a[i:j] = b[k:l:m]` in one call,
// py.SliceToSlice, when a and b are plain locals and every bound is left
// out, an int constant, or a plain local or one plus or minus an int
// constant that holds an int (tested first): their evaluation before the
// source's slice is then unobservable, and each is passed as a Go int. It
// is nil for anything else.
func (t *translator) sliceToSlice(f *fn, dst *parser.Subscript, ds *parser.Slice, src *parser.Subscript, ss *parser.Slice) *jen.Statement {
	dv, sv := t.localVar(f, dst.Value), t.localVar(f, src.Value)
	if dv == "" || sv == "" {
		return nil
	}
	var tests []jen.Code
	tested := map[string]bool{}
	intLocal := func(e parser.ExprNode) string {
		v := t.localVar(f, e)
		if v != "" && !tested[v] {
			tested[v] = true
			tests = append(tests, py("IsInt").Call(jen.Id(v)))
		}
		return v
	}
	intConst := func(e parser.ExprNode) (int64, bool) {
		if u, ok := e.(*parser.UnaryOp); ok && u.Op == parser.USub {
			c, ok := smallIntConst(u.Operand)
			return -c, ok
		}
		return smallIntConst(e)
	}
	bound := func(e parser.ExprNode) jen.Code {
		if c, ok := intConst(e); ok {
			return jen.Lit(int(c))
		}
		switch x := e.(type) {
		case *parser.Name:
			if v := intLocal(x); v != "" {
				return py("BoundOf").Call(jen.Id(v))
			}
		case *parser.BinOp:
			if x.Op != parser.Add && x.Op != parser.Sub {
				return nil
			}
			if c, ok := intConst(x.Right); ok {
				if v := intLocal(x.Left); v != "" {
					if x.Op == parser.Sub {
						c = -c
					}
					return py("BoundAdd").Call(jen.Id(v), jen.Lit(int(c)))
				}
			} else if c, ok := intConst(x.Left); ok {
				if v := intLocal(x.Right); v != "" {
					if x.Op == parser.Sub {
						return py("BoundRsub").Call(jen.Lit(int(c)), jen.Id(v))
					}
					return py("BoundAdd").Call(jen.Id(v), jen.Lit(int(c)))
				}
			}
		}
		return nil
	}
	args := []jen.Code{jen.Id(dv)}
	absent := 0
	for i, e := range []parser.ExprNode{ds.Lower, ds.Upper, ds.Step, ss.Lower, ss.Upper, ss.Step} {
		if i == 3 {
			args = append(args, jen.Id(sv))
		}
		if e == nil {
			absent |= 1 << i
			args = append(args, jen.Lit(0))
			continue
		}
		b := bound(e)
		if b == nil {
			return nil
		}
		args = append(args, b)
	}
	args = append(args, jen.Lit(absent))
	test := jen.Null()
	for _, x := range tests {
		test.Add(x).Op("&&")
	}
	return test.Add(py("SliceToSlice").Call(args...))
}

// arithLocal is the one plain local (see localVar) that arithmetic e on
// it, constants and int-typed locals reads; ok is false for anything else.
func (t *translator) arithLocal(f *fn, e parser.ExprNode) (parser.ExprNode, bool) {
	var local parser.ExprNode
	var walk func(e parser.ExprNode) bool
	walk = func(e parser.ExprNode) bool {
		switch x := e.(type) {
		case *parser.Constant:
			return true
		case *parser.Name:
			if t.isIntExpr(f, x) {
				return true
			}
			if t.localVar(f, x) == "" || (local != nil && local.(*parser.Name).Id != x.Id) {
				return false
			}
			local = x
			return true
		case *parser.UnaryOp:
			return walk(x.Operand)
		case *parser.BinOp:
			return walk(x.Left) && walk(x.Right)
		}
		return false
	}
	if !walk(e) || local == nil {
		return nil, false
	}
	return local, true
}

// plainOperand reports whether e (nil: left out) is a name, a constant or
// arithmetic on those: no call, await or yield of its own.
func plainOperand(e parser.ExprNode) bool {
	switch x := e.(type) {
	case nil:
		return true
	case *parser.Name, *parser.Constant:
		return true
	case *parser.UnaryOp:
		return plainOperand(x.Operand)
	case *parser.BinOp:
		return plainOperand(x.Left) && plainOperand(x.Right)
	}
	return false
}

// initStore reports whether a store to local v's attribute is one of an
// __init__ method's on its self: the attribute is most likely new, which
// the site's cache handles (the append transition) and SetAttrHit never
// hits.
func initStore(f *fn, v string) bool {
	return f.scope.name == "__init__" && v == f.firstParam && f.parent != nil && f.parent.scope.kind == classScope
}

// initStorePair translates two statements in a row of an __init__ that
// each add an attribute to self (`self.x = x; self.y = y`, values that
// are constants or bound locals, which can neither fail nor run code) as
// one test for both appends, py.InitStoreHit2, before the two stores'
// own translations (nil: s1 and s2 are not such statements).
func (t *translator) initStorePair(f *fn, s1, s2 parser.StmtNode) []jen.Code {
	a1, v1 := t.initStoreOf(f, s1)
	a2, v2 := t.initStoreOf(f, s2)
	if a1 == nil || a2 == nil || a1.Attr == a2.Attr || t.localVar(f, a1.Value) != t.localVar(f, a2.Value) {
		return nil
	}
	self := t.localVar(f, a1.Value)
	ic1, ic2 := t.cache("SetAttrCache"), t.cache("SetAttrCache")
	t.pinnedSetIC = ic1
	first := t.stmt(f, s1)
	t.pinnedSetIC = ic2
	second := t.stmt(f, s2)
	t.pinnedSetIC = ""
	hit := py("InitStoreHit2").Call(jen.Id(self), t.expr(f, v1), t.expr(f, v2), jen.Op("&").Id(ic1), jen.Op("&").Id(ic2))
	return []jen.Code{jen.Add(t.lineDirective(s1)).If(jen.Op("!").Add(hit)).Block(append(first, second...)...)}
}

// initStoreOf is s's target and value when s is `self.name = v` in an
// __init__, name no __slots__ name of the module and v a constant or a
// bound local (nil otherwise).
func (t *translator) initStoreOf(f *fn, s parser.StmtNode) (*parser.Attribute, parser.ExprNode) {
	a, ok := s.(*parser.Assign)
	if !ok || len(a.Targets) != 1 {
		return nil, nil
	}
	x, ok := a.Targets[0].(*parser.Attribute)
	if !ok || t.module.slotNames[x.Attr] {
		return nil, nil
	}
	if v := t.localVar(f, x.Value); v == "" || !initStore(f, v) {
		return nil, nil
	}
	if n, ok := x.Value.(*parser.Name); !ok || isTemp(n) || t.definiteLocal(f, n) == "" {
		return nil, nil
	}
	switch v := a.Value.(type) {
	case *parser.Constant:
		switch v.Value.(type) {
		case int64, float64, string, bool, nil:
			return x, v
		}
	case *parser.Name:
		if !isTemp(v) && t.definiteLocal(f, v) != "" && !t.isIntLocal(f, v.Id) && !t.isFloatLocal(f, v.Id) {
			return x, v
		}
	}
	return nil, nil
}

// assignTo stores value (evaluated once) into a target expression.
func (t *translator) assignTo(f *fn, target parser.ExprNode, value jen.Code) []jen.Code {
	switch x := target.(type) {
	case *parser.Name:
		return []jen.Code{t.storeName(f, x.Id, value)}
	case *parser.Attribute:
		icName := t.pinnedSetIC
		if icName == "" {
			icName = t.cache("SetAttrCache")
		}
		t.pinnedSetIC = ""
		ic := jen.Op("&").Id(icName)
		if v := t.localVar(f, x.Value); v != "" && !t.module.slotNames[x.Attr] && !initStore(f, v) {
			// The inlined hit test reads the local (no effect) after the
			// value; SetAttrIC, on a miss, loads it with its unbound check.
			val := t.id("v")
			return []jen.Code{jen.If(jen.Id(val).Op(":=").Add(value), jen.Op("!").Add(py("SetAttrHit").Call(jen.Id(v), jen.Id(val), ic))).Block(
				t.positioned(x, py("SetAttrMiss").Call(t.expr(f, x.Value), jen.Lit(x.Attr), jen.Id(val), ic)))}
		}
		if v := t.localVar(f, x.Value); v != "" && !t.module.slotNames[x.Attr] {
			// An __init__'s store on self: the append of a new name,
			// tested inline (py.InitStoreHit).
			val := t.id("v")
			return []jen.Code{jen.If(jen.Id(val).Op(":=").Add(value), jen.Op("!").Add(py("InitStoreHit").Call(jen.Id(v), jen.Id(val), ic))).Block(
				t.positioned(x, py("InitStoreMiss").Call(t.expr(f, x.Value), jen.Lit(x.Attr), jen.Id(val), ic)))}
		}
		if v := t.localVar(f, x.Value); v != "" && t.module.slotNames[x.Attr] {
			// A slot's store tests its hit inline (py.SlotSetHit), as
			// SetAttrHit does for dict values.
			val := t.id("v")
			return []jen.Code{jen.If(jen.Id(val).Op(":=").Add(value), jen.Op("!").Add(py("SlotSetHit").Call(jen.Id(v), jen.Id(val), ic))).Block(
				t.positioned(x, py("SetAttrIC").Call(t.expr(f, x.Value), jen.Lit(x.Attr), jen.Id(val), ic)))}
		}
		if t.localVar(f, x.Value) != "" {
			return []jen.Code{t.positioned(x, py("SetAttrIC").Call(t.expr(f, x.Value), jen.Lit(x.Attr), value, ic))}
		}
		// The value first, then the object, as CPython; both in
		// temporaries for the hit test and its miss (a slot's as for a
		// local's).
		val, obj := t.id("v"), t.id("t")
		hit, miss := "SetAttrHit", "SetAttrMiss"
		if t.module.slotNames[x.Attr] {
			hit, miss = "SlotSetHit", "SetAttrIC"
		}
		return []jen.Code{jen.Block(
			jen.Id(val).Op(":=").Add(value),
			jen.Id(obj).Op(":=").Add(t.expr(f, x.Value)),
			jen.If(jen.Op("!").Add(py(hit).Call(jen.Id(obj), jen.Id(val), ic))).Block(
				t.positioned(x, py(miss).Call(jen.Id(obj), jen.Lit(x.Attr), jen.Id(val), ic))),
		)}
	case *parser.Subscript:
		if s, ok := x.Slice.(*parser.Slice); ok {
			return []jen.Code{t.positioned(x, py("SetSlice").Call(t.expr(f, x.Value), t.optExpr(f, s.Lower), t.optExpr(f, s.Upper), t.optExpr(f, s.Step), value))}
		}
		if code := t.itemStore(f, x, value); code != nil {
			return code
		}
		return []jen.Code{t.positioned(x, py("SetItem").Call(t.expr(f, x.Value), t.expr(f, x.Slice), value))}
	case *parser.Tuple:
		return t.unpackTo(f, x, x.Elts, value)
	case *parser.List:
		return t.unpackTo(f, x, x.Elts, value)
	case *parser.Starred:
		t.unsupportedAt(x, "starred assignment target outside a tuple or list")
		return nil
	}
	t.unsupportedAt(target, "assignment to "+target.NodeType())
	return nil
}

// unpackTo unpacks value into the elements of target (a tuple or list);
// an unpacking error is at the target's position.
func (t *translator) unpackTo(f *fn, target parser.ExprNode, elts []parser.ExprNode, value jen.Code) []jen.Code {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*parser.Starred); ok {
			star = i
		}
	}
	if len(elts) == 0 {
		// [] = x: x must be empty.
		return []jen.Code{t.positioned(target, py("Unpack").Call(value, jen.Lit(0), jen.Lit(star)))}
	}
	if star < 0 && len(elts) >= 2 && len(elts) <= 4 {
		// The items come back as values (py.Unpack2..4): no slice, and an
		// exact tuple's read inline.
		ids := make([]jen.Code, len(elts))
		for i := range elts {
			ids[i] = jen.Id(t.id("u"))
		}
		out := []jen.Code{jen.List(ids...).Op(":=").Add(t.positioned(target, py(fmt.Sprintf("Unpack%d", len(elts))).Call(value)))}
		for i, e := range elts {
			out = append(out, t.assignTo(f, e, ids[i])...)
		}
		return out
	}
	tmp := t.id("u")
	out := []jen.Code{jen.Id(tmp).Op(":=").Add(t.positioned(target, py("Unpack").Call(value, jen.Lit(len(elts)), jen.Lit(star))))}
	for i, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			e = s.Value
		}
		out = append(out, t.assignTo(f, e, jen.Id(tmp).Index(jen.Lit(i)))...)
	}
	return out
}

var binOps = map[parser.Operator]string{
	parser.Add: "OpAdd", parser.Sub: "OpSub", parser.Mult: "OpMul", parser.MatMult: "OpMatMul",
	parser.Div: "OpTrueDiv", parser.FloorDiv: "OpFloorDiv", parser.Mod: "OpMod", parser.Pow: "OpPow",
	parser.LShift: "OpLShift", parser.RShift: "OpRShift", parser.BitOr: "OpOr", parser.BitXor: "OpXor",
	parser.BitAnd: "OpAnd",
}

func (t *translator) augAssign(f *fn, s *parser.AugAssign) []jen.Code {
	switch x := s.Target.(type) {
	case *parser.Name:
		if t.isIntLocal(f, x.Id) {
			v := f.scope.goName(x.Id)
			var old jen.Code = t.positioned(x, py("LocalI").Call(jen.Id(v), jen.Lit(x.Id)))
			if t.definiteRead(f, x) {
				old = jen.Id(v)
			}
			return []jen.Code{jen.Id(v).Op("=").Add(t.intOp(f, s.Op, old, s.Value))}
		}
		if t.isFloatLocal(f, x.Id) {
			v := f.scope.goName(x.Id)
			var old jen.Code = t.positioned(x, py("LocalF").Call(jen.Id(v), jen.Lit(x.Id)))
			if t.definiteRead(f, x) {
				old = jen.Id(v)
			}
			return []jen.Code{jen.Id(v).Op("=").Add(py(floatIOpFuncs[s.Op]).Call(old, t.floatExpr(f, s.Value)))}
		}
		// The read is at the target's position (an unbound name's error
		// points at it).
		var old jen.Code = t.positioned(x, t.loadName(f, x.Id))
		if v := t.definiteLocal(f, x); v != "" {
			old = jen.Id(v)
		}
		general := t.storeName(f, x.Id, t.inplace(f, s, old))
		if hit := t.inplaceGlobalHit(f, x, s); hit != nil {
			return []jen.Code{jen.If(jen.Op("!").Add(hit)).Block(general)}
		}
		return []jen.Code{general}
	case *parser.Attribute:
		// The load and the store are at the target's position, the
		// operation at the statement's.
		// Both take the inlined hit tests on the temporary holding the
		// object (see py.AttrHit, py.SetAttrHit).
		obj, old, nv := t.id("t"), t.id("o"), t.id("v")
		ic, sc := jen.Op("&").Id(t.cache("AttrCache")), jen.Op("&").Id(t.cache("SetAttrCache"))
		load := t.positioned(x, py("GetAttrIC").Call(jen.Id(obj), jen.Lit(x.Attr), ic))
		var store jen.Code = t.positioned(x, py("SetAttrIC").Call(jen.Id(obj), jen.Lit(x.Attr), jen.Id(nv), sc))
		if !t.module.slotNames[x.Attr] {
			load = t.positioned(x, py("AttrOr").Call(py("AttrHit").Call(jen.Id(obj), ic), jen.Id(obj), jen.Lit(x.Attr), ic))
			store = jen.If(jen.Op("!").Add(py("SetAttrHit").Call(jen.Id(obj), jen.Id(nv), sc))).Block(
				t.positioned(x, py("SetAttrMiss").Call(jen.Id(obj), jen.Lit(x.Attr), jen.Id(nv), sc)))
		}
		return []jen.Code{
			jen.Id(obj).Op(":=").Add(t.expr(f, x.Value)),
			jen.Id(old).Op(":=").Add(load),
			jen.Id(nv).Op(":=").Add(t.inplace(f, s, jen.Id(old))),
			store,
		}
	case *parser.Subscript:
		// The item's load and store test for an exact list inline (see
		// py.ItemHit), on the temporaries holding the object and index.
		obj, key, old, nv := t.id("t"), t.id("k"), t.id("o"), t.id("v")
		// A constant index 0 <= k < 2**31 takes ItemHitK/ItemStoreK.
		hit, store, raw := "ItemHit", "ItemStore", jen.Code(jen.Id(key))
		if c, ok := x.Slice.(*parser.Constant); ok {
			if n, ok := c.Value.(int64); ok && n >= 0 && n < 1<<31 {
				hit, store, raw = "ItemHitK", "ItemStoreK", jen.Lit(int(n))
			}
		}
		var load, value *jen.Statement
		if op := t.floatInplace(f, s); op != "" {
			// Float code: the item read unboxed (py.ToFItemOr).
			load, value = py("ToFItemOr"), py(op).Call(jen.Id(old), t.floatExpr(f, s.Value)).Dot("Box").Call()
		} else {
			load, value = py("ItemOr"), t.inplace(f, s, jen.Id(old))
		}
		return []jen.Code{
			jen.Id(obj).Op(":=").Add(t.expr(f, x.Value)),
			jen.Id(key).Op(":=").Add(t.expr(f, x.Slice)),
			jen.Id(old).Op(":=").Add(t.positioned(x, load.Call(py(hit).Call(jen.Id(obj), raw), jen.Id(obj), jen.Id(key)))),
			jen.Id(nv).Op(":=").Add(value),
			t.positioned(x, jen.If(jen.Op("!").Add(py(store).Call(jen.Id(obj), raw, jen.Id(nv)))).Block(
				py("SetItem").Call(jen.Id(obj), jen.Id(key), jen.Id(nv)))),
		}
	}
	t.unsupportedAt(s, "augmented assignment to "+s.Target.NodeType())
	return nil
}

// ownerProbe is py.OwnedIterOf(it, mark, fn) for a loop whose iterable is
// a call of a name, fn the name's value read back after the call without
// raising (a raw variable, a global's Get), or py.OwnedIterMethod for a
// call of a method of a plain local: the loop owns the generator only when
// the callee is the generator function that made it. Nil for other
// callees (the loop owns nothing). With before (the variable calleeBefore
// read the callee into), py.OwnedGenOf of it.
func (t *translator) ownerProbe(f *fn, call *parser.Call, it, mark, before string) jen.Code {
	switch c := call.Func.(type) {
	case *parser.Name:
		if v := t.rawName(f, c); v != nil {
			if before != "" {
				return py("OwnedGenOf").Call(jen.Id(it), jen.Id(mark), jen.Id(before))
			}
			return py("OwnedIterOf").Call(jen.Id(it), jen.Id(mark), v)
		}
	case *parser.Attribute:
		if n, ok := c.Value.(*parser.Name); ok {
			if v := t.rawName(f, n); v != nil {
				return py("OwnedIterMethod").Call(jen.Id(it), jen.Id(mark), v, jen.Lit(c.Attr))
			}
		}
	}
	return nil
}

// calleeBefore reads the callee of a loop's iterable call of a module
// global just before the iterable runs, when nothing can run between that
// read and the call's load of its callee (the iterable cannot suspend), so
// that py.OwnedGenOf knows the function called. Nil for other calls.
func (t *translator) calleeBefore(f *fn, call *parser.Call) jen.Code {
	n, ok := call.Func.(*parser.Name)
	if !ok || isTemp(n) || f.scope.kind == classScope || suspends(call) || t.rawVar(f, n) != "" {
		return nil
	}
	if kind, _ := f.scope.resolve(n.Id, t.module); kind == nameGlobal {
		t.extraGlobals[n.Id] = true
		return jen.Id(globalVar(n.Id)).Dot("Get").Call(jen.Id("G"))
	}
	return nil
}

// rawName reads a local, free or global variable without raising (nil
// when unbound); nil code for other names.
func (t *translator) rawName(f *fn, n *parser.Name) jen.Code {
	if isTemp(n) {
		return t.tempExpr(n)
	}
	if f.scope.kind == classScope {
		return nil
	}
	if v := t.rawVar(f, n); v != "" {
		return jen.Id(v)
	}
	if kind, _ := f.scope.resolve(n.Id, t.module); kind == nameGlobal {
		t.extraGlobals[n.Id] = true
		return jen.Id(globalVar(n.Id)).Dot("Get").Call(jen.Id("G"))
	}
	return nil
}

// returnIfExp is `return x` for a conditional expression x, as
// statements: `if <test> { return <body> }; return <orelse>`, a nested
// conditional in the orelse the same way.
func (t *translator) returnIfExp(f *fn, x *parser.IfExp, ret func(jen.Code) jen.Code) []jen.Code {
	// The test's truth is taken at the conditional's position, as the
	// function literal had it.
	out := []jen.Code{jen.If(t.positioned(x, t.cond(f, x.Test))).Block(ret(t.expr(f, x.Body)))}
	if y, ok := x.Orelse.(*parser.IfExp); ok {
		return append(out, t.returnIfExp(f, y, ret)...)
	}
	return append(out, ret(t.expr(f, x.Orelse)))
}

// inplace is the value `old op= value` stores: float arithmetic on a
// float-speculated local computes unboxed (see floatLocals).
func (t *translator) inplace(f *fn, s *parser.AugAssign, old jen.Code) *jen.Statement {
	if name := t.floatInplace(f, s); name != "" {
		return py(name).Call(py("ToF").Call(old), t.floatExpr(f, s.Value)).Dot("Box").Call()
	}
	if c, ok := smallIntLit(s.Value); ok && (s.Op == parser.Add || s.Op == parser.Sub) {
		// `n += 1`: the int case inline (py.InplaceAddIC/SubIC).
		name := "InplaceAddIC"
		if s.Op == parser.Sub {
			name = "InplaceSubIC"
		}
		return py(name).Call(old, jen.Lit(int(c)))
	}
	return py("Inplace").Call(py(binOps[s.Op]), old, t.expr(f, s.Value))
}

// floatInplace is the py.FI* operation of an augmented assignment in float
// code (its value float arithmetic or using a float-speculated local), ""
// otherwise.
func (t *translator) floatInplace(f *fn, s *parser.AugAssign) string {
	if name := floatIOpFuncs[s.Op]; name != "" && (t.usesFloatLocal(f, s.Value) || t.floatArith(f, s.Value)) {
		return name
	}
	return ""
}

func (t *translator) deleteTarget(f *fn, target parser.ExprNode) []jen.Code {
	switch x := target.(type) {
	case *parser.Name:
		kind, owner := f.scope.resolve(x.Id, t.module)
		switch kind {
		case nameClass:
			return []jen.Code{py("DelItem").Call(jen.Id(f.classNS), py("Str").Call(jen.Lit(x.Id)))}
		case nameLocal, nameFree:
			v := owner.goName(x.Id)
			return []jen.Code{py("DeleteCheck").Call(jen.Id(v), jen.Lit(x.Id), jen.True()),
				py("Dropped").Call(jen.Id(v)), jen.Id(v).Op("=").Nil()}
		default:
			t.extraGlobals[x.Id] = true
			return []jen.Code{py("Dropped").Call(py("DeleteGlobal").Call(jen.Id("G"), jen.Op("&").Id(globalVar(x.Id))))}
		}
	case *parser.Attribute:
		return []jen.Code{t.positioned(x, py("DelAttr").Call(t.expr(f, x.Value), jen.Lit(x.Attr)))}
	case *parser.Subscript:
		return []jen.Code{t.positioned(x, py("DelItem").Call(t.expr(f, x.Value), t.expr(f, x.Slice)))}
	case *parser.Tuple:
		var out []jen.Code
		for _, e := range x.Elts {
			out = append(out, t.deleteTarget(f, e)...)
		}
		return out
	case *parser.List:
		var out []jen.Code
		for _, e := range x.Elts {
			out = append(out, t.deleteTarget(f, e)...)
		}
		return out
	}
	t.unsupportedAt(target, "del of "+target.NodeType())
	return nil
}

func (t *translator) ifStmt(f *fn, s *parser.If) *jen.Statement {
	stmt := jen.If(t.cond(f, s.Test)).Block(t.block(f, s.Body)...)
	if len(s.Orelse) == 0 {
		return stmt
	}
	if len(s.Orelse) == 1 {
		if elif, ok := s.Orelse[0].(*parser.If); ok {
			return stmt.Else().Add(t.lineDirective(elif)).Add(t.ifStmt(f, elif))
		}
	}
	return stmt.Else().Block(t.block(f, s.Orelse)...)
}

func (t *translator) pushLoop(f *fn, hasElse bool) *loop {
	l := &loop{label: t.id("L"), depth: f.depth}
	if hasElse {
		l.broke = t.id("broke")
	}
	f.loops = append(f.loops, l)
	return l
}

func (f *fn) popLoop() { f.loops = f.loops[:len(f.loops)-1] }

// labeled puts the loop's label on the for statement when a break or
// continue used it.
func labeled(l *loop, forStmt *jen.Statement) []jen.Code {
	if l.labelUsed {
		return []jen.Code{jen.Id(l.label).Op(":").Line().Add(forStmt)}
	}
	return []jen.Code{forStmt}
}

func (t *translator) whileStmt(f *fn, s *parser.While) []jen.Code {
	l := t.pushLoop(f, len(s.Orelse) > 0)
	// Checkpoint lets a thread waiting for the GIL in, as CPython's
	// eval loop does every few milliseconds.
	body := append([]jen.Code{py("Checkpoint").Call(), jen.If(t.notCond(f, s.Test)).Block(jen.Break())}, t.block(f, s.Body)...)
	f.popLoop()
	return t.loopWithElse(f, l, jen.For().Block(body...), s.Orelse)
}

func (t *translator) loopWithElse(f *fn, l *loop, forStmt *jen.Statement, orelse []parser.StmtNode) []jen.Code {
	if len(orelse) == 0 {
		return labeled(l, forStmt)
	}
	out := []jen.Code{jen.Id(l.broke).Op(":=").False()}
	out = append(out, labeled(l, forStmt)...)
	out = append(out, jen.If(jen.Op("!").Id(l.broke)).Block(t.block(f, orelse)...))
	return out
}

// isBuiltinRange reports whether iter is a plain call of the builtin range.
func (t *translator) isBuiltinRange(f *fn, iter parser.ExprNode) bool {
	c, ok := iter.(*parser.Call)
	if !ok || len(c.Keywords) > 0 || len(c.Args) == 0 || len(c.Args) > 3 {
		return false
	}
	n, ok := c.Func.(*parser.Name)
	if !ok || n.Id != "range" {
		return false
	}
	for _, a := range c.Args {
		if _, star := a.(*parser.Starred); star {
			return false
		}
	}
	kind, _ := f.scope.resolve("range", t.module)
	return kind == nameBuiltin
}

// rangeBounds is the py.Range value of iter, a call of the builtin range
// (isBuiltinRange): py.RangeCallN, which makes no Range object for int
// arguments.
func (t *translator) rangeBounds(f *fn, iter parser.ExprNode) jen.Code {
	t.rangeIter = iter.(*parser.Call)
	defer func() { t.rangeIter = nil }()
	return t.expr(f, iter)
}

// rangeFor runs `for target in range(...)` as a native Go loop over int64
// (counting the values when they pass 64 bits: py.RangeOf).
func (t *translator) rangeFor(f *fn, target, iter parser.ExprNode, body, orelse []parser.StmtNode) []jen.Code {
	rg, i := t.id("rg"), t.id("i")
	l := t.pushLoop(f, len(orelse) > 0)
	loopBody := []jen.Code{py("Checkpoint").Call()}
	if t.unreadLocal(f, target) {
		// Nothing reads it: nothing to store.
	} else if n, ok := target.(*parser.Name); ok && t.isIntLocal(f, n.Id) {
		v := f.scope.goName(n.Id)
		loopBody = append(loopBody, jen.Id(v).Op("=").Add(py("IOf").Call(jen.Id(i))),
			t.countedValue(rg, i, jen.Id(v), "CountedI", jen.Break()))
	} else {
		x := t.id("x")
		loopBody = append(loopBody, jen.Id(x).Op(":=").Add(py("MakeInt").Call(jen.Id(i))),
			t.countedValue(rg, i, jen.Id(x), "CountedObj", jen.Break()))
		loopBody = append(loopBody, t.assignTo(f, target, jen.Id(x))...)
	}
	if t.unreadLocal(f, target) {
		// The count still ends an iterated replacement of range.
		loopBody = append(loopBody, t.countedValue(rg, i, jen.Id("_"), "CountedObj", jen.Break()))
	}
	for k, s := range loopBody {
		loopBody[k] = jen.Add(t.lineDirective(target)).Add(s)
	}
	loopBody = append(loopBody, t.block(f, body)...)
	f.popLoop()
	out := []jen.Code{jen.Id(rg).Op(":=").Add(t.rangeBounds(f, iter))}
	loop := jen.For(jen.Id(i).Op(":=").Id(rg).Dot("Start"), jen.Id(rg).Dot("More").Call(jen.Id(i)), jen.Id(i).Op("+=").Id(rg).Dot("Step")).Block(loopBody...)
	return append(out, t.loopWithElse(f, l, loop, orelse)...)
}

// countedValue is `if rg.Counted() { ... }`: the loop variable v of a
// counted loop (a range past int64, or what a rebound range returned) is
// rg's method's value at count i, and exhausted leaves the loop (the
// normal exit: an else clause runs).
func (t *translator) countedValue(rg, i string, v jen.Code, method string, exhausted jen.Code) jen.Code {
	ok := t.id("ok")
	return jen.If(jen.Id(rg).Dot("Counted").Call()).Block(
		jen.Var().Id(ok).Bool(),
		jen.If(jen.List(v, jen.Id(ok)).Op("=").Id(rg).Dot(method).Call(jen.Id(i)), jen.Op("!").Id(ok)).Block(exhausted))
}

func (t *translator) forStmt(f *fn, target, iter parser.ExprNode, body, orelse []parser.StmtNode, async bool) []jen.Code {
	if !async && t.isBuiltinRange(f, iter) {
		return t.rangeFor(f, target, iter, body, orelse)
	}
	if !async {
		if code := t.zipLoop(f, target, iter, body, orelse); code != nil {
			return code
		}
		if code := t.itemsLoop(f, target, iter, body, orelse); code != nil {
			return code
		}
	}
	it, item, ok := t.id("it"), t.id("x"), t.id("ok")
	var getIter, next jen.Code
	var out []jen.Code
	if call, ok := iter.(*parser.Call); ok && !async {
		if attr, ok := call.Func.(*parser.Attribute); ok {
			if _, name := attr.Value.(*parser.Name); !name {
				// A method of a computed receiver (Box().items()): the
				// receiver goes to a temporary first, so that the loop
				// can tell whether the method made the generator
				// (ownerProbe).
				rcv := t.id("rcv")
				out = append(out, jen.Id(rcv).Op(":=").Add(t.expr(f, attr.Value)))
				a, c := *attr, *call
				a.Value = tempRef(rcv)
				c.Func = &a
				iter = &c
			}
		}
	}
	sq, src, idx := "", "", ""
	var seqOf, sqRef jen.Code
	if async {
		getIter = py("AIter").Call(t.expr(f, iter))
		next = py("ANext").Call(jen.Id(it))
	} else {
		// A list or tuple is stepped by index (py.ForItems gives no
		// iterator then); anything else through its iterator.
		if _, call := iter.(*parser.Call); call {
			sq = t.id("sq")
			// A call's result is most often an iterator (a generator,
			// range, zip, ...): its steps go straight to Next, a list's
			// or tuple's iterator stepping inline (py.SeqOf).
			getIter = py("GetIter").Call(t.expr(f, iter))
			next = py("Next").Call(jen.Id(it))
			if c := t.loopCover(f); c != "" {
				next = py("NextCovered").Call(jen.Id(it), jen.Op("&").Id(c))
			}
			seqOf = jen.Id(sq).Op(":=").Add(py("SeqOf").Call(jen.Id(it)))
			sqRef = jen.Id(sq)
		} else {
			// Stepped by index (py.ForItems): the items' address and the
			// index are Go locals.
			src, idx = t.id("src"), t.id("i")
			getIter = py("ForItems").Call(t.expr(f, iter), jen.Op("&").Id(it))
			next = py("NextItem").Call(jen.Id(it), jen.Id(src), jen.Id(idx))
		}
	}
	owned := ""
	if call, ok := iter.(*parser.Call); ok && t.ownerProbe(f, call, "", "", "") != nil {
		// The loop may own a generator its iterable creates.
		mark := t.id("mark")
		owned = t.id("own")
		before := ""
		if fn := t.calleeBefore(f, call); fn != nil {
			before = t.id("fn")
			out = append(out, jen.Id(before).Op(":=").Add(fn))
		}
		out = append(out, jen.Id(mark).Op(":=").Add(py("IterMark").Call()))
		getIter = jen.Id(it).Op(":=").Add(getIter).Line().Id(owned).Op(":=").Add(t.ownerProbe(f, call, it, mark, before))
	} else if src != "" {
		getIter = jen.Var().Id(it).Add(py("Object")).Line().Id(src).Op(":=").Add(getIter)
	} else {
		getIter = jen.Id(it).Op(":=").Add(getIter)
	}
	if seqOf != nil {
		getIter = jen.Add(getIter).Line().Add(seqOf)
	}
	l := t.pushLoop(f, len(orelse) > 0)
	l.owned = owned
	var loopBody []jen.Code
	if async {
		loopBody = []jen.Code{
			jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Add(next),
			jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
		}
	} else if src != "" {
		// A list or tuple steps inline (py.ItemAt); NextItem takes every
		// other step: other iterators, the end, checkpoints.
		loopBody = []jen.Code{
			jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("ItemAt").Call(jen.Id(src), jen.Id(idx))),
			jen.If(jen.Op("!").Id(ok)).Block(jen.List(jen.Id(item), jen.Id(ok)).Op("=").Add(next)),
			jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
		}
	} else {
		// An iterator's list or tuple steps inline (py.SeqNext); Next
		// takes every other step.
		loopBody = []jen.Code{
			jen.List(jen.Id(item), jen.Id(ok)).Op(":=").Add(py("SeqNext").Call(sqRef)),
			jen.If(jen.Op("!").Id(ok)).Block(jen.List(jen.Id(item), jen.Id(ok)).Op("=").Add(next)),
			jen.If(jen.Op("!").Id(ok)).Block(jen.Break()),
		}
	}
	loopBody = append(loopBody, t.assignTo(f, target, jen.Id(item))...)
	for i, s := range loopBody {
		loopBody[i] = jen.Add(t.lineDirective(target)).Add(s)
	}
	loopBody = append(loopBody, t.block(f, body)...)
	f.popLoop()
	out = append(out, getIter)
	loop := jen.For()
	if idx != "" {
		loop = jen.For(jen.Id(idx).Op(":=").Lit(0), jen.Empty(), jen.Id(idx).Op("++"))
	}
	out = append(out, t.loopWithElse(f, l, loop.Block(loopBody...), orelse)...)
	return append(out, releaseIter(owned)...)
}

// releaseOwned releases the generators owned by the loops a return leaves:
// those around it in the same Go function, innermost first.
func (t *translator) releaseOwned(f *fn) []jen.Code {
	var out []jen.Code
	for i := len(f.loops) - 1; i >= 0; i-- {
		l := f.loops[i]
		if l.depth != f.depth {
			break
		}
		if l.owned != "" {
			out = append(out, py("ReleaseIter").Call(jen.Id(l.owned)))
		}
	}
	return out
}

func (t *translator) breakStmt(f *fn, s parser.StmtNode, isContinue bool) []jen.Code {
	l := f.innermostLoop()
	if l == nil {
		t.unsupportedAt(s, "'break' outside loop")
		return nil
	}
	if l.depth < f.depth {
		flow := "FlowBreak"
		if isContinue {
			flow = "FlowContinue"
		}
		return []jen.Code{jen.Return(py(flow), jen.Nil())}
	}
	if l.flat {
		return t.flatBreak(f, l, isContinue)
	}
	l.labelUsed = true
	if isContinue {
		return []jen.Code{jen.Continue().Id(l.label)}
	}
	if l.broke != "" {
		return []jen.Code{jen.Id(l.broke).Op("=").True(), jen.Break().Id(l.label)}
	}
	return []jen.Code{jen.Break().Id(l.label)}
}

// closureBody translates statements that run inside a Block closure.
func (t *translator) closureBody(f *fn, body []parser.StmtNode, prelude ...jen.Code) []jen.Code {
	f.depth++
	out := append(prelude, t.block(f, body)...)
	if !terminates(body) {
		out = append(out, jen.Return(py("FlowNext"), jen.Nil()))
	}
	f.depth--
	return out
}

func blockFunc(body []jen.Code) *jen.Statement {
	return jen.Func().Params().Params(py("Flow"), pyObject()).Block(body...)
}

// dispatch carries out, after a Block closure returned, the return, break
// or continue that happened inside it.
func (t *translator) dispatch(f *fn, call *jen.Statement) []jen.Code {
	fl, rv := t.id("fl"), t.id("rv")
	var branches []jen.Code
	l := f.innermostLoop()
	release := t.releaseOwned(f)
	if f.depth > 0 {
		if l == nil || l.depth < f.depth {
			branches = append(branches, jen.Return(jen.Id(fl), jen.Id(rv)))
		} else {
			branches = append(branches, jen.If(jen.Id(fl).Op("==").Add(py("FlowReturn"))).Block(append(release, jen.Return(jen.Id(fl), jen.Id(rv)))...))
		}
	} else if f.sm != nil {
		branches = append(branches, jen.If(jen.Id(fl).Op("==").Add(py("FlowReturn"))).Block(t.smReturn(f, jen.Id(rv))...))
	} else if f.returnsValue {
		branches = append(branches, jen.If(jen.Id(fl).Op("==").Add(py("FlowReturn"))).Block(append(release, jen.Return(jen.Id(rv)))...))
	}
	if l != nil && l.depth == f.depth && l.flat {
		branches = append(branches,
			jen.If(jen.Id(fl).Op("==").Add(py("FlowBreak"))).Block(t.flatBreak(f, l, false)...),
			jen.If(jen.Id(fl).Op("==").Add(py("FlowContinue"))).Block(t.flatBreak(f, l, true)...))
	} else if l != nil && l.depth == f.depth {
		l.labelUsed = true
		brk := []jen.Code{jen.Break().Id(l.label)}
		if l.broke != "" {
			brk = []jen.Code{jen.Id(l.broke).Op("=").True(), jen.Break().Id(l.label)}
		}
		branches = append(branches,
			jen.If(jen.Id(fl).Op("==").Add(py("FlowBreak"))).Block(brk...),
			jen.If(jen.Id(fl).Op("==").Add(py("FlowContinue"))).Block(jen.Continue().Id(l.label)))
	}
	if len(branches) == 0 {
		return []jen.Code{call}
	}
	rvName := rv
	usesRV := f.depth > 0 || f.returnsValue
	if !usesRV {
		rvName = "_"
	}
	return []jen.Code{jen.If(jen.List(jen.Id(fl), jen.Id(rvName)).Op(":=").Add(call), jen.Id(fl).Op("!=").Add(py("FlowNext"))).Block(branches...)}
}

func (t *translator) tryStmt(f *fn, s *parser.Try) []jen.Code {
	outer := f.tryBody
	if len(s.Handlers) > 0 {
		f.tryBody = f.depth + 1
	}
	body := blockFunc(t.closureBody(f, s.Body))
	f.tryBody = outer
	var handler jen.Code = jen.Nil()
	if len(s.Handlers) > 0 {
		handler = t.handlers(f, s.Handlers)
	}
	var orelse jen.Code = jen.Nil()
	if len(s.Orelse) > 0 {
		orelse = blockFunc(t.closureBody(f, s.Orelse))
	}
	var final jen.Code = jen.Nil()
	if len(s.Finalbody) > 0 {
		final = blockFunc(t.closureBody(f, s.Finalbody))
	}
	return t.dispatch(f, py("Try").Call(body, handler, orelse, final))
}

// tryStarStmt translates try/except*: the clauses run through a
// py.StarState that splits the exception group among them.
func (t *translator) tryStarStmt(f *fn, s *parser.TryStar) []jen.Code {
	body := blockFunc(t.closureBody(f, s.Body))
	exc, st := t.id("e"), t.id("st")
	clauses := []jen.Code{jen.Id(st).Op(":=").Add(py("NewStarState").Call(jen.Id(exc)))}
	f.depth++
	for _, h := range s.Handlers {
		m := t.id("m")
		var inner []jen.Code
		if h.Name != "" {
			inner = append(inner, t.storeName(f, h.Name, jen.Id(m)))
		}
		f.depth++
		inner = append(inner, t.block(f, h.Body)...)
		f.depth--
		if !terminates(h.Body) {
			if h.Name != "" {
				inner = append(inner, t.unbindName(f, h.Name))
			}
			inner = append(inner, jen.Return(py("FlowNext"), jen.Nil()))
		}
		// The clause's statements are those of a block at depth (a nested
		// try hands its flow on with a return); return, break and continue
		// cannot leave an except* clause, so the flow is always FlowNext.
		run := jen.Func().Params().Block(jen.List(jen.Id("_"), jen.Id("_")).Op("=").Func().Params().Params(py("Flow"), pyObject()).Block(inner...).Call())
		clauses = append(clauses, jen.Add(t.lineDirective(h)).If(
			jen.Id(m).Op(":=").Add(jen.Id(st).Dot("Match").Call(t.expr(f, h.Type))),
			jen.Id(m).Op("!=").Nil(),
		).Block(jen.Id(st).Dot("Run").Call(jen.Id(m), run)))
	}
	f.depth--
	clauses = append(clauses, jen.Return(jen.Id(st).Dot("Finish").Call()))
	handler := jen.Func().Params(jen.Id(exc).Op("*").Qual(pyPath, "BaseException")).Params(py("Flow"), pyObject()).Block(clauses...)
	var orelse jen.Code = jen.Nil()
	if len(s.Orelse) > 0 {
		orelse = blockFunc(t.closureBody(f, s.Orelse))
	}
	var final jen.Code = jen.Nil()
	if len(s.Finalbody) > 0 {
		final = blockFunc(t.closureBody(f, s.Finalbody))
	}
	return t.dispatch(f, py("Try").Call(body, handler, orelse, final))
}

func (t *translator) handlers(f *fn, hs []*parser.ExceptHandler) *jen.Statement {
	exc := t.id("e")
	var clauses []jen.Code
	bare := false
	for _, h := range hs {
		var prelude []jen.Code
		if h.Name != "" {
			prelude = append(prelude, t.storeName(f, h.Name, jen.Id(exc)))
		}
		f.depth++
		body := append(prelude, t.block(f, h.Body)...)
		if !terminates(h.Body) {
			if h.Name != "" {
				body = append(body, t.unbindName(f, h.Name))
			}
			body = append(body, jen.Return(py("FlowNext"), jen.Nil()))
		}
		f.depth--
		if h.Type == nil {
			clauses = append(clauses, jen.Add(t.lineDirective(h)).Block(body...))
			bare = true
			break
		}
		f.depth++
		typ := t.expr(f, h.Type)
		f.depth--
		clauses = append(clauses, jen.Add(t.lineDirective(h)).If(py("ExceptionMatches").Call(jen.Id(exc), typ)).Block(body...))
	}
	if !bare {
		clauses = append(clauses, jen.Return(py("FlowUnhandled"), jen.Nil()))
	}
	return jen.Func().Params(jen.Id(exc).Op("*").Qual(pyPath, "BaseException")).Params(py("Flow"), pyObject()).Block(clauses...)
}

// unbindName deletes an except-clause variable at the end of its clause.
func (t *translator) unbindName(f *fn, name string) jen.Code {
	kind, owner := f.scope.resolve(name, t.module)
	switch kind {
	case nameClass:
		return jen.Id(f.classNS).Dot("DeleteStr").Call(jen.Lit(name))
	case nameLocal, nameFree:
		return jen.Id(owner.goName(name)).Op("=").Nil()
	}
	t.extraGlobals[name] = true
	return jen.Id(globalVar(name)).Dot("Delete").Call(jen.Id("G"))
}

func (t *translator) withStmt(f *fn, items []*parser.WithItem, body []parser.StmtNode, async bool) []jen.Code {
	helper := "With"
	if async {
		helper = "AsyncWith"
	}
	item := items[0]
	v := t.id("cm")
	cm := t.expr(f, item.ContextExpr)
	var prelude []jen.Code
	if item.OptionalVars != nil {
		f.depth++
		prelude = t.assignTo(f, item.OptionalVars, jen.Id(v))
		f.depth--
	}
	var inner []jen.Code
	if len(items) > 1 {
		f.depth++
		inner = append(prelude, t.withStmt(f, items[1:], body, async)...)
		inner = append(inner, jen.Return(py("FlowNext"), jen.Nil()))
		f.depth--
	} else {
		inner = t.closureBody(f, body, prelude...)
	}
	vName := v
	if item.OptionalVars == nil {
		vName = "_"
	}
	fun := jen.Func().Params(jen.Id(vName).Add(pyObject())).Params(py("Flow"), pyObject()).Block(inner...)
	return t.dispatch(f, py(helper).Call(cm, fun))
}

func (t *translator) importStmt(f *fn, s *parser.Import) []jen.Code {
	var out []jen.Code
	for _, a := range s.Names {
		if a.Asname != "" {
			out = append(out, t.storeName(f, a.Asname, py("ImportAs").Call(jen.Lit(a.Name))))
			continue
		}
		top := a.Name
		if i := indexByte(top, '.'); i >= 0 {
			top = top[:i]
		}
		out = append(out, t.storeName(f, top, py("ImportTop").Call(jen.Lit(a.Name))))
	}
	return out
}

// ResolveRelative turns the module of a `from ... import` into an absolute
// name, as importlib's resolve_name does from the importing module's
// __package__. ok is false, with CPython's reason, when it cannot.
func ResolveRelative(pkg string, level int, module string) (name string, beyondTop, ok bool) {
	if level == 0 {
		return module, false, true
	}
	if pkg == "" {
		return "", false, false
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", true, false
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if module == "" {
		return base, false, true
	}
	return base + "." + module, false, true
}

func (t *translator) importFrom(f *fn, s *parser.ImportFrom) []jen.Code {
	name, beyondTop, ok := ResolveRelative(t.opts.Package, s.Level, s.Module)
	if !ok {
		return []jen.Code{py("RelativeImportError").Call(jen.Lit(beyondTop))}
	}
	var names []jen.Code
	for _, a := range s.Names {
		names = append(names, jen.Lit(a.Name))
	}
	m := t.id("m")
	out := []jen.Code{jen.Id(m).Op(":=").Add(py("ImportFromList").Call(append([]jen.Code{jen.Lit(name)}, names...)...))}
	for _, a := range s.Names {
		if a.Name == "*" {
			if f.scope.kind != moduleScope {
				t.unsupportedAt(s, "import * only allowed at module level")
				return nil
			}
			return append(out, py("ImportStar").Call(jen.Id(m), jen.Id("G")))
		}
		bound := a.Asname
		if bound == "" {
			bound = a.Name
		}
		out = append(out, t.storeName(f, bound, py("ImportFrom").Call(jen.Id(m), jen.Lit(a.Name))))
	}
	return out
}

// unreadLocal reports whether target is a local variable of the function
// that nothing ever reads (`for _ in range(n)`): storing the loop's int
// in it, which would box it, can be skipped.
func (t *translator) unreadLocal(f *fn, target parser.ExprNode) bool {
	n, ok := target.(*parser.Name)
	if !ok || f.scope.kind != functionScope {
		return false
	}
	if kind, owner := f.scope.resolve(n.Id, t.module); kind != nameLocal || owner != f.scope {
		return false
	}
	if t.usedIn(f.scope, n.Id) || f.scope.deletes[n.Id] {
		return false
	}
	// Builtins that see the local variables by name.
	for _, b := range []string{"locals", "vars", "dir", "eval", "exec"} {
		if f.scope.used[b] {
			return false
		}
	}
	return true
}

// notCond is the Go negation of a condition: `a or b` compiles to
// `(A) || (B)`, which needs parentheses under `!`.
func (t *translator) notCond(f *fn, e parser.ExprNode) *jen.Statement {
	if _, ok := e.(*parser.BoolOp); ok {
		return jen.Op("!").Parens(t.cond(f, e))
	}
	return jen.Op("!").Add(t.cond(f, e))
}

// findAnn reports whether a module or class body holds an annotated
// assignment outside nested functions and classes: CPython's find_ann,
// which makes the body start with SETUP_ANNOTATIONS (an empty
// __annotations__ unless the namespace has one).
func findAnn(body []parser.StmtNode) bool {
	for _, st := range body {
		switch s := st.(type) {
		case *parser.AnnAssign:
			return true
		case *parser.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *parser.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *parser.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *parser.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *parser.With:
			if findAnn(s.Body) {
				return true
			}
		case *parser.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *parser.Try:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		case *parser.TryStar:
			if findAnn(s.Body) || findAnn(s.Orelse) || findAnn(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
		case *parser.Match:
			for _, c := range s.Cases {
				if findAnn(c.Body) {
					return true
				}
			}
		}
	}
	return false
}

// annAssignEvaluated lists what an annotated assignment evaluates and
// discards besides its value and a simple name's stored annotation, in
// CPython's order: an attribute or subscript target's object (and index)
// when there is no value, then, with evalAnnotation (a module or class
// body, annotations not postponed), the annotation of a target that is
// not a simple name.
func annAssignEvaluated(s *parser.AnnAssign, evalAnnotation bool) []parser.ExprNode {
	var out []parser.ExprNode
	if s.Value == nil {
		switch tg := s.Target.(type) {
		case *parser.Attribute:
			out = append(out, tg.Value)
		case *parser.Subscript:
			out = append(out, tg.Value)
			var index func(e parser.ExprNode)
			index = func(e parser.ExprNode) {
				switch e := e.(type) {
				case *parser.Slice:
					for _, x := range []parser.ExprNode{e.Lower, e.Upper, e.Step} {
						if x != nil {
							out = append(out, x)
						}
					}
				case *parser.Tuple:
					for _, x := range e.Elts {
						index(x)
					}
				default:
					out = append(out, e)
				}
			}
			index(tg.Slice)
		}
	}
	if s.Simple == 0 && evalAnnotation {
		out = append(out, s.Annotation)
	}
	return out
}

// tryItemStmt translates `v = e`, `e` and `return e` made directly in a
// try body with except clauses (f.tryBody), e a subscript x[k] or a call
// next(it) of the builtin, or returns nil: the value is loaded by
// py.GetItemOr or py.NextOr, and the KeyError or IndexError of an exact
// dict, list or tuple, or the StopIteration of a native iterator, is
// handed to the try without a panic (py.RaiseHere), at the expression's
// position: the EAFP idioms `try: v = d[k] except KeyError: ...` and
// `try: x = next(it) except StopIteration: ...` cost no unwinding.
func (t *translator) tryItemStmt(f *fn, st parser.StmtNode) []jen.Code {
	if f.tryBody == 0 || f.tryBody != f.depth {
		return nil
	}
	var value parser.ExprNode
	var with func(v parser.ExprNode) parser.StmtNode // st with v as its value
	switch s := st.(type) {
	case *parser.Assign:
		value = s.Value
		with = func(v parser.ExprNode) parser.StmtNode { c := *s; c.Value = v; return &c }
	case *parser.Return:
		value = s.Value
		with = func(v parser.ExprNode) parser.StmtNode { c := *s; c.Value = v; return &c }
	case *parser.Expr:
		value = s.Value
	}
	var load *jen.Statement
	switch e := value.(type) {
	case *parser.Subscript:
		if _, slice := e.Slice.(*parser.Slice); slice {
			return nil
		}
		load = py("GetItemOr").Call(t.expr(f, e.Value), t.expr(f, e.Slice))
	case *parser.Call:
		c, ok := t.builtinCall(f, e, "next", 1)
		if !ok {
			return nil
		}
		load = py("NextOr").Call(t.expr(f, c.Func), t.expr(f, c.Args[0]))
	default:
		return nil
	}
	item := "_"
	var rest parser.StmtNode // st with the value in a Go temporary
	if with != nil {
		item = t.id("item")
		rest = with(tempRef(item))
	}
	exc := t.id("exc")
	out := []jen.Code{
		jen.List(jen.Id(item), jen.Id(exc)).Op(":=").Add(t.positioned(value, load)),
		jen.If(jen.Id(exc).Op("!=").Nil()).Block(jen.Return(t.positioned(value, py("RaiseHere").Call(jen.Id(exc))))),
	}
	if rest != nil {
		out = append(out, t.stmtBody(f, rest)...)
	}
	return out
}

// coverLoops translates a loop statement (by loop). The outermost loop of
// a Go function in a plain function or module body gets a py.LoopCover,
// declared before it with its deferred py.CoverLoops when a loop inside
// (or itself) uses it: a generator those loops step is resumed without a
// deferred function of its own (py.NextCovered), at most one defer per
// call of the Go function rather than one per item.
func (t *translator) coverLoops(f *fn, st parser.StmtNode, loop func() []jen.Code) []jen.Code {
	if f.sm != nil || f.scope.isGenerator || f.scope.isAsync || f.cover != nil && f.cover.depth == f.depth {
		return loop()
	}
	for _, l := range f.loops {
		if l.depth == f.depth {
			// Inside a loop of this Go function that has no cover.
			return loop()
		}
	}
	outer := f.cover
	// Named after the loop's line (one outermost loop a line), not by
	// t.id: no temporary after it is renumbered.
	name := fmt.Sprintf("coverL%d", st.(parser.Positioned).Position().Lineno)
	if f.coverNames[name] {
		name = t.id(name + "_")
	}
	if f.coverNames == nil {
		f.coverNames = map[string]bool{}
	}
	f.coverNames[name] = true
	c := &loopCover{name: name, depth: f.depth}
	f.cover = c
	out := loop()
	f.cover = outer
	if !c.used {
		return out
	}
	return append([]jen.Code{
		jen.Var().Id(c.name).Add(py("LoopCover")),
		jen.Defer().Add(py("CoverLoops").Call(jen.Op("&").Id(c.name))),
	}, out...)
}

// loopCover is the py.LoopCover variable a loop being translated steps
// generators with ("" for none).
func (t *translator) loopCover(f *fn) string {
	if f.cover == nil || f.cover.depth != f.depth {
		return ""
	}
	f.cover.used = true
	return f.cover.name
}
