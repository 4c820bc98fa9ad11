package posix

import (
	"fmt"
	goos "os"
	"strings"
	"syscall"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// DirEntry is posix.DirEntry, what scandir yields.
type DirEntry struct {
	name, path string // raw (bytes) forms
	bytes      bool
	dirFd      int // the directory's fd when scandir was given one, else -1
	typ        uint8
	ino        uint64
	stat       py.Object
	lstat      py.Object
}

var (
	DirEntryType        *py.Type
	ScandirIteratorType *py.Type
)

func (*DirEntry) Type() *py.Type { return DirEntryType }

func (e *DirEntry) str(s string) py.Object {
	if e.bytes {
		return py.Bytes(s)
	}
	return fsdecode(s)
}

func (e *DirEntry) fullPath() string {
	if e.dirFd >= 0 {
		return fmt.Sprintf("/proc/self/fd/%d/%s", e.dirFd, e.name)
	}
	return e.path
}

func (e *DirEntry) getStat(follow bool) py.Object {
	if !follow {
		if e.lstat == nil {
			var st syscall.Stat_t
			check(syscall.Lstat(e.fullPath(), &st), e.str(e.path))
			e.lstat = statResult(&st)
		}
		return e.lstat
	}
	if e.stat == nil {
		if e.typ != syscall.DT_LNK && e.typ != syscall.DT_UNKNOWN {
			e.stat = e.getStat(false)
		} else {
			var st syscall.Stat_t
			check(syscall.Stat(e.fullPath(), &st), e.str(e.path))
			e.stat = statResult(&st)
		}
	}
	return e.stat
}

// testMode is DirEntry.is_dir/is_file: from the d_type when it tells,
// else from a stat (a missing file is False, as in CPython).
func (e *DirEntry) testMode(follow bool, want uint32) bool {
	if e.typ != syscall.DT_UNKNOWN && !(follow && e.typ == syscall.DT_LNK) {
		switch want {
		case syscall.S_IFDIR:
			return e.typ == syscall.DT_DIR
		case syscall.S_IFREG:
			return e.typ == syscall.DT_REG
		}
	}
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(e.fullPath(), &st)
	} else {
		err = syscall.Lstat(e.fullPath(), &st)
	}
	if err != nil {
		if err == syscall.ENOENT {
			return false
		}
		raise(err, e.str(e.path))
	}
	return st.Mode&syscall.S_IFMT == want
}

type scandirIter struct {
	f      *goos.File
	p      pathArg
	dir    string
	ents   []goos.DirEntry
	pos    int
	closed bool
	fd     int
}

func (*scandirIter) Type() *py.Type { return ScandirIteratorType }

func (it *scandirIter) close() {
	if !it.closed {
		it.closed = true
		if it.f != nil {
			it.f.Close()
		}
	}
}

func (it *scandirIter) Next() (py.Object, bool) {
	if it.closed {
		return nil, false
	}
	if it.pos >= len(it.ents) {
		it.close()
		return nil, false
	}
	de := it.ents[it.pos]
	it.pos++
	e := &DirEntry{name: de.Name(), bytes: it.p.bytes, dirFd: -1}
	if it.p.isFd {
		e.dirFd = it.fd
		e.path = de.Name()
	} else {
		e.path = it.dir + de.Name()
	}
	switch t := de.Type(); {
	case t.IsDir():
		e.typ = syscall.DT_DIR
	case t&goos.ModeSymlink != 0:
		e.typ = syscall.DT_LNK
	case t.IsRegular():
		e.typ = syscall.DT_REG
	default:
		e.typ = syscall.DT_UNKNOWN
	}
	if info, err := de.Info(); err == nil {
		if st, ok := info.Sys().(*syscall.Stat_t); ok {
			e.ino = st.Ino
		}
	}
	return e, true
}

func scandir(args []py.Object, kw []string) py.Object {
	a, _ := parse("scandir", args, kw, []string{"path"}, 0)
	if a[0] == nil {
		a[0] = py.None
	}
	p := convertPath("scandir", "path", a[0], true, true)
	it := &scandirIter{p: p, fd: -1}
	var err error
	py.WithoutGIL(func() {
		if p.isFd {
			nfd, e := syscall.Dup(p.fd)
			if e != nil {
				err = e
				return
			}
			syscall.Seek(nfd, 0, 0)
			it.f = goos.NewFile(uintptr(nfd), "")
			it.fd = p.fd
		} else {
			it.f, err = goos.Open(p.s)
			if err != nil {
				return
			}
		}
		it.ents, err = it.f.ReadDir(-1)
	})
	if err != nil {
		if it.f != nil {
			it.f.Close()
		}
		if p.isFd {
			raise(err)
		}
		raise(err, p.obj)
	}
	if !p.isFd {
		it.dir = p.s
		if a[0] == py.None {
			it.dir = "."
		}
		if !strings.HasSuffix(it.dir, "/") {
			it.dir += "/"
		}
	}
	return it
}

func setup1() {
	DirEntryType.SetNoNew()
	ScandirIteratorType.SetNoNew()
	de := func(o py.Object) *DirEntry { return o.(*DirEntry) }
	py.AddGetter(DirEntryType, "name", func(o py.Object) py.Object { return de(o).str(de(o).name) }, nil)
	py.AddGetter(DirEntryType, "path", func(o py.Object) py.Object { return de(o).str(de(o).path) }, nil)
	follow := func(name string, args []py.Object, kw []string) bool {
		_, opts := parse(name, args[1:], kw, nil, 0, "follow_symlinks")
		return truthOpt(opts, "follow_symlinks", true)
	}
	py.AddMethod(DirEntryType, "inode", func(args []py.Object, kw []string) py.Object { return uint64Obj(de(args[0]).ino) })
	py.AddMethod(DirEntryType, "is_dir", func(args []py.Object, kw []string) py.Object {
		return py.NewBool(de(args[0]).testMode(follow("is_dir", args, kw), syscall.S_IFDIR))
	})
	py.AddMethod(DirEntryType, "is_file", func(args []py.Object, kw []string) py.Object {
		return py.NewBool(de(args[0]).testMode(follow("is_file", args, kw), syscall.S_IFREG))
	})
	py.AddMethod(DirEntryType, "is_symlink", func(args []py.Object, kw []string) py.Object {
		e := de(args[0])
		if e.typ != syscall.DT_UNKNOWN {
			return py.NewBool(e.typ == syscall.DT_LNK)
		}
		return py.NewBool(e.testMode(false, syscall.S_IFLNK))
	})
	py.AddMethod(DirEntryType, "stat", func(args []py.Object, kw []string) py.Object {
		return de(args[0]).getStat(follow("stat", args, kw))
	})
	py.AddMethod(DirEntryType, "__fspath__", func(args []py.Object, kw []string) py.Object { return de(args[0]).str(de(args[0]).path) })
	DirEntryType.Dict.SetStr("__repr__", py.NewFunction(&py.Code{Name: "__repr__", Qualname: "DirEntry.__repr__", Module: "posix", Params: []string{"self"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object {
		return py.Str("<DirEntry " + py.Repr(de(a[0]).str(de(a[0]).name)) + ">")
	}))
	DirEntryType.Dict.SetStr("__class_getitem__", &py.ClassMethod{Func: py.NewBuiltin("__class_getitem__", func(args []py.Object, kw []string) py.Object {
		return &py.GenericAlias{Origin: args[0].(*py.Type), Args: args[1]}
	})})

	si := func(o py.Object) *scandirIter { return o.(*scandirIter) }
	py.AddMethod(ScandirIteratorType, "__iter__", func(args []py.Object, kw []string) py.Object { return args[0] })
	py.AddMethod(ScandirIteratorType, "__next__", func(args []py.Object, kw []string) py.Object {
		v, ok := si(args[0]).Next()
		if !ok {
			panic(py.NewException(py.StopIterationType))
		}
		return v
	})
	py.AddMethod(ScandirIteratorType, "close", func(args []py.Object, kw []string) py.Object { si(args[0]).close(); return py.None })
	py.AddMethod(ScandirIteratorType, "__enter__", func(args []py.Object, kw []string) py.Object { return args[0] })
	py.AddMethod(ScandirIteratorType, "__exit__", func(args []py.Object, kw []string) py.Object { si(args[0]).close(); return py.False })
}

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	DirEntryType = py.NewNativeType("DirEntry", "posix", nil, nil)
	ScandirIteratorType = py.NewNativeType("ScandirIterator", "posix", nil, nil)
}
