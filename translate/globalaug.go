package translate

import (
	"github.com/dave/jennifer/jen"
	"github.com/py2goasync/py2goasync/parser"
)

// inplaceGlobalHit is the test that does `a += b` or `a -= b` in one call,
// py.InplaceGlobalHit, for a a module global (a module body's name, or one
// a function declares global) and b a name read without raising: a global
// by its Get (nil when unbound), a plain local, an int-typed local
// (py.InplaceGlobalHitI). The call does the operation only for two exact
// ints and a result in 64 bits, when nothing can run or raise, so b's raw
// read before a is unseen; on false the statement runs the general way.
// Nil for anything else.
func (t *translator) inplaceGlobalHit(f *fn, x *parser.Name, s *parser.AugAssign) jen.Code {
	if s.Op != parser.Add && s.Op != parser.Sub || f.scope.kind == classScope || isTemp(x) {
		return nil
	}
	if kind, _ := f.scope.resolve(x.Id, t.module); kind != nameGlobal {
		return nil
	}
	n, ok := s.Value.(*parser.Name)
	if !ok || isTemp(n) {
		return nil
	}
	var b jen.Code
	call := "InplaceGlobalHit"
	if v := t.localVar(f, n); v != "" {
		b = jen.Id(v)
	} else if t.isIntLocal(f, n.Id) {
		b, call = jen.Id(f.scope.goName(n.Id)), "InplaceGlobalHitI"
	} else if kind, _ := f.scope.resolve(n.Id, t.module); kind == nameGlobal {
		t.extraGlobals[n.Id] = true
		b = jen.Id(globalVar(n.Id)).Dot("Get").Call(jen.Id("G"))
	} else {
		return nil
	}
	t.extraGlobals[x.Id] = true
	return py(call).Call(jen.Id("G"), jen.Op("&").Id(globalVar(x.Id)), py(binOps[s.Op]), b)
}
