package py

import "unsafe"

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

// instValues is an instance's values-mode attributes: the header of a
// block whose room values follow it in the same allocation (value i is
// that of the key shape added at position i; n == shape.n). No slice
// header: an instance with two attributes is 80 bytes (a size class of
// 96 with one), and a hit reads a value at a fixed offset from the header
// (valueOffset) without loading a slice's data pointer first.
type instValues struct {
	shape   *dictShape
	n, room int32
}

// ivHeader is the size of instValues: the values start there.
const ivHeader = unsafe.Sizeof(instValues{})

// ivBlock is an instValues with room for N values (the layout of every
// block: newPlainInstance's and grown ones).
type ivBlock[N any] struct {
	iv instValues
	v  N
}

// vs is the values (len n, cap room).
func (iv *instValues) vs() []Object {
	return unsafe.Slice((*Object)(unsafe.Add(unsafe.Pointer(iv), ivHeader)), iv.room)[:iv.n]
}

// hasDict reports whether the instance has a __dict__ (a dict object or
// values-mode attributes).
func (o *Instance) hasDict() bool { return o.dict != nil || o.vals != nil }

// materialize turns values-mode attributes into the instance's dict.
func (o *Instance) materialize() *Dict {
	iv := o.vals
	d := &Dict{}
	if n := int(iv.n); n > 0 {
		vs := iv.vs()
		d.entries = make([]dictEntry, 0, max(n, 4))
		for i, s := range iv.shape.path() {
			d.insert(s.hash, s.keyObj, vs[i])
		}
	}
	d.shape = iv.shape
	o.dict, o.vals = d, nil
	return d
}

// valueOf is the value of attribute name in values mode.
func (iv *instValues) valueOf(name string) (Object, bool) {
	if i := iv.shape.indexOf(name); i >= 0 {
		return iv.vs()[i], true
	}
	return nil, false
}

// setValue stores o.name = v into the instance's own attributes, which
// are in values mode: in place, appended (the shape's child), or through
// the dict when the shape cannot grow.
func (o *Instance) setValue(name string, v Object) {
	iv := o.vals
	if i := iv.shape.indexOf(name); i >= 0 {
		iv.vs()[i] = v
		return
	}
	if next := iv.shape.child(name); next != nil {
		o.appendValue(v, next)
		return
	}
	o.materialize().SetStr(name, v)
}

// appendValue adds the value of the key next adds to o's values-mode
// attributes. In place when there is room (newPlainInstance's, sized by
// Type.dictRoom), else in a bigger block.
func (o *Instance) appendValue(v Object, next *dictShape) {
	iv := o.vals
	if iv.n == iv.room {
		iv = newValues(iv.n+1, iv.vs())
		o.vals = iv
	}
	*(*Object)(unsafe.Add(unsafe.Pointer(iv), valueOffset(iv.n))) = v
	iv.n++
	iv.shape = next
}

// newValues is a block with room for at least n values (at most
// maxShapeKeys, as many as a shape has keys) holding a copy of vs, its
// shape unset.
func newValues(n int32, vs []Object) *instValues {
	var iv *instValues
	var room int32
	switch {
	case n <= 4:
		iv, room = &new(ivBlock[[4]Object]).iv, 4
	case n <= 8:
		iv, room = &new(ivBlock[[8]Object]).iv, 8
	case n <= 16:
		iv, room = &new(ivBlock[[16]Object]).iv, 16
	case n <= 32:
		iv, room = &new(ivBlock[[32]Object]).iv, 32
	default:
		iv, room = &new(ivBlock[[maxShapeKeys]Object]).iv, maxShapeKeys
	}
	iv.room, iv.n = room, int32(len(vs))
	copy(iv.vs(), vs)
	return iv
}

// valueAt is the value at position i of the instance's attributes, in
// whichever mode they are (a shape entry's idx).
func (o *Instance) valueAt(i int32) Object {
	if iv := o.vals; iv != nil {
		return iv.vs()[i]
	}
	return o.dict.entries[i].value
}

// setValueAt overwrites the value at position i (a shape entry's idx).
func (o *Instance) setValueAt(i int32, v Object) {
	if iv := o.vals; iv != nil {
		iv.vs()[i] = v
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
	if o.vals == nil || o.vals.n != 0 || src.vals == nil {
		return false
	}
	s := src.vals.shape
	vals := append([]Object(nil), src.vals.vs()...)
	if f != nil {
		for i, v := range vals {
			vals[i] = f(v)
		}
	}
	if iv := o.vals; iv != nil && iv.n == 0 {
		if int(iv.room) < len(vals) {
			iv = newValues(int32(len(vals)), nil)
			o.vals = iv
		}
		iv.n = int32(copy(iv.vs()[:len(vals)], vals))
		iv.shape = s
		return true
	}
	for i, k := range s.path() {
		SetAttr(o, k.key, vals[i])
	}
	return true
}
