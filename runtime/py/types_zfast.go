package py

// Fixed-arity entry points for the hottest builtin methods. This file's
// name sorts after the files that define those methods, so its init runs
// after theirs (Go runs a package's init functions in file-name order).

func init() {
	// A list method's entry takes any self: list.append(x, v) reaches it
	// through Call2 with whatever x is, which the generic method rejects.
	list0 := func(name string, fn func(l *List) Object) {
		slow := builtinMethod(ListType, name).Fn
		SetFastMethod(ListType, name, func(self Object) Object {
			if l, ok := self.(*List); ok {
				return fn(l)
			}
			return slow([]Object{self}, nil)
		})
	}
	list1 := func(name string, fn func(l *List, a Object) Object) {
		slow := builtinMethod(ListType, name).Fn
		SetFastMethod(ListType, name, func(self, a Object) Object {
			if l, ok := self.(*List); ok {
				return fn(l, a)
			}
			return slow([]Object{self, a}, nil)
		})
	}
	list2 := func(name string, fn func(l *List, a, b Object) Object) {
		slow := builtinMethod(ListType, name).Fn
		SetFastMethod(ListType, name, func(self, a, b Object) Object {
			if l, ok := self.(*List); ok {
				return fn(l, a, b)
			}
			return slow([]Object{self, a, b}, nil)
		})
	}
	list1("append", func(l *List, a Object) Object {
		l.Items = append(l.Items, a)
		return None
	})
	list0("pop", func(l *List) Object { return listPop(l, nil) })
	list1("pop", listPop)
	list2("insert", listInsert)
	list1("remove", listRemove)
	dictGetSlow := builtinMethod(DictType, "get").Fn
	dictGet := func(self, k, dflt Object) Object {
		d, ok := self.(*Dict)
		if !ok {
			return dictGetSlow([]Object{self, k, dflt}, nil)
		}
		if v, ok := d.Get(k); ok {
			return v
		}
		return dflt
	}
	SetFastMethod(DictType, "get", func(self, k Object) Object {
		if _, ok := self.(*Dict); !ok {
			return dictGetSlow([]Object{self, k}, nil)
		}
		return dictGet(self, k, None)
	})
	SetFastMethod(DictType, "get", dictGet)
	setAddSlow := builtinMethod(SetType, "add").Fn
	SetFastMethod(SetType, "add", func(self, a Object) Object {
		s, ok := self.(*Set)
		if !ok || s.Frozen {
			return setAddSlow([]Object{self, a}, nil)
		}
		s.Add(a)
		return None
	})
}
