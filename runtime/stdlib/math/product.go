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

// fallingProduct is n * (n-1) * ... * (n-k+1), for an n beyond a machine
// word (perm and comb of a huge n), one factor at a time.
func fallingProduct(n *big.Int, k int64) *big.Int {
	r, f := big.NewInt(1), new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	return r
}
