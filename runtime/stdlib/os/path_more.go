package os

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// addPathMore adds the names of posixpath the first os.path lacked, with
// posixpath.py's semantics.
func addPathMore(m *py.Module) {
	m.Set("curdir", py.Str("."))
	m.Set("pardir", py.Str(".."))
	m.Set("extsep", py.Str("."))
	m.Set("altsep", py.None)
	m.Set("pathsep", py.Str(":"))
	m.Set("defpath", py.Str("/bin:/usr/bin"))
	m.Set("devnull", py.Str("/dev/null"))
	m.Set("supports_unicode_filenames", py.False)
	m.Set("sys", py.Import("sys"))
	px := py.Import("posix")
	fspath := py.GetAttr(px, "fspath")
	stat := func(name string, p py.Object) (st py.Object, ok bool) {
		if py.CatchMatching(py.NewTuple(py.OSErrorType, py.ValueErrorType), func() { st = py.Call(py.GetAttr(px, name), p) }) != nil {
			return nil, false
		}
		return st, true
	}
	one := func(name string, f func(p py.Object) py.Object) {
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"path"}, 1)
			return f(a[0])
		})
	}
	one("normcase", func(p py.Object) py.Object { return py.Call(fspath, p) })
	one("splitdrive", func(p py.Object) py.Object {
		p = py.Call(fspath, p)
		return py.NewTuple(py.GetItem(p, py.NewSlice(py.None, py.Int(0), py.None)), p)
	})
	one("islink", func(p py.Object) py.Object {
		st, ok := stat("lstat", p)
		return py.NewBool(ok && py.Index(py.GetAttr(st, "st_mode"))&0o170000 == 0o120000)
	})
	one("lexists", func(p py.Object) py.Object {
		_, ok := stat("lstat", p)
		return py.NewBool(ok)
	})
	for _, t := range []string{"atime", "mtime", "ctime"} {
		t := t
		one("get"+t, func(p py.Object) py.Object { return py.GetAttr(py.Call(py.GetAttr(px, "stat"), p), "st_"+t) })
	}
	one("ismount", func(p py.Object) py.Object {
		st, ok := stat("lstat", p)
		if !ok || py.Index(py.GetAttr(st, "st_mode"))&0o170000 == 0o120000 {
			return py.False
		}
		p = py.Call(fspath, p)
		var parent py.Object
		if b, isBytes := p.(py.Bytes); isBytes {
			parent = py.Call(py.GetAttr(m, "join"), b, py.Bytes(".."))
		} else {
			parent = py.Call(py.GetAttr(m, "join"), p, py.Str(".."))
		}
		pst, ok := stat("lstat", parent)
		if !ok {
			return py.False
		}
		if !py.Eq(py.GetAttr(st, "st_dev"), py.GetAttr(pst, "st_dev")) {
			return py.True
		}
		return py.NewBool(py.Eq(py.GetAttr(st, "st_ino"), py.GetAttr(pst, "st_ino")))
	})
	var varRe *regexp.Regexp // compiled by the first expandvars that needs it (under the GIL)
	one("expandvars", func(p py.Object) py.Object {
		s := py.StrOf(py.Call(fspath, p))
		if !strings.Contains(s, "$") {
			return py.Call(fspath, p)
		}
		if varRe == nil {
			varRe = regexp.MustCompile(`\$([A-Za-z0-9_]+|\{[^}]*\})`)
		}
		env := py.GetAttr(py.Import("os"), "environ")
		out := varRe.ReplaceAllStringFunc(s, func(v string) string {
			name := v[1:]
			if strings.HasPrefix(name, "{") {
				name = name[1 : len(name)-1]
			}
			if py.Contains(env, py.Str(name)) {
				return py.StrOf(py.GetItem(env, py.Str(name)))
			}
			return v
		})
		return py.Str(out)
	})
	m.AddFunc("samestat", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("samestat", args, kw, []string{"s1", "s2"}, 2)
		return py.NewBool(py.Eq(py.GetAttr(a[0], "st_ino"), py.GetAttr(a[1], "st_ino")) && py.Eq(py.GetAttr(a[0], "st_dev"), py.GetAttr(a[1], "st_dev")))
	})
	m.AddFunc("samefile", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("samefile", args, kw, []string{"f1", "f2"}, 2)
		s := func(o py.Object) py.Object { return py.Call(py.GetAttr(px, "stat"), o) }
		return py.Call(py.GetAttr(m, "samestat"), s(a[0]), s(a[1]))
	})
	m.AddFunc("sameopenfile", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("sameopenfile", args, kw, []string{"fp1", "fp2"}, 2)
		s := func(o py.Object) py.Object { return py.Call(py.GetAttr(px, "fstat"), o) }
		return py.Call(py.GetAttr(m, "samestat"), s(a[0]), s(a[1]))
	})
	m.AddFunc("commonprefix", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("commonprefix", args, kw, []string{"m"}, 1)
		if !py.Truth(a[0]) {
			return py.Str("")
		}
		items := py.AppendStar(nil, a[0])
		switch items[0].(type) {
		case *py.List, *py.Tuple:
		default:
			for i, x := range items {
				items[i] = py.Call(fspath, x)
			}
		}
		t := py.NewTuple(items...)
		s1 := py.Call(py.LoadBuiltin("min"), t)
		s2 := py.Call(py.LoadBuiltin("max"), t)
		n := py.Len(s1)
		for i := 0; i < n; i++ {
			if i >= py.Len(s2) || !py.Eq(py.GetItem(s1, py.Int(i)), py.GetItem(s2, py.Int(i))) {
				return py.GetItem(s1, py.NewSlice(py.None, py.Int(i), py.None))
			}
		}
		return s1
	})
	m.AddFunc("commonpath", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("commonpath", args, kw, []string{"paths"}, 1)
		items := py.AppendStar(nil, a[0])
		if len(items) == 0 {
			panic(py.NewError(py.ValueErrorType, "commonpath() arg is an empty sequence"))
		}
		var strs []string
		isBytes := false
		for i, x := range items {
			p := py.Call(fspath, x)
			_, b := p.(py.Bytes)
			if i == 0 {
				isBytes = b
			} else if b != isBytes {
				panic(py.NewError(py.TypeErrorType, "Can't mix strings and bytes in path components"))
			}
			if b {
				strs = append(strs, string(p.(py.Bytes)))
			} else {
				strs = append(strs, string(p.(py.Str)))
			}
		}
		abs := map[bool]bool{}
		var split [][]string
		for _, s := range strs {
			abs[strings.HasPrefix(s, "/")] = true
			var comps []string
			for _, c := range strings.Split(s, "/") {
				if c != "" && c != "." {
					comps = append(comps, c)
				}
			}
			split = append(split, comps)
		}
		if len(abs) > 1 {
			panic(py.NewError(py.ValueErrorType, "Can't mix absolute and relative paths"))
		}
		less := func(a, b []string) bool {
			for i := 0; i < len(a) && i < len(b); i++ {
				if a[i] != b[i] {
					return a[i] < b[i]
				}
			}
			return len(a) < len(b)
		}
		s1, s2 := split[0], split[0]
		for _, s := range split[1:] {
			if less(s, s1) {
				s1 = s
			}
			if less(s2, s) {
				s2 = s
			}
		}
		common := s1
		for i := range s1 {
			if i >= len(s2) || s1[i] != s2[i] {
				common = s1[:i]
				break
			}
		}
		prefix := ""
		if abs[true] {
			prefix = "/"
		}
		res := prefix + strings.Join(common, "/")
		if isBytes {
			return py.Bytes(res)
		}
		return py.Str(res)
	})
	m.AddFunc("relpath", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("relpath", args, kw, []string{"path", "start"}, 1)
		if !py.Truth(a[0]) {
			panic(py.NewError(py.ValueErrorType, "no path specified"))
		}
		path := py.StrOf(py.Call(fspath, a[0]))
		start := "."
		if a[1] != nil && a[1] != py.None {
			start = py.StrOf(py.Call(fspath, a[1]))
		}
		absolute := func(p string) []string {
			ap := py.StrOf(py.Call(py.GetAttr(m, "abspath"), py.Str(p)))
			var out []string
			for _, c := range strings.Split(ap, "/") {
				if c != "" {
					out = append(out, c)
				}
			}
			return out
		}
		sl, pl := absolute(start), absolute(path)
		i := 0
		for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
			i++
		}
		var rel []string
		for k := i; k < len(sl); k++ {
			rel = append(rel, "..")
		}
		rel = append(rel, pl[i:]...)
		if len(rel) == 0 {
			return py.Str(".")
		}
		return py.Str(strings.Join(rel, "/"))
	})
	_ = fmt.Sprint
}
