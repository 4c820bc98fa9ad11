package libm

import (
	"math"
	"math/big"
	"sync"
)

// Constants in several float64 parts, each part the nearest float64 to
// what the previous parts leave. Their values are in consts_table.go,
// written out from the series below (seriesConsts) so that no program
// computes them at start-up; TestConstsTable recomputes them and checks
// every bit.
type constSet struct {
	ln2   dd         // ln 2
	ln2c  [3]float64 // ln 2 in three parts
	ln10  dd         // ln 10
	pio2c [4]float64 // pi/2 in four parts
	pio2  dd
	pi    dd
	pio4  dd

	invFact [32]dd // 1/n!
	invOdd  [64]dd // 1/n for odd n

	ivln10, log10of2hi, log10of2lo float64
}

// atanhInv is atanh(1/n) = sum 1/((2k+1) n^(2k+1)) at prec bits.
func atanhInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	nn := new(big.Float).SetPrec(prec).SetInt64(n)
	pw := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), nn) // 1/n^(2k+1)
	n2 := new(big.Float).SetPrec(prec).Mul(nn, nn)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(0); ; k++ {
		t := new(big.Float).SetPrec(prec).Quo(pw, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		sum.Add(sum, t)
		if t.Cmp(eps) < 0 {
			break
		}
		pw.Quo(pw, n2)
	}
	return sum
}

// atanInv is atan(1/n) at prec bits.
func atanInv(n int64, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec)
	nn := new(big.Float).SetPrec(prec).SetInt64(n)
	pw := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), nn)
	n2 := new(big.Float).SetPrec(prec).Mul(nn, nn)
	eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(0); ; k++ {
		t := new(big.Float).SetPrec(prec).Quo(pw, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		if t.Cmp(eps) < 0 {
			break
		}
		pw.Quo(pw, n2)
	}
	return sum
}

// bigPi is pi at prec bits (Machin's formula).
func bigPi(prec uint) *big.Float {
	a := atanInv(5, prec+16)
	a.Mul(a, big.NewFloat(16))
	b := atanInv(239, prec+16)
	b.Mul(b, big.NewFloat(4))
	return new(big.Float).SetPrec(prec).Sub(a, b)
}

func split(v *big.Float, parts []float64) {
	r := new(big.Float).SetPrec(v.Prec()).Set(v)
	for i := range parts {
		f, _ := r.Float64()
		parts[i] = f
		r.Sub(r, new(big.Float).SetFloat64(f))
	}
}

func toDD(v *big.Float) dd {
	var p [2]float64
	split(v, p[:])
	return dd{p[0], p[1]}
}

var (
	hugePiOnce sync.Once
	hugePio2   *big.Float // pi/2 at 1400 bits, for reducing huge arguments
)

const hugePrec = 1400

// seriesConsts computes the constants from series in math/big.
func seriesConsts() *constSet {
	c := &constSet{}
	const prec = 300
	l2 := atanhInv(3, prec)
	l2.Mul(l2, big.NewFloat(2))
	c.ln2 = toDD(l2)
	split(l2, c.ln2c[:])
	// ln 10 = 3 ln 2 + ln(5/4) = 3 ln 2 + 2 atanh(1/9)
	l10 := atanhInv(9, prec)
	l10.Mul(l10, big.NewFloat(2))
	l10.Add(l10, new(big.Float).SetPrec(prec).Mul(l2, big.NewFloat(3)))
	c.ln10 = toDD(l10)
	p := bigPi(prec)
	c.pi = toDD(p)
	h := new(big.Float).SetPrec(prec).Quo(p, big.NewFloat(2))
	split(h, c.pio2c[:])
	c.pio2 = toDD(h)
	c.pio4 = toDD(new(big.Float).SetPrec(prec).Quo(p, big.NewFloat(4)))
	f := big.NewFloat(1).SetPrec(prec)
	for n := 0; n < len(c.invFact); n++ {
		if n > 0 {
			f.Mul(f, big.NewFloat(float64(n)))
		}
		c.invFact[n] = toDD(new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), f))
	}
	for n := 1; n < len(c.invOdd); n += 2 {
		c.invOdd[n] = toDD(new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), big.NewFloat(float64(n))))
	}
	// log10 splits: 1/ln 10, and log10(2) as a 43-bit head and a tail.
	iv := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), l10)
	c.ivln10, _ = iv.Float64()
	lg2 := new(big.Float).SetPrec(prec).Quo(l2, l10)
	hi, _ := lg2.Float64()
	hi = math.Float64frombits(math.Float64bits(hi) &^ (1<<13 - 1))
	c.log10of2hi = hi
	c.log10of2lo, _ = new(big.Float).SetPrec(prec).Sub(lg2, new(big.Float).SetFloat64(hi)).Float64()
	return c
}

func getHugePio2() *big.Float {
	hugePiOnce.Do(func() {
		p := bigPi(hugePrec)
		hugePio2 = p.Quo(p, big.NewFloat(2))
	})
	return hugePio2
}
