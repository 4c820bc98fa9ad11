package parser

import "testing"

// TestNameAliases: \N{...} accepts the name aliases (NameAliases.txt),
// in any case, as CPython does.
func TestNameAliases(t *testing.T) {
	for name, want := range map[string]rune{
		"LATIN CAPITAL LETTER GHA": 0x01A2, "latin small letter gha": 0x01A3,
		"BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS": 0x1D0C5, "NUL": 0, "LATIN SMALL LETTER A": 'a',
	} {
		if r, ok := lookupUnicodeName(name); !ok || r != want {
			t.Errorf("\\N{%s} = %U, %v; want %U", name, r, ok, want)
		}
	}
}
