// Package localemod is CPython's _locale as glibc behaves on a host whose
// only locales are C, POSIX and C.UTF-8 (as here): setlocale with glibc's
// per-category state and composite names (LC_CTYPE starts from the
// environment, as CPython sets it at startup), localeconv and nl_langinfo
// of the C locale, strcoll/strxfrm by code point, getencoding, and the
// gettext functions without message catalogs.
package localemod

import (
	"fmt"
	"os"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var consts = []struct {
	name  string
	value int64
}{{"ABDAY_1", 131072}, {"ABDAY_2", 131073}, {"ABDAY_3", 131074}, {"ABDAY_4", 131075}, {"ABDAY_5", 131076}, {"ABDAY_6", 131077},
	{"ABDAY_7", 131078}, {"ABMON_1", 131086}, {"ABMON_10", 131095}, {"ABMON_11", 131096}, {"ABMON_12", 131097}, {"ABMON_2", 131087},
	{"ABMON_3", 131088}, {"ABMON_4", 131089}, {"ABMON_5", 131090}, {"ABMON_6", 131091}, {"ABMON_7", 131092}, {"ABMON_8", 131093},
	{"ABMON_9", 131094}, {"ALT_DIGITS", 131119}, {"AM_STR", 131110}, {"CHAR_MAX", 127}, {"CODESET", 14}, {"CRNCYSTR", 262159},
	{"DAY_1", 131079}, {"DAY_2", 131080}, {"DAY_3", 131081}, {"DAY_4", 131082}, {"DAY_5", 131083}, {"DAY_6", 131084},
	{"DAY_7", 131085}, {"D_FMT", 131113}, {"D_T_FMT", 131112}, {"ERA", 131116}, {"ERA_D_FMT", 131118}, {"ERA_D_T_FMT", 131120},
	{"ERA_T_FMT", 131121}, {"LC_ALL", 6}, {"LC_COLLATE", 3}, {"LC_CTYPE", 0}, {"LC_MESSAGES", 5}, {"LC_MONETARY", 4},
	{"LC_NUMERIC", 1}, {"LC_TIME", 2}, {"MON_1", 131098}, {"MON_10", 131107}, {"MON_11", 131108}, {"MON_12", 131109},
	{"MON_2", 131099}, {"MON_3", 131100}, {"MON_4", 131101}, {"MON_5", 131102}, {"MON_6", 131103}, {"MON_7", 131104},
	{"MON_8", 131105}, {"MON_9", 131106}, {"NOEXPR", 327681}, {"PM_STR", 131111}, {"RADIXCHAR", 65536}, {"THOUSEP", 65537},
	{"T_FMT", 131114}, {"T_FMT_AMPM", 131115}, {"YESEXPR", 327680}, {"_DATE_FMT", 131180}}

// ErrorType is locale.Error.
var ErrorType *py.Type

// glibc's categories, in the order of its composite names (LC_ALL is 6).
var catNames = map[int]string{0: "LC_CTYPE", 1: "LC_NUMERIC", 2: "LC_TIME", 3: "LC_COLLATE", 4: "LC_MONETARY", 5: "LC_MESSAGES",
	7: "LC_PAPER", 8: "LC_NAME", 9: "LC_ADDRESS", 10: "LC_TELEPHONE", 11: "LC_MEASUREMENT", 12: "LC_IDENTIFICATION"}
var catOrder = []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12}

var current = map[int]string{}

func setup0() {
	for _, c := range catOrder {
		current[c] = "C"
	}
	// CPython sets LC_CTYPE from the environment at startup.
	if n, ok := resolve(0, ""); ok {
		current[0] = n
	}
}

// known reports whether name is an installed locale, and its canonical form.
func known(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	case "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8":
		return name, true
	}
	return "", false
}

// resolve is the locale "" selects for a category from the environment.
func resolve(cat int, name string) (string, bool) {
	if name != "" {
		return known(name)
	}
	for _, k := range []string{"LC_ALL", catNames[cat], "LANG"} {
		if v := os.Getenv(k); v != "" {
			return known(v)
		}
	}
	return "C", true
}

func query(cat int) string {
	if cat != 6 {
		return current[cat]
	}
	first := current[catOrder[0]]
	same := true
	for _, c := range catOrder {
		if current[c] != first {
			same = false
		}
	}
	if same {
		return first
	}
	var parts []string
	for _, c := range catOrder {
		parts = append(parts, catNames[c]+"="+current[c])
	}
	return strings.Join(parts, ";")
}

func fail(msg string) { panic(py.NewError(ErrorType, msg)) }

func setlocale(cat int, name string) string {
	if _, ok := catNames[cat]; !ok && cat != 6 {
		fail("unsupported locale setting")
	}
	if cat != 6 {
		n, ok := resolve(cat, name)
		if !ok {
			fail("unsupported locale setting")
		}
		current[cat] = n
		return n
	}
	next := map[int]string{}
	if strings.Contains(name, "=") {
		for _, part := range strings.Split(name, ";") {
			k, v, _ := strings.Cut(part, "=")
			for c, cn := range catNames {
				if cn == k {
					n, ok := known(v)
					if !ok {
						fail("unsupported locale setting")
					}
					next[c] = n
				}
			}
		}
	} else {
		for _, c := range catOrder {
			n, ok := resolve(c, name)
			if !ok {
				fail("unsupported locale setting")
			}
			next[c] = n
		}
	}
	for c, n := range next {
		current[c] = n
	}
	return query(6)
}

func utf8(cat int) bool { return strings.HasPrefix(current[cat], "C.") }

var langinfo map[int]string

func strArg(fname string, o py.Object) string {
	s, ok := o.(py.Str)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() argument must be str, not %s", fname, o.Type().Name)))
	}
	return string(s)
}

func setup1() {
	domain := "messages"
	py.RegisterModule("_locale", func(m *py.Module) {
		m.Set("__doc__", py.Str("Support for POSIX locales."))
		for _, c := range consts {
			m.Set(c.name, py.Int(c.value))
		}
		m.Set("Error", ErrorType)
		m.AddFunc("setlocale", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("setlocale", args, kw, []string{"category", "locale"}, 1)
			cat := py.Index(a[0])
			if a[1] == nil || a[1] == py.None {
				if _, ok := catNames[cat]; !ok && cat != 6 {
					fail("locale query failed")
				}
				return py.Str(query(cat))
			}
			return py.Str(setlocale(cat, strArg("setlocale", a[1])))
		})
		m.AddFunc("localeconv", func(args []py.Object, kw []string) py.Object {
			d := py.NewDict()
			for _, k := range []string{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"} {
				d.SetStr(k, py.Str(""))
			}
			d.SetStr("mon_grouping", py.NewList())
			d.SetStr("positive_sign", py.Str(""))
			d.SetStr("negative_sign", py.Str(""))
			for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
				d.SetStr(k, py.Int(127))
			}
			d.SetStr("decimal_point", py.Str("."))
			d.SetStr("thousands_sep", py.Str(""))
			d.SetStr("grouping", py.NewList())
			return d
		})
		m.AddFunc("nl_langinfo", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("nl_langinfo() takes exactly one argument (%d given)", len(args))))
			}
			key := py.Index(args[0])
			if key == 14 { // CODESET
				if utf8(0) {
					return py.Str("UTF-8")
				}
				return py.Str("ANSI_X3.4-1968")
			}
			if v, ok := langinfo[key]; ok {
				return py.Str(v)
			}
			panic(py.NewError(py.ValueErrorType, "unsupported langinfo constant"))
		})
		m.AddFunc("strcoll", func(args []py.Object, kw []string) py.Object {
			if len(args) != 2 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("strcoll expected 2 arguments, got %d", len(args))))
			}
			a, b := []rune(strArg("strcoll", args[0])), []rune(strArg("strcoll", args[1]))
			for i := 0; i < len(a) && i < len(b); i++ {
				if a[i] != b[i] {
					if a[i] < b[i] {
						return py.Int(-1)
					}
					return py.Int(1)
				}
			}
			switch {
			case len(a) < len(b):
				return py.Int(-1)
			case len(a) > len(b):
				return py.Int(1)
			}
			return py.Int(0)
		})
		m.AddFunc("strxfrm", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("strxfrm() takes exactly one argument (%d given)", len(args))))
			}
			return py.Str(strArg("strxfrm", args[0]))
		})
		m.AddFunc("getencoding", func(args []py.Object, kw []string) py.Object {
			if utf8(0) {
				return py.Str("UTF-8")
			}
			return py.Str("ANSI_X3.4-1968")
		})
		m.AddFunc("gettext", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("gettext", args, kw, []string{"msg"}, 1)
			return py.Str(strArg("gettext", a[0]))
		})
		m.AddFunc("dgettext", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("dgettext", args, kw, []string{"domain", "msg"}, 2)
			return py.Str(strArg("dgettext", a[1]))
		})
		m.AddFunc("dcgettext", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("dcgettext", args, kw, []string{"domain", "msg", "category"}, 3)
			return py.Str(strArg("dcgettext", a[1]))
		})
		m.AddFunc("textdomain", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("textdomain", args, kw, []string{"domain"}, 1)
			if a[0] != py.None {
				domain = strArg("textdomain", a[0])
			}
			return py.Str(domain)
		})
		m.AddFunc("bindtextdomain", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("bindtextdomain", args, kw, []string{"domain", "dir"}, 2)
			if a[1] == py.None {
				return py.Str("/usr/share/locale")
			}
			return a[1]
		})
		m.AddFunc("bind_textdomain_codeset", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("bind_textdomain_codeset", args, kw, []string{"domain", "codeset"}, 2)
			return a[1]
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	ErrorType = py.NewClass("Error", "Error", "locale", []py.Object{py.ExceptionType}, py.NewDict())
	langinfo = map[int]string{131072: "Sun", 131073: "Mon", 131074: "Tue", 131075: "Wed", 131076: "Thu", 131077: "Fri", 131078: "Sat",
		131086: "Jan", 131087: "Feb", 131088: "Mar", 131089: "Apr", 131090: "May", 131091: "Jun", 131092: "Jul", 131093: "Aug",
		131094: "Sep", 131095: "Oct", 131096: "Nov", 131097: "Dec", 131119: "", 131110: "AM", 262159: "-",
		131079: "Sunday", 131080: "Monday", 131081: "Tuesday", 131082: "Wednesday", 131083: "Thursday", 131084: "Friday", 131085: "Saturday",
		131113: "%m/%d/%y", 131112: "%a %b %e %H:%M:%S %Y", 131116: "", 131118: "", 131120: "", 131121: "",
		131098: "January", 131099: "February", 131100: "March", 131101: "April", 131102: "May", 131103: "June", 131104: "July",
		131105: "August", 131106: "September", 131107: "October", 131108: "November", 131109: "December",
		327681: "^[nN]", 131111: "PM", 65536: ".", 65537: "", 131114: "%H:%M:%S", 131115: "%I:%M:%S %p", 327680: "^[yY]",
		131180: "%a %b %e %H:%M:%S %Z %Y"}
}
