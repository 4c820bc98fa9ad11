package io

import (
	"fmt"
	"os"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

const defaultBufferSize = 8192

// utf8Mode is sys.flags.utf8_mode as CPython decides it at startup.
func utf8Mode() bool {
	if v := os.Getenv("PYTHONUTF8"); v != "" {
		return v == "1"
	}
	loc := os.Getenv("LC_ALL")
	if loc == "" {
		loc = os.Getenv("LC_CTYPE")
	}
	if loc == "" {
		loc = os.Getenv("LANG")
	}
	return loc == "" || loc == "C" || loc == "POSIX"
}

// Open is io.open, the builtin open().
func Open(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1)
	file := a[0]
	switch file.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Str, py.Bytes:
	default:
		// open() passes os.fspath(file) on (FileIO keeps what it is given).
		if m := py.LookupSpecial(file, "__fspath__"); m != nil {
			file = py.Call(m)
			switch file.(type) {
			case py.Str, py.Bytes:
			default:
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected %s.__fspath__() to return str or bytes, not %s", a[0].Type().Name, file.Type().Name)))
			}
		}
	}
	mode := "r"
	if a[1] != nil {
		s, ok := a[1].(py.Str)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("open() argument 'mode' must be str, not %s", a[1].Type().Name)))
		}
		mode = string(s)
	}
	buffering := -1
	if a[2] != nil {
		if _, ok := a[2].(py.Float); ok {
			panic(py.NewError(py.TypeErrorType, "'float' object cannot be interpreted as an integer"))
		}
		buffering = py.Index(a[2])
	}
	encoding, hasEnc := optStr("open", "encoding", a[3])
	errs, hasErrs := optStr("open", "errors", a[4])
	_, hasNl := optStr("open", "newline", a[5])
	closefd := a[6] == nil || py.Truth(a[6])
	opener := a[7]
	if opener == nil {
		opener = py.None
	}

	var creating, reading, writing, appending, updating, text, binary bool
	for i, c := range mode {
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		default:
			panic(valueError("invalid mode: '" + mode + "'"))
		}
		if strings.ContainsRune(mode[i+1:], c) {
			panic(valueError("invalid mode: '" + mode + "'"))
		}
	}
	var raw strings.Builder
	for _, f := range []struct {
		on bool
		c  byte
	}{{creating, 'x'}, {reading, 'r'}, {writing, 'w'}, {appending, 'a'}, {updating, '+'}} {
		if f.on {
			raw.WriteByte(f.c)
		}
	}
	if text && binary {
		panic(valueError("can't have text and binary mode at once"))
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		panic(valueError("must have exactly one of create/read/write/append mode"))
	}
	if binary && hasEnc {
		panic(valueError("binary mode doesn't take an encoding argument"))
	}
	if binary && hasErrs {
		panic(valueError("binary mode doesn't take an errors argument"))
	}
	if binary && hasNl {
		panic(valueError("binary mode doesn't take a newline argument"))
	}
	if binary && buffering == 1 {
		warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used", py.RuntimeWarningType)
	}
	// CPython writes a file's buffer out when its last reference goes
	// (`open(p, "w").write(s)` then reading p); without reference counts,
	// the pending writes go out before another file is opened.
	if len(unflushed) > 0 || len(unflushedText) > 0 {
		flushAtExit()
	}
	rawObj := py.Call(FileIOType, file, py.Str(raw.String()), py.NewBool(closefd), opener)
	var result py.Object = rawObj
	exc := catch(func() {
		lineBuffering := false
		if buffering == 1 || buffering < 0 && py.Truth(py.CallMethod(rawObj, "isatty")) {
			buffering = -1
			lineBuffering = true
		}
		if buffering < 0 {
			buffering = defaultBufferSize
			if f, ok := rawObj.(*FileIO); ok && f.blksize > 1 {
				buffering = f.blksize
			}
		}
		if buffering < 0 {
			panic(valueError("invalid buffering size"))
		}
		if buffering == 0 {
			if !binary {
				panic(valueError("can't have unbuffered text I/O"))
			}
			return
		}
		kind := bufReader
		switch {
		case updating:
			kind = bufRandom
		case creating || writing || appending:
			kind = bufWriter
		case !reading:
			panic(valueError("unknown mode: '" + mode + "'"))
		}
		buf := NewBuffered(kind, rawObj, buffering)
		result = buf
		if binary {
			return
		}
		var encArg py.Object = py.None
		if hasEnc {
			encArg = py.Str(encoding)
		}
		var errArg py.Object = py.None
		if hasErrs {
			errArg = py.Str(errs)
		}
		nl := a[5]
		if nl == nil {
			nl = py.None
		}
		t := &TextIO{base: base{dict: py.NewDict()}}
		t.init([]py.Object{buf, encArg, errArg, nl, py.NewBool(lineBuffering)}, nil)
		result = t
		t.dict.SetStr("mode", py.Str(mode))
	})
	if exc != nil {
		catch(func() { py.CallMethod(result, "close") })
		panic(exc)
	}
	return result
}

// warn is warnings.warn(msg, category, stacklevel=2), when the program
// has the warnings module.
func warn(msg string, cat *py.Type) {
	var w *py.Module
	if catch(func() { w = py.Import("warnings") }) != nil {
		return
	}
	py.CallMethod(w, "warn", py.Str(msg), cat, py.Int(2))
}

func textEncoding(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("text_encoding", args, kw, []string{"encoding", "stacklevel"}, 1)
	if a[0] != py.None {
		return a[0]
	}
	if utf8Mode() {
		return py.Str("utf-8")
	}
	return py.Str("locale")
}

func openCode(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("open_code", args, kw, []string{"path"}, 1)
	if _, ok := a[0].(py.Str); !ok {
		panic(py.NewError(py.TypeErrorType, "open_code() argument 'path' must be str, not "+a[0].Type().Name))
	}
	return Open([]py.Object{a[0], py.Str("rb")}, nil)
}

// funcWriter adapts a function to the Write method FileIO's sink takes.
type funcWriter func(p []byte) (int, error)

func (f funcWriter) Write(p []byte) (int, error) { return f(p) }

// The standard streams: sys.stdin is a real TextIOWrapper; sys.stdout
// and sys.stderr stay py.TextFile (print's fast path) and get a .buffer
// that writes into the same output buffer.
var stdBuffers map[*py.TextFile]*Buffered

func stdBuffer(f *py.TextFile) py.Object {
	if b, ok := stdBuffers[f]; ok {
		if os.Getenv("PYTHONUNBUFFERED") != "" {
			// python3 -u: the raw stream itself.
			return b.raw
		}
		return b
	}
	fd, name := 1, "<stdout>"
	var sink funcWriter = func(p []byte) (int, error) { return py.Stdout.Write(p) }
	// sys.stdout.buffer.flush() raises what writing out fails with
	// (BrokenPipeError), as sys.stdout.flush() does.
	// Only the BufferedWriter's bytes: sys.stdout's pending text stays.
	flush := func() {
		if err := py.Stdout.FlushBuffer(); err != nil {
			panic(py.NewOSError(err, ""))
		}
	}
	if f == py.SysStderr {
		fd, name = 2, "<stderr>"
		sink = func(p []byte) (int, error) {
			return py.Stderr.Write(p) // errors on stderr are dropped
		}
		flush = func() { py.Stderr.FlushBuffer() }
	}
	raw := NewFileIO(fd, "wb", false, py.Str(name))
	raw.sink, raw.flush = sink, flush
	b := NewBuffered(bufWriter, raw, defaultBufferSize)
	b.direct = true
	stdBuffers[f] = b
	return stdBuffer(f)
}

// stdinText is sys.stdin as the package's setup made it.
var stdinText *TextIO

// stdinReadLine is input()'s read of a line (py.StdinReadLine): through
// sys.stdin when the program replaced it.
func stdinReadLine() (string, bool) {
	setup()
	var line py.Object
	if sys := py.LookupAttr(py.Import("sys"), "stdin"); sys != nil && sys != py.Object(stdinText) {
		line = py.CallMethod(sys, "readline")
	} else {
		line = py.Str(stdinText.readline(-1))
	}
	s := py.StrOf(line)
	if s == "" {
		return "", false
	}
	return strings.TrimSuffix(s, "\n"), true
}

func initStdio() {
	raw := NewFileIO(0, "rb", false, py.Str("<stdin>"))
	buf := NewBuffered(bufReader, raw, defaultBufferSize)
	stdin := NewTextIO(buf, "utf-8", "strict", py.None, isatty(0))
	stdin.dict.SetStr("mode", py.Str("r"))
	py.SysStdin = stdin
	stdinText = stdin
	// sys.stdout/sys.stderr.reconfigure(): they stay UTF-8 and strict, so
	// only the arguments are checked, as TextIOWrapper checks them.
	py.AddMethod(py.TextFileType, "reconfigure", func(args []py.Object, kw []string) py.Object {
		if len(args)-1 != len(kw) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("reconfigure() takes 0 positional arguments but %d were given", len(args)-1-len(kw))))
		}
		a := py.ParseArgs("reconfigure", args[1:], kw, []string{"encoding", "errors", "newline", "line_buffering", "write_through"}, 0)
		if enc, ok := optStr("reconfigure", "encoding", a[0]); ok {
			if normEncoding(enc) != "utf8" {
				lookupText(enc)
				panic(unsupportedOp("reconfigure(): only UTF-8 is supported for sys.stdout and sys.stderr"))
			}
		}
		optStr("reconfigure", "errors", a[1])
		if a[2] != nil {
			checkNewline("reconfigure", a[2])
		}
		return py.None
	})
	py.AddGetter(py.TextFileType, "buffer", func(o py.Object) py.Object { return stdBuffer(o.(*py.TextFile)) }, nil)
}

// initVarsOpen sets the file's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVarsOpen() {
	stdBuffers = map[*py.TextFile]*Buffered{}
}
