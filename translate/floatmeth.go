package translate

import (
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Float-returning methods (runtime/py/floatmeth.go). A def directly in a
// class body, not a dunder, of one to three plain positional parameters without
// defaults or decorators, whose body has no try/with, nested def, class
// or lambda, and one of whose returns is float-shaped arithmetic
// (floatMethodValue: `self.x * o.x + self.y * o.y`) has its body as a Go
// function returning a py.TypedFloat, as the float-returning direct defs
// do (floatret.go); the function object's entry point is
// py.FloatMethodN's wrapper, which boxes. A call of such a name with as
// many arguments in float code (an operand of float arithmetic, a math
// function's argument, the binding of a float-speculated local) is
// py.LoadFMethN(o, "name", &ic).CallF(args...): the float body when the
// site finds it is what o.name is, the method call otherwise. Nothing is
// assumed about the classes at run time; a float method's name only
// decides which calls try the float body.

// floatMethodValue reports whether a return's value e is arithmetic that
// is likely a float: + - * / ** and unary minus over attributes, elements,
// number literals, math calls and names the method does not use as
// objects (a vector's `self * k` is not), with an attribute, element,
// float literal or true division among them.
func floatMethodValue(e parser.ExprNode, objects map[string]bool, ff *floatFnNames) bool {
	evidence, ints, floats := false, false, false
	var leaf func(e parser.ExprNode) bool
	leaf = func(e parser.ExprNode) bool {
		switch x := e.(type) {
		case *parser.BinOp:
			if floatOpFuncs[x.Op] == "" {
				return false
			}
			if x.Op == parser.Div {
				evidence, floats = true, true
			}
			return leaf(x.Left) && leaf(x.Right)
		case *parser.UnaryOp:
			return x.Op == parser.USub && leaf(x.Operand)
		case *parser.Constant:
			switch x.Value.(type) {
			case float64:
				evidence, floats = true, true
				return true
			case int64:
				ints = true
				return true
			}
			return false
		case *parser.Name:
			return !isTemp(x) && !objects[x.Id]
		case *parser.Attribute, *parser.Subscript:
			if objOperand(e) {
				evidence = true
				return true
			}
			return false
		case *parser.Call:
			if ff.isMathCall(x) {
				evidence, floats = true, true
				return true
			}
		}
		return false
	}
	if b, ok := e.(*parser.BinOp); !ok || floatOpFuncs[b.Op] == "" {
		return false
	}
	// An int literal without a float literal, division or math call
	// beside it is int code (`self.s ** 2`), as floatArith has it.
	return leaf(e) && evidence && (floats || !ints)
}

// findFloatMethods fills ff.methDefs and ff.meths from the module's class
// bodies (ff's math names already known).
func (t *translator) findFloatMethods(ff *floatFnNames) {
	t.plainMethods(func(d *parser.FunctionDef, n int, s *scope) {
		objects := objectNames(s)
		isFloat := func(e parser.ExprNode) bool { return floatMethodValue(e, objects, ff) }
		if floatReturningBody(d.Body, isFloat) {
			ff.methDefs[d] = true
			ff.meths[d.Name] |= 1 << (n - 1)
		}
	})
}

// plainMethods calls fn, in the module's order, with each def of a class
// body that a call site may specialise: no decorators, no defaults, not a
// dunder (dunders are called by protocols, __next__, __len__, whose callers
// take the general path anyway), a fixed arity of 1 to 3 with self, and a
// plain function (not a generator, not async); n is that arity.
func (t *translator) plainMethods(fn func(d *parser.FunctionDef, n int, s *scope)) {
	parser.Inspect(t.module.node, func(node parser.Node) bool {
		c, ok := node.(*parser.ClassDef)
		if !ok {
			return true
		}
		for _, st := range c.Body {
			d, ok := st.(*parser.FunctionDef)
			if !ok || len(d.DecoratorList) > 0 || len(d.Args.Defaults) > 0 || isDunder(d.Name) {
				continue
			}
			n, fixed := fixedArity(d.Args)
			s := t.scopes[d]
			if !fixed || n < 1 || n > 3 || s == nil || s.isGenerator || s.isAsync {
				continue
			}
			fn(d, n, s)
		}
		return true
	})
}

// isMethCall reports whether e is a call, by a float method's name, with
// as many positional arguments as such a method takes besides self.
func (ff *floatFnNames) isMethCall(e parser.ExprNode) bool {
	c, ok := e.(*parser.Call)
	if !ok || ff == nil || len(c.Keywords) != 0 || len(c.Args) > 2 {
		return false
	}
	a, ok := c.Func.(*parser.Attribute)
	if !ok || ff.meths[a.Attr]&(1<<len(c.Args)) == 0 {
		return false
	}
	if m, ok := a.Value.(*parser.Name); ok && ff.mods[m.Id] {
		return false
	}
	if sc, ok := a.Value.(*parser.Call); ok {
		if n, ok := sc.Func.(*parser.Name); ok && n.Id == "super" {
			return false
		}
	}
	for _, x := range c.Args {
		if _, star := x.(*parser.Starred); star {
			return false
		}
	}
	return true
}

// floatMethodCall is such a call in float code, or nil.
func (t *translator) floatMethodCall(f *fn, c *parser.Call) *jen.Statement {
	if !t.floatFnNames().isMethCall(c) {
		return nil
	}
	a := c.Func.(*parser.Attribute)
	if t.notInstance(f, a.Value) {
		return nil
	}
	n := string(rune('0' + len(c.Args)))
	args := func(g *jen.Group) {
		for _, x := range c.Args {
			g.Add(t.expr(f, x))
		}
	}
	if t.inertArgs(f, c.Args) {
		// Arguments that cannot tell the lookup's order: one inlined
		// pair, as MethodCallN(MethodOfN(...)).
		of := py("FMethOf" + n).CallFunc(func(g *jen.Group) {
			g.Add(t.expr(f, a.Value))
			g.Lit(a.Attr)
			g.Op("&").Id(t.cache("FMethCache"))
			args(g)
		})
		return py("FMethCall" + n).Call(of)
	}
	// The method is looked up before the arguments run.
	hit := py("FMethHit"+n).Call(t.expr(f, a.Value), jen.Lit(a.Attr), jen.Op("&").Id(t.cache("FMethCache")))
	return py("LoadFMeth" + n).Call(hit).Dot("CallF").CallFunc(args)
}

// floatMethodFunction is py.NewFunctionN(code, nil, py.FloatMethodM(code,
// func(...) py.TypedFloat {...})) for a float method's def.
func (t *translator) floatMethodFunction(nf *fn, s *scope, codeVar string, n int, params []string, body []parser.StmtNode) *jen.Statement {
	nf.floatRet = true
	impl := t.localDecls(s, params, true)
	impl = append(impl, t.block(nf, body)...)
	if !terminates(body) {
		impl = append(impl, jen.Return(t.floatReturn(nf, nil)))
	}
	goParams := make([]jen.Code, n)
	for i := 0; i < n; i++ {
		goParams[i] = jen.Id(localVar(params[i]))
	}
	goParams[n-1] = jen.Id(localVar(params[n-1])).Add(pyObject())
	body0 := jen.Func().Params(goParams...).Qual(pyPath, "TypedFloat").Block(impl...)
	entry := py("FloatMethod"+string(rune('0'+n-1))).Call(jen.Id(codeVar), body0)
	return py("NewFunction"+string(rune('0'+n))).Call(jen.Id(codeVar), jen.Nil(), entry)
}

// isDunder reports whether name is a special method's (__x__).
func isDunder(name string) bool {
	return len(name) > 4 && strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__")
}
