package codecsmod

import (
	"encoding/json"
	"os/exec"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// TestUnicodeEscapeNames compares unicode_escape's \N{...} decoding (names,
// aliases, named sequences refused, malformed escapes, under strict and
// replace) with python3's.
func TestUnicodeEscapeNames(t *testing.T) {
	py.EnterMain()
	inputs := []string{`\N{LATIN SMALL LETTER A}x`, `\N{latin capital letter gha}`, `\N{HANGUL SYLLABLE GAG}`,
		`\N{CJK UNIFIED IDEOGRAPH-4E00}`, `\N{cjk unified ideograph-4e00}`, `\N{KEYCAP NUMBER SIGN}`, `\N{blah}z`,
		`\N{SPACE`, `\NSPACE`, `\N{}x`, `a\N`, `\N{BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS}`}
	src, _ := json.Marshal(inputs)
	prog := `import json, sys
out = []
for s in json.loads(sys.argv[1]):
    for errors in ("strict", "replace"):
        try:
            out.append(s.encode("latin-1").decode("unicode-escape", errors))
        except UnicodeDecodeError as e:
            out.append("%s %d %d %s" % (type(e).__name__, e.start, e.end, e.reason))
print(json.dumps(out))`
	raw, err := exec.Command("python3", "-c", prog, string(src)).Output()
	if err != nil {
		t.Skip("python3:", err)
	}
	var want []string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	k := 0
	for _, s := range inputs {
		for _, errors := range []string{"strict", "replace"} {
			var got string
			if e := py.Catch(func() { got, _ = escapeDecode([]byte(s), errors, true) }); e != nil {
				got = e.Type().Name + " " + py.Repr(py.GetAttr(e, "start")) + " " + py.Repr(py.GetAttr(e, "end")) + " " + py.StrOf(py.GetAttr(e, "reason"))
			}
			if got != want[k] {
				t.Errorf("%q.decode('unicode-escape', %q) = %q, python3 %q", s, errors, got, want[k])
			}
			k++
		}
	}
}
