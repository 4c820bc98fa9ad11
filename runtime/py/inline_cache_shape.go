package py

// Shape entries of the attribute site caches. Besides what a site knows
// about a class (AttrCache.t/attr/kind, valid for one type epoch), it keeps
// up to shapeEntries (class, instance dict shape) pairs it has seen, each
// with what the attribute is for instances of that class with a dict of
// that shape (dict_shape.go): the value at a fixed position of the dict, or
// (the shape lacks the name) the class attribute. A hit compares two
// pointers, whatever number of classes the site sees up to shapeEntries;
// a miss, a dict without a shape, or anything but a plain attribute
// (data descriptors, __getattribute__, __slots__, ...) takes the full path.
// The entries are dropped when the type epoch moves, as the class-level
// entry is.

const shapeEntries = 4

type shapeEntry struct {
	t     *Type
	shape *dictShape
	// idx: the attribute's position in such dicts; -1: not there, attr
	// (nil: none) is the class's, fn the same when it is a function.
	idx int32
	// slot: 1 + the index of the __slots__ value that is the attribute
	// (the class's own slot descriptor, AttrCache.slot), 0: none.
	slot int32
	attr Object
	fn   *Function
}

type shapeCache struct {
	e     [shapeEntries]shapeEntry
	n     uint8
	next  uint8
	epoch uint64
}

// add records what name is for instances of t whose dict has shape s
// (noDictShape: no dict), given the class attribute attr of t in this
// epoch, for a plain attribute.
func (sc *shapeCache) add(t *Type, s *dictShape, name string, attr Object) {
	e := shapeEntry{t: t, shape: s, idx: s.indexOf(name), attr: attr}
	if e.idx < 0 {
		e.fn, _ = attr.(*Function)
	}
	sc.put(e)
}

// addSlot records that the attribute is __slots__ value slot-1 of
// instances of t.
func (sc *shapeCache) addSlot(t *Type, s *dictShape, slot int32) {
	sc.put(shapeEntry{t: t, shape: s, idx: -1, slot: slot})
}

func (sc *shapeCache) put(e shapeEntry) {
	if sc.epoch != typeEpoch {
		sc.n, sc.next, sc.epoch = 0, 0, typeEpoch
	}
	if int(sc.n) < shapeEntries {
		sc.e[sc.n] = e
		sc.n++
		return
	}
	sc.e[sc.next] = e
	sc.next = (sc.next + 1) % shapeEntries
}

// find is the entry for t and s, if the cache has one in this epoch.
func (sc *shapeCache) find(t *Type, s *dictShape) *shapeEntry {
	if sc.epoch != typeEpoch {
		return nil
	}
	for i, n := 0, int(sc.n); i < n; i++ {
		if e := &sc.e[i&(shapeEntries-1)]; e.t == t && e.shape == s {
			return e
		}
	}
	return nil
}

// A store site's entries: for instances of t whose dict has shape s, the
// position to overwrite (next == nil), or (the shape lacks the name) that
// the value is appended, the dict going to shape next.
type setShapeEntry struct {
	t           *Type
	shape, next *dictShape
	idx         int32
	// slot: 1 + the index of the __slots__ value to set (0: none).
	slot int32
}

type setShapeCache struct {
	e     [shapeEntries]setShapeEntry
	n     uint8
	next  uint8
	epoch uint64
}

func (sc *setShapeCache) add(e setShapeEntry) {
	if sc.epoch != typeEpoch {
		sc.n, sc.next, sc.epoch = 0, 0, typeEpoch
	}
	if int(sc.n) < shapeEntries {
		sc.e[sc.n] = e
		sc.n++
		return
	}
	sc.e[sc.next] = e
	sc.next = (sc.next + 1) % shapeEntries
}

// setShaped stores v through the site's shape entries; false: no entry.
func (sc *setShapeCache) setShaped(inst *Instance, h uint64, key, v Object) bool {
	if sc.epoch != typeEpoch {
		return false
	}
	s, t := instShape(inst), inst.cls
	for i, n := 0, int(sc.n); i < n; i++ {
		e := &sc.e[i&(shapeEntries-1)]
		if e.t != t || e.shape != s {
			continue
		}
		if e.slot > 0 {
			sv := inst.slotVals()
			if int(e.slot) > len(sv) {
				return false
			}
			sv[e.slot-1] = v
			return true
		}
		if e.next == nil {
			inst.setValueAt(e.idx, v)
			return true
		}
		if inst.vals != nil {
			inst.appendValue(v, e.next)
			return true
		}
		inst.dict.appendShaped(h, key, v, e.next)
		return true
	}
	return false
}

// appendShaped inserts a str key that d (of a shape) lacks, its shape
// going to next (that shape's child for the key).
func (d *Dict) appendShaped(h uint64, key, value Object, next *dictShape) {
	if d.index != nil || len(d.entries) >= smallDict {
		d.insert(h, key, value)
		return
	}
	if cap(d.entries) == 0 {
		d.entries = make([]dictEntry, 0, 4)
	}
	d.entries = append(d.entries, dictEntry{h, key, value})
	d.bloom |= 1 << (h & 63)
	d.live++
	d.version++
	d.shape = next
}
