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
		// Room for a few carries more, as math/big leaves.
		zw = make([]big.Word, n+1, n+5)
	}
	zw = zw[:n+1]
	zw[n] = mulAddWords(zw[:n], xw, m, 0)
	z.SetBits(zw)
	if neg {
		z.Neg(z)
	}
}
