package re_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Cases in the spirit of CPython's Lib/test/test_re.py, written as
// expressions for the oracle.
func TestCPythonREOracle(t *testing.T) {
	py.EnterMain()
	span := func(e E) E { return M(e, "span") }
	es := []E{
		// sre's mark bugs fixed in 3.11 (issue35859 and friends)
		mt(`(ab|a)*?b`, "ab"), mt(`(ab|a)+?b`, "ab"), mt(`(ab|a){0,2}?b`, "ab"), mt(`(.b|a)*?b`, "ab"),
		mt(`(?:(?:a|bc)*?(xx)??z)*`, "axxzbcz"), mt(`((x|yz)+?(t)??c)*`, "xtcxyzxc"),
		mt(`(?:[^b]*a(?=(b)|(a))ab)*`, "aabaab"), mt(`(?:[^b]*(?=(b)|(a))ab)*`, "abab"), mt(`(ab?)*?b`, "ab"),
		mt(`(?:.*?(?=(a)|(b))b)*`, "abab"), mt(`(?:a*?(xx)??z)*`, "axxzaz"), mt(`(?!(..)c)`, "ab"), mt(`((?!(ab)c)(.))*`, "abab"),
		// lastindex / lastgroup
		mt(`(a)?a`, "a"), mt(`(a)(b)?b`, "ab"), mt(`(?P<a>a)(?P<b>b)?b`, "ab"), mt(`(?P<a>a(b))`, "ab"), mt(`((a))`, "a"),
		mt(`(a)(b)?`, "a"), mt(`(a(b)?)+`, "aba"), mt(`(?:(a)|(b))*`, "aba"),
		// deep and long subjects: no recursion
		span(Re("match", S(`.*?c`), Cat(Rep("ab", 10000), S("cd")))), span(Re("match", S(`.*?cd`), Cat(Rep("ab", 5000), S("c"), Rep("ab", 5000), S("cde")))),
		span(Re("match", S(`.*?cd`), Cat(Rep("abc", 20000), S("de")))), span(Re("search", S(`(a|b)*?c`), Cat(Rep("ab", 10000), S("cd")))),
		span(Re("match", S(`(x)*`), Rep("x", 50000))), span(Re("match", S(`(x)*y`), Cat(Rep("x", 50000), S("y")))),
		span(Re("match", S(`(x)*?y`), Cat(Rep("x", 50000), S("y")))), span(Re("match", S(`(?:a|b)*c`), Cat(Rep("ab", 100000), S("c")))),
		span(Re("match", S(`(?:(a)|b)*$`), Rep("ab", 100000))), span(Re("match", S(`(?>(?:a|b)*)c`), Cat(Rep("ab", 100000), S("c")))),
		span(Re("search", S(`(\w+\s*)+$`), Rep("word ", 2000))), span(Re("match", S(`(?:(?=(a))\1)*`), Rep("a", 30000))),
		// search / star / plus
		span(Re("search", S(`x*`), S("axx"))), span(Re("search", S(`x+`), S("axx"))), span(Re("search", S(`x`), S("aaa"))),
		span(Re("match", S(`a*`), S("xxx"))), Re("match", S(`a+`), S("xxx")),
		// sub
		Re("sub", S(`(?i)b+`), S("x"), S("bbbb BBBB")), Re("sub", S(`\d+`), S(`\g<0>\g<0>`), S("a1b22")),
		Re("sub", S(`.`), Fn("lambda m: r'\\n'", func(a ...py.Object) py.Object { return py.Str(`\n`) }), S("x")),
		Re("sub", S(`.`), S(`\n`), S("x")), Re("sub", S(`(.)`), S(`\1\1`), S("x")), Re("sub", S(`(?P<a>x)`), S(`\g<a>\g<a>`), S("xx")),
		Re("sub", S(`(?P<a>x)|(?P<b>y)`), S(`\g<b>`), S("xx")), Re("sub", S(`a`), S(`\t\n\v\r\f\a\b`), S("a")),
		Re("sub", S(`^\s*`), S("X"), S("test")), Re("sub", S(`a`), S("b"), S("aaaaa"), I(1)), Re("sub", S(`a`), S("b"), S("aaaaa"), KW("count", I(2))),
		Re("sub", S(`x*`), S("-"), S("abxd")), Re("sub", S(`(?<=a)x*`), S("-"), S("aaxx")), Re("sub", S(`x*?`), S("-"), S("abxd")),
		Re("sub", S(`a`), S(`\400`), S("a")), Re("sub", S(`a`), S(`\777`), S("a")), Re("sub", S(`(a)`), S(`\g<1a1>`), S("a")),
		Re("sub", S(`(a)`), S(`\g<>`), S("a")), Re("sub", S(`(a)`), S(`\g<ab`), S("a")), Re("sub", S(`(a)`), S(`\g<1000000000000000000000>`), S("a")),
		Re("sub", S(`(?P<a>x)`), S(`\g<¹>`), S("x")), Re("sub", S(`x`), S(`\g<0>`), S("x")), Re("sub", S(`\b`), S("|"), S("ab cd")),
		Re("subn", S(`(?i)b+`), S("x"), S("bbbb BBBB")), Re("subn", S(`b+`), S("x"), S("xyz")), Re("subn", S(`b*`), S("x"), S("xyz")),
		Re("subn", S(`b*`), S("x"), S("xyz"), I(2)), Re("sub", S(`(?:a)`), S(`\10`), S("a")),
		// split
		Re("split", S(":"), S(":a:b::c")), Re("split", S(":+"), S(":a:b::c")), Re("split", S("(:+)"), S(":a:b::c")),
		Re("split", S("(?::+)"), S(":a:b::c")), Re("split", S("(b)|(:+)"), S(":a:b::c")), Re("split", S("(?:b)|(?::+)"), S(":a:b::c")),
		Re("split", S(""), S(":a:b::c")), Re("split", S("x*"), S(":a:b::c")), Re("split", S("(?=:)"), S(":a:b::c")),
		Re("split", S("(:*)"), S(":a:b::c"), I(2)), Re("split", S(":"), S(":a:b::c"), I(2)), Re("split", S("(b)|(:+)"), S(":a:b::c"), KW("maxsplit", I(2))),
		// findall
		fa(":+", "abc"), fa(":+", "a:b::c:::d"), fa("(:+)", "a:b::c:::d"), fa("(:)(:*)", "a:b::c:::d"), fa(`(a)|(b)`, "abc"),
		fa(`\b`, "a"), fa(`\B`, "a"), fa(`\b`, " "), fa(`\b`, "   "), fa(`\B`, " "), fa(`\B`, "   "),
		// finditer with positions
		L(M(Re("compile", S(`\w+`)), "finditer", S("ab cd ef"), I(1), I(7))), L(Re("finditer", S(`(?=a)|x`), S("axa"))),
		// groups
		mt(`(a)`, "a"), M(Re("match", S(`(a)(b)`), S("ab")), "group", I(0), I(1), I(2)), Re("match", S(`(?P<a>)(?P<b>)`), S("")),
		M(Re("match", S(`(a)`), S("a")), "group", I(-1)), M(Re("match", S(`(a)`), S("a")), "group", I(1<<62)),
		M(Re("match", S(`(?P<a1>x)`), S("x")), "groupdict"), M(Re("match", S(`(a)|(b)`), S("b")), "start", I(1)),
		M(Re("match", S(`(a)|(b)`), S("b")), "span", I(2)), M(Re("match", S(`(a)(?P<x>b)?`), S("a")), "groups", S("")),
		M(Re("match", S(`x`), S("x")), "expand", S(`\g<0>`)), M(Re("match", S(`(x)`), S("x")), "expand", S(`\2`)),
		M(Re("match", S(`(?P<n>x)`), S("x")), "expand", S(`\g<m>`)), M(Re("match", S(`(?P<n>x)|(y)`), S("x")), "expand", S(`[\2]`)),
		// repeat min/max
		mt(`^(\w){1}$`, "abc"), mt(`^(\w){1}?$`, "abc"), mt(`^(\w){1,2}$`, "abc"), mt(`^(\w){3}$`, "abc"), mt(`^(\w){1,3}$`, "abc"),
		mt(`^(\w){1,4}$`, "abc"), mt(`^(\w){3,4}?$`, "abc"), mt(`^(\w){3}?$`, "abc"), mt(`^x{1}$`, "xxx"), mt(`^x{3}?$`, "xxx"),
		mt(`^x{3,}$`, "xxx"), mt(`^x{,3}$`, "xxx"), mt(`x{4294967295}`, "x"), er(`x{4294967296}`), er(`x{2147483648}?`),
		mt(`^x{}$`, "x{}"), mt(`^x{1,}$`, "xx"), mt(`^x{1,1}?$`, "x"), mt(`(?:a{2})*`, "aaaaa"), mt(`(?:a{2,3}?)*b`, "aaaaab"),
		// special escapes
		sr(`\b(b.)\b`, "abcd abc bcd bx"), sr(`\B(b.)\B`, "abc bcd bc abxd"), sr(`^abc$`, "\nabc\n", "M"), sr(`^\Aabc\Z$`, "\nabc\n", "M"),
		sr(`\d\D\w\W\s\S`, "1aa! a"), bsr(`\d\D\w\W\s\S`, "1aa! a"), sr(`\d\D\w\W\s\S`, "1aa! a", "A"),
		sr(`\d`, "\u0966"), sr(`\d`, "²"), sr(`\w`, "²"), sr(`\w`, "\u2160"), sr(`\w`, "\u0301"), sr(`\s`, "\x1c"), sr(`\s`, "\u200b"),
		// other escapes
		mt(`\(`, "("), mt(`a\-b`, "a-b"), mt(`\,`, ","), mt(`[\^a]+`, "a^"), mt(`[\-\]\\]+`, `-]\`), er(`\c`), er(`[\c]`), er(`\e`),
		// unicode escapes in sets and ranges
		mt(`[\u0041-\u0043]+`, "ABCD"), mt(`[\x41-\x43]+`, "ABCD"), mt(`[\101-\103]+`, "ABCD"), mt(`[\U00010000-\U00010002]`, "\U00010001"),
		er(`[\u0043-\u0041]`), er(`[\x4]`), er(`[\u004]`), er(`[\U0011FFFF]`), er(`\U0011FFFF`), er(`[\N{LATIN SMALL LETTER A}-z]`),
		// character sets
		mt(`[a-c\d]+`, "ab1c2d"), mt(`[\w&&\d]`, "&"), mt(`[--]`, "-"), mt(`[a-]`, "-"), mt(`[-a]`, "-"), mt(`[a-b-c]`, "-"),
		mt(`[\d-]+`, "1-2"), er(`[\w-z]`), er(`[a-\w]`), mt(`[^\x00-\uffff]`, "\U00010000"), mt(`[\x00-\U0010ffff]+`, "a\U0010ffff"),
		mt("[\U0001d49c-\U0001d4b5]", "\U0001d49e"), mt(`(?i)[\U0001d49c-\U0001d4b5]`, "\U0001d49e"),
		// big charset
		mt(`[\u4e00-\u9fa5]+`, "中文abc"), mt(`[\u0100-\u0200\u4e00-\u9fa5]+`, "ĀȀ中"), mt(`[^\u4e00-\u9fa5]+`, "abc中"),
		// anyall
		mt(`a.b`, "a\nb", "S"), mt(`a.*b`, "a\n\nb", "S"), mt(`(?s)a.{2}b`, "a\n\nb"),
		// lookahead / lookbehind (test_lookahead, test_lookbehind)
		mt(`(a(?=\s[^a]))`, "a b"), mt(`(a(?=\s[^a]*))`, "a b"), mt(`(a(?=\s[abc]))`, "a b"), mt(`(a(?=\s[abc]*))`, "a bc"),
		mt(`(a)(?=\s\1)`, "a a"), mt(`(a)(?=\s\1*)`, "a aa"), mt(`(a)(?=\s(abc|a))`, "a a"), mt(`(a(?!\s[^a]))`, "a a"),
		mt(`(a(?!\s[abc]))`, "a d"), mt(`(a)(?!\s\1)`, "a b"), mt(`(a)(?!\s(abc|a))`, "a b"), mt(`(a)b(?=\1)a`, "aba"),
		mt(`(a)b(?=\1)c`, "abac"), mt(`(?:(a)|(x))b(?=(?(2)x|c))c`, "abc"), mt(`(?:(a)|(x))b(?=(?(2)c|x))c`, "abc"),
		mt(`(?:(a)|(x))b(?=(?(2)b|x))c`, "abc"), mt(`(?:(a)|(x))b(?=(?(1)b|x))c`, "abc"), mt(`(?:(a)|(x))b(?=(?(1)c|x))c`, "abc"),
		mt(`(a)b(?=(?(2)x|c))(c)`, "abc"), mt(`(a)b(?=(?(1)b|x))(c)`, "abc"), mt(`(a)b(?=(?(1)c|x))(c)`, "abc"),
		sr(`(?<=a)b`, "ab"), sr(`(?<=a)c`, "ab"), sr(`(?<!a)b`, "ab"), sr(`(?<!a)c`, "ab"), sr(`(?<=a|b)c`, "bc"), er(`(?<=a|bc)d`),
		mt(`(a)a(?<=\1)c`, "aac"), mt(`(a)b(?<=\1)a`, "abaa"), mt(`(a)a(?<!\1)c`, "aac"), mt(`(a)b(?<!\1)a`, "abaa"),
		mt(`(?:(a)|(x))b(?<=(?(2)x|c))c`, "abc"), mt(`(?:(a)|(x))b(?<=(?(2)b|x))c`, "abc"), mt(`(?:(a)|(x))b(?<=(?(1)b|x))c`, "abc"),
		mt(`(?:(a)|(x))b(?<=(?(1)c|x))c`, "abc"), mt(`(a)b(?<=(?(1)b|x))(c)`, "abc"), er(`(a)b(?<=(?(2)b|x))(c)`),
		er(`(a)b(?<=(.)\2)(c)`), er(`(a)b(?<=(?P<a>.)(?P=a))(c)`), er(`(a)b(?<=(a)(?(2)b|x))(c)`), er(`(a)b(?<=(.)(?<=\2))(c)`),
		sr(`(?<=ab)(?<=b)c`, "abc"), sr(`(?<=a(?=b)b)c`, "abc"),
		// ignore case
		mt(`abc`, "ABC", "I"), mt(`abc`, "ABC", "I|A"), mt(`a\s[^a]`, "a b", "I"), mt(`a\s[^a]*`, "a bb", "I"), mt(`a\s[abc]`, "a b", "I"),
		mt(`(a\s[abc]*)`, "a bb", "I"), mt(`((a)\s\2)`, "a a", "I"), mt(`((a)\s\2*)`, "a aa", "I"), mt(`((a)\s(abc|a))`, "a a", "I"),
		mt(`((a)\s(abc|a)*)`, "a aa", "I"), mt(`[19A]`, "A", "I"), mt(`[19a]`, "a", "I"), mt(`[19a]`, "A", "I"), mt(`[19A]`, "a", "I"),
		mt(`[19\xc7]`, "\xe7", "I"), mt(`[19\u0400]`, "\u0450", "I"), mt(`[19\u1e9e]`, "ß", "I"), mt(`[19ß]`, "\u1e9e", "I"),
		mt(`[19\U00010400]`, "\U00010428", "I"), mt(`[19\U00010428]`, "\U00010400", "I"), mt(`[19\u0131]`, "I", "I"),
		mt(`[19\u017f]`, "s", "I"), mt(`[19\ufb05]`, "\ufb06", "I"), mt(`[9-a]`, "_", "I"), mt(`[9-A]`, "_", "I"),
		mt(`[\xc0-\xde]`, "\xd7", "I"), mt(`[\xe0-\xfe]`, "\xf7", "I"), mt(`[\u0430-\u045f]`, "\u0450", "I"), mt(`[\u0400-\u042f]`, "\u0450", "I"),
		mt(`[\U00010428-\U0001044f]`, "\U00010400", "I"), mt(`[\U00010400-\U00010427]`, "\U00010428", "I"), mt(`[N-\x7f]`, "A", "I|A"),
		mt(`[n-\x7f]`, "Z", "I|A"), mt(`[N-\uffff]`, "A", "I"), mt(`[n-\uffff]`, "Z", "I"), mt(`[N-\U00010000]`, "A", "I"),
		mt(`[n-\U00010000]`, "Z", "I"), mt(`[\u212a]`, "k", "I"), mt(`[\u212a]`, "K", "I"), mt(`[\u212a-\u212b]`, "k", "I"),
		mt(`[\u0130]`, "i", "I"), mt(`[\u0131]`, "i", "I"), mt(`[\ufb05]`, "\ufb06", "I"), mt(`(?i)\u1e9e`, "ß"), mt(`(?i)ß`, "\u1e9e"),
		mt(`(?i)[^\u212a]`, "k"), mt(`(?i:\u0390)`, "\u1fd3"), mt(`(?i:\u1fd3)`, "\u0390"), mt(`(?i:\u03b0)`, "\u1fe3"),
		mt(`(?i)\xb5`, "\u03bc"), mt(`(?i)\u03bc`, "\xb5"), mt(`(?i)\u03bc`, "\u039c"), mt(`(?i)[\xb5]`, "\u039c"),
		mt(`(?i)\u0345`, "\u1fbe"), mt(`(?i)\u1fbe`, "\u0399"), mt(`(?i)[\u0345]`, "\u03b9"),
		// not literal
		sr(`\s([^a])`, " b"), sr(`\s([^a]*)`, " bb"), sr(`(?i)[^a]`, "A"), sr(`(?i)[^\xe9]`, "\xc9"), sr(`(?i)[^k]+`, "K\u212ak"),
		// bytes
		Re("match", B(`(?i)\xe9`), B("\xc9")), Re("match", B(`(?i)[\xe9]`), B("\xc9")), Re("match", B(`(?L)[\xe9]`), B("\xc9")),
		Re("match", B(`(?iL)\xe9`), B("\xc9")), Re("match", B(`[\xe9-\xea]`), B("\xea")), Re("findall", B(`\w`), B("a\xe9_1")),
		Re("findall", B(`(?L)\w`), B("a\xe9_1")), Re("findall", B(`(?a)\w`), B("a\xe9_1")), Re("match", B(`\x`), B("x")),
		Re("match", B(`\u1234`), B("u1234")), Re("escape", B(`\x00 a_b.c`)), ERR(T(B("x"), Op(F("L"), "|", F("A")))),
		// inline flags
		mt(`(?i)\u0130`, "i"), mt(`(?i)\u0131`, "I"), mt(`(?x)a b`, "ab"), mt(`(?i)a`, "A"), mt(`(?m)^b`, "b"),
		mt(`(?s).`, "\n"), mt(`(?a)\w`, "é"), mt(`(?x)a(?#x)b`, "ab"), mt(`(?ix)A B`, "ab"), er(`a(?x)b`), er(`(?x)(?i)a`),
		Re("compile", S("(?i)(?a)a")), Re("compile", S("(?x)\n(?i)a")), er("(?ui)a"), er("(?iu"), er("(?i:a"),
		// scoped flags
		mt(`a(?i:b)c`, "aBc"), mt(`a(?i:b)c`, "aBC"), mt(`(?i:a(?-i:b)c)`, "AbC"), mt(`(?i:a(?-i:b)c)`, "ABC"), mt(`(?a:\w)`, "\xe9"),
		mt(`(?s:.)`, "\n"), mt(`(?-s:.)`, "\n", "S"), mt(`(?m:^)`, "\na"), mt(`(?x: a)`, " a"), mt(`(?x: a) b`, "a b"),
		mt(`(?x:a) b`, "a b"), mt(`(?x: a(?-x: b))`, "a b"), er(`(?a:\w)(?u)`), er(`(?-u:a)`), er(`(?u-i:a)`), er(`(?-iu:a)`),
		er(`(?a-i:\w)`), er(`(?-a:a)`), mt(`(?-i:a)`, "A", "I"), mt(`(?i)(?-i:a)`, "a"),
		// verbose / comments
		mt("(?x)  # a\n  a  # b\n", "a"), mt("(?x)[ #]", "#"), mt("(?x)[ #]", " "), mt(`(?x)a\ b`, "a b"), mt("(?x)a\\#b", "a#b"),
		mt("a #b\n c", "ac", "X"), mt("(?x)a{1, 2}", "a{1,2}"), mt("(?x)a{1,2 }", "a"), mt("(?x)a {1,2}", "a"),
		// dollar
		fa(`$`, "a\nb\n"), fa(`$`, "a\nb\nc"), fa(`$`, "a\nb\n", "M"), fa(`\Z`, "a\nb\n"),
		// keyword parameters, pos/endpos
		M(Re("compile", S("a")), "match", KW("string", S("a"))), M(Re("compile", S("a")), "search", S("ba"), KW("pos", I(1))),
		M(Re("compile", S("a")), "search", S("ab"), KW("endpos", I(1))), M(Re("compile", S("a")), "fullmatch", S("ab"), KW("endpos", I(1))),
		M(Re("compile", S("a")), "findall", S("aaa"), KW("pos", I(1)), KW("endpos", I(2))),
		// match repr
		Repr(Re("search", S(`(a)`), S("a"))), Repr(Re("search", S(`a`), B("a"))), Repr(Re("search", B(`a`), B("a"))),
		Repr(Re("search", S(`\w+`), Rep("é", 60))), Repr(Re("search", S(`'`), S(`"'`))), Repr(Re("search", S(`x`), S("\U0001f600x"))),
		// pattern compare / repr
		Repr(Re("compile", S(`"'`))), Repr(Re("compile", B(`a`), F("I"))), Repr(Re("compile", S("a"), Op(F("I"), "|", F("T")))),
		Repr(Re("compile", S("a"), I(512))), Repr(Re("compile", S("a"), Op(F("I"), "|", I(512)))),
		// errors with positions (test_error, test_misc_errors)
		er(`(`), er(`((a|b)`), er(`(?P`), er(`(?P<a`), er(`(?P<a>`), er(`a\`), er(`\x`), er(`(?<`), er(`(?<>)`), er(`(?<a`), er(`(?!`),
		er(`(?P=a`), er(`(?(`), er(`(?(a`), er(`(?(a)`), er(`[`), er(`[^`), er(`[a-`), er(`[\w-b]`), er(`[b-\w]`), er(`(?#`),
		er("a\n(?#"), er("(?x)\n\n(\n"), er(`x*+*`), er(`x**`), er(`x*?*`), er(`x{1}{1}`), er(`x?{1}`), er(`(?P<a>x)(?P=a)(?P=b)`),
		er(`(?P<=a>x)`), er(`(?P<a-b>x)`), er(`(?P<>x)`), er(`(?P=)`), er(`(?(-1))`), er(`(?(1.)a)`), er(`(?P<a>)(?(a`),
		ERR(S(`(?P<©>x)`)), ERR(S(`(?P<é>x)`)), ERR(B(`(?P<\xe9>x)`)), er(`(?(1)a|b|c)`), er(`(?(1a|b)`), er(`a**`),
		er(`\8`), er(`(?P<a>a)(?P<a>a)`), er(`(a)(?<=\1(b))`), er(`\g<1>`), er(`(?i`), er(`(?-`), er(`(?-i:`), er(`(?i)(?-i`),
		er("(?L:a)"), ERR(T(S("a"), Op(F("L"), "|", F("I")))),
	}
	runCases(t, es)
}
