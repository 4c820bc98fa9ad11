package py

import (
	"os"
	"path/filepath"
	"strings"
)

// Modules found as source at run time. A module that is neither
// translated, nor written in Go, nor found by a sys.meta_path finder is
// looked for as NAME/__init__.py or NAME.py in the directories of sys.path
// (which starts empty: only directories the program itself adds) or of the
// parent package's __path__, as CPython's path finder does, and its source
// runs through the evaluator (compile and exec in the new module's
// namespace), when the program links it (it calls eval, exec or compile).
// This is how a program imports a file it wrote itself.
func importFromSourcePath(name string, parent Object) Object {
	if dynamic.Exec == nil || dynamic.Compile == nil || sysModule == nil {
		return nil
	}
	var dirs Object
	if parent != nil {
		// Only a package found this way looks for its submodules so: a
		// translated package's __path__ (the host's library) is never
		// searched for what the translator left out.
		if pm, ok := parent.(*Module); !ok || !sourceModules[pm.Name] {
			return nil
		}
		dirs = lookupAttrCatching(parent, "__path__")
	} else if p, ok := sysModule.Dict.GetStr("path"); ok {
		dirs = p
	}
	if dirs == nil {
		return nil
	}
	base := name[strings.LastIndexByte(name, '.')+1:]
	for _, d := range AppendStar(nil, dirs) {
		dir, ok := UnwrapValue(d).(Str)
		if !ok {
			continue
		}
		root := string(dir)
		if root == "" {
			root = "."
		}
		pkg := filepath.Join(root, base)
		for _, cand := range []struct {
			file  string
			isPkg bool
		}{{filepath.Join(pkg, "__init__.py"), true}, {pkg + ".py", false}} {
			src, err := os.ReadFile(cand.file)
			if err != nil {
				continue
			}
			return execSourceModule(name, cand.file, pkg, src, cand.isPkg)
		}
	}
	return nil
}

// sourceModules names the modules found as source at run time.
var sourceModules = map[string]bool{}

// importSourceSubmodule is _handle_fromlist's import of a submodule of a
// package found as source: a missing one is left for the from-import to
// report.
func importSourceSubmodule(pkg, full string) {
	if !sourceModules[pkg] {
		return
	}
	exc := Catch(func() { ImportModule(full) })
	if exc == nil {
		return
	}
	if exc.Type().IsSubtype(ModuleNotFoundErrorType) {
		if n, ok := exc.Dict.GetStr("name"); ok && n == Object(Str(full)) {
			return
		}
	}
	panic(exc)
}

func execSourceModule(name, file, pkgDir string, src []byte, isPkg bool) Object {
	m := NewModule(name)
	spec := NewModuleSpec(name, None, Str(file), None, isPkg)
	spec.(*Instance).InstanceDict().SetStr("has_location", True)
	m.Dict.SetStr("__file__", Str(file))
	m.Dict.SetStr("__spec__", spec)
	m.Dict.SetStr("__loader__", None)
	m.Dict.SetStr("__builtins__", Builtins)
	pkgName := name
	if isPkg {
		m.Dict.SetStr("__path__", NewList(Str(pkgDir)))
		spec.(*Instance).InstanceDict().SetStr("submodule_search_locations", NewList(Str(pkgDir)))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkgName = name[:i]
	} else {
		pkgName = ""
	}
	m.Dict.SetStr("__package__", Str(pkgName))
	SysModules.SetStr(name, m)
	sourceModules[name] = true
	ok := false
	defer func() {
		if !ok {
			SysModules.DeleteStr(name)
		}
	}()
	code := dynamic.Compile([]Object{Bytes(src), Str(file), Str("exec")}, nil)
	dynamic.Exec([]Object{code, m.Dict}, nil)
	ok = true
	if v, found := SysModules.GetStr(name); found {
		return v
	}
	return m
}
