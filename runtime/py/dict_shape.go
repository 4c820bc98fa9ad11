package py

// Shapes (hidden classes) of instance dicts. The dict of a plain instance
// starts at emptyShape; while every key it gets is an exact str appended
// at its end (no deletion, no other key), its shape is the node of a
// global tree reached by following those keys in order, so two dicts with
// one shape hold the same keys at the same positions. An attribute site
// caches (class, shape) -> position (inline_cache_shape.go): a hit is two
// pointer compares and an index, no key compare, and a method site knows
// from the shape alone that the instance does not shadow the method.
//
// Anything else a dict goes through (a deletion, a non-str key, clear())
// drops its shape for good (nil): the sites then take the ordinary lookup.
// Dicts other than instances' start without a shape.

type dictShape struct {
	// anc[i] is the shape that added key i (anc[n-1] is s itself; past
	// that, noShapeKey): a dict of shape s has key k at i when anc[i] is
	// a shape adding k, whatever keys follow (AttrHit). A fixed array, so
	// that the test needs no bounds check, held in place, so that it
	// takes no load of its own and no nil check. The first field: the
	// sites read anc[i] at a byte offset (AttrCache.vanc), which is 0,
	// anc[0], while a site knows no key, and anc[0] is never nil, so
	// such a site (vkey nil) misses.
	anc    [maxShapeKeys]*dictShape
	parent *dictShape
	key    string // the key this shape adds to its parent's
	n      int32  // how many keys: the key's entry is at n-1
	// keyObj and hash are key as a dict key and its hash, for the dict
	// made from values-mode attributes (instvals.go).
	keyObj Object
	hash   uint64
	// The first child, then the others by key.
	next *dictShape
	more map[string]*dictShape
}

// noShapeKey fills the ancestors past a shape's keys: no site's key.
var noShapeKey = &dictShape{}

func rootAncestors() (a [maxShapeKeys]*dictShape) {
	for i := range a {
		a[i] = noShapeKey
	}
	return a
}

var emptyShape = &dictShape{anc: rootAncestors()}

// noDictShape stands for an instance without a __dict__ (__slots__) in
// the site caches: nothing can shadow a class attribute there.
var noDictShape = &dictShape{n: -1, anc: rootAncestors()}

// Bounds on the shape tree, which only grows: a dict deeper than
// maxShapeKeys, or a node with more than maxShapeFanout children
// (attribute names made on the fly), goes on without a shape.
const (
	maxShapeKeys   = 64
	maxShapeFanout = 64
)

// child is the shape of a dict of shape s after key is appended (nil:
// none, the dict goes shapeless).
func (s *dictShape) child(key string) *dictShape {
	if c := s.next; c != nil {
		if c.key == key {
			return c
		}
		if c := s.more[key]; c != nil {
			return c
		}
		if len(s.more) >= maxShapeFanout || s.n >= maxShapeKeys {
			return nil
		}
		c = s.newChild(key)
		if s.more == nil {
			s.more = map[string]*dictShape{}
		}
		s.more[key] = c
		return c
	}
	if s.n >= maxShapeKeys {
		return nil
	}
	c := s.newChild(key)
	s.next = c
	return c
}

func (s *dictShape) newChild(key string) *dictShape {
	c := &dictShape{parent: s, key: key, n: s.n + 1, keyObj: Str(key), hash: strHash(key), anc: s.anc}
	c.anc[s.n] = c
	return c
}

// indexOf is the position of key in dicts of shape s, -1 if they lack it.
func (s *dictShape) indexOf(key string) int32 {
	for ; s != nil && s.n > 0; s = s.parent {
		if s.key == key {
			return s.n - 1
		}
	}
	return -1
}

// path is the shapes that added s's keys, in key order (path()[i] added
// key i).
func (s *dictShape) path() []*dictShape {
	p := make([]*dictShape, s.n)
	for ; s.n > 0; s = s.parent {
		p[s.n-1] = s
	}
	return p
}

// shapeAfterInsert moves d's shape past a newly appended key.
func (d *Dict) shapeAfterInsert(key Object) {
	if k, ok := key.(Str); ok && int(d.shape.n) == len(d.entries)-1 {
		d.shape = d.shape.child(string(k))
		return
	}
	d.shape = nil
}

// instShape is the shape key of an instance for the site caches.
func instShape(inst *Instance) *dictShape {
	if iv := inst.vals; iv != nil {
		return iv.shape
	}
	if d := inst.dict; d != nil {
		return d.shape
	}
	return noDictShape
}
