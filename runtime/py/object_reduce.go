package py

// object.__reduce__: typeobject.c's _common_reduce(self, 0), which is
// copyreg._reduce_ex(self, 0). (This file's init runs before
// reduce_ex.go's, which compares classes' __reduce__ with this one.)
func init() {
	base, _ := ObjectType.Dict.GetStr("__reduce_ex__")
	method(ObjectType, "__reduce__", func(args []Object, kw []string) Object {
		nargs("object.__reduce__", args, kw, 0, 0)
		if Translated("copyreg") {
			if r := objectReduceEx(args[0], 0); r != nil {
				return r
			}
		}
		if base == nil {
			panic(NewError(TypeErrorType, "cannot pickle '"+typeName(args[0])+"' object"))
		}
		return Call(base, args[0], Int(0))
	})
}
