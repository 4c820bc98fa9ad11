// Package random is Python's random module: CPython's Mersenne Twister,
// seeded and consumed exactly as CPython 3.11 does, so seeded programs
// draw the same numbers.
package random

import (
	"crypto/rand"
	"crypto/sha512"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/bits"

	"github.com/py2goasync/py2goasync/runtime/py"
)

const (
	mtN       = 624
	mtM       = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// Random is a random.Random instance.
type Random struct {
	mt        [mtN]uint32
	mti       int
	gaussNext py.Object
	cls       *py.Type
	dict      *py.Dict
}

// RandomType is random.Random.
var RandomType *py.Type

func (r *Random) Type() *py.Type {
	if r.cls != nil {
		return r.cls
	}
	return RandomType
}

func (r *Random) InstanceDict() *py.Dict { return r.dict }

func (r *Random) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < mtN; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.mti = mtN
}

func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			r.mt[0] = r.mt[mtN-1]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

// Uint32 is genrand_uint32.
func (r *Random) Uint32() uint32 {
	if r.mti >= mtN {
		var mag01 = [2]uint32{0, matrixA}
		kk := 0
		for ; kk < mtN-mtM; kk++ {
			y := (r.mt[kk] & upperMask) | (r.mt[kk+1] & lowerMask)
			r.mt[kk] = r.mt[kk+mtM] ^ (y >> 1) ^ mag01[y&1]
		}
		for ; kk < mtN-1; kk++ {
			y := (r.mt[kk] & upperMask) | (r.mt[kk+1] & lowerMask)
			r.mt[kk] = r.mt[kk+(mtM-mtN)] ^ (y >> 1) ^ mag01[y&1]
		}
		y := (r.mt[mtN-1] & upperMask) | (r.mt[0] & lowerMask)
		r.mt[mtN-1] = r.mt[mtM-1] ^ (y >> 1) ^ mag01[y&1]
		r.mti = 0
	}
	y := r.mt[r.mti]
	r.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Float is random.random().
func (r *Random) Float() float64 {
	a, b := r.Uint32()>>5, r.Uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// SeedInt seeds from a non-negative integer, as random_seed does.
func (r *Random) SeedInt(n *big.Int) {
	n = new(big.Int).Abs(n)
	var key []uint32
	words := n.Bits()
	for _, w := range words {
		if bits.UintSize == 64 {
			key = append(key, uint32(w), uint32(uint64(w)>>32))
		} else {
			key = append(key, uint32(w))
		}
	}
	for len(key) > 1 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	r.initByArray(key)
}

// Seed is random.seed(a) (version 2).
func (r *Random) Seed(a py.Object) {
	r.gaussNext = py.None
	switch v := a.(type) {
	case nil, py.NoneType:
		var buf [2496]byte
		rand.Read(buf[:])
		key := make([]uint32, mtN)
		for i := range key {
			key[i] = binary.LittleEndian.Uint32(buf[4*i:])
		}
		r.initByArray(key)
		return
	case py.Str, py.Bytes, *py.ByteArray:
		var b []byte
		switch s := v.(type) {
		case py.Str:
			b = []byte(s)
		case py.Bytes:
			b = []byte(s)
		case *py.ByteArray:
			b = s.B
		}
		sum := sha512.Sum512(b)
		r.SeedInt(new(big.Int).SetBytes(append(append([]byte(nil), b...), sum[:]...)))
		return
	case py.Int, py.Bool, *py.BigInt:
		r.SeedInt(bigOf(py.ToInt(v)))
		return
	case py.Float:
		r.SeedInt(bigOf(py.PyHash(v)))
		return
	}
	panic(py.NewError(py.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."))
}

func bigOf(o py.Object) *big.Int {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v))
	case *py.BigInt:
		b, _ := new(big.Int).SetString(py.Repr(v), 10)
		return b
	case py.Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	b, _ := new(big.Int).SetString(py.Repr(o), 10)
	return b
}

// GetRandBits is getrandbits(k).
func (r *Random) GetRandBits(k int) py.Object {
	if k < 0 {
		panic(py.NewError(py.ValueErrorType, "number of bits must be non-negative"))
	}
	if k == 0 {
		return py.Int(0)
	}
	if k <= 32 {
		return py.Int(r.Uint32() >> (32 - k))
	}
	if k <= 63 {
		lo := uint64(r.Uint32())
		hi := uint64(r.Uint32() >> (64 - k))
		return py.Int(int64(hi<<32 | lo))
	}
	words := (k-1)/32 + 1
	buf := make([]byte, words*4)
	for i := 0; i < words; i++ {
		w := r.Uint32()
		if k < 32 {
			w >>= 32 - k
		}
		binary.BigEndian.PutUint32(buf[(words-1-i)*4:], w)
		k -= 32
	}
	return py.NewBigInt(new(big.Int).SetBytes(buf))
}

// Below is _randbelow(n) for n >= 0.
func (r *Random) Below(n int64) int64 {
	if n <= 0 {
		return 0
	}
	k := bits.Len64(uint64(n))
	for {
		v := int64(py.Index(r.GetRandBits(k)))
		if v < n {
			return v
		}
	}
}

func (r *Random) belowBig(n *big.Int) py.Object {
	if n.IsInt64() {
		return py.Int(r.Below(n.Int64()))
	}
	k := n.BitLen()
	for {
		v := r.GetRandBits(k)
		if bigOf(v).Cmp(n) < 0 {
			return v
		}
	}
}

func index(o py.Object, what string) *big.Int {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return bigOf(o)
	}
	if m := py.LookupSpecial(o, "__index__"); m != nil {
		return bigOf(py.Call(m))
	}
	if f, ok := o.(py.Float); ok {
		if float64(f) == math.Trunc(float64(f)) {
			return big.NewInt(int64(f))
		}
		panic(py.NewError(py.ValueErrorType, "non-integer "+what+" for randrange()"))
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", o.Type().Name)))
}

// RandRange is randrange(start, stop, step); stop nil means randrange(start).
func (r *Random) RandRange(start, stop, step py.Object) py.Object {
	istart := index(start, "arg 1")
	if stop == nil || stop == py.None {
		if step != nil && step != py.None && !(py.Eq(step, py.Int(1))) {
			panic(py.NewError(py.TypeErrorType, "Missing a non-None stop argument"))
		}
		if istart.Sign() > 0 {
			return r.belowBig(istart)
		}
		panic(py.NewError(py.ValueErrorType, "empty range for randrange()"))
	}
	istop := index(stop, "stop")
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil && step != py.None {
		istep = index(step, "step")
	}
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			return py.Add(py.NewBigInt(istart), r.belowBig(width))
		}
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("empty range for randrange() (%s, %s, %s)", istart, istop, width)))
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = new(big.Int).Add(width, istep)
		n.Sub(n, big.NewInt(1))
	case -1:
		n = new(big.Int).Add(width, istep)
		n.Add(n, big.NewInt(1))
	default:
		panic(py.NewError(py.ValueErrorType, "zero step for randrange()"))
	}
	q, m := new(big.Int), new(big.Int)
	q.DivMod(n, istep, m)
	// floor division
	if m.Sign() != 0 && (m.Sign() < 0) != (istep.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	if istep.Sign() < 0 {
		// DivMod uses Euclidean division; recompute floor division.
		q = floorDiv(n, istep)
	} else {
		q = floorDiv(n, istep)
	}
	if q.Sign() <= 0 {
		panic(py.NewError(py.ValueErrorType, "empty range for randrange()"))
	}
	return py.Add(py.NewBigInt(istart), py.Mul(py.NewBigInt(istep), r.belowBig(q)))
}

func floorDiv(a, b *big.Int) *big.Int {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
	}
	return q
}

// Shuffle is shuffle(x) for a list.
func (r *Random) Shuffle(x py.Object) {
	n := py.Len(x)
	if l, ok := x.(*py.List); ok {
		for i := n - 1; i >= 1; i-- {
			j := int(r.Below(int64(i + 1)))
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return
	}
	for i := n - 1; i >= 1; i-- {
		j := int(r.Below(int64(i + 1)))
		a, b := py.GetItem(x, py.Int(i)), py.GetItem(x, py.Int(j))
		py.SetItem(x, py.Int(i), b)
		py.SetItem(x, py.Int(j), a)
	}
}

func isSequence(o py.Object) bool {
	switch o.(type) {
	case *py.List, *py.Tuple, py.Str, py.Bytes, *py.Range:
		return true
	}
	return py.LookupSpecial(o, "__getitem__") != nil && py.LookupSpecial(o, "__len__") != nil && !o.Type().IsSubtype(py.DictType)
}

// Sample is sample(population, k).
func (r *Random) Sample(pop py.Object, k int, counts py.Object) py.Object {
	if !isSequence(pop) {
		panic(py.NewError(py.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d)."))
	}
	n := py.Len(pop)
	if counts != nil && counts != py.None {
		cum := py.AppendStar(nil, counts)
		for i := 1; i < len(cum); i++ {
			cum[i] = py.Add(cum[i-1], cum[i])
		}
		if len(cum) != n {
			panic(py.NewError(py.ValueErrorType, "The number of counts does not match the population"))
		}
		total := cum[len(cum)-1]
		cum = cum[:len(cum)-1]
		tot := py.Index(total)
		if tot <= 0 {
			panic(py.NewError(py.ValueErrorType, "Total of counts must be greater than zero"))
		}
		sel := r.Sample(py.NewRange(0, int64(tot), 1), k, nil).(*py.List)
		out := make([]py.Object, len(sel.Items))
		for i, s := range sel.Items {
			out[i] = py.GetItem(pop, py.Int(bisectRight(cum, s, 0, len(cum))))
		}
		return py.NewList(out...)
	}
	if k < 0 || k > n {
		panic(py.NewError(py.ValueErrorType, "Sample larger than population or is negative"))
	}
	result := make([]py.Object, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool := py.AppendStar(nil, pop)
		for i := 0; i < k; i++ {
			j := int(r.Below(int64(n - i)))
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int64]bool{}
		for i := 0; i < k; i++ {
			j := r.Below(int64(n))
			for selected[j] {
				j = r.Below(int64(n))
			}
			selected[j] = true
			result[i] = py.GetItem(pop, py.Int(j))
		}
	}
	return py.NewList(result...)
}

func bisectRight(a []py.Object, x py.Object, lo, hi int) int {
	for lo < hi {
		mid := (lo + hi) / 2
		if py.Less(x, a[mid]) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// Gauss is gauss(mu, sigma).
func (r *Random) Gauss(mu, sigma float64) float64 {
	var z float64
	if g, ok := r.gaussNext.(py.Float); ok {
		z = float64(g)
		r.gaussNext = py.None
	} else {
		x2pi := r.Float() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.Float()))
		z = math.Cos(x2pi) * g2rad
		r.gaussNext = py.Float(math.Sin(x2pi) * g2rad)
	}
	return mu + z*sigma
}

func flt(o py.Object) float64 {
	f := py.ToFloat(o)
	return float64(f.(py.Float))
}

func self(args []py.Object) *Random {
	r, ok := args[0].(*Random)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "descriptor requires a 'random.Random' object"))
	}
	return r
}

// New makes a Random seeded from seed (nil: from the OS).
func New(seed py.Object) *Random {
	r := &Random{gaussNext: py.None}
	r.Seed(seed)
	return r
}

func def(name string, fn func(r *Random, args []py.Object, kw []string) py.Object) {
	RandomType.Dict.SetStr(name, py.NewMethod(name, func(args []py.Object, kw []string) py.Object {
		return fn(self(args), args[1:len(args)], kw)
	}))
}

func setup0() {
	py.SetNewInstance(RandomType, func(t *py.Type) py.Object {
		r := New(nil)
		if t != RandomType {
			r.cls, r.dict = t, py.NewDict()
		}
		return r
	})
	def("__init__", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("Random", args, kw, []string{"x"}, 0)
		r.Seed(a[0])
		return py.None
	})
	def("seed", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("seed", args, kw, []string{"a", "version"}, 0)
		r.Seed(a[0])
		return py.None
	})
	def("random", func(r *Random, args []py.Object, kw []string) py.Object {
		py.ParseArgs("random", args, kw, nil, 0)
		return py.Float(r.Float())
	})
	def("getrandbits", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("getrandbits", args, kw, []string{"k"}, 1)
		return r.GetRandBits(py.Index(a[0]))
	})
	def("randrange", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("randrange", args, kw, []string{"start", "stop", "step"}, 1)
		return r.RandRange(a[0], a[1], a[2])
	})
	def("randint", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("randint", args, kw, []string{"a", "b"}, 2)
		return r.RandRange(a[0], py.Add(a[1], py.Int(1)), nil)
	})
	def("choice", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("choice", args, kw, []string{"seq"}, 1)
		n := py.Len(a[0])
		if n == 0 {
			panic(py.NewError(py.IndexErrorType, "Cannot choose from an empty sequence"))
		}
		return py.GetItem(a[0], py.Int(r.Below(int64(n))))
	})
	def("choices", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("choices", args, kw, []string{"population", "weights", "cum_weights", "k"}, 1)
		pop := a[0]
		n := py.Len(pop)
		k := 1
		if a[3] != nil {
			k = py.Index(a[3])
		}
		out := make([]py.Object, k)
		if a[2] == nil || a[2] == py.None {
			if a[1] == nil || a[1] == py.None {
				fn := float64(n)
				for i := range out {
					out[i] = py.GetItem(pop, py.Int(int(math.Floor(r.Float()*fn))))
				}
				return py.NewList(out...)
			}
			cum := py.AppendStar(nil, a[1])
			for i := 1; i < len(cum); i++ {
				cum[i] = py.Add(cum[i-1], cum[i])
			}
			a[2] = py.NewList(cum...)
		} else if a[1] != nil && a[1] != py.None {
			panic(py.NewError(py.TypeErrorType, "Cannot specify both weights and cumulative weights"))
		}
		cum := py.AppendStar(nil, a[2])
		if len(cum) != n {
			panic(py.NewError(py.ValueErrorType, "The number of weights does not match the population"))
		}
		total := flt(cum[len(cum)-1])
		if total <= 0 {
			panic(py.NewError(py.ValueErrorType, "Total of weights must be greater than zero"))
		}
		for i := range out {
			out[i] = py.GetItem(pop, py.Int(bisectRight(cum, py.Float(r.Float()*total), 0, n-1)))
		}
		return py.NewList(out...)
	})
	def("shuffle", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("shuffle", args, kw, []string{"x"}, 1)
		r.Shuffle(a[0])
		return py.None
	})
	def("sample", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("sample", args, kw, []string{"population", "k", "counts"}, 2)
		return r.Sample(a[0], py.Index(a[1]), a[2])
	})
	def("uniform", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("uniform", args, kw, []string{"a", "b"}, 2)
		lo, hi := flt(a[0]), flt(a[1])
		return py.Float(lo + (hi-lo)*r.Float())
	})
	def("triangular", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("triangular", args, kw, []string{"low", "high", "mode"}, 0)
		low, high := 0.0, 1.0
		if a[0] != nil {
			low = flt(a[0])
		}
		if a[1] != nil {
			high = flt(a[1])
		}
		u := r.Float()
		c := 0.5
		if a[2] != nil && a[2] != py.None {
			if high == low {
				return py.Float(low)
			}
			c = (flt(a[2]) - low) / (high - low)
		}
		if u > c {
			u, c = 1.0-u, 1.0-c
			low, high = high, low
		}
		return py.Float(low + (high-low)*math.Sqrt(u*c))
	})
	def("gauss", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("gauss", args, kw, []string{"mu", "sigma"}, 0)
		mu, sigma := 0.0, 1.0
		if a[0] != nil {
			mu = flt(a[0])
		}
		if a[1] != nil {
			sigma = flt(a[1])
		}
		return py.Float(r.Gauss(mu, sigma))
	})
	def("normalvariate", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("normalvariate", args, kw, []string{"mu", "sigma"}, 0)
		mu, sigma := 0.0, 1.0
		if a[0] != nil {
			mu = flt(a[0])
		}
		if a[1] != nil {
			sigma = flt(a[1])
		}
		const nvMagic = 1.7155277699214135 // 4 * exp(-0.5) / sqrt(2.0)
		var z float64
		for {
			u1 := r.Float()
			u2 := 1.0 - r.Float()
			z = nvMagic * (u1 - 0.5) / u2
			if z*z/4.0 <= -math.Log(u2) {
				break
			}
		}
		return py.Float(mu + z*sigma)
	})
	def("expovariate", func(r *Random, args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("expovariate", args, kw, []string{"lambd"}, 1)
		return py.Float(-math.Log(1.0-r.Float()) / flt(a[0]))
	})
	def("getstate", func(r *Random, args []py.Object, kw []string) py.Object {
		items := make([]py.Object, mtN+1)
		for i, v := range r.mt {
			items[i] = py.Int(v)
		}
		items[mtN] = py.Int(r.mti)
		return py.NewTuple(py.Int(3), py.NewTuple(items...), r.gaussNext)
	})
	def("setstate", func(r *Random, args []py.Object, kw []string) py.Object {
		st := py.AppendStar(nil, args[0])
		inner := py.AppendStar(nil, st[1])
		for i := 0; i < mtN; i++ {
			r.mt[i] = uint32(py.Index(inner[i]))
		}
		r.mti = py.Index(inner[mtN])
		r.gaussNext = st[2]
		return py.None
	})

	py.RegisterFallbackModule("random", func(m *py.Module) {
		inst := New(nil)
		m.Set("Random", RandomType)
		m.Set("_inst", inst)
		for _, name := range []string{"seed", "random", "getrandbits", "randrange", "randint", "choice", "choices",
			"shuffle", "sample", "uniform", "triangular", "gauss", "normalvariate", "expovariate", "getstate", "setstate"} {
			m.Set(name, py.GetAttr(inst, name))
		}
	})
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	RandomType = py.NewClass("Random", "Random", "random", nil, py.NewDict())
}
