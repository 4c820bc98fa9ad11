//go:build !amd64

package py

import "math/big"

const (
	haveMulWords    = false
	haveAddMulWords = false
)

func mulAddWords(z, x []big.Word, m, a big.Word) big.Word { panic("unreachable") }

func addMulWords(z, x, y []big.Word, m big.Word) big.Word { panic("unreachable") }

func subMulWords(z, x, y []big.Word, m big.Word) big.Word { panic("unreachable") }
