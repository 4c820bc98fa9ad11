package py

import "math/big"

// mulAddWords sets z[:len(x)] to x*m + a and returns the carry word
// (bigword_amd64.s; MULX, which needs BMI2).
//
//go:noescape
func mulAddWords(z, x []big.Word, m, a big.Word) (c big.Word)

func cpuidBMI2() bool

var haveMulWords = cpuidBMI2()
