// Package math is Python's math module.
package math

import (
	"fmt"
	gomath "math"
	"math/big"

	"github.com/py2goasync/py2goasync/runtime/py"
	"github.com/py2goasync/py2goasync/runtime/py/libm"
)

func finite(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) }

// flt is PyFloat_AsDouble: a float, or an instance of a float subclass
// (whose own __float__ is not consulted), is its value; other objects go
// through __float__, then __index__. Floats and small ints are read
// without the boxed float ToFloat would make.
func flt(o py.Object) float64 {
	switch v := o.(type) {
	case py.Float:
		return float64(v)
	case py.Int:
		return float64(v)
	case *py.ValueSub:
		if f, ok := v.V.(py.Float); ok {
			return float64(f)
		}
	case py.Bool, *py.BigInt:
		return float64(py.ToFloat(o).(py.Float))
	}
	// ToFloat is float(o): __float__ (its result checked), then __index__;
	// only str's parsing must not happen here.
	if py.LookupSpecial(o, "__float__") != nil || py.LookupSpecial(o, "__index__") != nil {
		return float64(py.ToFloat(o).(py.Float))
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("must be real number, not %s", o.Type().Name)))
}

func domain() { panic(py.NewError(py.ValueErrorType, "math domain error")) }

func checkResult(x, r float64) py.Object {
	if gomath.IsNaN(r) && !gomath.IsNaN(x) {
		domain()
	}
	if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
		panic(py.NewError(py.OverflowErrorType, "math range error"))
	}
	return py.BoxFloat(r)
}

// logHelper is CPython's loghelper: an int too big for a float is
// log(m) + log(2)*e over its mantissa m rounded to 53 bits; zero and
// negative arguments are a domain error.
func logHelper(o py.Object, f func(float64) float64) float64 {
	if b, ok := o.(*py.BigInt); ok {
		bi := bigOf(b)
		if bi.Sign() <= 0 {
			domain()
		}
		if x, _ := new(big.Float).SetInt(bi).Float64(); !gomath.IsInf(x, 0) {
			return f(x)
		}
		mant := new(big.Float).SetPrec(53).SetInt(bi)
		e := mant.MantExp(mant)
		x, _ := mant.Float64()
		return f(x) + f(2)*float64(e)
	}
	x := flt(o)
	if x <= 0 && !gomath.IsNaN(x) {
		domain()
	}
	return f(x)
}

func bigOf(o py.Object) *big.Int {
	if m := py.LookupSpecial(o, "__index__"); m != nil {
		o = py.Call(m)
	}
	b, ok := new(big.Int).SetString(py.Repr(o), 10)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
	}
	return b
}

func intArg(o py.Object) *big.Int {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return bigOf(o)
	case py.Float:
		panic(py.NewError(py.TypeErrorType, "'float' object cannot be interpreted as an integer"))
	}
	if py.LookupSpecial(o, "__index__") != nil {
		return bigOf(o)
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
}

func toIntegral(o py.Object, name string) py.Object {
	switch v := o.(type) {
	case py.Int, *py.BigInt:
		return v
	case py.Bool:
		return py.ToInt(v)
	case py.Float:
		f := float64(v)
		if gomath.IsInf(f, 0) {
			panic(py.NewError(py.OverflowErrorType, "cannot convert float infinity to integer"))
		}
		if gomath.IsNaN(f) {
			panic(py.NewError(py.ValueErrorType, "cannot convert float NaN to integer"))
		}
		switch name {
		case "floor":
			f = gomath.Floor(f)
		case "ceil":
			f = gomath.Ceil(f)
		default:
			f = gomath.Trunc(f)
		}
		return py.ToInt(py.Float(f))
	}
	if m := py.LookupSpecial(o, "__"+name+"__"); m != nil {
		return py.Call(m)
	}
	return toIntegral(py.Float(flt(o)), name)
}

func sinKernel(x float64) (float64, bool) {
	if gomath.IsInf(x, 0) {
		return 0, false
	}
	return libm.Sin(x), true
}

func cosKernel(x float64) (float64, bool) {
	if gomath.IsInf(x, 0) {
		return 0, false
	}
	return libm.Cos(x), true
}

func setup0() {
	py.RegisterModule("math", func(m *py.Module) {
		m.Set("pi", py.Float(gomath.Pi))
		m.Set("e", py.Float(gomath.E))
		m.Set("tau", py.Float(2*gomath.Pi))
		m.Set("inf", py.Float(gomath.Inf(1)))
		m.Set("nan", py.Float(gomath.NaN()))
		f1 := func(name string, f func(float64) float64, domainCheck func(float64) bool) *py.BuiltinFunction {
			fn := m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"x"}, 1)
				x := flt(a[0])
				if domainCheck != nil && !domainCheck(x) {
					domain()
				}
				return checkResult(x, f(x))
			})
			fn.SetFast(func(_, a py.Object) py.Object {
				// name(x): the same without the argument list.
				x := flt(a)
				if domainCheck != nil && !domainCheck(x) {
					domain()
				}
				return checkResult(x, f(x))
			})
			// Float code's kernel: what checkResult would raise for, the
			// call raises (FloatCall makes it).
			fn.SetFloat1(func(x float64) (float64, bool) {
				if domainCheck != nil && !domainCheck(x) {
					return 0, false
				}
				r := f(x)
				if gomath.IsNaN(r) && !gomath.IsNaN(x) || gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
					return 0, false
				}
				return r, true
			})
			return fn
		}
		sqrt := f1("sqrt", gomath.Sqrt, func(x float64) bool { return x >= 0 || gomath.IsNaN(x) })
		// Float code's most frequent kernels without the closure's
		// generic tests: what they fail for is what the tests above
		// fail for (a negative square root; sin and cos of an infinity,
		// NaN from a non-NaN).
		sqrt.SetFloat1(func(x float64) (float64, bool) {
			if x >= 0 || x != x {
				return gomath.Sqrt(x), true
			}
			return 0, false
		})
		f1("exp", libm.Exp, nil)
		f1("expm1", gomath.Expm1, nil)
		for _, lf := range []struct {
			name string
			f    func(float64) float64
		}{{"log2", libm.Log2}, {"log10", libm.Log10}} {
			lf := lf
			m.AddFunc(lf.name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(lf.name, args, kw, []string{"x"}, 1)
				return py.Float(logHelper(a[0], lf.f))
			})
		}
		f1("log1p", gomath.Log1p, func(x float64) bool { return x > -1 || gomath.IsNaN(x) })
		// An infinite argument gives NaN, which checkResult reports as
		// the domain error: no separate test.
		f1("sin", libm.Sin, nil).SetFloat1(sinKernel)
		f1("cos", libm.Cos, nil).SetFloat1(cosKernel)
		f1("tan", libm.Tan, nil)
		f1("asin", libm.Asin, func(x float64) bool { return x >= -1 && x <= 1 || gomath.IsNaN(x) })
		f1("acos", libm.Acos, func(x float64) bool { return x >= -1 && x <= 1 || gomath.IsNaN(x) })
		f1("atan", libm.Atan, nil)
		f1("sinh", libm.Sinh, nil)
		f1("cosh", libm.Cosh, nil)
		f1("tanh", libm.Tanh, nil)
		f1("asinh", libm.Asinh, nil)
		f1("acosh", libm.Acosh, func(x float64) bool { return x >= 1 || gomath.IsNaN(x) })
		f1("atanh", libm.Atanh, func(x float64) bool { return x > -1 && x < 1 || gomath.IsNaN(x) })
		f1("fabs", gomath.Abs, nil)
		f1("erf", libm.Erf, nil)
		f1("erfc", libm.Erfc, nil)
		f1("gamma", gomath.Gamma, func(x float64) bool { return !(x <= 0 && x == gomath.Trunc(x)) })
		f1("lgamma", func(x float64) float64 { v, _ := gomath.Lgamma(x); return v }, func(x float64) bool { return !(x <= 0 && x == gomath.Trunc(x)) })
		f1("degrees", func(x float64) float64 { return x * 180 / gomath.Pi }, nil)
		f1("radians", func(x float64) float64 { return x * gomath.Pi / 180 }, nil)
		m.AddFunc("log", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("log", args, kw, []string{"x", "base"}, 1)
			lg := func(o py.Object) float64 { return logHelper(o, libm.Log) }
			r := lg(a[0])
			if a[1] != nil {
				d := lg(a[1])
				if d == 0 {
					panic(py.NewError(py.ZeroDivisionErrorType, "float division by zero"))
				}
				r /= d
			}
			return py.Float(r)
		})
		m.AddFunc("pow", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("pow", args, kw, []string{"x", "y"}, 2)
			x, y := flt(a[0]), flt(a[1])
			r := libm.Pow(x, y)
			if finite(x) && finite(y) && !finite(r) {
				if gomath.IsNaN(r) || x == 0 {
					domain()
				}
				panic(py.NewError(py.OverflowErrorType, "math range error"))
			}
			return py.Float(r)
		})
		m.AddFunc("atan2", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("atan2", args, kw, []string{"y", "x"}, 2)
			return py.Float(libm.Atan2(flt(a[0]), flt(a[1])))
		})
		m.AddFunc("copysign", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("copysign", args, kw, []string{"x", "y"}, 2)
			return py.Float(gomath.Copysign(flt(a[0]), flt(a[1])))
		})
		m.AddFunc("fmod", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("fmod", args, kw, []string{"x", "y"}, 2)
			x, y := flt(a[0]), flt(a[1])
			if y == 0 || gomath.IsInf(x, 0) {
				domain()
			}
			return py.Float(gomath.Mod(x, y))
		})
		m.AddFunc("remainder", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("remainder", args, kw, []string{"x", "y"}, 2)
			return py.Float(gomath.Remainder(flt(a[0]), flt(a[1])))
		})
		m.AddFunc("modf", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("modf", args, kw, []string{"x"}, 1)
			i, f := gomath.Modf(flt(a[0]))
			return py.NewTuple(py.Float(f), py.Float(i))
		})
		m.AddFunc("frexp", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("frexp", args, kw, []string{"x"}, 1)
			f, e := gomath.Frexp(flt(a[0]))
			return py.NewTuple(py.Float(f), py.Int(e))
		})
		m.AddFunc("ldexp", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("ldexp", args, kw, []string{"x", "i"}, 2)
			return checkResult(flt(a[0]), gomath.Ldexp(flt(a[0]), py.Index(a[1])))
		})
		m.AddFunc("hypot", func(args []py.Object, kw []string) py.Object {
			xs := make([]float64, len(args))
			for i, a := range args {
				xs[i] = flt(a)
			}
			return py.Float(libm.HypotN(xs))
		})
		m.AddFunc("dist", func(args []py.Object, kw []string) py.Object {
			p, q := py.AppendStar(nil, args[0]), py.AppendStar(nil, args[1])
			if len(p) != len(q) {
				panic(py.NewError(py.ValueErrorType, "both points must have the same number of dimensions"))
			}
			d := make([]float64, len(p))
			for i := range p {
				d[i] = flt(p[i]) - flt(q[i])
			}
			return py.Float(libm.HypotN(d))
		})
		for _, name := range []string{"floor", "ceil", "trunc"} {
			name := name
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"x"}, 1)
				return toIntegral(a[0], name)
			})
		}
		m.AddFunc("isfinite", func(args []py.Object, kw []string) py.Object {
			x := flt(args[0])
			return py.NewBool(!gomath.IsInf(x, 0) && !gomath.IsNaN(x))
		})
		m.AddFunc("isinf", func(args []py.Object, kw []string) py.Object { return py.NewBool(gomath.IsInf(flt(args[0]), 0)) })
		m.AddFunc("isnan", func(args []py.Object, kw []string) py.Object { return py.NewBool(gomath.IsNaN(flt(args[0]))) })
		m.AddFunc("isclose", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("isclose", args, kw, []string{"a", "b", "rel_tol", "abs_tol"}, 2)
			x, y := flt(a[0]), flt(a[1])
			rel, abs := 1e-9, 0.0
			if a[2] != nil {
				rel = flt(a[2])
			}
			if a[3] != nil {
				abs = flt(a[3])
			}
			if rel < 0 || abs < 0 {
				panic(py.NewError(py.ValueErrorType, "tolerances must be non-negative"))
			}
			if x == y {
				return py.True
			}
			if gomath.IsInf(x, 0) || gomath.IsInf(y, 0) {
				return py.False
			}
			d := gomath.Abs(x - y)
			return py.NewBool(d <= gomath.Abs(rel*y) || d <= gomath.Abs(rel*x) || d <= abs)
		})
		m.AddFunc("gcd", func(args []py.Object, kw []string) py.Object {
			r := big.NewInt(0)
			for _, a := range args {
				r.GCD(nil, nil, new(big.Int).Abs(r), new(big.Int).Abs(intArg(a)))
			}
			return py.NewBigInt(r)
		})
		m.AddFunc("lcm", func(args []py.Object, kw []string) py.Object {
			r := big.NewInt(1)
			for _, a := range args {
				v := new(big.Int).Abs(intArg(a))
				if v.Sign() == 0 {
					return py.Int(0)
				}
				g := new(big.Int).GCD(nil, nil, r, v)
				r.Mul(r, v).Div(r, g)
			}
			return py.NewBigInt(r)
		})
		m.AddFunc("factorial", func(args []py.Object, kw []string) py.Object {
			n := intArg(args[0])
			if n.Sign() < 0 {
				panic(py.NewError(py.ValueErrorType, "factorial() not defined for negative values"))
			}
			if !n.IsInt64() {
				panic(py.NewError(py.OverflowErrorType, "factorial() argument should not exceed 9223372036854775807"))
			}
			return py.NewBigInt(rangeProduct(1, n.Uint64()))
		})
		m.AddFunc("comb", func(args []py.Object, kw []string) py.Object {
			n, k := intArg(args[0]), intArg(args[1])
			if n.Sign() < 0 {
				panic(py.NewError(py.ValueErrorType, "n must be a non-negative integer"))
			}
			if k.Sign() < 0 {
				panic(py.NewError(py.ValueErrorType, "k must be a non-negative integer"))
			}
			if k.Cmp(n) > 0 {
				return py.Int(0)
			}
			if n.IsInt64() {
				return py.NewBigInt(new(big.Int).Binomial(n.Int64(), k.Int64()))
			}
			// A huge n: n*(n-1)*...*(n-j+1) / j! for j = min(k, n-k).
			j := new(big.Int).Sub(n, k)
			if k.Cmp(j) < 0 {
				j = k
			}
			if !j.IsInt64() {
				panic(py.NewError(py.OverflowErrorType, "min(n - k, k) must not exceed 9223372036854775807"))
			}
			r := fallingProduct(n, j.Int64())
			return py.NewBigInt(r.Quo(r, rangeProduct(1, j.Uint64())))
		})
		m.AddFunc("perm", func(args []py.Object, kw []string) py.Object {
			n := intArg(args[0])
			k := n
			if len(args) > 1 && args[1] != py.None {
				k = intArg(args[1])
			}
			if n.Sign() < 0 {
				panic(py.NewError(py.ValueErrorType, "n must be a non-negative integer"))
			}
			if k.Sign() < 0 {
				panic(py.NewError(py.ValueErrorType, "k must be a non-negative integer"))
			}
			if k.Cmp(n) > 0 {
				return py.Int(0)
			}
			if !k.IsInt64() {
				panic(py.NewError(py.OverflowErrorType, "k must not exceed 9223372036854775807"))
			}
			if !n.IsInt64() {
				return py.NewBigInt(fallingProduct(n, k.Int64()))
			}
			return py.NewBigInt(rangeProduct(uint64(n.Int64()-k.Int64()+1), n.Uint64()))
		})
		m.AddFunc("isqrt", func(args []py.Object, kw []string) py.Object {
			n := intArg(args[0])
			if n.Sign() < 0 {
				panic(py.NewError(py.ValueErrorType, "isqrt() argument must be nonnegative"))
			}
			return py.NewBigInt(new(big.Int).Sqrt(n))
		})
		m.AddFunc("fsum", func(args []py.Object, kw []string) py.Object {
			// Shewchuk's algorithm, as CPython's msum.
			var partials []float64
			specialSum, infSum := 0.0, 0.0
			it := py.GetIter(args[0])
			for {
				o, ok := py.Next(it)
				if !ok {
					break
				}
				x := flt(o)
				xsave := x
				i := 0
				for _, y := range partials {
					if gomath.Abs(x) < gomath.Abs(y) {
						x, y = y, x
					}
					hi := x + y
					lo := y - (hi - x)
					if lo != 0 {
						partials[i] = lo
						i++
					}
					x = hi
				}
				partials = partials[:i]
				if x == 0 {
					continue
				}
				if !finite(x) {
					// An infinity or NaN summand, or an overflow.
					if finite(xsave) {
						panic(py.NewError(py.OverflowErrorType, "intermediate overflow in fsum"))
					}
					if gomath.IsInf(xsave, 0) {
						infSum += xsave
					}
					specialSum += xsave
					partials = partials[:0]
					continue
				}
				partials = append(partials, x)
			}
			if specialSum != 0 {
				if gomath.IsNaN(infSum) {
					panic(py.NewError(py.ValueErrorType, "-inf + inf in fsum"))
				}
				return py.Float(specialSum)
			}
			if len(partials) == 0 {
				return py.Float(0)
			}
			n := len(partials) - 1
			hi := partials[n]
			lo := 0.0
			for n > 0 {
				x := hi
				n--
				y := partials[n]
				hi = x + y
				yr := hi - x
				lo = y - yr
				if lo != 0 {
					break
				}
			}
			if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
				y := lo * 2
				x := hi + y
				yr := x - hi
				if y == yr {
					hi = x
				}
			}
			return py.Float(hi)
		})
		m.AddFunc("prod", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("prod", args, kw, []string{"iterable", "start"}, 1)
			var acc py.Object = py.Int(1)
			if a[1] != nil {
				acc = a[1]
			}
			it := py.GetIter(a[0])
			for {
				v, ok := py.Next(it)
				if !ok {
					return acc
				}
				acc = py.Mul(acc, v)
			}
		})
		addMore(m)
	})
}
