package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// Float functions in float code. A call of one of the math module's
// functions of one float (`math.cos(a)`, or `sqrt(d)` after `from math
// import sqrt`) counts as float arithmetic: a local bound to it can be
// float-speculated, and in float code it is
// py.FloatCall(py.FloatFnOf(math, "cos", &ic), a) (runtime/py/floatcall.go),
// which runs the function's kernel on the float unboxed and gives its
// result unboxed. Nothing is assumed about the names: whatever `math`
// holds when the call runs, the call is made as CPython makes it when the
// value is not a builtin with a kernel (the runtime's math module sets
// them) or the argument is not a float.

// mathFloatFns are the math functions of one float with a kernel.
var mathFloatFns = map[string]bool{
	"sqrt": true, "exp": true, "expm1": true, "log1p": true, "sin": true, "cos": true, "tan": true,
	"asin": true, "acos": true, "atan": true, "sinh": true, "cosh": true, "tanh": true, "asinh": true,
	"acosh": true, "atanh": true, "fabs": true, "erf": true, "erfc": true, "degrees": true, "radians": true,
}

// floatFnNames are a module's names bound by `import math [as m]` (mods)
// and by `from math import f [as g]` (fns), at any level.
type floatFnNames struct {
	mods, fns map[string]bool
	// meths are the names of float-returning methods (floatmeth.go), a
	// bit 1<<n for each count n of arguments besides self; methDefs
	// their defs.
	meths    map[string]uint8
	methDefs map[parser.Node]bool
}

func (t *translator) floatFnNames() *floatFnNames {
	if t.floatFns != nil {
		return t.floatFns
	}
	ff := &floatFnNames{mods: map[string]bool{}, fns: map[string]bool{}, meths: map[string]uint8{}, methDefs: map[parser.Node]bool{}}
	t.floatFns = ff
	if t.module == nil || t.module.node == nil {
		return ff
	}
	parser.Inspect(t.module.node, func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Import:
			for _, a := range x.Names {
				if a.Name == "math" {
					name := a.Asname
					if name == "" {
						name = "math"
					}
					ff.mods[name] = true
				}
			}
		case *parser.ImportFrom:
			if x.Module == "math" && x.Level == 0 {
				for _, a := range x.Names {
					if mathFloatFns[a.Name] {
						name := a.Asname
						if name == "" {
							name = a.Name
						}
						ff.fns[name] = true
					}
				}
			}
		}
		return true
	})
	t.findFloatMethods(ff)
	return ff
}

// isCall reports whether e is a call of one such function with one
// positional argument, or a float method's call.
func (ff *floatFnNames) isCall(e parser.ExprNode) bool {
	return ff.isMathCall(e) || ff.isMethCall(e)
}

// isMathCall reports whether e is a call of one such function with one
// positional argument.
func (ff *floatFnNames) isMathCall(e parser.ExprNode) bool {
	c, ok := e.(*parser.Call)
	if !ok || ff == nil || len(c.Args) != 1 || len(c.Keywords) != 0 {
		return false
	}
	if _, star := c.Args[0].(*parser.Starred); star {
		return false
	}
	switch fn := c.Func.(type) {
	case *parser.Attribute:
		m, ok := fn.Value.(*parser.Name)
		return ok && ff.mods[m.Id] && mathFloatFns[fn.Attr]
	case *parser.Name:
		return ff.fns[fn.Id]
	}
	return false
}

// floatFnCall is such a call as a py.TypedFloat, or nil.
func (t *translator) floatFnCall(f *fn, c *parser.Call) *jen.Statement {
	if !t.floatFnNames().isMathCall(c) {
		return nil
	}
	var lookup *jen.Statement
	switch fn := c.Func.(type) {
	case *parser.Attribute:
		if t.inertArgs(f, c.Args) {
			// Nothing the argument does can tell the lookup's order:
			// one call (py.FloatCallOf).
			return py("FloatCallOf").Call(t.expr(f, fn.Value), jen.Lit(fn.Attr), jen.Op("&").Id(t.cache("AttrCache")), t.floatExpr(f, c.Args[0]))
		}
		// The attribute is looked up before the argument runs, as
		// LOAD_METHOD is.
		lookup = py("FloatFnOf").Call(t.expr(f, fn.Value), jen.Lit(fn.Attr), jen.Op("&").Id(t.cache("AttrCache")))
	case *parser.Name:
		lookup = py("FloatFnVal").Call(t.expr(f, fn))
	}
	return py("FloatCall").Call(lookup, t.floatExpr(f, c.Args[0]))
}
