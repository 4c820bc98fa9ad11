package io

import (
	"os"
	"testing"
)

// TestMain sets the package up as the first import of its module does:
// the tests use its types directly.
func TestMain(m *testing.M) {
	setup()
	os.Exit(m.Run())
}
