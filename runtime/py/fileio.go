package py

import (
	"fmt"
)

// Files: the methods of sys.stdout/sys.stderr; open() and sys.stdin come
// from the io package (runtime/stdlib/io).

var UnsupportedOperationType = NewType("UnsupportedOperation", "io", OSErrorType)

func init() {
	UnsupportedOperationType.Bases = []*Type{OSErrorType, ValueErrorType}
	UnsupportedOperationType.computeMRO()
}

// OpenFunc is io.open, which the builtin open() calls (set by the io
// package, where the file classes live).
var OpenFunc func(args []Object, kwnames []string) Object

// SysStdin is sys.stdin (an io.TextIOWrapper, set by the io package).
var SysStdin Object = None

// StdinReadLine reads a line for input() through sys.stdin (set by the io
// package); ok is false at EOF.
var StdinReadLine func() (string, bool)

func init() {
	builtin("open", func(args []Object, kw []string) Object {
		if OpenFunc == nil {
			panic(NewError(ImportErrorType, "open(): the io module is not linked in"))
		}
		return OpenFunc(args, kw)
	})

	// sys.stdout / sys.stderr.
	tm := func(name string, fn func(f *TextFile, args []Object) Object) {
		method(TextFileType, name, func(args []Object, kw []string) Object { return fn(args[0].(*TextFile), args[1:]) })
	}
	TextFileType.Name, TextFileType.Qualname, TextFileType.Module = "TextIOWrapper", "TextIOWrapper", "_io"
	tm("write", func(f *TextFile, args []Object) Object {
		if len(args) != 1 {
			panic(NewError(TypeErrorType, fmt.Sprintf("TextIOWrapper.write() takes exactly one argument (%d given)", len(args))))
		}
		s, ok := args[0].(Str)
		if !ok {
			panic(NewError(TypeErrorType, fmt.Sprintf("write() argument must be str, not %s", typeName(args[0]))))
		}
		f.WriteString(string(s))
		return Int(strLen(string(s)))
	})
	tm("writelines", func(f *TextFile, args []Object) Object {
		for _, l := range AppendStar(nil, args[0]) {
			f.WriteString(wantStr("write() argument", l))
		}
		return None
	})
	tm("flush", func(f *TextFile, args []Object) Object { f.Flush(); return None })
	tm("fileno", func(f *TextFile, args []Object) Object {
		if f == SysStderr {
			return Int(2)
		}
		return Int(1)
	})
	tm("isatty", func(f *TextFile, args []Object) Object { return False })
	tm("writable", func(f *TextFile, args []Object) Object { return True })
	tm("readable", func(f *TextFile, args []Object) Object { return False })
	tm("__repr__", func(f *TextFile, args []Object) Object {
		return Str(fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>", f.Name))
	})
	AddGetter(TextFileType, "name", func(o Object) Object { return Str(o.(*TextFile).Name) }, nil)
	AddGetter(TextFileType, "encoding", func(o Object) Object { return Str("utf-8") }, nil)
	AddGetter(TextFileType, "errors", func(o Object) Object {
		if o == SysStderr {
			return Str("backslashreplace")
		}
		return Str(StdioErrors())
	}, nil)
	AddGetter(TextFileType, "closed", func(o Object) Object { return False }, nil)
	AddGetter(TextFileType, "mode", func(o Object) Object { return Str("w") }, nil)
}
