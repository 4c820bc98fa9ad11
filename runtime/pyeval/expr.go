package pyeval

import (
	"math/big"
	"strings"

	"github.com/py2goasync/py2goasync/parser"
	"github.com/py2goasync/py2goasync/runtime/py"
)

func constant(v parser.Value) py.Object {
	switch c := v.(type) {
	case parser.NoneValue:
		return py.None
	case parser.EllipsisValue:
		return py.Ellipsis
	case bool:
		return py.NewBool(c)
	case int64:
		return py.MakeInt(c)
	case *big.Int:
		return py.NewBigInt(c)
	case float64:
		return py.Float(c)
	case complex128:
		return py.Complex(c)
	case string:
		return py.Str(c)
	case parser.Bytes:
		return py.Bytes(string(c))
	}
	py.Raise(py.NewError(py.SystemErrorType, "unknown constant"))
	return nil
}

var cmpOps = map[parser.CmpOperator]py.CmpOp{
	parser.Lt: py.OpLt, parser.LtE: py.OpLe, parser.Eq: py.OpEq, parser.NotEq: py.OpNe, parser.Gt: py.OpGt, parser.GtE: py.OpGe,
}

func compare(a, b py.Object, op parser.CmpOperator) py.Object {
	switch op {
	case parser.Is:
		return py.IsObj(a, b)
	case parser.IsNot:
		return py.IsNotObj(a, b)
	case parser.In:
		return py.In(a, b)
	case parser.NotIn:
		return py.NotIn(a, b)
	}
	return py.Compare(a, b, cmpOps[op])
}

// eval evaluates an expression.
func (f *frame) eval(e parser.ExprNode) py.Object {
	switch x := e.(type) {
	case *parser.Constant:
		return constant(x.Value)
	case *parser.Name:
		if x.Id == "__debug__" {
			return py.Bool(f.u.optimize == 0) // a constant of the compiler
		}
		return f.load(x.Id)
	case *parser.Attribute:
		return py.GetAttr(f.eval(x.Value), x.Attr)
	case *parser.Subscript:
		o := f.eval(x.Value)
		return py.GetItem(o, f.eval(x.Slice))
	case *parser.Slice:
		var lo, hi, st py.Object
		if x.Lower != nil {
			lo = f.eval(x.Lower)
		}
		if x.Upper != nil {
			hi = f.eval(x.Upper)
		}
		if x.Step != nil {
			st = f.eval(x.Step)
		}
		return py.NewSlice(lo, hi, st)
	case *parser.BinOp:
		a := f.eval(x.Left)
		return py.Binary(binOps[x.Op], a, f.eval(x.Right))
	case *parser.UnaryOp:
		v := f.eval(x.Operand)
		switch x.Op {
		case parser.Not:
			return py.Not(v)
		case parser.USub:
			return py.Neg(v)
		case parser.UAdd:
			return py.Pos(v)
		default:
			return py.Invert(v)
		}
	case *parser.BoolOp:
		var v py.Object
		for i, o := range x.Values {
			v = f.eval(o)
			if i == len(x.Values)-1 {
				break
			}
			t := py.Truth(v)
			if (x.Op == parser.And && !t) || (x.Op == parser.Or && t) {
				return v
			}
		}
		return v
	case *parser.Compare:
		a := f.eval(x.Left)
		var r py.Object
		for i, op := range x.Ops {
			b := f.eval(x.Comparators[i])
			r = compare(a, b, op)
			if i < len(x.Ops)-1 && !py.Truth(r) {
				return r
			}
			a = b
		}
		return r
	case *parser.IfExp:
		if py.Truth(f.eval(x.Test)) {
			return f.eval(x.Body)
		}
		return f.eval(x.Orelse)
	case *parser.NamedExpr:
		v := f.eval(x.Value)
		name := x.Target.(*parser.Name).Id
		t := f
		for t.outer != nil {
			t = t.outer
		}
		t.store(name, v)
		return v
	case *parser.Call:
		return f.call(x)
	case *parser.Tuple:
		return py.NewTuple(f.items(x.Elts)...)
	case *parser.List:
		return py.NewList(f.items(x.Elts)...)
	case *parser.Set:
		items := f.items(x.Elts)
		if len(items) > 2 && allConstants(x.Elts) {
			return py.NewSetFromConstants(items...)
		}
		s := py.NewSet()
		for _, it := range items {
			s.Add(it)
		}
		return s
	case *parser.Dict:
		d := py.NewDict()
		for i, k := range x.Keys {
			if k == nil {
				m := f.eval(x.Values[i])
				if py.LookupAttr(m, "keys") == nil {
					py.Raise(py.NewError(py.TypeErrorType, "'"+m.Type().Name+"' object is not a mapping"))
				}
				py.CallMethod(d, "update", m)
				continue
			}
			kv := f.eval(k)
			d.Set(kv, f.eval(x.Values[i]))
		}
		return d
	case *parser.JoinedStr:
		var b strings.Builder
		for _, v := range x.Values {
			b.WriteString(f.fstringPart(v))
		}
		return py.Str(b.String())
	case *parser.FormattedValue:
		return py.Str(f.fstringPart(x))
	case *parser.Lambda:
		return f.makeFunction("<lambda>", x.Args, nil, x.Body, nil, nil, x, x.Lineno)
	case *parser.ListComp, *parser.SetComp, *parser.DictComp, *parser.GeneratorExp:
		return f.comprehension(x)
	case *parser.Await:
		return py.Await(f.eval(x.Value))
	case *parser.Yield:
		var v py.Object = py.None
		if x.Value != nil {
			v = f.eval(x.Value)
		}
		return f.generator().Yield(v)
	case *parser.YieldFrom:
		return f.generator().YieldFrom(f.eval(x.Value))
	case *parser.Starred:
		py.Raise(py.NewError(py.SyntaxErrorType, "can't use starred expression here"))
	}
	py.Raise(py.NewError(py.NotImplementedErrorType, e.NodeType()+" expressions in code run by eval(), exec() or compile() are not supported by py2goasync"))
	return nil
}

func (f *frame) generator() *py.Generator {
	if f.gen == nil {
		py.Raise(py.NewError(py.SyntaxErrorType, "'yield' outside function"))
	}
	return f.gen
}

func allConstants(l []parser.ExprNode) bool {
	for _, e := range l {
		if _, ok := e.(*parser.Constant); !ok {
			return false
		}
	}
	return true
}

// items evaluates the elements of a display, expanding *x.
func (f *frame) items(elts []parser.ExprNode) []py.Object {
	out := make([]py.Object, 0, len(elts))
	for _, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			out = py.AppendStar(out, f.eval(s.Value))
			continue
		}
		out = append(out, f.eval(e))
	}
	return out
}

func (f *frame) fstringPart(v parser.ExprNode) string {
	switch p := v.(type) {
	case *parser.Constant:
		return py.StrOf(constant(p.Value))
	case *parser.FormattedValue:
		val := f.eval(p.Value)
		spec := ""
		if p.FormatSpec != nil {
			spec = py.StrOf(f.eval(p.FormatSpec))
		}
		conv := byte(0)
		if p.Conversion > 0 {
			conv = byte(p.Conversion)
		}
		return py.FormatValue(val, conv, spec)
	}
	return py.StrOf(f.eval(v))
}

func (f *frame) call(x *parser.Call) py.Object {
	if n, ok := x.Func.(*parser.Name); ok && n.Id == "super" && len(x.Args) == 0 && len(x.Keywords) == 0 {
		fn := f.load("super")
		if b, _ := py.Builtins.Dict.GetStr("super"); fn == b {
			return f.zeroArgSuper()
		}
		return py.CallKw(fn, nil, nil)
	}
	fn := f.eval(x.Func)
	var pos []py.Object
	star := false
	for _, a := range x.Args {
		if s, ok := a.(*parser.Starred); ok {
			pos = py.AppendStar(pos, f.eval(s.Value))
			star = true
			continue
		}
		pos = append(pos, f.eval(a))
	}
	if len(x.Keywords) == 0 {
		return py.CallKw(fn, pos, nil)
	}
	var names []string
	var vals []py.Object
	merged := false
	for _, k := range x.Keywords {
		if k.Arg == "" {
			names, vals = py.MergeKwOf(fn, names, vals, f.eval(k.Value))
			merged = true
			continue
		}
		if merged {
			// After a **: the name may be one the mapping gave.
			names, vals = py.AddKwOf(fn, names, vals, k.Arg, f.eval(k.Value))
			continue
		}
		names = append(names, k.Arg)
		vals = append(vals, f.eval(k.Value))
	}
	_ = star
	return py.CallEx(fn, pos, names, vals)
}

func (f *frame) zeroArgSuper() py.Object {
	cell, ok := f.closure["__class__"]
	if !ok || !f.isFunction() {
		py.Raise(py.NewError(py.RuntimeErrorType, "super(): __class__ cell not found"))
	}
	if f.self == nil || *f.self == nil {
		py.Raise(py.NewError(py.RuntimeErrorType, "super(): no arguments"))
	}
	if *cell == nil {
		py.Raise(py.NewError(py.RuntimeErrorType, "super(): empty __class__ cell"))
	}
	return py.NewSuper(*cell, *f.self)
}

// comprehension runs a comprehension in a block of its own; the first
// iterable is evaluated here.
func (f *frame) comprehension(n parser.ExprNode) py.Object {
	gens := compGenerators(n)
	first := f.eval(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		first = py.CallMethod(first, "__aiter__")
	} else {
		first = py.GetIter(first)
	}
	sc := f.u.scopeOf(n, nil)
	fr := &frame{env: &env{u: f.u, sc: sc, globals: f.globals, builtins: f.builtins, closure: f.nestedClosure(), outer: f},
		slots: make([]py.Object, len(sc.order))}
	if f.outer != nil {
		fr.outer = f.outer
	}
	if o := fr.outer; o.sc.kind == functionScope {
		// Walrus targets are the enclosing function's variables.
		for i := range o.slots {
			if name := o.sc.order[i]; fr.varRef(name) == nil {
				fr.closure[name] = &o.slots[i]
			}
		}
	}
	switch x := n.(type) {
	case *parser.ListComp:
		res := py.NewList()
		fr.compLoop(gens, 0, first, func() { res.Items = append(res.Items, fr.eval(x.Elt)) })
		return res
	case *parser.SetComp:
		res := py.NewSet()
		fr.compLoop(gens, 0, first, func() { res.Add(fr.eval(x.Elt)) })
		return res
	case *parser.DictComp:
		res := py.NewDict()
		fr.compLoop(gens, 0, first, func() {
			k := fr.eval(x.Key)
			res.Set(k, fr.eval(x.Value))
		})
		return res
	case *parser.GeneratorExp:
		code := &py.Code{Name: "<genexpr>", Qualname: f.qualify("<genexpr>"), Module: f.moduleName(), File: f.u.filename,
			Line: x.Lineno, Flags: py.CodeGenerator, NumPos: 1, Params: []string{".0"}}
		return py.NewGenerator(code, func(g *py.Generator) py.Object {
			fr.gen = g
			fr.compLoop(gens, 0, first, func() { g.Yield(fr.eval(x.Elt)) })
			return py.None
		})
	}
	return nil
}

func (f *frame) compLoop(gens []*parser.Comprehension, i int, it py.Object, body func()) {
	g := gens[i]
outer:
	for {
		py.Checkpoint()
		var v py.Object
		if g.IsAsync != 0 {
			if py.CatchMatching(py.StopAsyncIterationType, func() { v = py.Await(py.CallMethod(it, "__anext__")) }) != nil {
				return
			}
		} else {
			var ok bool
			if v, ok = py.Next(it); !ok {
				return
			}
		}
		f.assign(g.Target, v)
		for _, c := range g.Ifs {
			if !py.Truth(f.eval(c)) {
				continue outer
			}
		}
		if i+1 < len(gens) {
			next := f.eval(gens[i+1].Iter)
			if gens[i+1].IsAsync != 0 {
				next = py.CallMethod(next, "__aiter__")
			} else {
				next = py.GetIter(next)
			}
			f.compLoop(gens, i+1, next, body)
		} else {
			body()
		}
	}
}
