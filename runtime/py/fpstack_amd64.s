#include "textflag.h"

// func fpCallers(pcs []uintptr) int
//
// The return addresses of the calling goroutine's frames, innermost (the
// caller's own) first, from the frame-pointer chain: no frame of its own,
// so BP is the caller's frame pointer and 0(SP) the caller's pc.
TEXT ·fpCallers(SB), NOSPLIT, $0-32
	MOVQ pcs_base+0(FP), DI
	MOVQ pcs_len+8(FP), CX
	XORQ AX, AX
	TESTQ CX, CX
	JEQ done
	MOVQ 0(SP), R8
	MOVQ R8, 0(DI)
	INCQ AX
	MOVQ BP, DX
loop:
	CMPQ AX, CX
	JGE done
	TESTQ DX, DX
	JEQ done
	MOVQ 8(DX), R8
	TESTQ R8, R8
	JEQ done
	MOVQ R8, (DI)(AX*8)
	INCQ AX
	MOVQ 0(DX), R9
	// A chain that does not go outwards is not one: stop.
	CMPQ R9, DX
	JLS done
	MOVQ R9, DX
	JMP loop
done:
	MOVQ AX, ret+24(FP)
	RET
