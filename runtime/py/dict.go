package py

import "hash/maphash"

// Dict is Python's insertion-ordered dict.
//
// Entries live in a slice in insertion order; an index maps each key's hash
// to the positions of the entries with that hash. Deleting leaves a hole
// (key == nil) that compaction removes once holes outnumber live entries.
type Dict struct {
	entries []dictEntry
	index   map[uint64][]int32
	live    int
	// version changes on every insertion or deletion, so iterators can
	// raise "dictionary changed size during iteration".
	version uint64
	// typeDict marks the dict of a class: changing it invalidates the
	// type lookup caches (see Type.Lookup).
	typeDict bool
	// cls and attrs are set for instances of dict subclasses
	// (defaultdict, Counter, OrderedDict, user classes).
	cls   *Type
	attrs *Dict
}

type dictEntry struct {
	hash  uint64
	key   Object // nil marks a deleted entry
	value Object
}

var DictType = newBuiltinType("dict", ObjectType)

func (d *Dict) Type() *Type {
	if d.cls != nil {
		return d.cls
	}
	return DictType
}

// InstanceDict is the __dict__ of a dict subclass instance (nil for dicts).
func (d *Dict) InstanceDict() *Dict { return d.attrs }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// smallDict is the size up to which lookups scan the entries instead of
// using the hash index: for the attribute and keyword dicts that dominate
// Python programs, comparing a few strings beats hashing.
const smallDict = 8

var strSeed = maphash.MakeSeed()

func strHash(s string) uint64 { return maphash.String(strSeed, s) }

func (d *Dict) find(h uint64, key Object) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key != nil && e.hash == h && (sameObj(e.key, key) || Eq(e.key, key)) {
				return i
			}
		}
		return -1
	}
	for _, i := range d.index[h] {
		e := &d.entries[i]
		if e.key != nil && (sameObj(e.key, key) || Eq(e.key, key)) {
			return int(i)
		}
	}
	return -1
}

// findStr finds a str key; h is computed only when the index is needed.
func (d *Dict) findStr(key string) int {
	if d.index == nil {
		for i := range d.entries {
			if s, ok := d.entries[i].key.(Str); ok && string(s) == key {
				return i
			}
		}
		return -1
	}
	for _, i := range d.index[strHash(key)] {
		e := &d.entries[i]
		if s, ok := e.key.(Str); ok && string(s) == key {
			return int(i)
		}
	}
	return -1
}

// Len is len(d).
func (d *Dict) Len() int { return d.live }

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
	h := Hash(key)
	if i := d.find(h, key); i >= 0 {
		d.entries[i].value = value
		if d.typeDict {
			typeEpoch++
		}
		return
	}
	d.insert(h, key, value)
}

// SetStr is d[key] = value for a str key.
func (d *Dict) SetStr(key string, value Object) {
	if i := d.findStr(key); i >= 0 {
		d.entries[i].value = value
		if d.typeDict {
			typeEpoch++
		}
		return
	}
	d.insert(strHash(key), Str(key), value)
}

func (d *Dict) insert(h uint64, key, value Object) {
	if d.index != nil {
		d.index[h] = append(d.index[h], int32(len(d.entries)))
	}
	d.entries = append(d.entries, dictEntry{h, key, value})
	d.live++
	d.version++
	if d.typeDict {
		typeEpoch++
	}
	if d.index == nil && len(d.entries) > smallDict {
		d.buildIndex()
	}
}

func (d *Dict) buildIndex() {
	d.index = make(map[uint64][]int32, len(d.entries))
	for i, e := range d.entries {
		if e.key != nil {
			d.index[e.hash] = append(d.index[e.hash], int32(i))
		}
	}
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
	if d.index != nil {
		pos := d.index[h]
		for j, p := range pos {
			if int(p) == i {
				pos = append(pos[:j], pos[j+1:]...)
				break
			}
		}
		if len(pos) == 0 {
			delete(d.index, h)
		} else {
			d.index[h] = pos
		}
	}
	d.entries[i] = dictEntry{}
	d.live--
	d.version++
	if d.typeDict {
		typeEpoch++
	}
	if d.live == 0 {
		d.entries = d.entries[:0]
		d.index = nil
	} else if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

func (d *Dict) compact() {
	entries := make([]dictEntry, 0, d.live)
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
	d.version++
	if d.typeDict {
		typeEpoch++
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
	d.Items(func(k, v Object) bool { n.insert(Hash(k), k, v); return true })
	return n
}

// entryAt returns the i-th slot (for iterators); ok is false past the end.
func (d *Dict) entryAt(i int) (dictEntry, bool) {
	if i >= len(d.entries) {
		return dictEntry{}, false
	}
	return d.entries[i], true
}
