package math

import (
	"math/big"
	"math/bits"
)

// rangeProduct is lo * (lo+1) * ... * hi (1 when lo > hi), for factorial
// and perm. big.Int.MulRange multiplies one factor at a time, a fresh
// big.Int per step: factorial(500) made a thousand allocations. Here runs of
// factors are first multiplied in machine words, and the words combined
// in a balanced product tree, so the big multiplications are few and of
// operands of similar size (where math/big's Karatsuba pays).
func rangeProduct(lo, hi uint64) *big.Int {
	if lo > hi {
		return big.NewInt(1)
	}
	if lo == 0 {
		return big.NewInt(0)
	}
	var words []uint64
	acc := uint64(1)
	for i := lo; ; i++ {
		if h, _ := bits.Mul64(acc, i); h != 0 {
			words = append(words, acc)
			acc = 1
		}
		acc *= i
		if i == hi {
			break
		}
	}
	words = append(words, acc)
	return wordsProduct(words)
}

// wordsProduct multiplies ws by halves.
func wordsProduct(ws []uint64) *big.Int {
	if len(ws) <= 4 {
		z := new(big.Int).SetUint64(ws[0])
		var w big.Int
		for _, x := range ws[1:] {
			z.Mul(z, w.SetUint64(x))
		}
		return z
	}
	mid := len(ws) / 2
	z := wordsProduct(ws[:mid])
	return z.Mul(z, wordsProduct(ws[mid:]))
}
