// Package re is Python's re module with CPython 3.11's semantics: its own
// parser (Lib/re/_parser.py's grammar, tree and error messages), a
// compiler choosing sre's character tests, and a backtracking machine
// with an explicit stack (exec.go) that follows sre's matching rules.
package re

import (
	"encoding/binary"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var (
	PatternType  *py.Type
	MatchType    *py.Type
	ScannerType  *py.Type
	ErrorType    *py.Type
	callableIter *py.Type
)

// Pattern is a compiled regular expression.
type Pattern struct {
	src     string // the pattern (UTF-8 for str, raw for bytes)
	flags   int    // final flags, as Pattern.flags
	bytes   bool
	prog    *program
	names   []string // group names in definition order
	index   map[string]int
	groups  int
	srcObj  py.Object
	tmplMu  sync.Mutex
	tmplMap map[string]*template
}

// Match is a match object.
type Match struct {
	pat       *Pattern
	subj      *subject
	marks     []int // 2*(groups+1): group 0 first; -1 unset
	pos, end  int   // the pos and endpos given to the search
	lastindex int
	buf       [6]int // marks of up to two groups, without another allocation
}

func (*Pattern) Type() *py.Type { return PatternType }
func (*Match) Type() *py.Type   { return MatchType }

// subject is a string being searched.
type subject struct {
	obj   py.Object
	s     string // UTF-8 for str, raw bytes for bytes-like
	bytes bool
	ascii bool   // a str of ASCII characters only: indexed by byte
	runes []rune // a str with others
	n     int
}

func newSubject(p *Pattern, o py.Object) *subject {
	sj := &subject{obj: o}
	switch v := o.(type) {
	case py.Str:
		if p.bytes {
			panic(py.NewError(py.TypeErrorType, "cannot use a bytes pattern on a string-like object"))
		}
		sj.s = string(v)
		sj.ascii = isASCII(sj.s)
		if sj.ascii {
			sj.n = len(sj.s)
		} else {
			sj.runes = py.StrRunes(sj.s)
			sj.n = len(sj.runes)
		}
		return sj
	case py.Bytes:
		sj.s = string(v)
	case *py.ByteArray:
		sj.s = string(v.B)
	default:
		// A str or bytes subclass matches as its value; other objects
		// with a buffer (array.array, memoryview, mmap) as bytes.
		if u := py.UnwrapValue(o); u != o {
			if _, ok := u.(py.Str); ok {
				sj := newSubject(p, u)
				sj.obj = o
				return sj
			}
		}
		b, ok := py.BytesLike(o)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected string or bytes-like object, got '%s'", o.Type().Name)))
		}
		sj.s = string(b)
	}
	if !p.bytes {
		panic(py.NewError(py.TypeErrorType, "cannot use a string pattern on a bytes-like object"))
	}
	sj.bytes = true
	sj.n = len(sj.s)
	return sj
}

func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(s[i:]), 8))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (sj *subject) slice(a, b int) py.Object {
	if sj.bytes {
		return py.Bytes(sj.s[a:b])
	}
	if sj.ascii {
		return py.Str(sj.s[a:b])
	}
	return py.Str(py.RunesStr(sj.runes[a:b]))
}

func (sj *subject) empty() py.Object {
	if sj.bytes {
		return py.Bytes("")
	}
	return py.Str("")
}

// runner hides the machine's character type.
type runner interface {
	search(pos int) int
	run(pos int) bool
	result() ([]int, int, int)
	setModes(all, must bool)
	release()
}

func (m *machine[C]) result() ([]int, int, int) { return m.marks, m.matchEnd, m.lastindex }
func (m *machine[C]) setModes(all, must bool)   { m.matchAll, m.mustAdvance = all, must }

// release returns the machine to its program's pool.
func (m *machine[C]) release() {
	m.in = nil
	m.st.trim()
	if cap(m.snap) > 1<<18 {
		m.snap = nil
	}
	switch mm := any(m).(type) {
	case *machine[byte]:
		m.prog.poolB.Put(mm)
	case *machine[rune]:
		m.prog.poolR.Put(mm)
	}
}

func (p *Pattern) runner(sj *subject, end int) runner {
	if sj.bytes || sj.ascii {
		b := unsafe.Slice(unsafe.StringData(sj.s), len(sj.s))
		if m, ok := p.prog.poolB.Get().(*machine[byte]); ok {
			m.in, m.end = b, end
			return m
		}
		return newMachine(p.prog, b, end)
	}
	if m, ok := p.prog.poolR.Get().(*machine[rune]); ok {
		m.in, m.end = sj.runes, end
		return m
	}
	return newMachine(p.prog, sj.runes, end)
}

func clamp(v, n int) int {
	if v < 0 {
		return 0
	}
	if v > n {
		return n
	}
	return v
}

type mode int

const (
	modeSearch mode = iota
	modeMatch
	modeFull
)

// exec runs one search or match; must asks for a non-empty match at pos.
func (p *Pattern) exec(r runner, sj *subject, pos, end int, md mode, must bool) *Match {
	return p.execInto(nil, r, sj, pos, end, md, must)
}

// execInto is exec filling m when it is not nil.
func (p *Pattern) execInto(m *Match, r runner, sj *subject, pos, end int, md mode, must bool) *Match {
	if pos > end && md != modeMatch {
		return nil
	}
	r.setModes(md == modeFull, must)
	start := pos
	if md == modeSearch {
		start = r.search(pos)
		if start < 0 {
			return nil
		}
	} else if !r.run(pos) {
		return nil
	}
	marks, mend, last := r.result()
	if m == nil {
		m = &Match{}
	}
	*m = Match{pat: p, subj: sj, lastindex: last}
	if 2+len(marks) <= len(m.buf) {
		m.marks = m.buf[:2+len(marks)]
	} else {
		m.marks = make([]int, 2+len(marks))
	}
	m.marks[0], m.marks[1] = start, mend
	copy(m.marks[2:], marks)
	for j := 2; j < len(m.marks); j += 2 {
		if m.marks[j] >= 0 && m.marks[j+1] >= 0 && m.marks[j] > m.marks[j+1] {
			panic(py.NewError(py.SystemErrorType, "The span of capturing group is wrong, please report a bug for the re module."))
		}
		if m.marks[j] < 0 || m.marks[j+1] < 0 {
			m.marks[j], m.marks[j+1] = -1, -1
		}
	}
	return m
}

func (p *Pattern) find(o py.Object, pos, endpos int, md mode) *Match {
	sj := newSubject(p, o)
	pos, endpos = clamp(pos, sj.n), clamp(endpos, sj.n)
	r := p.runner(sj, endpos)
	m := p.exec(r, sj, pos, endpos, md, false)
	r.release()
	if m != nil {
		m.pos, m.end = pos, endpos
	}
	return m
}

// each calls f for the successive matches of a findall/finditer/sub/split
// scan, until f returns false.
func (p *Pattern) each(o py.Object, pos, endpos int, keep bool, f func(*Match) bool) *subject {
	sj := newSubject(p, o)
	pos, endpos = clamp(pos, sj.n), clamp(endpos, sj.n)
	r := p.runner(sj, endpos)
	must := false
	var scratch Match
	start := pos
	for pos <= endpos {
		var reuse *Match
		if !keep {
			reuse = &scratch
		}
		m := p.execInto(reuse, r, sj, pos, endpos, modeSearch, must)
		if m == nil {
			break
		}
		m.pos, m.end = start, endpos
		if !f(m) {
			break
		}
		must = m.marks[0] == m.marks[1]
		pos = m.marks[1]
	}
	r.release()
	return sj
}

// --- errors ---

func newReError(msg string, pattern py.Object, pos int) *py.BaseException {
	e := py.NewException(ErrorType)
	initError(e, msg, pattern, pos)
	return e
}

func initError(e *py.BaseException, msg string, pattern py.Object, pos int) {
	e.Dict.SetStr("msg", py.Str(msg))
	if pattern == nil {
		pattern = py.None
	}
	e.Dict.SetStr("pattern", pattern)
	full := msg
	if pattern != py.None && pos >= 0 {
		e.Dict.SetStr("pos", py.Int(pos))
		var src []rune
		if b, ok := pattern.(py.Bytes); ok {
			src = latin1(string(b))
		} else {
			src = []rune(py.StrOf(pattern))
		}
		pos2 := min(pos, len(src))
		line := 1
		lastNL := -1
		for i, r := range src[:pos2] {
			if r == '\n' {
				line++
				lastNL = i
			}
		}
		col := pos - lastNL
		e.Dict.SetStr("lineno", py.Int(line))
		e.Dict.SetStr("colno", py.Int(col))
		full = fmt.Sprintf("%s at position %d", msg, pos)
		for _, r := range src {
			if r == '\n' {
				full = fmt.Sprintf("%s (line %d, column %d)", full, line, col)
				break
			}
		}
	} else {
		if pos >= 0 {
			e.Dict.SetStr("pos", py.Int(pos))
		} else {
			e.Dict.SetStr("pos", py.None)
		}
		e.Dict.SetStr("lineno", py.None)
		e.Dict.SetStr("colno", py.None)
	}
	e.Args = py.NewTuple(py.Str(full))
}

func latin1(s string) []rune {
	r := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		r[i] = rune(s[i])
	}
	return r
}

// --- compiling ---

const maxCache = 512

type cacheKey struct {
	bytes bool
	src   string
	flags int
}

var (
	cacheMu    sync.Mutex
	cache      map[cacheKey]*Pattern
	cacheOrder []cacheKey
	// the last pattern found, checked before hashing the key
	lastKey     cacheKey
	lastPattern *Pattern
)

// Compile is re.compile(pattern, flags).
func Compile(pat py.Object, flags int) *Pattern {
	if p, ok := pat.(*Pattern); ok {
		if flags != 0 {
			panic(py.NewError(py.ValueErrorType, "cannot process flags argument with a compiled pattern"))
		}
		return p
	}
	var key cacheKey
	switch v := py.UnwrapValue(pat).(type) {
	case py.Str:
		key = cacheKey{false, string(v), flags}
	case py.Bytes:
		key = cacheKey{true, string(v), flags}
	default:
		panic(py.NewError(py.TypeErrorType, "first argument must be string or compiled pattern"))
	}
	cacheMu.Lock()
	if lastPattern != nil && lastKey == key {
		p := lastPattern
		cacheMu.Unlock()
		return p
	}
	p, ok := cache[key]
	if ok {
		lastKey, lastPattern = key, p
	}
	cacheMu.Unlock()
	if ok {
		return p
	}
	p = compileNew(pat, key)
	if flags&flagD == 0 {
		cacheMu.Lock()
		if len(cacheOrder) >= maxCache {
			if cacheOrder[0] == lastKey {
				lastPattern = nil
			}
			delete(cache, cacheOrder[0])
			cacheOrder = cacheOrder[1:]
		}
		if _, dup := cache[key]; !dup {
			cacheOrder = append(cacheOrder, key)
		}
		cache[key] = p
		cacheMu.Unlock()
	}
	return p
}

func compileNew(pat py.Object, key cacheKey) (p *Pattern) {
	var src []rune
	if key.bytes {
		src = latin1(key.src)
	} else {
		src = py.StrRunes(key.src)
	}
	defer func() {
		if r := recover(); r != nil {
			pe, ok := r.(*parseError)
			if !ok {
				panic(r)
			}
			switch {
			case pe.ovf:
				panic(py.NewError(py.OverflowErrorType, pe.msg))
			case pe.valerr:
				panic(py.NewError(py.ValueErrorType, pe.msg))
			case pe.nopat:
				panic(newReError(pe.msg, nil, -1))
			}
			panic(newReError(pe.msg, pat, pe.pos))
		}
	}()
	tree, st := parse(src, !key.bytes, key.flags)
	if st.flags&flagT != 0 {
		checkTemplate(tree)
	}
	prog := compileProgram(tree, st)
	p = &Pattern{src: key.src, flags: st.flags, bytes: key.bytes, prog: prog, groups: st.groups() - 1,
		names: st.groupnames, index: st.groupdict, srcObj: pat}
	return p
}

func checkTemplate(p []*node) {
	for _, n := range p {
		if n.kind == nRepeat {
			name := [...]string{"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}[n.rk]
			panic(&parseError{msg: "internal: unsupported template operator " + name, pos: -1, nopat: true})
		}
		checkTemplate(n.body)
		checkTemplate(n.no)
		for _, a := range n.alts {
			checkTemplate(a)
		}
	}
}

// --- templates (re._parser.parse_template / expand_template) ---

type template struct {
	literal []string // literal pieces; a group reference sits between
	groups  []tmplGroup
}

type tmplGroup struct{ at, group int }

func (p *Pattern) template(repl py.Object) *template {
	var src string
	if v, ok := py.UnwrapValue(repl).(py.Str); ok {
		if p.bytes {
			panic(py.NewError(py.TypeErrorType, "expected a bytes-like object, str found"))
		}
		src = string(v)
	} else {
		b, ok := py.BytesLike(repl)
		if !ok || !p.bytes {
			if p.bytes {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected a bytes-like object, %s found", repl.Type().Name)))
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected str instance, %s found", repl.Type().Name)))
		}
		src = string(b)
	}
	p.tmplMu.Lock()
	t, ok := p.tmplMap[src]
	p.tmplMu.Unlock()
	if ok {
		return t
	}
	_, isStr := py.UnwrapValue(repl).(py.Str)
	t = p.parseTemplate(repl, src, isStr)
	p.tmplMu.Lock()
	if p.tmplMap == nil || len(p.tmplMap) >= 256 {
		p.tmplMap = map[string]*template{}
	}
	p.tmplMap[src] = t
	p.tmplMu.Unlock()
	return t
}

func (p *Pattern) parseTemplate(replObj py.Object, src string, isStr bool) (t *template) {
	var rs []rune
	if isStr {
		rs = py.StrRunes(src)
	} else {
		rs = latin1(src)
	}
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*parseError); ok {
				panic(newReError(pe.msg, replObj, pe.pos))
			}
			panic(r)
		}
	}()
	tk := newTokenizer(rs, isStr)
	t = &template{}
	var lit []rune
	flush := func() {
		t.literal = append(t.literal, py.RunesStr(lit))
		lit = lit[:0]
	}
	addgroup := func(index, offset int) {
		if index > p.groups {
			tk.fail(fmt.Sprintf("invalid group reference %d", index), offset)
		}
		flush()
		t.groups = append(t.groups, tmplGroup{len(t.literal), index})
	}
	for {
		this := tk.get()
		if this == nil {
			break
		}
		if this[0] != '\\' {
			lit = append(lit, this...)
			continue
		}
		c := this[1]
		switch {
		case c == 'g':
			if !tk.match('<') {
				tk.fail("missing <", 0)
			}
			name := tk.getuntil('>', "group name")
			var index int
			if isIdentifier(name) {
				if !isStr && !isASCII(name) {
					warn(fmt.Sprintf("bad character in group name %s at position %d", asciiRepr(name), tk.tell()-len([]rune(name))-1))
				}
				g, ok := p.index[name]
				if !ok {
					panic(py.NewError(py.IndexErrorType, "unknown group name "+pyReprStr(name, true)))
				}
				index = g
			} else {
				v, ok := parseDecimal(name)
				plain := ok && isASCIIDecimal(name)
				if !ok {
					// int(name): signs, spaces and underscores pass,
					// with a DeprecationWarning below.
					v, ok = pyIntText(name)
				}
				if !ok {
					tk.fail("bad character in group name "+pyReprStr(name, isStr), len([]rune(name))+1)
				}
				if v >= maxGroups {
					tk.fail("invalid group reference "+decimalText(name), len([]rune(name))+1)
				}
				if !plain {
					r := pyReprStr(name, true)
					if !isStr {
						r = asciiRepr(name)
					}
					warn(fmt.Sprintf("bad character in group name %s at position %d", r, tk.tell()-len([]rune(name))-1))
				}
				index = v
			}
			addgroup(index, len([]rune(name))+1)
		case c == '0':
			s := string(this)
			if tk.nextIn(octdigits) {
				s += string(tk.get())
				if tk.nextIn(octdigits) {
					s += string(tk.get())
				}
			}
			v := 0
			for _, d := range s[1:] {
				v = v*8 + int(d-'0')
			}
			lit = append(lit, rune(v&0xff))
		case c >= '1' && c <= '9':
			s := string(this)
			isoctal := false
			if tk.nextIn(digits) {
				s += string(tk.get())
				if c <= '7' && s[2] <= '7' && tk.nextIn(octdigits) {
					s += string(tk.get())
					isoctal = true
					v := 0
					for _, d := range s[1:] {
						v = v*8 + int(d-'0')
					}
					if v > 0o377 {
						tk.fail(fmt.Sprintf("octal escape value %s outside of range 0-0o377", s), len(s))
					}
					lit = append(lit, rune(v))
				}
			}
			if !isoctal {
				v := 0
				for _, d := range s[1:] {
					v = v*10 + int(d-'0')
				}
				addgroup(v, len(s)-1)
			}
		default:
			if r, ok := escapes[c]; ok {
				lit = append(lit, r)
			} else {
				if isASCIILetter(c) {
					tk.fail("bad escape "+string(this), len(this))
				}
				lit = append(lit, this...)
			}
		}
	}
	flush()
	if !isStr {
		for i, s := range t.literal {
			t.literal[i] = runesToLatin1(s)
		}
	}
	return t
}

func runesToLatin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

// decimalText is str(int(s)) for a string of decimal digits.
func decimalText(s string) string {
	var b []byte
	for _, r := range s {
		d := byte('0')
		if r >= '0' && r <= '9' {
			d = byte(r)
		} else {
			for base := r; base > r-10; base-- {
				if !uniIsDecimal(base - 1) {
					d = '0' + byte(r-base)
					break
				}
			}
		}
		if len(b) == 0 && d == '0' {
			continue
		}
		b = append(b, d)
	}
	if len(b) == 0 {
		return "0"
	}
	return string(b)
}

func parseDecimal(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	v := 0
	for _, r := range s {
		d := -1
		if r >= '0' && r <= '9' {
			d = int(r - '0')
		} else if uniIsDecimal(r) {
			// other Unicode decimal digits: their value within their block
			for base := r; base > r-10; base-- {
				if !uniIsDecimal(base - 1) {
					d = int(r - base)
					break
				}
			}
		}
		if d < 0 {
			return 0, false
		}
		if v < maxGroups {
			v = v*10 + d
		}
	}
	return v, true
}

func (t *template) expand(m *Match, b *strings.Builder) {
	gi := 0
	for i, lit := range t.literal {
		b.WriteString(lit)
		if gi < len(t.groups) && t.groups[gi].at == i+1 {
			g := t.groups[gi].group
			if s := m.marks[2*g]; s >= 0 && m.marks[2*g+1] >= 0 {
				b.WriteString(m.groupString(g))
			}
			gi++
		}
	}
}

func (t *template) isLiteral() bool { return len(t.groups) == 0 }

// --- Match helpers ---

func (m *Match) groupString(g int) string {
	s, e := m.marks[2*g], m.marks[2*g+1]
	sj := m.subj
	if sj.bytes || sj.ascii {
		return sj.s[s:e]
	}
	return py.RunesStr(sj.runes[s:e])
}

func (m *Match) group(g int, def py.Object) py.Object {
	s, e := m.marks[2*g], m.marks[2*g+1]
	if s < 0 || e < 0 {
		return def
	}
	return m.subj.slice(s, e)
}

func (m *Match) groupIndex(o py.Object) int {
	i := -1
	switch v := o.(type) {
	case py.Int, py.Bool:
		i = py.Index(v)
	case py.Str:
		if g, ok := m.pat.index[string(v)]; ok {
			i = g
		}
	default:
		if o.Type().Lookup("__index__") != nil {
			i = py.Index(o)
		}
	}
	if i < 0 || i > m.pat.groups {
		panic(py.NewError(py.IndexErrorType, "no such group"))
	}
	return i
}

func (m *Match) span(g int) (int, int) { return m.marks[2*g], m.marks[2*g+1] }

func truncRepr(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

func (m *Match) String() string {
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.marks[0], m.marks[1], truncRepr(py.Repr(m.group(0, py.None)), 50))
}

func (m *Match) expandObj(tmpl py.Object) py.Object {
	t := m.pat.template(tmpl)
	var b strings.Builder
	t.expand(m, &b)
	if m.pat.bytes {
		return py.Bytes(b.String())
	}
	return py.Str(b.String())
}

// --- Pattern helpers ---

var flagNames = []struct {
	name string
	v    int
}{{"re.TEMPLATE", flagT}, {"re.IGNORECASE", flagI}, {"re.LOCALE", flagL}, {"re.MULTILINE", flagM},
	{"re.DOTALL", flagS}, {"re.UNICODE", flagU}, {"re.VERBOSE", flagX}, {"re.DEBUG", flagD}, {"re.ASCII", flagA}}

func (p *Pattern) String() string {
	r := truncRepr(py.Repr(p.srcObj), 200)
	flags := p.flags
	if !p.bytes && flags&(flagL|flagU|flagA) == flagU {
		flags &^= flagU
	}
	if flags == 0 {
		return "re.compile(" + r + ")"
	}
	var names []string
	for _, f := range flagNames {
		if flags&f.v != 0 {
			names = append(names, f.name)
			flags &^= f.v
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", flags))
	}
	return "re.compile(" + r + ", " + strings.Join(names, "|") + ")"
}

func (p *Pattern) wrap(s string) py.Object {
	if p.bytes {
		return py.Bytes(s)
	}
	return py.Str(s)
}

// Sub is pattern.sub(repl, string, count): the result and the number of
// replacements.
func (p *Pattern) Sub(repl py.Object, s py.Object, count int) (py.Object, int) {
	var tmpl *template
	callable := false
	switch py.UnwrapValue(repl).(type) {
	case py.Str, py.Bytes, *py.ByteArray:
		tmpl = p.template(repl)
	default:
		if _, ok := repl.(py.Callable); ok || py.LookupSpecial(repl, "__call__") != nil {
			callable = true
		} else {
			tmpl = p.template(repl)
		}
	}
	if count < 0 {
		newSubject(p, s)
		if b, ok := s.(*py.ByteArray); ok {
			return py.Bytes(b.B), 0
		}
		return s, 0
	}
	var b strings.Builder
	if str, ok := s.(py.Str); ok {
		b.Grow(len(str))
	}
	n := 0
	last := 0
	item := 0
	sj := p.each(s, 0, maxInt, callable, func(m *Match) bool {
		if last < m.marks[0] {
			b.WriteString(m.subj.sliceString(last, m.marks[0]))
			item++
		}
		if callable {
			r := py.Call(repl, m)
			if r != py.None {
				b.WriteString(p.joinItem(r, item))
				item++
			}
		} else {
			tmpl.expand(m, &b)
			item++
		}
		last = m.marks[1]
		n++
		return count <= 0 || n < count
	})
	b.WriteString(sj.sliceString(last, sj.n))
	if n == 0 {
		switch s.(type) {
		case py.Str, py.Bytes:
			return s, 0
		}
	}
	return p.wrap(b.String()), n
}

func (p *Pattern) joinItem(r py.Object, index int) string {
	switch v := py.UnwrapValue(r).(type) {
	case py.Str:
		if !p.bytes {
			return string(v)
		}
	case py.Bytes:
		if p.bytes {
			return string(v)
		}
	case *py.ByteArray:
		if p.bytes {
			return string(v.B)
		}
	}
	if p.bytes {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("sequence item %d: expected a bytes-like object, %s found", index, r.Type().Name)))
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("sequence item %d: expected str instance, %s found", index, r.Type().Name)))
}

func (sj *subject) sliceString(a, b int) string {
	if sj.bytes || sj.ascii {
		return sj.s[a:b]
	}
	return py.RunesStr(sj.runes[a:b])
}

const maxInt = int(^uint(0) >> 1)

func (p *Pattern) findall(s py.Object, pos, endpos int) py.Object {
	var out []py.Object
	p.each(s, pos, endpos, false, func(m *Match) bool {
		empty := m.subj.empty()
		switch p.groups {
		case 0:
			out = append(out, m.group(0, empty))
		case 1:
			out = append(out, m.group(1, empty))
		default:
			items := make([]py.Object, p.groups)
			for g := 1; g <= p.groups; g++ {
				items[g-1] = m.group(g, empty)
			}
			out = append(out, py.NewTuple(items...))
		}
		return true
	})
	return py.NewList(out...)
}

func (p *Pattern) split(s py.Object, maxsplit int) py.Object {
	var out []py.Object
	last := 0
	n := 0
	if maxsplit < 0 {
		sj := newSubject(p, s)
		return py.NewList(sj.slice(0, sj.n))
	}
	sj := p.each(s, 0, maxInt, false, func(m *Match) bool {
		if maxsplit > 0 && n >= maxsplit {
			return false
		}
		out = append(out, m.subj.slice(last, m.marks[0]))
		for g := 1; g <= p.groups; g++ {
			out = append(out, m.group(g, py.None))
		}
		last = m.marks[1]
		n++
		return true
	})
	out = append(out, sj.slice(last, sj.n))
	return py.NewList(out...)
}

func intArg(o py.Object, def int) int {
	if o == nil {
		return def
	}
	if _, big := o.(*py.BigInt); big {
		panic(py.NewError(py.OverflowErrorType, "Python int too large to convert to C ssize_t"))
	}
	return py.Index(o)
}

func matchOrNone(m *Match) py.Object {
	if m == nil {
		return py.None
	}
	return m
}

// Scanner is the object Pattern.scanner returns.
type Scanner struct {
	start    int // the pos given
	pat      *Pattern
	sj       *subject
	r        runner
	pos, end int
	must     bool
	done     bool
}

func (*Scanner) Type() *py.Type { return ScannerType }

func (sc *Scanner) next(md mode) py.Object {
	if sc.done || sc.pos > sc.end {
		return py.None
	}
	m := sc.pat.exec(sc.r, sc.sj, sc.pos, sc.end, md, sc.must)
	if m == nil {
		sc.done = true
		return py.None
	}
	m.pos, m.end = sc.start, sc.end
	sc.must = m.marks[0] == m.marks[1]
	sc.pos = m.marks[1]
	return m
}

func errorInit(args []py.Object, kw []string) py.Object {
	e := args[0].(*py.BaseException)
	a := py.ParseArgs("error", args[1:], kw, []string{"msg", "pattern", "pos"}, 1)
	pos := -1
	if a[2] != nil && a[2] != py.None {
		pos = py.Index(a[2])
	}
	msg := py.StrOf(a[0])
	initError(e, msg, a[1], pos)
	if a[2] != nil && a[2] != py.None && (a[1] == nil || a[1] == py.None) {
		e.Dict.SetStr("pos", a[2])
	}
	return py.None
}

func (p *Pattern) equal(q *Pattern) bool {
	return p == q || p.src == q.src && p.flags == q.flags && p.bytes == q.bytes
}

// RichCompare is Pattern's == and != (the only comparisons it has).
func (p *Pattern) RichCompare(other py.Object, op py.CmpOp) (bool, bool) {
	q, ok := other.(*Pattern)
	if !ok {
		return false, false
	}
	switch op {
	case py.OpEq:
		return p.equal(q), true
	case py.OpNe:
		return !p.equal(q), true
	}
	return false, false
}

// cached reports whether re's cache holds the pattern already.
func cached(pat py.Object, flags int) bool {
	var key cacheKey
	switch v := py.UnwrapValue(pat).(type) {
	case py.Str:
		key = cacheKey{false, string(v), flags}
	case py.Bytes:
		key = cacheKey{true, string(v), flags}
	default:
		return false
	}
	cacheMu.Lock()
	defer cacheMu.Unlock()
	_, ok := cache[key]
	return ok
}

// pyIntText parses name as int() does (surrounding whitespace, a sign,
// underscores between digits): a non-negative value, capped at maxGroups.
func pyIntText(name string) (int, bool) {
	s := strings.TrimFunc(name, unicode.IsSpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return 0, false
	}
	v, ok := parseDecimal(strings.ReplaceAll(s, "_", ""))
	if !ok || (neg && v != 0) {
		return 0, false
	}
	return v, true
}

// asciiRepr is ascii(name): the repr with non-ASCII characters escaped.
func asciiRepr(name string) string {
	return string(py.StrOf(py.Call(py.LoadBuiltin("ascii"), py.Str(name))))
}

// initVars2 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars2() {
	PatternType = py.NewType("Pattern", "re", nil)
	MatchType = py.NewType("Match", "re", nil)
	ScannerType = py.NewType("SRE_Scanner", "_sre", nil)
	ErrorType = py.NewType("error", "re", py.ExceptionType)
	callableIter = py.NewIterType("callable_iterator", "builtins")
	cache = map[cacheKey]*Pattern{}
}
