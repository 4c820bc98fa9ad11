package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds arbitrary bytes to the parser: it must never panic or
// hang, and every tree it accepts must dump.
//
//	go test -run '^$' -fuzz FuzzParse -fuzztime 10m ./parser/
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("../../shared/corpus/seed/*.py")
	if len(files) == 0 {
		files, _ = filepath.Glob("/work/shared/corpus/seed/*.py")
	}
	for _, name := range files {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"match x:\n case [1, *r] | {'k': v, **kw} if v: pass\n case C(a, b=2) as c: pass\n",
		"try:\n pass\nexcept* E as e:\n pass\n",
		"f'{x!r:>{w}.{p}} {y=} {{}}'\n",
		"x = (\n1,\n", "if x:\n  a\n b\n", "def f(a, /, b=1, *c, d, **e): ...\n",
		"async def f():\n    [x async for x in y]\n    await z\n",
		"\xef\xbb\xbf# coding: latin-1\nx = '\xe9'\n", "a = 1\r\nb = 2\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, _, err := ParseFileWarnings("fuzz.py", src)
		if err != nil {
			if _, ok := err.(ErrorList); !ok {
				t.Fatalf("error of type %T", err)
			}
			return
		}
		Dump(m, true, 1)
		Check(m, "fuzz.py")
		CompileWarnings(m)
	})
}
