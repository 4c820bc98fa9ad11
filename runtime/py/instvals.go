package py

// Values mode of instance attributes. A plain instance starts without a
// dict object: its attributes are a slice of values whose keys are those
// of a dict shape (dict_shape.go), as CPython 3.11 keeps an instance's
// values apart from its class's shared keys. Two attributes then cost 16
// bytes each, not a 40-byte dict entry plus a 72-byte dict: an instance
// with two attributes is 96 bytes rather than 176.
//
// The attribute caches read and write the values at the positions their
// shapes give, and generic getattr/setattr look names up in the shape.
// Anything else that wants the dict itself (__dict__, vars(), deleting an
// attribute, a shape that cannot grow, copy and pickle through
// InstanceDict) gets a real dict made from the values, which the instance
// keeps from then on: the dict keeps the shape, so the caches go on
// hitting it in dict mode.

// instValues is an instance's values-mode attributes: v[i] is the value of
// the key shape added at position i (len(v) == shape.n; never nil).
type instValues struct {
	shape *dictShape
	v     []Object
}

// hasDict reports whether the instance has a __dict__ (a dict object or
// values-mode attributes).
func (o *Instance) hasDict() bool { return o.dict != nil || o.vals != nil }

// materialize turns values-mode attributes into the instance's dict.
func (o *Instance) materialize() *Dict {
	iv := o.vals
	d := &Dict{}
	if n := len(iv.v); n > 0 {
		d.entries = make([]dictEntry, 0, max(n, 4))
		for i, s := range iv.shape.path() {
			d.insert(s.hash, s.keyObj, iv.v[i])
		}
	}
	d.shape = iv.shape
	o.dict, o.vals = d, nil
	return d
}

// valueOf is the value of attribute name in values mode.
func (iv *instValues) valueOf(name string) (Object, bool) {
	if i := iv.shape.indexOf(name); i >= 0 {
		return iv.v[i], true
	}
	return nil, false
}

// setValue stores o.name = v into the instance's own attributes, which
// are in values mode: in place, appended (the shape's child), or through
// the dict when the shape cannot grow.
func (o *Instance) setValue(name string, v Object) {
	iv := o.vals
	if i := iv.shape.indexOf(name); i >= 0 {
		iv.v[i] = v
		return
	}
	if next := iv.shape.child(name); next != nil {
		iv.appendValue(v, next)
		return
	}
	o.materialize().SetStr(name, v)
}

// appendValue adds the value of the key next adds to iv's shape.
// In place when there is room (newPlainInstance's, sized by
// Type.dictRoom): inlined, an __init__'s store costs no call.
func (iv *instValues) appendValue(v Object, next *dictShape) {
	n := len(iv.v)
	if n == cap(iv.v) {
		iv.grow()
	}
	iv.v = iv.v[:n+1]
	iv.v[n] = v
	iv.shape = next
}

func (iv *instValues) grow() {
	iv.v = append(make([]Object, 0, max(2*len(iv.v), 4)), iv.v...)
}

// valueAt is the value at position i of the instance's attributes, in
// whichever mode they are (a shape entry's idx).
func (o *Instance) valueAt(i int32) Object {
	if iv := o.vals; iv != nil {
		return iv.v[i]
	}
	return o.dict.entries[i].value
}

// setValueAt overwrites the value at position i (a shape entry's idx).
func (o *Instance) setValueAt(i int32, v Object) {
	if iv := o.vals; iv != nil {
		iv.v[i] = v
		return
	}
	o.dict.entries[i].value = v
}

// shadows reports whether the instance's own attributes hold name (which
// then wins over a method of its class), for the method site c.
func (o *Instance) shadows(name string, c *AttrCache) bool {
	if iv := o.vals; iv != nil {
		return iv.shape.indexOf(name) >= 0
	}
	d := o.dict
	return d != nil && d.live > 0 && d.findStrH(name, c.nameHash(name)) >= 0
}

// CopyAttrs gives o, which has no attributes yet, src's attributes, each
// through f (nil: as they are), in src's order, and reports whether it
// did: both must be in values mode (copy.copy and deepcopy then leave the
// original's attributes and the copy's in values mode, where making the
// dicts would have put both in dict mode for good). f runs before o
// changes; if o gained attributes meanwhile, the values are stored one by
// one as setattr would.
func (o *Instance) CopyAttrs(src *Instance, f func(Object) Object) bool {
	if o.vals == nil || len(o.vals.v) != 0 || src.vals == nil {
		return false
	}
	s := src.vals.shape
	vals := append([]Object(nil), src.vals.v...)
	if f != nil {
		for i, v := range vals {
			vals[i] = f(v)
		}
	}
	if iv := o.vals; iv != nil && len(iv.v) == 0 {
		iv.shape, iv.v = s, append(iv.v, vals...)
		return true
	}
	for i, k := range s.path() {
		SetAttr(o, k.key, vals[i])
	}
	return true
}
