package re

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// The parser follows CPython 3.11's Lib/re/_parser.py: the same grammar,
// the same tree shapes (so that widths, the charset fast paths and the
// error positions agree) and the same error messages.

const (
	flagT = 1
	flagI = 2
	flagL = 4
	flagM = 8
	flagS = 16
	flagU = 32
	flagX = 64
	flagD = 128
	flagA = 256

	typeFlags   = flagA | flagL | flagU
	globalFlags = flagD | flagT

	maxRepeat = 1<<32 - 1 // CPython's MAXREPEAT (4-byte codes)
	maxGroups = 1<<30 - 1 // CPython's MAXGROUPS on 64-bit builds
	maxWidth  = 1 << 62   // stands for CPython's MAXWIDTH (1 << 64)
)

type nodeKind uint8

const (
	nLiteral nodeKind = iota
	nNotLiteral
	nAny
	nIn
	nAt
	nBranch
	nRepeat
	nGroup // SUBPATTERN: capturing or a flags scope
	nAtomic
	nAssert
	nGroupRef
	nGroupRefExists
)

type atCode uint8

const (
	atBeginning atCode = iota
	atBeginningLine
	atBeginningString
	atEnd
	atEndLine
	atEndString
	atBoundary
	atNonBoundary
)

type repKind uint8

const (
	repGreedy repKind = iota
	repLazy
	repPossessive
)

type category uint8

const (
	catDigit category = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
)

// setItem is one member of a character set: a literal, a range, a
// category or NEGATE.
type setItem struct {
	kind   uint8 // siLiteral, siRange, siCategory, siNegate
	lo, hi rune
	cat    category
}

const (
	siLiteral uint8 = iota
	siRange
	siCategory
	siNegate
)

type node struct {
	kind   nodeKind
	c      rune      // literal; group number for group references
	set    []setItem // nIn
	at     atCode
	alts   [][]*node // nBranch
	body   []*node   // nRepeat, nGroup, nAtomic, nAssert, yes branch of nGroupRefExists
	no     []*node   // nGroupRefExists (nil: none)
	min    int
	max    int
	rk     repKind
	group  int // nGroup: 0 for a non-capturing scope
	add    int // nGroup: flags added
	del    int // nGroup: flags removed
	neg    bool
	behind bool
}

// parseError is a re.error raised while parsing.
type parseError struct {
	msg    string
	pos    int // -1: no position
	nopat  bool
	ovf    bool // OverflowError
	valerr bool // ValueError
}

type tokenizer struct {
	src    []rune
	istext bool
	index  int
	next   []rune // nil at the end
}

func newTokenizer(src []rune, istext bool) *tokenizer {
	t := &tokenizer{src: src, istext: istext}
	t.advance()
	return t
}

func (t *tokenizer) advance() {
	i := t.index
	if i >= len(t.src) {
		t.next = nil
		return
	}
	if t.src[i] == '\\' {
		if i+1 >= len(t.src) {
			panic(&parseError{msg: "bad escape (end of pattern)", pos: len(t.src) - 1})
		}
		t.next = t.src[i : i+2]
		t.index = i + 2
		return
	}
	t.next = t.src[i : i+1]
	t.index = i + 1
}

func (t *tokenizer) nextIs(c rune) bool { return len(t.next) == 1 && t.next[0] == c }

func (t *tokenizer) nextIn(set string) bool {
	return len(t.next) == 1 && strings.ContainsRune(set, t.next[0])
}

func (t *tokenizer) match(c rune) bool {
	if t.nextIs(c) {
		t.advance()
		return true
	}
	return false
}

func (t *tokenizer) get() []rune {
	this := t.next
	t.advance()
	return this
}

func (t *tokenizer) getwhile(n int, set string) string {
	var b []rune
	for i := 0; i < n; i++ {
		if !t.nextIn(set) {
			break
		}
		b = append(b, t.next[0])
		t.advance()
	}
	return string(b)
}

func (t *tokenizer) getuntil(term rune, name string) string {
	var res []rune
	for {
		c := t.next
		t.advance()
		if c == nil {
			if len(res) == 0 {
				t.fail("missing "+name, 0)
			}
			t.fail(fmt.Sprintf("missing %c, unterminated name", term), len(res))
		}
		if len(c) == 1 && c[0] == term {
			if len(res) == 0 {
				t.fail("missing "+name, 1)
			}
			break
		}
		res = append(res, c...)
	}
	return string(res)
}

func (t *tokenizer) tell() int { return t.index - len(t.next) }

func (t *tokenizer) seek(i int) {
	t.index = i
	t.advance()
}

func (t *tokenizer) fail(msg string, offset int) {
	if !t.istext {
		msg = asciiBackslash(msg)
	}
	panic(&parseError{msg: msg, pos: t.tell() - offset})
}

func asciiBackslash(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 128:
			b.WriteRune(r)
		case r < 256:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	return b.String()
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r) {
			continue
		}
		if i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)) {
			continue
		}
		return false
	}
	return true
}

func isASCIIDecimal(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func pyReprStr(s string, istext bool) string {
	// repr() of a str: the common case of the names in messages.
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 32 || r == 127:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 128 && !istext && r < 256:
			b.WriteRune(r)
		case r >= 128 && !unicode.IsPrint(r):
			switch {
			case r < 256:
				fmt.Fprintf(&b, `\x%02x`, r)
			case r < 0x10000:
				fmt.Fprintf(&b, `\u%04x`, r)
			default:
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	return b.String()
}

// parseState is CPython's State.
type parseState struct {
	flags          int
	groupdict      map[string]int
	groupnames     []string // in definition order
	groupwidths    [][2]int // nil entry (open) marked by open[]
	open           []bool
	lookbehind     int // -1: none
	grouprefpos    map[int]int
	grouprefsOrder []int
}

func (s *parseState) groups() int { return len(s.groupwidths) }

func (s *parseState) opengroup(name string, hasName bool, t *tokenizer) int {
	gid := s.groups()
	s.groupwidths = append(s.groupwidths, [2]int{})
	s.open = append(s.open, true)
	if s.groups() > maxGroups {
		t.fail("too many groups", 0)
	}
	if hasName {
		if og, ok := s.groupdict[name]; ok {
			t.fail(fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyReprStr(name, t.istext), gid, og), len([]rune(name))+1)
		}
		s.groupdict[name] = gid
		s.groupnames = append(s.groupnames, name)
	}
	return gid
}

func (s *parseState) closegroup(gid int, p []*node) {
	lo, hi := s.width(p)
	s.groupwidths[gid] = [2]int{lo, hi}
	s.open[gid] = false
}

func (s *parseState) checkgroup(gid int) bool { return gid < s.groups() && !s.open[gid] }

func (s *parseState) checklookbehindgroup(gid int, t *tokenizer) {
	if s.lookbehind >= 0 {
		if !s.checkgroup(gid) {
			t.fail("cannot refer to an open group", 0)
		}
		if gid >= s.lookbehind {
			t.fail("cannot refer to group defined in the same lookbehind subpattern", 0)
		}
	}
}

func addw(a, b int) int {
	if a+b > maxWidth || a+b < 0 {
		return maxWidth
	}
	return a + b
}

func mulw(a, n int) int {
	if a == 0 || n == 0 {
		return 0
	}
	if a > maxWidth/n {
		return maxWidth
	}
	return a * n
}

// width is SubPattern.getwidth.
func (s *parseState) width(p []*node) (int, int) {
	lo, hi := 0, 0
	for _, n := range p {
		switch n.kind {
		case nBranch:
			i, j := maxWidth, 0
			for _, a := range n.alts {
				l, h := s.width(a)
				i = min(i, l)
				j = max(j, h)
			}
			lo, hi = addw(lo, i), addw(hi, j)
		case nAtomic, nGroup:
			i, j := s.width(n.body)
			lo, hi = addw(lo, i), addw(hi, j)
		case nRepeat:
			i, j := s.width(n.body)
			lo = addw(lo, mulw(i, n.min))
			if n.max == maxRepeat && j != 0 {
				hi = maxWidth
			} else {
				hi = addw(hi, mulw(j, n.max))
			}
		case nLiteral, nNotLiteral, nAny, nIn:
			lo, hi = addw(lo, 1), addw(hi, 1)
		case nGroupRef:
			w := s.groupwidths[n.c]
			lo, hi = addw(lo, w[0]), addw(hi, w[1])
		case nGroupRefExists:
			i, j := s.width(n.body)
			if n.no != nil {
				l, h := s.width(n.no)
				i = min(i, l)
				j = max(j, h)
			} else {
				i = 0
			}
			lo, hi = addw(lo, i), addw(hi, j)
		}
	}
	return lo, hi
}

var escapes map[rune]rune

var categories map[rune]*node

const (
	digits    = "0123456789"
	octdigits = "01234567"
	hexdigits = "0123456789abcdefABCDEF"
)

func isASCIILetter(c rune) bool { return c < 128 && (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// commonEscape handles \x \u \U \N; ok=false when esc is none of them.
func commonEscape(t *tokenizer, esc []rune) (rune, bool) {
	c := esc[1]
	s := string(esc)
	switch {
	case c == 'x':
		s += t.getwhile(2, hexdigits)
		if len(s) != 4 {
			t.fail("incomplete escape "+s, len(s))
		}
		v, _ := strconv.ParseUint(s[2:], 16, 32)
		return rune(v), true
	case c == 'u' && t.istext:
		s += t.getwhile(4, hexdigits)
		if len(s) != 6 {
			t.fail("incomplete escape "+s, len(s))
		}
		v, _ := strconv.ParseUint(s[2:], 16, 32)
		return rune(v), true
	case c == 'U' && t.istext:
		s += t.getwhile(8, hexdigits)
		if len(s) != 10 {
			t.fail("incomplete escape "+s, len(s))
		}
		v, _ := strconv.ParseUint(s[2:], 16, 32)
		if v > unicode.MaxRune {
			t.fail("bad escape "+s, len(s))
		}
		return rune(v), true
	case c == 'N' && t.istext:
		if !t.match('{') {
			t.fail("missing {", 0)
		}
		name := t.getuntil('}', "character name")
		r, ok := lookupName(name)
		if !ok {
			t.fail("undefined character name "+pyReprStr(name, true), len([]rune(name))+len(`\N{}`))
		}
		return r, true
	}
	return 0, false
}

func classEscape(t *tokenizer, esc []rune) *node {
	c := esc[1]
	if r, ok := escapes[c]; ok {
		return &node{kind: nLiteral, c: r}
	}
	if n, ok := categories[c]; ok && n.kind == nIn {
		return n
	}
	if r, ok := commonEscape(t, esc); ok {
		return &node{kind: nLiteral, c: r}
	}
	s := string(esc)
	if strings.ContainsRune(octdigits, c) {
		s += t.getwhile(2, octdigits)
		v, _ := strconv.ParseUint(s[1:], 8, 32)
		if v > 0o377 {
			t.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", s), len(s))
		}
		return &node{kind: nLiteral, c: rune(v)}
	}
	if strings.ContainsRune(digits, c) || isASCIILetter(c) {
		t.fail("bad escape "+s, len([]rune(s)))
	}
	return &node{kind: nLiteral, c: c}
}

func escape(t *tokenizer, esc []rune, st *parseState) *node {
	c := esc[1]
	if n, ok := categories[c]; ok {
		return n
	}
	if r, ok := escapes[c]; ok {
		return &node{kind: nLiteral, c: r}
	}
	if r, ok := commonEscape(t, esc); ok {
		return &node{kind: nLiteral, c: r}
	}
	s := string(esc)
	if c == '0' {
		s += t.getwhile(2, octdigits)
		v, _ := strconv.ParseUint(s[1:], 8, 32)
		return &node{kind: nLiteral, c: rune(v)}
	}
	if c >= '1' && c <= '9' {
		if t.nextIn(digits) {
			s += string(t.get())
			if strings.ContainsRune(octdigits, rune(s[1])) && strings.ContainsRune(octdigits, rune(s[2])) && t.nextIn(octdigits) {
				s += string(t.get())
				v, _ := strconv.ParseUint(s[1:], 8, 32)
				if v > 0o377 {
					t.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", s), len(s))
				}
				return &node{kind: nLiteral, c: rune(v)}
			}
		}
		g, _ := strconv.Atoi(s[1:])
		if g < st.groups() {
			if !st.checkgroup(g) {
				t.fail("cannot refer to an open group", len(s))
			}
			st.checklookbehindgroup(g, t)
			return &node{kind: nGroupRef, c: rune(g)}
		}
		t.fail(fmt.Sprintf("invalid group reference %d", g), len(s)-1)
	}
	if isASCIILetter(c) {
		t.fail("bad escape "+s, len([]rune(s)))
	}
	return &node{kind: nLiteral, c: c}
}

// parse parses a whole pattern; it returns the tree and the final flags.
func parse(src []rune, istext bool, flags int) ([]*node, *parseState) {
	t := newTokenizer(src, istext)
	st := &parseState{flags: flags, groupdict: map[string]int{}, groupwidths: [][2]int{{}}, open: []bool{false}, lookbehind: -1, grouprefpos: map[int]int{}}
	p := parseSub(t, st, flags&flagX != 0, 0)
	st.flags = fixFlags(istext, st.flags)
	if t.next != nil {
		t.fail("unbalanced parenthesis", 0)
	}
	for _, g := range st.grouprefsOrder {
		if g >= st.groups() {
			panic(&parseError{msg: fmt.Sprintf("invalid group reference %d", g), pos: st.grouprefpos[g]})
		}
	}
	return p, st
}

func fixFlags(istext bool, flags int) int {
	if istext {
		if flags&flagL != 0 {
			panic(&parseError{msg: "cannot use LOCALE flag with a str pattern", valerr: true})
		}
		if flags&flagA == 0 {
			flags |= flagU
		} else if flags&flagU != 0 {
			panic(&parseError{msg: "ASCII and UNICODE flags are incompatible", valerr: true})
		}
	} else {
		if flags&flagU != 0 {
			panic(&parseError{msg: "cannot use UNICODE flag with a bytes pattern", valerr: true})
		}
		if flags&flagL != 0 && flags&flagA != 0 {
			panic(&parseError{msg: "ASCII and LOCALE flags are incompatible", valerr: true})
		}
	}
	return flags
}

func nodesEqual(a, b *node) bool {
	if a == b {
		return true
	}
	if a.kind != b.kind || a.c != b.c || a.at != b.at || a.min != b.min || a.max != b.max || a.rk != b.rk ||
		a.group != b.group || a.add != b.add || a.del != b.del || a.neg != b.neg || a.behind != b.behind ||
		len(a.set) != len(b.set) || len(a.alts) != len(b.alts) || (a.no == nil) != (b.no == nil) {
		return false
	}
	for i := range a.set {
		if a.set[i] != b.set[i] {
			return false
		}
	}
	for i := range a.alts {
		if !seqEqual(a.alts[i], b.alts[i]) {
			return false
		}
	}
	return seqEqual(a.body, b.body) && seqEqual(a.no, b.no)
}

func seqEqual(a, b []*node) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !nodesEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

func parseSub(t *tokenizer, st *parseState, verbose bool, nested int) []*node {
	var items [][]*node
	for {
		items = append(items, parseSeq(t, st, verbose, nested+1, nested == 0 && len(items) == 0))
		if !t.match('|') {
			break
		}
		if nested == 0 {
			verbose = st.flags&flagX != 0
		}
	}
	if len(items) == 1 {
		return items[0]
	}
	var sub []*node
	// common prefix
	for {
		var prefix *node
		same := true
		for _, it := range items {
			if len(it) == 0 {
				same = false
				break
			}
			if prefix == nil {
				prefix = it[0]
			} else if !nodesEqual(it[0], prefix) {
				same = false
				break
			}
		}
		if !same {
			break
		}
		for i := range items {
			items[i] = items[i][1:]
		}
		sub = append(sub, prefix)
	}
	// a branch of single characters becomes a set
	var set []setItem
	ok := true
	for _, it := range items {
		if len(it) != 1 {
			ok = false
			break
		}
		n := it[0]
		if n.kind == nLiteral {
			set = append(set, setItem{kind: siLiteral, lo: n.c})
		} else if n.kind == nIn && n.set[0].kind != siNegate {
			set = append(set, n.set...)
		} else {
			ok = false
			break
		}
	}
	if ok {
		return append(sub, &node{kind: nIn, set: uniqSet(set)})
	}
	return append(sub, &node{kind: nBranch, alts: items})
}

func uniqSet(set []setItem) []setItem {
	var out []setItem
	seen := map[setItem]bool{}
	for _, s := range set {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

const specialChars = ".\\[{()*+?^$|"

func parseSeq(t *tokenizer, st *parseState, verbose bool, nested int, first bool) []*node {
	var sub []*node
	for {
		this := t.next
		if this == nil || len(this) == 1 && (this[0] == '|' || this[0] == ')') {
			break
		}
		t.advance()
		if verbose {
			if len(this) == 1 && strings.ContainsRune(" \t\n\r\v\f", this[0]) {
				continue
			}
			if len(this) == 1 && this[0] == '#' {
				for {
					this = t.get()
					if this == nil || len(this) == 1 && this[0] == '\n' {
						break
					}
				}
				continue
			}
		}
		if this[0] == '\\' {
			sub = append(sub, escape(t, this, st))
			continue
		}
		ch := this[0]
		if !strings.ContainsRune(specialChars, ch) {
			sub = append(sub, &node{kind: nLiteral, c: ch})
			continue
		}
		switch ch {
		case '[':
			sub = append(sub, parseSet(t))
		case '*', '+', '?', '{':
			here := t.tell()
			var lo, hi int
			switch ch {
			case '?':
				lo, hi = 0, 1
			case '*':
				lo, hi = 0, maxRepeat
			case '+':
				lo, hi = 1, maxRepeat
			case '{':
				if t.nextIs('}') {
					sub = append(sub, &node{kind: nLiteral, c: ch})
					continue
				}
				lo, hi = 0, maxRepeat
				var los, his string
				for t.nextIn(digits) {
					los += string(t.get())
				}
				if t.match(',') {
					for t.nextIn(digits) {
						his += string(t.get())
					}
				} else {
					his = los
				}
				if !t.match('}') {
					sub = append(sub, &node{kind: nLiteral, c: ch})
					t.seek(here)
					continue
				}
				if los != "" {
					v, err := strconv.ParseUint(los, 10, 64)
					if err != nil || v >= maxRepeat {
						panic(&parseError{msg: "the repetition number is too large", ovf: true})
					}
					lo = int(v)
				}
				if his != "" {
					v, err := strconv.ParseUint(his, 10, 64)
					if err != nil || v >= maxRepeat {
						panic(&parseError{msg: "the repetition number is too large", ovf: true})
					}
					hi = int(v)
					if hi < lo {
						t.fail("min repeat greater than max repeat", t.tell()-here)
					}
				}
			}
			var item []*node
			if len(sub) > 0 {
				item = sub[len(sub)-1:]
			}
			if item == nil || item[0].kind == nAt {
				t.fail("nothing to repeat", t.tell()-here+1)
			}
			if item[0].kind == nRepeat {
				t.fail("multiple repeat", t.tell()-here+1)
			}
			if item[0].kind == nGroup && item[0].group == 0 && item[0].add == 0 && item[0].del == 0 {
				item = item[0].body
			}
			rk := repGreedy
			if t.match('?') {
				rk = repLazy
			} else if t.match('+') {
				rk = repPossessive
			}
			sub[len(sub)-1] = &node{kind: nRepeat, min: lo, max: hi, rk: rk, body: append([]*node(nil), item...)}
		case '.':
			sub = append(sub, &node{kind: nAny})
		case '(':
			n := parseParen(t, st, verbose, nested, first, len(sub) > 0)
			if n == nil { // comment or global flags
				if st.flags&flagX != 0 && first && len(sub) == 0 {
					verbose = true
				}
				continue
			}
			sub = append(sub, n)
		case '^':
			sub = append(sub, &node{kind: nAt, at: atBeginning})
		case '$':
			sub = append(sub, &node{kind: nAt, at: atEnd})
		}
	}
	// unpack non-capturing groups without flags
	for i := len(sub) - 1; i >= 0; i-- {
		n := sub[i]
		if n.kind == nGroup && n.group == 0 && n.add == 0 && n.del == 0 {
			rest := append(append([]*node(nil), n.body...), sub[i+1:]...)
			sub = append(sub[:i], rest...)
		}
	}
	return sub
}

func parseSet(t *tokenizer) *node {
	here := t.tell() - 1
	var set []setItem
	if t.nextIs('[') {
		warnFuture(fmt.Sprintf("Possible nested set at position %d", t.tell()))
	}
	negate := t.match('^')
	for {
		this := t.get()
		if this == nil {
			t.fail("unterminated character set", t.tell()-here)
		}
		if len(this) == 1 && this[0] == ']' && len(set) > 0 {
			break
		}
		var code1 *node
		if this[0] == '\\' {
			code1 = classEscape(t, this)
		} else {
			if len(set) > 0 && len(this) == 1 && strings.ContainsRune("-&~|", this[0]) && t.nextIs(this[0]) {
				op := map[rune]string{'-': "difference", '&': "intersection", '~': "symmetric difference", '|': "union"}[this[0]]
				warnFuture(fmt.Sprintf("Possible set %s at position %d", op, t.tell()-1))
			}
			code1 = &node{kind: nLiteral, c: this[0]}
		}
		if t.match('-') {
			that := t.get()
			if that == nil {
				t.fail("unterminated character set", t.tell()-here)
			}
			if len(that) == 1 && that[0] == ']' {
				set = append(set, asSetItem(code1))
				set = append(set, setItem{kind: siLiteral, lo: '-'})
				break
			}
			var code2 *node
			if that[0] == '\\' {
				code2 = classEscape(t, that)
			} else {
				if len(that) == 1 && that[0] == '-' {
					warnFuture(fmt.Sprintf("Possible set difference at position %d", t.tell()-2))
				}
				code2 = &node{kind: nLiteral, c: that[0]}
			}
			if code1.kind != nLiteral || code2.kind != nLiteral || code2.c < code1.c {
				msg := fmt.Sprintf("bad character range %s-%s", string(this), string(that))
				t.fail(msg, len(this)+1+len(that))
			}
			set = append(set, setItem{kind: siRange, lo: code1.c, hi: code2.c})
		} else {
			set = append(set, asSetItem(code1))
		}
	}
	set = uniqSet(set)
	if len(set) == 1 && set[0].kind == siLiteral {
		if negate {
			return &node{kind: nNotLiteral, c: set[0].lo}
		}
		return &node{kind: nLiteral, c: set[0].lo}
	}
	if negate {
		set = append([]setItem{{kind: siNegate}}, set...)
	}
	return &node{kind: nIn, set: set}
}

func asSetItem(n *node) setItem {
	if n.kind == nIn {
		return n.set[0]
	}
	return setItem{kind: siLiteral, lo: n.c}
}

var flagChars map[rune]int

// parseParen parses what follows "("; nil for a comment or global flags.
func parseParen(t *tokenizer, st *parseState, verbose bool, nested int, first, nonEmpty bool) *node {
	start := t.tell() - 1
	capture := true
	atomic := false
	name := ""
	hasName := false
	add, del := 0, 0
	if t.match('?') {
		chr := t.get()
		if chr == nil {
			t.fail("unexpected end of pattern", 0)
		}
		c := chr[0]
		if len(chr) == 2 {
			t.fail("unknown extension ?"+string(chr), len(chr)+1)
		}
		switch {
		case c == 'P':
			if t.match('<') {
				name = t.getuntil('>', "group name")
				hasName = true
				checkGroupName(t, name, 1)
			} else if t.match('=') {
				name = t.getuntil(')', "group name")
				checkGroupName(t, name, 1)
				gid, ok := st.groupdict[name]
				if !ok {
					t.fail("unknown group name "+pyReprStr(name, t.istext), len([]rune(name))+1)
				}
				if !st.checkgroup(gid) {
					t.fail("cannot refer to an open group", len([]rune(name))+1)
				}
				st.checklookbehindgroup(gid, t)
				return &node{kind: nGroupRef, c: rune(gid)}
			} else {
				c2 := t.get()
				if c2 == nil {
					t.fail("unexpected end of pattern", 0)
				}
				t.fail("unknown extension ?P"+string(c2), len(c2)+2)
			}
		case c == ':':
			capture = false
		case c == '#':
			for {
				if t.next == nil {
					t.fail("missing ), unterminated comment", t.tell()-start)
				}
				if x := t.get(); len(x) == 1 && x[0] == ')' {
					break
				}
			}
			return nil
		case c == '=' || c == '!' || c == '<':
			behind := false
			saved := st.lookbehind
			if c == '<' {
				c2 := t.get()
				if c2 == nil {
					t.fail("unexpected end of pattern", 0)
				}
				if len(c2) != 1 || (c2[0] != '=' && c2[0] != '!') {
					t.fail("unknown extension ?<"+string(c2), len(c2)+2)
				}
				c = c2[0]
				behind = true
				if saved < 0 {
					st.lookbehind = st.groups()
				}
			}
			p := parseSub(t, st, verbose, nested+1)
			if behind && saved < 0 {
				st.lookbehind = -1
			}
			if !t.match(')') {
				t.fail("missing ), unterminated subpattern", t.tell()-start)
			}
			return &node{kind: nAssert, neg: c == '!', behind: behind, body: p}
		case c == '(':
			condname := t.getuntil(')', "group name")
			var cond int
			if isIdentifier(condname) {
				checkGroupName(t, condname, 1)
				g, ok := st.groupdict[condname]
				if !ok {
					t.fail("unknown group name "+pyReprStr(condname, t.istext), len([]rune(condname))+1)
				}
				cond = g
			} else {
				v, ok := pyIntText(condname)
				if !ok {
					t.fail("bad character in group name "+pyReprStr(condname, t.istext), len([]rune(condname))+1)
				}
				if v == 0 {
					t.fail("bad group number", len([]rune(condname))+1)
				}
				if v >= maxGroups {
					t.fail("invalid group reference "+decimalText(strings.TrimSpace(strings.ReplaceAll(condname, "_", ""))), len([]rune(condname))+1)
				}
				if _, ok := st.grouprefpos[v]; !ok {
					st.grouprefpos[v] = t.tell() - len([]rune(condname)) - 1
					st.grouprefsOrder = append(st.grouprefsOrder, v)
				}
				if !isASCIIDecimal(condname) {
					r := pyReprStr(condname, true)
					if !t.istext {
						r = asciiRepr(condname)
					}
					warn(fmt.Sprintf("bad character in group name %s at position %d", r, t.tell()-len([]rune(condname))-1))
				}
				cond = v
			}
			st.checklookbehindgroup(cond, t)
			yes := parseSeq(t, st, verbose, nested+1, false)
			var no []*node
			hasNo := false
			if t.match('|') {
				no = parseSeq(t, st, verbose, nested+1, false)
				hasNo = true
				if t.nextIs('|') {
					t.fail("conditional backref with more than two branches", 0)
				}
			}
			if !t.match(')') {
				t.fail("missing ), unterminated subpattern", t.tell()-start)
			}
			n := &node{kind: nGroupRefExists, c: rune(cond), body: yes}
			if hasNo {
				if no == nil {
					no = []*node{}
				}
				n.no = no
			}
			return n
		case c == '>':
			capture = false
			atomic = true
		case flagChars[c] != 0 || c == '-':
			a, d, global := parseFlags(t, st, c)
			if global {
				if !first || nonEmpty {
					t.fail("global flags not at the start of the expression", t.tell()-start)
				}
				return nil
			}
			add, del = a, d
			capture = false
		default:
			t.fail("unknown extension ?"+string(chr), len(chr)+1)
		}
	}
	group := 0
	if capture {
		group = st.opengroup(name, hasName, t)
	}
	subVerbose := (verbose || add&flagX != 0) && del&flagX == 0
	p := parseSub(t, st, subVerbose, nested+1)
	if !t.match(')') {
		t.fail("missing ), unterminated subpattern", t.tell()-start)
	}
	if group != 0 {
		st.closegroup(group, p)
	}
	if atomic {
		return &node{kind: nAtomic, body: p}
	}
	return &node{kind: nGroup, group: group, add: add, del: del, body: p}
}

func isDecimalUnicode(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Nd, r) {
			return false
		}
	}
	return true
}

func checkGroupName(t *tokenizer, name string, offset int) {
	if !isIdentifier(name) {
		t.fail("bad character in group name "+pyReprStr(name, t.istext), len([]rune(name))+offset)
	}
	if !t.istext && !isASCII(name) {
		warn(fmt.Sprintf("bad character in group name %s at position %d", asciiRepr(name), t.tell()-len([]rune(name))-offset))
	}
}

// parseFlags is _parse_flags; global reports "(?flags)".
func parseFlags(t *tokenizer, st *parseState, c rune) (add, del int, global bool) {
	if c != '-' {
		for {
			flag := flagChars[c]
			if t.istext {
				if c == 'L' {
					t.fail("bad inline flags: cannot use 'L' flag with a str pattern", 0)
				}
			} else if c == 'u' {
				t.fail("bad inline flags: cannot use 'u' flag with a bytes pattern", 0)
			}
			add |= flag
			if flag&typeFlags != 0 && add&typeFlags != flag {
				t.fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0)
			}
			n := t.get()
			if n == nil {
				t.fail("missing -, : or )", 0)
			}
			c = n[0]
			if len(n) == 1 && (c == ')' || c == '-' || c == ':') {
				break
			}
			if len(n) != 1 || flagChars[c] == 0 {
				msg := "missing -, : or )"
				if len(n) == 1 && unicode.IsLetter(c) {
					msg = "unknown flag"
				}
				t.fail(msg, len(n))
			}
		}
	}
	if c == ')' {
		st.flags |= add
		return 0, 0, true
	}
	if add&globalFlags != 0 {
		t.fail("bad inline flags: cannot turn on global flag", 1)
	}
	if c == '-' {
		n := t.get()
		if n == nil {
			t.fail("missing flag", 0)
		}
		c = n[0]
		if len(n) != 1 || flagChars[c] == 0 {
			msg := "missing flag"
			if len(n) == 1 && unicode.IsLetter(c) {
				msg = "unknown flag"
			}
			t.fail(msg, len(n))
		}
		for {
			flag := flagChars[c]
			if flag&typeFlags != 0 {
				t.fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0)
			}
			del |= flag
			n := t.get()
			if n == nil {
				t.fail("missing :", 0)
			}
			c = n[0]
			if len(n) == 1 && c == ':' {
				break
			}
			if len(n) != 1 || flagChars[c] == 0 {
				msg := "missing :"
				if len(n) == 1 && unicode.IsLetter(c) {
					msg = "unknown flag"
				}
				t.fail(msg, len(n))
			}
		}
	}
	if del&globalFlags != 0 {
		t.fail("bad inline flags: cannot turn off global flag", 1)
	}
	if add&del != 0 {
		t.fail("bad inline flags: flag turned on and off", 1)
	}
	return add, del, false
}

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	escapes = map[rune]rune{'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}
	categories = map[rune]*node{
		'A': {kind: nAt, at: atBeginningString},
		'b': {kind: nAt, at: atBoundary},
		'B': {kind: nAt, at: atNonBoundary},
		'd': {kind: nIn, set: []setItem{{kind: siCategory, cat: catDigit}}},
		'D': {kind: nIn, set: []setItem{{kind: siCategory, cat: catNotDigit}}},
		's': {kind: nIn, set: []setItem{{kind: siCategory, cat: catSpace}}},
		'S': {kind: nIn, set: []setItem{{kind: siCategory, cat: catNotSpace}}},
		'w': {kind: nIn, set: []setItem{{kind: siCategory, cat: catWord}}},
		'W': {kind: nIn, set: []setItem{{kind: siCategory, cat: catNotWord}}},
		'Z': {kind: nAt, at: atEndString},
	}
	flagChars = map[rune]int{'i': flagI, 'L': flagL, 'm': flagM, 's': flagS, 'x': flagX, 'a': flagA, 't': flagT, 'u': flagU}
}
