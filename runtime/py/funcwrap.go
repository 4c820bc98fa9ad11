package py

// WrapImpl puts wrap(impl) in front of f's body: every call of f binds its
// arguments (in Code.Params order, defaults filled in) and passes them to
// the wrapper, which may answer itself or call impl. The fixed-arity entry
// points are dropped and direct calls take the generic path (as after a
// __code__ assignment, which replaces the wrapper with the new code's
// body). For a runtime package standing a Go path in front of a pure-Python
// function of a host module (AfterImport) while keeping the function
// object the module defines.
func (f *Function) WrapImpl(wrap func(impl func(args []Object) Object) func(args []Object) Object) {
	f.impl = wrap(f.boundImpl())
	f.f0, f.f1, f.f2, f.f3, f.f4, f.f5 = nil, nil, nil, nil, nil, nil
	f.codeSwapped, f.inl = true, nil
	bumpTypeEpoch() // the method call entries may hold its entry points
}

// boundImpl is f's body taking arguments bound in Code.Params order (a
// fixed-arity function has no impl of its own: its entry point is taken).
func (f *Function) boundImpl() func(args []Object) Object {
	if f.impl != nil {
		return f.impl
	}
	g := &Function{f0: f.f0, f1: f.f1, f2: f.f2, f3: f.f3, f4: f.f4, f5: f.f5}
	return g.callBound
}
