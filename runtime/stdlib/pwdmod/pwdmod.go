// Package pwdmod is CPython's pwd module and grp's parsing helpers: the
// password database read from /etc/passwd (the files source of NSS).
package pwdmod

import (
	"fmt"
	"math/big"
	"os"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

// StructPasswd is pwd.struct_passwd.
var StructPasswd *structseq.Type

// Entries reads a colon-separated database file into its lines' fields.
func Entries(path string, nfields int) [][]string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		f := strings.Split(line, ":")
		if len(f) < nfields {
			continue
		}
		out = append(out, f[:nfields])
	}
	return out
}

func decode(s string) py.Object { return py.Str(py.DecodeBytes([]byte(s), "utf-8", "surrogateescape")) }

func entry(f []string) py.Object {
	uid, _ := strconv.ParseInt(f[2], 10, 64)
	gid, _ := strconv.ParseInt(f[3], 10, 64)
	return StructPasswd.Make(decode(f[0]), decode(f[1]), py.Int(uid), py.Int(gid), decode(f[4]), decode(f[5]), decode(f[6]))
}

// IDArg converts a uid/gid argument as CPython's _Py_Uid_Converter: an
// int in range, else the lookup fails (ok false) or a TypeError.
func IDArg(o py.Object, what string) (int64, bool) {
	if _, isFloat := o.(py.Float); isFloat || py.LookupSpecial(o, "__index__") == nil {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s should be integer, not %s", what, o.Type().Name)))
	}
	b, _ := py.IndexBig(o)
	if b.Sign() < 0 && b.Cmp(big.NewInt(-1)) != 0 || b.BitLen() > 32 {
		return 0, false
	}
	return b.Int64(), true
}

func setup0() {
	py.RegisterModule("pwd", func(m *py.Module) {
		m.Set("__doc__", py.Str("This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."))
		m.Set("struct_passwd", StructPasswd.Type)
		m.AddFunc("getpwuid", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("pwd.getpwuid() takes exactly one argument (%d given)", len(args))))
			}
			uid, ok := IDArg(args[0], "uid")
			if ok {
				for _, f := range Entries("/etc/passwd", 7) {
					if f[2] == strconv.FormatInt(uid, 10) {
						return entry(f)
					}
				}
				panic(py.NewException(py.KeyErrorType, py.Str(fmt.Sprintf("getpwuid(): uid not found: %s", py.Repr(args[0])))))
			}
			panic(py.NewException(py.KeyErrorType, py.Str("getpwuid(): uid not found")))
		})
		m.AddFunc("getpwnam", func(args []py.Object, kw []string) py.Object {
			if len(args) != 1 || len(kw) > 0 {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("pwd.getpwnam() takes exactly one argument (%d given)", len(args))))
			}
			s, ok := args[0].(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("getpwnam() argument must be str, not %s", args[0].Type().Name)))
			}
			if strings.IndexByte(string(s), 0) >= 0 {
				panic(py.NewError(py.ValueErrorType, "embedded null character"))
			}
			for _, f := range Entries("/etc/passwd", 7) {
				if f[0] == string(s) {
					return entry(f)
				}
			}
			panic(py.NewException(py.KeyErrorType, py.Str(fmt.Sprintf("getpwnam(): name not found: %s", py.Repr(s)))))
		})
		m.AddFunc("getpwall", func(args []py.Object, kw []string) py.Object {
			out := py.NewList()
			for _, f := range Entries("/etc/passwd", 7) {
				out.Items = append(out.Items, entry(f))
			}
			return out
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	StructPasswd = structseq.New("pwd", "struct_passwd", []string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"}, 7,
		"pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.")
}
