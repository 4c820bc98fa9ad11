package py

// Fixed-arity entry points for the hottest builtin methods. This file's
// name sorts after the files that define those methods, so its init runs
// after theirs (Go runs a package's init functions in file-name order).

func init() {
	SetFastMethod(ListType, "append", func(self, a Object) Object {
		l := self.(*List)
		l.Items = append(l.Items, a)
		return None
	})
	dictGet := func(self, k, dflt Object) Object {
		if v, ok := self.(*Dict).Get(k); ok {
			return v
		}
		return dflt
	}
	SetFastMethod(DictType, "get", func(self, k Object) Object { return dictGet(self, k, None) })
	SetFastMethod(DictType, "get", dictGet)
	SetFastMethod(SetType, "add", func(self, a Object) Object {
		self.(*Set).Add(a)
		return None
	})
}
