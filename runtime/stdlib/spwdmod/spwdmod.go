// Package spwdmod is CPython's spwd module: the shadow password database
// read from /etc/shadow (readable by root only, as under CPython, where
// the error is PermissionError).
package spwdmod

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

// StructSpwd is spwd.struct_spwd.
var StructSpwd *structseq.Type

func entries() [][]string {
	b, err := os.ReadFile("/etc/shadow")
	if err != nil {
		if os.IsPermission(err) {
			panic(py.Call(py.OSErrorType, py.Int(13), py.Str("Permission denied")).(*py.BaseException))
		}
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, ":")
		if len(f) >= 9 && line != "" && line[0] != '#' {
			out = append(out, f[:9])
		}
	}
	return out
}

func entry(f []string) py.Object {
	num := func(s string) py.Object {
		if s == "" {
			return py.Int(-1)
		}
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return py.Int(-1)
		}
		return py.Int(n)
	}
	name, pwd := py.Str(f[0]), py.Str(f[1])
	return StructSpwd.Make(name, pwd, num(f[2]), num(f[3]), num(f[4]), num(f[5]), num(f[6]), num(f[7]), num(f[8]), name, pwd)
}

func setup0() {
	py.RegisterModule("spwd", func(m *py.Module) {
		m.Set("struct_spwd", StructSpwd.Type)
		m.AddFunc("getspnam", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("getspnam", args, kw, []string{"arg"}, 1)
			s, ok := a[0].(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("getspnam() argument must be str, not %s", a[0].Type().Name)))
			}
			for _, f := range entries() {
				if f[0] == string(s) {
					return entry(f)
				}
			}
			panic(py.NewException(py.KeyErrorType, py.Str("getspnam(): name not found")))
		})
		m.AddFunc("getspall", func(args []py.Object, kw []string) py.Object {
			out := py.NewList()
			for _, f := range entries() {
				out.Items = append(out.Items, entry(f))
			}
			return out
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	StructSpwd = structseq.New("spwd", "struct_spwd", []string{"sp_namp", "sp_pwdp", "sp_lstchg", "sp_min", "sp_max", "sp_warn",
		"sp_inact", "sp_expire", "sp_flag", "sp_nam", "sp_pwd"}, 9, "spwd.struct_spwd: Results from getsp*() routines.\n\nThis object may be accessed either as a 9-tuple of\n  (sp_namp,sp_pwdp,sp_lstchg,sp_min,sp_max,sp_warn,sp_inact,sp_expire,sp_flag)\nor via the object attributes as named in the above tuple.")
}
