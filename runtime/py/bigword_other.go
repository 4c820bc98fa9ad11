//go:build !amd64

package py

import "math/big"

const haveMulWords = false

func mulAddWords(z, x []big.Word, m, a big.Word) big.Word { panic("unreachable") }
