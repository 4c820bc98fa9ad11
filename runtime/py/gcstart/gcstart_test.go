package gcstart

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

func TestPercentFor(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct {
		live, stacks, globals uint64
		want                  int
	}{
		{0, 0, 0, Percent},
		{2 * mb, 0, 1 * mb, maxPercent},   // (32-2)/3, bounded by heapminimum's rule
		{4 * mb, 0, 0, 700},               // goal 20 MB raised to the cap: (32-4)/4
		{2 * mb, 0, 2 * mb, 750},          // (32-2)/4, globals included
		{8 * mb, 0, 0, 300},               // goal 40 MB at 400: (32-8)/8
		{4 * mb, 0, 6 * mb, 280},          // (32-4)/10: the globals count
		{6 * mb, 0, 1 * mb, 371},          // (32-6)/7
		{6 * mb, 0, 6 * mb, 216},          // (32-6)/12
		{10 * mb, 0, 6 * mb, MinPercent},  // (32-10)/16 is under the floor
		{0, 0, 13 * mb, 246},              // start-up with many globals: 32/13
		{28 * mb, 0, 0, MinPercent},       // a spike near the cap
		{1 << 30, mb, 6 * mb, MinPercent}, // a big live heap
	} {
		if got := percentFor(c.live, c.stacks, c.globals); got != c.want {
			t.Errorf("percentFor(%d, %d, %d) = %d, want %d", c.live, c.stacks, c.globals, got, c.want)
		}
	}
}

// After collections that mark a heap past HeapCap the hook has lowered the
// percent to MinPercent, and raised it again once the heap is small (to
// at least Percent: what a small heap's goal is raised to HeapCap by).
func TestHookAdapts(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT set: the policy is off")
	}
	wait := func(want int32) {
		deadline := time.Now().Add(10 * time.Second)
		for lastPercent.Load() != want {
			if time.Now().After(deadline) {
				t.Fatalf("GC percent %d, want %d", lastPercent.Load(), want)
			}
			runtime.GC()
			time.Sleep(time.Millisecond)
		}
	}
	keep := make([][]byte, 0, 64)
	for i := 0; i < 64; i++ {
		keep = append(keep, make([]byte, 1<<20))
	}
	wait(MinPercent)
	runtime.KeepAlive(keep)
	keep = nil
	deadline := time.Now().Add(10 * time.Second)
	for lastPercent.Load() < Percent {
		if time.Now().After(deadline) {
			t.Fatalf("GC percent %d, want at least %d", lastPercent.Load(), Percent)
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

// GOGC in the environment wins over the policy; GOMEMLIMIT alone keeps the
// percent at Percent without the hook.
func TestEnvironmentWins(t *testing.T) {
	if v := os.Getenv("GCSTART_CHILD"); v != "" {
		keep := make([]byte, 64<<20)
		runtime.GC()
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		runtime.KeepAlive(keep)
		fmt.Printf("percent=%d\n", debug.SetGCPercent(-1))
		return
	}
	for env, want := range map[string]string{"GOGC=150": "percent=150", "GOMEMLIMIT=1GiB": "percent=400"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestEnvironmentWins$")
		cmd.Env = []string{"GCSTART_CHILD=1", env}
		for _, kv := range os.Environ() {
			if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GOMEMLIMIT=") {
				cmd.Env = append(cmd.Env, kv)
			}
		}
		out, err := cmd.CombinedOutput()
		if err != nil || !strings.Contains(string(out), want) {
			t.Errorf("%s: %v %q, want %s", env, err, out, want)
		}
	}
}
