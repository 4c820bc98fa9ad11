package py

// lookupAttrCatching is getattr(o, name, default)'s lookup: nil when o has
// no such attribute, also when finding it raised AttributeError (a
// property, a module's __getattr__ as unittest's). Other exceptions
// propagate. hasattr() uses it too.
func lookupAttrCatching(o Object, name string) (v Object) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*BaseException); ok && e.cls.IsSubtype(AttributeErrorType) {
				RestoreDepth(depth)
				v = nil
				return
			}
			panic(r)
		}
	}()
	return LookupAttr(o, name)
}
