package translate

import (
	"math/big"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Int-typed locals. A function variable that only ever holds ints lives
// unboxed, as a py.TypedInt, so int arithmetic on it allocates nothing:
// `for i in range(n): total += i * 2 % 7` boxes no int. The analysis is
// deliberately narrow, and proves the type from the assignments alone:
//
//   - the variable is a local of a function (a Go variable, or a field of
//     a compiled coroutine's frame), not a parameter, never deleted,
//     and not referred to from any nested scope (closures, lambdas,
//     comprehensions, class bodies see it boxed);
//   - every binding of it is `x = e`, `x op= e` or `for x in range(...)`,
//     where e is an int-typed expression: an int literal, an int-typed
//     variable, + - * // % & | ^ << >> of int-typed operands, unary - + ~
//     of one, or len(...) of the builtin len;
//   - the function does not call locals(), vars(), dir(), eval() or exec().
//
// A comprehension's variable bound only by `for x in range(...)` clauses
// is int-typed too (comprehensionInts).
//
// Everything else sees the variable through Box (an int object) and
// stores into it through ToI, so the rest of the translator need not know.

// intLocals computes (once) the int-typed variables of a function scope.
func (t *translator) intLocals(s *scope) map[string]bool {
	if s.ints != nil {
		return s.ints
	}
	s.ints = map[string]bool{}
	s.floats = map[string]bool{}
	var body []parser.StmtNode
	switch n := s.node.(type) {
	case *parser.FunctionDef:
		body = n.Body
	case *parser.AsyncFunctionDef:
		body = n.Body
	case *parser.ListComp:
		s.ints = t.comprehensionInts(s, n.Generators, n.Elt)
		return s.ints
	case *parser.SetComp:
		s.ints = t.comprehensionInts(s, n.Generators, n.Elt)
		return s.ints
	case *parser.DictComp:
		s.ints = t.comprehensionInts(s, n.Generators, n.Key, n.Value)
		return s.ints
	case *parser.GeneratorExp:
		s.ints = t.comprehensionInts(s, n.Generators, n.Elt)
		return s.ints
	default:
		return s.ints
	}
	if s.kind != functionScope {
		return s.ints
	}
	// Candidates: the scope's own plain locals.
	cand := map[string]bool{}
	for _, name := range s.order {
		if !s.params[name] && !s.globals[name] && !s.nonlocal[name] && !s.deletes[name] {
			cand[name] = true
		}
	}
	// The bindings of each candidate, as expressions the value must be
	// int-typed for (nil: a range loop variable, always an int).
	type binding struct {
		value parser.ExprNode
		aug   bool
		op    parser.Operator
	}
	bindings := map[string][]binding{}
	handled := map[*parser.Name]bool{}
	f := &fn{scope: s}
	var stmts func([]parser.StmtNode)
	var tryParts func(body []parser.StmtNode, handlers []*parser.ExceptHandler, orelse, final []parser.StmtNode)
	stmts = func(list []parser.StmtNode) {
		for _, st := range list {
			switch x := st.(type) {
			case *parser.Assign:
				for _, tg := range x.Targets {
					if n, ok := tg.(*parser.Name); ok {
						handled[n] = true
						bindings[n.Id] = append(bindings[n.Id], binding{value: x.Value})
					}
				}
			case *parser.AugAssign:
				if n, ok := x.Target.(*parser.Name); ok {
					handled[n] = true
					bindings[n.Id] = append(bindings[n.Id], binding{value: x.Value, aug: true, op: x.Op})
				}
			case *parser.AnnAssign:
				if n, ok := x.Target.(*parser.Name); ok && x.Value != nil {
					handled[n] = true
					bindings[n.Id] = append(bindings[n.Id], binding{value: x.Value})
				}
			case *parser.For:
				if n, ok := x.Target.(*parser.Name); ok && t.isBuiltinRange(f, x.Iter) {
					handled[n] = true
					bindings[n.Id] = append(bindings[n.Id], binding{})
				}
				stmts(x.Body)
				stmts(x.Orelse)
			case *parser.AsyncFor:
				stmts(x.Body)
				stmts(x.Orelse)
			case *parser.While:
				stmts(x.Body)
				stmts(x.Orelse)
			case *parser.If:
				stmts(x.Body)
				stmts(x.Orelse)
			case *parser.With:
				stmts(x.Body)
			case *parser.AsyncWith:
				stmts(x.Body)
			case *parser.Try:
				tryParts(x.Body, x.Handlers, x.Orelse, x.Finalbody)
			case *parser.TryStar:
				tryParts(x.Body, x.Handlers, x.Orelse, x.Finalbody)
			}
		}
	}
	tryParts = func(body []parser.StmtNode, handlers []*parser.ExceptHandler, orelse, final []parser.StmtNode) {
		stmts(body)
		for _, h := range handlers {
			delete(cand, h.Name)
			stmts(h.Body)
		}
		stmts(orelse)
		stmts(final)
	}
	stmts(body)
	// Any other binding, any use from a nested scope, and the functions
	// that see locals as a namespace disqualify.
	inspectPlainLocals(body, cand, func(n parser.Node) {
		if x, ok := n.(*parser.Name); ok && x.Ctx != parser.Load && !handled[x] {
			delete(cand, x.Id)
		}
	})
	// The float candidates are picked from the same plain locals once the
	// int-typed ones are known.
	floatCand := map[string]bool{}
	for name := range cand {
		floatCand[name] = true
	}
	defer func() {
		for name := range s.ints {
			delete(floatCand, name)
		}
		// A variable used as an attribute's or item's object (`v.dot(w)`,
		// `v[i]`) holds an instance or a container, not a float (a
		// vector's `oc = origin - self.center`): speculating on a float
		// would only add a conversion at each use.
		for name := range objectNames(s) {
			delete(floatCand, name)
		}
		for changed := true; changed; {
			changed = false
			for name := range floatCand {
				bs := bindings[name]
				ok := len(bs) > 0
				for _, b := range bs {
					if b.value == nil || b.aug && floatOpFuncs[b.op] == "" || !b.aug && !floatShaped(b.value, floatCand, t.floatFnNames()) {
						ok = false
						break
					}
				}
				if !ok {
					delete(floatCand, name)
					changed = true
				}
			}
		}
		// Only the variables with some sign of float arithmetic (see
		// floatEvidence) are worth it.
		ev := map[string]bool{}
		for changed := true; changed; {
			changed = false
			for name := range floatCand {
				if ev[name] {
					continue
				}
				for _, b := range bindings[name] {
					if floatEvidence(b.value, ev, t.floatFnNames()) || b.aug && (b.op == parser.Div || objOperand(b.value)) {
						ev[name] = true
						changed = true
						break
					}
				}
			}
		}
		for name := range floatCand {
			if !ev[name] {
				delete(floatCand, name)
			}
		}
		s.floats = floatCand
	}()
	// Keep the candidates all of whose bindings are int-typed, until no
	// more drop out.
	for changed := true; changed; {
		changed = false
		for name := range cand {
			bs := bindings[name]
			ok := len(bs) > 0
			for _, b := range bs {
				if b.value == nil {
					continue
				}
				if !t.intTyped(f, b.value, cand) || b.aug && !intOps[b.op] {
					ok = false
					break
				}
			}
			if !ok {
				delete(cand, name)
				changed = true
			}
		}
	}
	s.ints = cand
	return cand
}

// comprehensionInts is intLocals for a comprehension's scope: a variable
// every clause binding it binds as `for x in range(...)` (the builtin), not
// bound otherwise nor seen from a scope nested in the comprehension, is an
// int: `[i * 2 for i in range(n)]` boxes no int. Its first iterable is the
// enclosing scope's, and not looked at.
func (t *translator) comprehensionInts(s *scope, gens []*parser.Comprehension, elts ...parser.ExprNode) map[string]bool {
	cand := map[string]bool{}
	if s.kind != comprehensionScope || s.isAsync {
		// An asynchronous comprehension's variables live in the
		// coroutine's frame, as objects.
		return cand
	}
	f := &fn{scope: s}
	ranged := map[*parser.Name]bool{}
	bound := map[string]bool{}
	for _, g := range gens {
		if n, ok := g.Target.(*parser.Name); ok && g.IsAsync == 0 && t.isBuiltinRange(f, g.Iter) {
			ranged[n] = true
			bound[n.Id] = true
		}
	}
	for _, name := range s.order {
		if bound[name] && !s.globals[name] && !s.nonlocal[name] {
			cand[name] = true
		}
	}
	// The clauses' targets, later iterables and conditions and the
	// element, seen as a function body's statements are.
	var parts []parser.StmtNode
	add := func(e parser.ExprNode) {
		if e != nil {
			parts = append(parts, &parser.Expr{Value: e})
		}
	}
	for i, g := range gens {
		add(g.Target)
		if i > 0 {
			add(g.Iter)
		}
		for _, c := range g.Ifs {
			add(c)
		}
	}
	for _, e := range elts {
		add(e)
	}
	inspectPlainLocals(parts, cand, func(n parser.Node) {
		if x, ok := n.(*parser.Name); ok && x.Ctx != parser.Load && !ranged[x] {
			delete(cand, x.Id)
		}
	})
	return cand
}

// intOps are the binary operators that give an int for int operands.
var intOps = map[parser.Operator]bool{
	parser.Add: true, parser.Sub: true, parser.Mult: true, parser.FloorDiv: true, parser.Mod: true,
	parser.BitAnd: true, parser.BitOr: true, parser.BitXor: true, parser.LShift: true, parser.RShift: true,
}

var intOpFuncs = map[parser.Operator]string{
	parser.Add: "IAdd", parser.Sub: "ISub", parser.Mult: "IMul", parser.FloorDiv: "IFloorDiv", parser.Mod: "IMod",
	parser.BitAnd: "IAnd", parser.BitOr: "IOr", parser.BitXor: "IXor", parser.LShift: "ILShift", parser.RShift: "IRShift",
}

// intTyped reports whether e always evaluates to an int, given the
// int-typed variables ints.
func (t *translator) intTyped(f *fn, e parser.ExprNode, ints map[string]bool) bool {
	switch x := e.(type) {
	case *parser.Constant:
		switch x.Value.(type) {
		case int64, *big.Int:
			return true
		}
	case *parser.Name:
		return !isTemp(x) && ints[x.Id]
	case *parser.BinOp:
		return intOps[x.Op] && t.intTyped(f, x.Left, ints) && t.intTyped(f, x.Right, ints)
	case *parser.UnaryOp:
		return x.Op != parser.Not && t.intTyped(f, x.Operand, ints)
	case *parser.Call:
		if n, ok := x.Func.(*parser.Name); ok && n.Id == "len" && len(x.Args) == 1 && len(x.Keywords) == 0 {
			if _, star := x.Args[0].(*parser.Starred); !star {
				kind, _ := f.scope.resolve("len", t.module)
				return kind == nameBuiltin
			}
		}
	}
	return false
}

// isIntExpr reports whether e is int-typed in f (whose int-typed
// variables are known by now).
func (t *translator) isIntExpr(f *fn, e parser.ExprNode) bool {
	if f.scope.kind != functionScope && f.scope.kind != comprehensionScope {
		return false
	}
	return t.intTyped(f, e, t.intLocals(f.scope))
}

// intExpr translates an int-typed expression to Go code of type
// py.TypedInt. Each operation in it is at its own position: an error in it
// (a zero divisor, a negative shift count) shows CPython's carets.
func (t *translator) intExpr(f *fn, e parser.ExprNode) *jen.Statement {
	code := t.intExprCode(f, e)
	switch x := e.(type) {
	case *parser.BinOp:
		return t.positioned(x, code)
	case *parser.UnaryOp:
		if x.Op != parser.UAdd {
			return t.positioned(x, code)
		}
	}
	return code
}

// intExprCode is intExpr without e's own position (for expr, which adds
// it).
func (t *translator) intExprCode(f *fn, e parser.ExprNode) *jen.Statement {
	switch x := e.(type) {
	case *parser.Constant:
		if v, ok := x.Value.(int64); ok {
			return py("IOf").Call(jen.Lit(int(v)))
		}
	case *parser.Name:
		if t.isIntLocal(f, x.Id) {
			if t.definiteRead(f, x) {
				return jen.Id(f.scope.goName(x.Id))
			}
			// Positioned: an UnboundLocalError points at the name.
			return t.positioned(x, py("LocalI").Call(jen.Id(f.scope.goName(x.Id)), jen.Lit(x.Id)))
		}
	case *parser.BinOp:
		if c, ok := smallIntConst(x.Left); ok && x.Op == parser.Add {
			return py("IAddK").Call(t.intExpr(f, x.Right), jen.Lit(int(c)))
		}
		return t.intOp(f, x.Op, t.intExpr(f, x.Left), x.Right)
	case *parser.UnaryOp:
		switch x.Op {
		case parser.USub:
			return py("INeg").Call(t.intExpr(f, x.Operand))
		case parser.Invert:
			return py("IInvert").Call(t.intExpr(f, x.Operand))
		case parser.UAdd:
			return t.intExpr(f, x.Operand)
		}
	}
	return py("ToI").Call(t.expr(f, e))
}

// intOp is l op r for int-typed operands, l already translated. A small
// constant added, subtracted or multiplied by takes IAddK/ISubK/IMulK,
// which inline.
func (t *translator) intOp(f *fn, op parser.Operator, l jen.Code, r parser.ExprNode) *jen.Statement {
	if c, ok := smallIntConst(r); ok && (op == parser.Add || op == parser.Sub) {
		return py(map[parser.Operator]string{parser.Add: "IAddK", parser.Sub: "ISubK"}[op]).Call(l, jen.Lit(int(c)))
	}
	if c, ok := smallIntConst(r); ok && op == parser.Mult && c < 1<<31 {
		return py("IMulK").Call(l, jen.Lit(int(c)))
	}
	return py(intOpFuncs[op]).Call(l, t.intExpr(f, r))
}

// smallIntConst is e's value when e is an int constant in [0, 2**62), what
// py.IAddK and py.ISubK take.
func smallIntConst(e parser.ExprNode) (int64, bool) {
	if c, ok := e.(*parser.Constant); ok {
		if v, ok := c.Value.(int64); ok && v >= 0 && v < 1<<62 {
			return v, true
		}
	}
	return 0, false
}

var intCmpOps = map[parser.CmpOperator]string{
	parser.Lt: "OpLt", parser.LtE: "OpLe", parser.Eq: "OpEq", parser.NotEq: "OpNe", parser.Gt: "OpGt", parser.GtE: "OpGe",
}

// isIntLocal reports whether name, used in f, is an int-typed local of f.
func (t *translator) isIntLocal(f *fn, name string) bool {
	kind, owner := f.scope.resolve(name, t.module)
	return kind == nameLocal && owner == f.scope && t.intLocals(owner)[name]
}

// usesIntLocal reports whether e is int-typed and reads an int-typed
// local (only then is it worth computing unboxed).
func (t *translator) usesIntLocal(f *fn, e parser.ExprNode) bool {
	if !t.isIntExpr(f, e) {
		return false
	}
	uses := false
	parser.Inspect(e, func(n parser.Node) bool {
		if nm, ok := n.(*parser.Name); ok && t.isIntLocal(f, nm.Id) {
			uses = true
		}
		return !uses
	})
	return uses
}

// inspectPlainLocals walks a function body for the analyses of its plain
// locals (int-typed, owned): a binding other than an assignment (def,
// class, import, except ... as, match captures), any use from a nested
// scope (functions, classes, lambdas, comprehensions), and a call of
// locals(), vars(), dir(), eval() or exec() remove names from cand. Every
// node outside nested scopes also goes to visit.
func inspectPlainLocals(body []parser.StmtNode, cand map[string]bool, visit func(parser.Node)) {
	inspectPlainLocalsFed(body, cand, nil, visit)
}

// inspectPlainLocalsFed is inspectPlainLocals walking into the generator
// expressions of fed as into the function's own code: their uses are the
// caller's to judge (freshLocals).
func inspectPlainLocalsFed(body []parser.StmtNode, cand map[string]bool, fed map[*parser.GeneratorExp]bool, visit func(parser.Node)) {
	nested := func(n parser.Node) {
		parser.Inspect(n, func(m parser.Node) bool {
			if nm, ok := m.(*parser.Name); ok {
				delete(cand, nm.Id)
			}
			return true
		})
	}
	for _, st := range body {
		parser.Inspect(st, func(n parser.Node) bool {
			switch x := n.(type) {
			case *parser.FunctionDef:
				delete(cand, x.Name)
				nested(x)
				return false
			case *parser.AsyncFunctionDef:
				delete(cand, x.Name)
				nested(x)
				return false
			case *parser.ClassDef:
				delete(cand, x.Name)
				nested(x)
				return false
			case *parser.GeneratorExp:
				if fed[x] {
					break
				}
				nested(x)
				return false
			case *parser.Lambda, *parser.ListComp, *parser.SetComp, *parser.DictComp:
				nested(x)
				return false
			case *parser.Import:
				for _, a := range x.Names {
					delete(cand, a.Asname)
					delete(cand, a.Name)
				}
			case *parser.ImportFrom:
				for _, a := range x.Names {
					delete(cand, a.Asname)
					delete(cand, a.Name)
				}
			case *parser.ExceptHandler:
				delete(cand, x.Name)
			case *parser.MatchAs:
				delete(cand, x.Name)
			case *parser.MatchStar:
				delete(cand, x.Name)
			case *parser.MatchMapping:
				delete(cand, x.Rest)
			case *parser.Call:
				if fn, ok := x.Func.(*parser.Name); ok {
					switch fn.Id {
					case "locals", "vars", "dir", "eval", "exec":
						for k := range cand {
							delete(cand, k)
						}
					}
				}
			}
			if n != nil {
				visit(n)
			}
			return true
		})
	}
}
