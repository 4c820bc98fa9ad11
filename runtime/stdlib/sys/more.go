package sys

import (
	"fmt"
	"math"
	"os"
	"strings"
	"sync/atomic"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/stdlib/internal/structseq"
)

// The names of CPython's sys that the first version lacked: the struct
// sequences (flags, float_info, int_info, hash_info, thread_info),
// implementation (a types.SimpleNamespace), the hooks, and the settings
// a program can read and change.

var stdlibModuleNames = []py.Object{py.Str("__future__"), py.Str("_abc"), py.Str("_aix_support"), py.Str("_ast"), py.Str("_asyncio"), py.Str("_bisect"), py.Str("_blake2"), py.Str("_bootsubprocess"), py.Str("_bz2"), py.Str("_codecs"), py.Str("_codecs_cn"), py.Str("_codecs_hk"), py.Str("_codecs_iso2022"), py.Str("_codecs_jp"), py.Str("_codecs_kr"), py.Str("_codecs_tw"), py.Str("_collections"), py.Str("_collections_abc"), py.Str("_compat_pickle"), py.Str("_compression"), py.Str("_contextvars"), py.Str("_crypt"), py.Str("_csv"), py.Str("_ctypes"), py.Str("_curses"), py.Str("_curses_panel"), py.Str("_datetime"), py.Str("_dbm"), py.Str("_decimal"), py.Str("_elementtree"), py.Str("_frozen_importlib"), py.Str("_frozen_importlib_external"), py.Str("_functools"), py.Str("_gdbm"), py.Str("_hashlib"), py.Str("_heapq"), py.Str("_imp"), py.Str("_io"), py.Str("_json"), py.Str("_locale"), py.Str("_lsprof"), py.Str("_lzma"), py.Str("_markupbase"), py.Str("_md5"), py.Str("_msi"), py.Str("_multibytecodec"), py.Str("_multiprocessing"), py.Str("_opcode"), py.Str("_operator"), py.Str("_osx_support"), py.Str("_overlapped"), py.Str("_pickle"), py.Str("_posixshmem"), py.Str("_posixsubprocess"), py.Str("_py_abc"), py.Str("_pydecimal"), py.Str("_pyio"), py.Str("_queue"), py.Str("_random"), py.Str("_scproxy"), py.Str("_sha1"), py.Str("_sha256"), py.Str("_sha3"), py.Str("_sha512"), py.Str("_signal"), py.Str("_sitebuiltins"), py.Str("_socket"), py.Str("_sqlite3"), py.Str("_sre"), py.Str("_ssl"), py.Str("_stat"), py.Str("_statistics"), py.Str("_string"), py.Str("_strptime"), py.Str("_struct"), py.Str("_symtable"), py.Str("_thread"), py.Str("_threading_local"), py.Str("_tkinter"), py.Str("_tokenize"), py.Str("_tracemalloc"), py.Str("_typing"), py.Str("_uuid"), py.Str("_warnings"), py.Str("_weakref"), py.Str("_weakrefset"), py.Str("_winapi"), py.Str("_zoneinfo"), py.Str("abc"), py.Str("aifc"), py.Str("antigravity"), py.Str("argparse"), py.Str("array"), py.Str("ast"), py.Str("asynchat"), py.Str("asyncio"), py.Str("asyncore"), py.Str("atexit"), py.Str("audioop"), py.Str("base64"), py.Str("bdb"), py.Str("binascii"), py.Str("bisect"), py.Str("builtins"), py.Str("bz2"), py.Str("cProfile"), py.Str("calendar"), py.Str("cgi"), py.Str("cgitb"), py.Str("chunk"), py.Str("cmath"), py.Str("cmd"), py.Str("code"), py.Str("codecs"), py.Str("codeop"), py.Str("collections"), py.Str("colorsys"), py.Str("compileall"), py.Str("concurrent"), py.Str("configparser"), py.Str("contextlib"), py.Str("contextvars"), py.Str("copy"), py.Str("copyreg"), py.Str("crypt"), py.Str("csv"), py.Str("ctypes"), py.Str("curses"), py.Str("dataclasses"), py.Str("datetime"), py.Str("dbm"), py.Str("decimal"), py.Str("difflib"), py.Str("dis"), py.Str("distutils"), py.Str("doctest"), py.Str("email"), py.Str("encodings"), py.Str("ensurepip"), py.Str("enum"), py.Str("errno"), py.Str("faulthandler"), py.Str("fcntl"), py.Str("filecmp"), py.Str("fileinput"), py.Str("fnmatch"), py.Str("fractions"), py.Str("ftplib"), py.Str("functools"), py.Str("gc"), py.Str("genericpath"), py.Str("getopt"), py.Str("getpass"), py.Str("gettext"), py.Str("glob"), py.Str("graphlib"), py.Str("grp"), py.Str("gzip"), py.Str("hashlib"), py.Str("heapq"), py.Str("hmac"), py.Str("html"), py.Str("http"), py.Str("idlelib"), py.Str("imaplib"), py.Str("imghdr"), py.Str("imp"), py.Str("importlib"), py.Str("inspect"), py.Str("io"), py.Str("ipaddress"), py.Str("itertools"), py.Str("json"), py.Str("keyword"), py.Str("lib2to3"), py.Str("linecache"), py.Str("locale"), py.Str("logging"), py.Str("lzma"), py.Str("mailbox"), py.Str("mailcap"), py.Str("marshal"), py.Str("math"), py.Str("mimetypes"), py.Str("mmap"), py.Str("modulefinder"), py.Str("msilib"), py.Str("msvcrt"), py.Str("multiprocessing"), py.Str("netrc"), py.Str("nis"), py.Str("nntplib"), py.Str("nt"), py.Str("ntpath"), py.Str("nturl2path"), py.Str("numbers"), py.Str("opcode"), py.Str("operator"), py.Str("optparse"), py.Str("os"), py.Str("ossaudiodev"), py.Str("pathlib"), py.Str("pdb"), py.Str("pickle"), py.Str("pickletools"), py.Str("pipes"), py.Str("pkgutil"), py.Str("platform"), py.Str("plistlib"), py.Str("poplib"), py.Str("posix"), py.Str("posixpath"), py.Str("pprint"), py.Str("profile"), py.Str("pstats"), py.Str("pty"), py.Str("pwd"), py.Str("py_compile"), py.Str("pyclbr"), py.Str("pydoc"), py.Str("pydoc_data"), py.Str("pyexpat"), py.Str("queue"), py.Str("quopri"), py.Str("random"), py.Str("re"), py.Str("readline"), py.Str("reprlib"), py.Str("resource"), py.Str("rlcompleter"), py.Str("runpy"), py.Str("sched"), py.Str("secrets"), py.Str("select"), py.Str("selectors"), py.Str("shelve"), py.Str("shlex"), py.Str("shutil"), py.Str("signal"), py.Str("site"), py.Str("smtpd"), py.Str("smtplib"), py.Str("sndhdr"), py.Str("socket"), py.Str("socketserver"), py.Str("spwd"), py.Str("sqlite3"), py.Str("sre_compile"), py.Str("sre_constants"), py.Str("sre_parse"), py.Str("ssl"), py.Str("stat"), py.Str("statistics"), py.Str("string"), py.Str("stringprep"), py.Str("struct"), py.Str("subprocess"), py.Str("sunau"), py.Str("symtable"), py.Str("sys"), py.Str("sysconfig"), py.Str("syslog"), py.Str("tabnanny"), py.Str("tarfile"), py.Str("telnetlib"), py.Str("tempfile"), py.Str("termios"), py.Str("textwrap"), py.Str("this"), py.Str("threading"), py.Str("time"), py.Str("timeit"), py.Str("tkinter"), py.Str("token"), py.Str("tokenize"), py.Str("tomllib"), py.Str("trace"), py.Str("traceback"), py.Str("tracemalloc"), py.Str("tty"), py.Str("turtle"), py.Str("turtledemo"), py.Str("types"), py.Str("typing"), py.Str("unicodedata"), py.Str("unittest"), py.Str("urllib"), py.Str("uu"), py.Str("uuid"), py.Str("venv"), py.Str("warnings"), py.Str("wave"), py.Str("weakref"), py.Str("webbrowser"), py.Str("winreg"), py.Str("winsound"), py.Str("wsgiref"), py.Str("xdrlib"), py.Str("xml"), py.Str("xmlrpc"), py.Str("zipapp"), py.Str("zipfile"), py.Str("zipimport"), py.Str("zlib"), py.Str("zoneinfo")}
var builtinModuleNames = []py.Object{py.Str("_abc"), py.Str("_ast"), py.Str("_codecs"), py.Str("_collections"), py.Str("_functools"), py.Str("_imp"), py.Str("_io"), py.Str("_locale"), py.Str("_operator"), py.Str("_signal"), py.Str("_sre"), py.Str("_stat"), py.Str("_string"), py.Str("_symtable"), py.Str("_thread"), py.Str("_tokenize"), py.Str("_tracemalloc"), py.Str("_warnings"), py.Str("_weakref"), py.Str("atexit"), py.Str("builtins"), py.Str("errno"), py.Str("faulthandler"), py.Str("gc"), py.Str("itertools"), py.Str("marshal"), py.Str("posix"), py.Str("pwd"), py.Str("sys"), py.Str("time"), py.Str("xxsubtype")}

var (
	flagsType          *structseq.Type
	floatInfoType      *structseq.Type
	intInfoType        *structseq.Type
	hashInfoType       *structseq.Type
	threadInfoType     *structseq.Type
	asyncgenHooksType  *structseq.Type
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
var NamespaceType *py.Type

func namespaceAlloc(t *py.Type) py.Object {
	return &Namespace{cls: t, dict: py.NewDict()}
}

func (n *Namespace) Type() *py.Type         { return n.cls }
func (n *Namespace) InstanceDict() *py.Dict { return n.dict }

// NewNamespace makes a SimpleNamespace with the given attributes in order.
func NewNamespace(kv ...py.Object) *Namespace {
	setup() // Go code of other packages (time.get_clock_info) makes them
	n := &Namespace{cls: NamespaceType, dict: py.NewDict()}
	for i := 0; i+1 < len(kv); i += 2 {
		n.dict.Set(kv[i], kv[i+1])
	}
	return n
}

var reprActive = map[*Namespace]bool{}

func setupMore() {
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
	m.Set("builtin_module_names", py.NewTuple(builtinModuleNames...))
	std := py.NewSet(stdlibModuleNames...)
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
		py.SetCoroOriginDepth(int(d))
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
}

// initVarsMore sets the file's variables that take code to build (types)
// as setup starts, not at every program's start.
func initVarsMore() {
	flagsType = structseq.New("sys", "flags", []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
		"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
		"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18, "")
	floatInfoType = structseq.New("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
		"dig", "mant_dig", "epsilon", "radix", "rounds"}, 11, "")
	intInfoType = structseq.New("sys", "int_info", []string{"bits_per_digit", "sizeof_digit", "default_max_str_digits",
		"str_digits_check_threshold"}, 4, "")
	hashInfoType = structseq.New("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
		"seed_bits", "cutoff"}, 9, "")
	threadInfoType = structseq.New("sys", "thread_info", []string{"name", "lock", "version"}, 3, "")
	asyncgenHooksType = structseq.New("", "asyncgen_hooks", []string{"firstiter", "finalizer"}, 2, "")
	NamespaceType = py.NewNativeType("SimpleNamespace", "types", nil, namespaceAlloc)
}
