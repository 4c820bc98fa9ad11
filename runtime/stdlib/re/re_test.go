package re_test

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/functools"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/re"
)

func TestReOracle(t *testing.T) {
	py.EnterMain()
	S := func(s string) py.Object { return py.Str(s) }
	re := func(name string, args ...py.Object) func() py.Object {
		return func() py.Object { return oracle.Call("re", name, args...) }
	}
	cases := []oracle.Case{
		{Py: `re.search(r"(\d+)-(\d+)", "tel: 555-1234 ok")`, Go: re("search", S(`(\d+)-(\d+)`), S("tel: 555-1234 ok"))},
		{Py: `re.search(r"(\d+)-(\d+)", "tel: 555-1234 ok").groups()`, Go: func() py.Object {
			return py.CallMethod(oracle.Call("re", "search", S(`(\d+)-(\d+)`), S("tel: 555-1234 ok")), "groups")
		}},
		{Py: `re.match(r"a+", "baaa")`, Go: re("match", S("a+"), S("baaa"))},
		{Py: `re.fullmatch(r"a+", "aaa").span()`, Go: func() py.Object { return py.CallMethod(oracle.Call("re", "fullmatch", S("a+"), S("aaa")), "span") }},
		{Py: `re.fullmatch(r"a+", "aab")`, Go: re("fullmatch", S("a+"), S("aab"))},
		{Py: `re.findall(r"\w+", "héllo wörld 42")`, Go: re("findall", S(`\w+`), S("héllo wörld 42"))},
		{Py: `re.findall(r"(\w)(\d)", "a1 b2 c")`, Go: re("findall", S(`(\w)(\d)`), S("a1 b2 c"))},
		{Py: `re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@site bob@host")`, Go: re("sub", S(`(\w+)@(\w+)`), S(`\2 at \1`), S("joe@site bob@host"))},
		{Py: `re.sub(r"(?P<n>\d)", r"<\g<n>>", "a1b2")`, Go: re("sub", S(`(?P<n>\d)`), S(`<\g<n>>`), S("a1b2"))},
		{Py: `re.subn("a", "b", "aaa", count=2)`, Go: func() py.Object {
			return py.CallKw(oracle.Attr("re", "subn"), []py.Object{S("a"), S("b"), S("aaa"), py.Int(2)}, []string{"count"})
		}},
		{Py: `re.split(r"[,;]\s*", "a, b;c,  d")`, Go: re("split", S(`[,;]\s*`), S("a, b;c,  d"))},
		{Py: `re.split(r"(,)", "a,b")`, Go: re("split", S(`(,)`), S("a,b"))},
		{Py: `re.compile(r"ab", re.I)`, Go: func() py.Object { return oracle.Call("re", "compile", S("ab"), oracle.Attr("re", "I")) }},
		{Py: `re.compile(r"ab", re.I).search("xxAB")`, Go: func() py.Object {
			return py.CallMethod(oracle.Call("re", "compile", S("ab"), oracle.Attr("re", "I")), "search", S("xxAB"))
		}},
		{Py: `re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2024-05").groupdict()`, Go: func() py.Object {
			return py.CallMethod(oracle.Call("re", "search", S(`(?P<year>\d{4})-(?P<mon>\d\d)`), S("on 2024-05")), "groupdict")
		}},
		{Py: `re.escape("a.b*c")`, Go: re("escape", S("a.b*c"))},
		{Py: `re.match(r"^\s*$", "   ") is not None`, Go: func() py.Object { return py.NewBool(oracle.Call("re", "match", S(`^\s*$`), S("   ")) != py.None) }},
	}
	oracle.Run(t, "import re", cases)
}
