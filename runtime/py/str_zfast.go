package py

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Fixed-arity entry points for the str methods programs call in loops
// (line.split(), s.upper(), s.replace(a, b), s.find(x), ...): a call with
// that many positional arguments and no keywords reaches them without an
// argument slice or argument parsing. Each computes what the general
// method does when self is an exact str and the arguments are of the
// common types; anything else (a str subclass instance, another argument
// type, an error to raise) goes to the general method, which raises as
// CPython does. This file's name sorts after str_methods.go, so its init
// runs after the one defining the methods.

func init() {
	str0 := func(name string, fn func(self Object, s string) Object) {
		slow := builtinMethod(StrType, name).Fn
		SetFastMethod(StrType, name, func(self Object) Object {
			if s, ok := self.(Str); ok {
				return fn(self, string(s))
			}
			return slow([]Object{self}, nil)
		})
	}
	// fn reports false to send the call to the general method.
	str1 := func(name string, fn func(self Object, s string, a Object) (Object, bool)) {
		slow := builtinMethod(StrType, name).Fn
		SetFastMethod(StrType, name, func(self, a Object) Object {
			if s, ok := self.(Str); ok {
				if r, ok := fn(self, string(s), a); ok {
					return r
				}
			}
			return slow([]Object{self, a}, nil)
		})
	}
	str2 := func(name string, fn func(self Object, s string, a, b Object) (Object, bool)) {
		slow := builtinMethod(StrType, name).Fn
		SetFastMethod(StrType, name, func(self, a, b Object) Object {
			if s, ok := self.(Str); ok {
				if r, ok := fn(self, string(s), a, b); ok {
					return r
				}
			}
			return slow([]Object{self, a, b}, nil)
		})
	}
	str0("split", func(_ Object, s string) Object { return splitWhitespace(s, -1) })
	str1("split", func(_ Object, s string, a Object) (Object, bool) {
		if a == None {
			return splitWhitespace(s, -1), true
		}
		sep, ok := a.(Str)
		if !ok || sep == "" {
			return nil, false
		}
		return strList(strings.Split(s, string(sep))), true
	})
	str0("upper", func(_ Object, s string) Object {
		if isASCII(s) {
			return asciiCase(s, 'a', 'z')
		}
		return Str(strUpper(s))
	})
	str0("lower", func(_ Object, s string) Object {
		if isASCII(s) {
			return asciiCase(s, 'A', 'Z')
		}
		return Str(strLower(s))
	})
	str0("strip", func(_ Object, s string) Object { return Str(strStrip(s, "", false, true, true)) })
	str2("replace", func(self Object, s string, a, b Object) (Object, bool) {
		old, ok1 := a.(Str)
		nw, ok2 := b.(Str)
		if !ok1 || !ok2 || old == "" {
			return nil, false
		}
		return strReplace(self, s, string(old), string(nw)), true
	})
	str1("find", func(_ Object, s string, a Object) (Object, bool) {
		sub, ok := a.(Str)
		if !ok {
			return nil, false
		}
		// A byte match starts at a code point (UTF-8 and the surrogates'
		// triples are self-synchronizing): after an ASCII prefix its byte
		// offset is its index.
		i := strings.Index(s, string(sub))
		if i <= 0 || asciiPrefix(s[:i]) == i {
			return Int(i), true
		}
		return Int(strFind(s, string(sub), nil, nil, false)), true
	})
	str1("count", func(_ Object, s string, a Object) (Object, bool) {
		sub, ok := a.(Str)
		if !ok || sub == "" {
			return nil, false
		}
		return Int(strings.Count(s, string(sub))), true
	})
	str1("startswith", func(_ Object, s string, a Object) (Object, bool) {
		p, ok := a.(Str)
		return NewBool(strings.HasPrefix(s, string(p))), ok
	})
	str1("endswith", func(_ Object, s string, a Object) (Object, bool) {
		p, ok := a.(Str)
		return NewBool(strings.HasSuffix(s, string(p))), ok
	})
	str1("join", func(_ Object, s string, a Object) (Object, bool) {
		return Str(StrJoin(s, a)), true
	})
}

// asciiCase is the ASCII s with the letters between lo and hi switched to
// the other case (upper() for a to z, lower() for A to Z).
func asciiCase(s string, lo, hi byte) Object {
	p, b := newStrRoom(len(s))
	for i := 0; i < len(s) && i < len(b); i++ {
		c := s[i]
		if lo <= c && c <= hi {
			c ^= 0x20
		}
		b[i] = c
	}
	return strFilled(p, b)
}

// strReplace is self.replace(old, nw) for an exact str self (s) and a
// non-empty old: self itself when old does not occur, as CPython returns.
func strReplace(self Object, s, old, nw string) Object {
	if len(old) == 1 && len(nw) == 1 && old[0] < utf8.RuneSelf && nw[0] < utf8.RuneSelf {
		// One byte for another (an ASCII byte only ever stands for itself).
		o, c := old[0], nw[0]
		i := strings.IndexByte(s, o)
		if i < 0 {
			return self
		}
		p, b := newStrRoom(len(s))
		copy(b, s)
		for ; i < len(b); i++ {
			if b[i] == o {
				b[i] = c
			}
		}
		return strFilled(p, b)
	}
	n := strings.Count(s, old)
	if n == 0 {
		return self
	}
	if d := len(nw) - len(old); d > 0 && n > (maxStrRoom-len(s))/d {
		return Str(strings.Replace(s, old, nw, -1))
	}
	p, b := newStrRoom(len(s) + n*(len(nw)-len(old)))
	w := 0
	for k := 0; k < n; k++ {
		i := strings.Index(s, old)
		w += copy(b[w:], s[:i])
		w += copy(b[w:], nw)
		s = s[i+len(old):]
	}
	copy(b[w:], s)
	return strFilled(p, b)
}

// strCell is a str's header and its bytes in one allocation (a Str
// object points at its header: a new str was two allocations, its bytes
// and its header).
type strCell[A any] struct {
	s Str
	b A
}

func newStrCell[A any](n int) (*Str, []byte) {
	c := new(strCell[A])
	return &c.s, unsafe.Slice((*byte)(unsafe.Pointer(&c.b)), n)
}

// maxStrRoom bounds the strings newStrRoom makes (beyond it, replace
// leaves the overflow to strings.Replace).
const maxStrRoom = 1 << 40

// newStrRoom is room for a new str of n bytes: the caller fills b, then
// makes the object with strFilled(p, b). Short strings get one allocation
// in one of Go's size classes.
func newStrRoom(n int) (p *Str, b []byte) {
	switch {
	case n <= 16:
		return newStrCell[[16]byte](n)
	case n <= 32:
		return newStrCell[[32]byte](n)
	case n <= 48:
		return newStrCell[[48]byte](n)
	case n <= 64:
		return newStrCell[[64]byte](n)
	case n <= 96:
		return newStrCell[[96]byte](n)
	case n <= 112:
		return newStrCell[[112]byte](n)
	case n <= 176:
		return newStrCell[[176]byte](n)
	case n <= 240:
		return newStrCell[[240]byte](n)
	}
	return new(Str), make([]byte, n)
}

// strFilled is the str object over b, filled, whose header is *p.
func strFilled(p *Str, b []byte) Object {
	*p = Str(unsafe.String(unsafe.SliceData(b), len(b)))
	return strAt(p)
}
