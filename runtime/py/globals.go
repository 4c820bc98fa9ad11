package py

// Module globals live in the module's dict, as in CPython, so that other
// modules (`helpers.x = 1`), setattr, globals(), vars() and star imports
// all see and change the same namespace. Generated code reaches a global
// through a GlobalRef, a per-module, per-name cache of where the name sits in
// the dict: a hit is a bounds check and a string comparison.

// GlobalRef caches the position of one name in a module's dict.
type GlobalRef struct {
	Name string
	// idx is the name's entry position when it was last found.
	idx int
	// missVersion is the dict version at which the name was last seen
	// absent (plus one, so the zero value means "never").
	missVersion uint64
	// missDict is the dict of that miss (a module run again as a fresh
	// instance has a second dict).
	missDict *Dict
	// dict and ver: idx was found valid in dict at that version (which
	// moves on every insertion and deletion), so it still is while the
	// version stays; slot is that entry's value. Every change of the
	// dict's entries array (growth, compaction, clearing) moves the
	// version too, so while it stays slot is in the dict's own array.
	dict *Dict
	ver  uint64
	slot *Object
}

// NewGlobal makes the cache of a global name.
func NewGlobal(name string) GlobalRef { return GlobalRef{Name: name, idx: -1} }

// Get returns the value bound to the name in d, or nil when unbound.
func (g *GlobalRef) Get(d *Dict) Object {
	if g.dict == d && g.ver == d.version {
		return *g.slot
	}
	return g.getChecked(d)
}

func (g *GlobalRef) getChecked(d *Dict) Object {
	if i := g.idx; uint(i) < uint(len(d.entries)) {
		if k, ok := d.entries[i].key.(Str); ok && string(k) == g.Name {
			g.dict, g.ver, g.slot = d, d.version, &d.entries[i].value
			return d.entries[i].value
		}
	}
	return g.getSlow(d)
}

func (g *GlobalRef) getSlow(d *Dict) Object {
	if g.missVersion == d.version+1 && g.missDict == d {
		return nil
	}
	i := d.findStr(g.Name)
	if i < 0 {
		g.idx = -1
		g.missVersion = d.version + 1
		g.missDict = d
		return nil
	}
	g.idx = i
	g.dict, g.ver, g.slot = d, d.version, &d.entries[i].value
	return d.entries[i].value
}

// Set binds the name in d.
func (g *GlobalRef) Set(d *Dict, v Object) {
	// The cache hit as Get's: the dict's version has not moved since idx
	// was found, so the entry is still the name's (no key compare). Spelt
	// as an if/else without a return, Set fits the inliner's budget (80)
	// and a global store at module level costs no call.
	if g.dict == d && g.ver == d.version {
		*g.slot = v
	} else {
		g.setSlow(d, v)
	}
}

func (g *GlobalRef) setSlow(d *Dict, v Object) {
	if i := g.idx; uint(i) < uint(len(d.entries)) {
		if k, ok := d.entries[i].key.(Str); ok && string(k) == g.Name {
			d.entries[i].value = v
			g.dict, g.ver, g.slot = d, d.version, &d.entries[i].value
			return
		}
	}
	d.SetStr(g.Name, v)
	g.idx = d.findStr(g.Name)
	if g.idx >= 0 {
		g.dict, g.ver, g.slot = d, d.version, &d.entries[g.idx].value
	}
}

// Delete unbinds the name, reporting whether it was bound.
func (g *GlobalRef) Delete(d *Dict) bool {
	g.idx = -1
	g.dict, g.slot = nil, nil
	return d.DeleteStr(g.Name)
}

// LoadGlobal reads a global: NameError when unbound.
func LoadGlobal(d *Dict, g *GlobalRef) Object {
	// The cache hit by hand, small enough to inline at the call site.
	if g.dict == d && g.ver == d.version {
		return *g.slot
	}
	return loadGlobalSlow(d, g)
}

func loadGlobalSlow(d *Dict, g *GlobalRef) Object {
	if v := g.getChecked(d); v != nil {
		return v
	}
	// LOAD_GLOBAL looks in the builtins next: a module global that
	// shadowed a builtin and was deleted uncovers it.
	if b, ok := Builtins.Dict.GetStr(g.Name); ok {
		return b
	}
	nameError(g.Name)
	return nil
}

// noteWrite records a change of a class dict (typeEpoch) or of the
// builtins (builtinsEpoch).
func (d *Dict) noteWrite() {
	if d.flags&dictTypeDict != 0 {
		bumpTypeEpoch()
	}
	if d.flags&dictBuiltinsNS != 0 {
		builtinsEpoch++
	}
}

// BuiltinRef is a module's cache of a builtin it reads (b_len): the value
// the builtins module held when builtinsEpoch was epoch. A program that
// rebinds or deletes a builtin (builtins.len = f, del builtins.len)
// moves the epoch, and every module's next read looks the name up again,
// as CPython's LOAD_GLOBAL does.
type BuiltinRef struct {
	v     Object
	epoch uint64
}

// builtinsEpoch counts changes of the builtins module's namespace; it
// starts at 1 so that a zero BuiltinRef is stale.
var builtinsEpoch uint64 = 1

// Builtin reads the builtin name through its module's cache r (NameError
// when the builtins module does not hold it).
func Builtin(r *BuiltinRef, name string) Object {
	if r.epoch == builtinsEpoch && r.v != nil {
		return r.v
	}
	return r.reload(name, true)
}

// Get is the builtin name through r, nil when there is none.
func (r *BuiltinRef) Get(name string) Object {
	if r.epoch == builtinsEpoch {
		return r.v
	}
	return r.reload(name, false)
}

func (r *BuiltinRef) reload(name string, must bool) Object {
	v, _ := Builtins.Dict.GetStr(name)
	r.v, r.epoch = v, builtinsEpoch
	if v == nil && must {
		nameError(name)
	}
	return v
}

// LoadGlobalOrBuiltin reads a global that may name a builtin: b is the
// builtin's value (nil when there is none), used when the module does not
// bind the name.
func LoadGlobalOrBuiltin(d *Dict, g *GlobalRef, b Object) Object {
	if v := g.Get(d); v != nil {
		return v
	}
	if b == nil {
		b, _ = Builtins.Dict.GetStr(g.Name)
		if b == nil {
			nameError(g.Name)
		}
	}
	return b
}

// DeleteGlobal is `del x` at module level (or of a `global x`): it
// returns the value it unbound (NameError when there is none).
func DeleteGlobal(d *Dict, g *GlobalRef) Object {
	v := g.Get(d)
	if v == nil {
		nameError(g.Name)
	}
	g.Delete(d)
	return v
}

// DirNamespace is dir() without arguments: the sorted names of the current
// namespace (a dict of globals or of local variables).
func DirNamespace(ns Object) Object {
	keys := ns.(*Dict).Keys()
	l := NewList(keys...)
	CallMethod(l, "sort")
	return l
}

// InplaceGlobalHit is `a += b` or `a -= b` (op) for a a module global (a
// module body's name, or one a function declares global) and b what a
// variable holds (read raw: nil when unbound), done when both are exact
// ints, a on its cache's hit, and the result fits in 64 bits: nothing can
// run or raise then, so reading b before a is unseen. It reports whether
// it did it; on false nothing happened, and the general path
// (LoadGlobal, Inplace, Set) runs.
func InplaceGlobalHit(d *Dict, a *GlobalRef, op BinOp, b Object) bool {
	y, ok := b.(Int)
	return ok && inplaceGlobalInt(d, a, op, y)
}

// InplaceGlobalHitI is InplaceGlobalHit for b an int-typed local (an
// unbound one, or one past 64 bits, takes the general path).
func InplaceGlobalHitI(d *Dict, a *GlobalRef, op BinOp, b TypedInt) bool {
	return b.small() && inplaceGlobalInt(d, a, op, Int(b.v))
}

func inplaceGlobalInt(d *Dict, a *GlobalRef, op BinOp, y Int) bool {
	if a.dict != d || a.ver != d.version {
		return false
	}
	x, ok := (*a.slot).(Int)
	if !ok {
		return false
	}
	var r int64
	switch op {
	case OpAdd:
		if r = int64(x) + int64(y); (r >= int64(x)) != (y >= 0) {
			return false
		}
	case OpSub:
		if r = int64(x) - int64(y); (r <= int64(x)) != (y >= 0) {
			return false
		}
	default:
		return false
	}
	*a.slot = MakeInt(r)
	return true
}
