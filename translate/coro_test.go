package translate

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/parser"
)

// Which coroutines become state machines: every await in a position the
// state machine translation handles, and nothing else. (The golden cases
// in testdata/golden/compiled_*.txtar check that the compiled forms run
// as CPython runs them.)
func TestCompiledCoroutineChoice(t *testing.T) {
	cases := []struct {
		body     string
		compiled bool
	}{
		{"pass", true},
		{"await x", true},
		{"y = await x\nreturn y", true},
		{"print(await x, await y)", true},
		{"d[k] += await x", true},
		{"for i in range(3):\n    if i:\n        continue\n    await x\nelse:\n    pass", true},
		{"while await x:\n    break", true},
		{"try:\n    await x\nexcept E as e:\n    await y\nelse:\n    pass\nfinally:\n    await z", true},
		{"async with a as b, c:\n    await x", true},
		{"with a:\n    await x", true},
		{"async for v in a:\n    await x", true},
		{"async def inner():\n    await x", true},
		{"y = [v for v in await x]", true},
		{"y = a and await x", false},
		{"y = await x if c else None", false},
		{"y = [await v for v in x]", true},
		{"y = {k: await v async for k in x}", true},
		// Making an asynchronous generator expression awaits nothing.
		{"y = (await v for v in x)", true},
		{"yield await x", true},
		{"y = [v async for v in x]", true},
		{"@deco(await x)\ndef f(): pass", false},
		{"def f(a=await x): pass", false},
		{"async with await a:\n    pass", false},
		{"try:\n    await x\nexcept* E:\n    pass", false},
		{"a < await b < await c", false},
	}
	for _, c := range cases {
		src := "async def f():\n" + indent(c.body) + "\n"
		mod, err := parser.ParseFile("t.py", []byte(src))
		if err != nil {
			t.Fatalf("%q: %v", c.body, err)
		}
		fd := mod.Body[0].(*parser.AsyncFunctionDef)
		if got := smCompilable(fd.Body); got != c.compiled {
			t.Errorf("%q: compiled = %v, want %v", c.body, got, c.compiled)
		}
		if c.compiled {
			out, err := Translate(mod, []byte(src), Options{Filename: "t.py"})
			if err != nil {
				t.Fatalf("%q: %v", c.body, err)
			}
			// A state machine, or (a body that never suspends) a direct
			// coroutine run on the awaiting frame: no goroutine stack.
			if !strings.Contains(string(out), "SM(code") && !strings.Contains(string(out), "CoroutineKind[") && !strings.Contains(string(out), "DirectCoroutine") {
				t.Errorf("%q: translation is not a state machine", c.body)
			}
		}
	}
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(s, "\n", "\n    ")
}
