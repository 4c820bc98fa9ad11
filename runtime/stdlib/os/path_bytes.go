package os

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// bytesPaths lets os.path's functions take bytes paths as posixpath's do:
// the arguments are decoded with the file system encoding and
// surrogateescape, the function runs on str, and str results are encoded
// back to bytes.
func bytesPaths(m *py.Module, names ...string) {
	for _, name := range names {
		v, ok := m.Dict.GetStr(name)
		if !ok {
			continue
		}
		f, ok := v.(*py.BuiltinFunction)
		if !ok {
			continue
		}
		inner := f.Fn
		f.Fn = func(args []py.Object, kw []string) py.Object {
			npos := len(args) - len(kw)
			if npos == 0 {
				return inner(args, kw)
			}
			if _, isBytes := args[0].(py.Bytes); !isBytes {
				return inner(args, kw)
			}
			conv := make([]py.Object, len(args))
			copy(conv, args)
			for i := 0; i < npos; i++ {
				b, ok := args[i].(py.Bytes)
				if !ok {
					if _, isStr := args[i].(py.Str); isStr {
						panic(py.NewError(py.TypeErrorType, "Can't mix strings and bytes in path components"))
					}
					if i == 0 {
						return inner(args, kw)
					}
					continue
				}
				conv[i] = py.CallMethod(b, "decode", py.Str("utf-8"), py.Str("surrogateescape"))
			}
			return encodePaths(inner(conv, kw))
		}
	}
}

func encodePaths(r py.Object) py.Object {
	switch v := r.(type) {
	case py.Str:
		return py.CallMethod(v, "encode", py.Str("utf-8"), py.Str("surrogateescape"))
	case *py.Tuple:
		items := make([]py.Object, len(v.Items))
		for i, x := range v.Items {
			items[i] = encodePaths(x)
		}
		return py.NewTuple(items...)
	case *py.List:
		items := make([]py.Object, len(v.Items))
		for i, x := range v.Items {
			items[i] = encodePaths(x)
		}
		return py.NewList(items...)
	}
	return r
}
