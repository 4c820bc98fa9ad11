// Package re is Python's re module on Go's regexp (RE2): the syntax both
// share works; backreferences and lookaround raise re.error.
package re

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/py2goasync/py2goasync/runtime/py"
)

const (
	flagI = 2
	flagL = 4
	flagM = 8
	flagS = 16
	flagU = 32
	flagX = 64
	flagA = 256
)

var (
	PatternType = py.NewType("Pattern", "re", nil)
	MatchType   = py.NewType("Match", "re", nil)
	ErrorType   = py.NewType("error", "re", py.ExceptionType)
)

// Pattern is a compiled regular expression.
type Pattern struct {
	src   string
	flags int
	re    *regexp.Regexp
	bytes bool
}

// Match is a match object.
type Match struct {
	pat      *Pattern
	str      string
	idx      []int // byte offsets
	pos, end int   // code point positions given to the search
}

func (*Pattern) Type() *py.Type { return PatternType }
func (*Match) Type() *py.Type   { return MatchType }

func (p *Pattern) String() string {
	var fl []string
	for _, f := range []struct {
		v    int
		name string
	}{{flagI, "re.IGNORECASE"}, {flagM, "re.MULTILINE"}, {flagS, "re.DOTALL"}, {flagX, "re.VERBOSE"}, {flagA, "re.ASCII"}} {
		if p.flags&f.v != 0 {
			fl = append(fl, f.name)
		}
	}
	if len(fl) > 0 {
		return fmt.Sprintf("re.compile(%s, %s)", py.Repr(py.Str(p.src)), strings.Join(fl, "|"))
	}
	return "re.compile(" + py.Repr(py.Str(p.src)) + ")"
}

func (m *Match) cp(byteOff int) int {
	if byteOff < 0 {
		return -1
	}
	return utf8.RuneCountInString(m.str[:byteOff])
}

func (m *Match) String() string {
	return fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.cp(m.idx[0]), m.cp(m.idx[1]), py.Repr(m.wrap(m.str[m.idx[0]:m.idx[1]])))
}

func (m *Match) wrap(s string) py.Object {
	if m.pat.bytes {
		return py.Bytes(s)
	}
	return py.Str(s)
}

func reError(msg string) {
	panic(py.NewError(ErrorType, msg))
}

// translate turns Python regex syntax into RE2 syntax.
func translate(src string, flags int, bytesPattern bool) string {
	var b strings.Builder
	prefix := ""
	if flags&flagI != 0 {
		prefix += "i"
	}
	if flags&flagM != 0 {
		prefix += "m"
	}
	if flags&flagS != 0 {
		prefix += "s"
	}
	if prefix != "" {
		b.WriteString("(?" + prefix + ")")
	}
	verbose := flags&flagX != 0
	unicode := flags&flagA == 0 && !bytesPattern
	inClass := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch {
		case c == '\\' && i+1 < len(src):
			n := src[i+1]
			switch {
			case n == 'Z':
				b.WriteString(`\z`)
			case n >= '1' && n <= '9' && !inClass:
				reError("backreferences are not supported")
			case unicode && strings.IndexByte("wWdDsS", n) >= 0:
				b.WriteString(unicodeClass(n, inClass))
			default:
				b.WriteByte('\\')
				b.WriteByte(n)
			}
			i++
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
			if i+1 < len(src) && src[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(src) && src[i+1] == ']' {
				b.WriteString(`\]`)
				i++
			}
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		case verbose && !inClass && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
		case verbose && !inClass && c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case c == '(' && !inClass && strings.HasPrefix(src[i:], "(?P="):
			reError("backreferences are not supported")
		case c == '(' && !inClass && (strings.HasPrefix(src[i:], "(?=") || strings.HasPrefix(src[i:], "(?!") || strings.HasPrefix(src[i:], "(?<=") || strings.HasPrefix(src[i:], "(?<!")):
			reError("look-around assertions are not supported")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

var cache = map[string]*Pattern{}

// Compile is re.compile.
func Compile(pat py.Object, flags int) *Pattern {
	if p, ok := pat.(*Pattern); ok {
		return p
	}
	var src string
	isBytes := false
	switch v := pat.(type) {
	case py.Str:
		src = string(v)
	case py.Bytes:
		src, isBytes = string(v), true
	default:
		panic(py.NewError(py.TypeErrorType, "first argument must be string or compiled pattern"))
	}
	key := fmt.Sprintf("%d:%v:%s", flags, isBytes, src)
	if p, ok := cache[key]; ok {
		return p
	}
	re, err := regexp.Compile(translate(src, flags, isBytes))
	if err != nil {
		reError(strings.TrimPrefix(err.Error(), "error parsing regexp: "))
	}
	p := &Pattern{src: src, flags: flags, re: re, bytes: isBytes}
	cache[key] = p
	return p
}

func strArg(p *Pattern, o py.Object) string {
	switch v := o.(type) {
	case py.Str:
		if p.bytes {
			panic(py.NewError(py.TypeErrorType, "cannot use a bytes pattern on a string-like object"))
		}
		return string(v)
	case py.Bytes:
		if !p.bytes {
			panic(py.NewError(py.TypeErrorType, "cannot use a string pattern on a bytes-like object"))
		}
		return string(v)
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected string or bytes-like object, got '%s'", o.Type().Name)))
}

func byteOffset(s string, cp int) int {
	if cp <= 0 {
		return 0
	}
	i := 0
	for n := 0; n < cp && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

type mode int

const (
	search mode = iota
	matchStart
	fullMatch
)

func (p *Pattern) find(s string, pos, endpos int, md mode) *Match {
	n := utf8.RuneCountInString(s)
	if endpos < 0 || endpos > n {
		endpos = n
	}
	if pos < 0 {
		pos = 0
	}
	if pos > endpos {
		return nil
	}
	bs, be := byteOffset(s, pos), byteOffset(s, endpos)
	sub := s[:be]
	var idx []int
	switch md {
	case search:
		idx = p.re.FindStringSubmatchIndex(sub[bs:])
	case matchStart, fullMatch:
		anchored := regexp.MustCompile(`^(?:` + p.re.String() + `)`)
		if md == fullMatch {
			anchored = regexp.MustCompile(`^(?:` + p.re.String() + `)\z`)
		}
		idx = anchored.FindStringSubmatchIndex(sub[bs:])
		if idx != nil && md == fullMatch && idx[1] != len(sub[bs:]) {
			idx = nil
		}
	}
	if idx == nil {
		return nil
	}
	for i := range idx {
		if idx[i] >= 0 {
			idx[i] += bs
		}
	}
	return &Match{pat: p, str: s, idx: idx, pos: pos, end: endpos}
}

func (m *Match) groupIndex(o py.Object) int {
	switch v := o.(type) {
	case py.Int, py.Bool:
		n := py.Index(v)
		if n < 0 || 2*n >= len(m.idx) {
			panic(py.NewError(py.IndexErrorType, "no such group"))
		}
		return n
	case py.Str:
		i := m.pat.re.SubexpIndex(string(v))
		if i < 0 {
			panic(py.NewError(py.IndexErrorType, "no such group"))
		}
		return i
	}
	panic(py.NewError(py.IndexErrorType, "no such group"))
}

func (m *Match) group(i int, def py.Object) py.Object {
	if m.idx[2*i] < 0 {
		return def
	}
	return m.wrap(m.str[m.idx[2*i]:m.idx[2*i+1]])
}

// expand applies a replacement template to a match.
func (m *Match) expand(tmpl string) string {
	var b strings.Builder
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '\\' || i+1 >= len(tmpl) {
			b.WriteByte(c)
			continue
		}
		i++
		n := tmpl[i]
		switch {
		case n >= '0' && n <= '9':
			j := i
			for j < len(tmpl) && j < i+2 && tmpl[j] >= '0' && tmpl[j] <= '9' {
				j++
			}
			g, _ := strconv.Atoi(tmpl[i:j])
			if 2*g >= len(m.idx) {
				reError(fmt.Sprintf("invalid group reference %d", g))
			}
			if m.idx[2*g] >= 0 {
				b.WriteString(m.str[m.idx[2*g]:m.idx[2*g+1]])
			}
			i = j - 1
		case n == 'g' && i+1 < len(tmpl) && tmpl[i+1] == '<':
			end := strings.IndexByte(tmpl[i:], '>')
			if end < 0 {
				reError("missing >, unterminated name")
			}
			name := tmpl[i+2 : i+end]
			var g int
			if v, err := strconv.Atoi(name); err == nil {
				g = v
			} else {
				g = m.pat.re.SubexpIndex(name)
				if g < 0 {
					panic(py.NewError(py.IndexErrorType, fmt.Sprintf("unknown group name '%s'", name)))
				}
			}
			if m.idx[2*g] >= 0 {
				b.WriteString(m.str[m.idx[2*g]:m.idx[2*g+1]])
			}
			i += end
		case n == 'n':
			b.WriteByte('\n')
		case n == 't':
			b.WriteByte('\t')
		case n == 'r':
			b.WriteByte('\r')
		case n == '\\':
			b.WriteByte('\\')
		default:
			if (n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z') {
				reError(fmt.Sprintf("bad escape \\%c at position %d", n, i-1))
			}
			b.WriteByte('\\')
			b.WriteByte(n)
		}
	}
	return b.String()
}

func (p *Pattern) allMatches(s string, count int) []*Match {
	var out []*Match
	for _, idx := range p.re.FindAllStringSubmatchIndex(s, count) {
		out = append(out, &Match{pat: p, str: s, idx: idx, pos: 0, end: utf8.RuneCountInString(s)})
	}
	return out
}

// Sub is pattern.sub(repl, string, count).
func (p *Pattern) Sub(repl py.Object, s string, count int) (string, int) {
	if count <= 0 {
		count = -1
	}
	ms := p.allMatches(s, count)
	var b strings.Builder
	last := 0
	for _, m := range ms {
		b.WriteString(s[last:m.idx[0]])
		switch r := repl.(type) {
		case py.Str:
			b.WriteString(m.expand(string(r)))
		case py.Bytes:
			b.WriteString(m.expand(string(r)))
		default:
			b.WriteString(strArg(p, py.Call(repl, m)))
		}
		last = m.idx[1]
	}
	b.WriteString(s[last:])
	return b.String(), len(ms)
}

func (p *Pattern) wrap(s string) py.Object {
	if p.bytes {
		return py.Bytes(s)
	}
	return py.Str(s)
}

func (p *Pattern) findall(s string) py.Object {
	var out []py.Object
	for _, m := range p.allMatches(s, -1) {
		ng := len(m.idx)/2 - 1
		switch ng {
		case 0:
			out = append(out, m.group(0, p.wrap("")))
		case 1:
			out = append(out, m.group(1, p.wrap("")))
		default:
			items := make([]py.Object, ng)
			for g := 1; g <= ng; g++ {
				items[g-1] = m.group(g, p.wrap(""))
			}
			out = append(out, py.NewTuple(items...))
		}
	}
	return py.NewList(out...)
}

func (p *Pattern) split(s string, maxsplit int) py.Object {
	if maxsplit <= 0 {
		maxsplit = -1
	} else {
		maxsplit++
	}
	var out []py.Object
	last := 0
	n := 0
	for _, m := range p.allMatches(s, -1) {
		if maxsplit > 0 && n >= maxsplit-1 {
			break
		}
		out = append(out, p.wrap(s[last:m.idx[0]]))
		for g := 1; g < len(m.idx)/2; g++ {
			out = append(out, m.group(g, py.None))
		}
		last = m.idx[1]
		n++
	}
	out = append(out, p.wrap(s[last:]))
	return py.NewList(out...)
}

func flagsArg(o py.Object) int {
	if o == nil {
		return 0
	}
	return py.Index(o)
}

func posArgs(a []py.Object) (int, int) {
	pos, end := 0, -1
	if a[0] != nil {
		pos = py.Index(a[0])
	}
	if a[1] != nil {
		end = py.Index(a[1])
	}
	return pos, end
}

func matchOrNone(m *Match) py.Object {
	if m == nil {
		return py.None
	}
	return m
}

func init() {
	pm := func(name string, fn func(p *Pattern, args []py.Object, kw []string) py.Object) {
		py.AddMethod(PatternType, name, func(args []py.Object, kw []string) py.Object { return fn(args[0].(*Pattern), args[1:], kw) })
	}
	for _, md := range []struct {
		name string
		m    mode
	}{{"search", search}, {"match", matchStart}, {"fullmatch", fullMatch}} {
		md := md
		pm(md.name, func(p *Pattern, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(md.name, args, kw, []string{"string", "pos", "endpos"}, 1)
			pos, end := posArgs(a[1:])
			return matchOrNone(p.find(strArg(p, a[0]), pos, end, md.m))
		})
	}
	pm("findall", func(p *Pattern, args []py.Object, kw []string) py.Object { return p.findall(strArg(p, args[0])) })
	pm("finditer", func(p *Pattern, args []py.Object, kw []string) py.Object {
		var out []py.Object
		for _, m := range p.allMatches(strArg(p, args[0]), -1) {
			out = append(out, m)
		}
		return py.GetIter(py.NewList(out...))
	})
	pm("sub", func(p *Pattern, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("sub", args, kw, []string{"repl", "string", "count"}, 2)
		s, _ := p.Sub(a[0], strArg(p, a[1]), flagsArg(a[2]))
		return p.wrap(s)
	})
	pm("subn", func(p *Pattern, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("subn", args, kw, []string{"repl", "string", "count"}, 2)
		s, n := p.Sub(a[0], strArg(p, a[1]), flagsArg(a[2]))
		return py.NewTuple(p.wrap(s), py.Int(n))
	})
	pm("split", func(p *Pattern, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("split", args, kw, []string{"string", "maxsplit"}, 1)
		return p.split(strArg(p, a[0]), flagsArg(a[1]))
	})
	py.AddGetter(PatternType, "pattern", func(o py.Object) py.Object { return o.(*Pattern).wrap(o.(*Pattern).src) }, nil)
	py.AddGetter(PatternType, "flags", func(o py.Object) py.Object { return py.Int(o.(*Pattern).flags | flagU) }, nil)
	py.AddGetter(PatternType, "groups", func(o py.Object) py.Object { return py.Int(o.(*Pattern).re.NumSubexp()) }, nil)
	py.AddGetter(PatternType, "groupindex", func(o py.Object) py.Object {
		d := py.NewDict()
		for i, n := range o.(*Pattern).re.SubexpNames() {
			if n != "" {
				d.SetStr(n, py.Int(i))
			}
		}
		return d
	}, nil)

	mm := func(name string, fn func(m *Match, args []py.Object) py.Object) {
		py.AddMethod(MatchType, name, func(args []py.Object, kw []string) py.Object { return fn(args[0].(*Match), args[1:]) })
	}
	mm("group", func(m *Match, args []py.Object) py.Object {
		if len(args) == 0 {
			return m.group(0, py.None)
		}
		if len(args) == 1 {
			return m.group(m.groupIndex(args[0]), py.None)
		}
		out := make([]py.Object, len(args))
		for i, a := range args {
			out[i] = m.group(m.groupIndex(a), py.None)
		}
		return py.NewTuple(out...)
	})
	mm("__getitem__", func(m *Match, args []py.Object) py.Object { return m.group(m.groupIndex(args[0]), py.None) })
	mm("groups", func(m *Match, args []py.Object) py.Object {
		var def py.Object = py.None
		if len(args) > 0 {
			def = args[0]
		}
		out := make([]py.Object, len(m.idx)/2-1)
		for g := range out {
			out[g] = m.group(g+1, def)
		}
		return py.NewTuple(out...)
	})
	mm("groupdict", func(m *Match, args []py.Object) py.Object {
		var def py.Object = py.None
		if len(args) > 0 {
			def = args[0]
		}
		d := py.NewDict()
		for i, n := range m.pat.re.SubexpNames() {
			if n != "" {
				d.SetStr(n, m.group(i, def))
			}
		}
		return d
	})
	span := func(m *Match, args []py.Object) (int, int) {
		g := 0
		if len(args) > 0 {
			g = m.groupIndex(args[0])
		}
		return m.cp(m.idx[2*g]), m.cp(m.idx[2*g+1])
	}
	mm("start", func(m *Match, args []py.Object) py.Object { s, _ := span(m, args); return py.Int(s) })
	mm("end", func(m *Match, args []py.Object) py.Object { _, e := span(m, args); return py.Int(e) })
	mm("span", func(m *Match, args []py.Object) py.Object {
		s, e := span(m, args)
		return py.NewTuple(py.Int(s), py.Int(e))
	})
	mm("expand", func(m *Match, args []py.Object) py.Object { return m.wrap(m.expand(py.StrOf(args[0]))) })
	mm("__bool__", func(m *Match, args []py.Object) py.Object { return py.True })
	py.AddGetter(MatchType, "string", func(o py.Object) py.Object { return o.(*Match).wrap(o.(*Match).str) }, nil)
	py.AddGetter(MatchType, "re", func(o py.Object) py.Object { return o.(*Match).pat }, nil)
	py.AddGetter(MatchType, "pos", func(o py.Object) py.Object { return py.Int(o.(*Match).pos) }, nil)
	py.AddGetter(MatchType, "endpos", func(o py.Object) py.Object { return py.Int(o.(*Match).end) }, nil)
	py.AddGetter(MatchType, "lastindex", func(o py.Object) py.Object {
		m := o.(*Match)
		last := -1
		for g := 1; g < len(m.idx)/2; g++ {
			if m.idx[2*g] >= 0 && (last < 0 || m.idx[2*g+1] >= m.idx[2*last+1]) {
				last = g
			}
		}
		if last < 0 {
			return py.None
		}
		return py.Int(last)
	}, nil)

	py.RegisterModule("re", func(m *py.Module) {
		m.Set("error", ErrorType)
		m.Set("Pattern", PatternType)
		m.Set("Match", MatchType)
		for name, v := range map[string]int{"I": flagI, "IGNORECASE": flagI, "M": flagM, "MULTILINE": flagM, "S": flagS,
			"DOTALL": flagS, "X": flagX, "VERBOSE": flagX, "A": flagA, "ASCII": flagA, "U": flagU, "UNICODE": flagU, "L": flagL, "LOCALE": flagL, "NOFLAG": 0} {
			m.Set(name, py.Int(v))
		}
		m.AddFunc("compile", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("compile", args, kw, []string{"pattern", "flags"}, 1)
			return Compile(a[0], flagsArg(a[1]))
		})
		for _, name := range []string{"search", "match", "fullmatch", "findall", "finditer", "split"} {
			name := name
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				params := []string{"pattern", "string", "flags"}
				if name == "split" {
					params = []string{"pattern", "string", "maxsplit", "flags"}
				}
				a := py.ParseArgs(name, args, kw, params, 2)
				fl := a[2]
				var rest []py.Object
				if name == "split" {
					fl = a[3]
					if a[2] != nil {
						rest = []py.Object{a[2]}
					}
				}
				p := Compile(a[0], flagsArg(fl))
				return py.Call(py.GetAttr(p, name), append([]py.Object{a[1]}, rest...)...)
			})
		}
		for _, name := range []string{"sub", "subn"} {
			name := name
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"pattern", "repl", "string", "count", "flags"}, 3)
				p := Compile(a[0], flagsArg(a[4]))
				cnt := py.Object(py.Int(0))
				if a[3] != nil {
					cnt = a[3]
				}
				return py.Call(py.GetAttr(p, name), a[1], a[2], cnt)
			})
		}
		m.AddFunc("escape", func(args []py.Object, kw []string) py.Object {
			s := py.StrOf(args[0])
			var b strings.Builder
			for _, r := range s {
				if r < 128 && !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			return py.Str(b.String())
		})
		m.AddFunc("purge", func(args []py.Object, kw []string) py.Object {
			cache = map[string]*Pattern{}
			return py.None
		})
	})
}

// unicodeClass is Python's Unicode meaning of \w, \d, \s and their
// negations.
func unicodeClass(c byte, inClass bool) string {
	body := map[byte]string{'w': `\p{L}\p{N}_`, 'd': `\p{Nd}`, 's': `\s\p{Z}\x1c-\x1f\x85`}
	switch c {
	case 'w', 'd', 's':
		if inClass {
			return body[c]
		}
		return "[" + body[c] + "]"
	}
	lower := c + ('a' - 'A')
	if inClass {
		return `\` + string(c)
	}
	return "[^" + body[lower] + "]"
}
