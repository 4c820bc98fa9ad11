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
	"syscall"
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
    t, c = time.perf_counter(), time.process_time()
    for s in srcs:
        try:
            ast.parse(s)
        except SyntaxError:
            pass
    d = (time.perf_counter() - t, time.process_time() - c)
    best = d if best is None else (min(best[0], d[0]), min(best[1], d[1]))
print(best[0], best[1])
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

	var goBest, goCPU time.Duration
	for r := 0; r < *rounds; r++ {
		runtime.GC()
		t, c := time.Now(), cpuTime()
		for i, s := range srcs {
			parser.ParseFile(files[i], s)
		}
		d, dc := time.Since(t), cpuTime()-c
		if r == 0 || d < goBest {
			goBest = d
		}
		if r == 0 || dc < goCPU {
			goCPU = dc
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
	f := strings.Fields(string(pyOut))
	pySecs, _ := strconv.ParseFloat(f[0], 64)
	pyCPU, _ := strconv.ParseFloat(f[1], 64)

	mb := float64(size) / 1e6
	goSecs, goCPUSecs := goBest.Seconds(), goCPU.Seconds()
	fmt.Printf("%d files, %.1f MB, %d lines (best of %d rounds, GOMAXPROCS=%d, one goroutine)\n",
		len(files), mb, lines, *rounds, runtime.GOMAXPROCS(0))
	fmt.Printf("%-20s %9s %8s %12s   %9s %8s %12s\n", "", "wall s", "MB/s", "lines/s", "CPU s", "MB/s", "lines/s")
	row := func(name string, w, c float64) {
		fmt.Printf("%-20s %9.3f %8.1f %12.0f   %9.3f %8.1f %12.0f\n", name, w, mb/w, float64(lines)/w, c, mb/c, float64(lines)/c)
	}
	row("py2goasync parser", goSecs, goCPUSecs)
	row("CPython ast.parse", pySecs, pyCPU)
	fmt.Printf("speed-up: %.1fx wall-clock, %.1fx CPU time (CPU time includes Go's concurrent GC)\n", pySecs/goSecs, pyCPU/goCPUSecs)
}

// cpuTime is the CPU time this process has used, all threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
