package py

// A site that sees instances of several classes (a method called on the
// elements of a list of Task subclasses) would redo its class lookups on
// every change of class: the entries for the last few classes are kept
// beside the site's primary entry, each valid for the type epoch it was
// made in, as the primary entry is.

const polyEntries = 4

type attrPolyEntry struct {
	t     *Type
	epoch uint64
	attr  Object
	kind  attrKind
	slot  int32
}

type attrPoly struct {
	e    [polyEntries]attrPolyEntry
	next int
}

// fromPoly makes t's remembered entry the primary one, if there is one made
// in the current epoch.
func (c *AttrCache) fromPoly(t *Type) bool {
	p := c.poly
	if p == nil {
		if c.t != nil && c.t != t && c.goType == nil {
			// The second class this site sees: from now on remember them.
			c.poly = &attrPoly{}
		}
		return false
	}
	for i := range p.e {
		if e := &p.e[i]; e.t == t && e.epoch == typeEpoch {
			c.t, c.epoch, c.goType, c.hitType, c.attr, c.kind, c.slot = t, typeEpoch, nil, nil, e.attr, e.kind, e.slot
			return true
		}
	}
	return false
}

// savePoly remembers the primary entry just computed by refresh.
func (c *AttrCache) savePoly() {
	p := c.poly
	if p == nil {
		return
	}
	p.e[p.next] = attrPolyEntry{t: c.t, epoch: c.epoch, attr: c.attr, kind: c.kind, slot: c.slot}
	p.next = (p.next + 1) % polyEntries
}
