package py

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

// BinOp names a binary operator.
type BinOp int

const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpOr
	OpXor
	OpAnd
)

var binDunder = [...]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and"}
var binSymbol = [...]string{"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "|", "^", "&"}

// binISymbol names the augmented assignments in their errors.
var binISymbol = [...]string{"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&="}

func Add(a, b Object) Object {
	// Two ints without overflow, two floats and an instance on the left
	// whose class's __add__ takes the right operand (instBinaryOp) are
	// tested here, each by one comparison of the type word; the rest is
	// addSlow. Not a type switch, which tests a type hash first.
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r := int64(x) + int64(y); (r >= int64(x)) == (y >= 0) {
				return MakeInt(r)
			}
		}
	} else if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) + float64(y))
		}
	} else if x, ok := a.(*Instance); ok {
		return instBinaryOp(OpAdd, x, b, false)
	}
	return addSlow(a, b)
}

func addSlow(a, b Object) Object {
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return concatStr(x, y)
		}
	case Int:
		if y, ok := b.(Int); ok {
			return addInt(int64(x), int64(y))
		}
	case Float:
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) + float64(y))
		}
	case *List:
		// Two exact lists: what binaryBuiltin does for them.
		if y, ok := b.(*List); ok && x.sub == nil && y.sub == nil {
			return listConcat(x.Items, y.Items)
		}
	case *Instance:
		// A Python class's instance: its methods (binaryOp), no number
		// fast path can match.
		return binaryInstOp(OpAdd, x, b, false)
	}
	if r := floatFast(OpAdd, a, b); r != nil {
		return r
	}
	if r := bigFast(OpAdd, a, b); r != nil {
		return r
	}
	return Binary(OpAdd, a, b)
}

func Sub(a, b Object) Object {
	// As Add.
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if r := int64(x) - int64(y); (r <= int64(x)) == (y >= 0) {
				return MakeInt(r)
			}
		}
	} else if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) - float64(y))
		}
	} else if x, ok := a.(*Instance); ok {
		return instBinaryOp(OpSub, x, b, false)
	}
	return subSlow(a, b)
}

func subSlow(a, b Object) Object {
	switch x := a.(type) {
	case Float:
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) - float64(y))
		}
	case Int:
		if y, ok := b.(Int); ok {
			return subInt(int64(x), int64(y))
		}
	case *Instance:
		return binaryInstOp(OpSub, x, b, false)
	}
	if r := floatFast(OpSub, a, b); r != nil {
		return r
	}
	if r := bigFast(OpSub, a, b); r != nil {
		return r
	}
	return Binary(OpSub, a, b)
}

// Mul is a * b: exact ints and floats inline (what binaryOp computes for
// them), an instance on the left as Add, the rest through Binary. Type
// assertions in turn rather than a type switch, as in Add.
func Mul(a, b Object) Object {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) * float64(y))
		} else if y, ok := b.(Int); ok {
			return BoxFloat(float64(x) * float64(y))
		}
	} else if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return mulInt(int64(x), int64(y))
		} else if y, ok := b.(Float); ok {
			return BoxFloat(float64(x) * float64(y))
		}
	} else if x, ok := a.(*Instance); ok {
		return instBinaryOp(OpMul, x, b, false)
	}
	if r := bigFast(OpMul, a, b); r != nil {
		return r
	}
	return Binary(OpMul, a, b)
}

// TrueDiv is a / b: a float with a float or int (and a nonzero divisor)
// inline, the rest through Binary.
func TrueDiv(a, b Object) Object {
	var x, y float64
	switch u := a.(type) {
	case Float:
		switch v := b.(type) {
		case Float:
			x, y = float64(u), float64(v)
		case Int:
			x, y = float64(u), float64(v)
		default:
			return Binary(OpTrueDiv, a, b)
		}
	case Int:
		v, ok := b.(Float)
		if !ok {
			return Binary(OpTrueDiv, a, b)
		}
		x, y = float64(u), float64(v)
	default:
		return Binary(OpTrueDiv, a, b)
	}
	if y == 0 {
		return Binary(OpTrueDiv, a, b)
	}
	return BoxFloat(x / y)
}

// FloorDiv is a // b: two ints with a positive divisor first, Binary
// otherwise.
func FloorDiv(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y > 0 {
			q := int64(x) / int64(y)
			if int64(x)%int64(y) < 0 {
				q--
			}
			return MakeInt(q)
		}
	}
	return Binary(OpFloorDiv, a, b)
}

// Mod is a % b: two ints with a positive divisor first, Binary otherwise.
func Mod(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y > 0 {
			m := int64(x) % int64(y)
			if m < 0 {
				m += int64(y)
			}
			return MakeInt(m)
		}
	}
	return Binary(OpMod, a, b)
}

// RShiftIC is a >> c for an int literal 0 <= c < 64: an int shifted at
// once (an arithmetic shift floors as Python's does), anything else
// Binary.
func RShiftIC(a Object, c Int) Object {
	if x, ok := a.(Int); ok {
		return MakeInt(int64(x) >> uint(c&63))
	}
	return Binary(OpRShift, a, c)
}

// AndIC is a & c for an int literal c >= 0: an int masked at once,
// anything else Binary.
func AndIC(a Object, c Int) Object {
	if x, ok := a.(Int); ok {
		return MakeInt(int64(x & c))
	}
	return Binary(OpAnd, a, c)
}
func Pow(a, b Object) Object { return Binary(OpPow, a, b) }

// Binary applies a binary operator with CPython's dispatch: builtin fast
// paths, then __op__ / __rop__ (the subclass's reflected one first).
func Binary(op BinOp, a, b Object) Object { return binaryOp(op, a, b, false) }

// binaryOp is Binary; inplace names the augmented operator in the error
// (`x **= y` falls back to the binary operator, its message says **=).
func binaryOp(op BinOp, a, b Object, inplace bool) Object {
	if ia, inst := a.(*Instance); inst {
		return instBinaryOp(op, ia, b, inplace)
	}
	// The number fast paths, which never match an instance on the left.
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intOp(op, int64(x), int64(y))
		}
	}
	if r := floatFast(op, a, b); r != nil {
		return r
	}
	if r := bigFast(op, a, b); r != nil {
		return r
	}
	if op == OpMod {
		// str % x for an x of a builtin type without __rmod__ of its
		// own: str.__mod__ itself (the method cannot change).
		if s, ok := a.(Str); ok {
			switch v := b.(type) {
			case Int, Float, Str:
				return Str(PercentFormat(string(s), b))
			case *Tuple:
				if v.sub == nil {
					return Str(PercentFormat(string(s), b))
				}
			}
		}
	}
	return binaryDunders(op, a, b, inplace)
}

// binaryInstOp is binaryOp for an instance on the left once
// instBinaryOp's common case missed.
func binaryInstOp(op BinOp, a *Instance, b Object, inplace bool) Object {
	if r, ok := instBinary(op, a, b, inplace); ok {
		return r
	}
	return binaryDunders(op, a, b, inplace)
}

// binaryDunders is binaryOp past the number fast paths: the builtin
// types' operations and the operands' __op__ / __rop__.
func binaryDunders(op BinOp, a, b Object, inplace bool) Object {
	disownInts(a, b) // Python code may keep them from here on
	ta, tb := a.Type(), b.Type()
	name, rname := binDunderNames[op], binRDunderNames[op]
	// The builtin fast paths, unless an operand's class (a Python subclass
	// of list, set, ...) defines the operator itself.
	// binaryBuiltin has nothing for a Python class's instance on the left
	// (unless the right is complex): go to its methods directly.
	if !plainLeft(a, b) && !(ta.builtinBase != ta && pyOverrides(ta, name, rname)) && !(tb.builtinBase != tb && pyOverrides(tb, name, rname)) {
		if r := binaryBuiltin(op, a, b); r != nil {
			return r
		}
	}
	tried := false
	ri := len(binDunder) + int(op) // __rop__'s lookupDunder index
	if tb != ta && tb.IsSubtype(ta) && rOverloaded(ta, tb, rname) {
		if m := tb.lookupDunder(ri, rname); m != nil {
			if r := callDunder2(m, b, tb, a); r != NotImplemented {
				return r
			}
			tried = true
		}
	}
	if m := ta.lookupDunder(int(op), name); m != nil {
		if r := callDunder2(m, a, ta, b); r != NotImplemented {
			return r
		}
	}
	if tb != ta && !tried {
		if m := tb.lookupDunder(ri, rname); m != nil {
			if r := callDunder2(m, b, tb, a); r != NotImplemented {
				return r
			}
		}
	}
	return binaryFail(op, a, b, ta, tb, inplace)
}

// instBinary is binaryOp for an instance a of a Python class when b's
// class cannot go first (it is a's class, or not a subclass of it) and b
// is no complex (which binaryBuiltin would take): a's __op__, then b's
// __rop__, then the error, without binaryOp's tests for builtin
// operands. ok is false when not such a case (nothing was called).
func instBinary(op BinOp, a *Instance, b Object, inplace bool) (Object, bool) {
	ta := a.cls
	var tb *Type
	if bi, ok := b.(*Instance); ok {
		tb = bi.cls
	} else {
		if _, cx := b.(Complex); cx {
			return nil, false
		}
		tb = b.Type()
	}
	if tb != ta && tb.IsSubtype(ta) {
		return nil, false
	}
	disownInts(nil, b) // Python code may keep it from here on
	if m := ta.lookupDunder(int(op), binDunderNames[op]); m != nil {
		if r := callDunder2(m, a, ta, b); r != NotImplemented {
			return r, true
		}
	}
	if tb != ta {
		if m := tb.lookupDunder(len(binDunder)+int(op), binRDunderNames[op]); m != nil {
			if r := callDunder2(m, b, tb, a); r != NotImplemented {
				return r, true
			}
		}
	}
	return binaryFail(op, a, b, ta, tb, inplace), true
}

// instBinaryOp is binaryOp for an instance a on the left (Add, Sub and
// Mul call it directly). Its common case is instBinary's taken with fewer
// steps: a's class has its method for op looked up in this epoch
// (lookupDunder), a Python function with a two-argument entry
// (dunderCache.f2), and b is an instance of the same class, an int or a
// float, so no reflected method has the first turn. Anything else is
// binaryInstOp. Every call here is the last thing done: nothing is live
// across it, so the callers keep their operands in registers.
func instBinaryOp(op BinOp, a *Instance, b Object, inplace bool) Object {
	ta := a.cls
	c := ta.dunders
	if c == nil || c.epoch != typeEpoch {
		return binaryInstOp(op, a, b, inplace)
	}
	f := c.f2[op]
	if f == nil {
		return binaryInstOp(op, a, b, inplace)
	}
	if y, ok := b.(*Instance); ok {
		if y.cls != ta {
			return binaryInstOp(op, a, b, inplace)
		}
	} else if _, ok := b.(Float); !ok {
		if _, ok := b.(Int); !ok {
			return binaryInstOp(op, a, b, inplace)
		}
	}
	enterFrame()
	r := f(a, b)
	depthLeft++
	if r != NotImplemented {
		return r
	}
	return instDeclined(op, a, ta, b, inplace)
}

// instDeclined is a op b once the method for op of a's class ta (as it
// was before the call) returned NotImplemented: what instBinary does then.
func instDeclined(op BinOp, a *Instance, ta *Type, b Object, inplace bool) Object {
	tb := b.Type()
	if tb != ta {
		if m := tb.lookupDunder(len(binDunder)+int(op), binRDunderNames[op]); m != nil {
			if r := callDunder2(m, b, tb, a); r != NotImplemented {
				return r
			}
		}
	}
	return binaryFail(op, a, b, ta, tb, inplace)
}

// binaryFail raises binaryOp's TypeError when no operand's method took
// the other (or formats a str/bytes % b).
func binaryFail(op BinOp, a, b Object, ta, tb *Type, inplace bool) Object {
	if op == OpMod {
		switch x := UnwrapValue(a).(type) {
		case Str:
			return Str(PercentFormat(string(x), b))
		case Bytes:
			return Bytes(BytesPercentFormat([]byte(x), b))
		case *ByteArray:
			return &ByteArray{B: BytesPercentFormat(x.B, b)}
		}
	}
	if op == OpAdd {
		// The sequences' own concatenation errors (sq_concat), as CPython
		// raises them when neither operand's method took the other.
		switch UnwrapValue(a).(type) {
		case Str, *List, *Tuple:
			base := valueBase(ta)
			if base == nil {
				base = ta
				for _, m := range ta.MRO {
					if m == ListType || m == TupleType {
						base = m
					}
				}
			}
			panic(NewError(TypeErrorType, fmt.Sprintf("can only concatenate %s (not \"%s\") to %s", base.Name, tb.Name, base.Name)))
		case Bytes, *ByteArray:
			panic(NewError(TypeErrorType, fmt.Sprintf("can't concat %s to %s", tb.Name, ta.Name)))
		}
	}
	if op == OpMul {
		seqRepeatCheck(a, b)
		seqRepeatCheck(b, a)
	}
	sym := binSymbol[op]
	if inplace {
		sym = binISymbol[op]
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("unsupported operand type(s) for %s: '%s' and '%s'", sym, ta.Name, tb.Name)))
}

// seqRepeatCheck raises sequence_repeat's error when seq is a sequence
// and n cannot be a repeat count.
func seqRepeatCheck(seq, n Object) {
	switch UnwrapValue(seq).(type) {
	case Str, *List, *Tuple, Bytes, *ByteArray:
		if n.Type().Lookup("__index__") == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("can't multiply sequence by non-int of type '%s'", n.Type().Name)))
		}
	}
}

// rOverloaded reports whether subclass tb's reflected method goes before
// ta's own: always when ta is a builtin type (its C slot differs from the
// subclass's), and for two Python classes only when tb's __rop__ is not
// the one ta has (slot_nb_*'s method_is_overloaded).
func rOverloaded(ta, tb *Type, rname string) bool {
	if ta.builtinBase == ta {
		return true
	}
	b := tb.Lookup(rname)
	if b == nil {
		return false
	}
	a := ta.Lookup(rname)
	return a == nil || !sameObj(a, b) && !Eq(a, b)
}

// Inplace applies an augmented assignment operator (`a op= b`). Two ints
// added or subtracted without overflow take Add's and Sub's inline paths
// (ints have no __iadd__: `a += b` is a + b for them); the rest is
// inplaceSlow.
func Inplace(op BinOp, a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case OpAdd:
				if r := int64(x) + int64(y); (r >= int64(x)) == (y >= 0) {
					return MakeInt(r)
				}
			case OpSub:
				if r := int64(x) - int64(y); (r <= int64(x)) == (y >= 0) {
					return MakeInt(r)
				}
			}
		}
	}
	return inplaceSlow(op, a, b)
}

func inplaceSlow(op BinOp, a, b Object) Object {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return intOp(op, int64(x), int64(y))
		}
	case Str:
		// s += t: what binaryOp comes to, without its dispatch.
		if y, ok := b.(Str); ok && op == OpAdd {
			return concatStr(x, y)
		}
	}
	if r := floatFast(op, a, b); r != nil {
		return r
	}
	switch x := a.(type) {
	case *List:
		switch op {
		case OpAdd:
			x.Items = AppendStar(x.Items, b)
			return x
		case OpMul:
			seqRepeatCheck(x, b)
			n := Index(b)
			checkRepeat(len(x.Items), int64(n), 16)
			items := x.Items
			x.Items = nil
			for i := 0; i < n; i++ {
				x.Items = append(x.Items, items...)
			}
			return x
		}
	case Int, *BigInt, Str, Float, *Tuple, Bool:
		return binaryOp(op, a, b, true)
	}
	if m := LookupSpecial(a, binIDunderNames[op]); m != nil {
		if r := Call(m, b); r != NotImplemented {
			return r
		}
	}
	return binaryOp(op, a, b, true)
}

func binaryBuiltin(op BinOp, a, b Object) Object {
	// bool & | ^ bool stays a bool.
	if x, ok := a.(Bool); ok && op >= OpOr {
		if y, ok := b.(Bool); ok {
			switch op {
			case OpOr:
				return Bool(x || y)
			case OpAnd:
				return Bool(x && y)
			case OpXor:
				return Bool(x != y)
			}
		}
	}
	// Integers (bool counts as int).
	if x, ok := intOf(a); ok {
		if y, ok := intOf(b); ok {
			return intOp(op, x, y)
		}
	}
	if isIntLike(a) && isIntLike(b) {
		return bigOp(op, asBig(a), asBig(b))
	}
	// Complex numbers mixed with ints and floats.
	if _, ok := a.(Complex); ok {
		return complexOp(op, a, b)
	}
	if _, ok := b.(Complex); ok {
		return complexOp(op, a, b)
	}
	// Floats mixed with ints.
	_, af := a.(Float)
	_, bf := b.(Float)
	if (af || bf) && isNumber(a) && isNumber(b) {
		x, _ := floatOf(a)
		y, _ := floatOf(b)
		// float's arithmetic converts an int operand as float(n) does:
		// OverflowError past the largest float, never inf.
		if v, ok := a.(*BigInt); ok {
			x = bigToFloatChecked(&v.v)
		}
		if v, ok := b.(*BigInt); ok {
			y = bigToFloatChecked(&v.v)
		}
		return floatOp(op, x, y)
	}
	switch x := a.(type) {
	case Str:
		switch op {
		case OpAdd:
			if y, ok := b.(Str); ok {
				return concatStr(x, y)
			}
		case OpMul:
			if n, ok := intOf(b); ok {
				if n < 0 {
					n = 0
				}
				checkRepeat(len(x), n, 1)
				return Str(strings.Repeat(string(x), int(n)))
			}
		}
	case *List:
		switch op {
		case OpAdd:
			if y, ok := b.(*List); ok {
				return listConcat(x.Items, y.Items)
			}
		case OpMul:
			if n, ok := intOf(b); ok {
				return NewList(repeatItems(x.Items, n)...)
			}
		}
	case *Tuple:
		switch op {
		case OpAdd:
			if y, ok := b.(*Tuple); ok {
				// An exact tuple plus an empty one is itself (tupleconcat).
				if len(y.Items) == 0 && x.sub == nil {
					return x
				}
				if len(x.Items) == 0 && y.sub == nil {
					return y
				}
				items := make([]Object, 0, len(x.Items)+len(y.Items))
				return NewTuple(append(append(items, x.Items...), y.Items...)...)
			}
		case OpMul:
			if n, ok := intOf(b); ok {
				if x.sub == nil && (n == 1 || len(x.Items) == 0) {
					return x
				}
				return NewTuple(repeatItems(x.Items, n)...)
			}
		}
	case Bytes:
		if op == OpAdd {
			if y, ok := b.(Bytes); ok {
				return Bytes(append(append([]byte(nil), x...), y...))
			}
		}
		if op == OpMul {
			if n, ok := intOf(b); ok {
				if n < 0 {
					n = 0
				}
				checkRepeat(len(x), n, 1)
				return Bytes(strings.Repeat(string(x), int(n)))
			}
		}
	case *Set:
		if y, ok := b.(*Set); ok {
			return setOp(op, x, y)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == OpOr {
			d := x.Copy()
			y.Items(func(k, v Object) bool { d.Set(k, v); return true })
			return d
		}
	}
	if op == OpMul {
		if n, ok := intOf(a); ok {
			switch b.(type) {
			case Str, *List, *Tuple, Bytes:
				return binaryBuiltin(op, b, Int(n))
			}
		}
	}
	return nil
}

// checkRepeat raises MemoryError, as CPython's sequence repeats do, when
// n copies of a sequence of length size would not fit in memory (past
// PY_SSIZE_T_MAX over the item size; a Go allocation that large is a fatal
// error, not a panic).
func checkRepeat(size int, n int64, itemSize int64) {
	if size == 0 || n <= 0 {
		return
	}
	const limit = int64(1) << 40 // bytes: far beyond any machine here
	if n > limit/int64(size)/itemSize {
		panic(NewException(MemoryErrorType))
	}
}

func repeatItems(items []Object, n int64) []Object {
	if n <= 0 {
		return nil
	}
	checkRepeat(len(items), n, 16)
	out := make([]Object, 0, len(items)*int(n))
	for i := int64(0); i < n; i++ {
		out = append(out, items...)
	}
	return out
}

func setOp(op BinOp, x, y *Set) Object {
	switch op {
	case OpOr:
		return setUnion(x, y)
	case OpAnd:
		return setIntersection(x, y)
	case OpSub:
		return setDifference(x, y)
	case OpXor:
		return setSymmetricDifference(x, y)
	}
	return nil
}

func intOp(op BinOp, x, y int64) Object {
	switch op {
	case OpAdd:
		return addInt(x, y)
	case OpSub:
		return subInt(x, y)
	case OpMul:
		return mulInt(x, y)
	case OpTrueDiv:
		if y == 0 {
			panic(NewError(ZeroDivisionErrorType, "division by zero"))
		}
		const exact = 1 << 53 // int64s up to this convert to float64 exactly
		if x > exact || x < -exact || y > exact || y < -exact {
			// One correctly rounded division, as CPython's long division.
			f, _ := new(big.Rat).SetFrac(big.NewInt(int64(x)), big.NewInt(int64(y))).Float64()
			return Float(f)
		}
		return BoxFloat(float64(x) / float64(y))
	case OpFloorDiv:
		if y == 0 {
			panic(NewError(ZeroDivisionErrorType, "integer division or modulo by zero"))
		}
		return floorDivInt(x, y)
	case OpMod:
		if y == 0 {
			intDivZero(op)
		}
		return modInt(x, y)
	case OpPow:
		if y < 0 {
			if x == 0 {
				panic(NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power"))
			}
			return floatPow(float64(x), float64(y))
		}
		return NewBigInt(new(big.Int).Exp(big.NewInt(x), big.NewInt(y), nil))
	case OpLShift:
		if y < 0 {
			panic(NewError(ValueErrorType, "negative shift count"))
		}
		if y < 62 && x < 1<<(62-y) && x > -(1<<(62-y)) {
			return Int(x << y)
		}
		return bigShift(op, big.NewInt(x), big.NewInt(y))
	case OpRShift:
		if y < 0 {
			panic(NewError(ValueErrorType, "negative shift count"))
		}
		if y > 63 {
			y = 63
		}
		return MakeInt(x >> y)
	case OpOr:
		return MakeInt(x | y)
	case OpXor:
		return MakeInt(x ^ y)
	case OpAnd:
		return MakeInt(x & y)
	}
	return nil
}

func bigOp(op BinOp, x, y *big.Int) Object {
	r := new(big.Int)
	switch op {
	case OpAdd:
		r.Add(x, y)
	case OpSub:
		r.Sub(x, y)
	case OpMul:
		r.Mul(x, y)
	case OpTrueDiv:
		if y.Sign() == 0 {
			panic(NewError(ZeroDivisionErrorType, "division by zero"))
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		return Float(f)
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			intDivZero(op)
		}
		q, m := bigFloorDivMod(x, y)
		if op == OpMod {
			return ownBigInt(m)
		}
		return ownBigInt(q)
	case OpPow:
		if y.Sign() < 0 {
			return floatPow(bigToFloatChecked(x), bigToFloatChecked(y))
		}
		r.Exp(x, y, nil)
	case OpLShift, OpRShift:
		return bigShift(op, x, y)
	case OpOr:
		r.Or(x, y)
	case OpXor:
		r.Xor(x, y)
	case OpAnd:
		r.And(x, y)
	default:
		return nil
	}
	return ownBigInt(r)
}

// plainLeft reports whether a is an instance of a Python class and b is
// not complex: binaryBuiltin returns nil for such operands.
func plainLeft(a, b Object) bool {
	if _, ok := a.(*Instance); !ok {
		return false
	}
	_, cx := b.(Complex)
	return !cx
}

// floatFast is the arithmetic of an exact float with an exact float or
// int (either side), nil for any other pair of operands. Only the
// operators whose float result needs nothing but the IEEE operation (and
// the zero-division check) are here; the rest go the generic way.
func floatFast(op BinOp, a, b Object) Object {
	var x, y float64
	switch u := a.(type) {
	case Float:
		x = float64(u)
		switch v := b.(type) {
		case Float:
			y = float64(v)
		case Int:
			y = float64(v)
		default:
			return nil
		}
	case Int:
		v, ok := b.(Float)
		if !ok {
			return nil
		}
		x, y = float64(u), float64(v)
	default:
		return nil
	}
	switch op {
	case OpAdd:
		return BoxFloat(x + y)
	case OpSub:
		return BoxFloat(x - y)
	case OpMul:
		return BoxFloat(x * y)
	case OpTrueDiv:
		if y != 0 {
			return BoxFloat(x / y)
		}
	}
	return nil
}

func floatOp(op BinOp, x, y float64) Object {
	switch op {
	case OpAdd:
		return BoxFloat(x + y)
	case OpSub:
		return BoxFloat(x - y)
	case OpMul:
		return BoxFloat(x * y)
	case OpTrueDiv:
		if y == 0 {
			panic(NewError(ZeroDivisionErrorType, "float division by zero"))
		}
		return BoxFloat(x / y)
	case OpFloorDiv:
		return BoxFloat(floatFloorDiv(x, y))
	case OpMod:
		return BoxFloat(floatMod(x, y))
	case OpPow:
		return floatPow(x, y)
	}
	return nil
}

// Neg is -o.
func Neg(o Object) Object {
	switch v := o.(type) {
	case Int:
		if v == math.MinInt64 {
			return NewBigInt(new(big.Int).Neg(big.NewInt(int64(v))))
		}
		return MakeInt(-int64(v))
	case Bool:
		if v {
			return Int(-1)
		}
		return Int(0)
	case Float:
		return BoxFloat(-float64(v))
	case *BigInt:
		return NewBigInt(new(big.Int).Neg(&v.v))
	case Complex:
		return NewComplex(-v.re(), -v.im())
	}
	return unaryDunder(o, "__neg__", "-")
}

// Pos is +o.
func Pos(o Object) Object {
	switch v := o.(type) {
	case Int, Float, *BigInt, Complex:
		return v
	case Bool:
		if v {
			return Int(1)
		}
		return Int(0)
	}
	return unaryDunder(o, "__pos__", "+")
}

// Invert is ~o.
func Invert(o Object) Object {
	if x, ok := intOf(o); ok {
		return Int(^x)
	}
	if b, ok := o.(*BigInt); ok {
		return NewBigInt(new(big.Int).Not(&b.v))
	}
	return unaryDunder(o, "__invert__", "~")
}

func unaryDunder(o Object, name, sym string) Object {
	if m := LookupSpecial(o, name); m != nil {
		return Call(m)
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("bad operand type for unary %s: '%s'", sym, o.Type().Name)))
}

// pyOverrides reports whether a Python class defines (or inherits from a
// Python class) one of the named operator methods.
func pyOverrides(t *Type, names ...string) bool {
	for _, n := range names {
		for _, m := range t.MRO {
			if v, ok := m.Dict.GetStr(n); ok {
				if _, builtin := v.(*BuiltinFunction); !builtin || m.builtinBase != m {
					return true
				}
				break
			}
		}
	}
	return false
}
