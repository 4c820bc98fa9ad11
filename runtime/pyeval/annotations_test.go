package pyeval

import (
	"testing"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Module code holding annotations finds __annotations__ set up in its
// locals before its first statement (SETUP_ANNOTATIONS), a custom mapping
// included; the globals are left alone.
func TestExecSetupAnnotations(t *testing.T) {
	py.EnterMain()
	g, l := py.NewDict(), py.NewDict()
	if e := py.Catch(func() {
		py.Call(py.LoadBuiltin("exec"), py.Str("'doc'\n__annotations__[1] = 2\nx: int = 5\n"), g, l)
	}); e != nil {
		t.Fatalf("exec: %s", py.FormatException(e))
	}
	ann, ok := l.GetStr("__annotations__")
	if !ok {
		t.Fatal("no __annotations__ in the locals")
	}
	if got, want := py.Repr(ann), "{1: 2, 'x': <class 'int'>}"; got != want {
		t.Errorf("__annotations__ %s, want %s", got, want)
	}
	if _, ok := g.GetStr("__annotations__"); ok {
		t.Error("__annotations__ set in the globals")
	}
	// Without annotations, nothing is set up.
	l2 := py.NewDict()
	py.Call(py.LoadBuiltin("exec"), py.Str("y = 1\n"), g, l2)
	if _, ok := l2.GetStr("__annotations__"); ok {
		t.Error("__annotations__ set up for code without annotations")
	}
}
