package libm

import (
	"math"
	"testing"
)

var sink float64

func benchInputs() []float64 {
	xs := make([]float64, 256)
	for i := range xs {
		xs[i] = 0.3 + float64(i)*0.037
	}
	return xs
}

func bench1(b *testing.B, f func(float64) float64) {
	xs := benchInputs()
	for i := 0; i < b.N; i++ {
		sink += f(xs[i&255])
	}
}

func BenchmarkGoExp(b *testing.B)  { bench1(b, math.Exp) }
func BenchmarkExp(b *testing.B)    { bench1(b, Exp) }
func BenchmarkGoLog(b *testing.B)  { bench1(b, math.Log) }
func BenchmarkLog(b *testing.B)    { bench1(b, Log) }
func BenchmarkGoSin(b *testing.B)  { bench1(b, math.Sin) }
func BenchmarkSin(b *testing.B)    { bench1(b, Sin) }
func BenchmarkGoAtan(b *testing.B) { bench1(b, math.Atan) }
func BenchmarkAtan(b *testing.B)   { bench1(b, Atan) }
func BenchmarkGoPow(b *testing.B) {
	bench1(b, func(x float64) float64 { return math.Pow(x, -1.5) })
}
func BenchmarkPow(b *testing.B) { bench1(b, func(x float64) float64 { return Pow(x, -1.5) }) }

// Arguments in [-pi/4, pi/4] (no reduction) and in [-6, 6].
func benchTrig(b *testing.B, f func(float64) float64, scale float64) {
	xs := make([]float64, 256)
	for i := range xs {
		xs[i] = (float64(i)/128 - 1) * scale
	}
	for i := 0; i < b.N; i++ {
		sink += f(xs[i&255])
	}
}

func BenchmarkCosSmall(b *testing.B) { benchTrig(b, Cos, 0.78) }
func BenchmarkSinSmall(b *testing.B) { benchTrig(b, Sin, 0.78) }
func BenchmarkCosWide(b *testing.B)  { benchTrig(b, Cos, 6) }
func BenchmarkPowM3Halves(b *testing.B) {
	bench1(b, func(x float64) float64 { r, _ := PowCommon(x, -1.5); return r })
}
