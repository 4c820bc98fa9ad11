//go:build !amd64

package libm

const hasFMA = false

func powM3HalvesFMA(x float64) (r float64, ok bool) { return roundChecked(powM3Halves(x)) }
