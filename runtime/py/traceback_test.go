package py

import (
	"os/exec"
	"testing"
)

// Exceptions that were never raised have no stack, so CPython's
// traceback.format_exception output can be compared exactly.
func TestFormatExceptionGroupsOracle(t *testing.T) {
	acquireMainForTest()
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	prog := `
import traceback
inner = ExceptionGroup("inner", [ValueError(1), KeyError("k")])
inner.add_note("a note")
c = RuntimeError("ctx")
t2 = TypeError(2)
t2.__context__ = c
outer = BaseExceptionGroup("outer", [inner, t2, KeyboardInterrupt()])
outer.__cause__ = OSError(2, "No such file or directory", "f.txt")
many = ExceptionGroup("many", [ValueError(i) for i in range(17)])
print("".join(traceback.format_exception(outer)), end="")
print("".join(traceback.format_exception(many)), end="")
`
	want, err := exec.Command(py3, "-c", prog).Output()
	if err != nil {
		t.Fatal(err)
	}
	inner := Call(ExceptionGroupType, Str("inner"), NewList(Call(ValueErrorType, Int(1)), Call(KeyErrorType, Str("k")))).(*BaseException)
	CallMethod(inner, "add_note", Str("a note"))
	c := NewError(RuntimeErrorType, "ctx")
	t2 := NewException(TypeErrorType, Int(2))
	t2.Context = c
	outer := Call(BaseExceptionGroupType, Str("outer"), NewList(inner, t2, NewException(KeyboardInterruptType))).(*BaseException)
	SetAttr(outer, "__cause__", Call(OSErrorType, Int(2), Str("No such file or directory"), Str("f.txt")))
	var many []Object
	for i := 0; i < 17; i++ {
		many = append(many, Call(ValueErrorType, Int(i)))
	}
	m := Call(ExceptionGroupType, Str("many"), NewList(many...)).(*BaseException)
	got := FormatException(outer) + FormatException(m)
	if got != string(want) {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
