//go:build py2goasync_profile

package py

import (
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
)

// Profiles of a translated program, for working on the runtime's speed
// (build with --tags py2goasync_profile): PY2GOASYNC_CPUPROFILE=file
// writes a CPU profile of the run, PY2GOASYNC_MEMPROFILE=file an
// allocation profile with every 4 KiB allocated sampled (`go tool pprof
// -sample_index=alloc_objects`; PY2GOASYNC_MEMPROFILERATE=1 records every
// allocation, for exact counts of small objects); PY2GOASYNC_MEMSTATS=1
// prints the bytes and objects allocated over the run to stderr.

// memProfile is PY2GOASYNC_MEMPROFILE. Otherwise nothing is sampled: Go
// samples one allocation per 512 KiB by default, each a stack walk, and
// the runtime's initialisation allocates megabytes, so the rate is set
// here, by a package variable's initialiser, before the init functions.
var memProfile = func() string {
	f := os.Getenv("PY2GOASYNC_MEMPROFILE")
	if f != "" {
		runtime.MemProfileRate = 4096
		if r, err := strconv.Atoi(os.Getenv("PY2GOASYNC_MEMPROFILERATE")); err == nil && r > 0 {
			runtime.MemProfileRate = r
		}
	} else {
		runtime.MemProfileRate = 0
	}
	return f
}()

func init() {
	profileStart = func() {
		if path := os.Getenv("PY2GOASYNC_CPUPROFILE"); path != "" {
			if f, err := os.Create(path); err == nil {
				pprof.StartCPUProfile(f)
			}
		}
	}
	profileStop = func() {
		pprof.StopCPUProfile()
		if os.Getenv("PY2GOASYNC_MEMSTATS") != "" {
			// Exact totals for the whole run, for measuring allocation work.
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			os.Stderr.WriteString("memstats: bytes " + strconv.FormatUint(ms.TotalAlloc, 10) +
				" mallocs " + strconv.FormatUint(ms.Mallocs, 10) +
				" gcs " + strconv.FormatUint(uint64(ms.NumGC), 10) + "\n")
		}
		if memProfile != "" {
			// The allocs profile stands as of the last collection: one
			// now makes it cover the whole run.
			runtime.GC()
			if f, err := os.Create(memProfile); err == nil {
				pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}
	}
}
