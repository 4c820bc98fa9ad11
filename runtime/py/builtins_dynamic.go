package py

import "fmt"

// eval, exec and compile need Python source compiled at run time, which a
// program translated ahead of time cannot do. They exist (six binds
// getattr(builtins, "exec") on import) and say so when called, rather
// than failing with a NameError that would suggest a typo.
func init() {
	for _, name := range []string{"eval", "exec", "compile"} {
		builtin(name, func(args []Object, kw []string) Object {
			panic(NewError(NotImplementedErrorType, fmt.Sprintf("%s() is not supported: py2goasync translates the program ahead of time and cannot compile Python source at run time", name)))
		})
	}
}
