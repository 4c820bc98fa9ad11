package py

// The special-method names of the binary operators, made once (Binary used
// to concatenate them on every call that reached a class's __op__), and a
// call of a found __op__/__rop__ that passes a Python function its two
// arguments through its fixed-arity entry point instead of binding a method.

var binDunderNames, binRDunderNames, binIDunderNames = func() (n, r, i [len(binDunder)]string) {
	for op, s := range binDunder {
		n[op], r[op], i[op] = "__"+s+"__", "__r"+s+"__", "__i"+s+"__"
	}
	return
}()

// callDunder2 is bindDescriptor(m, self, t)(other).
func callDunder2(m Object, self Object, t *Type, other Object) Object {
	if f, ok := m.(*Function); ok && f.f2 != nil {
		enterFrame()
		r := f.f2(self, other)
		depthLeft++
		return r
	}
	return callSlot(m, self, t, other)
}
