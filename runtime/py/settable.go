package py

// The set's hash table, a transcription of CPython 3.11's setobject.c, so
// that iterating over a set (of ints, tuples, ...) yields CPython's order.

type setEntry struct {
	key  Object // nil: unused; setDummy: deleted
	hash int64  // setDummyHash for setDummy; never -1 for a key (cpyHash)
}

// live reports whether e holds a key. A deleted slot is told by its hash:
// == on two Objects of the same dynamic type is a call to runtime.ifaceeq.
func (e *setEntry) live() bool { return e.key != nil && e.hash != setDummyHash }

type setDummyType struct{}

func (setDummyType) Type() *Type { return ObjectType }

var setDummy Object = &setDummyType{}

const (
	setMinSize     = 8
	linearProbes   = 9
	perturbShift   = 5
	setDummyHash   = -1
	setUnusedValue = 0
)

// cpyHash is the hash CPython would use for o.
func cpyHash(o Object) int64 {
	switch v := o.(type) {
	case Int:
		// A non-negative int below the modulus is its own hash.
		if uint64(v) < hashModulus {
			return int64(v)
		}
		return hashInt(int64(v))
	case Bool:
		if v {
			return 1
		}
		return 0
	case Float:
		return hashFloat(float64(v))
	case *BigInt, *Tuple:
		return int64(PyHash(o).(Int))
	case Complex:
		return complexHash(v)
	}
	h := int64(Hash(o))
	if h == -1 {
		h = -2
	}
	return h
}

// setRoom is a new set with its first table (setMinSize entries, which
// CPython keeps inside the set object as its smalltable) in the same
// allocation: a set of up to four items costs one allocation, not two.
type setRoom struct {
	s Set
	a [setMinSize]setEntry
}

// newSetRoom is an empty set (frozen or not) with its table in place.
func newSetRoom(frozen bool) *Set {
	x := &setRoom{}
	x.s.Frozen = frozen
	x.s.table = x.a[:]
	return &x.s
}

func (s *Set) init() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
}

func (s *Set) mask() int { return len(s.table) - 1 }

func (s *Set) insertClean(table []setEntry, key Object, hash int64) {
	mask := len(table) - 1
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+linearProbes <= mask {
			for j := 1; j <= linearProbes; j++ {
				if table[i+j].key == nil {
					table[i+j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	if s.counting {
		s.table = takeCountTable(newsize)
	} else {
		s.table = make([]setEntry, newsize)
	}
	s.fill = s.used
	for _, e := range old {
		if e.live() {
			s.insertClean(s.table, e.key, e.hash)
		}
	}
	if s.counting {
		keepCountTable(old)
	}
}

func (s *Set) addEntry(key Object, hash int64) {
	s.init()
	ki, isInt := key.(Int) // found by value, as in lookup
	for {
		mask := s.mask()
		i := int(uint64(hash) & uint64(mask))
		perturb := uint64(hash)
		freeslot := -1
		for {
			// The slots probed from i: ranging over them as a slice
			// checks the table's bounds once, not at every slot.
			seg := s.table[i : i+1]
			if i+linearProbes <= mask {
				seg = s.table[i : i+linearProbes+1]
			}
			for k := range seg {
				e := &seg[k]
				if e.key == nil {
					// The last deleted slot the probes passed, if any,
					// takes the key (set_add_entry's freeslot).
					if freeslot >= 0 {
						s.used++
						s.table[freeslot] = setEntry{key, hash}
						return
					}
					s.fill++
					s.used++
					*e = setEntry{key, hash}
					if s.fill*5 < mask*3 {
						return
					}
					if s.used > 50000 {
						s.resize(s.used * 2)
					} else {
						s.resize(s.used * 4)
					}
					return
				}
				if e.hash == hash {
					if isInt {
						if ek, ok := e.key.(Int); ok && ek == ki {
							return
						}
					}
					if sameObj(e.key, key) {
						return
					}
					// __eq__ may change the set: start again on its new
					// table, as set_add_entry does.
					table, startkey := s.table, e.key
					eq := Eq(startkey, key)
					if s.mutatedSince(table, i+k, startkey) {
						s.init()
						goto restart
					}
					if eq {
						return
					}
				} else if e.hash == setDummyHash {
					freeslot = i + k
				}
			}
			perturb >>= perturbShift
			i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
		}
	restart:
	}
}

// mutatedSince reports whether the set's table is no longer table or slot j
// no longer holds startkey (a comparison's __eq__ changed the set).
func (s *Set) mutatedSince(table []setEntry, j int, startkey Object) bool {
	return len(s.table) != len(table) || len(table) == 0 || &s.table[0] != &table[0] || s.table[j].key != startkey
}

// lookup returns the slot holding key, or -1.
func (s *Set) lookup(key Object, hash int64) int {
	if s.table == nil || s.used == 0 {
		return -1
	}
	mask := s.mask()
	i := int(uint64(hash) & uint64(mask))
	perturb := uint64(hash)
	// An int key is found by its value without comparing interfaces
	// (runtime.ifaceeq, a fifth of a loop of set.add and `in`).
	ki, isInt := key.(Int)
	for {
		seg := s.table[i : i+1]
		if i+linearProbes <= mask {
			seg = s.table[i : i+linearProbes+1]
		}
		for k := range seg {
			e := &seg[k]
			if e.key == nil {
				return -1
			}
			// A deleted slot's hash (-1) is no key's.
			if e.hash == hash {
				if isInt {
					if ek, ok := e.key.(Int); ok && ek == ki {
						return i + k
					}
				}
				if sameObj(e.key, key) {
					return i + k
				}
				table, startkey := s.table, e.key
				eq := Eq(startkey, key)
				if s.mutatedSince(table, i+k, startkey) {
					return s.lookup(key, hash) // set_lookkey's restart
				}
				if eq {
					return i + k
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set) discardEntry(key Object, hash int64) bool {
	j := s.lookup(key, hash)
	if j < 0 {
		return false
	}
	s.table[j] = setEntry{setDummy, setDummyHash}
	s.used--
	return true
}

func (s *Set) clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.finger = 0, 0, 0
}

// merge is set_merge: add every element of other (a set).
func (s *Set) merge(o *Set) {
	if o == s || o.used == 0 {
		return
	}
	s.init()
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && s.mask() == o.mask() && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.live() {
				s.insertClean(s.table, e.key, e.hash)
			}
		}
		return
	}
	for _, e := range o.table {
		if e.live() {
			s.addEntry(e.key, e.hash)
		}
	}
}

// update is set_update_internal.
func (s *Set) update(other Object) {
	switch o := other.(type) {
	case *Set:
		s.merge(o)
		return
	case *Dict:
		if o.sub == nil {
			s.init()
			n := o.Len()
			if (s.fill+n)*5 >= s.mask()*3 {
				s.resize((s.used + n) * 2)
			}
			for _, e := range o.entries {
				if e.key == nil {
					continue
				}
				// An instance key's hash is its __hash__'s, which the
				// dict kept: CPython does not call it again.
				h := int64(0)
				if _, ok := e.key.(*Instance); ok {
					if h = int64(e.hash); h == -1 {
						h = -2
					}
				} else {
					h = cpyHash(e.key)
				}
				s.addEntry(e.key, h)
			}
			return
		}
	}
	it := GetIter(other)
	for {
		v, ok := Next(it)
		if !ok {
			return
		}
		s.Add(v)
	}
}

// entries calls f for each element in table order.
func (s *Set) each(f func(key Object, hash int64) bool) {
	for _, e := range s.table {
		if e.live() {
			if !f(e.key, e.hash) {
				return
			}
		}
	}
}

func (s *Set) copySet() *Set {
	out := newSetRoom(s.Frozen)
	out.merge(s)
	return out
}

// popElem is set.pop().
func (s *Set) popElem() (Object, bool) {
	if s.used == 0 {
		return nil, false
	}
	i := s.finger & s.mask()
	for !s.table[i].live() {
		i++
		if i > s.mask() {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{setDummy, setDummyHash}
	s.used--
	s.finger = i + 1
	return k, true
}

func setUnion(a *Set, other Object) *Set {
	r := a.copySet()
	r.update(other)
	return r
}

func setIntersection(a *Set, other Object) *Set {
	res := newSetRoom(a.Frozen)
	if o, ok := other.(*Set); ok {
		so, ot := a, o
		if ot.Len() > so.Len() {
			so, ot = ot, so
		}
		ot.each(func(k Object, h int64) bool {
			if so.lookup(k, h) >= 0 {
				res.addEntry(k, h)
			}
			return true
		})
		return res
	}
	it := GetIter(other)
	for {
		k, ok := Next(it)
		if !ok {
			return res
		}
		h := cpyHash(k)
		if a.lookup(k, h) >= 0 {
			res.addEntry(k, h)
		}
	}
}

func (s *Set) differenceUpdate(other Object) {
	if o, ok := other.(*Set); ok && o == s {
		s.clear()
		return
	}
	if o, ok := other.(*Set); ok {
		o.each(func(k Object, h int64) bool { s.discardEntry(k, h); return true })
	} else {
		it := GetIter(other)
		for {
			k, ok := Next(it)
			if !ok {
				break
			}
			s.discardEntry(k, cpyHash(k))
		}
	}
	if s.table != nil && s.fill-s.used > s.mask()/4 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
}

func setDifference(a *Set, other Object) *Set {
	var otherSize int
	switch o := other.(type) {
	case *Set:
		otherSize = o.Len()
	case *Dict:
		otherSize = o.Len()
	default:
		r := a.copySet()
		r.differenceUpdate(other)
		return r
	}
	if a.Len()>>2 > otherSize {
		r := a.copySet()
		r.differenceUpdate(other)
		return r
	}
	res := newSetRoom(a.Frozen)
	a.each(func(k Object, h int64) bool {
		var in bool
		switch o := other.(type) {
		case *Set:
			in = o.lookup(k, h) >= 0
		case *Dict:
			_, in = o.Get(k)
		}
		if !in {
			res.addEntry(k, h)
		}
		return true
	})
	return res
}

func (s *Set) symmetricDifferenceUpdate(other Object) {
	o, ok := other.(*Set)
	if !ok {
		o = newSetRoom(false)
		o.update(other)
	}
	if o == s {
		s.clear()
		return
	}
	o.each(func(k Object, h int64) bool {
		if !s.discardEntry(k, h) {
			s.addEntry(k, h)
		}
		return true
	})
}

func setSymmetricDifference(a *Set, other Object) *Set {
	r := newSetRoom(a.Frozen)
	r.update(other)
	r.symmetricDifferenceUpdate(a)
	return r
}

// NewSetFromConstants builds a set display whose elements are all
// constants and more than two, as CPython 3.11 compiles it: a frozenset
// constant (built element by element) merged into a new empty set. The
// iteration order differs from adding the elements one by one, so the
// translator must use this for such displays (e.g. {1, 2, 3}).
func NewSetFromConstants(items ...Object) *Set {
	if len(items) <= 2 {
		return NewSet(items...)
	}
	f := constantFrozenSet(items)
	s := newSetRoom(false)
	s.merge(f)
	return s
}

// NewFrozenSetConstant is the frozenset constant CPython makes for
// `x in {1, 2, 3}`.
func NewFrozenSetConstant(items ...Object) *Set {
	return constantFrozenSet(items)
}

// constantFrozenSet is the frozenset constant as the compiler leaves it:
// built from the items, then rebuilt from its own iteration order when
// the compiler merges constants.
func constantFrozenSet(items []Object) *Set {
	f := NewSet(NewSet(items...).Elems()...)
	f.Frozen = true
	return f
}

// frozensetHash is hash(s) for a frozenset, CPython's value: the xor of
// every element's hash with its bits shuffled (order-free), the size
// folded in, then dispersed (so nested frozensets spread). It is computed
// once and kept in finger, which only a mutable set's pop uses (0: not
// yet computed; a hash of 0 is computed again).
func frozensetHash(s *Set) int64 {
	if s.finger != 0 {
		return int64(s.finger)
	}
	var h uint64
	for i := range s.table {
		if e := &s.table[i]; e.live() {
			x := uint64(elemHash(e))
			h ^= (x ^ 89869747 ^ x<<16) * 3644798167
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= h>>11 ^ h>>25
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713 // -1 is reserved
	}
	s.finger = int(h)
	return int64(h)
}

// elemHash is hash(e.key) as Python shows it: the stored hash where
// cpyHash is that value, else PyHash's (objects hashed by identity).
func elemHash(e *setEntry) int64 {
	switch e.key.(type) {
	case Int, Bool, Float, Str, *BigInt, *Tuple, Complex:
		return e.hash
	}
	return int64(PyHash(e.key).(Int))
}
