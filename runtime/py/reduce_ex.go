package py

// object.__reduce_ex__ defers to a __reduce__ the object's class (or a
// base other than object) overrides, as CPython's does: Go-implemented
// types that define only __reduce__ (operator.itemgetter, builtin
// functions) pickle. (This file's init runs after dunders.go's.)
func init() {
	base, _ := ObjectType.Dict.GetStr("__reduce_ex__")
	objReduce, _ := ObjectType.Dict.GetStr("__reduce__")
	method(ObjectType, "__reduce_ex__", func(args []Object, kw []string) Object {
		if len(args) >= 1 {
			t := args[0].Type()
			for _, c := range t.MRO {
				if c == ObjectType {
					break
				}
				if r, ok := c.Dict.GetStr("__reduce__"); ok && r != objReduce {
					return Call(bindDescriptor(r, args[0], t))
				}
			}
		}
		return CallKw(base, args, kw)
	})
}
