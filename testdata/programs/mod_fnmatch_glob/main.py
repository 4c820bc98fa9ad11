import fnmatch
import glob
import os
import tempfile

names = ["a.py", "b.txt", "c.PY", "data_01.csv", "data_2.csv", ".hidden", "x[1].py"]
print(fnmatch.filter(names, "*.py"))
print([n for n in names if fnmatch.fnmatch(n, "data_??.csv")])
print(fnmatch.fnmatchcase("c.PY", "*.py"), fnmatch.fnmatch("c.PY", "*.PY"))
print(fnmatch.translate("*.[ch]"), fnmatch.translate("a?[!0-9]*"))
print(fnmatch.fnmatch("x[1].py", "x[[]1].py"))
with tempfile.TemporaryDirectory() as d:
    for p in ["a.py", "b.py", "sub/c.py", "sub/deep/d.py", "sub/e.txt", ".hid.py"]:
        full = os.path.join(d, p)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w") as f:
            f.write("x")
    rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
    print(rel(glob.glob(os.path.join(d, "*.py"))))
    print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
    print(sorted(glob.glob("*.py", root_dir=d)))
    print(sorted(glob.glob("sub/*", root_dir=d)))
    print(sorted(glob.iglob("**/*.txt", root_dir=d, recursive=True)))
    print(glob.escape("a[b]*?.py"), glob.has_magic("a*"), glob.has_magic("abc"))
