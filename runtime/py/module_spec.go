package py

import "strings"

// Finders and loaders written in Python: a module the program does not
// link may still come from a finder the program put on sys.meta_path
// (six's importer of six.moves), as CPython's import system asks them.

// importFromMetaPath asks each finder on sys.meta_path for name's spec;
// nil when none knows it.
func importFromMetaPath(name string, parent Object) Object {
	if sysModule == nil {
		return nil
	}
	mp, ok := sysModule.Dict.GetStr("meta_path")
	if !ok {
		return nil
	}
	var path Object = None
	if parent != nil {
		if p := lookupAttrCatching(parent, "__path__"); p != nil {
			path = p
		}
	}
	for _, finder := range AppendStar(nil, mp) {
		find := LookupAttr(finder, "find_spec")
		if find == nil {
			continue
		}
		spec := Call(find, Str(name), path)
		if spec == None {
			continue
		}
		return loadFromSpec(name, spec)
	}
	return nil
}

// loadFromSpec makes the module a spec describes, enters it in
// sys.modules and runs its loader's exec_module.
func loadFromSpec(name string, spec Object) Object {
	m := ModuleFromSpec(spec)
	SysModules.SetStr(name, m)
	ok := false
	defer func() {
		if !ok {
			SysModules.Delete(Str(name))
		}
	}()
	if loader := GetAttr(spec, "loader"); loader != None {
		if exec := LookupAttr(loader, "exec_module"); exec != nil {
			Call(exec, m)
		} else if load := LookupAttr(loader, "load_module"); load != nil {
			Call(load, Str(name))
		}
	}
	ok = true
	if v, found := SysModules.GetStr(name); found {
		return v
	}
	return m
}

// NewModuleSpec is importlib.machinery.ModuleSpec(name, loader, origin=...,
// loader_state=..., is_package=...).
func NewModuleSpec(name string, loader, origin, loaderState Object, isPackage bool) Object {
	spec := &Instance{cls: ModuleSpecType, dict: NewDict()}
	spec.dict.SetStr("name", Str(name))
	spec.dict.SetStr("loader", loader)
	spec.dict.SetStr("origin", origin)
	spec.dict.SetStr("loader_state", loaderState)
	var locations Object = None
	if isPackage {
		locations = NewList()
	}
	spec.dict.SetStr("submodule_search_locations", locations)
	spec.dict.SetStr("cached", None)
	spec.dict.SetStr("has_location", False)
	return spec
}

// ModuleFromSpec is importlib.util.module_from_spec: the loader's
// create_module, or a new module, with the import attributes set.
func ModuleFromSpec(spec Object) Object {
	name := StrOf(GetAttr(spec, "name"))
	loader := GetAttr(spec, "loader")
	var m Object = None
	if loader != None {
		if create := LookupAttr(loader, "create_module"); create != nil {
			m = Call(create, spec)
		} else if LookupAttr(loader, "exec_module") != nil {
			panic(NewError(ImportErrorType, "loaders that define exec_module() must also define create_module()"))
		}
	}
	if m == None {
		m = NewModule(name)
	}
	setIfMissing := func(attr string, v Object) {
		if LookupAttr(m, attr) == nil || LookupAttr(m, attr) == None {
			SetAttr(m, attr, v)
		}
	}
	setIfMissing("__name__", Str(name))
	setIfMissing("__loader__", loader)
	parent := name
	if GetAttr(spec, "submodule_search_locations") == None {
		parent = name[:max(strings.LastIndexByte(name, '.'), 0)]
	}
	setIfMissing("__package__", Str(parent))
	SetAttr(m, "__spec__", spec)
	if locs := GetAttr(spec, "submodule_search_locations"); locs != None {
		setIfMissing("__path__", locs)
	}
	if Truth(GetAttr(spec, "has_location")) {
		if origin := GetAttr(spec, "origin"); origin != None {
			setIfMissing("__file__", origin)
		}
	}
	return m
}

func init() {
	ModuleSpecType.Dict.SetStr("__init__", NewMethod("__init__", func(args []Object, kw []string) Object {
		a := ParseArgs("ModuleSpec", args, kw, []string{"self", "name", "loader", "origin", "loader_state", "is_package"}, 3)
		or := func(v Object) Object {
			if v == nil {
				return None
			}
			return v
		}
		fresh := NewModuleSpec(StrOf(a[1]), a[2], or(a[3]), or(a[4]), a[5] != nil && Truth(a[5])).(*Instance)
		self := a[0].(*Instance)
		fresh.InstanceDict().Items(func(k, v Object) bool {
			self.InstanceDict().SetStr(StrOf(k), v)
			return true
		})
		return None
	}))
}
