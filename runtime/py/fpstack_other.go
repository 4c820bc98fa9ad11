//go:build !amd64

package py

func fpCallers(pcs []uintptr) int { panic("fpCallers: no frame-pointer walk on this architecture") }

const haveFPCallers = false
