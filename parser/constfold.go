package parser

import (
	"math"
	"math/big"
	"math/cmplx"
	"unicode/utf8"
)

// foldConst evaluates e as CPython's AST optimizer folds constants before
// compiling (operators on constants, tuples of constants, a constant
// subscripted by a constant, __debug__), within the same limits: it does
// not fold what would raise, products over 128 bits, or sequences repeated
// past 256 items or 4096 characters. ok is false when e does not fold.
func foldConst(e ExprNode) (v cval, ok bool) {
	switch e := e.(type) {
	case *Constant:
		return constValue(e.Value)
	case *Name:
		if e.Id == "__debug__" && e.Ctx == Load {
			return boolVal(true), true
		}
	case *Tuple:
		if e.Ctx != Load {
			return v, false
		}
		elems := make([]cval, len(e.Elts))
		for i, x := range e.Elts {
			if elems[i], ok = foldConst(x); !ok {
				return v, false
			}
		}
		return cval{kind: cvTuple, elems: elems}, true
	case *UnaryOp:
		x, ok := foldConst(e.Operand)
		if !ok {
			return v, false
		}
		return foldUnary(e.Op, x)
	case *BinOp:
		a, ok := foldConst(e.Left)
		if !ok {
			return v, false
		}
		b, ok := foldConst(e.Right)
		if !ok {
			return v, false
		}
		return foldBinary(e.Op, a, b)
	case *Subscript:
		if e.Ctx != Load {
			return v, false
		}
		a, ok := foldConst(e.Value)
		if !ok {
			return v, false
		}
		b, ok := foldConst(e.Slice)
		if !ok || !b.isInt() || !b.i.IsInt64() {
			return v, false
		}
		return a.index(b.i.Int64())
	}
	return v, false
}

type cvKind uint8

const (
	cvNone cvKind = iota
	cvEllipsis
	cvBool
	cvInt
	cvFloat
	cvComplex
	cvStr
	cvBytes
	cvTuple
)

// cval is a folded constant: i holds bools and ints, f floats, c complex
// numbers, s the text of str and bytes, elems a tuple's items.
type cval struct {
	kind  cvKind
	i     *big.Int
	f     float64
	c     complex128
	s     string
	elems []cval
}

func (v cval) typeName() string {
	return [...]string{"NoneType", "ellipsis", "bool", "int", "float", "complex", "str", "bytes", "tuple"}[v.kind]
}

func (v cval) isInt() bool { return v.kind == cvBool || v.kind == cvInt }

func boolVal(b bool) cval {
	if b {
		return cval{kind: cvBool, i: big.NewInt(1)}
	}
	return cval{kind: cvBool, i: big.NewInt(0)}
}

func intVal(i *big.Int) cval { return cval{kind: cvInt, i: i} }

func constValue(x Value) (cval, bool) {
	switch x := x.(type) {
	case NoneValue:
		return cval{kind: cvNone}, true
	case EllipsisValue:
		return cval{kind: cvEllipsis}, true
	case bool:
		return boolVal(x), true
	case int64:
		return intVal(big.NewInt(x)), true
	case *big.Int:
		return intVal(x), true
	case float64:
		return cval{kind: cvFloat, f: x}, true
	case complex128:
		return cval{kind: cvComplex, c: x}, true
	case string:
		return cval{kind: cvStr, s: x}, true
	case Bytes:
		return cval{kind: cvBytes, s: string(x)}, true
	}
	return cval{}, false
}

// length is the len() of a str, bytes or tuple.
func (v cval) length() int {
	switch v.kind {
	case cvStr:
		return utf8.RuneCountInString(v.s)
	case cvBytes:
		return len(v.s)
	}
	return len(v.elems)
}

func (v cval) truth() bool {
	switch v.kind {
	case cvNone:
		return false
	case cvEllipsis:
		return true
	case cvBool, cvInt:
		return v.i.Sign() != 0
	case cvFloat:
		return v.f != 0
	case cvComplex:
		return v.c != 0
	}
	return v.length() > 0
}

// index is v[i] for a str, bytes or tuple.
func (v cval) index(i int64) (cval, bool) {
	switch v.kind {
	case cvStr, cvBytes, cvTuple:
	default:
		return cval{}, false
	}
	n := int64(v.length())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return cval{}, false
	}
	switch v.kind {
	case cvStr:
		return cval{kind: cvStr, s: string([]rune(v.s)[i])}, true
	case cvBytes:
		return intVal(big.NewInt(int64(v.s[i]))), true
	}
	return v.elems[i], true
}

// toFloat converts a bool, int or float; false when an int is too large.
func (v cval) toFloat() (float64, bool) {
	if v.kind == cvFloat {
		return v.f, true
	}
	f, _ := new(big.Float).SetInt(v.i).Float64()
	return f, !math.IsInf(f, 0)
}

func (v cval) toComplex() (complex128, bool) {
	if v.kind == cvComplex {
		return v.c, true
	}
	f, ok := v.toFloat()
	return complex(f, 0), ok
}

func (v cval) isNumber() bool { return v.kind >= cvBool && v.kind <= cvComplex }

func foldUnary(op UnaryOperator, x cval) (cval, bool) {
	if op == Not {
		return boolVal(!x.truth()), true
	}
	switch x.kind {
	case cvBool, cvInt:
		r := new(big.Int)
		switch op {
		case USub:
			r.Neg(x.i)
		case UAdd:
			r.Set(x.i)
		case Invert:
			r.Not(x.i)
		}
		return intVal(r), true
	case cvFloat:
		switch op {
		case USub:
			return cval{kind: cvFloat, f: -x.f}, true
		case UAdd:
			return x, true
		}
	case cvComplex:
		switch op {
		case USub:
			return cval{kind: cvComplex, c: -x.c}, true
		case UAdd:
			return x, true
		}
	}
	return cval{}, false
}

// CPython's folding limits (Python/ast_opt.c).
const (
	maxIntBits        = 128
	maxCollectionSize = 256
	maxStrSize        = 4096
	maxTotalItems     = 1024
)

func foldBinary(op Operator, a, b cval) (cval, bool) {
	if a.isNumber() && b.isNumber() {
		return foldNumbers(op, a, b)
	}
	switch op {
	case Add:
		if a.kind == b.kind && (a.kind == cvStr || a.kind == cvBytes) {
			return cval{kind: a.kind, s: a.s + b.s}, true
		}
		if a.kind == cvTuple && b.kind == cvTuple {
			return cval{kind: cvTuple, elems: append(append([]cval{}, a.elems...), b.elems...)}, true
		}
	case Mult:
		if a.isInt() {
			a, b = b, a
		}
		if b.isInt() {
			return repeat(a, b)
		}
	}
	return cval{}, false
}

// repeat folds seq * n within CPython's size limits.
func repeat(seq, n cval) (cval, bool) {
	var limit int
	switch seq.kind {
	case cvStr, cvBytes:
		limit = maxStrSize
	case cvTuple:
		limit = maxCollectionSize
	default:
		return cval{}, false
	}
	size := seq.length()
	if !n.i.IsInt64() {
		return cval{}, false
	}
	k := n.i.Int64()
	if size > 0 {
		if k < 0 || k > int64(limit/size) {
			return cval{}, false
		}
		if seq.kind == cvTuple && k > 0 && !withinItems(seq, maxTotalItems/int(k)) {
			return cval{}, false
		}
	}
	if k < 0 || size == 0 {
		k = 0
	}
	r := cval{kind: seq.kind}
	for j := int64(0); j < k; j++ {
		r.s += seq.s
		r.elems = append(r.elems, seq.elems...)
	}
	return r, true
}

// withinItems reports whether a tuple holds at most limit items, counting
// nested tuples' items too.
func withinItems(t cval, limit int) bool {
	var count func(cval) int
	count = func(v cval) int {
		n := len(v.elems)
		for _, e := range v.elems {
			if e.kind == cvTuple {
				n += count(e)
			}
		}
		return n
	}
	return count(t) <= limit
}

func foldNumbers(op Operator, a, b cval) (cval, bool) {
	if a.isInt() && b.isInt() {
		return foldInts(op, a, b)
	}
	if a.kind == cvComplex || b.kind == cvComplex {
		x, ok1 := a.toComplex()
		y, ok2 := b.toComplex()
		if !ok1 || !ok2 {
			return cval{}, false
		}
		var r complex128
		switch op {
		case Add:
			r = x + y
		case Sub:
			r = x - y
		case Mult:
			r = x * y
		case Div:
			if y == 0 {
				return cval{}, false
			}
			r = x / y
		case Pow:
			if x == 0 && (real(y) < 0 || imag(y) != 0) {
				return cval{}, false
			}
			r = cmplx.Pow(x, y)
		default:
			return cval{}, false
		}
		return cval{kind: cvComplex, c: r}, true
	}
	x, ok1 := a.toFloat()
	y, ok2 := b.toFloat()
	if !ok1 || !ok2 {
		return cval{}, false
	}
	var r float64
	switch op {
	case Add:
		r = x + y
	case Sub:
		r = x - y
	case Mult:
		r = x * y
	case Div:
		if y == 0 {
			return cval{}, false
		}
		r = x / y
	case FloorDiv, Mod:
		if y == 0 {
			return cval{}, false
		}
		m := math.Mod(x, y)
		if m != 0 && (m < 0) != (y < 0) {
			m += y
		}
		if op == Mod {
			r = m
		} else {
			r = math.Floor((x - m) / y)
		}
	case Pow:
		if x == 0 && y < 0 {
			return cval{}, false
		}
		if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
			// A negative base to a fractional power is complex.
			return cval{kind: cvComplex, c: cmplx.Pow(complex(x, 0), complex(y, 0))}, true
		}
		r = math.Pow(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return cval{}, false // OverflowError
		}
	default:
		return cval{}, false
	}
	return cval{kind: cvFloat, f: r}, true
}

func foldInts(op Operator, a, b cval) (cval, bool) {
	x, y := a.i, b.i
	r := new(big.Int)
	switch op {
	case Add:
		r.Add(x, y)
	case Sub:
		r.Sub(x, y)
	case Mult:
		if x.Sign() != 0 && y.Sign() != 0 && x.BitLen()+y.BitLen() > maxIntBits {
			return cval{}, false
		}
		r.Mul(x, y)
	case Div:
		if y.Sign() == 0 {
			return cval{}, false
		}
		f, _ := new(big.Rat).SetFrac(x, y).Float64()
		if math.IsInf(f, 0) {
			return cval{}, false
		}
		return cval{kind: cvFloat, f: f}, true
	case FloorDiv, Mod:
		if y.Sign() == 0 {
			return cval{}, false
		}
		q, m := new(big.Int).DivMod(x, y, new(big.Int))
		// DivMod is Euclidean; Python's remainder takes the divisor's sign.
		if m.Sign() != 0 && y.Sign() < 0 {
			m.Add(m, y)
			q.Add(q, big.NewInt(1))
		}
		if op == Mod {
			r = m
		} else {
			r = q
		}
	case Pow:
		if y.Sign() < 0 {
			if x.Sign() == 0 {
				return cval{}, false
			}
			fx, ok1 := a.toFloat()
			fy, ok2 := b.toFloat()
			if !ok1 || !ok2 {
				return cval{}, false
			}
			return foldNumbers(op, cval{kind: cvFloat, f: fx}, cval{kind: cvFloat, f: fy})
		}
		if x.Sign() != 0 && y.Sign() > 0 {
			if !y.IsInt64() || y.Int64() > maxIntBits || int64(x.BitLen()) > maxIntBits/y.Int64() {
				return cval{}, false
			}
		}
		r.Exp(x, y, nil)
	case LShift, RShift:
		if y.Sign() < 0 {
			return cval{}, false
		}
		if op == RShift {
			if !y.IsInt64() || y.Int64() > math.MaxInt32 {
				r.SetInt64(int64(x.Sign() >> 1)) // 0, or -1 for negatives
				break
			}
			r.Rsh(x, uint(y.Int64()))
			break
		}
		if x.Sign() != 0 && y.Sign() > 0 {
			if !y.IsInt64() || y.Int64() > maxIntBits || int64(x.BitLen()) > maxIntBits-y.Int64() {
				return cval{}, false
			}
		}
		if !y.IsInt64() {
			return intVal(r), true // 0 << huge
		}
		r.Lsh(x, uint(y.Int64()))
	case BitAnd, BitOr, BitXor:
		switch op {
		case BitAnd:
			r.And(x, y)
		case BitOr:
			r.Or(x, y)
		default:
			r.Xor(x, y)
		}
		if a.kind == cvBool && b.kind == cvBool {
			return boolVal(r.Sign() != 0), true
		}
	default:
		return cval{}, false
	}
	return intVal(r), true
}
