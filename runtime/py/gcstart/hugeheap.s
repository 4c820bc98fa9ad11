//go:build linux && (amd64 || arm64) && !race

#include "textflag.h"

// func reserveFrame()  (the same text assembles on amd64 and arm64)
// A frame of 15.5 MiB that is never touched (see hugeheap.go): the
// stack-split prologue grows the goroutine's stack to 16 MiB.
TEXT ·reserveFrame(SB), 0, $16252928-0
	RET
