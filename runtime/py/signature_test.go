package py

import "testing"

// sigIndex searches the tables by owner and name: they must be sorted.
func TestSignatureTablesSorted(t *testing.T) {
	for _, table := range [][]Signature{methodSignatures[:], funcSignatures[:]} {
		for i := 1; i < len(table); i++ {
			a, b := &table[i-1], &table[i]
			if a.Owner > b.Owner || a.Owner == b.Owner && a.Name >= b.Name {
				t.Fatalf("out of order at %d: %s.%s before %s.%s", i, a.Owner, a.Name, b.Owner, b.Name)
			}
		}
	}
	if s := MethodSignature("asyncio.queues.Queue", "put_nowait"); s == nil || s.Qual != "Queue.put_nowait" || s.MinPos != 2 || s.MaxPos != 2 {
		t.Fatalf("MethodSignature(Queue, put_nowait) = %+v", s)
	}
	if s := MethodSignature("asyncio.queues.Queue", "no_such_method"); s != nil {
		t.Fatalf("MethodSignature found %+v for a method CPython lacks", s)
	}
	if s := funcIndex.ref("math", "isnan").Get(); s == nil || s.Kind != SigOneArg {
		t.Fatalf("math.isnan: %+v", s)
	}
}
