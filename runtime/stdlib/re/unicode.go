package re

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Character predicates and case mappings with CPython's meaning
// (Py_UNICODE_ISALNUM, Py_UNICODE_ISSPACE, _PyUnicode_ToLowercase, ...).

func uniLower(r rune) rune {
	if r < 128 {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if v, ok := lowerFix[r]; ok {
		return v
	}
	return unicode.ToLower(r)
}

func uniUpper(r rune) rune {
	if r < 128 {
		if r >= 'a' && r <= 'z' {
			return r - 32
		}
		return r
	}
	if v, ok := upperFix[r]; ok {
		return v
	}
	return unicode.ToUpper(r)
}

func uniIsCased(r rune) bool { return r != uniLower(r) || r != uniUpper(r) }

func asciiLower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 32
	}
	return r
}

func asciiUpper(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return r - 32
	}
	return r
}

func asciiIsCased(r rune) bool { return r < 128 && isASCIILetter(r) }

func uniIsDecimal(r rune) bool {
	if r < 128 {
		return r >= '0' && r <= '9'
	}
	if v, ok := decimalFix[r]; ok {
		return v
	}
	return unicode.Is(unicode.Nd, r)
}

func uniIsAlnum(r rune) bool {
	if r < 128 {
		return r >= '0' && r <= '9' || isASCIILetter(r)
	}
	i := sort.Search(len(alnumFix), func(i int) bool { return alnumFix[i].hi >= r })
	if i < len(alnumFix) && alnumFix[i].lo <= r {
		return alnumFix[i].v
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func uniIsWord(r rune) bool { return r == '_' || uniIsAlnum(r) }

func uniIsSpace(r rune) bool {
	switch {
	case r >= 9 && r <= 13, r >= 0x1c && r <= 0x20, r == 0x85, r == 0xa0, r == 0x1680,
		r >= 0x2000 && r <= 0x200a, r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

func asciiIsWord(r rune) bool {
	return r < 128 && (r == '_' || r >= '0' && r <= '9' || isASCIILetter(r))
}

func asciiIsSpace(r rune) bool { return r == ' ' || r >= 9 && r <= 13 }

// catMode selects the meaning of \d \w \s and \b.
type catMode uint8

const (
	modeUnicode catMode = iota
	modeASCII
	modeLocale // bytes with re.LOCALE: the C locale's classes (ASCII)
)

func isWord(m catMode, r rune) bool {
	if m == modeUnicode {
		return uniIsWord(r)
	}
	return asciiIsWord(r)
}

func inCategory(m catMode, c category, r rune) bool {
	switch c {
	case catDigit, catNotDigit:
		var v bool
		if m == modeUnicode {
			v = uniIsDecimal(r)
		} else {
			v = r >= '0' && r <= '9'
		}
		return v == (c == catDigit)
	case catSpace, catNotSpace:
		var v bool
		if m == modeUnicode {
			v = uniIsSpace(r)
		} else {
			v = asciiIsSpace(r)
		}
		return v == (c == catSpace)
	default:
		return isWord(m, r) == (c == catWord)
	}
}

// lookupName resolves \N{name} for the names that can be computed
// without the Unicode name database, and a table of common ones.
func lookupName(name string) (rune, bool) {
	n := strings.ToUpper(name)
	if r, ok := commonNames[n]; ok {
		return r, true
	}
	for _, p := range []string{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"} {
		if strings.HasPrefix(n, p) {
			v, err := strconv.ParseUint(n[len(p):], 16, 32)
			if err == nil {
				return rune(v), true
			}
		}
	}
	for _, p := range []struct {
		prefix string
		base   rune
	}{{"LATIN SMALL LETTER ", 'a'}, {"LATIN CAPITAL LETTER ", 'A'}, {"DIGIT ", 0}} {
		if strings.HasPrefix(n, p.prefix) {
			rest := n[len(p.prefix):]
			if p.base == 0 {
				for i, d := range []string{"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"} {
					if rest == d {
						return '0' + rune(i), true
					}
				}
			} else if len(rest) == 1 && rest[0] >= 'A' && rest[0] <= 'Z' {
				return p.base + rune(rest[0]-'A'), true
			}
		}
	}
	return 0, false
}

var commonNames map[string]rune

// initVars3 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars3() {
	commonNames = map[string]rune{
		"SPACE": ' ', "NO-BREAK SPACE": 0xa0, "EM DASH": 0x2014, "EN DASH": 0x2013, "HYPHEN-MINUS": '-',
		"LINE FEED": '\n', "CARRIAGE RETURN": '\r', "CHARACTER TABULATION": '\t', "NULL": 0,
		"FULL STOP": '.', "COMMA": ',', "COLON": ':', "SEMICOLON": ';', "QUESTION MARK": '?', "EXCLAMATION MARK": '!',
		"QUOTATION MARK": '"', "APOSTROPHE": '\'', "LEFT PARENTHESIS": '(', "RIGHT PARENTHESIS": ')',
		"ASTERISK": '*', "PLUS SIGN": '+', "SOLIDUS": '/', "REVERSE SOLIDUS": '\\', "LOW LINE": '_',
		"NUMBER SIGN": '#', "DOLLAR SIGN": '$', "PERCENT SIGN": '%', "AMPERSAND": '&', "COMMERCIAL AT": '@',
		"LEFT SQUARE BRACKET": '[', "RIGHT SQUARE BRACKET": ']', "LEFT CURLY BRACKET": '{', "RIGHT CURLY BRACKET": '}',
		"CIRCUMFLEX ACCENT": '^', "GRAVE ACCENT": '`', "VERTICAL LINE": '|', "TILDE": '~', "LESS-THAN SIGN": '<',
		"GREATER-THAN SIGN": '>', "EQUALS SIGN": '=', "HORIZONTAL ELLIPSIS": 0x2026, "BULLET": 0x2022,
		"LEFT SINGLE QUOTATION MARK": 0x2018, "RIGHT SINGLE QUOTATION MARK": 0x2019,
		"LEFT DOUBLE QUOTATION MARK": 0x201c, "RIGHT DOUBLE QUOTATION MARK": 0x201d,
		"EURO SIGN": 0x20ac, "POUND SIGN": 0xa3, "YEN SIGN": 0xa5, "CENT SIGN": 0xa2, "COPYRIGHT SIGN": 0xa9,
		"REGISTERED SIGN": 0xae, "DEGREE SIGN": 0xb0, "MICRO SIGN": 0xb5, "SECTION SIGN": 0xa7,
		"PILCROW SIGN": 0xb6, "MIDDLE DOT": 0xb7, "MULTIPLICATION SIGN": 0xd7, "DIVISION SIGN": 0xf7,
		"ZERO WIDTH SPACE": 0x200b, "ZERO WIDTH JOINER": 0x200d, "ZERO WIDTH NON-JOINER": 0x200c,
		"BYTE ORDER MARK": 0xfeff, "ZERO WIDTH NO-BREAK SPACE": 0xfeff, "REPLACEMENT CHARACTER": 0xfffd,
		"LATIN SMALL LETTER SHARP S": 0xdf, "LATIN SMALL LETTER E WITH ACUTE": 0xe9,
		"LATIN CAPITAL LETTER E WITH ACUTE": 0xc9, "LATIN SMALL LETTER A WITH GRAVE": 0xe0,
		"GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER BETA": 0x3b2, "GREEK SMALL LETTER PI": 0x3c0,
		"GREEK CAPITAL LETTER SIGMA": 0x3a3, "GREEK SMALL LETTER SIGMA": 0x3c3, "GREEK SMALL LETTER FINAL SIGMA": 0x3c2,
		"GREEK CAPITAL LETTER OMEGA": 0x3a9, "GREEK SMALL LETTER MU": 0x3bc, "SNOWMAN": 0x2603,
		"BLACK STAR": 0x2605, "WHITE STAR": 0x2606, "CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714,
		"RIGHTWARDS ARROW": 0x2192, "LEFTWARDS ARROW": 0x2190, "UPWARDS ARROW": 0x2191, "DOWNWARDS ARROW": 0x2193,
		"INFINITY": 0x221e, "GRINNING FACE": 0x1f600, "THUMBS UP SIGN": 0x1f44d, "HEAVY BLACK HEART": 0x2764,
		"LINE SEPARATOR": 0x2028, "PARAGRAPH SEPARATOR": 0x2029, "IDEOGRAPHIC SPACE": 0x3000,
		"NARROW NO-BREAK SPACE": 0x202f, "SOFT HYPHEN": 0xad, "KELVIN SIGN": 0x212a, "ANGSTROM SIGN": 0x212b,
	}
}
