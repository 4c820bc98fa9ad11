// Package warningsmod is Python's _warnings module: the filter machinery
// that CPython runs in C under warnings.warn and warnings.warn_explicit.
// The host's warnings.py imports it and then uses these versions, as under
// CPython, so that a warning the filters turn into an error is raised from
// the warning's own line (no warnings.py frames in its traceback), the
// default filters are CPython's (plain-string module names) and
// warn_explicit's source argument reaches the WarningMessage.
//
// The state lives here; warnings.filters, warnings.defaultaction and
// warnings.onceregistry, when the program rebinds them (catch_warnings
// does), take over, as in CPython.
package warningsmod

import (
	"fmt"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

var (
	// filters is the list warnings.filters starts as: CPython's defaults
	// for a release build.
	filters       *py.List
	defaultAction py.Object = py.Str("default")
	onceRegistry  *py.Dict
	// filtersVersion stamps the registries: a registry stamped with an
	// older version is cleared before use (_filters_mutated bumps it).
	filtersVersion int64
)

func initState() {
	if filters != nil {
		return
	}
	filter := func(action string, cat *py.Type, module py.Object) py.Object {
		return py.NewTuple(py.Str(action), py.None, cat, module, py.Int(0))
	}
	filters = py.NewList(
		filter("default", py.DeprecationWarningType, py.Str("__main__")),
		filter("ignore", py.DeprecationWarningType, py.None),
		filter("ignore", py.PendingDeprecationWarningType, py.None),
		filter("ignore", py.ImportWarningType, py.None),
		filter("ignore", py.ResourceWarningType, py.None),
	)
	onceRegistry = py.NewDict()
}

func init() {
	py.RegisterModule("_warnings", func(m *py.Module) {
		initState()
		m.Set("__doc__", py.Str("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."))
		m.Set("filters", filters)
		m.Set("_defaultaction", defaultAction)
		m.Set("_onceregistry", onceRegistry)
		m.AddFunc("_filters_mutated", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("_filters_mutated", args, kw, nil, 0)
			filtersVersion++
			return py.None
		})
		m.AddFunc("warn", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("warn", args, kw, []string{"message", "category", "stacklevel", "source"}, 1)
			category := warningCategory(a[0], a[1])
			level := int64(1)
			if a[2] != nil {
				level = int64(py.Index(a[2]))
			}
			source := orNone(a[3])
			filename, line, globals, ok := py.WarningSite(int(level))
			if !ok {
				filename, line, globals = "sys", 1, py.Import("sys").Dict
			}
			registry, module := siteRegistry(globals)
			warnExplicit(category, a[0], filename, int64(line), module, registry, nil, source)
			return py.None
		})
		m.AddFunc("warn_explicit", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("warn_explicit", args, kw, []string{"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"}, 4)
			filename, ok := py.UnwrapValue(a[2]).(py.Str)
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("warn_explicit() argument 'filename' must be str, not %s", a[2].Type().Name)))
			}
			lineno := int64(py.Index(a[3]))
			var sourceLine py.Object
			if g := orNone(a[6]); g != py.None {
				globals, ok := py.UnwrapValue(g).(*py.Dict)
				if !ok {
					panic(py.NewError(py.TypeErrorType, fmt.Sprintf("module_globals must be a dict, not '%s'", g.Type().Name)))
				}
				sourceLine = loaderSourceLine(globals, lineno)
			}
			warnExplicit(a[1], a[0], string(filename), lineno, a[4], orNone(a[5]), sourceLine, orNone(a[7]))
			return py.None
		})
	})
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// warningCategory is the category warn uses: a Warning instance's own
// class, else the one given (UserWarning for None), which must be a
// Warning subclass.
func warningCategory(message, category py.Object) py.Object {
	if py.IsInstance(message, py.WarningType) {
		return message.Type()
	}
	if category == nil || category == py.None {
		return py.UserWarningType
	}
	if t, ok := category.(*py.Type); !ok || !t.IsSubtype(py.WarningType) {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("category must be a Warning subclass, not '%s'", category.Type().Name)))
	}
	return category
}

// siteRegistry is the __warningregistry__ of a warning site's globals
// (made on first use) and its module name (__name__, "<string>" if that
// is not a string).
func siteRegistry(globals *py.Dict) (registry, module py.Object) {
	registry, ok := globals.GetStr("__warningregistry__")
	if !ok {
		registry = py.NewDict()
		globals.SetStr("__warningregistry__", registry)
	}
	module, ok = globals.GetStr("__name__")
	if !ok || module != py.None && !py.IsInstance(module, py.StrType) {
		module = py.Str("<string>")
	}
	return registry, module
}

// warningsAttr is an attribute of the warnings module, nil when it is not
// imported (tryImport: importable) or lacks it.
func warningsAttr(name string, tryImport bool) py.Object {
	var m py.Object
	if tryImport {
		if e := py.Catch(func() { m = py.ImportModule("warnings") }); e != nil {
			if e.Type().IsSubtype(py.ImportErrorType) {
				return nil
			}
			panic(e)
		}
	} else if v, ok := py.Modules().GetStr("warnings"); ok {
		m = v
	}
	if m == nil || m == py.None {
		return nil
	}
	return py.LookupAttr(m, name)
}

// warnExplicit is the heart of both functions: the registries, the
// filters and the action they choose. sourceLine (nil: none) only serves
// the fallback printer.
func warnExplicit(category, message py.Object, filename string, lineno int64, module, registry, sourceLine, source py.Object) {
	var reg *py.Dict
	if registry != nil && registry != py.None {
		d, ok := py.UnwrapValue(registry).(*py.Dict)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "'registry' must be a dict or None"))
		}
		reg = d
	}
	if module == nil {
		module = normalizeModule(filename)
	}
	var text py.Object
	if py.IsInstance(message, py.WarningType) {
		text = py.Str(py.StrOf(message))
		category = message.Type()
	} else {
		text = message
		message = py.Call(category, message)
	}
	linenoObj := py.MakeInt(lineno)
	key := py.NewTuple(text, category, linenoObj)
	if reg != nil && alreadyWarned(reg, key, false) {
		return
	}
	action, item := filterAction(category, text, lineno, module)
	switch action {
	case "error":
		py.Raise(message)
	case "ignore":
		return
	}
	warned := false
	if action != "always" {
		if reg != nil {
			reg.Set(key, py.True)
		}
		switch action {
		case "once":
			r := reg
			if r == nil {
				r = onceRegistryNow()
			}
			warned = updateRegistry(r, text, category)
		case "module":
			if reg != nil {
				warned = updateRegistry(reg, text, category)
			}
		case "default":
		default:
			panic(py.NewError(py.RuntimeErrorType, fmt.Sprintf("Unrecognized action (%s) in warnings.filters:\n %s", py.Repr(py.Str(action)), py.Repr(item))))
		}
	}
	if !warned {
		showWarning(category, text, message, filename, lineno, linenoObj, sourceLine, source)
	}
}

// normalizeModule is the module name a file warns as: its name less .py,
// "<unknown>" for none.
func normalizeModule(filename string) py.Object {
	if filename == "" {
		return py.Str("<unknown>")
	}
	return py.Str(strings.TrimSuffix(filename, ".py"))
}

// alreadyWarned reports whether registry holds key, clearing a registry
// stamped with an older filters version first; set records key.
func alreadyWarned(registry *py.Dict, key py.Object, set bool) bool {
	v, ok := registry.GetStr("version")
	if n, isInt := v.(py.Int); !ok || !isInt || int64(n) != filtersVersion {
		registry.Clear()
		registry.SetStr("version", py.MakeInt(filtersVersion))
	} else if w, ok := registry.Get(key); ok && py.Truth(w) {
		return true
	}
	if set {
		registry.Set(key, py.True)
	}
	return false
}

// updateRegistry records (text, category) in registry, reporting whether
// it was already there.
func updateRegistry(registry *py.Dict, text, category py.Object) bool {
	return alreadyWarned(registry, py.NewTuple(text, category), true)
}

func onceRegistryNow() *py.Dict {
	if v := warningsAttr("onceregistry", false); v != nil {
		d, ok := py.UnwrapValue(v).(*py.Dict)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_warnings.onceregistry must be a dict, not '%s'", v.Type().Name)))
		}
		onceRegistry = d
	}
	return onceRegistry
}

// filterAction is the action of the first filter that matches, and that
// filter (None for the default action).
func filterAction(category, text py.Object, lineno int64, module py.Object) (string, py.Object) {
	if v := warningsAttr("filters", false); v != nil {
		l, ok := v.(*py.List)
		if !ok {
			panic(py.NewError(py.ValueErrorType, "_warnings.filters must be a list"))
		}
		filters = l
	}
	// The filters may change while a match runs (a regex's match method
	// is Python): index afresh each time, as CPython does.
	for i := 0; i < len(filters.Items); i++ {
		t, ok := filters.Items[i].(*py.Tuple)
		if !ok || len(t.Items) != 5 {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("_warnings.filters item %d isn't a 5-tuple", i)))
		}
		action, msg, cat, mod, ln := t.Items[0], t.Items[1], t.Items[2], t.Items[3], t.Items[4]
		s, ok := py.UnwrapValue(action).(py.Str)
		if !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("action must be a string, not '%s'", action.Type().Name)))
		}
		goodMsg := matches(msg, text)
		goodMod := matches(mod, module)
		isSub := py.IsSubclassObject(category, cat)
		n := int64(py.Index(ln))
		if goodMsg && isSub && goodMod && (n == 0 || n == lineno) {
			return string(s), t
		}
	}
	if v := warningsAttr("defaultaction", false); v != nil {
		if _, ok := py.UnwrapValue(v).(py.Str); !ok {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("_warnings.defaultaction must be a string, not '%s'", v.Type().Name)))
		}
		defaultAction = v
	}
	return string(py.UnwrapValue(defaultAction).(py.Str)), py.None
}

// matches applies a filter's message or module pattern: None matches
// anything, a plain string (the default filters') only itself, anything
// else is a compiled regex.
func matches(pattern, arg py.Object) bool {
	if pattern == py.None {
		return true
	}
	if s, ok := pattern.(py.Str); ok {
		a, ok := arg.(py.Str)
		return ok && s == a
	}
	return py.Truth(py.CallMethod(pattern, "match", arg))
}

// showWarning hands the warning to warnings._showwarnmsg as a
// WarningMessage, or prints it itself when the warnings module is gone.
func showWarning(category, text, message py.Object, filename string, lineno int64, linenoObj, sourceLine, source py.Object) {
	show := warningsAttr("_showwarnmsg", source != py.None)
	if show == nil {
		printWarning(category, text, filename, lineno, sourceLine)
		return
	}
	if !py.Truth(py.Call(py.LoadBuiltin("callable"), show)) {
		panic(py.NewError(py.TypeErrorType, "warnings._showwarnmsg() must be set to a callable"))
	}
	cls := warningsAttr("WarningMessage", false)
	if cls == nil {
		panic(py.NewError(py.RuntimeErrorType, "unable to get warnings.WarningMessage"))
	}
	msg := py.Call(cls, message, category, py.Str(filename), linenoObj, py.None, py.None, source)
	py.Call(show, msg)
}

// printWarning is CPython's last-resort display: "file:line: Category:
// text" and the stripped source line, on sys.stderr.
func printWarning(category, text py.Object, filename string, lineno int64, sourceLine py.Object) {
	var b strings.Builder
	fmt.Fprintf(&b, "%s:%d: %s: %s\n", filename, lineno, py.StrOf(py.GetAttr(category, "__name__")), py.StrOf(text))
	line := ""
	if sourceLine != nil {
		line = py.StrOf(sourceLine)
	} else if e := py.Catch(func() {
		line = py.StrOf(py.CallMethod(py.Import("linecache"), "getline", py.Str(filename), py.MakeInt(lineno)))
	}); e != nil {
		// linecache is not in the program: the translated source has it.
		line, _ = py.SourceLineAt(filename, int(lineno))
	}
	if line = strings.TrimLeft(line, " \t\f"); line != "" {
		b.WriteString("  " + strings.TrimRight(line, "\n") + "\n")
	}
	py.CallMethod(py.GetAttr(py.Import("sys"), "stderr"), "write", py.Str(b.String()))
}

// loaderSourceLine is line lineno of the source the module's loader
// gives (warn_explicit's module_globals), or nil.
func loaderSourceLine(globals *py.Dict, lineno int64) py.Object {
	loader, ok := globals.GetStr("__loader__")
	if !ok {
		return nil
	}
	name, ok := globals.GetStr("__name__")
	if !ok {
		return nil
	}
	getSource := py.LookupAttr(loader, "get_source")
	if getSource == nil {
		return nil
	}
	src := py.Call(getSource, name)
	if src == py.None {
		return nil
	}
	// C splits the str itself (PyUnicode_Splitlines): a subclass's
	// splitlines is not called, and the line is PyList_GetItem's.
	if !py.IsInstance(src, py.StrType) {
		panic(py.NewError(py.TypeErrorType, "must be str, not "+src.Type().Name))
	}
	lines := py.Call(py.GetAttr(py.StrType, "splitlines"), src).(*py.List)
	if lineno < 1 || lineno > int64(py.Len(lines)) {
		panic(py.NewError(py.IndexErrorType, "list index out of range"))
	}
	return py.GetItem(lines, py.MakeInt(lineno-1))
}
