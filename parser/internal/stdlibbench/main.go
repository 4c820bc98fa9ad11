// Command stdlibbench parses every .py file of the local CPython standard
// library (site-packages left out) with py2goasync's parser and with
// CPython's ast.parse, and prints MB/s and lines/s for both side by side.
//
//	go run ./parser/internal/stdlibbench [-rounds 3] [-python python3]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/py2goasync/py2goasync/parser"
)

const pyBench = `
import ast, sys, time, gc
names = sys.stdin.read().split("\n")
srcs = []
for n in names:
    if n:
        with open(n, "rb") as f:
            srcs.append(f.read())
rounds = int(sys.argv[1])
best = None
for _ in range(rounds):
    gc.collect()
    t = time.perf_counter()
    for s in srcs:
        try:
            ast.parse(s)
        except SyntaxError:
            pass
    d = time.perf_counter() - t
    best = d if best is None else min(best, d)
print(best)
`

func main() {
	rounds := flag.Int("rounds", 3, "timed rounds; the best is reported")
	python := flag.String("python", "python3", "CPython interpreter")
	flag.Parse()

	out, err := exec.Command(*python, "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "stdlibbench: cannot run", *python+":", err)
		os.Exit(1)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && d.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	srcs := make([][]byte, len(files))
	size, lines := 0, 0
	for i, f := range files {
		srcs[i], _ = os.ReadFile(f)
		size += len(srcs[i])
		lines += bytes.Count(srcs[i], []byte{'\n'})
	}

	var goBest time.Duration
	for r := 0; r < *rounds; r++ {
		runtime.GC()
		t := time.Now()
		for i, s := range srcs {
			parser.ParseFile(files[i], s)
		}
		if d := time.Since(t); r == 0 || d < goBest {
			goBest = d
		}
	}

	cmd := exec.Command(*python, "-c", pyBench, strconv.Itoa(*rounds))
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n"))
	cmd.Stderr = os.Stderr
	pyOut, err := cmd.Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "stdlibbench:", err)
		os.Exit(1)
	}
	pySecs, _ := strconv.ParseFloat(strings.TrimSpace(string(pyOut)), 64)

	mb := float64(size) / 1e6
	goSecs := goBest.Seconds()
	fmt.Printf("%d files, %.1f MB, %d lines (best of %d rounds, GOMAXPROCS=%d, one goroutine)\n",
		len(files), mb, lines, *rounds, runtime.GOMAXPROCS(0))
	fmt.Printf("%-22s %8s %10s %14s\n", "", "seconds", "MB/s", "lines/s")
	fmt.Printf("%-22s %8.3f %10.1f %14.0f\n", "py2goasync parser", goSecs, mb/goSecs, float64(lines)/goSecs)
	fmt.Printf("%-22s %8.3f %10.1f %14.0f\n", "CPython ast.parse", pySecs, mb/pySecs, float64(lines)/pySecs)
	fmt.Printf("speed-up: %.1fx\n", pySecs/goSecs)
}
