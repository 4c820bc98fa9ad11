package py

import "testing"

func TestSmokeReprs(t *testing.T) {
	acquireMainForTest()
	cases := []struct {
		o    Object
		want string
	}{
		{NewTuple(Str("result1"), Str("result2 derived from result1")), "('result1', 'result2 derived from result1')"},
		{NewTuple(Int(1)), "(1,)"},
		{Float(0.1), "0.1"},
		{Float(1e16), "1e+16"},
		{Float(1.5e-5), "1.5e-05"},
		{Float(3), "3.0"},
		{Str("it's"), `"it's"`},
		{NewList(None, True, Int(-3)), "[None, True, -3]"},
		{Add(Int(1<<62), Int(1<<62)), "9223372036854775808"},
	}
	for _, c := range cases {
		if got := Repr(c.o); got != c.want {
			t.Errorf("Repr = %s, want %s", got, c.want)
		}
	}
	if got := FormatValue(Float(3.14159), 0, ".2f"); got != "3.14" {
		t.Errorf("format .2f = %q", got)
	}
	if got := FormatValue(Int(42), 0, ">5"); got != "   42" {
		t.Errorf("format >5 = %q", got)
	}
}

func acquireMainForTest() {
	if current == nil {
		acquireMain()
	}
}
