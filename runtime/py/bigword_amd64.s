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

// func cpuidBMI2() bool
TEXT ·cpuidBMI2(SB), NOSPLIT, $0-1
	XORL AX, AX
	XORL CX, CX
	CPUID
	CMPL AX, $7
	JB no
	MOVL $7, AX
	XORL CX, CX
	CPUID
	// Leaf 7's EBX bit 8 is BMI2 (MULX).
	SHRL $8, BX
	ANDL $1, BX
	MOVB BX, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET
