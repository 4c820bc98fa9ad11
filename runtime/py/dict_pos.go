package py

import "unsafe"

// Position hints for attribute sites. Instances of one class mostly get
// their attributes in the same order (their __init__ assigns them), so the
// entry of self.x sits at the same position of every instance's __dict__:
// a site remembers where it last found its name, and a lookup first looks
// there. The hint is only a guess, checked against the entry's key, so
// any dict (another order, deletions, compaction, a replaced __dict__)
// stays exact: a wrong guess falls back to the ordinary lookup.

// strAtPos is the value of the entry at position p when that entry's key
// is the str key.
func (d *Dict) strAtPos(p int32, key string) (Object, bool) {
	if uint(p) < uint(len(d.entries)) {
		e := &d.entries[p]
		// Attribute names are mostly the same Go string (the linker
		// shares equal literals): the data pointers compare first.
		if s, ok := e.key.(Str); ok && len(s) == len(key) &&
			(unsafe.StringData(string(s)) == unsafe.StringData(key) || string(s) == key) {
			return e.value, true
		}
	}
	return nil, false
}

// getStrHPos is GetStrH with a position hint, updated when the key is
// found elsewhere.
func (d *Dict) getStrHPos(key string, h uint64, pos *int32) (Object, bool) {
	if v, ok := d.strAtPos(*pos, key); ok {
		return v, true
	}
	if d.live == 0 {
		return nil, false
	}
	i := d.findStrH(key, h)
	if i < 0 {
		return nil, false
	}
	*pos = int32(i)
	return d.entries[i].value, true
}

// setStrHPos is SetStrH with a position hint, updated to where the key
// is stored.
// kobj is Str(key) as an object (made once per site: an inserted key is
// not boxed again).
func (d *Dict) setStrHPos(key string, kobj Object, h uint64, value Object, pos *int32) {
	if d.flags&(dictClassNS|dictNoteWrites) != 0 {
		d.SetStrH(key, h, value)
		return
	}
	if p := *pos; uint(p) < uint(len(d.entries)) {
		e := &d.entries[p]
		if s, ok := e.key.(Str); ok && len(s) == len(key) &&
			(unsafe.StringData(string(s)) == unsafe.StringData(key) || string(s) == key) {
			e.value = value
			return
		}
	}
	if i := d.findStrH(key, h); i >= 0 {
		d.entries[i].value = value
		*pos = int32(i)
		return
	}
	d.insert(h, kobj, value)
	*pos = int32(len(d.entries) - 1)
}
