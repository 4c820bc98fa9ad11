package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"
)

// The build cache keeps the most recently used programs and runtimes and
// drops the rest, along with temporary directories of interrupted builds.
func TestPruneCache(t *testing.T) {
	cache := t.TempDir()
	mk := func(name string, age time.Duration) { mkAged(t, cache, name, age) }
	for i := 0; i < keepPrograms+5; i++ {
		mk(fmt.Sprintf("prog-%03d", i), time.Duration(i)*time.Minute)
	}
	for i := 0; i < keepRuntimes+3; i++ {
		mk("runtime-"+string(rune('a'+i)), time.Duration(i)*time.Hour)
	}
	mk("runtime-current", 100*time.Hour)
	mk("tmp-prog-old", 2*staleTemp)
	mk("tmp-prog-new", 0)
	pruneCache(cache, filepath.Join(cache, "runtime-current"))

	entries, _ := os.ReadDir(cache)
	count := map[string][]string{}
	for _, e := range entries {
		n := e.Name()
		switch {
		case len(n) > 5 && n[:5] == "prog-":
			count["prog"] = append(count["prog"], n)
		case len(n) > 8 && n[:8] == "runtime-":
			count["runtime"] = append(count["runtime"], n)
		default:
			count["other"] = append(count["other"], n)
		}
	}
	if len(count["prog"]) != keepPrograms {
		t.Errorf("kept %d programs, want %d", len(count["prog"]), keepPrograms)
	}
	// The newest programs survive: ages 0..keepPrograms-1 minutes.
	if _, err := os.Stat(filepath.Join(cache, "prog-000")); err != nil {
		t.Errorf("the most recently used program was removed")
	}
	sort.Strings(count["runtime"])
	want := []string{"runtime-a", "runtime-b", "runtime-c", "runtime-current"}
	if len(count["runtime"]) != len(want) {
		t.Fatalf("kept runtimes %v, want %v", count["runtime"], want)
	}
	for i := range want {
		if count["runtime"][i] != want[i] {
			t.Errorf("kept runtimes %v, want %v", count["runtime"], want)
		}
	}
	if len(count["other"]) != 1 || count["other"][0] != "tmp-prog-new" {
		t.Errorf("temporary directories left: %v, want only tmp-prog-new", count["other"])
	}
}

// A library build used within inUseGrace is kept beyond keepLibs: another
// process's build may be reading it (it was pruned under a running build).
func TestPruneCacheKeepsRecentlyUsed(t *testing.T) {
	cache := t.TempDir()
	mk := func(name string, age time.Duration) { mkAged(t, cache, name, age) }
	for i := 0; i < keepLibs+2; i++ {
		mk(fmt.Sprintf("lib-recent%d", i), time.Duration(i)*time.Minute)
	}
	mk("lib-old", 2*inUseGrace)
	pruneCache(cache, filepath.Join(cache, "runtime-current"))
	entries, _ := os.ReadDir(cache)
	var kept []string
	for _, e := range entries {
		kept = append(kept, e.Name())
	}
	if len(kept) != keepLibs+2 {
		t.Errorf("kept %v, want the %d recently used libraries and not lib-old", kept, keepLibs+2)
	}
	if _, err := os.Stat(filepath.Join(cache, "lib-old")); err == nil {
		t.Errorf("lib-old, unused for two hours and beyond the limit, was kept")
	}
}

// mkAged makes the directory cache/name, last used age ago.
func mkAged(t *testing.T, cache, name string, age time.Duration) {
	t.Helper()
	p := filepath.Join(cache, name)
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	when := time.Now().Add(-age)
	if err := os.Chtimes(p, when, when); err != nil {
		t.Fatal(err)
	}
}
