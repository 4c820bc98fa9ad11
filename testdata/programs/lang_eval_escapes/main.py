import os
import sys
import tempfile
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always", category=DeprecationWarning)
    print(repr(eval("'''\n\\z'''")), repr(eval(r"b'\400'")), repr(eval(r"'\400'")), repr(eval(r"'\8 \9'")), repr(eval(r"b'\u1234'")))
    compile(r"x = '\d' + '\d'", "<mine>", "exec")
for x in w:
    print(x.category.__name__, x.message, x.filename, x.lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("error", category=DeprecationWarning)
    try:
        eval("'''\n\\z'''")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.filename, e.lineno, e.offset)
print(w)

# A module the program writes itself, imported from a directory it puts on
# sys.path, in a declared encoding.
d = tempfile.mkdtemp()
with open(os.path.join(d, "written_mod.py"), "w", encoding="latin-1") as f:
    f.write("# coding: latin-1\ns = '\xe9t\xe9'\ndef twice(x):\n    return x * 2\n")
os.mkdir(os.path.join(d, "written_pkg"))
with open(os.path.join(d, "written_pkg", "__init__.py"), "w") as f:
    f.write("from . import sub\nname = __name__ + ':' + sub.name\n")
with open(os.path.join(d, "written_pkg", "sub.py"), "w") as f:
    f.write("name = __name__\n")
sys.path.insert(0, d)
try:
    import written_mod
    print(written_mod.s, written_mod.twice(21), written_mod.__name__, os.path.basename(written_mod.__file__))
    import written_pkg
    print(written_pkg.name, written_pkg.sub.name)
    try:
        import written_missing
    except ImportError as e:
        print(type(e).__name__, e)
finally:
    sys.path.remove(d)
    for n in ("written_mod.py", os.path.join("written_pkg", "__init__.py"), os.path.join("written_pkg", "sub.py")):
        os.remove(os.path.join(d, n))
    for root, dirs, files in os.walk(d, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for n in dirs:
            os.rmdir(os.path.join(root, n))
    os.rmdir(d)
