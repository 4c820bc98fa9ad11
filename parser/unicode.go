package parser

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed unicode_names.gz
var unicodeNamesGz []byte

var (
	namesOnce sync.Once
	namesMap  map[string]rune
)

func loadNames() {
	m := make(map[string]rune, 45000)
	zr, err := gzip.NewReader(bytes.NewReader(unicodeNamesGz))
	if err == nil {
		sc := bufio.NewScanner(zr)
		cp := rune(0)
		for sc.Scan() {
			line := sc.Text()
			sp := strings.IndexByte(line, ' ')
			if line[0] == '=' { // a name alias: "=<code point> <ALIAS>"
				a, _ := strconv.ParseUint(line[1:sp], 16, 32)
				m[line[sp+1:]] = rune(a)
				continue
			}
			d, _ := strconv.ParseUint(line[:sp], 16, 32)
			cp += rune(d)
			m[line[sp+1:]] = cp
		}
	}
	// Hangul syllables are named algorithmically (Unicode §3.12).
	l := strings.Split("G GG N D DD R M B BB S SS  J JJ C K T P H", " ")
	v := strings.Split("A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I", " ")
	t := strings.Split(" G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H", " ")
	for i := range 11172 {
		m["HANGUL SYLLABLE "+l[i/588]+v[i%588/28]+t[i%28]] = rune(0xAC00 + i)
	}
	namesMap = m
}

// lookupUnicodeName resolves the name in a \N{...} escape.
func lookupUnicodeName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	for _, a := range algorithmicNames {
		if strings.HasPrefix(name, a.prefix) {
			cp, err := strconv.ParseUint(name[len(a.prefix):], 16, 32)
			if err != nil || len(name)-len(a.prefix) < 4 {
				return 0, false
			}
			for _, r := range a.ranges {
				if rune(cp) >= r[0] && rune(cp) <= r[1] {
					return rune(cp), true
				}
			}
			return 0, false
		}
	}
	namesOnce.Do(loadNames)
	r, ok := namesMap[name]
	return r, ok
}

// normalizeIdent applies NFKC to a non-ASCII identifier, as CPython does
// (PEP 3131). Characters are mapped one by one, which is exact for every
// identifier without combining sequences.
func normalizeIdent(s string) string {
	var b strings.Builder
	for _, r := range s {
		if i, ok := slices.BinarySearch(nfkcKeys[:], r); ok {
			b.WriteString(nfkcVals[i])
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// decodeSingleByte converts src from a single-byte encoding to UTF-8.
func decodeSingleByte(src []byte, table string) []byte {
	high := []rune(table)
	out := make([]byte, 0, len(src)+len(src)/4)
	for _, c := range src {
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, high[c-0x80])
		}
	}
	return out
}

// codecName normalises an encoding name the way Python's codec registry
// does, for the few spellings of UTF-8 and the single-byte tables.
func codecName(enc string) string {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch {
	case e == "utf-8" || e == "utf8" || strings.HasPrefix(e, "utf-8-"):
		return "utf-8"
	case e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1" || e == "iso-latin-1" || e == "cp819":
		return "iso8859-1"
	case strings.HasPrefix(e, "iso-8859-"):
		return "iso8859-" + e[len("iso-8859-"):]
	case strings.HasPrefix(e, "iso8859-"):
		return e
	case e == "latin-9" || e == "latin9":
		return "iso8859-15"
	case e == "koi8-r" || e == "koi8r":
		return "koi8-r"
	case e == "koi8-u":
		return "koi8-u"
	case strings.HasPrefix(e, "windows-"):
		return "cp" + e[len("windows-"):]
	case e == "macroman" || e == "mac-roman":
		return "mac-roman"
	case e == "ascii" || e == "us-ascii":
		return "ascii"
	}
	return e
}
