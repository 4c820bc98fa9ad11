package re

import (
	"fmt"
	"math/bits"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/enum"
)

func patternMethod(name string, fn func(p *Pattern, args []py.Object, kw []string) py.Object) {
	py.AddMethod(PatternType, name, func(args []py.Object, kw []string) py.Object {
		p, ok := args[0].(*Pattern)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor '%s' for 're.Pattern' objects doesn't apply to a '%s' object", name, args[0].Type().Name)))
		}
		return fn(p, args[1:], kw)
	})
}

func matchMethod(name string, fn func(m *Match, args []py.Object, kw []string) py.Object) {
	py.AddMethod(MatchType, name, func(args []py.Object, kw []string) py.Object {
		return fn(args[0].(*Match), args[1:], kw)
	})
}

func optDefault(name string, args []py.Object, kw []string) py.Object {
	a := py.ParseArgs(name, args, kw, []string{"default"}, 0)
	if a[0] == nil {
		return py.None
	}
	return a[0]
}

func groupArg(m *Match, name string, args []py.Object, kw []string) int {
	a := py.ParseArgs(name, args, kw, []string{"group"}, 0)
	if a[0] == nil {
		return 0
	}
	return m.groupIndex(a[0])
}

// RegexFlagType is re.RegexFlag.
var RegexFlagType *py.Type

var flagMembers = []struct {
	name, alias string
	v           int
}{{"ASCII", "A", flagA}, {"IGNORECASE", "I", flagI}, {"LOCALE", "L", flagL}, {"UNICODE", "U", flagU},
	{"MULTILINE", "M", flagM}, {"DOTALL", "S", flagS}, {"VERBOSE", "X", flagX}, {"TEMPLATE", "T", flagT}, {"DEBUG", "", flagD}}

func flagRepr(v int) string {
	if v == 0 {
		return "re.NOFLAG"
	}
	var names []string
	for _, f := range flagMembers {
		if v&f.v != 0 {
			names = append(names, "re."+f.name)
			v &^= f.v
		}
	}
	if v != 0 {
		names = append(names, fmt.Sprintf("0x%x", v))
	}
	return strings.Join(names, "|")
}

func makeRegexFlag() *py.Type {
	ns := py.NewDict()
	ns.SetStr("NOFLAG", py.Int(0))
	for _, f := range flagMembers {
		ns.SetStr(f.name, py.Int(f.v))
	}
	for _, f := range flagMembers {
		if f.alias != "" {
			ns.SetStr(f.alias, py.Int(f.v))
		}
	}
	repr := py.NewFunction(&py.Code{Name: "__repr__", Qualname: "RegexFlag.__repr__", Module: "re", Params: []string{"self"}, NumPos: 1}, nil, nil,
		func(args []py.Object) py.Object {
			return py.Str(flagRepr(py.Index(py.GetAttr(args[0], "_value_"))))
		})
	ns.SetStr("__invert__", py.NewFunction(&py.Code{Name: "__invert__", Qualname: "RegexFlag.__invert__", Module: "re", Params: []string{"self"}, NumPos: 1}, nil, nil,
		func(args []py.Object) py.Object {
			all := 0
			for _, f := range flagMembers {
				all |= f.v
			}
			v := py.Index(py.GetAttr(args[0], "_value_"))
			// Unknown bits (KEEP) invert within the value's bit length.
			if m := 1<<bits.Len(uint(v)) - 1; v > 0 {
				all |= m
			}
			return py.Call(RegexFlagType, py.Int(all&^v))
		}))
	ns.SetStr("__repr__", repr)
	ns.SetStr("__str__", repr)
	ns.SetStr("__module__", py.Str("re"))
	return enum.NewClass("RegexFlag", "re", "IntFlag", ns)
}

func posEnd(a []py.Object) (int, int) {
	return intArg(a[0], 0), intArg(a[1], maxInt)
}

func setup0() {
	for _, t := range []*py.Type{PatternType, MatchType} {
		t := t
		py.SetCall(t, func(*py.Type, []py.Object, []string) py.Object {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("cannot create 're.%s' instances", t.Name)))
		})
	}
	py.AddMethod(ErrorType, "__init__", errorInit)
	for _, t := range []*py.Type{PatternType, MatchType} {
		t.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
			return &py.GenericAlias{Origin: args[0].(*py.Type), Args: args[1]}
		})})
	}

	for _, md := range []struct {
		name string
		m    mode
	}{{"search", modeSearch}, {"match", modeMatch}, {"fullmatch", modeFull}} {
		md := md
		patternMethod(md.name, func(p *Pattern, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(md.name, args, kw, []string{"string", "pos", "endpos"}, 1)
			pos, end := posEnd(a[1:])
			return matchOrNone(p.find(a[0], pos, end, md.m))
		})
	}
	patternMethod("findall", func(p *Pattern, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("findall", args, kw, []string{"string", "pos", "endpos"}, 1)
		pos, end := posEnd(a[1:])
		return p.findall(a[0], pos, end)
	})
	patternMethod("finditer", func(p *Pattern, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("finditer", args, kw, []string{"string", "pos", "endpos"}, 1)
		pos, end := posEnd(a[1:])
		return p.finditer(a[0], pos, end)
	})
	patternMethod("scanner", func(p *Pattern, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("scanner", args, kw, []string{"string", "pos", "endpos"}, 1)
		pos, end := posEnd(a[1:])
		return p.newScanner(a[0], pos, end)
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		patternMethod(name, func(p *Pattern, args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"repl", "string", "count"}, 2)
			s, n := p.Sub(a[0], a[1], intArg(a[2], 0))
			if name == "sub" {
				return s
			}
			return py.NewTuple(s, py.Int(n))
		})
	}
	patternMethod("split", func(p *Pattern, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("split", args, kw, []string{"string", "maxsplit"}, 1)
		return p.split(a[0], intArg(a[1], 0))
	})
	patternMethod("__repr__", func(p *Pattern, args []py.Object, kw []string) py.Object { return py.Str(p.String()) })
	patternMethod("__copy__", func(p *Pattern, args []py.Object, kw []string) py.Object { return p })
	patternMethod("__deepcopy__", func(p *Pattern, args []py.Object, kw []string) py.Object { return p })
	patternMethod("__eq__", func(p *Pattern, args []py.Object, kw []string) py.Object {
		q, ok := args[0].(*Pattern)
		if !ok {
			return py.NotImplemented
		}
		return py.NewBool(p == q || p.src == q.src && p.flags == q.flags && p.bytes == q.bytes)
	})
	patternMethod("__ne__", func(p *Pattern, args []py.Object, kw []string) py.Object {
		q, ok := args[0].(*Pattern)
		if !ok {
			return py.NotImplemented
		}
		return py.NewBool(!(p == q || p.src == q.src && p.flags == q.flags && p.bytes == q.bytes))
	})
	patternMethod("__reduce__", func(p *Pattern, args []py.Object, kw []string) py.Object {
		return py.NewTuple(py.GetAttr(py.Import("re"), "_compile"), py.NewTuple(p.srcObj, py.Int(p.flags)))
	})
	patternMethod("__hash__", func(p *Pattern, args []py.Object, kw []string) py.Object {
		return py.PyHash(py.NewTuple(p.srcObj, py.Int(p.flags)))
	})
	py.AddGetter(PatternType, "pattern", func(o py.Object) py.Object { return o.(*Pattern).srcObj }, nil)
	py.AddGetter(PatternType, "flags", func(o py.Object) py.Object { return py.Int(o.(*Pattern).flags) }, nil)
	py.AddGetter(PatternType, "groups", func(o py.Object) py.Object { return py.Int(o.(*Pattern).groups) }, nil)
	py.AddGetter(PatternType, "groupindex", func(o py.Object) py.Object {
		p := o.(*Pattern)
		d := py.NewDict()
		for _, n := range p.names {
			d.SetStr(n, py.Int(p.index[n]))
		}
		return &py.MappingProxy{M: d}
	}, nil)

	// Scanner
	py.AddMethod(ScannerType, "match", func(args []py.Object, kw []string) py.Object { return args[0].(*Scanner).next(modeMatch) })
	py.AddMethod(ScannerType, "search", func(args []py.Object, kw []string) py.Object { return args[0].(*Scanner).next(modeSearch) })
	py.AddGetter(ScannerType, "pattern", func(o py.Object) py.Object { return o.(*Scanner).pat }, nil)

	// Match
	matchMethod("group", func(m *Match, args []py.Object, kw []string) py.Object {
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "Match.group() takes no keyword arguments"))
		}
		switch len(args) {
		case 0:
			return m.group(0, py.None)
		case 1:
			return m.group(m.groupIndex(args[0]), py.None)
		}
		out := make([]py.Object, len(args))
		for i, a := range args {
			out[i] = m.group(m.groupIndex(a), py.None)
		}
		return py.NewTuple(out...)
	})
	matchMethod("__getitem__", func(m *Match, args []py.Object, kw []string) py.Object {
		return m.group(m.groupIndex(args[0]), py.None)
	})
	matchMethod("groups", func(m *Match, args []py.Object, kw []string) py.Object {
		def := optDefault("groups", args, kw)
		out := make([]py.Object, m.pat.groups)
		for g := range out {
			out[g] = m.group(g+1, def)
		}
		return py.NewTuple(out...)
	})
	matchMethod("groupdict", func(m *Match, args []py.Object, kw []string) py.Object {
		def := optDefault("groupdict", args, kw)
		d := py.NewDict()
		for _, n := range m.pat.names {
			d.SetStr(n, m.group(m.pat.index[n], def))
		}
		return d
	})
	matchMethod("start", func(m *Match, args []py.Object, kw []string) py.Object {
		s, _ := m.span(groupArg(m, "start", args, kw))
		return py.Int(s)
	})
	matchMethod("end", func(m *Match, args []py.Object, kw []string) py.Object {
		_, e := m.span(groupArg(m, "end", args, kw))
		return py.Int(e)
	})
	matchMethod("span", func(m *Match, args []py.Object, kw []string) py.Object {
		s, e := m.span(groupArg(m, "span", args, kw))
		return py.NewTuple(py.Int(s), py.Int(e))
	})
	matchMethod("expand", func(m *Match, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("expand", args, kw, []string{"template"}, 1)
		return m.expandObj(a[0])
	})
	matchMethod("__repr__", func(m *Match, args []py.Object, kw []string) py.Object { return py.Str(m.String()) })
	matchMethod("__bool__", func(m *Match, args []py.Object, kw []string) py.Object { return py.True })
	matchMethod("__copy__", func(m *Match, args []py.Object, kw []string) py.Object { return m })
	matchMethod("__deepcopy__", func(m *Match, args []py.Object, kw []string) py.Object { return m })
	py.AddGetter(MatchType, "string", func(o py.Object) py.Object { return o.(*Match).subj.obj }, nil)
	py.AddGetter(MatchType, "re", func(o py.Object) py.Object { return o.(*Match).pat }, nil)
	py.AddGetter(MatchType, "pos", func(o py.Object) py.Object { return py.Int(o.(*Match).pos) }, nil)
	py.AddGetter(MatchType, "endpos", func(o py.Object) py.Object { return py.Int(o.(*Match).end) }, nil)
	py.AddGetter(MatchType, "lastindex", func(o py.Object) py.Object {
		m := o.(*Match)
		if m.lastindex < 0 {
			return py.None
		}
		return py.Int(m.lastindex)
	}, nil)
	py.AddGetter(MatchType, "lastgroup", func(o py.Object) py.Object {
		m := o.(*Match)
		if m.lastindex < 0 {
			return py.None
		}
		for _, n := range m.pat.names {
			if m.pat.index[n] == m.lastindex {
				return py.Str(n)
			}
		}
		return py.None
	}, nil)
	py.AddGetter(MatchType, "regs", func(o py.Object) py.Object {
		m := o.(*Match)
		out := make([]py.Object, m.pat.groups+1)
		for g := range out {
			s, e := m.span(g)
			out[g] = py.NewTuple(py.Int(s), py.Int(e))
		}
		return py.NewTuple(out...)
	}, nil)

	py.RegisterModule("re", func(mod *py.Module) {
		// Made at import: through the enum module the program links.
		RegexFlagType = makeRegexFlag()
		mod.Set("error", ErrorType)
		mod.Set("Pattern", PatternType)
		mod.Set("Match", MatchType)
		mod.Set("RegexFlag", RegexFlagType)
		mod.Set("Scanner", makeScannerClass())
		// One literal call each: the driver links the runtime packages
		// that Go code imports by a literal name (internal/driver/linkset.go).
		py.Catch(func() { mod.Set("enum", py.Import("enum")) })
		py.Catch(func() { mod.Set("functools", py.Import("functools")) })
		py.Catch(func() { mod.Set("copyreg", py.Import("copyreg")) })
		mod.Set("__version__", py.Str("2.2.1"))
		mod.Set("NOFLAG", py.GetAttr(RegexFlagType, "NOFLAG"))
		for _, f := range flagMembers {
			v := py.GetAttr(RegexFlagType, f.name)
			mod.Set(f.name, v)
			if f.alias != "" {
				mod.Set(f.alias, v)
			}
		}
		var all []py.Object
		for _, n := range []string{"match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
			"purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
			"IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"} {
			all = append(all, py.Str(n))
		}
		mod.Set("__all__", py.NewList(all...))
		mod.AddFunc("compile", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("compile", args, kw, []string{"pattern", "flags"}, 1)
			return compileWarn(a[0], intArg(a[1], 0))
		})
		mod.AddFunc("_compile", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("_compile", args, kw, []string{"pattern", "flags"}, 2)
			return compileWarn(a[0], intArg(a[1], 0))
		})
		mod.AddFunc("template", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("template", args, kw, []string{"pattern", "flags"}, 1)
			warn("The re.template() function is deprecated as it is an undocumented function " +
				"without an obvious purpose. Use re.compile() instead.")
			return Compile(a[0], intArg(a[1], 0)|flagT)
		})
		for _, md := range []struct {
			name string
			m    mode
		}{{"search", modeSearch}, {"match", modeMatch}, {"fullmatch", modeFull}} {
			md := md
			mod.AddFunc(md.name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(md.name, args, kw, []string{"pattern", "string", "flags"}, 2)
				return matchOrNone(Compile(a[0], intArg(a[2], 0)).find(a[1], 0, maxInt, md.m))
			})
		}
		mod.AddFunc("findall", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("findall", args, kw, []string{"pattern", "string", "flags"}, 2)
			return Compile(a[0], intArg(a[2], 0)).findall(a[1], 0, maxInt)
		})
		mod.AddFunc("finditer", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("finditer", args, kw, []string{"pattern", "string", "flags"}, 2)
			return Compile(a[0], intArg(a[2], 0)).finditer(a[1], 0, maxInt)
		})
		mod.AddFunc("split", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("split", args, kw, []string{"pattern", "string", "maxsplit", "flags"}, 2)
			p := Compile(a[0], intArg(a[3], 0))
			return p.split(a[1], intArg(a[2], 0))
		})
		for _, name := range []string{"sub", "subn"} {
			name := name
			mod.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"pattern", "repl", "string", "count", "flags"}, 3)
				p := Compile(a[0], intArg(a[4], 0))
				s, n := p.Sub(a[1], a[2], intArg(a[3], 0))
				if name == "sub" {
					return s
				}
				return py.NewTuple(s, py.Int(n))
			})
		}
		mod.AddFunc("escape", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("escape", args, kw, []string{"pattern"}, 1)
			switch v := a[0].(type) {
			case py.Str:
				return py.Str(escapeString(string(v)))
			case py.Bytes:
				return py.Bytes(escapeString(string(v)))
			case *py.ByteArray:
				return py.Bytes(escapeString(string(v.B)))
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected str or bytes, got '%s'", a[0].Type().Name)))
		})
		mod.AddFunc("purge", func(args []py.Object, kw []string) py.Object {
			cacheMu.Lock()
			cache = map[cacheKey]*Pattern{}
			cacheOrder = nil
			lastPattern = nil
			cacheMu.Unlock()
			return py.None
		})
	})
}

// escapeString is re.escape: CPython escapes the characters of
// _special_chars_map (ASCII punctuation and whitespace, not "_").
func escapeString(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if strings.IndexByte("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}

func (p *Pattern) newScanner(o py.Object, pos, end int) *Scanner {
	sj := newSubject(p, o)
	pos, end = clamp(pos, sj.n), clamp(end, sj.n)
	return &Scanner{pat: p, sj: sj, r: p.runner(sj, end), start: pos, pos: pos, end: end}
}

func (p *Pattern) finditer(o py.Object, pos, end int) py.Object {
	sc := p.newScanner(o, pos, end)
	return &py.GoIter{T: callableIter, F: func() (py.Object, bool) {
		m := sc.next(modeSearch)
		return m, m != py.None
	}}
}

// warn issues a DeprecationWarning from the caller's line.
// (Go frames are not Python frames: stacklevel 1 is the Python code that
// called into re.) Without the warnings module (Go unit tests) it is
// silent.
func warn(msg string) { warnAs(py.DeprecationWarningType, msg) }

// warnAs is warnings.warn(msg, cat) from the Python code calling re.
func warnAs(cat *py.Type, msg string) {
	var w *py.Module
	if py.Catch(func() { w = py.Import("warnings") }) != nil {
		return
	}
	py.CallMethod(w, "warn", py.Str(msg), cat, py.Int(1))
}

// compileWarn is re.compile: Compile, warning of the TEMPLATE flag (as
// re._compile does, when the pattern is not cached yet).
func compileWarn(pat py.Object, flags int) *Pattern {
	if flags&flagT != 0 {
		if _, ok := pat.(*Pattern); !ok && !cached(pat, flags) {
			warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag " +
				"without an obvious purpose. Don't use it.")
		}
	}
	return Compile(pat, flags)
}

// warnFuture is a FutureWarning of the parser (possible set operations).
func warnFuture(msg string) { warnAs(py.FutureWarningType, msg) }
