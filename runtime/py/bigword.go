package py

import "math/big"

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
