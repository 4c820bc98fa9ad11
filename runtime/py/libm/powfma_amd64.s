#include "textflag.h"

// func powM3HalvesFMA(x float64) (r float64, ok bool)
//
// powM3Halves and roundChecked (powcommon.go) in one, with the FMA
// instructions: the same operations in the same order, so the same bits.
// Go's math.FMA tests for FMA at each use when built for GOAMD64=v1, and
// its fallback call makes the kernel spill every value between them.
// Register use: X0 x, X1 s, X2 d, X3 dd, X4 m.
TEXT ·powM3HalvesFMA(SB), NOSPLIT, $0-17
	MOVSD x+0(FP), X0
	SQRTSD X0, X1
	MOVQ $0x3FF0000000000000, AX // 1.0
	MOVQ AX, X2
	DIVSD X0, X2
	MOVAPD X2, X3
	MULSD X2, X3
	MOVAPD X1, X4
	MULSD X3, X4
	// X5 = nh = 0.5 * fma(s, s, -x) * d
	MOVAPD X0, X5
	VFMSUB231SD X1, X1, X5
	MOVQ $0x3FE0000000000000, AX // 0.5
	MOVQ AX, X6
	MULSD X6, X5
	MULSD X2, X5
	// X6 = neta = fma(d, x, -1)
	MOVQ $0x3FF0000000000000, AX
	MOVQ AX, X6
	VFMSUB231SD X0, X2, X6
	// X7 = s*fma(d, d, -dd) - fma(-s, dd, m)
	MOVAPD X3, X7
	VFMSUB231SD X2, X2, X7
	MULSD X1, X7
	MOVAPD X4, X8
	VFNMADD231SD X3, X1, X8
	SUBSD X8, X7
	// X7 = c = X7 - m*(nh + 2*neta)
	ADDSD X6, X6
	ADDSD X6, X5
	MULSD X4, X5
	SUBSD X5, X7
	// roundChecked: e = m * 2**-90; ok when m+(c+e) == m+(c-e).
	MOVQ $0x3A50000000000000, AX
	MOVQ AX, X9
	MULSD X4, X9
	MOVAPD X7, X10
	ADDSD X9, X10
	ADDSD X4, X10
	MOVAPD X7, X11
	SUBSD X9, X11
	ADDSD X4, X11
	ADDSD X7, X4
	MOVSD X4, r+8(FP)
	UCOMISD X10, X11
	SETEQ AL
	SETPC BL
	ANDB BL, AL
	MOVB AL, ok+16(FP)
	RET

// func cpuHasFMA() bool
//
// CPUID leaf 1: FMA (ECX bit 12), and AVX state enabled by the OS (OSXSAVE,
// bit 27, and XCR0's SSE and AVX bits), as the VEX encoding needs.
TEXT ·cpuHasFMA(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	MOVL CX, DX
	ANDL $(1<<12 | 1<<27 | 1<<28), DX
	CMPL DX, $(1<<12 | 1<<27 | 1<<28)
	JNE no
	XORL CX, CX
	XGETBV
	ANDL $6, AX
	CMPL AX, $6
	JNE no
	MOVB $1, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET
