package py

// The protocol methods that collections.abc's __subclasshook__s look for
// in a class's __dict__ (_collections_abc._check_methods), on the builtin
// types whose behaviour the runtime gives them in Go: the unhashable
// types' __hash__ = None, the dict views' __iter__/__len__/__contains__,
// and calling a builtin function.
func init() {
	for _, t := range []*Type{ByteArrayType, SliceType, DictKeysType, DictItemsType} {
		if _, ok := t.Dict.GetStr("__hash__"); !ok {
			t.Dict.SetStr("__hash__", None)
		}
	}
	for _, t := range []*Type{ByteArrayType, DictKeysType, DictValuesType, DictItemsType} {
		if _, ok := t.Dict.GetStr("__len__"); !ok {
			method(t, "__len__", func(args []Object, kw []string) Object { return Int(Len(args[0])) })
		}
		if _, ok := t.Dict.GetStr("__iter__"); !ok {
			method(t, "__iter__", func(args []Object, kw []string) Object { return GetIter(args[0]) })
		}
	}
	for _, t := range []*Type{ByteArrayType, DictKeysType, DictItemsType} {
		if _, ok := t.Dict.GetStr("__contains__"); !ok {
			method(t, "__contains__", func(args []Object, kw []string) Object {
				nargs("__contains__", args, nil, 1, 1)
				return NewBool(Contains(args[0], args[1]))
			})
		}
	}
	for _, t := range []*Type{BuiltinFunctionType, MethodDescriptorType} {
		if _, ok := t.Dict.GetStr("__call__"); !ok {
			method(t, "__call__", func(args []Object, kw []string) Object {
				return CallKw(args[0], args[1:], kw)
			})
		}
	}
}
