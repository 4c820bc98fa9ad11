package parser

import (
	"bytes"
	"os/exec"
	"strconv"
	"strings"
	"testing"
)

// oracleScript makes CPython dump each file named on stdin (one per line):
// for each it writes "OK\n<dump>" or "ERR <lineno>\n<message>", then a NUL.
const oracleScript = `
import ast, sys
out = sys.stdout.buffer
check = len(sys.argv) > 1
for name in sys.stdin.read().split("\n"):
    if not name:
        continue
    try:
        with open(name, "rb") as f:
            src = f.read()
        tree = ast.parse(src, name)
        head = "OK"
        if check:
            try:
                compile(tree, name, "exec")
            except SyntaxError as e:
                head = "OK %s\t%s\t%s" % (e.lineno, e.offset, e.msg)
        out.write(head.encode() + b"\n" + ast.dump(tree, include_attributes=True, indent=1).encode("utf-8", "surrogatepass"))
    except SyntaxError as e:
        out.write(("ERR %s\n%s" % (e.lineno, e.msg)).encode("utf-8", "surrogatepass"))
    except Exception as e:
        out.write(("ERR 0\n%s: %s" % (type(e).__name__, e)).encode("utf-8", "surrogatepass"))
    out.write(b"\0")
`

// oracleResult is CPython's verdict on one file.
type oracleResult struct {
	ok   bool
	dump string // when ok
	// CPython's compile() error for an accepted file, if any (checkLine 0: none).
	checkLine, checkCol int
	checkMsg            string
	line                int // when !ok
	msg                 string
}

// needPython skips the test when python3 is not on PATH.
func needPython(t testing.TB) string {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not on PATH")
	}
	return py
}

// runOracle asks CPython about every file at once (one process).
func runOracle(t testing.TB, py string, files []string, compile bool) []oracleResult {
	args := []string{"-c", oracleScript}
	if compile {
		args = append(args, "compile")
	}
	cmd := exec.Command(py, args...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	parts := bytes.Split(out, []byte{0})
	if len(parts) != len(files)+1 {
		t.Fatalf("python3 returned %d results for %d files", len(parts)-1, len(files))
	}
	res := make([]oracleResult, len(files))
	for i := range files {
		s := string(parts[i])
		head, body, _ := strings.Cut(s, "\n")
		if head == "OK" || strings.HasPrefix(head, "OK ") {
			res[i] = oracleResult{ok: true, dump: body}
			if f := strings.SplitN(strings.TrimPrefix(head, "OK "), "\t", 3); len(f) == 3 {
				res[i].checkLine, _ = strconv.Atoi(f[0])
				res[i].checkCol, _ = strconv.Atoi(f[1])
				res[i].checkMsg = f[2]
			}
		} else {
			n, _ := strconv.Atoi(strings.TrimPrefix(head, "ERR "))
			res[i] = oracleResult{line: n, msg: body}
		}
	}
	return res
}

// firstDiff returns a few lines of context around the first difference.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			lo := max(0, i-3)
			ctx := strings.Join(w[lo:min(len(w), i+1)], "\n")
			return "line " + strconv.Itoa(i+1) + ":\n got: " + a + "\nwant: " + b + "\ncontext (want):\n" + ctx
		}
	}
	return ""
}
