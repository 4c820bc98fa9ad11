//go:build linux && (amd64 || arm64) && !race

#include "textflag.h"

// func reserveFrame()  (the same text assembles on amd64 and arm64)
// A frame of 15.5 MiB that is never touched (see hugeheap.go): the
// stack-split prologue grows the goroutine's stack to 16 MiB.
TEXT ·reserveFrame(SB), 0, $16252928-0
	RET

// func reserveStartFrame()
// A frame of 31.5 MiB: the stack grows to 32 MiB (the range start-up
// reserves, startReserve).
TEXT ·reserveStartFrame(SB), 0, $33030144-0
	RET
