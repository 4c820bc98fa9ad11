package py

import (
	"os/exec"
	"regexp"
	"testing"
)

// hotInlined are functions the translated code calls on its hottest paths
// and that only pay off inlined: a change that pushes one over Go's
// inlining budget costs whole programs (MakeInt once cost the generators
// bench 5% of its instructions when box grew by a call).
var hotInlined = []string{
	"MakeInt", "intSlot", "smallIntAt", "(*GlobalRef).Set", "LoadGlobal", "Local", "SeqNext", "ItemAt", "(*Range).More",
	"Truth", "Checkpoint", "IOf", "SmallI", "BoxIOr", "SIAdd",
}

func TestHotFunctionsInline(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the package")
	}
	out, err := exec.Command("go", "build", "-gcflags=-m", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build -gcflags=-m: %v\n%s", err, out)
	}
	for _, fn := range hotInlined {
		re := regexp.MustCompile(`(?m): can inline ` + regexp.QuoteMeta(fn) + `$`)
		if !re.Match(out) {
			t.Errorf("%s is no longer inlinable (go build -gcflags=-m=2 ./runtime/py says why)", fn)
		}
	}
}
