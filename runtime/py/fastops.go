package py

// Operations with an int literal on the right (`n - 1`, `i + 2`, `n <= 1`),
// small enough for Go to inline at the call site: an int operand takes a
// few instructions, anything else (a bool, a float, a big int, an
// instance) the generic operation, so the result is always the one the
// generic operation gives. The translator emits them only for literals in
// [-2^31, 2^31). The inlined part handles results among the preallocated
// small ints; the rest goes through Add/Sub/CompareBool.

// AddIC is a + c for an int literal c.
func AddIC(a Object, c int64) Object {
	// In the small-int range the sum cannot have wrapped (|c| < 2^31).
	if x, ok := a.(Int); ok {
		if i := uint64(int64(x) + c + 5); i < uint64(len(smallInts)) {
			return smallInts[i]
		}
	}
	return addICSlow(a, c)
}

// SubIC is a - c for an int literal c.
func SubIC(a Object, c int64) Object {
	if x, ok := a.(Int); ok {
		if i := uint64(int64(x) - c + 5); i < uint64(len(smallInts)) {
			return smallInts[i]
		}
	}
	return subICSlow(a, c)
}

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

func addICSlow(a Object, c int64) Object {
	if x, ok := a.(Int); ok {
		return addInt(int64(x), c)
	}
	return Add(a, MakeInt(c))
}

func subICSlow(a Object, c int64) Object {
	if x, ok := a.(Int); ok {
		return subInt(int64(x), c)
	}
	return Sub(a, MakeInt(c))
}

func cmpICSlow(a Object, c int64, op CmpOp) bool { return CompareBool(a, MakeInt(c), op) }
