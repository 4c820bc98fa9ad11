package collections

import (
	"os"
	"testing"
)

// TestMain sets the types up as the first import of collections does:
// the tests use them directly.
func TestMain(m *testing.M) {
	setup()
	os.Exit(m.Run())
}
