package libm

// powM3HalvesFMA is roundChecked(powM3Halves(x)) with FMA instructions
// (powfma_amd64.s); only when hasFMA.
func powM3HalvesFMA(x float64) (r float64, ok bool)

func cpuHasFMA() bool

var hasFMA = cpuHasFMA()
