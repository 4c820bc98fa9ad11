package re_test

import (
	"encoding/json"
	"os/exec"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// TestHostRETests replays the (pattern, subject) table of the host
// CPython's Lib/test/re_tests.py (read at test time, when python3 has it)
// through both engines: search, the match described by D, for str and,
// where it encodes, for bytes.
func TestHostRETests(t *testing.T) {
	py.EnterMain()
	out, err := exec.Command("python3", "-c", `
import json
try:
    from test import re_tests
except ImportError:
    print("null"); raise SystemExit
print(json.dumps([[t[0], t[1]] for t in re_tests.tests]))
`).Output()
	if err != nil {
		t.Skip("python3 not available")
	}
	var table [][2]string
	if err := json.Unmarshal(out, &table); err != nil || table == nil {
		t.Skip("the host has no test.re_tests")
	}
	var es []E
	for _, tc := range table {
		es = append(es, D(Re("search", S(tc[0]), S(tc[1]))))
		es = append(es, L(Re("finditer", S(tc[0]), S(tc[1]))))
		if latin1OK(tc[0]) && latin1OK(tc[1]) {
			es = append(es, D(Re("search", B(latin1(tc[0])), B(latin1(tc[1])))))
		}
		es = append(es, D(Re("search", S(tc[0]), S(tc[1]), F("I"))))
	}
	runCases(t, es)
}

func latin1OK(s string) bool {
	for _, r := range s {
		if r > 255 {
			return false
		}
	}
	return true
}

func latin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}
