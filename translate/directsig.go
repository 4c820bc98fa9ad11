package translate

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// Direct calls bound at translation time (runtime/py/directsig.go).
//
// A module-level def with any signature (defaults, keyword-only
// parameters, *args, **kwargs) but no decorators, captures or yields has
// its body as a Go function of one parameter per entry of Code.Params (a
// "sig" direct def; plain positional defs keep their fixed-arity entry
// points and are direct defs already). A call of its global name whose
// arguments bind without error — positional ones, at most one starred one
// last that only *args takes, keywords naming parameters not otherwise
// given or going to **kwargs, no ** mapping, every parameter without a
// default given — evaluates the callee and the arguments in CPython's
// order into temporaries, then
//
//	if g := py.DirectEnter(f, fo); g != nil {
//		return py.DirectLeave(dfn(g, a, fo.Defaults[0], c, py.KwDict(...)))
//	}
//	return py.CallKw(f, []py.Object{a, c}, []string{"c"})
//
// The body runs directly while the name holds the def's object with its
// own code and defaults; the generic call (with its errors) otherwise.
// The same binding serves calls of plain direct defs that use defaults or
// keywords.

// maxSigParams is the most parameters a py.NewFunctionSigN takes.
const maxSigParams = 8

// sigCandidate reports whether a module-level def (defined once) becomes a
// sig direct def, and its parameter count.
func (t *translator) sigCandidate(x *parser.FunctionDef, defs map[string]int) (int, bool) {
	s := t.scopes[x]
	if s == nil || len(x.DecoratorList) > 0 || s.isGenerator || defs[x.Name] != 1 || len(t.freeVars(s)) > 0 {
		return 0, false
	}
	if _, fixed := fixedArity(x.Args); fixed {
		return 0, false // NewFunctionN's entry points serve it better
	}
	n := len(paramNames(x.Args))
	return n, n > 0 && n <= maxSigParams
}

// sigCall translates a call of a direct def bound at translation time, or
// returns nil.
func (t *translator) sigCall(f *fn, c *parser.Call) *jen.Statement {
	name, ok := c.Func.(*parser.Name)
	if !ok {
		return nil
	}
	d := t.directDefs()[name.Id]
	if d == nil || d.async || d.args == nil {
		return nil
	}
	if kind, _ := f.scope.resolve(name.Id, t.module); kind != nameGlobal {
		return nil
	}
	if !d.sig && (t.floatReturning(d) || t.callTarget(f.scope, c) != nil) {
		return nil // no plain body / a full positional call: py.DirectN
	}
	a := d.args
	params := paramNames(a)
	numPos := len(a.Posonlyargs) + len(a.Args)
	numPosOnly := len(a.Posonlyargs)
	kwStart := numPos
	if a.Vararg != nil {
		kwStart++
	}

	// Bind first, translating nothing: a call that cannot bind (or would
	// raise) is left to the generic path.
	var posArgs []parser.ExprNode
	var starArg parser.ExprNode
	for i, arg := range c.Args {
		if st, ok := arg.(*parser.Starred); ok {
			if i != len(c.Args)-1 || a.Vararg == nil || len(posArgs) < numPos {
				return nil
			}
			starArg = st.Value
			continue
		}
		posArgs = append(posArgs, arg)
	}
	if len(posArgs) > numPos && a.Vararg == nil {
		return nil
	}
	given := make([]bool, len(params))
	for i := 0; i < len(posArgs) && i < numPos; i++ {
		given[i] = true
	}
	kwTarget := make([]int, len(c.Keywords)) // a parameter, or -1: **kwargs
	for i, k := range c.Keywords {
		if k.Arg == "" {
			return nil
		}
		idx := -1
		for j := numPosOnly; j < numPos; j++ {
			if params[j] == k.Arg {
				idx = j
			}
		}
		for j := kwStart; j < kwStart+len(a.Kwonlyargs); j++ {
			if params[j] == k.Arg {
				idx = j
			}
		}
		switch {
		case idx >= 0 && given[idx]:
			return nil // given twice: the generic call's TypeError
		case idx >= 0:
			given[idx] = true
		case a.Kwarg == nil:
			return nil
		}
		kwTarget[i] = idx
	}
	firstDefault := numPos - len(a.Defaults)
	for j := 0; j < firstDefault; j++ {
		if !given[j] {
			return nil
		}
	}
	for j := range a.Kwonlyargs {
		if !given[kwStart+j] && a.KwDefaults[j] == nil {
			return nil
		}
	}

	// Temporaries, in evaluation order: the callee, the positional
	// arguments (a starred one made the *args tuple at once, as CPython
	// builds the argument list before the keywords), the keywords.
	slot := make([]jen.Code, len(params))
	fv := t.id("f")
	body := []jen.Code{jen.Id(fv).Op(":=").Add(t.expr(f, c.Func))}
	var pos []string
	for _, arg := range posArgs {
		v := t.id("a")
		body = append(body, jen.Id(v).Op(":=").Add(t.expr(f, arg)))
		pos = append(pos, v)
	}
	for i := 0; i < len(pos) && i < numPos; i++ {
		slot[i] = jen.Id(pos[i])
	}
	star := "" // the *args tuple of a starred argument
	if starArg != nil {
		star = t.id("st")
		extra := []jen.Code{t.expr(f, starArg)}
		for _, p := range pos[numPos:] {
			extra = append(extra, jen.Id(p))
		}
		body = append(body, jen.Id(star).Op(":=").Add(py("StarArgs").Call(extra...)))
	}
	var kwNames, kwVals []string
	var rest []jen.Code
	for i, k := range c.Keywords {
		v := t.id("k")
		body = append(body, jen.Id(v).Op(":=").Add(t.expr(f, k.Value)))
		kwNames, kwVals = append(kwNames, k.Arg), append(kwVals, v)
		if kwTarget[i] >= 0 {
			slot[kwTarget[i]] = jen.Id(v)
		} else {
			rest = append(rest, py("Str").Call(jen.Lit(k.Arg)), jen.Id(v))
		}
	}
	// Defaults, read from the object (DirectEnter checks they are the
	// def's own), and the *args and **kwargs parameters.
	for j := firstDefault; j < numPos; j++ {
		if slot[j] == nil {
			slot[j] = jen.Id(d.object).Dot("Defaults").Index(jen.Lit(j - firstDefault))
		}
	}
	for j := range a.Kwonlyargs {
		if slot[kwStart+j] == nil {
			slot[kwStart+j] = jen.Id(d.object).Dot("KwDefault").Call(jen.Lit(j))
		}
	}
	if a.Vararg != nil {
		switch {
		case star != "":
			slot[numPos] = jen.Id(star)
		case len(pos) > numPos:
			extra := make([]jen.Code, 0, len(pos)-numPos)
			for _, p := range pos[numPos:] {
				extra = append(extra, jen.Id(p))
			}
			slot[numPos] = py("MakeTuple").Call(extra...)
		default:
			slot[numPos] = py("EmptyTuple")
		}
	}
	if a.Kwarg != nil {
		slot[len(params)-1] = py("KwDict").Call(rest...)
	}

	g := t.id("g")
	args := append([]jen.Code{jen.Id(g)}, slot...)
	body = append(body, jen.If(jen.Id(g).Op(":=").Add(py("DirectEnter").Call(jen.Id(fv), jen.Id(d.object))), jen.Id(g).Op("!=").Nil()).Block(
		jen.Return(py("DirectLeave").Call(jen.Id(d.goFn).Call(args...)))))

	// The generic call.
	generic := make([]jen.Code, 0, len(pos)+len(kwVals))
	for i, p := range pos {
		if star == "" || i < numPos {
			generic = append(generic, jen.Id(p))
		}
	}
	if star != "" {
		// The starred tuple holds the positional arguments past numPos.
		list := py("AppendStar").Call(jen.Index().Add(pyObject()).Values(generic...), jen.Id(star))
		kn, kv := jen.Nil(), jen.Nil()
		if len(kwNames) > 0 {
			kn = jen.Index().String().ValuesFunc(func(g *jen.Group) {
				for _, n := range kwNames {
					g.Lit(n)
				}
			})
			kv = jen.Index().Add(pyObject()).ValuesFunc(func(g *jen.Group) {
				for _, v := range kwVals {
					g.Id(v)
				}
			})
		}
		body = append(body, jen.Return(py("CallEx").Call(jen.Id(fv), list, kn, kv)))
	} else {
		for _, v := range kwVals {
			generic = append(generic, jen.Id(v))
		}
		var kn jen.Code = jen.Nil()
		if len(kwNames) > 0 {
			kn = jen.Index().String().ValuesFunc(func(g *jen.Group) {
				for _, n := range kwNames {
					g.Lit(n)
				}
			})
		}
		body = append(body, jen.Return(py("CallKw").Call(jen.Id(fv), jen.Index().Add(pyObject()).Values(generic...), kn)))
	}
	return jen.Func().Params().Add(pyObject()).Block(body...).Call()
}
