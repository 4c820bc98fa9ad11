// Package urllib is Python's urllib package; urllib.parse is implemented.
package urllib

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// SplitResultType and ParseResultType are urllib.parse's SplitResult and
// ParseResult, made at the first import (makeTypes, from setup).
var SplitResultType, ParseResultType *py.Type

func makeTypes() {
	SplitResultType = py.NamedTuple("SplitResult", "urllib.parse", []string{"scheme", "netloc", "path", "query", "fragment"}, nil)
	ParseResultType = py.NamedTuple("ParseResult", "urllib.parse", []string{"scheme", "netloc", "path", "params", "query", "fragment"}, nil)
}

const schemeChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

// Split is urlsplit(url, scheme).
func Split(u, scheme string, allowFragments bool) []string {
	u = strings.TrimLeft(u, "\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
	u = strings.NewReplacer("\t", "", "\r", "", "\n", "").Replace(u)
	netloc, query, fragment := "", "", ""
	if i := strings.IndexByte(u, ':'); i > 0 {
		cand := u[:i]
		ok := (cand[0] >= 'a' && cand[0] <= 'z') || (cand[0] >= 'A' && cand[0] <= 'Z')
		for _, c := range cand {
			if !strings.ContainsRune(schemeChars, c) {
				ok = false
			}
		}
		if ok {
			scheme, u = strings.ToLower(cand), u[i+1:]
		}
	}
	if strings.HasPrefix(u, "//") {
		rest := u[2:]
		end := len(rest)
		for _, c := range "/?#" {
			if j := strings.IndexRune(rest, c); j >= 0 && j < end {
				end = j
			}
		}
		netloc, u = rest[:end], rest[end:]
		if (strings.Contains(netloc, "[") && !strings.Contains(netloc, "]")) || (strings.Contains(netloc, "]") && !strings.Contains(netloc, "[")) {
			panic(py.NewError(py.ValueErrorType, "Invalid IPv6 URL"))
		}
	}
	if allowFragments {
		if i := strings.IndexByte(u, '#'); i >= 0 {
			u, fragment = u[:i], u[i+1:]
		}
	}
	if i := strings.IndexByte(u, '?'); i >= 0 {
		u, query = u[:i], u[i+1:]
	}
	return []string{scheme, netloc, u, query, fragment}
}

func strObjs(ss []string) []py.Object {
	out := make([]py.Object, len(ss))
	for i, s := range ss {
		out[i] = py.Str(s)
	}
	return out
}

func netlocParts(netloc string) (user, pass, host py.Object, port string) {
	user, pass, host = py.None, py.None, py.None
	hostport := netloc
	if i := strings.LastIndexByte(netloc, '@'); i >= 0 {
		userinfo := netloc[:i]
		hostport = netloc[i+1:]
		if u, p, ok := strings.Cut(userinfo, ":"); ok {
			user, pass = py.Str(u), py.Str(p)
		} else {
			user = py.Str(userinfo)
		}
	}
	h := hostport
	if strings.HasPrefix(hostport, "[") {
		if j := strings.IndexByte(hostport, ']'); j >= 0 {
			h = hostport[1:j]
			if strings.HasPrefix(hostport[j+1:], ":") {
				port = hostport[j+2:]
			}
		}
	} else if k := strings.LastIndexByte(hostport, ':'); k >= 0 {
		h, port = hostport[:k], hostport[k+1:]
	}
	if h != "" {
		host = py.Str(strings.ToLower(h))
	}
	return
}

func addProps(t *py.Type) {
	prop := func(name string, f func(netloc string) py.Object) {
		t.Dict.SetStr(name, &py.Property{Get: py.NewBuiltin(name, func(args []py.Object, kw []string) py.Object {
			return f(py.StrOf(args[0].(*py.Tuple).Items[1]))
		})})
	}
	prop("hostname", func(n string) py.Object { _, _, h, _ := netlocParts(n); return h })
	prop("username", func(n string) py.Object { u, _, _, _ := netlocParts(n); return u })
	prop("password", func(n string) py.Object { _, p, _, _ := netlocParts(n); return p })
	prop("port", func(n string) py.Object {
		_, _, _, p := netlocParts(n)
		if p == "" {
			return py.None
		}
		v, err := strconv.Atoi(p)
		if err != nil {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("Port could not be cast to integer value as %s", py.Repr(py.Str(p)))))
		}
		if v < 0 || v > 65535 {
			panic(py.NewError(py.ValueErrorType, "Port out of range 0-65535"))
		}
		return py.Int(v)
	})
	py.AddMethod(t, "geturl", func(args []py.Object, kw []string) py.Object {
		items := args[0].(*py.Tuple).Items
		if len(items) == 6 {
			return py.Str(Unsplit(py.StrOf(items[0]), py.StrOf(items[1]), joinParams(py.StrOf(items[2]), py.StrOf(items[3])), py.StrOf(items[4]), py.StrOf(items[5])))
		}
		return py.Str(Unsplit(py.StrOf(items[0]), py.StrOf(items[1]), py.StrOf(items[2]), py.StrOf(items[3]), py.StrOf(items[4])))
	})
}

func joinParams(path, params string) string {
	if params != "" {
		return path + ";" + params
	}
	return path
}

// Unsplit is urlunsplit.
func Unsplit(scheme, netloc, path, query, fragment string) string {
	u := path
	if netloc != "" || (scheme != "" && (scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "file") && strings.HasPrefix(path, "//")) {
		if path != "" && !strings.HasPrefix(path, "/") {
			u = "/" + u
		}
		u = "//" + netloc + u
	}
	if scheme != "" {
		u = scheme + ":" + u
	}
	if query != "" {
		u += "?" + query
	}
	if fragment != "" {
		u += "#" + fragment
	}
	return u
}

const alwaysSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"

// Quote is urllib.parse.quote(s, safe).
func Quote(s, safe string, plus bool) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		switch {
		case strings.IndexByte(alwaysSafe, c) >= 0 || strings.IndexByte(safe, c) >= 0:
			b.WriteByte(c)
		case plus && c == ' ':
			b.WriteByte('+')
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// Unquote is urllib.parse.unquote.
func Unquote(s string, plus bool) string {
	if plus {
		s = strings.ReplaceAll(s, "+", " ")
	}
	var out []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s)+0 && i+2 <= len(s)-1 {
			if v, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
				out = append(out, byte(v))
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return py.DecodeBytes(out, "utf-8", "replace")
}

func parseQSL(qs string, keepBlank bool) [][2]string {
	var out [][2]string
	for _, part := range strings.FieldsFunc(qs, func(r rune) bool { return r == '&' }) {
		k, v, hasEq := strings.Cut(part, "=")
		if !hasEq && !keepBlank {
			continue
		}
		if v == "" && !keepBlank {
			continue
		}
		out = append(out, [2]string{Unquote(k, true), Unquote(v, true)})
	}
	return out
}

func setup0() {
	addProps(SplitResultType)
	addProps(ParseResultType)
	py.RegisterModule("urllib", func(m *py.Module) {
		m.Set("parse", py.Import("urllib.parse"))
	})
	py.RegisterFallbackModule("urllib.parse", func(m *py.Module) {
		addParseMore(m)
		m.Set("SplitResult", SplitResultType)
		m.Set("ParseResult", ParseResultType)
		m.AddFunc("urlsplit", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("urlsplit", args, kw, []string{"url", "scheme", "allow_fragments"}, 1)
			scheme := ""
			if a[1] != nil {
				scheme = py.StrOf(a[1])
			}
			parts := Split(py.StrOf(a[0]), scheme, a[2] == nil || py.Truth(a[2]))
			return py.NewTupleOf(SplitResultType, strObjs(parts))
		})
		m.AddFunc("urlparse", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("urlparse", args, kw, []string{"url", "scheme", "allow_fragments"}, 1)
			scheme := ""
			if a[1] != nil {
				scheme = py.StrOf(a[1])
			}
			p := Split(py.StrOf(a[0]), scheme, a[2] == nil || py.Truth(a[2]))
			path, params := p[2], ""
			if i := strings.LastIndexByte(path, '/'); strings.Contains(path[max(i, 0):], ";") {
				j := strings.IndexByte(path[max(i, 0):], ';') + max(i, 0)
				path, params = path[:j], path[j+1:]
			}
			return py.NewTupleOf(ParseResultType, strObjs([]string{p[0], p[1], path, params, p[3], p[4]}))
		})
		m.AddFunc("urlunsplit", func(args []py.Object, kw []string) py.Object {
			p := py.AppendStar(nil, args[0])
			return py.Str(Unsplit(py.StrOf(p[0]), py.StrOf(p[1]), py.StrOf(p[2]), py.StrOf(p[3]), py.StrOf(p[4])))
		})
		m.AddFunc("urlunparse", func(args []py.Object, kw []string) py.Object {
			p := py.AppendStar(nil, args[0])
			return py.Str(Unsplit(py.StrOf(p[0]), py.StrOf(p[1]), joinParams(py.StrOf(p[2]), py.StrOf(p[3])), py.StrOf(p[4]), py.StrOf(p[5])))
		})
		m.AddFunc("urljoin", func(args []py.Object, kw []string) py.Object {
			base, err1 := url.Parse(py.StrOf(args[0]))
			ref, err2 := url.Parse(py.StrOf(args[1]))
			if err1 != nil || err2 != nil {
				return args[1]
			}
			return py.Str(base.ResolveReference(ref).String())
		})
		m.AddFunc("quote", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("quote", args, kw, []string{"string", "safe", "encoding", "errors"}, 1)
			safe := "/"
			if a[1] != nil {
				safe = py.StrOf(a[1])
			}
			return py.Str(Quote(py.StrOf(a[0]), safe, false))
		})
		m.AddFunc("quote_plus", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("quote_plus", args, kw, []string{"string", "safe", "encoding", "errors"}, 1)
			safe := ""
			if a[1] != nil {
				safe = py.StrOf(a[1])
			}
			return py.Str(Quote(py.StrOf(a[0]), safe, true))
		})
		m.AddFunc("unquote", func(args []py.Object, kw []string) py.Object {
			return py.Str(Unquote(py.StrOf(args[0]), false))
		})
		m.AddFunc("unquote_plus", func(args []py.Object, kw []string) py.Object {
			return py.Str(Unquote(py.StrOf(args[0]), true))
		})
		m.AddFunc("urlencode", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("urlencode", args, kw, []string{"query", "doseq", "safe", "encoding", "errors", "quote_via"}, 1)
			var pairs []py.Object
			if d, ok := a[0].(*py.Dict); ok {
				d.Items(func(k, v py.Object) bool { pairs = append(pairs, py.NewTuple(k, v)); return true })
			} else {
				pairs = py.AppendStar(nil, a[0])
			}
			var parts []string
			for _, p := range pairs {
				kv := py.AppendStar(nil, p)
				parts = append(parts, Quote(py.StrOf(kv[0]), "", true)+"="+Quote(py.StrOf(kv[1]), "", true))
			}
			return py.Str(strings.Join(parts, "&"))
		})
		m.AddFunc("parse_qsl", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("parse_qsl", args, kw, []string{"qs", "keep_blank_values"}, 1)
			var out []py.Object
			for _, kv := range parseQSL(py.StrOf(a[0]), a[1] != nil && py.Truth(a[1])) {
				out = append(out, py.NewTuple(py.Str(kv[0]), py.Str(kv[1])))
			}
			return py.NewList(out...)
		})
		m.AddFunc("parse_qs", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("parse_qs", args, kw, []string{"qs", "keep_blank_values"}, 1)
			d := py.NewDict()
			for _, kv := range parseQSL(py.StrOf(a[0]), a[1] != nil && py.Truth(a[1])) {
				l, ok := d.GetStr(kv[0])
				if !ok {
					l = py.NewList()
					d.SetStr(kv[0], l)
				}
				l.(*py.List).Items = append(l.(*py.List).Items, py.Str(kv[1]))
			}
			return d
		})
		_ = sort.Strings
	})
}
