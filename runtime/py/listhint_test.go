package py

import "testing"

func TestNewListHint(t *testing.T) {
	l := NewList(Int(1), Int(2), Int(3))
	it := GetIter(l)
	it.(*SeqIter).Next()
	d := NewDict()
	d.Set(Int(1), Int(1))
	for _, c := range []struct {
		it   Object
		want int
	}{
		{NewRange(0, 10, 3).Iter(), 4},
		{NewRange(10, 0, -3).Iter(), 4},
		{NewRange(5, 5, 1).Iter(), 0},
		{NewRange(0, 1<<40, 1).Iter(), maxListHint},
		{it, 2},
		{GetIter(NewTuple(Int(1))), 1},
		{GetIter(d), 1},
		{GetIter(Str("abc")), 0},
	} {
		if got := cap(NewListHint(c.it).Items); got != c.want {
			t.Errorf("%s: room for %d, want %d", Repr(c.it), got, c.want)
		}
		if n := len(NewListHint(c.it).Items); n != 0 {
			t.Errorf("%s: %d items, want none", Repr(c.it), n)
		}
	}
}
