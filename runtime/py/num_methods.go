package py

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// Methods of int, bool and float.

func intSelf(name string, args []Object) Object {
	return checkSelf(IntType, name, args)
}

func floatSelf(name string, args []Object) float64 {
	f, _ := floatOf(checkSelf(FloatType, name, args))
	return f
}

// BitLength is int.bit_length.
func BitLength(o Object) int {
	if v, ok := intOf(o); ok {
		if v < 0 {
			if v == math.MinInt64 {
				return 64
			}
			v = -v
		}
		return bits.Len64(uint64(v))
	}
	return new(big.Int).Abs(asBig(o)).BitLen()
}

// RoundInt is round(int, ndigits) for negative ndigits: half to even.
func RoundInt(v Object, ndigits int) Object {
	if ndigits >= 0 {
		return v
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	x := asBig(v)
	q, r := bigFloorDivMod(x, pow)
	twice := new(big.Int).Mul(r, big.NewInt(2))
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return NewBigInt(q.Mul(q, pow))
}

// RoundFloat is round(x, ndigits) with CPython's correctly rounded result.
func RoundFloat(x float64, ndigits int) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if ndigits > 323 {
		return x
	}
	if ndigits >= 0 {
		s := strconv.FormatFloat(x, 'f', ndigits, 64)
		f, _ := strconv.ParseFloat(s, 64)
		if f == 0 {
			return math.Copysign(0, x)
		}
		return f
	}
	if ndigits < -308 {
		return math.Copysign(0, x)
	}
	r := new(big.Rat).SetFloat64(x)
	pow := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil))
	q := new(big.Rat).Quo(r, pow)
	// Round q half to even.
	num, den := q.Num(), q.Denom()
	fl, rem := bigFloorDivMod(num, den)
	twice := new(big.Int).Mul(rem, big.NewInt(2))
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && fl.Bit(0) == 1) {
		fl.Add(fl, big.NewInt(1))
	}
	res := new(big.Rat).Mul(new(big.Rat).SetInt(fl), pow)
	f, _ := res.Float64()
	if math.IsInf(f, 0) {
		panic(NewError(OverflowErrorType, "rounded value too large to represent"))
	}
	if f == 0 {
		return math.Copysign(0, x)
	}
	return f
}

// RoundHalfEven is round(x) for a float: the nearest int, ties to even.
func RoundHalfEven(x float64) Object {
	if math.IsInf(x, 0) {
		panic(NewError(OverflowErrorType, "cannot convert float infinity to integer"))
	}
	if math.IsNaN(x) {
		panic(NewError(ValueErrorType, "cannot convert float NaN to integer"))
	}
	return NewBigInt(bigFromFloat(math.RoundToEven(x)))
}

// FloatHex is float.hex().
func FloatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int((b >> 52) & 0x7ff)
	mant := b & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead = 0
		exp = -1022
	} else {
		exp -= 1023
	}
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return fmt.Sprintf("%s0x%d.%013xp%s", sign, lead, mant, es)
}

func init() {
	method(IntType, "bit_length", func(args []Object, kw []string) Object {
		v := intSelf("bit_length", args)
		nargs("bit_length", args, kw, 0, 0)
		return Int(BitLength(v))
	})
	method(IntType, "bit_count", func(args []Object, kw []string) Object {
		v := intSelf("bit_count", args)
		nargs("bit_count", args, kw, 0, 0)
		n := 0
		for _, w := range new(big.Int).Abs(asBig(v)).Bits() {
			n += bits.OnesCount(uint(w))
		}
		return Int(n)
	})
	method(IntType, "to_bytes", func(args []Object, kw []string) Object {
		v := intSelf("to_bytes", args)
		npos := len(args) - len(kw)
		signed := false
		var kwn []string
		var kwv []Object
		for i, k := range kw {
			if k == "signed" {
				signed = Truth(args[npos+i])
			} else {
				kwn = append(kwn, k)
				kwv = append(kwv, args[npos+i])
			}
		}
		a := ParseArgs("to_bytes", append(append([]Object(nil), args[1:npos]...), kwv...), kwn, []string{"length", "byteorder"}, 0)
		length := optInt(a[0], 1)
		order := "big"
		if a[1] != nil {
			order = wantStr("to_bytes() argument 'byteorder'", a[1])
		}
		if order != "big" && order != "little" {
			panic(NewError(ValueErrorType, "byteorder must be either 'little' or 'big'"))
		}
		x := new(big.Int).Set(asBig(v))
		if x.Sign() < 0 {
			if !signed {
				panic(NewError(OverflowErrorType, "can't convert negative int to unsigned"))
			}
			x.Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
		}
		out := x.Bytes()
		overflow := len(out) > length
		if signed && !overflow && length > 0 {
			top := new(big.Int).Lsh(big.NewInt(1), uint(8*length-1))
			if asBig(v).Sign() >= 0 && asBig(v).Cmp(top) >= 0 || asBig(v).Sign() < 0 && new(big.Int).Neg(asBig(v)).Cmp(top) > 0 {
				overflow = true
			}
		}
		if overflow {
			panic(NewError(OverflowErrorType, "int too big to convert"))
		}
		res := make([]byte, length)
		copy(res[length-len(out):], out)
		if order == "little" {
			for l, r := 0, len(res)-1; l < r; l, r = l+1, r-1 {
				res[l], res[r] = res[r], res[l]
			}
		}
		return Bytes(res)
	})
	IntType.Dict.SetStr("from_bytes", &ClassMethod{Func: NewBuiltin("from_bytes", func(args []Object, kw []string) Object {
		npos := len(args) - len(kw)
		signed := false
		var kwn []string
		var kwv []Object
		for i, k := range kw {
			if k == "signed" {
				signed = Truth(args[npos+i])
			} else {
				kwn = append(kwn, k)
				kwv = append(kwv, args[npos+i])
			}
		}
		a := ParseArgs("from_bytes", append(append([]Object(nil), args[1:npos]...), kwv...), kwn, []string{"bytes", "byteorder"}, 1)
		var b []byte
		if bb, ok := a[0].(Bytes); ok {
			b = append([]byte(nil), bb...)
		} else {
			for _, x := range AppendStar(nil, a[0]) {
				b = append(b, byte(Index(x)))
			}
		}
		if a[1] != nil && StrOf(a[1]) == "little" {
			for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
				b[l], b[r] = b[r], b[l]
			}
		}
		x := new(big.Int).SetBytes(b)
		if signed && len(b) > 0 && b[0]&0x80 != 0 {
			x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
		}
		return NewBigInt(x)
	})})
	method(IntType, "conjugate", func(args []Object, kw []string) Object { return ToInt(intSelf("conjugate", args)) })
	method(IntType, "as_integer_ratio", func(args []Object, kw []string) Object {
		return NewTuple(ToInt(intSelf("as_integer_ratio", args)), Int(1))
	})
	AddGetter(IntType, "real", func(o Object) Object { return ToInt(o) }, nil)
	AddGetter(IntType, "imag", func(o Object) Object { return Int(0) }, nil)
	AddGetter(IntType, "numerator", func(o Object) Object { return ToInt(o) }, nil)
	AddGetter(IntType, "denominator", func(o Object) Object { return Int(1) }, nil)
	for _, name := range []string{"__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__pos__"} {
		name := name
		method(IntType, name, func(args []Object, kw []string) Object { return ToInt(intSelf(name, args)) })
	}
	method(IntType, "__float__", func(args []Object, kw []string) Object { return ToFloat(intSelf("__float__", args)) })
	method(IntType, "__round__", func(args []Object, kw []string) Object {
		v := intSelf("__round__", args)
		a := nargs("__round__", args, kw, 0, 1)
		if len(a) == 0 || a[0] == None {
			return ToInt(v)
		}
		return RoundInt(ToInt(v), Index(a[0]))
	})

	method(FloatType, "is_integer", func(args []Object, kw []string) Object {
		f := floatSelf("is_integer", args)
		nargs("is_integer", args, kw, 0, 0)
		return NewBool(!math.IsInf(f, 0) && f == math.Trunc(f))
	})
	method(FloatType, "as_integer_ratio", func(args []Object, kw []string) Object {
		f := floatSelf("as_integer_ratio", args)
		if math.IsInf(f, 0) {
			panic(NewError(OverflowErrorType, "cannot convert Infinity to integer ratio"))
		}
		if math.IsNaN(f) {
			panic(NewError(ValueErrorType, "cannot convert NaN to integer ratio"))
		}
		r := new(big.Rat).SetFloat64(f)
		return NewTuple(NewBigInt(r.Num()), NewBigInt(r.Denom()))
	})
	method(FloatType, "hex", func(args []Object, kw []string) Object { return Str(FloatHex(floatSelf("hex", args))) })
	FloatType.Dict.SetStr("fromhex", &ClassMethod{Func: NewBuiltin("fromhex", func(args []Object, kw []string) Object {
		s := strings.TrimSpace(wantStr("fromhex() argument", args[1]))
		if !strings.Contains(strings.ToLower(s), "p") && strings.Contains(strings.ToLower(s), "x") {
			s += "p0"
		} else if !strings.Contains(strings.ToLower(s), "x") {
			s = "0x" + s + "p0"
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			panic(NewError(ValueErrorType, "invalid hexadecimal floating-point string"))
		}
		return Float(f)
	})})
	method(FloatType, "conjugate", func(args []Object, kw []string) Object { return Float(floatSelf("conjugate", args)) })
	AddGetter(FloatType, "real", func(o Object) Object { return o }, nil)
	AddGetter(FloatType, "imag", func(o Object) Object { return Float(0) }, nil)
	method(FloatType, "__int__", func(args []Object, kw []string) Object { return ToInt(Float(floatSelf("__int__", args))) })
	method(FloatType, "__trunc__", func(args []Object, kw []string) Object { return ToInt(Float(floatSelf("__trunc__", args))) })
	method(FloatType, "__float__", func(args []Object, kw []string) Object { return Float(floatSelf("__float__", args)) })
	method(FloatType, "__floor__", func(args []Object, kw []string) Object {
		return ToInt(Float(math.Floor(floatSelf("__floor__", args))))
	})
	method(FloatType, "__ceil__", func(args []Object, kw []string) Object {
		return ToInt(Float(math.Ceil(floatSelf("__ceil__", args))))
	})
	method(FloatType, "__round__", func(args []Object, kw []string) Object {
		f := floatSelf("__round__", args)
		a := nargs("__round__", args, kw, 0, 1)
		if len(a) == 0 || a[0] == None {
			return RoundHalfEven(f)
		}
		return Float(RoundFloat(f, int(asSsizeClamped(a[0]))))
	})
	method(FloatType, "__pos__", func(args []Object, kw []string) Object { return Float(floatSelf("__pos__", args)) })
}
