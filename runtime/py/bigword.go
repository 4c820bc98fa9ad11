package py

import (
	"math/big"
	"math/bits"
)

// bigMul sets z to x*y. A factor of one word against a longer one (q*k,
// 10*r in a spigot, factorials) takes mulAddWords' pass where it exists:
// math/big's loop for it runs at about half that speed. z may be x or y.
func bigMul(z, x, y *big.Int) {
	xw, yw := x.Bits(), y.Bits()
	if len(xw) == 1 {
		x, y, xw, yw = y, x, yw, xw
	}
	n := len(xw)
	if !haveMulWords || len(yw) != 1 || n < 4 {
		z.Mul(x, y)
		return
	}
	neg := (x.Sign() < 0) != (y.Sign() < 0)
	m := yw[0]
	zw := z.Bits()
	if cap(zw) < n+1 {
		zw = make([]big.Word, n+1, roomFor(n+1))
	}
	zw = zw[:n+1]
	zw[n] = mulAddWords(zw[:n], xw, m, 0)
	z.SetBits(zw)
	if neg {
		z.Neg(z)
	}
}

// roomFor is the capacity a result of n words gets: an eighth more, so a
// number that keeps growing (a spigot's, a factorial's) outgrows its
// buffer, and takes fresh memory, a few times rather than every few
// words (math/big leaves 4 words).
func roomFor(n int) int { return n + n/8 + 4 }

// bigRoom gives z, whose value does not matter, room for n words.
func bigRoom(z *big.Int, n int) {
	if cap(z.Bits()) < n {
		z.SetBits(make([]big.Word, 0, roomFor(n)))
	}
}

// bigMulAdd sets z to x*y + a in one pass over the words (addMulWords)
// where it can: a factor of one word, the other of four or more, and a of
// the product's sign, so that the magnitudes add. It reports false, z
// untouched, for anything else. z may be x, y or a.
func bigMulAdd(z, x, y, a *big.Int) bool {
	if !haveAddMulWords {
		return false
	}
	xw, yw := x.Bits(), y.Bits()
	if len(xw) == 1 {
		x, y, xw, yw = y, x, yw, xw
	}
	n := len(xw)
	if len(yw) != 1 || n < 4 {
		return false
	}
	neg := (x.Sign() < 0) != (y.Sign() < 0)
	if a.Sign() != 0 && (a.Sign() < 0) != neg {
		return false
	}
	m, aw := yw[0], a.Bits()
	size := max(n, len(aw)) + 1
	zw := z.Bits()
	if cap(zw) < size {
		zw = make([]big.Word, size, roomFor(size))
	}
	zw = zw[:size]
	k := min(n, len(aw))
	c := addMulWords(zw, aw, xw[:k], m)
	if n > k {
		c = mulAddWords(zw[k:n], xw[k:n], m, c)
	}
	for i := k; i < len(aw); i++ {
		w, cw := bits.Add64(uint64(aw[i]), uint64(c), 0)
		zw[i], c = big.Word(w), big.Word(cw)
	}
	zw[size-1] = c
	z.SetBits(zw)
	if neg {
		z.Neg(z)
	}
	return true
}

// bigSubMulAbs sets z to |x| - |y|*m in one pass over the words
// (subMulWords) when |y| has four words or more, |x| as many or one more,
// and the difference is not negative. It reports false otherwise, and
// then z's value is lost. z is distinct from x and y.
func bigSubMulAbs(z, x, y *big.Int, m big.Word) bool {
	xw, yw := x.Bits(), y.Bits()
	n := len(yw)
	if !haveAddMulWords || n < 4 || len(xw) < n || len(xw) > n+1 {
		return false
	}
	zw := z.Bits()
	if cap(zw) < len(xw) {
		zw = make([]big.Word, len(xw), roomFor(len(xw)))
	}
	zw = zw[:len(xw)]
	c := subMulWords(zw, xw, yw, m)
	if len(xw) > n {
		if xw[n] < c {
			return false
		}
		zw[n] = xw[n] - c
	} else if c != 0 {
		return false
	}
	z.SetBits(zw)
	return true
}
