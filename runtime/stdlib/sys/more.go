package sys

import (
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

// The names of CPython's sys that the first version lacked: the struct
// sequences (flags, float_info, int_info, hash_info, thread_info),
// implementation (a types.SimpleNamespace), the hooks, and the settings
// a program can read and change.

var stdlibModuleNames = []string{"__future__", "_abc", "_aix_support", "_ast", "_asyncio", "_bisect", "_blake2", "_bootsubprocess", "_bz2", "_codecs", "_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_collections", "_collections_abc", "_compat_pickle", "_compression", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel", "_datetime", "_dbm", "_decimal", "_elementtree", "_frozen_importlib", "_frozen_importlib_external", "_functools", "_gdbm", "_hashlib", "_heapq", "_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_markupbase", "_md5", "_msi", "_multibytecodec", "_multiprocessing", "_opcode", "_operator", "_osx_support", "_overlapped", "_pickle", "_posixshmem", "_posixsubprocess", "_py_abc", "_pydecimal", "_pyio", "_queue", "_random", "_scproxy", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_sitebuiltins", "_socket", "_sqlite3", "_sre", "_ssl", "_stat", "_statistics", "_string", "_strptime", "_struct", "_symtable", "_thread", "_threading_local", "_tkinter", "_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_weakrefset", "_winapi", "_zoneinfo", "abc", "aifc", "antigravity", "argparse", "array", "ast", "asynchat", "asyncio", "asyncore", "atexit", "audioop", "base64", "bdb", "binascii", "bisect", "builtins", "bz2", "cProfile", "calendar", "cgi", "cgitb", "chunk", "cmath", "cmd", "code", "codecs", "codeop", "collections", "colorsys", "compileall", "concurrent", "configparser", "contextlib", "contextvars", "copy", "copyreg", "crypt", "csv", "ctypes", "curses", "dataclasses", "datetime", "dbm", "decimal", "difflib", "dis", "distutils", "doctest", "email", "encodings", "ensurepip", "enum", "errno", "faulthandler", "fcntl", "filecmp", "fileinput", "fnmatch", "fractions", "ftplib", "functools", "gc", "genericpath", "getopt", "getpass", "gettext", "glob", "graphlib", "grp", "gzip", "hashlib", "heapq", "hmac", "html", "http", "idlelib", "imaplib", "imghdr", "imp", "importlib", "inspect", "io", "ipaddress", "itertools", "json", "keyword", "lib2to3", "linecache", "locale", "logging", "lzma", "mailbox", "mailcap", "marshal", "math", "mimetypes", "mmap", "modulefinder", "msilib", "msvcrt", "multiprocessing", "netrc", "nis", "nntplib", "nt", "ntpath", "nturl2path", "numbers", "opcode", "operator", "optparse", "os", "ossaudiodev", "pathlib", "pdb", "pickle", "pickletools", "pipes", "pkgutil", "platform", "plistlib", "poplib", "posix", "posixpath", "pprint", "profile", "pstats", "pty", "pwd", "py_compile", "pyclbr", "pydoc", "pydoc_data", "pyexpat", "queue", "quopri", "random", "re", "readline", "reprlib", "resource", "rlcompleter", "runpy", "sched", "secrets", "select", "selectors", "shelve", "shlex", "shutil", "signal", "site", "smtpd", "smtplib", "sndhdr", "socket", "socketserver", "spwd", "sqlite3", "sre_compile", "sre_constants", "sre_parse", "ssl", "stat", "statistics", "string", "stringprep", "struct", "subprocess", "sunau", "symtable", "sys", "sysconfig", "syslog", "tabnanny", "tarfile", "telnetlib", "tempfile", "termios", "textwrap", "this", "threading", "time", "timeit", "tkinter", "token", "tokenize", "tomllib", "trace", "traceback", "tracemalloc", "tty", "turtle", "turtledemo", "types", "typing", "unicodedata", "unittest", "urllib", "uu", "uuid", "venv", "warnings", "wave", "weakref", "webbrowser", "winreg", "winsound", "wsgiref", "xdrlib", "xml", "xmlrpc", "zipapp", "zipfile", "zipimport", "zlib", "zoneinfo"}
var builtinModuleNames = []string{"_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref", "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time", "xxsubtype"}

var (
	flagsType = structseq.New("sys", "flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
		"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18, "")
	floatInfoType = structseq.New("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
		"dig", "mant_dig", "epsilon", "radix", "rounds"}, 11, "")
	intInfoType = structseq.New("sys", "int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits",
		"str_digits_check_threshold"}, 4, "")
	hashInfoType = structseq.New("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
		"seed_bits", "cutoff"}, 9, "")
	threadInfoType     = structseq.New("sys", "thread_info", []string{"name", "lock", "version"}, 3, "")
	asyncgenHooksType  = structseq.New("", "asyncgen_hooks", []string{"firstiter", "finalizer"}, 2, "")
	switchInterval     = 0.005
	dlopenFlags        = 2
	profileFn, traceFn py.Object
)

// Namespace is types.SimpleNamespace (types.py takes it as
// type(sys.implementation)).
type Namespace struct {
	cls  *py.Type
	dict *py.Dict
}

// NamespaceType is types.SimpleNamespace.
var NamespaceType = py.NewNativeType("SimpleNamespace", "types", nil, func(t *py.Type) py.Object {
	return &Namespace{cls: t, dict: py.NewDict()}
})

func (n *Namespace) Type() *py.Type         { return n.cls }
func (n *Namespace) InstanceDict() *py.Dict { return n.dict }

// NewNamespace makes a SimpleNamespace with the given attributes in order.
func NewNamespace(kv ...py.Object) *Namespace {
	n := &Namespace{cls: NamespaceType, dict: py.NewDict()}
	for i := 0; i+1 < len(kv); i += 2 {
		n.dict.Set(kv[i], kv[i+1])
	}
	return n
}

var reprActive = map[*Namespace]bool{}

func init() {
	py.SetSubclassable(NamespaceType)
	py.AddMethod(NamespaceType, "__init__", func(args []py.Object, kw []string) py.Object {
		n := args[0].(*Namespace)
		if len(args)-len(kw) > 1 {
			panic(py.NewError(py.TypeErrorType, "no positional arguments expected"))
		}
		for i, k := range kw {
			n.dict.SetStr(k, args[1+i])
		}
		return py.None
	})
	NamespaceType.Dict.SetStr("__repr__", py.NewFunction(&py.Code{Name: "__repr__", Qualname: "SimpleNamespace.__repr__", Module: "types", Params: []string{"self"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object {
		n := a[0].(*Namespace)
		name := "namespace"
		if n.cls != NamespaceType {
			name = n.cls.Name
		}
		if reprActive[n] {
			return py.Str(name + "(...)")
		}
		reprActive[n] = true
		defer delete(reprActive, n)
		var parts []string
		n.dict.Items(func(k, v py.Object) bool {
			if s, ok := k.(py.Str); ok {
				parts = append(parts, string(s)+"="+py.Repr(v))
			}
			return true
		})
		return py.Str(name + "(" + strings.Join(parts, ", ") + ")")
	}))
	eq := func(name string, want bool) {
		NamespaceType.Dict.SetStr(name, py.NewFunction(&py.Code{Name: name, Qualname: "SimpleNamespace." + name, Module: "types", Params: []string{"self", "other"}, NumPos: 2}, nil, nil, func(a []py.Object) py.Object {
			x := a[0].(*Namespace)
			y, ok := a[1].(*Namespace)
			if !ok {
				return py.NotImplemented
			}
			return py.NewBool(py.Eq(x.dict, y.dict) == want)
		}))
	}
	eq("__eq__", true)
	eq("__ne__", false)
	NamespaceType.Dict.SetStr("__hash__", py.NewFunction(&py.Code{Name: "__hash__", Qualname: "SimpleNamespace.__hash__", Module: "types", Params: []string{"self"}, NumPos: 1}, nil, nil, func(a []py.Object) py.Object {
		panic(py.NewError(py.TypeErrorType, "unhashable type: 'types.SimpleNamespace'"))
	}))
	py.AddMethod(NamespaceType, "__reduce__", func(args []py.Object, kw []string) py.Object {
		n := args[0].(*Namespace)
		return py.NewTuple(n.cls, py.NewTuple(), n.dict)
	})
	floatInfoType.Type.Dict.SetStr("__doc__", py.Str("A named tuple holding information about the float type."))
}

func strs(names []string) []py.Object {
	out := make([]py.Object, len(names))
	for i, n := range names {
		out[i] = py.Str(n)
	}
	return out
}

func callableOrNone(o py.Object) bool {
	return o == py.None || py.Truth(py.Call(py.LoadBuiltin("callable"), o))
}

var hookKey = new(int)

type pyHooks struct{ firstiter, finalizer py.Object }

func addMore(m *py.Module, versionInfo py.Object) {
	env := func(name string) int {
		if os.Getenv(name) != "" {
			return 1
		}
		return 0
	}
	m.Set("flags", flagsType.Make(py.Int(0), py.Int(0), py.Int(0), py.Int(env("PYTHONOPTIMIZE")), py.Int(env("PYTHONDONTWRITEBYTECODE")), py.Int(0),
		py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(1), py.Int(0), py.False, py.Int(env("PYTHONUTF8")), py.Int(0), py.False, py.Int(-1)))
	m.Set("float_info", floatInfoType.Make(py.Float(math.MaxFloat64), py.Int(1024), py.Int(308), py.Float(2.2250738585072014e-308),
		py.Int(-1021), py.Int(-307), py.Int(15), py.Int(53), py.Float(2.220446049250313e-16), py.Int(2), py.Int(1)))
	m.Set("int_info", intInfoType.Make(py.Int(30), py.Int(4), py.Int(4300), py.Int(640)))
	m.Set("hash_info", hashInfoType.Make(py.Int(64), py.Int(2305843009213693951), py.Int(314159), py.Int(0), py.Int(1000003),
		py.Str("siphash13"), py.Int(64), py.Int(128), py.Int(0)))
	m.Set("thread_info", threadInfoType.Make(py.Str("pthread"), py.Str("semaphore"), py.Str("NPTL 2.36")))
	m.Set("implementation", NewNamespace(py.Str("name"), py.Str("cpython"), py.Str("cache_tag"), py.Str("cpython-311"),
		py.Str("version"), versionInfo, py.Str("hexversion"), py.Int(51054576), py.Str("_multiarch"), py.Str("x86_64-linux-gnu")))
	m.Set("builtin_module_names", py.NewTuple(strs(builtinModuleNames)...))
	std := py.NewSet(strs(stdlibModuleNames)...)
	std.Frozen = true
	m.Set("stdlib_module_names", std)
	m.Set("abiflags", py.Str(""))
	prefix, _ := m.Dict.GetStr("prefix")
	m.Set("base_prefix", prefix)
	m.Set("exec_prefix", prefix)
	m.Set("base_exec_prefix", prefix)
	m.Set("platlibdir", py.Str("lib"))
	m.Set("pycache_prefix", py.None)
	m.Set("warnoptions", py.NewList())
	m.Set("_xoptions", py.NewDict())
	m.Set("_git", py.NewTuple(py.Str("CPython"), py.Str(""), py.Str("")))
	m.Set("_framework", py.Str(""))
	m.Set("float_repr_style", py.Str("short"))

	m.AddFunc("getfilesystemencodeerrors", func(args []py.Object, kw []string) py.Object { return py.Str("surrogateescape") })
	m.AddFunc("getswitchinterval", func(args []py.Object, kw []string) py.Object { return py.Float(switchInterval) })
	m.AddFunc("setswitchinterval", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("setswitchinterval", args, kw, []string{"interval"}, 1)
		f, ok := py.FloatValue(a[0])
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("must be real number, not %s", a[0].Type().Name)))
		}
		if f <= 0 {
			panic(py.NewError(py.ValueErrorType, "switch interval must be strictly positive"))
		}
		switchInterval = f
		return py.None
	})
	m.AddFunc("get_int_max_str_digits", func(args []py.Object, kw []string) py.Object { return py.Int(atomic.LoadInt64(&py.IntMaxStrDigits)) })
	m.AddFunc("set_int_max_str_digits", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("set_int_max_str_digits", args, kw, []string{"maxdigits"}, 1)
		n := py.Index(a[0])
		if n != 0 && n <= 640 {
			panic(py.NewError(py.ValueErrorType, "maxdigits must be 0 or larger than 640"))
		}
		atomic.StoreInt64(&py.IntMaxStrDigits, int64(n))
		return py.None
	})
	m.AddFunc("get_coroutine_origin_tracking_depth", func(args []py.Object, kw []string) py.Object { return py.Int(py.CoroOriginDepth) })
	m.AddFunc("set_coroutine_origin_tracking_depth", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("set_coroutine_origin_tracking_depth", args, kw, []string{"depth"}, 1)
		d := py.Index(a[0])
		if d < 0 {
			panic(py.NewError(py.ValueErrorType, "depth must be >= 0"))
		}
		py.CoroOriginDepth = int(d)
		return py.None
	})
	m.AddFunc("getdlopenflags", func(args []py.Object, kw []string) py.Object { return py.Int(dlopenFlags) })
	m.AddFunc("setdlopenflags", func(args []py.Object, kw []string) py.Object {
		dlopenFlags = py.Index(args[0])
		return py.None
	})
	m.AddFunc("getallocatedblocks", func(args []py.Object, kw []string) py.Object { return py.Int(0) })
	m.AddFunc("call_tracing", func(args []py.Object, kw []string) py.Object {
		if len(args) != 2 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("call_tracing expected 2 arguments, got %d", len(args))))
		}
		t, ok := args[1].(*py.Tuple)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("call_tracing() argument 2 must be tuple, not %s", args[1].Type().Name)))
		}
		return py.Call(args[0], t.Items...)
	})
	m.AddFunc("gettrace", func(args []py.Object, kw []string) py.Object {
		if traceFn == nil {
			return py.None
		}
		return traceFn
	})
	m.AddFunc("getprofile", func(args []py.Object, kw []string) py.Object {
		if profileFn == nil {
			return py.None
		}
		return profileFn
	})
	// Tracing and profiling hooks are kept but never called: translated
	// code has no per-line events.
	oneHook := func(name string, args []py.Object, kw []string) py.Object {
		if len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("sys.%s() takes no keyword arguments", name)))
		}
		if len(args) != 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("sys.%s() takes exactly one argument (%d given)", name, len(args))))
		}
		return args[0]
	}
	m.AddFunc("settrace", func(args []py.Object, kw []string) py.Object {
		traceFn = oneHook("settrace", args, kw)
		return py.None
	})
	m.AddFunc("setprofile", func(args []py.Object, kw []string) py.Object {
		profileFn = oneHook("setprofile", args, kw)
		return py.None
	})
	m.AddFunc("addaudithook", func(args []py.Object, kw []string) py.Object { return py.None })
	m.AddFunc("audit", func(args []py.Object, kw []string) py.Object {
		if len(args) == 0 {
			panic(py.NewError(py.TypeErrorType, "audit() missing 1 required positional argument: 'event'"))
		}
		if _, ok := args[0].(py.Str); !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("expected str for argument 'event', not %s", args[0].Type().Name)))
		}
		return py.None
	})
	m.AddFunc("get_asyncgen_hooks", func(args []py.Object, kw []string) py.Object {
		h, _ := py.ThreadLocal(hookKey).(*pyHooks)
		if h == nil {
			return asyncgenHooksType.Make(py.None, py.None)
		}
		return asyncgenHooksType.Make(h.firstiter, h.finalizer)
	})
	m.AddFunc("set_asyncgen_hooks", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("set_asyncgen_hooks", args, kw, []string{"firstiter", "finalizer"}, 0)
		h, _ := py.ThreadLocal(hookKey).(*pyHooks)
		if h == nil {
			h = &pyHooks{firstiter: py.None, finalizer: py.None}
		}
		if a[1] != nil && !callableOrNone(a[1]) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("callable finalizer expected, got %s", a[1].Type().Name)))
		}
		if a[0] != nil && !callableOrNone(a[0]) {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("callable firstiter expected, got %s", a[0].Type().Name)))
		}
		if a[1] != nil {
			h.finalizer = a[1]
			if f := a[1]; f == py.None {
				py.SetAsyncGenFinalizer(nil)
			} else {
				py.SetAsyncGenFinalizer(func(g *py.AsyncGenerator) { py.Call(f, g) })
			}
		}
		if a[0] != nil {
			h.firstiter = a[0]
			if f := a[0]; f == py.None {
				py.SetAsyncGenFirstIter(nil)
			} else {
				py.SetAsyncGenFirstIter(func(g *py.AsyncGenerator) { py.Call(f, g) })
			}
		}
		py.SetThreadLocal(hookKey, h)
		return py.None
	})
	// The display and exception hooks, with their originals under __x__.
	displayhook := m.AddFunc("displayhook", func(args []py.Object, kw []string) py.Object {
		if len(args) != 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("sys.displayhook() takes exactly one argument (%d given)", len(args))))
		}
		if args[0] == py.None {
			return py.None
		}
		py.Builtins.Dict.SetStr("_", py.None)
		out, _ := m.Dict.GetStr("stdout")
		py.CallMethod(out, "write", py.Str(py.Repr(args[0])+"\n"))
		py.Builtins.Dict.SetStr("_", args[0])
		return py.None
	})
	m.Set("__displayhook__", displayhook)
	excepthook := m.AddFunc("excepthook", func(args []py.Object, kw []string) py.Object {
		if len(args) != 3 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("excepthook expected 3 arguments, got %d", len(args))))
		}
		e, ok := args[1].(*py.BaseException)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "TypeError: print_exception(): Exception expected for value, "+args[1].Type().Name+" found"))
		}
		py.FlushStdout()
		// PyErr_Display writes to sys.stderr, whatever it is now.
		if errf, ok := m.Dict.GetStr("stderr"); ok && errf != py.None {
			py.CallMethod(errf, "write", py.Str(py.FormatException(e)))
			if fl := py.LookupAttr(errf, "flush"); fl != nil {
				py.Call(fl)
			}
			return py.None
		}
		py.PrintException(os.Stderr, e)
		return py.None
	})
	m.Set("__excepthook__", excepthook)
	unraisable := m.AddFunc("unraisablehook", func(args []py.Object, kw []string) py.Object {
		u := args[0]
		msg := "Exception ignored in"
		if em := py.GetAttr(u, "err_msg"); em != py.None {
			msg = py.StrOf(em)
		}
		var b strings.Builder
		if obj := py.GetAttr(u, "object"); obj != py.None {
			b.WriteString(msg + ": " + py.Repr(obj) + "\n")
		} else {
			b.WriteString(msg + ":\n")
		}
		if e, ok := py.GetAttr(u, "exc_value").(*py.BaseException); ok {
			b.WriteString(py.FormatException(e))
		}
		py.FlushStdout()
		os.Stderr.WriteString(b.String())
		return py.None
	})
	m.Set("__unraisablehook__", unraisable)
	breakpointhook := m.AddFunc("breakpointhook", func(args []py.Object, kw []string) py.Object {
		// No debugger in a translated program: PYTHONBREAKPOINT=0 behaviour.
		return py.None
	})
	m.Set("__breakpointhook__", breakpointhook)
	sort.Strings(stdlibModuleNames)
}
