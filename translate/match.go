package translate

import (
	"github.com/dave/jennifer/jen"

	"github.com/py2goasync/py2goasync/parser"
)

// The match statement. Each case's pattern becomes a closure returning
// whether it matched; captured values go to temporaries first and are
// stored into the Python variables only when the whole pattern matched,
// before the guard runs, as CPython does.
//
//	{ subj := <subject>
//	  if func() bool { ...checks, return false on failure...; name = tmp; return true }() && <guard> {
//	      <body>
//	  } else if ... }

type capture struct {
	name string // Python name
	tmp  string // Go temporary
}

func (t *translator) matchStmt(f *fn, s *parser.Match) []jen.Code {
	subj := t.id("subj")
	// (A subject only wildcards look at is still evaluated: `_ =` keeps Go
	// from rejecting it as unused, as for the temporaries below.)
	out := []jen.Code{jen.Id(subj).Op(":=").Add(t.expr(f, s.Subject)), jen.Id("_").Op("=").Id(subj)}
	var chain *jen.Statement
	for _, c := range s.Cases {
		var caps []capture
		checks := t.pattern(f, c.Pattern, jen.Id(subj), &caps)
		var body []jen.Code
		for _, cp := range caps {
			body = append(body, jen.Var().Id(cp.tmp).Add(pyObject()))
		}
		body = append(body, checks...)
		for _, cp := range caps {
			body = append(body, t.storeName(f, cp.name, jen.Id(cp.tmp)))
		}
		body = append(body, jen.Return(jen.True()))
		cond := jen.Func().Params().Bool().Block(body...).Call()
		if c.Guard != nil {
			cond = cond.Op("&&").Add(t.cond(f, c.Guard))
		}
		block := t.block(f, c.Body)
		if chain == nil {
			chain = jen.If(cond).Block(block...)
		} else {
			chain = chain.Else().If(cond).Block(block...)
		}
	}
	if chain != nil {
		out = append(out, chain)
	}
	return out
}

// pattern returns statements that `return false` when subj does not match
// p, recording captures.
func (t *translator) pattern(f *fn, p parser.PatternNode, subj jen.Code, caps *[]capture) []jen.Code {
	fail := jen.Return(jen.False())
	bind := func(name string, v jen.Code) jen.Code {
		tmp := t.id("cap")
		*caps = append(*caps, capture{name: name, tmp: tmp})
		return jen.Id(tmp).Op("=").Add(v)
	}
	switch x := p.(type) {
	case *parser.MatchValue:
		return []jen.Code{jen.If(jen.Op("!").Add(py("MatchEq").Call(subj, t.expr(f, x.Value)))).Block(fail)}
	case *parser.MatchSingleton:
		return []jen.Code{jen.If(jen.Op("!").Add(py("Is").Call(subj, t.constant(x.Value)))).Block(fail)}
	case *parser.MatchAs:
		var out []jen.Code
		if x.Pattern != nil {
			out = append(out, t.pattern(f, x.Pattern, subj, caps)...)
		}
		if x.Name != "" {
			out = append(out, bind(x.Name, subj))
		}
		return out
	case *parser.MatchOr:
		// Each alternative gets its own closure; the captures of the one
		// that matched are kept.
		var alts []jen.Code
		for _, alt := range x.Patterns {
			var altCaps []capture
			checks := t.pattern(f, alt, subj, &altCaps)
			var body []jen.Code
			for _, cp := range altCaps {
				body = append(body, jen.Var().Id(cp.tmp).Add(pyObject()))
			}
			body = append(body, checks...)
			for _, cp := range altCaps {
				outerTmp := ""
				for _, outer := range *caps {
					if outer.name == cp.name {
						outerTmp = outer.tmp
					}
				}
				if outerTmp == "" {
					outerTmp = t.id("cap")
					*caps = append(*caps, capture{name: cp.name, tmp: outerTmp})
				}
				body = append(body, jen.Id(outerTmp).Op("=").Id(cp.tmp))
			}
			body = append(body, jen.Return(jen.True()))
			alts = append(alts, jen.Func().Params().Bool().Block(body...).Call())
		}
		cond := jen.Null()
		for i, a := range alts {
			if i > 0 {
				cond = cond.Op("||")
			}
			cond = cond.Add(a)
		}
		return []jen.Code{jen.If(jen.Op("!").Parens(cond)).Block(fail)}
	case *parser.MatchSequence:
		star := -1
		for i, q := range x.Patterns {
			if _, ok := q.(*parser.MatchStar); ok {
				star = i
			}
		}
		items := t.id("seq")
		ok := t.id("ok")
		itemsName := items
		if len(x.Patterns) == 0 {
			itemsName = "_"
		}
		// Like CPython, a pattern whose star is *_ (or that holds only
		// wildcards) checks len() and reads the items it needs by index
		// instead of iterating the subject.
		starWild, onlyWild := false, true
		for i, q := range x.Patterns {
			switch w := q.(type) {
			case *parser.MatchStar:
				if i == star && w.Name == "" {
					starWild = true
				}
				onlyWild = onlyWild && w.Name == ""
			case *parser.MatchAs:
				onlyWild = onlyWild && w.Pattern == nil && w.Name == ""
			default:
				onlyWild = false
			}
		}
		match := py("MatchSequence").Call(subj, jen.Lit(len(x.Patterns)), jen.Lit(star))
		if starWild || onlyWild {
			match = py("MatchSequenceSubscr").Call(subj, jen.Lit(len(x.Patterns)), jen.Lit(star), jen.Lit(onlyWild))
		}
		out := []jen.Code{
			jen.List(jen.Id(itemsName), jen.Id(ok)).Op(":=").Add(match),
			jen.If(jen.Op("!").Id(ok)).Block(fail),
		}
		if itemsName != "_" {
			out = append(out, jen.Id("_").Op("=").Id(items))
		}
		for i, q := range x.Patterns {
			elem := jen.Id(items).Index(jen.Lit(i))
			if st, ok := q.(*parser.MatchStar); ok {
				if st.Name != "" {
					out = append(out, bind(st.Name, elem))
				}
				continue
			}
			out = append(out, t.pattern(f, q, elem, caps)...)
		}
		return out
	case *parser.MatchMapping:
		vals, ok := t.id("vals"), t.id("ok")
		keys := jen.Index().Add(pyObject()).ValuesFunc(func(g *jen.Group) {
			for _, k := range x.Keys {
				g.Add(t.expr(f, k))
			}
		})
		valsName := vals
		if len(x.Patterns) == 0 && x.Rest == "" {
			valsName = "_"
		}
		out := []jen.Code{
			jen.List(jen.Id(valsName), jen.Id(ok)).Op(":=").Add(py("MatchMapping").Call(subj, keys, jen.Lit(x.Rest != ""))),
			jen.If(jen.Op("!").Id(ok)).Block(fail),
		}
		if valsName != "_" {
			out = append(out, jen.Id("_").Op("=").Id(vals))
		}
		for i, q := range x.Patterns {
			out = append(out, t.pattern(f, q, jen.Id(vals).Index(jen.Lit(i)), caps)...)
		}
		if x.Rest != "" {
			out = append(out, bind(x.Rest, jen.Id(vals).Index(jen.Lit(len(x.Keys)))))
		}
		return out
	case *parser.MatchClass:
		vals, ok := t.id("vals"), t.id("ok")
		names := jen.Index().String().ValuesFunc(func(g *jen.Group) {
			for _, a := range x.KwdAttrs {
				g.Lit(a)
			}
		})
		valsName := vals
		if len(x.Patterns)+len(x.KwdPatterns) == 0 {
			valsName = "_"
		}
		out := []jen.Code{
			jen.List(jen.Id(valsName), jen.Id(ok)).Op(":=").Add(py("MatchClass").Call(subj, t.expr(f, x.Cls), jen.Lit(len(x.Patterns)), names)),
			jen.If(jen.Op("!").Id(ok)).Block(fail),
		}
		if valsName != "_" {
			out = append(out, jen.Id("_").Op("=").Id(vals))
		}
		for i, q := range x.Patterns {
			out = append(out, t.pattern(f, q, jen.Id(vals).Index(jen.Lit(i)), caps)...)
		}
		for i, q := range x.KwdPatterns {
			out = append(out, t.pattern(f, q, jen.Id(vals).Index(jen.Lit(len(x.Patterns)+i)), caps)...)
		}
		return out
	case *parser.MatchStar:
		t.unsupportedAt(x, "star pattern outside a sequence pattern")
	}
	return nil
}
