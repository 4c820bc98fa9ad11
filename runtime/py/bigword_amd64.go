package py

import "math/big"

// mulAddWords sets z[:len(x)] to x*m + a and returns the carry word
// (bigword_amd64.s; MULX, which needs BMI2).
//
//go:noescape
func mulAddWords(z, x []big.Word, m, a big.Word) (c big.Word)

// addMulWords sets z[:len(y)] to x + y*m and returns the carry word
// (bigword_amd64.s; MULX, ADCX and ADOX, which need BMI2 and ADX).
//
//go:noescape
func addMulWords(z, x, y []big.Word, m big.Word) (c big.Word)

// subMulWords sets z[:len(y)] to x - y*m and returns the borrow word
// (bigword_amd64.s; BMI2 and ADX).
//
//go:noescape
func subMulWords(z, x, y []big.Word, m big.Word) (c big.Word)

func cpuid7EBX() uint32

var (
	cpuFeatures7 = cpuid7EBX()
	// Leaf 7's EBX bit 8 is BMI2 (MULX), bit 19 ADX (ADCX, ADOX).
	haveMulWords    = cpuFeatures7&(1<<8) != 0
	haveAddMulWords = haveMulWords && cpuFeatures7&(1<<19) != 0
)
