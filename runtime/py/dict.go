package py

import (
	"hash/maphash"
	"unsafe"
)

// Dict is Python's insertion-ordered dict.
//
// Entries live in a slice in insertion order. Past smallDict entries an
// index finds them: an open-addressing table (a power of two long, at most
// half full) of entry positions plus one, 0 marking a free slot, probed as
// CPython probes its dicts. Deleting leaves a hole (key == nil) in the
// entries, which its index slot keeps pointing at until compaction removes
// holes, once they outnumber live entries.
type Dict struct {
	entries []dictEntry
	// index is the hash index of a dict past smallDict entries (nil
	// below it, as for every instance dict: hence a pointer, 8 bytes of
	// each instance rather than a slice's 24).
	index *dictIndex
	// version changes on every insertion or deletion, for the caches
	// that remember where a key was (globals.go).
	version uint64
	// sub is set for instances of dict subclasses (defaultdict, Counter,
	// OrderedDict, user classes): one word in every dict, not two.
	sub *subPart
	// bloom has bit h%64 set for the hash h of every key inserted since
	// the last Clear (deleted ones included), unless oddKeys: some key was
	// not a str, whose hash need not be its string's. A lookup by a string
	// whose bit is clear misses without probing (findStrH).
	bloom uint64
	// shape is the dict's key layout while it has one (dict_shape.go).
	shape *dictShape
	// live and the flags last, in one word (an instance, its dict and its
	// first entries are one allocation: every word counts). live fits
	// 32 bits as the index's entry numbers do.
	live  int32
	flags dictFlags
}

type dictFlags uint8

const (
	// dictOddKeys: some key was not a str (see bloom).
	dictOddKeys dictFlags = 1 << iota
	// dictTypeDict marks the dict of a class: changing it invalidates the
	// type lookup caches (see Type.Lookup).
	dictTypeDict
	// dictBuiltinsNS marks the builtins module's namespace: changing it
	// invalidates the modules' cached builtins (BuiltinRef).
	dictBuiltinsNS
	// dictClassNS marks a class body's namespace made by a metaclass's
	// __prepare__ whose mapping overrides __setitem__ (enum's _EnumDict):
	// the body's stores, which generated code makes with SetStr, go
	// through that __setitem__, as CPython's STORE_NAME does.
	dictClassNS
	// dictIdentKeys: a class or module namespace, whose keys SetStr boxes
	// from chunks (boxKey, slab.go) instead of one allocation each.
	dictIdentKeys
	// dictIterated: an iteration over the dict started (dictIterState).
	// Deleting its last entries then leaves holes, as CPython does, for
	// an iteration's position to stay where it was.
	dictIterated
	// dictNoteWrites: changing the dict invalidates caches (noteWrite).
	dictNoteWrites = dictTypeDict | dictBuiltinsNS
)

// dictIndex maps a hash's probe sequence to entry numbers plus one (0:
// free slot); its length is a power of two.
type dictIndex struct{ slots []int32 }

type dictEntry struct {
	hash  uint64
	key   Object // nil marks a deleted entry
	value Object
}

var DictType = newBuiltinType("dict", ObjectType)

func (d *Dict) Type() *Type {
	if d.sub != nil {
		return d.sub.cls
	}
	return DictType
}

// InstanceDict is the __dict__ of a dict subclass instance (nil for dicts).
func (d *Dict) InstanceDict() *Dict {
	if d.sub == nil {
		return nil
	}
	return d.sub.attrs
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// smallDict is the size up to which lookups scan the entries instead of
// using the hash index: for the attribute and keyword dicts that dominate
// Python programs, comparing a few strings beats hashing.
const smallDict = 8

var strSeed = maphash.MakeSeed()

// strHash is a string's hash in dicts: 63 bits, the value hash(s) gives
// too (PyHash), so that an object whose __hash__ returns hash(s) finds the
// string's entries (and a string the object's) as in CPython.
func strHash(s string) uint64 { return maphash.String(strSeed, s) >> 1 }

func (d *Dict) find(h uint64, key Object) int {
restart:
	if d.index == nil {
		for i := 0; i < len(d.entries); i++ {
			e := &d.entries[i]
			if e.key != nil && e.hash == h {
				if sameObj(e.key, key) {
					return i
				}
				eq, changed := d.eqAt(i, key)
				if changed {
					goto restart
				}
				if eq {
					return i
				}
			}
		}
		return -1
	}
	ix := d.index.slots
	mask := uint64(len(ix) - 1)
	// Two ints are the same key when their values are: compared as such,
	// not as interfaces (runtime.ifaceeq) and then by Eq.
	ki, isInt := key.(Int)
	for p, perturb := h&mask, h; ; {
		slot := ix[p]
		if slot == 0 {
			return -1
		}
		i := int(slot - 1)
		e := &d.entries[i]
		if e.hash == h && e.key != nil {
			if ek, ok := e.key.(Int); ok && isInt {
				if ek == ki {
					return i
				}
			} else if sameObj(e.key, key) {
				return i
			} else {
				eq, changed := d.eqAt(i, key)
				if changed {
					goto restart
				}
				if eq {
					return i
				}
			}
		}
		perturb >>= 5
		p = (p*5 + 1 + perturb) & mask
	}
}

// eqAt is entry i's key == key, and whether the comparison (Python code)
// changed the dict under the lookup: its entries moved or were dropped
// (resize, compaction, clear), its index was rebuilt, or entry i lost its
// key. The lookup then starts again, as CPython's lookdict does when the
// keys object or the entry's key is no longer the one it compared.
func (d *Dict) eqAt(i int, key Object) (eq, changed bool) {
	ents, idx := d.entries, d.index
	start := ents[i].key
	eq = Eq(start, key)
	changed = unsafe.SliceData(d.entries) != unsafe.SliceData(ents) || len(d.entries) <= i || d.index != idx || d.entries[i].key != start
	return eq, changed
}

// findStr finds a str key; h is computed only when the index is needed.
func (d *Dict) findStr(key string) int {
	if d.flags&dictOddKeys != 0 {
		return d.findStrOdd(key)
	}
	if d.index == nil {
		for i := range d.entries {
			if s, ok := d.entries[i].key.(Str); ok && string(s) == key {
				return i
			}
			if sub, ok := d.entries[i].key.(*ValueSub); ok && strSubEq(sub, key) {
				return i
			}
		}
		return -1
	}
	h := strHash(key)
	ix := d.index.slots
	mask := uint64(len(ix) - 1)
	for p, perturb := h&mask, h; ; {
		slot := ix[p]
		if slot == 0 {
			return -1
		}
		e := &d.entries[slot-1]
		if s, ok := e.key.(Str); ok && e.hash == h && string(s) == key {
			return int(slot - 1)
		}
		if sub, ok := e.key.(*ValueSub); ok && e.hash == h && strSubEq(sub, key) {
			return int(slot - 1)
		}
		perturb >>= 5
		p = (p*5 + 1 + perturb) & mask
	}
}

// findStrOdd is findStr in a dict that has held keys other than strs:
// a key of another type whose hash is the string's is compared with it by
// its __eq__, as lookdict does (which may run Python code that changes
// this dict: the lookup then starts again).
func (d *Dict) findStrOdd(key string) int {
	h := strHash(key)
	var k Object
	// match reports whether entry i holds key; again: __eq__ changed the
	// dict, the lookup starts over.
	match := func(i int) (found, again bool) {
		e := d.entries[i]
		if e.key == nil || e.hash != h {
			return false, false
		}
		if s, ok := e.key.(Str); ok {
			return string(s) == key, false
		}
		// Any other key (a str subclass's too: its __eq__ may be Python
		// code) is compared once, under the guard.
		if k == nil {
			k = Str(key)
		}
		eq, changed := d.eqAt(i, k)
		if changed {
			return false, true
		}
		return eq, false
	}
restart:
	if d.index == nil {
		for i := 0; i < len(d.entries); i++ {
			found, again := match(i)
			if again {
				goto restart
			}
			if found {
				return i
			}
		}
		return -1
	}
	ix := d.index.slots
	mask := uint64(len(ix) - 1)
	for p, perturb := h&mask, h; ; {
		slot := ix[p]
		if slot == 0 {
			return -1
		}
		found, again := match(int(slot - 1))
		if again {
			goto restart
		}
		if found {
			return int(slot - 1)
		}
		perturb >>= 5
		p = (p*5 + 1 + perturb) & mask
	}
}

// findStrH is findStr given the string's hash h (strHash(key)): callers
// that look the same name up again and again (attribute sites) keep it.
func (d *Dict) findStrH(key string, h uint64) int {
	if d.flags&dictOddKeys != 0 {
		return d.findStr(key)
	}
	if d.bloom&(1<<(h&63)) == 0 {
		return -1
	}
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if s, ok := e.key.(Str); ok && string(s) == key {
					return i
				}
			}
		}
		return -1
	}
	ix := d.index.slots
	mask := uint64(len(ix) - 1)
	for p, perturb := h&mask, h; ; {
		slot := ix[p]
		if slot == 0 {
			return -1
		}
		e := &d.entries[slot-1]
		if e.hash == h {
			if s, ok := e.key.(Str); ok && string(s) == key {
				return int(slot - 1)
			}
			if sub, ok := e.key.(*ValueSub); ok && strSubEq(sub, key) {
				return int(slot - 1)
			}
		}
		perturb >>= 5
		p = (p*5 + 1 + perturb) & mask
	}
}

// GetStrH is GetStr given the key's hash (see findStrH).
func (d *Dict) GetStrH(key string, h uint64) (Object, bool) {
	if d.live == 0 {
		return nil, false
	}
	i := d.findStrH(key, h)
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// SetStrH is SetStr given the key's hash (see findStrH).
func (d *Dict) SetStrH(key string, h uint64, value Object) {
	d.setStrH(key, h, value, d.flags&dictIdentKeys != 0)
}

// setStrH is SetStrH with a new key boxed from a chunk (boxKey) when
// ident is set.
func (d *Dict) setStrH(key string, h uint64, value Object, ident bool) {
	if d.flags&dictClassNS != 0 {
		d.classStore(key, value)
		return
	}
	if i := d.findStrH(key, h); i >= 0 {
		d.entries[i].value = value
		if d.flags&dictNoteWrites != 0 {
			d.noteWrite()
		}
		return
	}
	// One box for the key: Str(key) made before choosing allocated
	// for every identifier key too (~1,300 of them at start-up).
	var k Object
	if ident {
		k = boxKey(key)
	} else {
		k = Str(key)
	}
	d.insert(h, k, value)
}

// Len is len(d).
func (d *Dict) Len() int { return int(d.live) }

// Get looks key up; ok is false when it is absent.
func (d *Dict) Get(key Object) (Object, bool) {
	if s, ok := key.(Str); ok {
		return d.GetStr(string(s))
	}
	if d.live == 0 {
		Hash(key) // unhashable keys still raise TypeError
		return nil, false
	}
	i := d.find(Hash(key), key)
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// GetStr looks up a str key.
func (d *Dict) GetStr(key string) (Object, bool) {
	if d.live == 0 {
		return nil, false
	}
	i := d.findStr(key)
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// Set is d[key] = value.
func (d *Dict) Set(key, value Object) {
	if s, ok := key.(Str); ok {
		d.SetStr(string(s), value)
		return
	}
	d.setHashed(Hash(key), key, value)
}

// setHashed is d[key] = value for a key that is not a str, whose hash h
// is known (a merge from another dict's entry: CPython does not call the
// key's __hash__ again).
func (d *Dict) setHashed(h uint64, key, value Object) {
	if i := d.find(h, key); i >= 0 {
		d.entries[i].value = value
		if d.flags&dictNoteWrites != 0 {
			d.noteWrite()
		}
		return
	}
	d.insert(h, key, value)
}

// mergeFrom is d.update(o) for a dict o iterated as a dict (CPython's
// dict_merge fast path): its entries with their stored hashes, and
// RuntimeError when a key's __eq__ changes o's size meanwhile.
func (d *Dict) mergeFrom(o *Dict) {
	n := len(o.entries)
	for i := 0; i < n; i++ {
		e := o.entries[i]
		if e.key == nil {
			continue
		}
		if s, ok := e.key.(Str); ok {
			d.SetStr(string(s), e.value)
		} else {
			d.setHashed(e.hash, e.key, e.value)
		}
		if len(o.entries) != n {
			panic(NewError(RuntimeErrorType, "dict mutated during update"))
		}
	}
}

// SetStr is d[key] = value for a str key.
func (d *Dict) SetStr(key string, value Object) {
	if d.flags&dictClassNS != 0 {
		d.classStore(key, value)
		return
	}
	if d.index == nil && d.flags&dictIdentKeys == 0 {
		// A small dict: a scan finds the key without hashing it.
		if i := d.findStr(key); i >= 0 {
			d.entries[i].value = value
			if d.flags&dictNoteWrites != 0 {
				d.noteWrite()
			}
			return
		}
		d.insert(strHash(key), Str(key), value)
		return
	}
	// One hash for the lookup and the insertion; a namespace's bloom bits
	// turn most new names away without a scan.
	d.setStrH(key, strHash(key), value, d.flags&dictIdentKeys != 0)
}

func (d *Dict) insert(h uint64, key, value Object) {
	if cap(d.entries) == 0 {
		// Room for a few keys at once (an instance's attributes, a small
		// mapping) rather than growing through 1, 2 and 4.
		d.entries = make([]dictEntry, 0, 4)
	}
	d.entries = append(d.entries, dictEntry{h, key, value})
	d.bloom |= 1 << (h & 63)
	if _, ok := key.(Str); !ok {
		d.flags |= dictOddKeys
	}
	if d.index != nil {
		if 2*len(d.entries) > len(d.index.slots) {
			d.buildIndex()
		} else {
			d.indexEntry(h, len(d.entries)-1)
		}
	}
	d.live++
	d.version++
	if d.shape != nil {
		d.shapeAfterInsert(key)
	}
	if d.flags&dictNoteWrites != 0 {
		d.noteWrite()
	}
	if d.index == nil && len(d.entries) > smallDict {
		d.buildIndex()
	}
}

// buildIndex makes an index for the entries, with room to grow to twice
// as many.
func (d *Dict) buildIndex() {
	n := 16
	for n < 4*len(d.entries) {
		n *= 2
	}
	d.index = &dictIndex{make([]int32, n)}
	for i, e := range d.entries {
		if e.key != nil {
			d.indexEntry(e.hash, i)
		}
	}
}

// indexEntry puts entry i, of hash h, in the first free slot of its probe
// sequence.
func (d *Dict) indexEntry(h uint64, i int) {
	ix := d.index.slots
	mask := uint64(len(ix) - 1)
	p, perturb := h&mask, h
	for ix[p] != 0 {
		perturb >>= 5
		p = (p*5 + 1 + perturb) & mask
	}
	ix[p] = int32(i + 1)
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(key Object) bool {
	if s, ok := key.(Str); ok {
		return d.DeleteStr(string(s))
	}
	h := Hash(key)
	i := d.find(h, key)
	if i < 0 {
		return false
	}
	d.deleteAt(h, i)
	return true
}

// DeleteStr removes a str key, reporting whether it was present.
func (d *Dict) DeleteStr(key string) bool {
	i := d.findStr(key)
	if i < 0 {
		return false
	}
	d.deleteAt(d.entries[i].hash, i)
	return true
}

func (d *Dict) deleteAt(h uint64, i int) {
	// The index slot keeps pointing at the hole, which lookups skip.
	d.entries[i] = dictEntry{}
	d.live--
	d.version++
	d.shape = nil
	if d.flags&dictNoteWrites != 0 {
		d.noteWrite()
	}
	if d.flags&dictIterated != 0 {
		// Holes kept (an iteration's next entry is the one after them),
		// compacted only once they are many.
		if len(d.entries) > 16 && int(d.live) < len(d.entries)/2 {
			d.compact()
		}
	} else if d.live == 0 {
		d.entries = d.entries[:0]
		d.index = nil
	} else if d.index == nil && i == len(d.entries)-1 {
		// A small dict used as a stack (json's and repr's recursion
		// markers: insert, delete, insert...) reuses the room at its end
		// instead of growing; without an index no slot points at it.
		for i > 0 && d.entries[i-1].key == nil {
			i--
		}
		d.entries = d.entries[:i]
	} else if len(d.entries) > 16 && int(d.live) < len(d.entries)/2 {
		d.compact()
	}
}

func (d *Dict) compact() {
	// Room to grow, or the next insertion copies the entries again.
	entries := make([]dictEntry, 0, 2*d.live)
	for _, e := range d.entries {
		if e.key != nil {
			entries = append(entries, e)
		}
	}
	d.entries = entries
	d.index = nil
	if len(entries) > smallDict {
		d.buildIndex()
	}
}

// Clear removes every entry.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.live = 0
	d.bloom, d.flags = 0, d.flags&^dictOddKeys
	d.shape = nil
	d.version++
	if d.flags&dictNoteWrites != 0 {
		d.noteWrite()
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Object {
	out := make([]Object, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	return out
}

// Items calls f for each entry in insertion order until f returns false.
func (d *Dict) Items(f func(k, v Object) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDict()
	for _, e := range d.entries {
		if e.key != nil {
			n.insert(e.hash, e.key, e.value)
		}
	}
	return n
}

// strSubEq reports whether a dict key that is an instance of a str
// subclass equals the str key (through the subclass's __eq__).
func strSubEq(sub *ValueSub, key string) bool {
	if _, ok := sub.V.(Str); !ok {
		return false
	}
	return Eq(sub, Str(key))
}

// classStore is a class body's store into a namespace whose __setitem__
// is the mapping's own (dictClassNS). The override's own stores
// (super().__setitem__) reach the dict itself.
func (d *Dict) classStore(key string, value Object) {
	m := d.sub.cls.Lookup("__setitem__")
	d.flags &^= dictClassNS
	defer func() { d.flags |= dictClassNS }()
	Call(bindDescriptor(m, d, d.sub.cls), Str(key), value)
}
