// Package grpmod is CPython's grp module: the group database read from
// /etc/group.
package grpmod

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
	"github.com/py2goasync/py2goasync/runtime/stdlib/pwdmod"
)

// StructGroup is grp.struct_group.
var StructGroup *structseq.Type

func decode(s string) py.Object { return py.Str(py.DecodeBytes([]byte(s), "utf-8", "surrogateescape")) }

func entry(f []string) py.Object {
	gid, _ := strconv.ParseInt(f[2], 10, 64)
	mem := py.NewList()
	if f[3] != "" {
		for _, n := range strings.Split(f[3], ",") {
			mem.Items = append(mem.Items, decode(n))
		}
	}
	return StructGroup.Make(decode(f[0]), decode(f[1]), py.Int(gid), mem)
}

func setup0() {
	py.RegisterModule("grp", func(m *py.Module) {
		m.Set("__doc__", py.Str("Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"))
		m.Set("struct_group", StructGroup.Type)
		m.AddFunc("getgrgid", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("getgrgid", args, kw, []string{"id"}, 1)
			gid, ok := pwdmod.IDArg(a[0], "gid")
			if !ok {
				panic(py.NewError(py.OverflowErrorType, "gid is less than minimum"))
			}
			for _, f := range pwdmod.Entries("/etc/group", 4) {
				if f[2] == strconv.FormatInt(gid, 10) {
					return entry(f)
				}
			}
			panic(py.NewException(py.KeyErrorType, py.Str(fmt.Sprintf("getgrgid(): gid not found: %s", py.Repr(a[0])))))
		})
		m.AddFunc("getgrnam", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("getgrnam", args, kw, []string{"name"}, 1)
			s, ok := a[0].(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("getgrnam() argument 'name' must be str, not %s", a[0].Type().Name)))
			}
			for _, f := range pwdmod.Entries("/etc/group", 4) {
				if f[0] == string(s) {
					return entry(f)
				}
			}
			panic(py.NewException(py.KeyErrorType, py.Str(fmt.Sprintf("getgrnam(): name not found: %s", py.Repr(s)))))
		})
		m.AddFunc("getgrall", func(args []py.Object, kw []string) py.Object {
			out := py.NewList()
			for _, f := range pwdmod.Entries("/etc/group", 4) {
				out.Items = append(out.Items, entry(f))
			}
			return out
		})
	})
}

// initVars sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars() {
	StructGroup = structseq.New("grp", "struct_group", []string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"}, 4,
		"grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n")
}
