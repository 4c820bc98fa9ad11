#include "textflag.h"

// func mulAddWords(z, x []big.Word, m, a big.Word) (c big.Word)
//
// z[:len(x)] = x*m + a, returning the carry word. MULX leaves the flags
// alone, so one ADC chain carries from word to word (math/big's loop,
// MULQ then ADD and ADC, waits on its carry twice a word). DEC and the
// LEAs keep CF too. len(z) >= len(x); z may be x.
TEXT ·mulAddWords(SB), NOSPLIT, $0-72
	MOVQ z_base+0(FP), DI
	MOVQ x_base+24(FP), SI
	MOVQ x_len+32(FP), CX
	MOVQ m+48(FP), DX
	MOVQ a+56(FP), R8
	MOVQ CX, BX
	ANDQ $3, BX
	SHRQ $2, CX
	// TEST clears CF: the chain starts without a carry.
	TESTQ BX, BX
	JZ quads
ones:
	MULXQ (SI), AX, R9
	ADCQ R8, AX
	MOVQ AX, (DI)
	MOVQ R9, R8
	LEAQ 8(SI), SI
	LEAQ 8(DI), DI
	DECQ BX
	JNZ ones
quads:
	JCXZQ done
loop4:
	MULXQ (SI), AX, R9
	ADCQ R8, AX
	MOVQ AX, (DI)
	MULXQ 8(SI), AX, R8
	ADCQ R9, AX
	MOVQ AX, 8(DI)
	MULXQ 16(SI), AX, R9
	ADCQ R8, AX
	MOVQ AX, 16(DI)
	MULXQ 24(SI), AX, R8
	ADCQ R9, AX
	MOVQ AX, 24(DI)
	LEAQ 32(SI), SI
	LEAQ 32(DI), DI
	DECQ CX
	JNZ loop4
done:
	ADCQ $0, R8
	MOVQ R8, c+64(FP)
	RET

// func addMulWords(z, x, y []big.Word, m big.Word) (c big.Word)
//
// z[:len(y)] = x + y*m, returning the carry word. Two carry chains run
// side by side: ADCX carries the products' high words along (CF), ADOX
// adds x in (OF). Nothing in the loop may touch either flag, so the
// count steps with LEA and JCXZ rather than DEC. len(x), len(z) >=
// len(y); z may be x or y.
TEXT ·addMulWords(SB), NOSPLIT, $0-88
	MOVQ z_base+0(FP), DI
	MOVQ x_base+24(FP), SI
	MOVQ y_base+48(FP), R10
	MOVQ y_len+56(FP), R11
	MOVQ m+72(FP), DX
	// CX counts the single words first, then R11's groups of four (JCXZ
	// tests CX only).
	MOVQ R11, CX
	ANDQ $3, CX
	SHRQ $2, R11
	// XOR clears CF and OF: both chains start without a carry.
	XORQ R8, R8
ones:
	JCXZQ onesdone
	MULXQ (R10), AX, R9
	ADCXQ R8, AX
	ADOXQ (SI), AX
	MOVQ AX, (DI)
	MOVQ R9, R8
	LEAQ 8(R10), R10
	LEAQ 8(SI), SI
	LEAQ 8(DI), DI
	LEAQ -1(CX), CX
	JMP ones
onesdone:
	MOVQ R11, CX
loop4:
	JCXZQ done
	MULXQ (R10), AX, R9
	ADCXQ R8, AX
	ADOXQ (SI), AX
	MOVQ AX, (DI)
	MULXQ 8(R10), AX, R8
	ADCXQ R9, AX
	ADOXQ 8(SI), AX
	MOVQ AX, 8(DI)
	MULXQ 16(R10), AX, R9
	ADCXQ R8, AX
	ADOXQ 16(SI), AX
	MOVQ AX, 16(DI)
	MULXQ 24(R10), AX, R8
	ADCXQ R9, AX
	ADOXQ 24(SI), AX
	MOVQ AX, 24(DI)
	LEAQ 32(R10), R10
	LEAQ 32(SI), SI
	LEAQ 32(DI), DI
	LEAQ -1(CX), CX
	JMP loop4
done:
	// The last high word takes both chains' carries; it is at most
	// m-1, so it cannot overflow.
	MOVQ $0, AX
	ADCXQ AX, R8
	ADOXQ AX, R8
	MOVQ R8, c+80(FP)
	RET

// func subMulWords(z, x, y []big.Word, m big.Word) (c big.Word)
//
// z[:len(y)] = x - y*m, returning the borrow word: what is left to take
// from the words above. ADCX carries the products' high words along
// (CF) as in addMulWords; ADOX adds x and the product's complement, with
// a carry in of 1 (x - p = x + ^p + 1), so OF clear at the end is a
// borrow. len(x), len(z) >= len(y); z may be x or y.
TEXT ·subMulWords(SB), NOSPLIT, $0-88
	MOVQ z_base+0(FP), DI
	MOVQ x_base+24(FP), SI
	MOVQ y_base+48(FP), R10
	MOVQ y_len+56(FP), R11
	MOVQ m+72(FP), DX
	MOVQ R11, CX
	ANDQ $3, CX
	SHRQ $2, R11
	XORQ R8, R8
	// OF = 1 (the +1 of the complement), CF stays clear.
	MOVQ $1, R9
	MOVQ $-1, AX
	ADOXQ R9, AX
ones:
	JCXZQ onesdone
	MULXQ (R10), AX, R9
	ADCXQ R8, AX
	NOTQ AX
	ADOXQ (SI), AX
	MOVQ AX, (DI)
	MOVQ R9, R8
	LEAQ 8(R10), R10
	LEAQ 8(SI), SI
	LEAQ 8(DI), DI
	LEAQ -1(CX), CX
	JMP ones
onesdone:
	MOVQ R11, CX
loop4:
	JCXZQ done
	MULXQ (R10), AX, R9
	ADCXQ R8, AX
	NOTQ AX
	ADOXQ (SI), AX
	MOVQ AX, (DI)
	MULXQ 8(R10), AX, R8
	ADCXQ R9, AX
	NOTQ AX
	ADOXQ 8(SI), AX
	MOVQ AX, 8(DI)
	MULXQ 16(R10), AX, R9
	ADCXQ R8, AX
	NOTQ AX
	ADOXQ 16(SI), AX
	MOVQ AX, 16(DI)
	MULXQ 24(R10), AX, R8
	ADCXQ R9, AX
	NOTQ AX
	ADOXQ 24(SI), AX
	MOVQ AX, 24(DI)
	LEAQ 32(R10), R10
	LEAQ 32(SI), SI
	LEAQ 32(DI), DI
	LEAQ -1(CX), CX
	JMP loop4
done:
	// Borrow = the product's top word (high word + CF) + 1 - OF.
	MOVQ $0, AX
	MOVQ $0, BX
	ADCXQ AX, R8
	ADOXQ BX, BX
	INCQ R8
	SUBQ BX, R8
	MOVQ R8, c+80(FP)
	RET

// func cpuid7EBX() uint32
//
// CPUID leaf 7's EBX (extended features), 0 where the leaf is missing.
TEXT ·cpuid7EBX(SB), NOSPLIT, $0-4
	XORL AX, AX
	XORL CX, CX
	CPUID
	CMPL AX, $7
	JB no
	MOVL $7, AX
	XORL CX, CX
	CPUID
	MOVL BX, ret+0(FP)
	RET
no:
	MOVL $0, ret+0(FP)
	RET
