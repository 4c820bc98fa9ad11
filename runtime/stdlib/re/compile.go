package re

import (
	"sort"
	"sync"
)

// The compiler turns the parse tree into a program for the backtracking
// machine (exec.go), choosing the same single-character tests as
// CPython's Lib/re/_compiler.py (so case-insensitive matching agrees).

type opcode uint8

const (
	opChar        opcode = iota // item; pc+1
	opString                    // str: exact literal run
	opAt                        // at
	opSplit                     // x first, y second
	opJmp                       // x
	opMark                      // n: mark slot
	opRepeatOne                 // item, min, max, rk
	opRepeat                    // n: repeat id, x: its opUntil
	opUntil                     // n: repeat id, x: body start, lazy; tail at pc+2
	opUntilMore                 // companion of a lazy opUntil
	opAtomic                    // push barrier
	opCut                       // end of an atomic group
	opAssert                    // neg, n: look-behind width (-1 ahead), x: pc after its opAssertEnd
	opAssertEnd                 //
	opGroupRef                  // n: group, fold
	opGroupExists               // n: group, x: "no" branch
	opMatch
	opFail
)

type foldKind uint8

const (
	foldNone foldKind = iota
	foldUni
	foldASCII
	foldLocale
)

type itemKind uint8

const (
	itLit itemKind = iota
	itNotLit
	itLitUni // uniLower(ch) == c
	itNotLitUni
	itLitASCII // asciiLower(ch) == c
	itNotLitASCII
	itLitLoc // ch, asciiLower(ch) or asciiUpper(ch) == c
	itNotLitLoc
	itAny
	itAnyAll
	itSet
)

// item is a single-character test.
type item struct {
	kind itemKind
	c    rune
	set  *charSet
}

func (it *item) match(ch rune) bool {
	switch it.kind {
	case itLit:
		return ch == it.c
	case itNotLit:
		return ch != it.c
	case itSet:
		return it.set.match(ch)
	case itAny:
		return ch != '\n'
	case itAnyAll:
		return true
	case itLitUni:
		return uniLower(ch) == it.c
	case itNotLitUni:
		return uniLower(ch) != it.c
	case itLitASCII:
		return asciiLower(ch) == it.c
	case itNotLitASCII:
		return asciiLower(ch) != it.c
	case itLitLoc:
		return ch == it.c || asciiLower(ch) == it.c || asciiUpper(ch) == it.c
	case itNotLitLoc:
		return !(ch == it.c || asciiLower(ch) == it.c || asciiUpper(ch) == it.c)
	}
	return false
}

type rng struct{ lo, hi rune }

// charSet is a compiled character class.
type charSet struct {
	fold   foldKind
	neg    bool
	ranges []rng // sorted, disjoint
	uniIgn []rng // RANGE_UNI_IGNORE
	cats   []category
	mode   catMode
	bits   [4]uint64 // the whole answer for ch < 256
}

func (cs *charSet) match(ch rune) bool {
	if ch >= 0 && ch < 256 {
		return cs.bits[ch>>6]&(1<<(uint(ch)&63)) != 0
	}
	return cs.slow(ch)
}

func (cs *charSet) contains(c rune) bool {
	r := cs.ranges
	i := sort.Search(len(r), func(i int) bool { return r[i].hi >= c })
	if i < len(r) && r[i].lo <= c {
		return true
	}
	for _, g := range cs.uniIgn {
		if g.lo <= c && c <= g.hi {
			return true
		}
		if u := uniUpper(c); g.lo <= u && u <= g.hi {
			return true
		}
	}
	for _, k := range cs.cats {
		if inCategory(cs.mode, k, c) {
			return true
		}
	}
	return false
}

func (cs *charSet) slow(ch rune) bool {
	var ok bool
	switch cs.fold {
	case foldNone:
		ok = cs.contains(ch)
	case foldUni:
		ok = cs.contains(uniLower(ch))
	case foldASCII:
		ok = cs.contains(asciiLower(ch))
	case foldLocale:
		ok = cs.contains(ch) || cs.contains(asciiLower(ch)) || cs.contains(asciiUpper(ch))
	}
	return ok != cs.neg
}

type inst struct {
	op   opcode
	rk   repKind
	neg  bool
	fold foldKind
	at   atCode
	n    int
	x, y int
	min  int
	max  int
	it   *item
	str  []rune
	mode catMode
	snap bool // sre saves the marks here (MARK_PUSH): see exec.go
	poss bool // opUntil of a possessive loop
}

type program struct {
	poolB   sync.Pool // idle *machine[byte]
	poolR   sync.Pool // idle *machine[rune]
	insts   []inst
	ngroups int // capturing groups
	nrep    int
	prefix  []rune  // exact literal prefix of every match (for search)
	prefixB []byte  // the same as bytes, when every rune is below 256
	first   *item   // a test every match's first character passes
	info    *item   // CPython's INFO charset (see infoCharset)
	firsts  []*item // tests one of which every match's first character passes
	anchor  bool    // matches only at the start of the string
}

type compiler struct {
	insts []inst
	nrep  int
	inRep int // depth of greedy/lazy repeats (sre's state->repeat is set)
}

func modeOf(flags int) catMode {
	switch {
	case flags&flagL != 0:
		return modeLocale
	case flags&flagU != 0:
		return modeUnicode
	}
	return modeASCII
}

func (c *compiler) emit(in inst) int {
	c.insts = append(c.insts, in)
	return len(c.insts) - 1
}

func compileProgram(p []*node, st *parseState) *program {
	c := &compiler{}
	c.seq(p, st.flags, st)
	c.emit(inst{op: opMatch})
	prog := &program{insts: c.insts, ngroups: st.groups() - 1, nrep: c.nrep}
	prog.analyze()
	prog.info = infoCharset(p, st)
	return prog
}

func isCasedFn(flags int) func(rune) bool {
	if flags&flagI == 0 {
		return nil
	}
	if flags&flagU != 0 && flags&flagL == 0 {
		return uniIsCased
	}
	return asciiIsCased
}

// literalPrefix is _compiler._get_literal_prefix, reduced to whether there
// is one (and whether it covers the whole sequence).
func literalPrefix(p []*node, flags int) (n int, all bool) {
	iscased := isCasedFn(flags)
	for _, x := range p {
		switch x.kind {
		case nLiteral:
			if iscased != nil && iscased(x.c) {
				return n, false
			}
			n++
		case nGroup:
			f1 := combineFlags(flags, x.add, x.del)
			if f1&flagI != 0 && f1&flagL != 0 {
				return n, false
			}
			k, got := literalPrefix(x.body, f1)
			n += k
			if !got {
				return n, false
			}
		default:
			return n, false
		}
	}
	return n, true
}

// infoCharset is the character set CPython's INFO block gives search to
// skip start positions with (_get_charset_prefix): the first set of the
// pattern, compiled with the pattern's global flags even when it sits in a
// group with scoped ones, so that search sees what sre sees.
func infoCharset(p []*node, st *parseState) *item {
	flags := st.flags
	if lo, _ := st.width(p); lo == 0 {
		return nil
	}
	if !(flags&flagI != 0 && flags&flagL != 0) {
		if n, _ := literalPrefix(p, flags); n > 0 {
			return nil
		}
	}
	f := flags
	for {
		if len(p) == 0 {
			return nil
		}
		if p[0].kind != nGroup {
			break
		}
		f = combineFlags(f, p[0].add, p[0].del)
		p = p[0].body
		if f&flagI != 0 && f&flagL != 0 {
			return nil
		}
	}
	if p[0].kind != nIn {
		return nil
	}
	iscased := isCasedFn(f)
	if iscased != nil {
		for _, s := range p[0].set {
			switch s.kind {
			case siLiteral:
				if iscased(s.lo) {
					return nil
				}
			case siRange:
				if s.hi > 0xffff {
					return nil
				}
				for r := s.lo; r <= s.hi; r++ {
					if iscased(r) {
						return nil
					}
				}
			}
		}
	}
	return setItemOf(p[0].set, flags&^flagI)
}

func combineFlags(flags, add, del int) int {
	if add&typeFlags != 0 {
		flags &^= typeFlags
	}
	return (flags | add) &^ del
}

// literalItem is the test CPython compiles a (NOT_)LITERAL to.
func literalItem(c rune, not bool, flags int) *item {
	ign := flags&flagI != 0
	k := itLit
	switch {
	case !ign:
	case flags&flagL != 0:
		k = itLitLoc
	case flags&flagU != 0:
		if !uniIsCased(c) {
			break
		}
		lo := uniLower(c)
		if fx, ok := extraCases[lo]; ok {
			set := []setItem{{kind: siLiteral, lo: lo}}
			for _, f := range fx {
				set = append(set, setItem{kind: siLiteral, lo: f})
			}
			cs := &charSet{fold: foldUni, neg: not, mode: modeOf(flags)}
			cs.ranges = toRanges(set)
			cs.fill()
			return &item{kind: itSet, set: cs}
		}
		c, k = lo, itLitUni
	default:
		if !asciiIsCased(c) {
			break
		}
		c, k = asciiLower(c), itLitASCII
	}
	if not {
		k++
	}
	return &item{kind: k, c: c}
}

func toRanges(set []setItem) []rng {
	var rs []rng
	for _, s := range set {
		rs = append(rs, rng{s.lo, s.lo})
	}
	return normRanges(rs)
}

func normRanges(rs []rng) []rng {
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var out []rng
	for _, r := range rs {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			if r.hi > out[n-1].hi {
				out[n-1].hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	return out
}

func (cs *charSet) fill() {
	for ch := rune(0); ch < 256; ch++ {
		if cs.slow(ch) {
			cs.bits[ch>>6] |= 1 << (uint(ch) & 63)
		}
	}
}

// setItemOf compiles an IN node as _optimize_charset and the IN /
// IN_IGNORE / IN_UNI_IGNORE / IN_LOC_IGNORE choice do.
func setItemOf(set []setItem, flags int) *item {
	ign := flags&flagI != 0
	loc := flags&flagL != 0
	uni := flags&flagU != 0
	var fixup func(rune) rune
	var iscased func(rune) bool
	var fixes map[rune][]rune
	if ign && !loc {
		if uni {
			fixup, iscased, fixes = uniLower, uniIsCased, extraCases
		} else {
			fixup, iscased = asciiLower, asciiIsCased
		}
	}
	cs := &charSet{mode: modeOf(flags)}
	var bmp []rng
	hascased := false
	add := func(r rune) {
		bmp = append(bmp, rng{r, r})
		if fixes != nil {
			for _, k := range fixes[r] {
				bmp = append(bmp, rng{k, k})
			}
		}
	}
	for _, s := range set {
		switch s.kind {
		case siNegate:
			cs.neg = true
		case siCategory:
			cs.cats = append(cs.cats, s.cat)
		case siLiteral:
			if fixup != nil {
				lo := fixup(s.lo)
				if lo < 0x10000 {
					add(lo)
					if iscased(s.lo) {
						hascased = true
					}
				} else {
					hascased = true
					bmp = append(bmp, rng{s.lo, s.lo})
				}
			} else {
				bmp = append(bmp, rng{s.lo, s.lo})
			}
		case siRange:
			if fixup != nil {
				top := min(s.hi, 0xffff)
				for r := s.lo; r <= top; r++ {
					add(fixup(r))
				}
				if s.hi >= 0x10000 {
					hascased = true
					cs.uniIgn = append(cs.uniIgn, rng{s.lo, s.hi})
				} else if !hascased {
					for r := s.lo; r <= s.hi; r++ {
						if iscased(r) {
							hascased = true
							break
						}
					}
				}
			} else {
				bmp = append(bmp, rng{s.lo, s.hi})
			}
		}
	}
	cs.ranges = normRanges(bmp)
	switch {
	case ign && loc:
		cs.fold = foldLocale
	case !hascased:
		cs.fold = foldNone
	case fixes == nil:
		cs.fold = foldASCII
	default:
		cs.fold = foldUni
	}
	if cs.fold == foldNone && len(cs.uniIgn) > 0 {
		cs.fold = foldUni
	}
	cs.fill()
	return &item{kind: itSet, set: cs}
}

func unitItem(n *node, flags int) *item {
	switch n.kind {
	case nLiteral:
		return literalItem(n.c, false, flags)
	case nNotLiteral:
		return literalItem(n.c, true, flags)
	case nAny:
		if flags&flagS != 0 {
			return &item{kind: itAnyAll}
		}
		return &item{kind: itAny}
	case nIn:
		return setItemOf(n.set, flags)
	}
	return nil
}

// simple is _compiler._simple: a single-character item, possibly inside
// non-capturing groups; it returns the item and the flags that apply.
func simple(p []*node, flags int) (*node, int) {
	if len(p) != 1 {
		return nil, 0
	}
	n := p[0]
	if n.kind == nGroup {
		if n.group != 0 {
			return nil, 0
		}
		return simple(n.body, combineFlags(flags, n.add, n.del))
	}
	switch n.kind {
	case nLiteral, nNotLiteral, nAny, nIn:
		return n, flags
	}
	return nil, 0
}

func (c *compiler) seq(p []*node, flags int, st *parseState) {
	for i := 0; i < len(p); i++ {
		n := p[i]
		switch n.kind {
		case nLiteral:
			// Runs of exact literals become one string test.
			if it := literalItem(n.c, false, flags); it.kind == itLit {
				run := []rune{n.c}
				for i+1 < len(p) && p[i+1].kind == nLiteral {
					it2 := literalItem(p[i+1].c, false, flags)
					if it2.kind != itLit {
						break
					}
					run = append(run, p[i+1].c)
					i++
				}
				if len(run) > 1 {
					c.emit(inst{op: opString, str: run})
				} else {
					c.emit(inst{op: opChar, it: it})
				}
				continue
			}
			c.emit(inst{op: opChar, it: unitItem(n, flags)})
		case nNotLiteral, nAny, nIn:
			c.emit(inst{op: opChar, it: unitItem(n, flags)})
		case nAt:
			at := n.at
			if flags&flagM != 0 {
				switch at {
				case atBeginning:
					at = atBeginningLine
				case atEnd:
					at = atEndLine
				}
			}
			c.emit(inst{op: opAt, at: at, mode: modeOf(flags)})
		case nBranch:
			var jumps []int
			for k, alt := range n.alts {
				if k < len(n.alts)-1 {
					sp := c.emit(inst{op: opSplit, snap: c.inRep > 0})
					c.insts[sp].x = sp + 1
					c.seq(alt, flags, st)
					jumps = append(jumps, c.emit(inst{op: opJmp}))
					c.insts[sp].y = len(c.insts)
				} else {
					c.seq(alt, flags, st)
				}
			}
			for _, j := range jumps {
				c.insts[j].x = len(c.insts)
			}
		case nRepeat:
			c.repeat(n, flags, st)
		case nGroup:
			f := combineFlags(flags, n.add, n.del)
			if n.group != 0 {
				c.emit(inst{op: opMark, n: 2 * (n.group - 1)})
			}
			c.seq(n.body, f, st)
			if n.group != 0 {
				c.emit(inst{op: opMark, n: 2*(n.group-1) + 1})
			}
		case nAtomic:
			c.emit(inst{op: opAtomic})
			c.seq(n.body, flags, st)
			c.emit(inst{op: opCut})
		case nAssert:
			w := -1
			if n.behind {
				lo, hi := st.width(n.body)
				if lo > maxRepeat {
					panic(&parseError{msg: "looks too much behind", pos: -1, nopat: true})
				}
				if lo != hi {
					panic(&parseError{msg: "look-behind requires fixed-width pattern", pos: -1, nopat: true})
				}
				w = lo
			}
			a := c.emit(inst{op: opAssert, neg: n.neg, n: w, snap: n.neg && c.inRep > 0})
			c.seq(n.body, flags, st)
			c.emit(inst{op: opAssertEnd})
			c.insts[a].x = len(c.insts)
		case nGroupRef:
			fold := foldNone
			if flags&flagI != 0 {
				switch {
				case flags&flagL != 0:
					fold = foldLocale
				case flags&flagU != 0:
					fold = foldUni
				default:
					fold = foldASCII
				}
			}
			c.emit(inst{op: opGroupRef, n: int(n.c), fold: fold})
		case nGroupRefExists:
			g := c.emit(inst{op: opGroupExists, n: int(n.c)})
			c.seq(n.body, flags, st)
			if n.no != nil {
				j := c.emit(inst{op: opJmp})
				c.insts[g].x = len(c.insts)
				c.seq(n.no, flags, st)
				c.insts[j].x = len(c.insts)
			} else {
				c.insts[g].x = len(c.insts)
			}
		}
	}
}

func (c *compiler) repeat(n *node, flags int, st *parseState) {
	if u, f := simple(n.body, flags); u != nil {
		c.emit(inst{op: opRepeatOne, it: unitItem(u, f), min: n.min, max: n.max, rk: n.rk, snap: c.inRep > 0})
		return
	}
	if n.rk == repPossessive {
		// sre's POSSESSIVE_REPEAT: every iteration is matched on its own
		// (atomically), and the loop never gives an iteration back.
		c.emit(inst{op: opAtomic})
		c.general(n, flags, st, false, true)
		c.emit(inst{op: opCut})
		return
	}
	c.general(n, flags, st, n.rk == repLazy, false)
}

func (c *compiler) general(n *node, flags int, st *parseState, lazy, atomicBody bool) {
	id := c.nrep
	c.nrep++
	r := c.emit(inst{op: opRepeat, n: id, min: n.min, max: n.max})
	if atomicBody {
		c.emit(inst{op: opAtomic})
	}
	if !atomicBody {
		c.inRep++
	}
	c.seq(n.body, flags, st)
	if !atomicBody {
		c.inRep--
	}
	if atomicBody {
		c.emit(inst{op: opCut})
	}
	u := c.emit(inst{op: opUntil, n: id, x: r + 1, min: n.min, max: n.max, rk: repGreedy, poss: atomicBody, snap: c.inRep > 0})
	if lazy {
		c.insts[u].rk = repLazy
	}
	c.emit(inst{op: opUntilMore, n: id, x: r + 1, min: n.min, max: n.max})
	c.insts[r].x = u
}

// analyze finds what search can use to skip start positions.
func (p *program) analyze() {
	in := p.insts
	i := 0
	for i < len(in) && in[i].op == opMark {
		i++
	}
	if i >= len(in) {
		return
	}
	switch in[i].op {
	case opAt:
		if in[i].at == atBeginning || in[i].at == atBeginningString {
			p.anchor = true
		}
	case opString:
		p.prefix = in[i].str
	case opChar:
		if in[i].it.kind == itLit {
			p.prefix = []rune{in[i].it.c}
		} else {
			p.first = in[i].it
		}
	}
	if p.prefix != nil {
		p.prefixB = []byte{}
		for _, r := range p.prefix {
			if r >= 256 {
				p.prefixB = nil
				break
			}
			p.prefixB = append(p.prefixB, byte(r))
		}
	}
	switch in[i].op {
	case opRepeatOne:
		if in[i].min > 0 {
			p.first = in[i].it
		}
	case opSplit:
		p.firsts = p.startItems(i, 0)
	}
}

// startItems lists tests one of which the first character of any match
// from pc passes (nil: unknown).
func (p *program) startItems(pc, depth int) []*item {
	if depth > 8 {
		return nil
	}
	for pc < len(p.insts) && p.insts[pc].op == opMark {
		pc++
	}
	in := &p.insts[pc]
	switch in.op {
	case opChar:
		return []*item{in.it}
	case opString:
		return []*item{{kind: itLit, c: in.str[0]}}
	case opRepeatOne:
		if in.min > 0 {
			return []*item{in.it}
		}
	case opSplit:
		a := p.startItems(in.x, depth+1)
		b := p.startItems(in.y, depth+1)
		if a == nil || b == nil || len(a)+len(b) > 8 {
			return nil
		}
		return append(append([]*item(nil), a...), b...)
	}
	return nil
}
