package io

import (
	"github.com/py2goasync/py2goasync/runtime/py"
	_ "github.com/py2goasync/py2goasync/runtime/stdlib/abc" // the bases' metaclass
)

// The abstract bases of the io hierarchy (IOBase, RawIOBase,
// BufferedIOBase, TextIOBase) with the default methods CPython's _io
// gives them, so that pure-Python streams (_compression.DecompressReader,
// socketserver, zipfile, tempfile) can derive from them; and the small
// module-level names.

func ioCode(cls, name string, params ...string) *py.Code {
	return &py.Code{Name: name, Qualname: cls + "." + name, Module: "io", Params: params, NumPos: len(params)}
}

func varCode(cls, name string) *py.Code {
	return &py.Code{Name: name, Qualname: cls + "." + name, Module: "io", Params: []string{"self", "args"}, NumPos: 1, VarArgs: true}
}

func unsupported(name string) { panic(py.NewException(py.UnsupportedOperationType, py.Str(name))) }

func isClosed(self py.Object) bool {
	if d, ok := self.(py.InstanceDict); ok && d.InstanceDict() != nil {
		if v, ok := d.InstanceDict().GetStr("__IOBase_closed"); ok {
			return py.Truth(v)
		}
	}
	return false
}

func checkClosed(self py.Object) {
	if py.Truth(py.GetAttr(self, "closed")) {
		panic(py.NewError(py.ValueErrorType, "I/O operation on closed file."))
	}
}

var IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType *py.Type

// The methods live on _io._IOBase and its kin, as in CPython; the io
// classes are their ABCMeta subclasses.
var privIOBase, privRaw, privBuffered, privText *py.Type

func newBase(name string, bases ...py.Object) (*py.Type, func(c *py.Code, defaults []py.Object, f func(a []py.Object) py.Object)) {
	ns := py.NewDict()
	t := py.NewClass("_"+name, "_"+name, "_io", bases, ns)
	return t, func(c *py.Code, defaults []py.Object, f func(a []py.Object) py.Object) {
		ns.SetStr(c.Name, py.NewFunction(c, defaults, nil, f))
	}
}

func publicBase(name string, bases ...py.Object) *py.Type {
	t := py.NewClass(name, name, "io", bases, py.NewDict())
	if meta, ok := py.GetAttr(py.Import("abc"), "ABCMeta").(*py.Type); ok {
		py.SetMeta(t, meta)
	}
	return t
}

// buildPrivate makes _io._IOBase and its kin, which the Go classes
// derive from.
func buildPrivate() {
	var def func(c *py.Code, defaults []py.Object, f func(a []py.Object) py.Object)
	privIOBase, def = newBase("IOBase")
	const b = "IOBase"
	def(varCode(b, "seek"), nil, func(a []py.Object) py.Object { unsupported("seek"); return nil })
	def(ioCode(b, "tell", "self"), nil, func(a []py.Object) py.Object { return py.CallMethod(a[0], "seek", py.Int(0), py.Int(1)) })
	def(varCode(b, "truncate"), nil, func(a []py.Object) py.Object { unsupported("truncate"); return nil })
	def(ioCode(b, "flush", "self"), nil, func(a []py.Object) py.Object { checkClosed(a[0]); return py.None })
	def(ioCode(b, "close", "self"), nil, func(a []py.Object) py.Object {
		if isClosed(a[0]) {
			return py.None
		}
		defer py.GenericSetAttr(a[0], "__IOBase_closed", py.True)
		py.CallMethod(a[0], "flush")
		return py.None
	})
	privIOBase.Dict.SetStr("closed", &py.Property{Get: py.NewFunction(ioCode(b, "closed", "self"), nil, nil, func(a []py.Object) py.Object {
		return py.NewBool(isClosed(a[0]))
	})})
	for _, n := range []string{"seekable", "readable", "writable"} {
		def(ioCode(b, n, "self"), nil, func(a []py.Object) py.Object { return py.False })
	}
	check := func(name, what string) {
		def(&py.Code{Name: name, Qualname: b + "." + name, Module: "io", Params: []string{"self", "msg"}, NumPos: 2}, []py.Object{py.None}, func(a []py.Object) py.Object {
			if !py.Truth(py.CallMethod(a[0], what)) {
				msg := a[1]
				if msg == py.None {
					msg = py.Str(map[string]string{"readable": "File or stream is not readable.", "writable": "File or stream is not writable.", "seekable": "File or stream is not seekable."}[what])
				}
				panic(py.NewException(py.UnsupportedOperationType, msg))
			}
			return py.None
		})
	}
	check("_checkReadable", "readable")
	check("_checkWritable", "writable")
	check("_checkSeekable", "seekable")
	def(&py.Code{Name: "_checkClosed", Qualname: b + "._checkClosed", Module: "io", Params: []string{"self", "msg"}, NumPos: 2}, []py.Object{py.None}, func(a []py.Object) py.Object {
		checkClosed(a[0])
		return py.None
	})
	def(ioCode(b, "fileno", "self"), nil, func(a []py.Object) py.Object { unsupported("fileno"); return nil })
	def(ioCode(b, "isatty", "self"), nil, func(a []py.Object) py.Object { checkClosed(a[0]); return py.False })
	def(ioCode(b, "__enter__", "self"), nil, func(a []py.Object) py.Object { checkClosed(a[0]); return a[0] })
	def(varCode(b, "__exit__"), nil, func(a []py.Object) py.Object { return py.CallMethod(a[0], "close") })
	def(ioCode(b, "__iter__", "self"), nil, func(a []py.Object) py.Object { checkClosed(a[0]); return a[0] })
	def(ioCode(b, "__next__", "self"), nil, func(a []py.Object) py.Object {
		line := py.CallMethod(a[0], "readline")
		if py.Len(line) == 0 {
			panic(py.NewException(py.StopIterationType))
		}
		return line
	})
	def(ioCode(b, "readline", "self", "size"), []py.Object{py.Int(-1)}, func(a []py.Object) py.Object {
		limit := -1
		if a[1] != py.None {
			limit = py.Index(a[1])
		}
		var res []byte
		for limit < 0 || len(res) < limit {
			chunk := py.CallMethod(a[0], "read", py.Int(1))
			b, ok := py.BytesLike(chunk)
			if !ok || len(b) == 0 {
				break
			}
			res = append(res, b...)
			if res[len(res)-1] == '\n' {
				break
			}
		}
		return py.Bytes(res)
	})
	def(ioCode(b, "readlines", "self", "hint"), []py.Object{py.None}, func(a []py.Object) py.Object {
		hint := -1
		if a[1] != py.None {
			hint = py.Index(a[1])
		}
		out := py.NewList()
		total := 0
		it := py.GetIter(a[0])
		for {
			line, ok := py.Next(it)
			if !ok {
				break
			}
			out.Items = append(out.Items, line)
			total += py.Len(line)
			if hint > 0 && total >= hint {
				break
			}
		}
		return out
	})
	def(ioCode(b, "writelines", "self", "lines"), nil, func(a []py.Object) py.Object {
		checkClosed(a[0])
		it := py.GetIter(a[1])
		for {
			line, ok := py.Next(it)
			if !ok {
				return py.None
			}
			py.CallMethod(a[0], "write", line)
		}
	})

	privRaw, def = newBase("RawIOBase", privIOBase)
	def(ioCode("RawIOBase", "read", "self", "size"), []py.Object{py.Int(-1)}, func(a []py.Object) py.Object {
		n := py.Index(a[1])
		if n < 0 {
			return py.CallMethod(a[0], "readall")
		}
		buf := &py.ByteArray{B: make([]byte, n)}
		got := py.CallMethod(a[0], "readinto", buf)
		if got == py.None {
			return py.None
		}
		return py.Bytes(buf.B[:py.Index(got)])
	})
	def(ioCode("RawIOBase", "readall", "self"), nil, func(a []py.Object) py.Object {
		var res []byte
		for {
			data := py.CallMethod(a[0], "read", py.Int(8192))
			b, ok := py.BytesLike(data)
			if !ok || len(b) == 0 {
				if len(res) > 0 {
					return py.Bytes(res)
				}
				return data
			}
			res = append(res, b...)
		}
	})
	def(varCode("RawIOBase", "write"), nil, func(a []py.Object) py.Object { panic(py.NewException(py.NotImplementedErrorType)) })

	privBuffered, def = newBase("BufferedIOBase", privIOBase)
	for _, n := range []string{"read", "read1", "write", "detach"} {
		n := n
		def(varCode("BufferedIOBase", n), nil, func(a []py.Object) py.Object { unsupported(n); return nil })
	}
	readinto := func(name, via string) {
		def(ioCode("BufferedIOBase", name, "self", "b"), nil, func(a []py.Object) py.Object {
			data, _ := py.BytesLike(py.CallMethod(a[0], via, py.Int(py.Len(a[1]))))
			return py.Int(copyInto(a[1], data))
		})
	}
	readinto("readinto", "read")
	readinto("readinto1", "read1")

	privText, def = newBase("TextIOBase", privIOBase)
	for _, n := range []string{"read", "readline", "write", "detach"} {
		n := n
		def(varCode("TextIOBase", n), nil, func(a []py.Object) py.Object { unsupported(n); return nil })
	}
	for _, n := range []string{"encoding", "newlines", "errors"} {
		privText.Dict.SetStr(n, &py.Property{Get: py.NewFunction(ioCode("TextIOBase", n, "self"), nil, nil, func(a []py.Object) py.Object { return py.None })})
	}
}

// buildPublic makes the io ABCs (ABCMeta classes over the _io bases) and
// registers the concrete classes with them, as io.py does.
func buildPublic() {
	IOBaseType = publicBase("IOBase", privIOBase)
	RawIOBaseType = publicBase("RawIOBase", privRaw, IOBaseType)
	BufferedIOBaseType = publicBase("BufferedIOBase", privBuffered, IOBaseType)
	TextIOBaseType = publicBase("TextIOBase", privText, IOBaseType)
	reg := func(abc *py.Type, classes ...*py.Type) {
		for _, c := range classes {
			py.CallMethod(abc, "register", c)
		}
	}
	reg(RawIOBaseType, FileIOType)
	reg(BufferedIOBaseType, BytesIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType)
	reg(TextIOBaseType, StringIOType, TextIOWrapperType)
}

func addMore(m *py.Module) {
	if IOBaseType == nil {
		buildPublic()
	}
	m.Set("IOBase", IOBaseType)
	m.Set("RawIOBase", RawIOBaseType)
	m.Set("BufferedIOBase", BufferedIOBaseType)
	m.Set("TextIOBase", TextIOBaseType)
	addCommon(m)
}

// addCommon sets the names io and _io share.
func addCommon(m *py.Module) {
	m.Set("DEFAULT_BUFFER_SIZE", py.Int(defaultBufferSize))
	m.Set("BlockingIOError", py.LoadBuiltin("BlockingIOError"))
	m.Set("UnsupportedOperation", py.UnsupportedOperationType)
	m.Set("open", py.LoadBuiltin("open"))
	m.AddFunc("text_encoding", textEncoding)
	m.AddFunc("open_code", openCode)
	m.Set("FileIO", FileIOType)
	m.Set("BufferedReader", BufferedReaderType)
	m.Set("BufferedWriter", BufferedWriterType)
	m.Set("BufferedRandom", BufferedRandomType)
	m.Set("BufferedRWPair", BufferedRWPairType)
	m.Set("TextIOWrapper", TextIOWrapperType)
	m.Set("IncrementalNewlineDecoder", IncrementalNewlineDecoderType)
	m.Set("StringIO", StringIOType)
	m.Set("BytesIO", BytesIOType)
}

// copyInto writes data at the start of a writable buffer, as
// memoryview(b)[:n] = data does.
func copyInto(b py.Object, data []byte) int {
	switch v := b.(type) {
	case *py.ByteArray:
		return copy(v.B, data)
	case py.BufferHolder:
		if v.Writable() {
			return copy(v.Buffer(), data)
		}
	}
	py.SetItem(b, py.NewSlice(py.None, py.Int(len(data)), py.None), py.Bytes(data))
	return len(data)
}
