// Package structseq makes CPython's "struct sequence" types (os.stat_result,
// sys.flags, pwd.struct_passwd, ...): tuple subclasses whose first fields
// are the tuple's items and whose other fields are attributes only.
package structseq

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Type describes one struct sequence type.
type Type struct {
	*py.Type
	full     string   // "os.stat_result"
	fields   []string // "" for an unnamed field
	nVisible int
	// Fill, when set, completes the fields a constructor call left None
	// (os.stat_result takes st_atime from the integer st_atime).
	Fill func(all []py.Object)
}

// The hidden fields live past the visible items in the tuple's backing
// array (Items[:nVisible] is the tuple; Items[:cap] all the fields).

// New makes the type module.name with the given fields, the first
// nVisible of which are the tuple's items ("" names an unnamed field,
// reachable by index only, as os.stat_result's integer times).
func New(module, name string, fields []string, nVisible int, doc string) *Type {
	// module "" is a builtin type named only by name (sys.asyncgen_hooks).
	t := &Type{full: module + "." + name, fields: fields, nVisible: nVisible}
	if module == "" {
		t.full, module = name, "builtins"
	}
	ns := py.NewDict()
	if doc != "" {
		ns.SetStr("__doc__", py.Str(doc))
	}
	t.Type = py.NewClass(name, name, module, []py.Object{py.TupleType}, ns)
	named := 0
	var match []py.Object
	for i, f := range fields {
		if f == "" {
			continue
		}
		named++
		if i < nVisible {
			match = append(match, py.Str(f))
		}
		i := i
		ns.SetStr(f, &py.Property{Get: py.NewBuiltin(f, func(args []py.Object, kw []string) py.Object {
			tu := args[0].(*py.Tuple)
			all := tu.Items[:cap(tu.Items)]
			if i < len(all) && all[i] != nil {
				return all[i]
			}
			return py.None
		})})
	}
	unnamed := len(fields) - named
	ns.SetStr("n_sequence_fields", py.Int(nVisible))
	ns.SetStr("n_fields", py.Int(len(fields)))
	ns.SetStr("n_unnamed_fields", py.Int(unnamed))
	ns.SetStr("__match_args__", py.NewTuple(match...))
	ns.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		a := py.ParseArgs(name, args[1:], kw, []string{"sequence", "dict"}, 1)
		items := py.AppendStar(nil, a[0])
		n := len(items)
		if n < nVisible {
			if nVisible == len(fields) {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes a %d-sequence (%d-sequence given)", t.full, nVisible, n)))
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes an at least %d-sequence (%d-sequence given)", t.full, nVisible, n)))
		}
		if n > len(fields) {
			if nVisible == len(fields) {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes a %d-sequence (%d-sequence given)", t.full, nVisible, n)))
			}
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes an at most %d-sequence (%d-sequence given)", t.full, len(fields), n)))
		}
		all := make([]py.Object, len(fields))
		copy(all, items)
		for i := n; i < len(fields); i++ {
			all[i] = py.None
			if a[1] != nil && a[1] != py.None && fields[i] != "" {
				if v := py.CallMethod(a[1], "get", py.Str(fields[i])); v != nil {
					all[i] = v
				}
			}
		}
		if t.Fill != nil {
			t.Fill(all)
		}
		return py.NewTupleOf(cls, all[:nVisible])
	})})
	ns.SetStr("__repr__", py.NewFunction(&py.Code{Name: "__repr__", Qualname: name + ".__repr__", Module: module, Params: []string{"self"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object {
		tu := a[0].(*py.Tuple)
		var names []string
		for _, f := range fields {
			if f != "" {
				names = append(names, f)
			}
		}
		parts := make([]string, 0, nVisible)
		for i := 0; i < nVisible && i < len(tu.Items); i++ {
			n := ""
			if i < len(names) {
				n = names[i]
			}
			parts = append(parts, n+"="+py.Repr(tu.Items[i]))
		}
		return py.Str(t.full + "(" + strings.Join(parts, ", ") + ")")
	}))
	ns.SetStr("__reduce__", py.NewMethod("__reduce__", func(args []py.Object, kw []string) py.Object {
		tu := args[0].(*py.Tuple)
		all := tu.Items[:cap(tu.Items)]
		d := py.NewDict()
		for i := nVisible; i < len(fields) && i < len(all); i++ {
			if fields[i] != "" {
				d.SetStr(fields[i], all[i])
			}
		}
		return py.NewTuple(args[0].Type(), py.NewTuple(py.NewTuple(append([]py.Object(nil), tu.Items...)...), d))
	}))
	return t
}

// Make builds an instance from all its fields' values (nil stands for None).
func (t *Type) Make(values ...py.Object) *py.Tuple {
	all := make([]py.Object, len(t.fields))
	for i := range all {
		if i < len(values) && values[i] != nil {
			all[i] = values[i]
		} else {
			all[i] = py.None
		}
	}
	return py.NewTupleOf(t.Type, all[:t.nVisible])
}
