package py

// Operations with an int literal on the right (`n - 1`, `i + 2`, `n <= 1`),
// small enough for Go to inline at the call site: an int operand takes a
// few instructions, anything else (a bool, a float, a big int, an
// instance) the generic operation, so the result is always the one the
// generic operation gives. The translator emits them only for literals in
// [-2^31, 2^31). The inlined part handles results among the preallocated
// small ints; the rest goes through Add/Sub/CompareBool.

// AddIC is a + c for an int literal c. The budget Go inlines within (80)
// holds just this shape: a type switch, c typed Int (no conversions), the
// sum tested in place and results in [0, 1024] (nonNegInts); the negative
// small ones take the slow path. A sum in that range cannot have wrapped
// (|c| < 2^31).
func AddIC(a Object, c Int) Object {
	switch x := a.(type) {
	case Int:
		if x += c; uint64(x) < uint64(len(nonNegInts)) {
			return nonNegInts[x]
		}
	}
	return addICSlow(a, c)
}

// SubIC is a - c for an int literal c (see AddIC).
func SubIC(a Object, c Int) Object {
	switch x := a.(type) {
	case Int:
		if x -= c; uint64(x) < uint64(len(nonNegInts)) {
			return nonNegInts[x]
		}
	}
	return subICSlow(a, c)
}

// InplaceAddIC is `a += c` for an int literal c: AddIC's int case
// inline, Inplace (a list's +=, an __iadd__) for everything else.
func InplaceAddIC(a Object, c Int) Object {
	switch x := a.(type) {
	case Int:
		if x += c; uint64(x) < uint64(len(nonNegInts)) {
			return nonNegInts[x]
		}
	}
	return inplaceAddICSlow(a, c)
}

// InplaceSubIC is `a -= c` for an int literal c (see InplaceAddIC).
func InplaceSubIC(a Object, c Int) Object {
	switch x := a.(type) {
	case Int:
		if x -= c; uint64(x) < uint64(len(nonNegInts)) {
			return nonNegInts[x]
		}
	}
	return inplaceSubICSlow(a, c)
}

func inplaceAddICSlow(a Object, c Int) Object {
	if x, ok := a.(Int); ok {
		return addInt(int64(x), int64(c))
	}
	return Inplace(OpAdd, a, MakeInt(int64(c)))
}

func inplaceSubICSlow(a Object, c Int) Object {
	if x, ok := a.(Int); ok {
		return subInt(int64(x), int64(c))
	}
	return Inplace(OpSub, a, MakeInt(int64(c)))
}

// nonNegInts are the small ints from 0 on, for AddIC/SubIC.
var nonNegInts = func() (t [1025]Object) {
	for i := range t {
		t[i] = smallIntAt(uint64(i + 5))
	}
	return
}()

// LtIC is the truth of a < c for an int literal c.
func LtIC(a Object, c int64) bool {
	if x, ok := a.(Int); ok {
		return int64(x) < c
	}
	return cmpICSlow(a, c, OpLt)
}

// LeIC is the truth of a <= c for an int literal c.
func LeIC(a Object, c int64) bool {
	if x, ok := a.(Int); ok {
		return int64(x) <= c
	}
	return cmpICSlow(a, c, OpLe)
}

// GtIC is the truth of a > c for an int literal c.
func GtIC(a Object, c int64) bool {
	if x, ok := a.(Int); ok {
		return int64(x) > c
	}
	return cmpICSlow(a, c, OpGt)
}

// GeIC is the truth of a >= c for an int literal c.
func GeIC(a Object, c int64) bool {
	if x, ok := a.(Int); ok {
		return int64(x) >= c
	}
	return cmpICSlow(a, c, OpGe)
}

// EqIC is the truth of a == c for an int literal c.
func EqIC(a Object, c int64) bool {
	if x, ok := a.(Int); ok {
		return int64(x) == c
	}
	return cmpICSlow(a, c, OpEq)
}

// NeIC is the truth of a != c for an int literal c.
func NeIC(a Object, c int64) bool {
	if x, ok := a.(Int); ok {
		return int64(x) != c
	}
	return cmpICSlow(a, c, OpNe)
}

func addICSlow(a Object, c Int) Object {
	if x, ok := a.(Int); ok {
		return addInt(int64(x), int64(c))
	}
	return Add(a, MakeInt(int64(c)))
}

func subICSlow(a Object, c Int) Object {
	if x, ok := a.(Int); ok {
		return subInt(int64(x), int64(c))
	}
	return Sub(a, MakeInt(int64(c)))
}

func cmpICSlow(a Object, c int64, op CmpOp) bool {
	// A float and a literal exact in a double (lam > 0) compare as
	// Python compares them.
	if x, ok := a.(Float); ok && c >= -1<<53 && c <= 1<<53 {
		return cmpFloats(float64(x), float64(c), op)
	}
	return CompareBool(a, MakeInt(c), op)
}

// CmpLt .. CmpGe are the truth of a comparison of two objects, for
// conditions: two ints compare inline, two floats (IEEE, as float's
// comparisons are) first thing out of line, anything else (big ints,
// mixed operands, instances, subclasses) goes to CompareBool, so the
// result is always the generic one.
func CmpLt(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x < y
		}
	}
	return cmpLtSlow(a, b)
}

// CmpLe is the truth of a <= b (see CmpLt).
func CmpLe(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x <= y
		}
	}
	return cmpLeSlow(a, b)
}

// CmpEq is the truth of a == b (see CmpLt).
func CmpEq(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y
		}
	}
	return cmpEqSlow(a, b)
}

// CmpNe is the truth of a != b (see CmpLt).
func CmpNe(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x != y
		}
	}
	return cmpNeSlow(a, b)
}

// CmpGt is the truth of a > b (see CmpLt).
func CmpGt(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x > y
		}
	}
	return cmpGtSlow(a, b)
}

// CmpGe is the truth of a >= b (see CmpLt).
func CmpGe(a, b Object) bool {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x >= y
		}
	}
	return cmpGeSlow(a, b)
}

//go:noinline
func cmpLtSlow(a, b Object) bool {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return x < y
		}
	}
	return CompareBool(a, b, OpLt)
}

//go:noinline
func cmpLeSlow(a, b Object) bool {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return x <= y
		}
	}
	return CompareBool(a, b, OpLe)
}

//go:noinline
func cmpEqSlow(a, b Object) bool {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return x == y
		}
	}
	return CompareBool(a, b, OpEq)
}

//go:noinline
func cmpNeSlow(a, b Object) bool {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return x != y
		}
	}
	return CompareBool(a, b, OpNe)
}

//go:noinline
func cmpGtSlow(a, b Object) bool {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return x > y
		}
	}
	return CompareBool(a, b, OpGt)
}

//go:noinline
func cmpGeSlow(a, b Object) bool {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return x >= y
		}
	}
	return CompareBool(a, b, OpGe)
}

// LtObj .. GeObj are a comparison's value (`return a < b`, `x = a == b`):
// two ints compare inline, anything else goes to Compare, so the result is
// always the generic one.
func LtObj(a, b Object) Object {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return Bool(x < y)
		}
	}
	return ltObjSlow(a, b)
}

//go:noinline
func ltObjSlow(a, b Object) Object { return Compare(a, b, OpLt) }

// LeObj is a <= b (see LtObj).
func LeObj(a, b Object) Object {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return Bool(x <= y)
		}
	}
	return leObjSlow(a, b)
}

//go:noinline
func leObjSlow(a, b Object) Object { return Compare(a, b, OpLe) }

// EqObj is a == b (see LtObj).
func EqObj(a, b Object) Object {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return Bool(x == y)
		}
	}
	return eqObjSlow(a, b)
}

//go:noinline
func eqObjSlow(a, b Object) Object { return Compare(a, b, OpEq) }

// NeObj is a != b (see LtObj).
func NeObj(a, b Object) Object {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return Bool(x != y)
		}
	}
	return neObjSlow(a, b)
}

//go:noinline
func neObjSlow(a, b Object) Object { return Compare(a, b, OpNe) }

// GtObj is a > b (see LtObj).
func GtObj(a, b Object) Object {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return Bool(x > y)
		}
	}
	return gtObjSlow(a, b)
}

//go:noinline
func gtObjSlow(a, b Object) Object { return Compare(a, b, OpGt) }

// GeObj is a >= b (see LtObj).
func GeObj(a, b Object) Object {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return Bool(x >= y)
		}
	}
	return geObjSlow(a, b)
}

//go:noinline
func geObjSlow(a, b Object) Object { return Compare(a, b, OpGe) }
