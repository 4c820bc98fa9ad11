package io

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

func BenchmarkTextWrite(b *testing.B) {
	py.EnterMain()
	p := filepath.Join(b.TempDir(), "w.txt")
	f := py.Call(py.LoadBuiltin("open"), py.Str(p), py.Str("w"))
	w := py.GetAttr(f, "write")
	s := py.Str("line some text here\n")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		py.Call(w, s)
	}
	b.StopTimer()
	py.CallMethod(f, "close")
	os.Remove(p)
}
