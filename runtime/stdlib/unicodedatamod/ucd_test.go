package unicodedatamod

import (
	"bufio"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// oracle prints, for both of the host's databases (0: unicodedata, 1:
// ucd_3_2_0), every value that is not the trivial one: names,
// decompositions, the four normal forms of every character and of random
// strings, the 3.2.0 properties that differ from the current ones, and
// lookups of every name, alias and named sequence and of near misses.
const oracle = `
import random, sys, unicodedata as u
dbs = (u, u.ucd_3_2_0)
def h(s): return " ".join("%X" % ord(c) for c in s)
out = []
w = out.append
props = ["category", "bidirectional", "east_asian_width", "combining", "mirrored"]
for cp in range(sys.maxunicode + 1):
    c = chr(cp)
    for i, d in enumerate(dbs):
        n = d.name(c, None)
        if n is not None: w("name %d %X %s" % (i, cp, n))
        x = d.decomposition(c)
        if x: w("decomp %d %X %s" % (i, cp, x))
        for f in ("NFC", "NFD", "NFKC", "NFKD"):
            x = d.normalize(f, c)
            if x != c: w("norm %d %s %X %s" % (i, f, cp, h(x)))
    for p in props:
        a, b = getattr(u, p)(c), getattr(u.ucd_3_2_0, p)(c)
        if a != b: w("prop %s %X %r" % (p, cp, b))
    for p in ("decimal", "digit", "numeric"):
        a, b = getattr(u, p)(c, None), getattr(u.ucd_3_2_0, p)(c, None)
        if a != b: w("prop %s %X %r" % (p, cp, b))
rnd = random.Random(1)
pool = [chr(cp) for cp in range(0x10000) if u.combining(chr(cp)) or u.decomposition(chr(cp))]
pool += [chr(cp) for cp in range(0x1100, 0x1200)] + list("aeiouAEIOU") + ["\uac00", "\uac01", "\u1b05", "\u1b35"]
for n in range(30000):
    s = "".join(rnd.choice(pool) for _ in range(rnd.randint(1, 6)))
    for i, d in enumerate(dbs):
        for f in ("NFC", "NFD", "NFKC", "NFKD"):
            w("seq %d %s %s|%s|%d" % (i, f, h(s), h(d.normalize(f, s)), d.is_normalized(f, s)))
names = sys.stdin.read().split("\n")
for n in names:
    for i, d in enumerate(dbs):
        try: r = h(d.lookup(n))
        except KeyError as e: r = "KeyError " + str(e)
        w("lookup %d %s|%s" % (i, n, r))
print("\n".join(out))
`

func hexRunes(s string) string {
	var parts []string
	for _, r := range py.StrRunes(s) {
		parts = append(parts, fmt.Sprintf("%X", r))
	}
	return strings.Join(parts, " ")
}

func fromHex(s string) string {
	var rs []rune
	for _, f := range strings.Fields(s) {
		rs = append(rs, hexRune(f))
	}
	return py.RunesStr(rs)
}

func pyRepr(o py.Object) string {
	if o == nil {
		return "None"
	}
	return py.Repr(o)
}

// TestAgainstHost compares every character's name, decomposition, normal
// forms and 3.2.0 properties, normal forms of random strings, and lookups,
// with the host's unicodedata.
func TestAgainstHost(t *testing.T) {
	py.EnterMain()
	if testing.Short() {
		t.Skip("slow")
	}
	// Names to look up: every name, alias and named sequence, in lower
	// case, and near misses.
	loadNames()
	var probes []string
	add := func(n string) {
		probes = append(probes, n, strings.ToLower(n), n+"X", n[:len(n)-1])
	}
	for i, n := range nameStrs {
		if i%7 == 0 {
			add(n)
		}
	}
	for n := range aliases {
		add(n)
	}
	for n := range sequences {
		add(n)
	}
	for r := rune(0); r < 0x30000; r += 97 {
		if n := current.name(r); n != "" {
			add(n)
		}
	}
	probes = append(probes, "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-9FA6", "CJK UNIFIED IDEOGRAPH-2A6DF",
		"HANGUL SYLLABLE ", "HANGUL SYLLABLE GAX", "HANGUL SYLLABLE A", "HANGUL SYLLABLE GGWAELH", strings.Repeat("A", 256), strings.Repeat("A", 257), "")
	cmd := exec.Command("python3", "-c", oracle)
	cmd.Stdin = strings.NewReader(strings.Join(probes, "\n"))
	raw, err := cmd.Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	want := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(string(raw)))
	sc.Buffer(nil, 1<<20)
	var seqs, lookups []string
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "seq "):
			seqs = append(seqs, l)
		case strings.HasPrefix(l, "lookup "):
			lookups = append(lookups, l)
		default:
			want[l] = true
		}
	}
	dbs := []*ucd{current, old32}
	have := map[string]bool{}
	call := func(d *ucd, name string, args ...py.Object) py.Object {
		var r py.Object
		func() {
			defer func() {
				if e := recover(); e != nil {
					r = nil
				}
			}()
			r = methods[name](d, args, nil)
		}()
		return r
	}
	for cp := rune(0); cp <= 0x10FFFF; cp++ {
		c := py.Str(py.RuneStr(cp))
		for i, d := range dbs {
			if n := d.name(cp); n != "" {
				have[fmt.Sprintf("name %d %X %s", i, cp, n)] = true
			}
			if x := d.decomposition(cp); x != "" {
				have[fmt.Sprintf("decomp %d %X %s", i, cp, x)] = true
			}
			for _, f := range []string{"NFC", "NFD", "NFKC", "NFKD"} {
				if x := d.normalize(f, string(c)); x != string(c) {
					have[fmt.Sprintf("norm %d %s %X %s", i, f, cp, hexRunes(x))] = true
				}
			}
		}
		for _, p := range []string{"category", "bidirectional", "east_asian_width", "combining", "mirrored"} {
			a, b := call(current, p, c), call(old32, p, c)
			if !py.Eq(a, b) {
				have[fmt.Sprintf("prop %s %X %s", p, cp, pyRepr(b))] = true
			}
		}
		for _, p := range []string{"decimal", "digit", "numeric"} {
			a, b := call(current, p, c, py.None), call(old32, p, c, py.None)
			if !py.Eq(a, b) {
				have[fmt.Sprintf("prop %s %X %s", p, cp, pyRepr(b))] = true
			}
		}
	}
	bad := 0
	report := func(format string, args ...any) {
		if bad++; bad <= 40 {
			t.Errorf(format, args...)
		}
	}
	for l := range want {
		if !have[l] {
			report("python3 has, Go lacks: %s", l)
		}
	}
	for l := range have {
		if !want[l] {
			report("Go has, python3 lacks: %s", l)
		}
	}
	for _, l := range seqs {
		f := strings.SplitN(l, " ", 4)
		db, _ := strconv.Atoi(f[1])
		parts := strings.Split(f[3], "|")
		s := fromHex(parts[0])
		got := hexRunes(dbs[db].normalize(f[2], s))
		isn := "0"
		if dbs[db].normalize(f[2], s) == s {
			isn = "1"
		}
		if got != parts[1] || isn != parts[2] {
			report("normalize(%s, %s) db %d = %s (normalized %s), python3 %s (%s)", f[2], parts[0], db, got, isn, parts[1], parts[2])
		}
	}
	for _, l := range lookups {
		f := strings.SplitN(l, " ", 3)
		db, _ := strconv.Atoi(f[1])
		i := strings.LastIndex(f[2], "|")
		name, w := f[2][:i], f[2][i+1:]
		var got string
		func() {
			defer func() {
				if e := recover(); e != nil {
					got = "KeyError " + py.StrOf(py.Call(py.LoadBuiltin("str"), py.Recovered(e)))
				}
			}()
			got = hexRunes(py.StrOf(methods["lookup"](dbs[db], []py.Object{py.Str(name)}, nil)))
		}()
		if got != w {
			report("lookup(%q) db %d = %s, python3 %s", name, db, got, w)
		}
	}
	for _, f := range []string{"NFC", "X"} {
		for _, in := range []string{"", "a", "\u00e9"} {
			var got string
			if e := py.Catch(func() { got = current.normalize(f, in) }); e != nil {
				got = e.Type().Name + ": " + py.ExcStr(e)
			}
			want := in
			if f == "X" && in != "" {
				want = "ValueError: invalid normalization form"
			}
			if got != want {
				t.Errorf("normalize(%q, %q) = %q, want %q", f, in, got, want)
			}
		}
	}
	t.Logf("%d characters' values, %d normalized strings, %d lookups compared", len(want), len(seqs), len(lookups))
}
