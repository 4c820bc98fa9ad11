"""Writes runtime/stdlib/unicodedatamod/names.go: what the Go unicodedata
module needs beyond the per-character properties of tables.go, taken from
the running Python's unicodedata (CPython 3.11: Unicode 14.0.0):

  - the character names (not the algorithmic ones: CJK UNIFIED IDEOGRAPH-X
    and HANGUL SYLLABLE X are computed), and the ranges of the unified
    ideographs;
  - the name aliases and named sequences unicodedata.lookup accepts. The
    host's unicodedata cannot list them, so candidates come from a Unicode
    data file of the same version (Perl's unicore/Name.pl and
    NamedSequences.txt, or files given on the command line) and only those
    the host's lookup resolves to the same characters are kept;
  - the decomposition mappings, as decomposition() prints them, and the
    characters whose two-character canonical decomposition does not
    compose back (composition exclusions);
  - unicodedata.ucd_3_2_0's differences from the current database.

The big tables travel as zlib-compressed, base64-encoded strings decoded on
first use.

    python3 tools/gen/unicodedata_names.py > runtime/stdlib/unicodedatamod/names.go
"""
import base64
import sys
import unicodedata as u
import zlib

PERL = "/usr/share/perl/5.36.0/unicore/"
name_file = sys.argv[1] if len(sys.argv) > 1 else PERL + "Name.pl"
seq_file = sys.argv[2] if len(sys.argv) > 2 else PERL + "NamedSequences.txt"
old = u.ucd_3_2_0
ALL = range(sys.maxunicode + 1)


def blob(text):
    z = base64.b64encode(zlib.compress(text.encode("ascii"), 9)).decode()
    lines = [z[i:i + 100] for i in range(0, len(z), 100)]
    return '""' if not lines else "\"\" +\n\t" + " +\n\t".join('"%s"' % l for l in lines)


def algorithmic(n):
    return n.startswith("CJK UNIFIED IDEOGRAPH-") or n.startswith("HANGUL SYLLABLE ")


# Names, delta-coded: "<gap in hex>;NAME" lines, the gap omitted when 0.
names, cjk = [], []
prev = -1
for cp in ALL:
    n = u.name(chr(cp), None)
    if n is None:
        continue
    if n.startswith("CJK UNIFIED IDEOGRAPH-"):
        if cjk and cjk[-1][1] == cp - 1:
            cjk[-1][1] = cp
        else:
            cjk.append([cp, cp])
        continue
    if n.startswith("HANGUL SYLLABLE "):
        assert 0xAC00 <= cp < 0xAC00 + 11172
        continue
    gap = cp - prev - 1
    names.append(("%X" % gap if gap else "") + ";" + n)
    prev = cp

# Aliases and named sequences: candidates checked against the host.
aliases, seqs = [], []
with open(name_file) as f:
    body = f.read().split("return <<'END';\n", 1)[-1].split("\nEND\n", 1)[0]
for entry in body.split("\n\n"):
    parts = entry.strip().split("\n")
    if len(parts) != 2:
        continue
    cps = [int(x, 16) for x in parts[0].split()]
    n = parts[1]
    if len(cps) != 1 or algorithmic(n) or u.name(chr(cps[0]), None) == n:
        continue
    try:
        got = u.lookup(n)
    except KeyError:
        continue
    if got == chr(cps[0]):
        aliases.append("%X;%s" % (cps[0], n))
with open(seq_file) as f:
    for line in f:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        n, s = line.split(";")
        want = "".join(chr(int(x, 16)) for x in s.split())
        try:
            got = u.lookup(n)
        except KeyError:
            continue
        if got == want:
            seqs.append("%s;%s" % (n, s.strip()))
aliases = sorted(set(aliases), key=lambda l: (int(l.split(";")[0], 16), l))

# Decompositions, and the canonical pairs that do not compose back.
decomps, noncomposing = [], []
for cp in ALL:
    d = u.decomposition(chr(cp))
    if not d:
        continue
    decomps.append("%X;%s" % (cp, d))
    if not d.startswith("<") and len(d.split()) == 2 and u.normalize("NFC", chr(cp)) != chr(cp):
        noncomposing.append("%X" % cp)

# ucd_3_2_0: the characters unassigned in 3.2.0 (name None, no
# decomposition, a few properties neutral), and per property the ranges
# that differ otherwise.
unassigned = []
for cp in ALL:
    c = chr(cp)
    if old.category(c) == "Cn" and u.category(c) != "Cn":
        if unassigned and unassigned[-1][1] == cp - 1:
            unassigned[-1][1] = cp
        else:
            unassigned.append([cp, cp])
        assert old.name(c, None) is None and old.decomposition(c) == "", hex(cp)
    else:
        assert old.name(c, None) == u.name(c, None), hex(cp)
        assert old.decomposition(c) == u.decomposition(c), hex(cp)

PROPS = [
    ("category", "string", lambda d, c: d.category(c)),
    ("bidirectional", "string", lambda d, c: d.bidirectional(c)),
    ("eastAsianWidth", "string", lambda d, c: d.east_asian_width(c)),
    ("combining", "int", lambda d, c: d.combining(c)),
    ("mirrored", "int", lambda d, c: d.mirrored(c)),
    ("decimal", "int", lambda d, c: d.decimal(c, -1)),
    ("digit", "int", lambda d, c: d.digit(c, -1)),
    ("numeric", "float", lambda d, c: d.numeric(c, -1.0)),
]
diffs, neutral = {}, {}
in_unassigned = bytearray(sys.maxunicode + 1)
for a, b in unassigned:
    in_unassigned[a:b + 1] = b"\x01" * (b - a + 1)
for name, kind, fn in PROPS:
    runs = []
    for cp in ALL:
        c = chr(cp)
        v = fn(old, c)
        if in_unassigned[cp]:
            if neutral.setdefault(name, v) != v:
                neutral[name] = None
            if neutral[name] is None:
                assert v == fn(u, c), (name, hex(cp))
            continue
        if v == fn(u, c):
            continue
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] == v:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, v])
    diffs[name] = (kind, runs)

# Normalization under 3.2.0: characters (assigned then) whose NFD differs
# from their decomposition's, beyond what unassigned characters explain.
norm32 = []
for cp in ALL:
    c = chr(cp)
    if old.category(c) == "Cn":
        continue
    if old.normalize("NFD", c) != u.normalize("NFD", c):
        v = old.normalize("NFD", c)
        assert len(v) == 1, hex(cp)
        norm32.append((cp, ord(v)))


def go_value(kind, v):
    if kind == "string":
        return '"%s"' % v
    return repr(v)


out = []
w = out.append
w("// Code generated by tools/gen/unicodedata_names.py from Unicode %s; DO NOT EDIT." % u.unidata_version)
w("")
w("package unicodedatamod")
w("")
w('const oldVersion = "%s"' % old.unidata_version)
w("")
w("// namesZ: the names, one \"<gap from the previous named code point, hex>;NAME\" a line.")
w("const namesZ = " + blob("\n".join(names)))
w("")
w("// aliasesZ: \"<code point>;ALIAS\" lines; seqsZ: \"NAME;<code points>\" lines.")
w("const aliasesZ = " + blob("\n".join(aliases)))
w("")
w("const seqsZ = " + blob("\n".join(seqs)))
w("")
w("// decompZ: \"<code point>;<decomposition>\" lines.")
w("const decompZ = " + blob("\n".join(decomps)))
w("")
w("// noncomposingZ: code points whose canonical pair does not compose back.")
w("const noncomposingZ = " + blob("\n".join(noncomposing)))
w("")
w("// cjkRanges are the unified ideographs, named CJK UNIFIED IDEOGRAPH-<hex>.")
w("var cjkRanges = []intRange{")
for a, b in cjk:
    w("\t{0x%X, 0x%X, 0}," % (a, b))
w("}")
w("")
w("// unassigned32 are the characters assigned since Unicode 3.2.0.")
w("var unassigned32 = []intRange{")
for a, b in unassigned:
    w("\t{0x%X, 0x%X, 0}," % (a, b))
w("}")
for name, (kind, runs) in diffs.items():
    w("")
    w("// %s32 hold the assigned characters whose %s differs in Unicode 3.2.0 (-1:" % (name, name))
    if neutral[name] is None:
        w("// none); an unassigned one's is the current one.")
    else:
        w("// none); an unassigned one's is %s." % go_value(kind, neutral[name]))
        w("const %sUnassigned32 = %s" % (name, go_value(kind, neutral[name])))
        w("")
    if not runs:
        w("var %s32 = []%sRange{}" % (name, kind))
        continue
    w("var %s32 = []%sRange{" % (name, kind))
    for a, b, v in runs:
        w("\t{0x%X, 0x%X, %s}," % (a, b, go_value(kind, v)))
    w("}")
w("")
w("// normalization32 are the characters whose decomposition Unicode 3.2.0 had otherwise.")
w("var normalization32 = map[rune]rune{")
for a, b in norm32:
    w("\t0x%X: 0x%X," % (a, b))
w("}")
print("\n".join(out))
print("aliases %d, named sequences %d, names %d, decompositions %d, noncomposing %d, unassigned32 ranges %d, %s"
      % (len(aliases), len(seqs), len(names), len(decomps), len(noncomposing), len(unassigned),
         {k: len(v[1]) for k, v in diffs.items()}), file=sys.stderr)
