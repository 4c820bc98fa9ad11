package re_test

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// flagsE turns "I|M" into re.I|re.M (nothing for "").
func flagsE(fl string) []E {
	if fl == "" {
		return nil
	}
	var e E
	for _, n := range strings.Split(fl, "|") {
		if e == nil {
			e = F(n)
		} else {
			e = Op(e, "|", F(n))
		}
	}
	return []E{e}
}

// sr, mt, fm: search / match / fullmatch described with D.
func sr(pat, s string, fl ...string) E {
	return D(Re("search", append([]E{S(pat), S(s)}, flagsE(first(fl))...)...))
}
func mt(pat, s string, fl ...string) E {
	return D(Re("match", append([]E{S(pat), S(s)}, flagsE(first(fl))...)...))
}
func fm(pat, s string, fl ...string) E {
	return D(Re("fullmatch", append([]E{S(pat), S(s)}, flagsE(first(fl))...)...))
}
func fa(pat, s string, fl ...string) E {
	return Re("findall", append([]E{S(pat), S(s)}, flagsE(first(fl))...)...)
}
func bsr(pat, s string, fl ...string) E {
	return D(Re("search", append([]E{B(pat), B(s)}, flagsE(first(fl))...)...))
}
func er(pat string) E { return ERR(S(pat)) }

func first(fl []string) string {
	if len(fl) == 0 {
		return ""
	}
	return fl[0]
}

func TestEngineOracle(t *testing.T) {
	py.EnterMain()
	es := []E{
		// literals, classes, repeats
		sr("abc", "xxabcxx"), sr("a.c", "a\nc abc"), sr("a.c", "a\nc", "S"), mt("a*", "aaab"), mt("a*?", "aaab"),
		mt("a+?b", "aaab"), mt("a{2}", "aaa"), mt("a{2,}", "aaaa"), mt("a{,2}", "aaaa"), mt("a{1,2}?", "aaaa"),
		mt("a{", "a{"), mt("a{1", "a{1"), mt("a{1,x}", "a{1,x}"), mt("x{}", "x{}"), mt("a{0}", "a"),
		sr("[a-c]+", "xxbcaay"), sr("[^a-c]+", "abcxyzabc"), sr(`[\d.]+`, "v1.25.3!"), sr(`[]a]+`, "x]a]"),
		sr(`[a\]]+`, "x]a]"), sr(`[\^a]+`, "x^a"), sr("[a-]+", "-a-"), sr(`[\w-]+`, "foo-bar baz"),
		sr(`\d+`, "abc١٢٣def"), sr(`\d+`, "abc١٢٣def", "A"), sr(`\w+`, "héllo wörld"), sr(`\w+`, "héllo", "A"),
		sr(`\s+`, "a\u00a0\u2003b"), sr(`\s+`, "a\u00a0 b", "A"), sr(`\S+`, "  xy "), sr(`\D+`, "12ab34"), sr(`\W+`, "ab, cd"),
		sr(`[\s\d]+`, "ab 1 2cd"), sr(`[^\W\d]+`, "12abc34"), sr(`\x41\u0042\U00000043\101\0`, "ABCA\x00"),
		sr(`\N{EM DASH}`, "a—b"), sr(`[\N{EM DASH}x]+`, "x—x"), sr(`\t\n\r\f\v\a\\`, "\t\n\r\f\v\a\\"),
		// alternation, groups
		mt("a|ab|abc", "abc"), fm("a|ab|abc", "abc"), mt("(a|ab)(c|bcd)(d*)", "abcd"), sr("(a)|(b)", "b"),
		mt("((a)|b)+", "ab"), mt("(a|)*", "aa"), mt("(?:(a)|b)*", "ab"), mt("(a*)*", "b"), mt("(a*)+", "b"),
		mt("(a|b)*?c", "abac"), mt("(?:a|b)*c", "abac"), mt("((a)|(b))*", "ab"), mt("(a)?(b)?c", "bc"),
		sr("(?P<first>\\w+) (?P<last>\\w+)", "Jane Doe"), mt("(?P<a>x)(?P<b>y)?", "x"), mt("(a)(b(c))", "abc"),
		mt("((a)(b))", "ab"), mt("(?:(a)|(b))+", "ab"), mt("(a)+", "aaa"), mt("(a){2}(b)", "aab"),
		// lazy / greedy
		sr("<.*>", "<a><b>"), sr("<.*?>", "<a><b>"), sr("a.*?b", "aXbXb"), mt("(a+?)(a*)", "aaa"), mt("(a*?)(a*?)$", "aaa"),
		mt("(a{2,3}?)(a*)", "aaaa"), mt("(?:ab)*?c", "ababc"), mt("(ab)*?(ab)", "ababab"), mt("(.*?),(.*)", "a,b,c"),
		// anchors
		sr("^abc", "xabc"), sr("^abc", "x\nabc", "M"), sr("abc$", "abc\n"), sr("abc$", "abc\nx"), sr("abc$", "abc\nx", "M"),
		sr(`abc\Z`, "abc\n"), sr(`\Aabc`, "\nabc", "M"), sr("$", "ab\n"), fa("$", "ab\ncd\n", "M"), fa("^", "ab\ncd\n", "M"),
		sr(`\bfoo\b`, "a foo b"), sr(`\bfoo\b`, "afoob"), sr(`\Boo\B`, "afoob"), sr(`\b`, ""), sr(`\B`, ""),
		fa(`\b\w`, "hé llo wörld"), fa(`\b\w`, "hé llo wörld", "A"), sr(`^$`, ""), sr(`\Z`, ""), fa(`\B`, "ab c"),
		// look-around
		sr(`foo(?=bar)`, "foobaz foobar"), sr(`foo(?!bar)`, "foobar foobaz"), sr(`(?<=a)b`, "cb ab"), sr(`(?<!a)b`, "ab cb"),
		sr(`(?<=\d{3})x`, "12x 123x"), sr(`(?<=ab|cd)x`, "abx"), sr(`(?<=(a))b`, "ab"), sr(`(?=(a+))a*b\1`, "baaabac"),
		sr(`(?=(\w+))\1:`, "abc:"), mt(`(?!a)\w+`, "abc"), mt(`(?!a)\w+`, "bcd"), sr(`\w+(?<!s)\b`, "cats dog"),
		sr(`(?<=^)a`, "a"), sr(`(?<=\b)a`, " a"), sr(`(?<!^)a`, "aa"), sr(`a(?=b(?=c))`, "abd abc"),
		sr(`(?<=(?<!x)a)b`, "xab ab"), sr(`(?=a|(b))\w`, "b"), sr(`x(?!(a))`, "xb"), sr(`(?<=a)`, "ba"),
		// backreferences
		sr(`(\w)\1`, "abccd"), sr(`(?P<c>\w)(?P=c)`, "abccd"), sr(`(a)|\1`, "x"), sr(`(a)?\1`, "aa"), mt(`(a)?b\1`, "b"),
		sr(`(\w+) \1`, "hello hello world"), sr(`(?i)(\w+) \1`, "Hello HELLO"), sr(`(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10`, "abcdefghijj"),
		sr(`(a)\01`, "a\x01"), sr(`(a)\141`, "aa"), mt(`(a)\1*`, "aaaa"), sr(`(?:(a)|b)\1`, "ba aa"),
		// conditionals
		mt(`(a)?(?(1)b|c)`, "ab"), mt(`(a)?(?(1)b|c)`, "c"), mt(`(a)?(?(1)b|c)`, "b"), mt(`(?P<q>")?\w+(?(q)")`, `"abc"`),
		mt(`(?P<q>")?\w+(?(q)")`, `abc"`), mt(`(a)?(?(1)b)`, "x"), fm(`(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)`, "<user@host.com>"),
		fm(`(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)`, "<user@host.com"), mt(`(?:(a)|b)(?(1)c|d)`, "bd"),
		// atomic and possessive
		mt(`(?>a+)b`, "aaab"), mt(`(?>a+)a`, "aaa"), mt(`a++a`, "aaa"), mt(`a*+b`, "aab"), mt(`a?+a`, "a"), mt(`(?:ab)++ab`, "ababab"),
		mt(`(?:ab)*+c`, "ababc"), mt(`a{1,2}+a`, "aa"), mt(`(?>(a)|b)+c`, "abac"), mt(`(?>x*)*y`, "xxy"), sr(`(?>.*?a)b`, "aab"),
		mt(`[ab]++b`, "abab"), mt(`(a|ab)++c`, "abc"), mt(`(?>a|ab)c`, "abc"),
		// flags
		sr("ABC", "xabcx", "I"), sr("(?i)abc", "ABC"), sr("a(?i:b)c", "aBc"), sr("a(?i:b)c", "aBC"), sr("(?i)a(?-i:b)c", "AbC"),
		sr("(?i)a(?-i:b)c", "ABC"), sr("(?s:.)", "\n"), sr("(?m:^b)", "a\nb"), sr("(?x) a b # comment\n c", "abc"),
		sr("a b", "ab", "X"), sr(`[ ]a`, " a", "X"), sr(`a\ b`, "a b", "X"), sr("(?x: a b )c", "abc"), sr("(?x)a(?-x: b)", "a b"),
		sr("(?a)\\w+", "héllo"), sr("(?u)\\w+", "héllo"), sr("(?a:\\w+)", "héllo"), sr("(?i)[a-z]+", "HeLLo"),
		sr("(?i)straße", "STRASSE"), sr("(?i)ß", "ẞ"), sr("(?i)[ß]", "ẞ"), sr("(?i)k", "\u212a"), sr("(?i)[k]", "\u212a"),
		sr("(?i)[a-z]", "\u212a"), sr("(?i)[a-z]", "\u212a", "A"), sr("(?i)s", "\u017f"), sr("(?i)\u017f", "S"), sr("(?i)[^k]", "\u212a"),
		sr("(?i)σ", "Σς"), fa("(?i)σ", "Σςσ"), fa("(?i)[σ]", "Σςσ"), sr("(?i)µ", "Μ"), sr("(?i)ǅ", "ǆ"), sr("(?i)İ", "i"),
		sr("(?i)i", "İ"), sr("(?i)\U00010400", "\U00010428"), sr("(?i)[\U00010400]", "\U00010428"),
		sr("(?i)[\U00010400-\U00010410]", "\U00010428"), sr("(?i)(a)\\1", "aA"), sr("(?i)(ǅ)\\1", "ǅǆ"),
		sr("(?i)[^a-z]+", "ABC123"), sr("É", "é", "I"), sr("É", "é", "I|A"), fa("[A-Z]", "aBc", "I|A"),
		// bytes
		bsr(`\w+`, "h\xe9llo"), bsr(`[\x80-\xff]+`, "ab\xe9\xffc"), bsr(`(?i)ABC`, "abc"), bsr(`\d\s`, "1 "),
		bsr(`(?L)\w+`, "ab\xe9"), bsr(`(?i)\xe9`, "\xc9"), bsr(`\bx`, "ax x"), D(Re("search", B(`(?P<n>a)(?P=n)`), B("xaa"))),
		Re("findall", B(`\d+`), B("a12b345")), Re("sub", B(`a(b)`), B(`<\1>`), B("xabab")), Re("split", B(`,`), B("a,b")),
		Re("escape", B("a.b\xff")), Re("findall", B("a"), lit{&py.ByteArray{B: []byte("aba")}}),
		// findall / finditer / sub / split semantics with empty matches
		fa(`\w*`, "ab cd"), fa(`x*`, "axbxx"), fa(`(a)|(b)`, "abc"), fa(`(a)(b)?`, "a ab"), fa(``, "abc"), fa(`a|`, "bab"),
		L(Re("finditer", S(`\w*`), S("ab cd"))), Re("sub", S(`x*`), S("-"), S("abxd")), Re("sub", S(``), S("-"), S("abc")),
		Re("split", S(`x*`), S("axbc")), Re("split", S(`\b`), S("a b")), Re("split", S(`(:)?`), S("a:b")),
		Re("split", S(`\W+`), S("Words, words, words.")), Re("split", S(`(\W+)`), S("Words, words, words.")),
		Re("split", S(`\W+`), S("Words, words, words."), I(1)), Re("split", S(`[a-f]+`), S("0a3B9"), KW("flags", F("I"))),
		Re("split", S(`(\W)?`), S("a, b")), Re("split", S(`,`), S("a,b,c"), KW("maxsplit", I(-1))),
		Re("sub", S(`(\w+) (\w+)`), S(`\2 \1`), S("hello world, foo bar")), Re("sub", S(`(?P<w>\w+)`), S(`[\g<w>]`), S("a bc")),
		Re("sub", S(`(\w)`), S(`\g<1>\g<0>`), S("ab")), Re("sub", S(`a`), S(`\n\t\\`), S("xa")), Re("sub", S(`a`), S(`\x`), S("a")),
		Re("sub", S(`(a)|b`), S(`[\1]`), S("ab")), Re("subn", S(`a`), S("b"), S("aaa"), I(2)), Re("sub", S(`a`), S("b"), S("xyz")),
		Re("sub", S(`a`), S(`\0`), S("a")), Re("sub", S(`a`), S(`\07`), S("a")), Re("sub", S(`(a)`), S(`\18`), S("a")),
		Re("sub", S(`a`), S(`\g<2>`), S("a")), Re("sub", S(`(a)`), S(`\2`), S("xyz")), Re("sub", S(`(a)`), S(`\g<x>`), S("a")),
		Re("sub", S(`(a)`), S(`\g<1`), S("a")), Re("sub", S(`(a)`), S(`\g<-1>`), S("a")), Re("sub", S(`(a)`), S(`\q`), S("a")),
		Re("sub", S(`(a)`), S(`\g`), S("a")), Re("sub", S(`\d`), Fn("lambda m: str(int(m.group())*2)", func(a ...py.Object) py.Object {
			return py.Str(py.StrOf(py.Mul(py.ToInt(py.CallMethod(a[0], "group")), py.Int(2))))
		}), S("a1b2c3")),
		Re("sub", S(`\d`), Fn("lambda m: None", func(a ...py.Object) py.Object { return py.None }), S("a1b2")),
		Re("subn", S(`b*`), S("-"), S("abxd")), Re("sub", S(`(?i)B`), S("x"), S("abB"), KW("count", I(1))),
		// errors
		er("a("), er("a)"), er("(?P<1a>x)"), er("(?P<a>x)(?P<a>y)"), er("(?P=b)"), er("[a"), er("[z-a]"), er(`\q`), er("*a"),
		er("a**"), er("a{3,2}"), er(`(?<=a+)b`), er(`(?<=a|bc)d`), er("(?"), er("(?z)"), er("a(?i)b"), er("(?i"), er("(?-"),
		er("(?-i"), er("(?i-i:a)"), er("(?L)a"), er("(?au)a"), er("(?-a:x)"), er(`\1`), er(`(a)\2`), er(`(a\1)`), er(`[\d-z]`),
		er(`(?(2)a|b)(x)`), er(`(?(1)a|b|c)`), er(`(?(0)a)`), er(`(?(x)a)`), er(`(?(1a)a)`), er("a\n(b\n"), er("(?#abc"),
		er(`\x1`), er(`\u12`), er(`\400`), er(`[\400]`), er(`\N{FOO}`), er(`\N`), er("x{2}{3}"), er("^*"), er("(?P<>a)"),
		er("(?P"), er("(?Px)"), er("(?<x)"), er("(?P=)"), er(`\`), er("(?i)(?a)x"), er(`(?x)\ `), er("a{99999999999}"),
		er(`(?<=(a)\1)b`), ERR(T(S("a"), F("L"))), ERR(T(S("a"), Op(F("A"), "|", F("U")))), ERR(T(B("a"), F("U"))),
		ERR(B(`\u1234`)), ERR(B("(?u)a")), ERR(B(`(?P<\xe9>a)`)), ERR(T(S("a"), F("I"))), er("(?i:)"), er("()"),
		er(`(?<=x{1,2})`), er(`[]`), er(`[^]`), er("(?P<a>a)(?P=a"), er("(?P<a"), er(`(?(1`), er(`(?x:a`),
		// Match API
		M(Re("match", S(`(?P<a>\w)(\w)?`), S("x")), "groups", S("-")), M(Re("match", S(`(?P<a>\w)(\w)?(?P<c>z)?`), S("x")), "groupdict", S("-")),
		M(Re("match", S(`(\w)(\w)`), S("xy")), "group", I(2), I(1), I(0)), M(Re("match", S(`(?P<a>\w)`), S("x")), "group", S("a")),
		M(Re("match", S(`(\w)`), S("x")), "group", I(2)), M(Re("match", S(`(\w)`), S("x")), "group", S("nope")),
		Idx(Re("match", S(`(?P<a>\w)(\w)`), S("xy")), S("a")), Idx(Re("match", S(`(\w)(\w)`), S("xy")), I(2)),
		M(Re("match", S(`(\w)(x)?`), S("ab")), "span", I(2)), M(Re("match", S(`(\w)(\w)`), S("ab")), "start", I(2)),
		M(Re("match", S(`(\w)(\w)`), S("ab")), "end", I(1)), M(Re("search", S(`(?P<n>\w)(\w)`), S("-ab")), "expand", S(`\2\1\g<n>\g<0>!`)),
		A(Re("search", S("b"), S("abc")), "string"), A(Re("search", S("b"), S("abc")), "re"), A(Re("search", S("b"), S("abc")), "pos"),
		A(Re("search", S("b"), S("abc")), "endpos"), A(M(Re("compile", S("b")), "search", S("abcb"), I(2), I(3)), "endpos"),
		Repr(Re("search", S("b+"), S("a"+strings.Repeat("b", 80)))), Repr(Re("search", S("é"), S("aé"))),
		Repr(Re("search", B("b"), B("abc"))), A(Re("match", S(`(a)(?:(b)|c)`), S("ac")), "lastindex"),
		A(Re("match", S(`(?P<x>a)(?P<y>b)?`), S("a")), "lastgroup"), A(Re("match", S(`(a)`), S("a")), "lastgroup"),
		A(Re("match", S(`a`), S("a")), "lastindex"), M(Re("match", S(`a`), S("a")), "group", KW("x", I(0))),
		// Pattern API
		Re("compile", S("a+"), F("I")), Repr(Re("compile", S("a"), Op(F("I"), "|", F("M")))), Re("compile", S("a"), F("A")),
		Re("compile", S("(?i)a")), Re("compile", B("a")), Re("compile", B("a"), F("L")), Re("compile", S("a"), F("X")),
		Re("compile", S("a"), I(1024)), Repr(Re("compile", S(strings.Repeat("x", 300)))), Re("compile", S("a'b")),
		A(Re("compile", S("(?i)a")), "flags"), A(Re("compile", B("a")), "flags"), A(Re("compile", S("(a)(?P<n>b)(c)")), "groups"),
		A(Re("compile", S("(a)(?P<n>b)(?P<m>c)")), "groupindex"), A(Re("compile", S("a")), "pattern"),
		M(Re("compile", S("a")), "search", S("bab"), KW("pos", I(2))), M(Re("compile", S("^a")), "search", S("ba"), I(1)),
		M(Re("compile", S("^a")), "match", S("ba"), I(1)), M(Re("compile", S("a$")), "search", S("ab"), I(0), I(1)),
		M(Re("compile", S(`\bb`)), "search", S("ab"), I(1)), M(Re("compile", S(`(?<=a)b`)), "search", S("ab"), I(1)),
		M(Re("compile", S("a")), "search", S("aaa"), I(-5), I(100)), M(Re("compile", S("")), "match", S("abc"), I(2), I(1)),
		M(Re("compile", S("a")), "findall", S("aaaa"), I(1), I(3)), M(Re("compile", S(`\w+`)), "fullmatch", S("ab cd"), I(3)),
		Re("fullmatch", S("a|ab"), S("ab")), Re("fullmatch", S("a*?"), S("aaa")), Re("fullmatch", S("(?:a|ab)(?=b)"), S("ab")),
		Op(Re("compile", S("a")), "==", Re("compile", S("a"))), Op(Re("compile", S("a")), "is", Re("compile", S("a"))),
		Op(Re("compile", S("a")), "==", Re("compile", S("a"), F("I"))),
		D(M(M(Re("compile", S(`\w`)), "scanner", S("ab")), "search")), A(M(Re("compile", S("x")), "scanner", S("")), "pattern"),
		M(Re("compile", S("a")), "sub", S("b"), S("aa"), I(1)), M(Re("compile", S("a")), "split", S("bab"), I(1)),
		// types and module
		Re("search", S("a"), B("a")), Re("search", B("a"), S("a")), Re("search", S("a"), I(1)), Re("compile", I(1)),
		Re("compile", Re("compile", S("a")), F("I")), Re("compile", Re("compile", S("a"))), Re("escape", S("a.b*c?d_e-f g\n#&~é")),
		Repr(F("I")), Repr(Op(F("I"), "|", F("M"))), Repr(Op(F("M"), "|", F("I"))), Str(F("I")), Repr(F("NOFLAG")),
		Repr(Op(F("I"), "|", I(1024))), Int(Op(F("I"), "|", F("S"))), Repr(F("U")), Repr(F("A")), Repr(F("X")),
		Op(F("I"), "==", I(2)), A(F("RegexFlag"), "__name__"), Repr(A(F("I"), "value")),
		Re("purge"), Re("match", S("a"), S("A"), KW("flags", F("I"))), Re("split", S(","), S("a,b"), KW("maxsplit", I(1))),
		A(Idx(L(Re("finditer", S("a"), S("aaa"))), I(1)), "pos"), A(Idx(L(M(Re("compile", S("a")), "finditer", S("xaaa"), I(1))), I(2)), "pos"),
		A(M(M(Re("compile", S("a")), "scanner", S("aaa"), I(1)), "search"), "pos"), Re("sub", S("a"), S("b"), S("aaa"), KW("count", I(-1))),
		Re("subn", S("a"), S("b"), S("aaa"), I(-2)), Re("split", S("a"), S("bab"), I(-1)), PUB(modE{}),
		M(Re("Scanner", lit{py.NewList(py.NewTuple(py.Str(`\d+`), py.Str("NUM")), py.NewTuple(py.Str(`\s+`), py.None), py.NewTuple(py.Str(`\w+`), py.Str("W")))}), "scan", S("ab 12 c!")),
		Repr(callE{"~", F("I"), py.Invert}), Repr(Op(F("NOFLAG"), "|", F("I"))), A(F("I"), "name"), Repr(Op(F("I"), "&", F("M"))),
		A(Re("compile", S("a"), Op(F("I"), "|", F("M"))), "flags"), Re("compile", S("a"), I(0)), Repr(F("DEBUG")),
		Repr(Re("error", S("msg"), S("pat"), I(1))), A(Re("error", S("msg")), "pos"), A(Re("error", S("msg"), S("ab\ncd"), I(4)), "colno"),
	}
	oracle.Run(t, helpers, cases(es))
}

func TestErrorAttributes(t *testing.T) {
	py.EnterMain()
	es := []E{}
	for _, p := range []string{"(a", "a\n(b", "a\nb\n)", "[", `x\`, "ab(?P<x>a", "a\n\n  *"} {
		es = append(es, ERR(S(p)))
	}
	oracle.Run(t, helpers, cases(es))
}
