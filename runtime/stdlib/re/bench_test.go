package re_test

import (
	"strings"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/oracle"
)

// The workloads of testdata/bench.py, called through the Python-level API
// as translated code calls them.

var (
	bWords  = strings.Repeat("the quick brown fox jumps over the lazy dog 1234 5678 ", 200)
	bText   = bWords + "needle" + bWords
	bLog    = strings.Repeat("2024-05-01 12:34:56 GET /index.html 200 5123 user@example.com\n", 100)
	bEmails = strings.Repeat("contact alice@example.com or bob.smith@mail.example.org now; ", 100)
)

func benchCall(b *testing.B, fn string, args ...py.Object) {
	py.EnterMain()
	f := oracle.Attr("re", fn)
	py.Call(f, args...)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		py.Call(f, args...)
	}
}

func BenchmarkLiteralSearch(b *testing.B) { benchCall(b, "search", py.Str("needle"), py.Str(bText)) }
func BenchmarkWordFindall(b *testing.B)   { benchCall(b, "findall", py.Str(`\w+`), py.Str(bWords)) }
func BenchmarkLogGroups(b *testing.B) {
	benchCall(b, "findall", py.Str(`(\d+)-(\d+)-(\d+) (\d+):(\d+)`), py.Str(bLog))
}
func BenchmarkEmailFindall(b *testing.B) {
	benchCall(b, "findall", py.Str(`[\w.]+@[\w.]+`), py.Str(bEmails))
}
func BenchmarkSubSpaces(b *testing.B) {
	benchCall(b, "sub", py.Str(`\s+`), py.Str(" "), py.Str(bWords))
}
func BenchmarkDotStarSuffix(b *testing.B) { benchCall(b, "match", py.Str(`.*lazy`), py.Str(bWords)) }
func BenchmarkShortMatch(b *testing.B) {
	benchCall(b, "match", py.Str(`(\w+)=(\d+)`), py.Str("key=123"))
}
func BenchmarkCaseInsensitive(b *testing.B) {
	benchCall(b, "findall", py.Str(`(?i)FOX|DOG`), py.Str(bWords))
}
func BenchmarkBackref(b *testing.B)   { benchCall(b, "findall", py.Str(`\b(\w)\w*\1\b`), py.Str(bWords)) }
func BenchmarkLookahead(b *testing.B) { benchCall(b, "findall", py.Str(`\w+(?=\s\d)`), py.Str(bWords)) }
