package py

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Methods of str.

func strMethod(name string, fn func(s string, args []Object, kw []string) Object) {
	method(StrType, name, func(args []Object, kw []string) Object {
		self := checkSelf(StrType, name, args)
		return fn(string(self.(Str)), args, kw)
	})
}

// strFind is str.find/rfind on code points.
func strFind(s, sub string, start, end Object, rev bool) int {
	if isASCII(s) {
		st, en := adjustIndices(start, end, len(s))
		if st > len(s) || en-st < len(sub) {
			return -1
		}
		var i int
		if rev {
			i = strings.LastIndex(s[st:en], sub)
		} else {
			i = strings.Index(s[st:en], sub)
		}
		if i < 0 {
			return -1
		}
		return i + st
	}
	r := StrRunes(s)
	st, en := adjustIndices(start, end, len(r))
	if st > len(r) || en < st {
		return -1
	}
	hay := RunesStr(r[st:en])
	var i int
	if rev {
		i = strings.LastIndex(hay, sub)
	} else {
		i = strings.Index(hay, sub)
	}
	if i < 0 {
		return -1
	}
	return st + strLen(hay[:i])
}

// strRange returns s[start:end] in code points, and whether start is
// within the string.
func strRange(s string, start, end Object) (string, bool) {
	if isASCII(s) {
		st, en := adjustIndices(start, end, len(s))
		if st > len(s) {
			return "", false
		}
		if en < st {
			return "", true
		}
		return s[st:en], true
	}
	r := StrRunes(s)
	st, en := adjustIndices(start, end, len(r))
	if st > len(r) {
		return "", false
	}
	if en < st {
		return "", true
	}
	return RunesStr(r[st:en]), true
}

func splitWhitespace(s string, maxsplit int) *List {
	if maxsplit < 0 && len(s) <= 256 && isASCII(s) {
		// nil: more than 8 fields.
		if l := splitASCIISpace(s); l != nil {
			return l
		}
	}
	var room [32]string // most lines split into fewer fields
	parts := room[:0]
	i := 0
	for {
		for i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				i++
				continue
			}
			r, n := DecodeRune(s[i:])
			if !pyIsSpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return strList(parts)
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			return strList(append(parts, s[i:]))
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if asciiSpace[c] {
					break
				}
				j++
				continue
			}
			r, n := DecodeRune(s[j:])
			if pyIsSpace(r) {
				break
			}
			j += n
		}
		parts = append(parts, s[i:j])
		i = j
	}
}

// asciiSpace256 is asciiSpace indexed by any byte (no bounds check).
var asciiSpace256 = func() (t [256]bool) {
	copy(t[:], asciiSpace[:])
	return
}()

// asciiSpace marks the ASCII characters str.isspace counts (the C0
// separators 0x1c-0x1f among them).
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true}

func rsplitWhitespace(s string, maxsplit int) []Object {
	var out []Object
	i := len(s)
	for {
		for i > 0 {
			r, n := DecodeLastRune(s[:i])
			if !pyIsSpace(r) {
				break
			}
			i -= n
		}
		if i <= 0 {
			break
		}
		if maxsplit >= 0 && len(out) == maxsplit {
			out = append(out, Str(s[:i]))
			break
		}
		j := i
		for j > 0 {
			r, n := DecodeLastRune(s[:j])
			if pyIsSpace(r) {
				break
			}
			j -= n
		}
		out = append(out, Str(s[j:i]))
		i = j
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

func splitArgs(fname string, args []Object, kw []string) (sep Object, maxsplit int) {
	a := ParseArgs(fname, args[1:], kw, []string{"sep", "maxsplit"}, 0)
	sep = a[0]
	if sep != nil && sep != None {
		s, ok := sep.(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("must be str or None, not %s", typeName(sep))))
		}
		if s == "" {
			panic(NewError(ValueErrorType, "empty separator"))
		}
	}
	return sep, optInt(a[1], -1)
}

func stripChars(fname string, args []Object, kw []string) (string, bool) {
	a := nargs(fname, args, kw, 0, 1)
	if len(a) == 0 || a[0] == None {
		return "", false
	}
	s, ok := a[0].(Str)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("%s arg must be None or str", fname)))
	}
	return string(s), true
}

func strStrip(s string, chars string, custom bool, left, right bool) string {
	in := pyIsSpace
	if custom {
		in = func(r rune) bool { return strings.ContainsRune(chars, r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, in)
	}
	if right {
		s = strings.TrimRightFunc(s, in)
	}
	return s
}

func affixes(fname string, o Object) []string {
	switch v := o.(type) {
	case Str:
		return []string{string(v)}
	case *Tuple:
		out := make([]string, len(v.Items))
		for i, it := range v.Items {
			s, ok := it.(Str)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("tuple for %s must only contain str, not %s", fname, typeName(it))))
			}
			out[i] = string(s)
		}
		return out
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("%s first arg must be str or a tuple of str, not %s", fname, typeName(o))))
}

func isCased(r rune) bool { return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) }

func strTitle(s string) string {
	var b strings.Builder
	prevCased := false
	for _, r := range codePoints(s) {
		if prevCased {
			b.WriteString(lowerRune(r))
		} else {
			WriteRune(&b, unicode.ToTitle(r))
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func lowerRune(r rune) string {
	if r == 'İ' {
		return "i̇"
	}
	return RuneStr(unicode.ToLower(r))
}

// strUpper is str.upper, with the special cases of full case mapping
// that matter in practice.
func strUpper(s string) string {
	if isASCII(s) {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range codePoints(s) {
		switch r {
		case 'ß':
			b.WriteString("SS")
		case 'ﬁ':
			b.WriteString("FI")
		case 'ﬂ':
			b.WriteString("FL")
		default:
			WriteRune(&b, unicode.ToUpper(r))
		}
	}
	return b.String()
}

func strLower(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range codePoints(s) {
		b.WriteString(lowerRune(r))
	}
	return b.String()
}

func allRunes(s string, f func(rune) bool) bool {
	if s == "" {
		return false
	}
	for _, r := range codePoints(s) {
		if !f(r) {
			return false
		}
	}
	return true
}

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }
func isDigitRune(r rune) bool {
	return unicode.Is(unicode.Nd, r) || (r >= '¹' && r <= '³') || r == '¹' || (r >= '⁰' && r <= '⁹') || (r >= '₀' && r <= '₉') || (r >= '①' && r <= '⑨')
}
func isNumericRune(r rune) bool {
	return unicode.In(r, unicode.Nd, unicode.Nl, unicode.No) || isDigitRune(r)
}
func isAlphaRune(r rune) bool {
	return unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo)
}

// isLineBreak reports the code points str.splitlines splits on.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func padStr(fname string, s string, args []Object, kw []string) (int, rune) {
	a := nargs(fname, args, kw, 1, 2)
	width := Index(a[0])
	fill := ' '
	if len(a) > 1 {
		f, ok := a[1].(Str)
		if !ok || strLen(string(f)) != 1 {
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("%s() argument 2 must be str, not %s", fname, typeName(a[1]))))
			}
			panic(NewError(TypeErrorType, "The fill character must be exactly one character long"))
		}
		fill, _ = DecodeRune(string(f))
	}
	return width, fill
}

// IsIdentifier is str.isidentifier.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range codePoints(s) {
		if r == '_' || isAlphaRune(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc)) {
			continue
		}
		return false
	}
	return true
}

// StrJoin is sep.join(iterable).
func StrJoin(sep string, iterable Object) string {
	items, ok := exactItems(iterable)
	if !ok {
		items = AppendStar(nil, iterable)
	}
	if len(items) == 0 {
		return ""
	}
	n := len(sep) * (len(items) - 1)
	for i, it := range items {
		s, ok := it.(Str)
		if !ok {
			return StrJoin(sep, NewTuple(strJoinTexts(items, i)...))
		}
		n += len(s)
	}
	if len(items) == 1 {
		// As CPython: the one str itself.
		return string(items[0].(Str))
	}
	if sep == "" {
		if s, ok := joinNoted(items, n); ok {
			return s
		}
	}
	// One copy a part into a buffer of the exact size (no Builder
	// bookkeeping a part: json's chunk lists have thousands of parts).
	b := make([]byte, n)
	p := copy(b, string(items[0].(Str)))
	for _, it := range items[1:] {
		if sep != "" {
			p += copy(b[p:], sep)
		}
		p += copy(b[p:], string(it.(Str)))
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// strJoinTexts is a copy of items (a list's own, maybe) with the instances
// of str subclasses from i on replaced by their text, which is what
// PyUnicode_Join joins (not their __str__); anything else is join's
// TypeError.
func strJoinTexts(items []Object, i int) []Object {
	out := append([]Object(nil), items...)
	for ; i < len(out); i++ {
		it := out[i]
		if _, ok := it.(Str); ok {
			continue
		}
		if sub, ok := it.(*ValueSub); ok {
			if s, ok := sub.V.(Str); ok {
				out[i] = s
				continue
			}
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("sequence item %d: expected str instance, %s found", i, typeName(it))))
	}
	return out
}

// joinTexts are the last texts a Go producer cut into strs handed out in
// order (json's chunks, NoteJoinText): a join of strs that follow one
// another in one of them is that part of the text, not a copy.
var (
	joinTexts [2]string
	joinNext  int
)

// NoteJoinText notes text for StrJoin (see joinTexts); its bytes must
// never be written again.
func NoteJoinText(text string) {
	joinTexts[joinNext] = text
	joinNext ^= 1
}

// joinNoted is the join of items (strs, n bytes in all) with no separator
// when their non-empty ones follow one another in a noted text.
func joinNoted(items []Object, n int) (string, bool) {
	p := uintptr(unsafe.Pointer(unsafe.StringData(string(items[0].(Str)))))
	for _, t := range joinTexts {
		base := uintptr(unsafe.Pointer(unsafe.StringData(t)))
		if p < base || p-base+uintptr(n) > uintptr(len(t)) || len(t) == 0 {
			continue
		}
		next := p
		for _, it := range items {
			s := string(it.(Str))
			if len(s) == 0 {
				continue
			}
			if uintptr(unsafe.Pointer(unsafe.StringData(s))) != next {
				return "", false
			}
			next += uintptr(len(s))
		}
		return t[p-base : p-base+uintptr(n)], true
	}
	return "", false
}

func init() {
	strMethod("join", func(s string, args []Object, kw []string) Object {
		a := nargs("join", args, kw, 1, 1)
		return Str(StrJoin(s, a[0]))
	})
	strMethod("split", func(s string, args []Object, kw []string) Object {
		sep, maxsplit := splitArgs("split", args, kw)
		if sep == nil || sep == None {
			return splitWhitespace(s, maxsplit)
		}
		parts := strings.SplitN(s, string(sep.(Str)), maxsplitN(maxsplit))
		return strList(parts)
	})
	strMethod("rsplit", func(s string, args []Object, kw []string) Object {
		sep, maxsplit := splitArgs("rsplit", args, kw)
		if sep == nil || sep == None {
			return NewList(rsplitWhitespace(s, maxsplit)...)
		}
		d := string(sep.(Str))
		if maxsplit < 0 {
			return strList(strings.Split(s, d))
		}
		var parts []string
		for len(parts) < maxsplit {
			i := strings.LastIndex(s, d)
			if i < 0 {
				break
			}
			parts = append(parts, s[i+len(d):])
			s = s[:i]
		}
		parts = append(parts, s)
		for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
			parts[l], parts[r] = parts[r], parts[l]
		}
		return strList(parts)
	})
	strMethod("strip", func(s string, args []Object, kw []string) Object {
		c, custom := stripChars("strip", args, kw)
		return Str(strStrip(s, c, custom, true, true))
	})
	strMethod("lstrip", func(s string, args []Object, kw []string) Object {
		c, custom := stripChars("lstrip", args, kw)
		return Str(strStrip(s, c, custom, true, false))
	})
	strMethod("rstrip", func(s string, args []Object, kw []string) Object {
		c, custom := stripChars("rstrip", args, kw)
		return Str(strStrip(s, c, custom, false, true))
	})
	for _, name := range []string{"startswith", "endswith"} {
		name := name
		strMethod(name, func(s string, args []Object, kw []string) Object {
			a := nargs(name, args, kw, 1, 3)
			var st, en Object
			if len(a) > 1 {
				st = a[1]
			}
			if len(a) > 2 {
				en = a[2]
			}
			sub, ok := strRange(s, st, en)
			if !ok {
				affixes(name, a[0])
				return False
			}
			for _, p := range affixes(name, a[0]) {
				if name == "startswith" && strings.HasPrefix(sub, p) || name == "endswith" && strings.HasSuffix(sub, p) {
					return True
				}
			}
			return False
		})
	}
	strMethod("replace", func(s string, args []Object, kw []string) Object {
		a := nargs("replace", args, kw, 2, 3)
		for i := 0; i < 2; i++ {
			if _, ok := a[i].(Str); !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("replace() argument %d must be str, not %s", i+1, typeName(a[i]))))
			}
		}
		n := -1
		if len(a) > 2 {
			n = Index(a[2])
		}
		old, nw := string(a[0].(Str)), string(a[1].(Str))
		if old == "" && !isASCII(s) {
			// Go inserts between bytes' runes too, which is what Python does.
		}
		return Str(strings.Replace(s, old, nw, n))
	})
	findLike := func(name string, rev, raise bool) {
		strMethod(name, func(s string, args []Object, kw []string) Object {
			a := nargs(name, args, kw, 1, 3)
			sub, ok := a[0].(Str)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("must be str, not %s", typeName(a[0]))))
			}
			var st, en Object
			if len(a) > 1 {
				st = a[1]
			}
			if len(a) > 2 {
				en = a[2]
			}
			i := strFind(s, string(sub), st, en, rev)
			if i < 0 && raise {
				panic(NewError(ValueErrorType, "substring not found"))
			}
			return Int(i)
		})
	}
	findLike("find", false, false)
	findLike("rfind", true, false)
	findLike("index", false, true)
	findLike("rindex", true, true)
	strMethod("count", func(s string, args []Object, kw []string) Object {
		a := nargs("count", args, kw, 1, 3)
		sub, ok := a[0].(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("must be str, not %s", typeName(a[0]))))
		}
		var st, en Object
		if len(a) > 1 {
			st = a[1]
		}
		if len(a) > 2 {
			en = a[2]
		}
		hay, ok := strRange(s, st, en)
		if !ok {
			return Int(0)
		}
		if sub == "" {
			return Int(strLen(hay) + 1)
		}
		return Int(strings.Count(hay, string(sub)))
	})
	strMethod("upper", func(s string, args []Object, kw []string) Object {
		nargs("upper", args, kw, 0, 0)
		return Str(strUpper(s))
	})
	strMethod("lower", func(s string, args []Object, kw []string) Object {
		nargs("lower", args, kw, 0, 0)
		return Str(strLower(s))
	})
	strMethod("casefold", func(s string, args []Object, kw []string) Object {
		nargs("casefold", args, kw, 0, 0)
		return Str(strings.ReplaceAll(strLower(s), "ß", "ss"))
	})
	strMethod("title", func(s string, args []Object, kw []string) Object {
		nargs("title", args, kw, 0, 0)
		return Str(strTitle(s))
	})
	strMethod("capitalize", func(s string, args []Object, kw []string) Object {
		nargs("capitalize", args, kw, 0, 0)
		if s == "" {
			return Str("")
		}
		r, n := DecodeRune(s)
		return Str(RuneStr(unicode.ToTitle(r)) + strLower(s[n:]))
	})
	strMethod("swapcase", func(s string, args []Object, kw []string) Object {
		nargs("swapcase", args, kw, 0, 0)
		var b strings.Builder
		for _, r := range codePoints(s) {
			switch {
			case unicode.IsUpper(r):
				b.WriteString(lowerRune(r))
			case unicode.IsLower(r):
				b.WriteString(strUpper(RuneStr(r)))
			default:
				WriteRune(&b, r)
			}
		}
		return Str(b.String())
	})
	strMethod("zfill", func(s string, args []Object, kw []string) Object {
		a := nargs("zfill", args, kw, 1, 1)
		width := Index(a[0])
		n := strLen(s)
		if n >= width {
			return Str(s)
		}
		pad := strings.Repeat("0", width-n)
		if s != "" && (s[0] == '+' || s[0] == '-') {
			return Str(s[:1] + pad + s[1:])
		}
		return Str(pad + s)
	})
	strMethod("center", func(s string, args []Object, kw []string) Object {
		width, fill := padStr("center", s, args, kw)
		n := strLen(s)
		if n >= width {
			return Str(s)
		}
		marg := width - n
		left := marg/2 + (marg & width & 1)
		f := RuneStr(fill)
		return Str(strings.Repeat(f, left) + s + strings.Repeat(f, marg-left))
	})
	strMethod("ljust", func(s string, args []Object, kw []string) Object {
		width, fill := padStr("ljust", s, args, kw)
		if n := strLen(s); n < width {
			return Str(s + strings.Repeat(RuneStr(fill), width-n))
		}
		return Str(s)
	})
	strMethod("rjust", func(s string, args []Object, kw []string) Object {
		width, fill := padStr("rjust", s, args, kw)
		if n := strLen(s); n < width {
			return Str(strings.Repeat(RuneStr(fill), width-n) + s)
		}
		return Str(s)
	})
	pred := func(name string, f func(s string) bool) {
		strMethod(name, func(s string, args []Object, kw []string) Object {
			nargs(name, args, kw, 0, 0)
			return NewBool(f(s))
		})
	}
	pred("isdigit", func(s string) bool { return allRunes(s, isDigitRune) })
	pred("isdecimal", func(s string) bool { return allRunes(s, isDecimalRune) })
	pred("isnumeric", func(s string) bool { return allRunes(s, isNumericRune) })
	pred("isalpha", func(s string) bool { return allRunes(s, isAlphaRune) })
	pred("isalnum", func(s string) bool {
		return allRunes(s, func(r rune) bool { return isAlphaRune(r) || isNumericRune(r) })
	})
	pred("isspace", func(s string) bool { return allRunes(s, pyIsSpace) })
	pred("isascii", func(s string) bool { return isASCII(s) })
	pred("isidentifier", IsIdentifier)
	pred("isprintable", func(s string) bool {
		for _, r := range codePoints(s) {
			if !isPrintable(r) {
				return false
			}
		}
		return true
	})
	pred("isupper", func(s string) bool {
		cased := false
		for _, r := range codePoints(s) {
			if unicode.IsLower(r) || unicode.IsTitle(r) {
				return false
			}
			if unicode.IsUpper(r) {
				cased = true
			}
		}
		return cased
	})
	pred("islower", func(s string) bool {
		cased := false
		for _, r := range codePoints(s) {
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				return false
			}
			if unicode.IsLower(r) {
				cased = true
			}
		}
		return cased
	})
	pred("istitle", func(s string) bool {
		cased, prevCased := false, false
		for _, r := range codePoints(s) {
			switch {
			case unicode.IsUpper(r) || unicode.IsTitle(r):
				if prevCased {
					return false
				}
				prevCased, cased = true, true
			case unicode.IsLower(r):
				if !prevCased {
					return false
				}
				prevCased, cased = true, true
			default:
				prevCased = false
			}
		}
		return cased
	})
	partition := func(name string, rev bool) {
		strMethod(name, func(s string, args []Object, kw []string) Object {
			a := nargs(name, args, kw, 1, 1)
			sep, ok := a[0].(Str)
			if !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("must be str, not %s", typeName(a[0]))))
			}
			if sep == "" {
				panic(NewError(ValueErrorType, "empty separator"))
			}
			var i int
			if rev {
				i = strings.LastIndex(s, string(sep))
			} else {
				i = strings.Index(s, string(sep))
			}
			if i < 0 {
				if rev {
					return NewTuple(Str(""), Str(""), Str(s))
				}
				return NewTuple(Str(s), Str(""), Str(""))
			}
			return NewTuple(Str(s[:i]), sep, Str(s[i+len(sep):]))
		})
	}
	partition("partition", false)
	partition("rpartition", true)
	strMethod("splitlines", func(s string, args []Object, kw []string) Object {
		a := ParseArgs("splitlines", args[1:], kw, []string{"keepends"}, 0)
		keep := a[0] != nil && Truth(a[0])
		out := NewList()
		start := 0
		for i := 0; i < len(s); {
			r, n := DecodeRune(s[i:])
			if !isLineBreak(r) {
				i += n
				continue
			}
			end := i + n
			if r == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				out.Items = append(out.Items, Str(s[start:end]))
			} else {
				out.Items = append(out.Items, Str(s[start:i]))
			}
			start, i = end, end
		}
		if start < len(s) {
			out.Items = append(out.Items, Str(s[start:]))
		}
		return out
	})
	strMethod("encode", func(s string, args []Object, kw []string) Object {
		a := ParseArgs("encode", args[1:], kw, []string{"encoding", "errors"}, 0)
		enc, errs := "utf-8", "strict"
		if a[0] != nil {
			enc = wantStr("encode() argument 'encoding'", a[0])
		}
		if a[1] != nil {
			errs = wantStr("encode() argument 'errors'", a[1])
		}
		return Bytes(EncodeStr(s, enc, errs))
	})
	strMethod("expandtabs", func(s string, args []Object, kw []string) Object {
		a := ParseArgs("expandtabs", args[1:], kw, []string{"tabsize"}, 0)
		tab := optInt(a[0], 8)
		var b strings.Builder
		col := 0
		for _, r := range codePoints(s) {
			switch r {
			case '\t':
				if tab > 0 {
					n := tab - col%tab
					b.WriteString(strings.Repeat(" ", n))
					col += n
				}
			case '\n', '\r':
				WriteRune(&b, r)
				col = 0
			default:
				WriteRune(&b, r)
				col++
			}
		}
		return Str(b.String())
	})
	strMethod("removeprefix", func(s string, args []Object, kw []string) Object {
		a := nargs("removeprefix", args, kw, 1, 1)
		return Str(strings.TrimPrefix(s, wantStr("removeprefix() argument", a[0])))
	})
	strMethod("removesuffix", func(s string, args []Object, kw []string) Object {
		a := nargs("removesuffix", args, kw, 1, 1)
		return Str(strings.TrimSuffix(s, wantStr("removesuffix() argument", a[0])))
	})
	strMethod("format", func(s string, args []Object, kw []string) Object {
		npos := len(args) - len(kw)
		var kwd *Dict
		if len(kw) > 0 {
			kwd = NewDict()
			for i, k := range kw {
				kwd.SetStr(k, args[npos+i])
			}
		}
		return Str(StrFormat(s, args[1:npos], kwd))
	})
	strMethod("format_map", func(s string, args []Object, kw []string) Object {
		a := nargs("format_map", args, kw, 1, 1)
		return Str(strFormat(s, nil, a[0], 2))
	})
	strMethod("__mod__", func(s string, args []Object, kw []string) Object {
		a := nargs("__mod__", args, kw, 1, 1)
		return Str(PercentFormat(s, a[0]))
	})
	method(StrType, "__rmod__", func(args []Object, kw []string) Object { return NotImplemented })
	strMethod("__format__", func(s string, args []Object, kw []string) Object {
		a := nargs("__format__", args, kw, 1, 1)
		return Str(Format(Str(s), wantStr("argument", a[0])))
	})
	strMethod("translate", func(s string, args []Object, kw []string) Object {
		a := nargs("translate", args, kw, 1, 1)
		var b strings.Builder
		for _, r := range codePoints(s) {
			v, found := lookupTranslate(a[0], Int(r))
			switch {
			case !found:
				WriteRune(&b, r)
			case v == None:
			case isIntLike(v):
				WriteRune(&b, rune(Index(v)))
			default:
				b.WriteString(wantStr("character mapping", v))
			}
		}
		return Str(b.String())
	})
	StrType.Dict.SetStr("maketrans", &StaticMethod{Func: NewBuiltin("maketrans", func(args []Object, kw []string) Object {
		noKw("maketrans", kw)
		d := NewDict()
		switch len(args) {
		case 1:
			src, ok := args[0].(*Dict)
			if !ok {
				panic(NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict"))
			}
			src.Items(func(k, v Object) bool {
				if ks, ok := k.(Str); ok {
					r, _ := DecodeRune(string(ks))
					d.Set(Int(r), v)
				} else {
					d.Set(k, v)
				}
				return true
			})
		case 2, 3:
			x, y := StrRunes(wantStr("maketrans() argument 1", args[0])), StrRunes(wantStr("maketrans() argument 2", args[1]))
			if len(x) != len(y) {
				panic(NewError(ValueErrorType, "the first two maketrans arguments must have equal length"))
			}
			for i := range x {
				d.Set(Int(x[i]), Int(y[i]))
			}
			if len(args) == 3 {
				for _, r := range wantStr("maketrans() argument 3", args[2]) {
					d.Set(Int(r), None)
				}
			}
		default:
			panic(NewError(TypeErrorType, fmt.Sprintf("maketrans expected at most 3 arguments, got %d", len(args))))
		}
		return d
	})})
}

func lookupTranslate(table, k Object) (v Object, found bool) {
	if d, ok := table.(*Dict); ok && d.sub == nil {
		return d.Get(k)
	}
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(LookupErrorType) {
				RestoreDepth(depth)
				v, found = nil, false
				return
			}
			panic(r)
		}
	}()
	return GetItem(table, k), true
}

func maxsplitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func strList(parts []string) *List {
	l, vals := newStrListRoom(len(parts))
	for i, p := range parts {
		vals[i] = Str(p)
		l.Items[i] = strAt(&vals[i])
	}
	return l
}

// newStrListRoom is a list of n items (nil, for the caller to fill with
// strs) and room for their headers. The list, its items and the headers
// are one allocation up to 8 items, two past that (an Object holding a
// Str points to its header: boxing each one was an allocation a part).
func newStrListRoom(n int) (*List, []Str) {
	switch n {
	case 1:
		return newStrList[[1]Object, [1]Str](1)
	case 2:
		return newStrList[[2]Object, [2]Str](2)
	case 3:
		return newStrList[[3]Object, [3]Str](3)
	case 4:
		return newStrList[[4]Object, [4]Str](4)
	case 5:
		return newStrList[[5]Object, [5]Str](5)
	case 6:
		return newStrList[[6]Object, [6]Str](6)
	case 7:
		return newStrList[[7]Object, [7]Str](7)
	case 8:
		return newStrList[[8]Object, [8]Str](8)
	}
	return newListLen(n), make([]Str, n)
}

// splitASCIISpace is s.split() for an ASCII s: up to 8 fields are cut
// in one pass, then go straight into the list.
func splitASCIISpace(s string) *List {
	var cuts [8][2]int
	n := 0
	for i := 0; ; {
		for i < len(s) && asciiSpace256[s[i]] {
			i++
		}
		if i >= len(s) {
			break
		}
		j := i + 1
		for j < len(s) && !asciiSpace256[s[j]] {
			j++
		}
		if n == len(cuts) {
			return nil
		}
		cuts[n] = [2]int{i, j}
		n++
		i = j
	}
	l, vals := newStrListRoom(n)
	for k := 0; k < n && k < len(vals) && k < len(l.Items); k++ {
		vals[k] = Str(s[cuts[k][0]:cuts[k][1]])
		l.Items[k] = strAt(&vals[k])
	}
	return l
}

// strListCell is a list of n strs, its items and the strs' headers in
// one allocation (A is [n]Object, V [n]Str).
type strListCell[A, V any] struct {
	l List
	a A
	v V
}

func newStrList[A, V any](n int) (*List, []Str) {
	x := new(strListCell[A, V])
	x.l.Items = unsafe.Slice((*Object)(unsafe.Pointer(&x.a)), n)
	return &x.l, unsafe.Slice((*Str)(unsafe.Pointer(&x.v)), n)
}

// strAt is the Object holding the Str *p (never written after).
func strAt(p *Str) Object {
	var o Object
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&o)) = [2]unsafe.Pointer{strTab, unsafe.Pointer(p)}
	return o
}

// EncodeStr is str.encode for the codecs programs use.
func EncodeStr(s, enc, errors string) []byte {
	switch n := normEncoding(enc); n {
	case "utf8":
		if !StrHasSurrogates(s) {
			return []byte(s)
		}
		if BuiltinEncode != nil {
			return BuiltinEncode(s, n, errors)
		}
		if errors == "surrogatepass" {
			return []byte(s)
		}
		panic(SurrogateEncodeError("utf-8", s))
	case "ascii", "latin1":
		limit := rune(0x7f)
		name := "ascii"
		if n == "latin1" {
			limit, name = 0xff, "latin-1"
		}
		out := make([]byte, 0, len(s))
		pos := 0
		for _, r := range codePoints(s) {
			if r > limit {
				if BuiltinEncode != nil {
					return BuiltinEncode(s, n, errors)
				}
				switch errors {
				case "ignore":
				case "replace":
					out = append(out, '?')
				default:
					e := NewException(UnicodeEncodeErrorType, Str(name), Str(s), Int(pos), Int(pos+1), Str("ordinal not in range("+fmt.Sprint(limit+1)+")"))
					panic(e)
				}
			} else {
				out = append(out, byte(r))
			}
			pos++
		}
		return out
	}
	if CodecEncode != nil {
		return CodecEncode(s, enc, errors)
	}
	panic(NewError(LookupErrorType, "unknown encoding: "+enc))
}

// BuiltinEncode and BuiltinDecode are _codecs' UTF-8 ("utf8"), ASCII
// ("ascii") and Latin-1 ("latin1") codecs with every error handler, which
// EncodeStr and DecodeBytes hand what their fast paths do not cover
// (surrogates, undecodable bytes, error handlers).
var (
	BuiltinEncode func(s, enc, errors string) []byte
	BuiltinDecode func(b []byte, enc, errors string) string
)

// CodecEncode and CodecDecode encode and decode through the codec registry
// (set by _codecs) what the built-in fast paths do not know.
var (
	CodecEncode func(s, enc, errors string) []byte
	CodecDecode func(b []byte, enc, errors string) string
)

func normEncoding(enc string) string {
	e := strings.ToLower(strings.NewReplacer("-", "", "_", "", " ", "").Replace(enc))
	switch e {
	case "utf8", "u8", "utf":
		return "utf8"
	case "ascii", "usascii", "646":
		return "ascii"
	case "latin1", "iso88591", "l1", "8859", "cp819", "latin":
		return "latin1"
	}
	return e
}

// DecodeBytes is bytes.decode.
func DecodeBytes(b []byte, enc, errors string) string {
	switch normEncoding(enc) {
	case "utf8":
		if utf8.Valid(b) {
			return string(b)
		}
		if BuiltinDecode != nil {
			return BuiltinDecode(b, "utf8", errors)
		}
		var sb strings.Builder
		for i := 0; i < len(b); {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				switch errors {
				case "ignore":
				case "replace":
					sb.WriteRune('\ufffd')
				case "backslashreplace":
					fmt.Fprintf(&sb, `\x%02x`, b[i])
				default:
					reason := "invalid start byte"
					if c := b[i]; c >= 0xc2 && c <= 0xf4 {
						reason = "invalid continuation byte"
						if !utf8.FullRune(b[i:]) {
							reason = "unexpected end of data"
						}
					}
					panic(NewException(UnicodeDecodeErrorType, Str("utf-8"), Bytes(b), Int(i), Int(i+1), Str(reason)))
				}
				i++
				continue
			}
			sb.WriteRune(r)
			i += n
		}
		return sb.String()
	case "ascii":
		var sb strings.Builder
		for i, c := range b {
			if c >= 0x80 {
				if BuiltinDecode != nil {
					return BuiltinDecode(b, "ascii", errors)
				}
				switch errors {
				case "ignore":
					continue
				case "replace":
					sb.WriteRune('\ufffd')
					continue
				}
				panic(NewException(UnicodeDecodeErrorType, Str("ascii"), Bytes(b), Int(i), Int(i+1), Str("ordinal not in range(128)")))
			}
			sb.WriteByte(c)
		}
		return sb.String()
	case "latin1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r)
	}
	if CodecDecode != nil {
		return CodecDecode(b, enc, errors)
	}
	panic(NewError(LookupErrorType, "unknown encoding: "+enc))
}
