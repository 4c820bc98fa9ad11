package asyncio

import "testing"

// findSig searches pySigs by class and name: the table must be sorted.
func TestSigsSorted(t *testing.T) {
	for i := 1; i < len(pySigs); i++ {
		a, b := &pySigs[i-1], &pySigs[i]
		if a.class > b.class || a.class == b.class && a.name >= b.name {
			t.Fatalf("pySigs out of order at %d: %s.%s before %s.%s", i, a.class, a.name, b.class, b.name)
		}
	}
	if s := findSig("asyncio.queues.Queue", "put_nowait"); s == nil || s.qual != "Queue.put_nowait" || s.minPos != 2 || s.maxPos != 2 {
		t.Fatalf("findSig(Queue, put_nowait) = %+v", s)
	}
	if s := findSig("asyncio.queues.Queue", "no_such_method"); s != nil {
		t.Fatalf("findSig found %+v for a method CPython lacks", s)
	}
}
