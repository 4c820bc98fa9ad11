package py

// fpCallers fills pcs with the return addresses of the calling goroutine's
// physical frames, innermost (the caller's) first, and returns how many
// (fpstack_amd64.s).
//
//go:noescape
func fpCallers(pcs []uintptr) int

const haveFPCallers = true
