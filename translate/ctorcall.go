package translate

import "github.com/py2goasync/py2goasync/parser"

// Constructor calls (runtime/py/ctor_direct.go). A module-level class
// statement without decorators or keywords whose body defines __init__
// once, as a store-only __init__ (initstores.go) storing each of its n
// parameters after self in order, makes the class a constructor target of
// n arguments: a call of its global name with exactly n positional
// arguments is py.NewN, which makes the instance itself when the name
// still holds a class with that plan, and is py.CallN otherwise.

// ctorClass is a constructor target: its argument count, and whether its
// body assigns __slots__ (NewF2/NewF3 then take float arguments unboxed).
type ctorClass struct {
	n     int
	slots bool
}

// ctorClasses maps the module's constructor targets, once.
func (t *translator) ctorClasses() map[string]ctorClass {
	if t.ctors != nil {
		return t.ctors
	}
	t.ctors = map[string]ctorClass{}
	mod, ok := t.module.node.(*parser.Module)
	if !ok {
		return t.ctors
	}
	for _, st := range mod.Body {
		c, ok := st.(*parser.ClassDef)
		if !ok || len(c.DecoratorList) > 0 || len(c.Keywords) > 0 {
			continue
		}
		if n := storeOnlyInitArity(c.Body); n > 0 {
			t.ctors[c.Name] = ctorClass{n, setsSlots(c.Body)}
		}
	}
	return t.ctors
}

// setsSlots reports whether a class body assigns __slots__ at its top.
func setsSlots(body []parser.StmtNode) bool {
	for _, st := range body {
		if a, ok := st.(*parser.Assign); ok {
			for _, tg := range a.Targets {
				if n, ok := tg.(*parser.Name); ok && n.Id == "__slots__" {
					return true
				}
			}
		}
	}
	return false
}

// storeOnlyInitArity is the number of parameters after self of the one
// __init__ a class body defines, when it stores them all in order and does
// nothing else (0: not so).
func storeOnlyInitArity(body []parser.StmtNode) int {
	var init *parser.FunctionDef
	for _, st := range body {
		switch x := st.(type) {
		case *parser.FunctionDef:
			if x.Name == "__init__" {
				if init != nil {
					return 0
				}
				init = x
			}
		case *parser.AsyncFunctionDef:
			if x.Name == "__init__" {
				return 0
			}
		}
	}
	if init == nil || len(init.DecoratorList) > 0 {
		return 0
	}
	n, fixed := fixedArity(init.Args)
	if !fixed || n < 2 || n > 5 {
		return 0
	}
	stores := initStores(paramNames(init.Args), init.Body)
	if len(stores) != n-1 {
		return 0
	}
	for i, s := range stores {
		if s.param != i+1 {
			return 0
		}
	}
	return n - 1
}

// ctorCallName is "NewN" for a call x of a constructor target with its
// argument count (positional, none starred), "" otherwise.
func (t *translator) ctorCallName(f *fn, x *parser.Call) string {
	n, ok := x.Func.(*parser.Name)
	if !ok || len(x.Keywords) > 0 {
		return ""
	}
	c, ok := t.ctorClasses()[n.Id]
	if !ok || c.n != len(x.Args) {
		return ""
	}
	for _, a := range x.Args {
		if _, star := a.(*parser.Starred); star {
			return ""
		}
	}
	if kind, _ := f.scope.resolve(n.Id, t.module); kind != nameGlobal && kind != nameGlobalish {
		return ""
	}
	return "New" + string(rune('0'+c.n))
}

// boxedFloatArg reports whether expr would translate e as float
// arithmetic boxed on the spot (`self.x - o.x`, a float-speculated
// local's arithmetic): a fresh float, which NewF2/NewF3 take unboxed.
func (t *translator) boxedFloatArg(f *fn, e parser.ExprNode) bool {
	switch x := e.(type) {
	case *parser.BinOp:
		if t.usesIntLocal(f, x) {
			return false
		}
		if t.usesFloatLocal(f, x) {
			return true
		}
		if x.Op == parser.Add {
			// What listConcat may take ([a] + b, a[i:j] + b).
			switch x.Left.(type) {
			case *parser.List, *parser.Subscript:
				return false
			}
		}
		return t.floatTree(f, x) || t.floatAttrOp(f, x)
	case *parser.UnaryOp:
		if x.Op == parser.Not || t.usesIntLocal(f, x) {
			return false
		}
		return t.usesFloatLocal(f, x) || t.floatTree(f, x)
	}
	return false
}

// floatCtorArgs reports whether a constructor call of a class that sets
// __slots__ has 2 or 3 arguments, all boxedFloatArg ones.
func (t *translator) floatCtorArgs(f *fn, x *parser.Call) bool {
	n, _ := x.Func.(*parser.Name)
	args := x.Args
	if n == nil || !t.ctorClasses()[n.Id].slots || len(args) < 2 || len(args) > 3 {
		return false
	}
	for _, a := range args {
		if !t.boxedFloatArg(f, a) {
			return false
		}
	}
	return true
}
