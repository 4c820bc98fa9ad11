package localemod

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

func TestLocaleOracle(t *testing.T) {
	py.EnterMain()
	c := func(n string, args ...py.Object) py.Object { return oracle.Call("_locale", n, args...) }
	a := func(n string) py.Object { return oracle.Attr("_locale", n) }
	S := func(s string) py.Object { return py.Str(s) }
	oracle.Run(t, "import _locale, os\nos.environ.setdefault('LANG', 'C.UTF-8')", []oracle.Case{
		{Py: `_locale.setlocale(_locale.LC_ALL), _locale.getencoding(), _locale.nl_langinfo(_locale.CODESET)`, Go: func() py.Object {
			return py.NewTuple(c("setlocale", a("LC_ALL")), c("getencoding"), c("nl_langinfo", a("CODESET")))
		}},
		{Py: `_locale.setlocale(_locale.LC_ALL, "en_US.UTF-8")`, Go: func() py.Object { return c("setlocale", a("LC_ALL"), S("en_US.UTF-8")) }},
		{Py: `_locale.setlocale(99)`, Go: func() py.Object { return c("setlocale", py.Int(99)) }},
		{Py: `_locale.localeconv()`, Go: func() py.Object { return c("localeconv") }},
		{Py: `_locale.nl_langinfo(12345678)`, Go: func() py.Object { return c("nl_langinfo", py.Int(12345678)) }},
		{Py: `_locale.strcoll("a", "b"), _locale.strcoll("b", "a"), _locale.strcoll("ab", "ab"), _locale.strcoll("a", "ab"), _locale.strxfrm("abc")`, Go: func() py.Object {
			return py.NewTuple(c("strcoll", S("a"), S("b")), c("strcoll", S("b"), S("a")), c("strcoll", S("ab"), S("ab")), c("strcoll", S("a"), S("ab")), c("strxfrm", S("abc")))
		}},
		{Py: `_locale.setlocale(_locale.LC_ALL, "POSIX"), _locale.nl_langinfo(_locale.CODESET), _locale.setlocale(_locale.LC_CTYPE, "C.UTF-8"), _locale.setlocale(_locale.LC_ALL), _locale.setlocale(_locale.LC_ALL, ""), [_locale.nl_langinfo(getattr(_locale, n)) for n in dir(_locale) if n.isupper() and not n.startswith("LC_") and n not in ("CHAR_MAX", "CODESET")]`, Go: func() py.Object {
			r := []py.Object{c("setlocale", a("LC_ALL"), S("POSIX")), c("nl_langinfo", a("CODESET")), c("setlocale", a("LC_CTYPE"), S("C.UTF-8")), c("setlocale", a("LC_ALL")), c("setlocale", a("LC_ALL"), S(""))}
			l := py.NewList()
			for _, n := range py.Call(py.LoadBuiltin("dir"), py.Import("_locale")).(*py.List).Items {
				s := py.StrOf(n)
				if py.Truth(py.CallMethod(n, "isupper")) && !strings.HasPrefix(s, "LC_") && s != "CHAR_MAX" && s != "CODESET" {
					l.Items = append(l.Items, c("nl_langinfo", a(s)))
				}
			}
			return py.NewTuple(append(r, l)...)
		}},
		{Py: `_locale.textdomain(None), _locale.bindtextdomain("x", None), _locale.bind_textdomain_codeset("x", None), _locale.gettext("hi"), _locale.dgettext("d", "m")`, Go: func() py.Object {
			return py.NewTuple(c("textdomain", py.None), c("bindtextdomain", S("x"), py.None), c("bind_textdomain_codeset", S("x"), py.None), c("gettext", S("hi")), c("dgettext", S("d"), S("m")))
		}},
	})
}
