"""Writes error_cases.json: CPython's SyntaxError (line, offset, msg) for
each snippet below. Run from parser/: python3 testdata/gen_error_cases.py"""
import ast, json

CASES = [
    "x = (1,\n", "x = [1, 2\ny = 3\n", "foo(\n", "x = 1abc\n", "if x:\n  a\n b\n", "  x = 1\n",
    "if x:\npass\n", "def f():\nreturn 1\n", "x = 'abc\n", 'x = """abc\n\n', "x = )\n", "x = (]\n",
    "x = 1 +\n", "print 'hello'\n", "x = 0777\n", "x = 1_\n", "x = 0x\n", "x = 1__0\n", "x = 0b12\n",
    "x = 0o8\n", "def f(:\n", "class C\n    pass\n", "for x in y\n    pass\n", "while True print(1)\n",
    "x = $\n", "a b\n", "f(a b)\n", "x = 1 = 2\n", "f() = 1\n", "1 = x\n", "None = 1\n",
    "del f()\n", "x += 1, 2 = 3\n", "(a, b) += 1\n", "x = yield = 1\n", "lambda x: (yield)\n",
    "def f(a=1, b): pass\n", "def f(*, **k): pass\n", "def f(*): pass\n", "f(**k, *a)\n",
    "f(a=1, b)\n", "f(x for x in y, 1)\n", "import a.b as\n", "from x import\n", "from x import a,\n",
    "try:\n  pass\n", "try:\n  pass\nx = 1\n", "else:\n  pass\n", "x = {1: 2, 3}\n",
    "x = [*a for a in b]\n", "f'{}'\n", "f'{x!z}'\n", "f'{x'\n", "f'}'\n", "f'{a b}'\n",
    "b'\\xff' 'x'\n", "x = b'é'\n", "'\\N{NOT A NAME}'\n", "'\\x4'\n", "x = 1 if 2\n",
    "match x:\ncase 1: pass\n", "with a as 1: pass\n", "async x = 1\n", "x = .\n",
    "\tif x:\n        a\n\tb\n", "if x:\n\ta\n        b\n", "return x y\n", "x = (1 2)\n",
    "a := 1\n", "(a.b := 1)\n", "x = [1, 2 3]\n", "x = {'a' 1}\n", "print(\"a\" \"b\" c)\n",
    "def f[T](): pass\n", "x = 5 ** \n", "@\ndef f(): pass\n", "x = not\n", "x.1\n",
    "global x = 1\n", "assert\n", "raise from x\n", "import\n", "x = 1;;\n", "if x: pass\nelif: pass\n",
    "x = \\\n", "x = 1 \\ 2\n", "except E: pass\n", "finally: pass\n", "def f():\n    x = 1\n  y = 2\n",
    "x = '''\n", "x = u'\\N{LATIN SMALL LETTER A}'\nx = 1 +\n", "for x in range(10):\n    pass\n  else:\n    pass\n",
    "if True:\n    pass\n   x = 1\n", "x = [\n1,\n2\n", "(\n", "]\n", "x = 1\n)\n", "\x00\n", "x = '\x00'\n",
    "x = 1\n\x0c\nif x:\n  pass\n", "a = 1 if else 2\n", "f(a, *)\n", "f(=1)\n", "f(a=)\n",
    "x = [i for i in]\n", "{**a: 1}\n", "{a: *b}\n", "x = *a, *b\n", "print(*)\n", "class C(x for x in y): pass\n",
    "nonlocal\n", "def f(a, a=1, /): pass\n", "def f(/, a): pass\n", "def f(a, /, b, /): pass\n",
    "def f(*a, *b): pass\n", "def f(**a, b): pass\n", "lambda *: 1\n", "x = 'a' b'b'\n",
    "with (a as b, c as d: pass\n", "case x:\n  pass\n", "match x:\n  case 1+1: pass\n",
    "try:\n  pass\nexcept* :\n  pass\n", "try:\n  pass\nexcept E:\n  pass\nexcept* F:\n  pass\n",
    "async def f()\n    pass\n", "if x:\n  pass\nelse if y:\n  pass\n", "x = f'{a'\n", "x = f'{a!}'\n",
    "import asyncio\nasync def main():\n    await asyncio.sleep(1\nasyncio.run(main())\n",
    "async def f():\n    async with a as b\n        pass\n", "def f():\n    return\n        x = 1\n",
    "x = [1, 2,, 3]\n", "x = {'a': 1,, }\n", "f(a,, b)\n", "x = 1 +* 2\n", "x ==\n", "if x = 1:\n  pass\n",
    "while x = 1:\n  pass\n", "f(a=1 b=2)\n", "class C(\n  pass\n", "def f(a b): pass\n", "lambda x y: 1\n",
    "x = 'abc' 'def\n", "x = (1, 2\ny = 3\n", "a.b.\n", "from . import\n", "import a.\n", "x = [i for i in range(10]\n",
    "async lambda: 1\n", "await = 1\n", "def async(): pass\n", "x = 1\n  y = 2\n", "for x in range(3):\nprint(x)\n",
    "with open(f) as g, :\n  pass\n", "x = yield from\n", "del\n", "x = ...\nx = ....\n", "True = 1\n", "f() += 1\n",
    "x = {1: 2, **}\n", "class C x:\n pass\n", "def f() x:\n pass\n", "try x:\n pass\n", "for x in y z:\n pass\n",
    "try:\n pass\nfinally x:\n pass\n", "[a = 1]\n", "a[x=1]\n", "f(a.b=1)\n", "if x.y = 1: pass\n",
    "if (a, b) = 1: pass\n", "elif x:\n pass\n", "with a as b c:\n pass\n", "lambda x: = 1\n", "x = lambda: (yield) = 1\n", "@dec\nx = 1\n", "def f():\n    nonlocal x = 1\n", "a = 1 if b\n", "print(f'{x:{y:{z}}}')\n",
]

out = []
for src in CASES:
    try:
        ast.parse(src)
        out.append([src, 0, 0, ""])
    except SyntaxError as e:
        out.append([src, e.lineno or 0, e.offset or 0, e.msg])
    except ValueError as e:
        out.append([src, 0, 0, "ValueError: %s" % e])
with open("testdata/error_cases.json", "w") as f:
    json.dump(out, f, indent=0)
