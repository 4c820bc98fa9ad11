package asyncio

import (
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// clinicArgs parses the arguments of a C function whose signature is
// (pos..., *, kwonly...) with Argument Clinic's messages: the result has
// one slot per name of pos then kwonly, nil for arguments not given, and
// the first required of pos must be given.
func clinicArgs(fname string, a []py.Object, kw []string, pos []string, required int, kwonly []string) []py.Object {
	npos := len(a) - len(kw)
	out := make([]py.Object, len(pos)+len(kwonly))
	if len(a) > len(out) {
		keyword := ""
		if npos == 0 {
			keyword = "keyword "
		}
		typeError("%s() takes at most %d %sargument%s (%d given)", fname, len(out), keyword, plural(len(out)), len(a))
	}
	if npos > len(pos) {
		switch {
		case len(pos) == 0:
			typeError("%s() takes no positional arguments", fname)
		case required == len(pos):
			typeError("%s() takes exactly %d positional argument%s (%d given)", fname, len(pos), plural(len(pos)), npos)
		default:
			typeError("%s() takes at most %d positional argument%s (%d given)", fname, len(pos), plural(len(pos)), npos)
		}
	}
	copy(out, a[:npos])
	for i, k := range kw {
		j := -1
		for n, name := range pos {
			if name == k {
				j = n
			}
		}
		for n, name := range kwonly {
			if name == k {
				j = len(pos) + n
			}
		}
		if j < 0 {
			typeError("'%s' is an invalid keyword argument for %s()", k, fname)
		}
		if out[j] != nil {
			typeError("argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
		}
		out[j] = a[npos+i]
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() missing required argument '%s' (pos %d)", fname, pos[i], i+1)))
		}
	}
	return out
}
