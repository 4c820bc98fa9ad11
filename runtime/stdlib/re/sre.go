package re

import (
	"unicode"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// _sre is CPython's regular expression engine module. py2goasync's engine
// is this package's (re is written in Go, not on SRE bytecode), so _sre
// has the engine's constants and the case helpers re._compiler and the
// tests read; compile() compiles the pattern it is given with this engine
// and ignores the bytecode re._compiler made of it.
func setup1() {
	py.RegisterModule("_sre", func(m *py.Module) {
		m.Set("MAGIC", py.Int(20220615))
		m.Set("CODESIZE", py.Int(4))
		m.Set("MAXREPEAT", py.Int(maxRepeat))
		m.Set("MAXGROUPS", py.Int(maxGroups))
		m.Set("copyright", py.Str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
		m.AddFunc("compile", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("compile", args, kw, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6)
			return Compile(a[0], py.Index(a[1])&^flagD)
		})
		m.AddFunc("getcodesize", func(args []py.Object, kw []string) py.Object { return py.Int(4) })
		char := func(name string, args []py.Object, kw []string) rune {
			a := py.ParseArgs(name, args, kw, []string{"character"}, 1)
			return rune(py.Index(a[0]))
		}
		m.AddFunc("ascii_iscased", func(args []py.Object, kw []string) py.Object {
			c := char("ascii_iscased", args, kw)
			return py.NewBool(c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'))
		})
		// CPython's case helpers map a character to the first character of
		// its full case mapping: str.lower and str.upper's.
		caseOf := func(c rune, method string) rune {
			if c < 0 || c > unicode.MaxRune {
				return c
			}
			s := py.StrOf(py.CallMethod(py.Str(string(c)), method))
			for _, r := range string(s) {
				return r
			}
			return c
		}
		m.AddFunc("unicode_iscased", func(args []py.Object, kw []string) py.Object {
			c := char("unicode_iscased", args, kw)
			return py.NewBool(c != caseOf(c, "lower") || c != caseOf(c, "upper"))
		})
		m.AddFunc("ascii_tolower", func(args []py.Object, kw []string) py.Object {
			c := char("ascii_tolower", args, kw)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			return py.Int(c)
		})
		m.AddFunc("unicode_tolower", func(args []py.Object, kw []string) py.Object {
			return py.Int(caseOf(char("unicode_tolower", args, kw), "lower"))
		})
	})
	py.SetCall(ScannerType, func(*py.Type, []py.Object, []string) py.Object {
		panic(py.NewError(py.TypeErrorType, "cannot create '_sre.SRE_Scanner' instances"))
	})
}
