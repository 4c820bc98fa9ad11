//go:build !linux

package py

import "syscall"

// isTerminal reports whether fd is a terminal; a character device is
// taken for one (/dev/null too, which only makes it line-buffered).
func isTerminal(fd int) bool {
	var st syscall.Stat_t
	return syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFCHR
}
