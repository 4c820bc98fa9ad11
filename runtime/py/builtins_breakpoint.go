package py

// breakpoint(*args, **kws) calls sys.breakpointhook with them.
func init() {
	builtin("breakpoint", func(args []Object, kw []string) Object {
		var hook Object
		if sys := Import("sys"); sys != nil {
			hook = LookupAttr(sys, "breakpointhook")
		}
		if hook == nil {
			panic(NewError(RuntimeErrorType, "lost sys.breakpointhook"))
		}
		return CallKw(hook, args, kw)
	})
}
