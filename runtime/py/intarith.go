package py

import (
	"math"
	"math/big"
	"math/bits"
)

// Big-int arithmetic without Binary's dispatch and with few allocations.
//
// An operation on two exact ints (Int or *BigInt) of which one is big, or
// two Ints whose result overflows, computes straight into the result's
// BigInt: one object (its words are math/big's), no big.Int for an int64
// operand (the scratch values below), no copy of the result's header. The
// result is always a new object (never an operand, even for x * 1 or
// x + 0), which the temporaries below rely on.
//
// Temporaries. The translator knows when an operand of + - * // % is the
// value of another such operation that nothing else has seen yet
// (`(10 * (3 * q + r)) // t`): it passes it as a Tmp, and the operations
// with a T suffix may compute into its BigInt, or hand its storage to the
// next result once they are done with it (bigPool). A Tmp's b is set only
// when its value came fresh from the int arithmetic here: a value any
// other operation gave (a Python __add__, a float, a str) is never reused.
//
// State here (the pool, the scratch values) is used only under the GIL and
// never across a call to Python code.

// bigPool holds BigInts nothing refers to any more (consumed temporaries,
// results that fitted an Int), with their words, for the next results.
var bigPool struct {
	n    int
	free [bigPoolSize]*BigInt
}

const (
	bigPoolSize = 8
	// bigPoolMaxWords bounds the storage the pool may keep alive.
	bigPoolMaxWords = 1 << 16
)

// newBig is a BigInt to compute a result into: a pooled one when there is
// one (its words are reused when they are enough), else a new one.
func newBig() *BigInt {
	if n := bigPool.n; n > 0 {
		n--
		b := bigPool.free[n]
		bigPool.free[n] = nil
		bigPool.n = n
		return b
	}
	return new(BigInt)
}

// freeBig gives back a BigInt that nothing can reach any more.
func freeBig(b *BigInt) {
	if bigPool.n < bigPoolSize && cap(b.v.Bits()) <= bigPoolMaxWords {
		bigPool.free[bigPool.n] = b
		bigPool.n++
	}
}

// bigResult is z as a Python int: an Int when it fits (z goes back to the
// pool), z itself otherwise.
func bigResult(z *BigInt) Object {
	if z.v.IsInt64() {
		v := z.v.Int64()
		freeBig(z)
		return MakeInt(v)
	}
	return z
}

// Scratch big.Ints for int64 operands (two: both operands may be Ints when
// an Int operation overflows; a third for mulAddBig's addend).
var (
	smallBigW [3][1]big.Word
	smallBig  [3]big.Int
)

// bigArg is the value of an exact int o as a *big.Int; an Int is written
// into scratch slot i, valid until the next bigArg with the same slot.
func bigArg(o Object, i int) *big.Int {
	if b, ok := o.(*BigInt); ok {
		return &b.v
	}
	x := int64(o.(Int))
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	w := smallBigW[i][:]
	w[0] = big.Word(u)
	s := &smallBig[i]
	s.SetBits(w)
	if x < 0 {
		s.Neg(s)
	}
	return s
}

var bigOneV = big.NewInt(1)

// bigDivMod sets q and m to Python's floor quotient and modulo of x and y
// (y nonzero); q and m are distinct from x and y.
func bigDivMod(q, m *BigInt, x, y *big.Int) {
	if !quoRemNear(&q.v, &m.v, x, y) {
		q.v.QuoRem(x, y, &m.v)
	}
	if s := m.v.Sign(); s != 0 && (s < 0) != (y.Sign() < 0) {
		q.v.Sub(&q.v, bigOneV)
		m.v.Add(&m.v, y)
	}
}

// quoRemNear is QuoRem(x, y) (truncated quotient q, remainder r with x's
// sign) when y has two words or more and |x| is less than 2**64 |y|: the
// quotient is one word, estimated from the leading 128 bits of |x| and 64
// of |y| and corrected by at most a few additions of y. math/big would
// shift both operands and, past 100 words, run its recursive division
// (with its scratch space) however small the quotient: pidigits's
// (q * (7*k + 2) + r*l) // (t*l). It reports false (nothing done) for
// other operands. q and r are distinct from x and y and from each other.
func quoRemNear(q, r, x, y *big.Int) bool {
	xw, yw := x.Bits(), y.Bits()
	if bits.UintSize != 64 || len(yw) < 2 || len(xw) > len(yw)+1 {
		return false
	}
	ylen := y.BitLen()
	shift := ylen - 64
	if x.BitLen()-shift > 128 {
		return false
	}
	word := func(w []big.Word, i int) uint64 {
		if i < len(w) {
			return uint64(w[i])
		}
		return 0
	}
	i, sh := shift/64, uint(shift%64)
	// Shifts by 64 give 0 in Go, as the sh == 0 case needs.
	ytop := word(yw, i)>>sh | word(yw, i+1)<<(64-sh)
	lo := word(xw, i)>>sh | word(xw, i+1)<<(64-sh)
	hi := word(xw, i+1)>>sh | word(xw, i+2)<<(64-sh)
	if hi >= ytop {
		return false
	}
	// est >= the true quotient: both operands were truncated, |x| by less
	// than 2**shift and |y| to ytop with ytop >= 2**63.
	est, _ := bits.Div64(hi, lo, ytop)
	q.SetUint64(est)
	neg := x.Sign()*y.Sign() < 0
	if neg {
		q.Neg(q)
	}
	if bigSubMulAbs(r, x, y, big.Word(est)) {
		if x.Sign() < 0 {
			r.Neg(r)
		}
	} else {
		bigMul(r, y, q)
		r.Sub(x, r)
	}
	// Too large a quotient leaves r of the wrong sign (or too large):
	// step |q| down, adding y with x's sign back into r.
	for n := 0; r.Sign() != 0 && (r.Sign() < 0) != (x.Sign() < 0) || r.CmpAbs(y) >= 0; n++ {
		if n == 4 || r.CmpAbs(y) >= 0 && (r.Sign() < 0) == (x.Sign() < 0) {
			return false
		}
		if neg {
			q.Add(q, bigOneV)
			r.Sub(r, y)
		} else {
			q.Sub(q, bigOneV)
			r.Add(r, y)
		}
	}
	return true
}

// intDivZero raises int division's ZeroDivisionError (% says modulo;
// // and divmod() both).
func intDivZero(op BinOp) {
	msg := "integer division or modulo by zero"
	if op == OpMod {
		msg = "integer modulo by zero"
	}
	panic(NewError(ZeroDivisionErrorType, msg))
}

// bigFast is a op b for exact ints of which at least one is a *BigInt and
// op one of + - * // %; nil for anything else.
func bigFast(op BinOp, a, b Object) Object {
	switch a.(type) {
	case *BigInt:
		switch b.(type) {
		case Int, *BigInt:
		default:
			return nil
		}
	case Int:
		if _, ok := b.(*BigInt); !ok {
			return nil
		}
	default:
		return nil
	}
	switch op {
	case OpAdd, OpSub, OpMul, OpFloorDiv, OpMod:
		return bigBinary(op, a, b)
	}
	return nil
}

// bigBinary is a op b for exact ints (Int or *BigInt) and op one of
// + - * // %, computed into a new (or pooled) BigInt.
func bigBinary(op BinOp, a, b Object) Object {
	x, y := bigArg(a, 0), bigArg(b, 1)
	switch op {
	case OpFloorDiv, OpMod:
		if y.Sign() == 0 {
			intDivZero(op)
		}
		q, m := newBig(), newBig()
		bigDivMod(q, m, x, y)
		if op == OpMod {
			q, m = m, q
		}
		freeBig(m)
		return bigResult(q)
	}
	z := newBig()
	switch op {
	case OpAdd:
		z.v.Add(x, y)
	case OpSub:
		z.v.Sub(x, y)
	default:
		bigMul(&z.v, x, y)
	}
	return bigResult(z)
}

// intDivModPair is divmod(a, b) for exact ints, one division for both.
func intDivModPair(a, b Object) Object {
	if i, ok := a.(Int); ok {
		if j, ok := b.(Int); ok {
			return NewTuple(intOp(OpFloorDiv, int64(i), int64(j)), intOp(OpMod, int64(i), int64(j)))
		}
	}
	x, y := bigArg(a, 0), bigArg(b, 1)
	if y.Sign() == 0 {
		intDivZero(OpFloorDiv)
	}
	q, m := newBig(), newBig()
	bigDivMod(q, m, x, y)
	return NewTuple(bigResult(q), bigResult(m))
}

// cmpExactInts orders two exact ints (Int or *BigInt) without allocating:
// a BigInt is outside int64's range, so its sign orders it against an Int.
func cmpExactInts(a, b Object) int {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return cmpInt(int64(x), int64(y))
		case *BigInt:
			return -y.v.Sign()
		}
	case *BigInt:
		switch y := b.(type) {
		case Int:
			return x.v.Sign()
		case *BigInt:
			return x.v.Cmp(&y.v)
		}
	}
	panic("py: cmpExactInts on non-ints")
}

func isExactInt(o Object) bool {
	switch o.(type) {
	case Int, *BigInt:
		return true
	}
	return false
}

func isBigInt(o Object) bool {
	_, ok := o.(*BigInt)
	return ok
}

// Tmp is the value of an arithmetic subexpression that nothing but the
// enclosing operation will see (see above).
type Tmp struct {
	// O is the value, or nil when the value is the int i, unboxed: a
	// result of int arithmetic on int64s is boxed only by the operation
	// that needs an object (Obj).
	O Object
	// b is O when O is a BigInt fresh from int arithmetic, which the
	// operation consuming this Tmp may overwrite or give to the pool.
	b *BigInt
	i int64
}

// TV is an operand that is not such a temporary.
func TV(o Object) Tmp { return Tmp{O: o} }

// Obj is the temporary's value as an object.
func (t Tmp) Obj() Object {
	if t.O == nil {
		return MakeInt(t.i)
	}
	return t.O
}

// box makes O the value.
func (t *Tmp) box() {
	if t.O == nil {
		t.O = MakeInt(t.i)
	}
}

// small is the value when it is an exact int that fits an int64.
func (t *Tmp) small() (int64, bool) {
	if t.O == nil {
		return t.i, true
	}
	v, ok := t.O.(Int)
	return int64(v), ok
}

// tmpOf is the result of an int operation on exact ints as a Tmp: a
// BigInt result is new.
func tmpOf(r Object) Tmp {
	if b, ok := r.(*BigInt); ok {
		return Tmp{O: b, b: b}
	}
	return Tmp{O: r}
}

// mul64 is a * b when it fits an int64.
func mul64(a, b int64) (int64, bool) {
	if a == math.MinInt64 || b == math.MinInt64 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(absInt(a)), uint64(absInt(b)))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	r := int64(lo)
	if (a < 0) != (b < 0) {
		r = -r
	}
	return r, true
}

// AddT is x + y (Add) on temporaries.
func AddT(x, y Tmp) Tmp {
	if a, ok := x.small(); ok {
		if c, ok := y.small(); ok {
			if r := a + c; (r >= a) == (c >= 0) {
				return Tmp{i: r}
			}
		}
	}
	return addTSlow(x, y)
}

// addTSlow is AddT past its int64 path (out of line: a small frame for
// the common case).
func addTSlow(x, y Tmp) Tmp {
	x.box()
	y.box()
	if a, ok := x.O.(Float); ok {
		if c, ok := y.O.(Float); ok {
			return Tmp{O: BoxFloat(float64(a) + float64(c))}
		}
	}
	if x.b != nil || y.b != nil || isBigInt(x.O) || isBigInt(y.O) || isInt(x.O) && isInt(y.O) {
		return arithT(OpAdd, x, y)
	}
	return Tmp{O: Add(x.O, y.O)}
}

// SubT is x - y (Sub) on temporaries.
func SubT(x, y Tmp) Tmp {
	if a, ok := x.small(); ok {
		if c, ok := y.small(); ok {
			if r := a - c; (r <= a) == (c >= 0) {
				return Tmp{i: r}
			}
		}
	}
	return subTSlow(x, y)
}

// subTSlow is SubT past its int64 path (out of line: a small frame for
// the common case).
func subTSlow(x, y Tmp) Tmp {
	x.box()
	y.box()
	if a, ok := x.O.(Float); ok {
		if c, ok := y.O.(Float); ok {
			return Tmp{O: BoxFloat(float64(a) - float64(c))}
		}
	}
	if x.b != nil || y.b != nil || isBigInt(x.O) || isBigInt(y.O) || isInt(x.O) && isInt(y.O) {
		return arithT(OpSub, x, y)
	}
	return Tmp{O: Sub(x.O, y.O)}
}

// MulT is x * y (Mul) on temporaries.
func MulT(x, y Tmp) Tmp {
	if a, ok := x.small(); ok {
		if c, ok := y.small(); ok {
			if r, ok := mul64(a, c); ok {
				return Tmp{i: r}
			}
		}
	}
	return mulTSlow(x, y)
}

// mulTSlow is MulT past its int64 path (out of line: a small frame for
// the common case).
func mulTSlow(x, y Tmp) Tmp {
	x.box()
	y.box()
	if a, ok := x.O.(Float); ok {
		if c, ok := y.O.(Float); ok {
			return Tmp{O: BoxFloat(float64(a) * float64(c))}
		}
	}
	if x.b != nil || y.b != nil || isBigInt(x.O) || isBigInt(y.O) || isInt(x.O) && isInt(y.O) {
		return arithT(OpMul, x, y)
	}
	return Tmp{O: Mul(x.O, y.O)}
}

// FloorDivT is x // y (Binary(OpFloorDiv)) on temporaries.
func FloorDivT(x, y Tmp) Tmp {
	if a, ok := x.small(); ok {
		if c, ok := y.small(); ok && c != 0 && !(a == math.MinInt64 && c == -1) {
			q := a / c
			if (a%c != 0) && ((a < 0) != (c < 0)) {
				q--
			}
			return Tmp{i: q}
		}
	}
	return floorDivTSlow(x, y)
}

// floorDivTSlow is FloorDivT past its int64 path.
func floorDivTSlow(x, y Tmp) Tmp {
	x.box()
	y.box()
	return arithT(OpFloorDiv, x, y)
}

// ModT is x % y (Binary(OpMod)) on temporaries.
func ModT(x, y Tmp) Tmp {
	if a, ok := x.small(); ok {
		if c, ok := y.small(); ok && c != 0 {
			if c == -1 {
				return Tmp{i: 0}
			}
			m := a % c
			if m != 0 && ((m < 0) != (c < 0)) {
				m += c
			}
			return Tmp{i: m}
		}
	}
	return modTSlow(x, y)
}

// modTSlow is ModT past its int64 path.
func modTSlow(x, y Tmp) Tmp {
	x.box()
	y.box()
	return arithT(OpMod, x, y)
}

// AddICT is x + c (AddIC) on a temporary.
func AddICT(x Tmp, c int64) Tmp {
	if a, ok := x.small(); ok {
		if r := a + c; (r >= a) == (c >= 0) {
			return Tmp{i: r}
		}
	}
	return addICTSlow(x, c)
}

// addICTSlow is AddICT past its int64 path.
func addICTSlow(x Tmp, c int64) Tmp {
	return AddT(x, Tmp{O: MakeInt(c)})
}

// RShiftICT is x >> c (RShiftIC) on a temporary, 0 <= c < 64: an
// arithmetic shift is Python's floor of x / 2**c.
func RShiftICT(x Tmp, c int64) Tmp {
	if a, ok := x.small(); ok {
		return Tmp{i: a >> uint(c&63)}
	}
	return shiftAndTSlow(OpRShift, x, c)
}

// AndICT is x & c (AndIC) on a temporary, c >= 0: an int64's two's
// complement bits are Python's infinite ones cut at 64.
func AndICT(x Tmp, c int64) Tmp {
	if a, ok := x.small(); ok {
		return Tmp{i: a & c}
	}
	return shiftAndTSlow(OpAnd, x, c)
}

// shiftAndTSlow is RShiftICT and AndICT past their int64 paths. The result
// is not marked fresh (a shift by 0 may give x's own big int back).
func shiftAndTSlow(op BinOp, x Tmp, c int64) Tmp {
	x.box()
	return Tmp{O: Binary(op, x.O, MakeInt(c))}
}

// SubICT is x - c (SubIC) on a temporary.
func SubICT(x Tmp, c int64) Tmp {
	if a, ok := x.small(); ok {
		if r := a - c; (r <= a) == (c >= 0) {
			return Tmp{i: r}
		}
	}
	return subICTSlow(x, c)
}

// subICTSlow is SubICT past its int64 path.
func subICTSlow(x Tmp, c int64) Tmp {
	return SubT(x, Tmp{O: MakeInt(c)})
}

func isInt(o Object) bool {
	_, ok := o.(Int)
	return ok
}

// arithT is x op y for + - * // %: for two exact ints computed into a
// temporary operand's BigInt when the operation can run in place, the
// other temporaries given to the pool; anything else as the operation
// without temporaries computes it.
func arithT(op BinOp, x, y Tmp) Tmp {
	if !isExactInt(x.O) || !isExactInt(y.O) {
		switch op {
		case OpAdd:
			return Tmp{O: Add(x.O, y.O)}
		case OpSub:
			return Tmp{O: Sub(x.O, y.O)}
		case OpMul:
			return Tmp{O: Mul(x.O, y.O)}
		}
		return Tmp{O: Binary(op, x.O, y.O)}
	}
	if a, ok := x.O.(Int); ok {
		if c, ok := y.O.(Int); ok {
			return tmpOf(intOp(op, int64(a), int64(c)))
		}
	}
	xa, ya := bigArg(x.O, 0), bigArg(y.O, 1)
	var z *BigInt
	switch op {
	case OpAdd, OpSub:
		// math/big adds and subtracts in place.
		z = x.b
		if z == nil {
			z = y.b
		}
		if z == nil {
			z = newBig()
			bigRoom(&z.v, max(len(xa.Bits()), len(ya.Bits()))+1)
		}
		if op == OpAdd {
			z.v.Add(xa, ya)
		} else {
			z.v.Sub(xa, ya)
		}
	case OpMul:
		// In place only by a one-word factor (math/big's product of two
		// longer numbers needs storage apart from its operands).
		switch {
		case x.b != nil && len(ya.Bits()) <= 1:
			z = x.b
		case y.b != nil && len(xa.Bits()) <= 1:
			z = y.b
		default:
			z = newBig()
		}
		bigMul(&z.v, xa, ya)
	default: // OpFloorDiv, OpMod
		if ya.Sign() == 0 {
			intDivZero(op)
		}
		q, m := newBig(), newBig()
		bigDivMod(q, m, xa, ya)
		if op == OpMod {
			q, m = m, q
		}
		freeBig(m)
		z = q
	}
	if x.b != nil && x.b != z {
		freeBig(x.b)
	}
	if y.b != nil && y.b != z {
		freeBig(y.b)
	}
	if z.v.IsInt64() {
		v := z.v.Int64()
		freeBig(z)
		return Tmp{O: MakeInt(v)}
	}
	return Tmp{O: z, b: z}
}

// MulAddI is x*y + a on temporaries when all three are exact ints (ok
// false, nothing done, otherwise); AddMulI is a + x*y, MulMulAddI x*y +
// u*v. The translator uses them for sums whose addend can be read out of
// Python's order (a constant, or a local nothing else can rebind:
// inertArgs), with the plain operations as the fallback, where a failing
// operation's traceback points at its own subexpression. Products and
// sums of exact ints run no code and cannot fail, so their order is
// invisible: a big product by one word and its addend take one pass over
// the words (bigMulAdd) instead of two, with no intermediate number.
func MulAddI(x, y, a Tmp) (Tmp, bool) {
	if !isExactTmp(x) || !isExactTmp(y) || !isExactTmp(a) {
		return Tmp{}, false
	}
	if isBigTmp(x) || isBigTmp(y) {
		return mulAddBig(x, y, a), true
	}
	return AddT(MulT(x, y), a), true
}

// AddMulI is a + x*y (MulAddI's, for the addend on the left).
func AddMulI(a, x, y Tmp) (Tmp, bool) {
	return MulAddI(x, y, a)
}

// MulMulAddI is x*y + u*v (MulAddI's, for a sum of two products).
func MulMulAddI(x, y, u, v Tmp) (Tmp, bool) {
	if !isExactTmp(x) || !isExactTmp(y) || !isExactTmp(u) || !isExactTmp(v) {
		return Tmp{}, false
	}
	if isBigTmp(x) || isBigTmp(y) {
		return mulAddBig(x, y, MulT(u, v)), true
	}
	return AddT(MulT(x, y), MulT(u, v)), true
}

// isBigTmp reports whether t holds a big int.
func isBigTmp(t Tmp) bool {
	_, ok := t.O.(*BigInt)
	return ok
}

// isExactTmp reports whether t is an exact int (Int or *BigInt).
func isExactTmp(t Tmp) bool {
	return t.O == nil || isExactInt(t.O)
}

// mulAddBig is x*y + a for exact ints, x or y big: bigMulAdd into a
// fresh operand's storage (a's, else the big factor's) where it can, else
// the two operations.
func mulAddBig(x, y, a Tmp) Tmp {
	x.box()
	y.box()
	a.box()
	xa, ya, aa := bigArg(x.O, 0), bigArg(y.O, 1), bigArg(a.O, 2)
	z := a.b
	if z == nil && len(ya.Bits()) <= 1 {
		z = x.b
	}
	if z == nil && len(xa.Bits()) <= 1 {
		z = y.b
	}
	fresh := z == nil
	if fresh {
		z = newBig()
	}
	if !bigMulAdd(&z.v, xa, ya, aa) {
		if fresh {
			freeBig(z)
		}
		return AddT(MulT(x, y), a)
	}
	for _, b := range [...]*BigInt{x.b, y.b, a.b} {
		if b != nil && b != z {
			freeBig(b)
		}
	}
	return Tmp{O: z, b: z}
}

// Own is the value stored into an owned local: a function's variable
// that is read only as an operand of arithmetic and comparisons (the
// translator's ownedLocals), assigned `v = e` or `a, v = e1, e2`. The old
// value, when the variable held the only reference to it (a fresh big
// int Own stored and no Python code has been handed since), goes to the
// pool; a fresh big int becomes the variable's own. Python code handed an
// int by the generic operations (a __radd__, an __lt__) disowns it first
// (disownInts), since it may keep a reference.
func Own(old Object, t Tmp) Object {
	t.box()
	if b, ok := old.(*BigInt); ok && b.own {
		b.own = false
		if Object(b) != t.O {
			freeBig(b)
		}
	}
	if t.b != nil {
		t.b.own = true
	}
	return t.O
}

// disownInts clears the own mark of big int operands about to be handed
// to code that may keep them.
func disownInts(a, b Object) {
	if x, ok := a.(*BigInt); ok {
		x.own = false
	}
	if y, ok := b.(*BigInt); ok {
		y.own = false
	}
}

// CompareBoolT is CompareBool on temporaries, which it then gives to the
// pool.
func CompareBoolT(x, y Tmp, op CmpOp) bool {
	if a, ok := x.small(); ok {
		if c, ok := y.small(); ok {
			return cmpResult(cmpInt(a, c), op)
		}
	}
	x.box()
	y.box()
	if isExactInt(x.O) && isExactInt(y.O) {
		r := cmpResult(cmpExactInts(x.O, y.O), op)
		if x.b != nil {
			freeBig(x.b)
		}
		if y.b != nil {
			freeBig(y.b)
		}
		return r
	}
	return CompareBool(x.O, y.O, op)
}

// maxShiftBytes bounds the result of a left shift as checkRepeat bounds
// sequence repeats: past it CPython's allocation fails with MemoryError,
// where Go's would end the process.
const maxShiftBytes = 1 << 40

// bigShift is x << y or x >> y for ints of any size: a negative count is
// refused, a right shift past every bit gives 0 or -1 (floor), a left
// shift of 0 is 0 however far, and one too large for memory raises
// MemoryError.
func bigShift(op BinOp, x, y *big.Int) Object {
	if y.Sign() < 0 {
		panic(NewError(ValueErrorType, "negative shift count"))
	}
	if x.Sign() == 0 {
		return Int(0)
	}
	if op == OpRShift {
		if !y.IsInt64() || y.Int64() >= int64(x.BitLen()) {
			if x.Sign() < 0 {
				return Int(-1)
			}
			return Int(0)
		}
		z := newBig()
		z.v.Rsh(x, uint(y.Int64()))
		return bigResult(z)
	}
	if !y.IsInt64() || y.Int64() > 8*maxShiftBytes || (int64(x.BitLen())+y.Int64())/8 > maxShiftBytes {
		panic(NewException(MemoryErrorType))
	}
	z := newBig()
	z.v.Lsh(x, uint(y.Int64()))
	return bigResult(z)
}
