package asyncio

import (
	"github.com/py2goasync/py2goasync/runtime/py"
)

// addImportedNames gives a submodule the names CPython's file of that name
// imports from elsewhere or defines at module level (they are public names
// of the module: dir() shows them, and programs import them from there).
func addImportedNames(name string, m *py.Module, a *py.Module) {
	from := func(module string, names ...string) {
		src := py.Import(module)
		for _, n := range names {
			m.Set(n, py.GetAttr(src, n))
		}
	}
	switch name {
	case "base_events":
		// The longest wait base_events passes to select (24 hours).
		m.Set("MAXIMUM_SELECT_TIMEOUT", py.Int(24*3600))
	case "base_futures":
		from("_thread", "get_ident")
	case "futures":
		m.Set("GenericAlias", py.GenericAliasType)
		// logging.DEBUG - 1: the level futures.py logs stacks at.
		m.Set("STACK_DEBUG", py.Int(9))
	case "queues", "tasks":
		m.Set("GenericAlias", py.GenericAliasType)
	case "streams":
		if v, ok := a.Dict.GetStr("sleep"); ok {
			m.Set("sleep", v)
		}
	case "timeouts":
		m.Set("TracebackType", py.TracebackType)
		// typing is the host's typing.py, which the resolver links with
		// asyncio.timeouts.
		from("typing", "Optional", "Type", "final")
	case "trsock":
		m.Set("TransportSocket", transportSocketType)
	case "unix_events":
		from("os", "waitstatus_to_exitcode")
	case "format_helpers":
		m.AddFunc("extract_stack", extractStack)
		m.AddFunc("_get_function_source", getFunctionSource)
		m.AddFunc("_format_callback_source", func(args []py.Object, kw []string) py.Object {
			p := parse("_format_callback_source", args, kw, []string{"func", "args"}, 2)
			return py.Str(formatCallbackSource(p[0], py.AppendStar(nil, p[1])))
		})
	}
}

// extractStack is format_helpers.extract_stack(f=None, limit=None): the
// stack from f (the caller's frame) outwards, at most limit frames
// (DEBUG_STACK_DEPTH), oldest first, without source lines.
func extractStack(args []py.Object, kw []string) py.Object {
	p := parse("extract_stack", args, kw, []string{"f", "limit"}, 0)
	f, limit := p[0], p[1]
	if f == nil || f == py.None {
		// The caller's frame (a Go function has none of its own).
		f = py.Call(py.GetAttr(py.Import("sys"), "_getframe"))
	}
	if limit == nil || limit == py.None {
		limit = asyncioConstants["DEBUG_STACK_DEPTH"]
	}
	tb := py.Import("traceback")
	walk := py.Call(py.GetAttr(tb, "walk_stack"), f)
	stack := py.CallKw(py.GetAttr(py.GetAttr(tb, "StackSummary"), "extract"), []py.Object{walk, limit, py.False}, []string{"limit", "lookup_lines"})
	py.CallMethod(stack, "reverse")
	return stack
}

// getFunctionSource is format_helpers._get_function_source(func): the
// (filename, first line) of a Python function, through __wrapped__ and
// functools.partial/partialmethod, else None.
func getFunctionSource(args []py.Object, kw []string) py.Object {
	p := parse("_get_function_source", args, kw, []string{"func"}, 1)
	f := p[0]
	for {
		w := py.LookupAttr(f, "__wrapped__")
		if w == nil {
			break
		}
		f = w
	}
	if fn, ok := f.(*py.Function); ok {
		file, line, _ := functionSource(fn)
		return py.NewTuple(py.Str(file), py.Int(line))
	}
	var partials []py.Object
	catch(func() {
		ft := py.Import("functools")
		partials = []py.Object{py.GetAttr(ft, "partial"), py.GetAttr(ft, "partialmethod")}
	})
	for _, c := range partials {
		if py.IsInstance(f, c) {
			return getFunctionSource([]py.Object{py.GetAttr(f, "func")}, nil)
		}
	}
	return py.None
}
