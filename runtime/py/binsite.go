package py

// Binary operator sites. In a module some class of which defines a
// binary operator's method (__sub__), a generic `a - b` is
//
//	py.SubAt(a, b, &bsN)
//
// The site (BinSite) remembers the class whose method it last called and
// that method's two-argument entry, as the class's dunderCache had it; an
// instance of that class on the left, with an instance of the same class,
// an int or a float on the right (no reflected method goes first), has
// the method called at once, without Sub's type tests and instBinaryOp's
// cache lookups. The entry holds for one type epoch: a move of the epoch
// empties every set site (bumpTypeEpoch), so the test compares the class
// alone. A NotImplemented from the method goes on as instBinaryOp goes on;
// another instance on the left is instBinaryOp, after which the site
// notes its class. Two floats are tested next (the operation's own floats,
// `self.x - o.x` in the method itself), then the plain operation.

// BinSite is a binary operator site's entry.
type BinSite struct {
	cls *Type
	fn  func(a, b Object) Object
	reg bool // listed in binSites
}

// binSites lists the sites whose entry is set, for the move of the type
// epoch to empty them.
var binSites []*BinSite

func clearBinSites() {
	for i, s := range binSites {
		s.cls, s.fn, s.reg = nil, nil, false
		binSites[i] = nil
	}
	binSites = binSites[:0]
}

// inst is a op b at site s for an instance a: the site's method when a's
// class is the site's and b lets it go first, else the miss.
func (s *BinSite) inst(op BinOp, x *Instance, b Object) Object {
	if t := x.cls; t == s.cls && binRightOK(t, b) {
		enterFrame()
		r := s.fn(x, b)
		depthLeft++
		if r != NotImplemented {
			return r
		}
		return instDeclined(op, x, t, b, false)
	}
	return s.miss(op, x, b)
}

// AddAt is a + b at site s.
func AddAt(a, b Object, s *BinSite) Object {
	if x, ok := a.(*Instance); ok {
		// inst's hit, in line: one call fewer.
		if t := x.cls; t == s.cls && binRightOK(t, b) {
			enterFrame()
			r := s.fn(x, b)
			depthLeft++
			if r != NotImplemented {
				return r
			}
			return instDeclined(OpAdd, x, t, b, false)
		}
		return s.miss(OpAdd, x, b)
	}
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) + float64(y))
		}
	}
	return Add(a, b)
}

// SubAt is a - b at site s.
func SubAt(a, b Object, s *BinSite) Object {
	if x, ok := a.(*Instance); ok {
		// inst's hit, in line: one call fewer.
		if t := x.cls; t == s.cls && binRightOK(t, b) {
			enterFrame()
			r := s.fn(x, b)
			depthLeft++
			if r != NotImplemented {
				return r
			}
			return instDeclined(OpSub, x, t, b, false)
		}
		return s.miss(OpSub, x, b)
	}
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) - float64(y))
		}
	}
	return Sub(a, b)
}

// MulAt is a * b at site s.
func MulAt(a, b Object, s *BinSite) Object {
	if x, ok := a.(*Instance); ok {
		// inst's hit, in line: one call fewer.
		if t := x.cls; t == s.cls && binRightOK(t, b) {
			enterFrame()
			r := s.fn(x, b)
			depthLeft++
			if r != NotImplemented {
				return r
			}
			return instDeclined(OpMul, x, t, b, false)
		}
		return s.miss(OpMul, x, b)
	}
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) * float64(y))
		}
	}
	return Mul(a, b)
}

// TrueDivAt is a / b at site s.
func TrueDivAt(a, b Object, s *BinSite) Object {
	if x, ok := a.(*Instance); ok {
		// inst's hit, in line: one call fewer.
		if t := x.cls; t == s.cls && binRightOK(t, b) {
			enterFrame()
			r := s.fn(x, b)
			depthLeft++
			if r != NotImplemented {
				return r
			}
			return instDeclined(OpTrueDiv, x, t, b, false)
		}
		return s.miss(OpTrueDiv, x, b)
	}
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok && y != 0 {
			return BoxFloat(float64(x) / float64(y))
		}
	}
	return TrueDiv(a, b)
}

// BinaryAt is Binary(op, a, b) at site s.
func BinaryAt(op BinOp, a, b Object, s *BinSite) Object {
	if x, ok := a.(*Instance); ok {
		return s.inst(op, x, b)
	}
	return binaryOp(op, a, b, false)
}

// binRightOK reports whether b, the right operand of a binary operator
// whose left one is an instance of t, leaves the first turn to t's method:
// an instance of t, an int or a float (instBinaryOp's test).
func binRightOK(t *Type, b Object) bool {
	if y, ok := b.(*Instance); ok {
		return y.cls == t
	}
	if _, ok := b.(Float); ok {
		return true
	}
	_, ok := b.(Int)
	return ok
}

// miss is a op b past the site's entry: instBinaryOp, then the site
// notes a's class (as it is after the operation) when its dunderCache has
// a two-argument entry for op in this epoch.
//
//go:noinline
func (s *BinSite) miss(op BinOp, a *Instance, b Object) Object {
	r := instBinaryOp(op, a, b, false)
	t := a.cls
	if c := t.dunders; c != nil && c.epoch == typeEpoch && c.f2[op] != nil {
		s.cls, s.fn = t, c.f2[op]
		if !s.reg {
			s.reg = true
			binSites = append(binSites, s)
		}
	}
	return r
}
