package re

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// re.Scanner (undocumented, but public): the phrases of a lexicon
// combined into one alternation of groups, each phrase parsed on its own
// as CPython does.

func pyFunc(name string, params []string, impl func(args []py.Object) py.Object) *py.Function {
	return py.NewFunction(&py.Code{Name: name, Qualname: "Scanner." + name, Module: "re", Params: params, NumPos: len(params)}, nil, nil, impl)
}

// compileLexicon builds the Pattern of Scanner(lexicon, flags).
func compileLexicon(lexicon py.Object, flags int) *Pattern {
	st := &parseState{flags: flags, groupdict: map[string]int{}, groupwidths: [][2]int{{}}, open: []bool{false}, lookbehind: -1, grouprefpos: map[int]int{}}
	var alts [][]*node
	inner := 0
	for _, entry := range py.AppendStar(nil, lexicon) {
		parts := py.AppendStar(nil, entry)
		phrase := parts[0]
		sub := Compile(phrase, flags) // reports errors as compile does
		var src []rune
		if sub.bytes {
			src = latin1(sub.src)
		} else {
			src = []rune(sub.src)
		}
		tree, pst := parse(src, !sub.bytes, flags)
		inner = max(inner, pst.groups()-1)
		gid := len(st.groupwidths)
		st.groupwidths = append(st.groupwidths, [2]int{})
		st.open = append(st.open, true)
		g := &node{kind: nGroup, group: gid, body: tree}
		st.closegroup(gid, []*node{g})
		alts = append(alts, []*node{g})
	}
	var tree []*node
	if len(alts) > 0 {
		tree = []*node{{kind: nBranch, alts: alts}}
	}
	st.flags = fixFlags(true, st.flags)
	c := &compiler{}
	c.seq(tree, st.flags, st)
	c.emit(inst{op: opMatch})
	ng := st.groups() - 1
	prog := &program{insts: c.insts, ngroups: max(ng, inner), nrep: c.nrep}
	prog.analyze()
	return &Pattern{flags: st.flags, prog: prog, groups: ng, index: map[string]int{}, srcObj: py.None}
}

func makeScannerClass() *py.Type {
	ns := py.NewDict()
	ns.SetStr("__init__", pyFunc("__init__", []string{"self", "lexicon", "flags"}, func(a []py.Object) py.Object {
		self := a[0]
		flags := 0
		if a[2] != nil {
			flags = py.Index(a[2])
		}
		py.GenericSetAttr(self, "lexicon", a[1])
		py.GenericSetAttr(self, "scanner", compileLexicon(a[1], flags))
		return py.None
	}))
	init := ns
	f, _ := init.GetStr("__init__")
	f.(*py.Function).Defaults = []py.Object{py.Int(0)}
	ns.SetStr("scan", pyFunc("scan", []string{"self", "string"}, func(a []py.Object) py.Object {
		self, s := a[0], a[1]
		p := py.GetAttr(self, "scanner").(*Pattern)
		lex := py.AppendStar(nil, py.GetAttr(self, "lexicon"))
		sc := p.newScanner(s, 0, maxInt)
		var result []py.Object
		i := 0
		for {
			mo := sc.next(modeMatch)
			if mo == py.None {
				break
			}
			m := mo.(*Match)
			j := m.marks[1]
			if i == j {
				break
			}
			action := py.AppendStar(nil, lex[m.lastindex-1])[1]
			if _, ok := action.(py.Callable); ok || py.LookupSpecial(action, "__call__") != nil {
				py.GenericSetAttr(self, "match", m)
				action = py.Call(action, self, m.group(0, py.None))
			}
			if action != py.None {
				result = append(result, action)
			}
			i = j
		}
		sj := sc.sj
		return py.NewTuple(py.NewList(result...), sj.slice(min(i, sj.n), sj.n))
	}))
	return py.NewClass("Scanner", "Scanner", "re", nil, ns)
}
