// Command stdlibbench parses every .py file of the local CPython standard
// library (site-packages left out) with py2goasync's parser and with
// CPython's ast.parse, and prints MB/s and lines/s for both side by side.
//
//	go run ./parser/internal/stdlibbench [-rounds 5] [-python python3] [-j 2] [-goonly]
//
// Rounds alternate between the two parsers and the best of each is kept, so
// that both see the same machine load. CPU time is reported beside
// wall-clock time because shared machines make the latter noisy.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/py2goasync/py2goasync/parser"
)

// pyBench loads the files named on its first stdin line (NUL-separated),
// then times one round of ast.parse over all of them per "go" line, so that
// Go and CPython rounds can alternate and see the same machine load.
const pyBench = `
import ast, sys, time, gc
names = sys.stdin.readline().rstrip("\n").split("\0")
srcs = []
for n in names:
    with open(n, "rb") as f:
        srcs.append(f.read())
print("ready", flush=True)
for line in sys.stdin:
    gc.collect()
    t, c = time.perf_counter(), time.process_time()
    for s in srcs:
        try:
            ast.parse(s)
        except SyntaxError:
            pass
    print(time.perf_counter() - t, time.process_time() - c, flush=True)
`

func main() {
	rounds := flag.Int("rounds", 5, "timed rounds; the best is reported")
	python := flag.String("python", "python3", "CPython interpreter")
	goOnly := flag.Bool("goonly", false, "time only py2goasync's parser (CPU time, for tuning)")
	jobs := flag.Int("j", 1, "also time py2goasync with this many goroutines parsing files in parallel")
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

	if *goOnly {
		var best time.Duration
		for r := 0; r < *rounds; r++ {
			runtime.GC()
			c := cpuTime()
			for i, s := range srcs {
				parser.ParseFile(files[i], s)
			}
			if d := cpuTime() - c; r == 0 || d < best {
				best = d
			}
		}
		fmt.Printf("py2goasync parser: %.3f CPU s, %.1f MB/s, %.0f lines/s\n", best.Seconds(),
			float64(size)/1e6/best.Seconds(), float64(lines)/best.Seconds())
		return
	}
	cmd := exec.Command(*python, "-c", pyBench)
	cmd.Stderr = os.Stderr
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		fmt.Fprintln(os.Stderr, "stdlibbench:", err)
		os.Exit(1)
	}
	fmt.Fprintln(stdin, strings.Join(files, "\x00"))
	pyr := bufio.NewReader(stdout)
	if l, err := pyr.ReadString('\n'); err != nil || l != "ready\n" {
		fmt.Fprintln(os.Stderr, "stdlibbench: python3 did not start:", err)
		os.Exit(1)
	}

	// Alternate rounds and keep the best of each side.
	var goBest, goCPU time.Duration
	pySecs, pyCPU := math.Inf(1), math.Inf(1)
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
		fmt.Fprintln(stdin, "go")
		l, err := pyr.ReadString('\n')
		if err != nil {
			fmt.Fprintln(os.Stderr, "stdlibbench:", err)
			os.Exit(1)
		}
		var w, c2 float64
		fmt.Sscan(l, &w, &c2)
		pySecs, pyCPU = math.Min(pySecs, w), math.Min(pyCPU, c2)
	}
	stdin.Close()
	cmd.Wait()

	var parWall time.Duration
	if *jobs > 1 {
		for r := 0; r < *rounds; r++ {
			runtime.GC()
			t := time.Now()
			var wg sync.WaitGroup
			next := make(chan int, len(srcs))
			for i := range srcs {
				next <- i
			}
			close(next)
			for range *jobs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range next {
						parser.ParseFile(files[i], srcs[i])
					}
				}()
			}
			wg.Wait()
			if d := time.Since(t); r == 0 || d < parWall {
				parWall = d
			}
		}
	}

	mb := float64(size) / 1e6
	goSecs, goCPUSecs := goBest.Seconds(), goCPU.Seconds()
	fmt.Printf("%d files, %.1f MB, %d lines (best of %d alternating rounds, GOMAXPROCS=%d, one goroutine)\n",
		len(files), mb, lines, *rounds, runtime.GOMAXPROCS(0))
	fmt.Printf("%-20s %9s %8s %12s   %9s %8s %12s\n", "", "wall s", "MB/s", "lines/s", "CPU s", "MB/s", "lines/s")
	row := func(name string, w, c float64) {
		fmt.Printf("%-20s %9.3f %8.1f %12.0f   %9.3f %8.1f %12.0f\n", name, w, mb/w, float64(lines)/w, c, mb/c, float64(lines)/c)
	}
	row("py2goasync parser", goSecs, goCPUSecs)
	row("CPython ast.parse", pySecs, pyCPU)
	if *jobs > 1 {
		w := parWall.Seconds()
		fmt.Printf("%-20s %9.3f %8.1f %12.0f   (%d goroutines, wall-clock; %.1fx CPython)\n",
			"py2goasync parallel", w, mb/w, float64(lines)/w, *jobs, pySecs/w)
	}
	fmt.Printf("speed-up: %.1fx wall-clock, %.1fx CPU time (CPU time includes Go's concurrent GC)\n", pySecs/goSecs, pyCPU/goCPUSecs)
}

// cpuTime is the CPU time this process has used, all threads.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
