package py

import (
	"strings"
	"testing"
)

// sur is "a\ud800b": a lone surrogate in its 3-byte form.
const sur = "a\xed\xa0\x80b"

func TestStrSurrogatesOracle(t *testing.T) {
	chr := func(n int) Object { return Call(LoadBuiltin("chr"), I(n)) }
	cases := []oracleCase{
		{`len("a\ud800b")`, func() Object { return Int(Len(S(sur))) }},
		{`"a\ud800b"[1]`, func() Object { return GetItem(S(sur), I(1)) }},
		{`"a\ud800b"[::-1]`, func() Object { return GetItem(S(sur), NewSlice(None, None, I(-1))) }},
		{`"a\ud800b"[1:]`, func() Object { return GetItem(S(sur), NewSlice(I(1), None, None)) }},
		{`list("a\ud800b")`, func() Object { return Call(LoadBuiltin("list"), S(sur)) }},
		{`ord("\udc80")`, func() Object { return Call(LoadBuiltin("ord"), S("\xed\xb2\x80")) }},
		{`chr(0xdfff)`, func() Object { return chr(0xdfff) }},
		{`chr(0xd800) == "a\ud800b"[1]`, func() Object { return NewBool(Eq(chr(0xd800), GetItem(S(sur), I(1)))) }},
		{`repr("a\ud800b")`, func() Object { return Str(Repr(S(sur))) }},
		{`"\ud7ff" < "\ud800" < "\ue000"`, func() Object {
			return NewBool(Less(chr(0xd7ff), chr(0xd800)) && Less(chr(0xd800), chr(0xe000)))
		}},
		{`"a\ud800b".upper()`, m(S(sur), "upper")},
		{`"a\ud800b".find("b")`, m(S(sur), "find", S("b"))},
		{`"a\ud800b".center(7, "\udc00")`, m(S(sur), "center", I(7), chr(0xdc00))},
		{`"a\ud800b".encode("utf-8", "surrogatepass")`, m(S(sur), "encode", S("utf-8"), S("surrogatepass"))},
		{`"a\ud800b".encode()`, m(S(sur), "encode")},
		{`"a\ud800b".encode("ascii")`, m(S(sur), "encode", S("ascii"))},
		{`b"\xed\xa0\x80".decode()`, m(Bytes("\xed\xa0\x80"), "decode")},
	}
	runOracle(t, "", cases)
}

func TestStrSurrogateHelpers(t *testing.T) {
	if !StrHasSurrogates(sur) || StrHasSurrogates("\ud7ff\ue000한국어") || StrHasSurrogates("ab\xed") {
		t.Fatal("StrHasSurrogates")
	}
	for _, r := range []rune{0xd800, 0xdbff, 0xdc00, 0xdfff} {
		s := RuneStr(r)
		if got, n := DecodeRune(s); got != r || n != 3 {
			t.Fatalf("DecodeRune(RuneStr(%x)) = %x, %d", r, got, n)
		}
		if got, n := DecodeLastRune("x" + s); got != r || n != 3 {
			t.Fatalf("DecodeLastRune(%x) = %x, %d", r, got, n)
		}
	}
	if got := RunesStr(StrRunes(sur)); got != sur {
		t.Fatalf("RunesStr(StrRunes) = %q", got)
	}
}

// The fast paths: ASCII and valid UTF-8 text without surrogates.
var benchText = strings.Repeat("The quick brown fox jumps over the lazy dog. ", 20)
var benchTextU = strings.Repeat("Pchnąć w tę łódź jeża lub ośm skrzyń fig. ", 20)

func BenchmarkStrOps(b *testing.B) {
	for _, tc := range []struct{ name, s string }{{"ascii", benchText}, {"utf8", benchTextU}} {
		s := Str(tc.s)
		b.Run(tc.name+"/len", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Len(s)
			}
		})
		b.Run(tc.name+"/index", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				GetItem(s, Int(i%40))
			}
		})
		b.Run(tc.name+"/iter", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				it := GetIter(s)
				for _, ok := Next(it); ok; _, ok = Next(it) {
				}
			}
		})
		b.Run(tc.name+"/repr", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				Repr(s)
			}
		})
		b.Run(tc.name+"/encode-decode", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				DecodeBytes(EncodeStr(tc.s, "utf-8", "strict"), "utf-8", "strict")
			}
		})
		b.Run(tc.name+"/upper", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				strUpper(tc.s)
			}
		})
		b.Run(tc.name+"/stdio", func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				stdioText(tc.s, false)
			}
		})
	}
}
