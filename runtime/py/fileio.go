package py

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Files: the methods of sys.stdout/sys.stderr, sys.stdin, and open().

// File is an object returned by open() (text or binary).
type File struct {
	name     string
	mode     string
	binary   bool
	f        *os.File
	r        *bufio.Reader
	w        *bufio.Writer
	closed   bool
	encoding string
}

var (
	FileType       = NewType("TextIOWrapper", "_io", nil)
	BufferedReader = NewType("BufferedReader", "_io", nil)
	BufferedWriter = NewType("BufferedWriter", "_io", nil)
)

func (f *File) Type() *Type {
	if f.binary {
		if strings.ContainsAny(f.mode, "wax+") {
			return BufferedWriter
		}
		return BufferedReader
	}
	return FileType
}

func (f *File) String() string {
	if f.binary {
		return fmt.Sprintf("<_io.%s name=%s>", f.Type().Name, Repr(Str(f.name)))
	}
	return fmt.Sprintf("<_io.TextIOWrapper name=%s mode=%s encoding='%s'>", Repr(Str(f.name)), Repr(Str(f.mode)), f.encoding)
}

func (f *File) check() {
	if f.closed {
		panic(NewError(ValueErrorType, "I/O operation on closed file."))
	}
}

func (f *File) wrap(b []byte) Object {
	if f.binary {
		return Bytes(b)
	}
	return Str(DecodeBytes(b, f.encoding, "strict"))
}

// ReadAll is f.read().
func (f *File) ReadAll() Object {
	f.check()
	if f.r == nil {
		panic(NewError(UnsupportedOperationType, "not readable"))
	}
	var b []byte
	var err error
	WithoutGIL(func() { b, err = io.ReadAll(f.r) })
	if err != nil {
		panic(NewOSError(err, f.name))
	}
	return f.wrap(b)
}

// ReadLine is f.readline(); "" at EOF.
func (f *File) ReadLine() Object {
	f.check()
	if f.r == nil {
		panic(NewError(UnsupportedOperationType, "not readable"))
	}
	var line []byte
	var err error
	WithoutGIL(func() { line, err = f.r.ReadBytes('\n') })
	if err != nil && err != io.EOF {
		panic(NewOSError(err, f.name))
	}
	return f.wrap(line)
}

// Write is f.write(s).
func (f *File) Write(o Object) Object {
	f.check()
	if f.w == nil {
		panic(NewError(UnsupportedOperationType, "not writable"))
	}
	if f.binary {
		b := bytesArg("write", o)
		f.w.Write(b)
		return Int(len(b))
	}
	s, ok := o.(Str)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("write() argument must be str, not %s", typeName(o))))
	}
	f.w.WriteString(string(s))
	return Int(strLen(string(s)))
}

// Close is f.close().
func (f *File) Close() {
	if f.closed {
		return
	}
	if f.w != nil {
		f.w.Flush()
	}
	f.closed = true
	if f.f != nil && f.f != os.Stdin {
		f.f.Close()
	}
}

var UnsupportedOperationType = NewType("UnsupportedOperation", "io", OSErrorType)

func init() {
	UnsupportedOperationType.Bases = []*Type{OSErrorType, ValueErrorType}
	UnsupportedOperationType.computeMRO()
}

// Open is open(file, mode, encoding=...).
func Open(name string, mode string, encoding string) *File {
	if encoding == "" {
		encoding = "UTF-8"
	}
	flag := os.O_RDONLY
	switch {
	case strings.Contains(mode, "w"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case strings.Contains(mode, "a"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case strings.Contains(mode, "x"):
		flag = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if strings.Contains(mode, "+") {
		flag = flag&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
	}
	for _, c := range mode {
		if !strings.ContainsRune("rwaxbt+", c) {
			panic(NewError(ValueErrorType, "invalid mode: "+Repr(Str(mode))))
		}
	}
	var fh *os.File
	var err error
	WithoutGIL(func() { fh, err = os.OpenFile(name, flag, 0o666) })
	if err != nil {
		panic(NewOSError(err, name))
	}
	if st, e := fh.Stat(); e == nil && st.IsDir() {
		fh.Close()
		panic(newOSError(IsADirectoryErrorType, []Object{Int(21), Str("Is a directory"), Str(name)}))
	}
	f := &File{name: name, mode: mode, binary: strings.Contains(mode, "b"), f: fh, encoding: encoding}
	if flag == os.O_RDONLY || strings.Contains(mode, "+") {
		f.r = bufio.NewReader(fh)
	}
	if flag != os.O_RDONLY {
		f.w = bufio.NewWriter(fh)
	}
	return f
}

// SysStdin is sys.stdin.
var SysStdin = &File{name: "<stdin>", mode: "r", f: os.Stdin, encoding: "utf-8"}

func init() {
	builtin("open", func(args []Object, kw []string) Object {
		a := ParseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1)
		mode, enc := "r", ""
		if a[1] != nil {
			mode = wantStr("open() argument 'mode'", a[1])
		}
		if a[3] != nil && a[3] != None {
			enc = StrOf(a[3])
		}
		return Open(StrOf(a[0]), mode, enc)
	})
	fm := func(name string, fn func(f *File, args []Object) Object) {
		m := func(args []Object, kw []string) Object { return fn(args[0].(*File), args[1:]) }
		method(FileType, name, m)
		method(BufferedReader, name, m)
		method(BufferedWriter, name, m)
	}
	fm("read", func(f *File, args []Object) Object {
		if len(args) > 0 && args[0] != None && Index(args[0]) >= 0 {
			n := Index(args[0])
			f.check()
			if f.binary {
				buf := make([]byte, n)
				k, _ := io.ReadFull(f.r, buf)
				return Bytes(buf[:k])
			}
			var sb strings.Builder
			for i := 0; i < n; i++ {
				r, _, err := f.r.ReadRune()
				if err != nil {
					break
				}
				sb.WriteRune(r)
			}
			return Str(sb.String())
		}
		return f.ReadAll()
	})
	fm("readline", func(f *File, args []Object) Object { return f.ReadLine() })
	fm("readlines", func(f *File, args []Object) Object {
		var out []Object
		for {
			l := f.ReadLine()
			if Len(l) == 0 {
				return NewList(out...)
			}
			out = append(out, l)
		}
	})
	fm("write", func(f *File, args []Object) Object { return f.Write(args[0]) })
	fm("writelines", func(f *File, args []Object) Object {
		for _, l := range AppendStar(nil, args[0]) {
			f.Write(l)
		}
		return None
	})
	fm("flush", func(f *File, args []Object) Object {
		if f.w != nil {
			f.w.Flush()
		}
		return None
	})
	fm("seekable", func(f *File, args []Object) Object {
		f.check()
		_, err := f.f.Seek(0, io.SeekCurrent)
		return NewBool(err == nil)
	})
	fm("seek", func(f *File, args []Object) Object {
		f.check()
		if len(args) < 1 || len(args) > 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("seek expected at least 1 argument, got %d", len(args))))
		}
		off, whence := Index(args[0]), 0
		if len(args) == 2 {
			whence = Index(args[1])
		}
		if whence < 0 || whence > 2 {
			panic(NewError(ValueErrorType, fmt.Sprintf("invalid whence (%d, should be 0, 1 or 2)", whence)))
		}
		if !f.binary && (whence == 1 && off != 0 || whence == 2 && off != 0) {
			panic(NewError(UnsupportedOperationType, "can't do nonzero cur-relative seeks"))
		}
		if whence == io.SeekCurrent {
			off -= f.bufferedAhead()
		}
		f.flushWrites()
		pos, err := f.f.Seek(int64(off), whence)
		if err != nil {
			panic(NewOSError(err, f.name))
		}
		if f.r != nil {
			f.r.Reset(f.f)
		}
		return Int(int(pos))
	})
	fm("tell", func(f *File, args []Object) Object {
		f.check()
		pos, err := f.f.Seek(0, io.SeekCurrent)
		if err != nil {
			panic(NewOSError(err, f.name))
		}
		if f.w != nil {
			pos += int64(f.w.Buffered())
		}
		return Int(int(pos) - f.bufferedAhead())
	})
	fm("close", func(f *File, args []Object) Object { f.Close(); return None })
	fm("fileno", func(f *File, args []Object) Object { return Int(int(f.f.Fd())) })
	fm("readable", func(f *File, args []Object) Object { return NewBool(f.r != nil) })
	fm("writable", func(f *File, args []Object) Object { return NewBool(f.w != nil) })
	fm("isatty", func(f *File, args []Object) Object { return False })
	fm("__enter__", func(f *File, args []Object) Object { f.check(); return f })
	fm("__exit__", func(f *File, args []Object) Object { f.Close(); return None })
	fm("__iter__", func(f *File, args []Object) Object {
		return &FuncIter{F: func() (Object, bool) {
			l := f.ReadLine()
			if Len(l) == 0 {
				return nil, false
			}
			return l, true
		}}
	})
	for _, t := range []*Type{FileType, BufferedReader, BufferedWriter} {
		AddGetter(t, "name", func(o Object) Object { return Str(o.(*File).name) }, nil)
		AddGetter(t, "mode", func(o Object) Object { return Str(o.(*File).mode) }, nil)
		AddGetter(t, "closed", func(o Object) Object { return NewBool(o.(*File).closed) }, nil)
		AddGetter(t, "encoding", func(o Object) Object { return Str(o.(*File).encoding) }, nil)
	}
	SysStdin.r = bufio.NewReader(os.Stdin)

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
	AddGetter(TextFileType, "closed", func(o Object) Object { return False }, nil)
	AddGetter(TextFileType, "mode", func(o Object) Object { return Str("w") }, nil)
}

// bufferedAhead is how many bytes the reader has taken from the file but
// not yet handed out: the file's offset is that far past the caller's.
func (f *File) bufferedAhead() int {
	if f.r == nil {
		return 0
	}
	return f.r.Buffered()
}

func (f *File) flushWrites() {
	if f.w != nil {
		if err := f.w.Flush(); err != nil {
			panic(NewOSError(err, f.name))
		}
	}
}
