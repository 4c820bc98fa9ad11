package hashlib

import (
	"crypto/pbkdf2"
	"crypto/sha256"
	"encoding/binary"
	"math"
	"math/bits"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// hashlib.scrypt: the scrypt key derivation of RFC 7914 (PBKDF2-HMAC-SHA256
// around ROMix over Salsa20/8), with OpenSSL's parameter checks and memory
// limit (32 MiB unless maxmem says otherwise), as CPython calls it.

const scryptDefaultMaxMem = 32 * 1024 * 1024

func salsa208(b *[16]uint32) {
	x := *b
	for i := 0; i < 8; i += 2 {
		quarter := func(a, bb, c, d int) {
			x[bb] ^= bits.RotateLeft32(x[a]+x[d], 7)
			x[c] ^= bits.RotateLeft32(x[bb]+x[a], 9)
			x[d] ^= bits.RotateLeft32(x[c]+x[bb], 13)
			x[a] ^= bits.RotateLeft32(x[d]+x[c], 18)
		}
		// Columns, then rows.
		quarter(0, 4, 8, 12)
		quarter(5, 9, 13, 1)
		quarter(10, 14, 2, 6)
		quarter(15, 3, 7, 11)
		quarter(0, 1, 2, 3)
		quarter(5, 6, 7, 4)
		quarter(10, 11, 8, 9)
		quarter(15, 12, 13, 14)
	}
	for i := range b {
		b[i] += x[i]
	}
}

// blockMix is scryptBlockMix of b (2r blocks of 16 words) into out.
func blockMix(b, out []uint32, r int) {
	var x [16]uint32
	copy(x[:], b[(2*r-1)*16:])
	for i := 0; i < 2*r; i++ {
		for j := range x {
			x[j] ^= b[i*16+j]
		}
		salsa208(&x)
		// Even blocks first, then odd ones.
		dst := (i/2 + (i%2)*r) * 16
		copy(out[dst:dst+16], x[:])
	}
}

// roMix is scryptROMix on one 128*r-byte block of b, in place.
func roMix(b []byte, n, r int) {
	words := 32 * r
	x := make([]uint32, words)
	y := make([]uint32, words)
	v := make([]uint32, words*n)
	for i := range x {
		x[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	for i := 0; i < n; i++ {
		copy(v[i*words:], x)
		blockMix(x, y, r)
		x, y = y, x
	}
	for i := 0; i < n; i++ {
		j := int(uint64(x[(2*r-1)*16])|uint64(x[(2*r-1)*16+1])<<32) & (n - 1)
		for k := range x {
			x[k] ^= v[j*words+k]
		}
		blockMix(x, y, r)
		x, y = y, x
	}
	for i, w := range x {
		binary.LittleEndian.PutUint32(b[i*4:], w)
	}
}

func scrypt(args []py.Object, kw []string) py.Object {
	a := py.ParseArgs("scrypt", args, kw, []string{"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 1)
	for i, name := range []string{"salt", "n", "r", "p"} {
		if a[i+1] == nil || a[i+1] == py.None {
			if name == "salt" {
				panic(py.NewError(py.TypeErrorType, "salt is required"))
			}
			panic(py.NewError(py.TypeErrorType, name+" is required and must be an unsigned int"))
		}
	}
	password, salt := data(a[0]), data(a[1])
	n, r, p := py.Index(a[2]), py.Index(a[3]), py.Index(a[4])
	maxmem, dklen := 0, 64
	if a[5] != nil {
		maxmem = py.Index(a[5])
	}
	if a[6] != nil {
		dklen = py.Index(a[6])
	}
	if n < 2 || n&(n-1) != 0 {
		panic(py.NewError(py.ValueErrorType, "n must be a power of 2."))
	}
	if maxmem < 0 || maxmem > math.MaxInt32 {
		panic(py.NewError(py.ValueErrorType, "maxmem must be positive and smaller than 2147483647"))
	}
	if dklen < 1 || dklen > math.MaxInt32 {
		panic(py.NewError(py.ValueErrorType, "dklen must be greater than 0 and smaller than 2147483647"))
	}
	// OpenSSL's checks: r and p positive (else no reason is given); p*r
	// within 2^30-1, N below 2^(128*r/8) and the memory scrypt needs
	// within maxmem (else "memory limit exceeded").
	if r < 1 || p < 1 {
		panic(py.NewError(py.ValueErrorType, "Invalid parameter combination for n, r, p, maxmem."))
	}
	if maxmem == 0 {
		maxmem = scryptDefaultMaxMem
	}
	need := 128*uint64(r)*uint64(p) + 128*uint64(r)*(uint64(n)+2)
	if uint64(p) > ((1<<30)-1)/uint64(r) || (16*r <= 63 && uint64(n) >= 1<<(16*r)) ||
		uint64(n) > uint64(maxmem)/128 || need > uint64(maxmem) { // the first bound keeps need from overflowing
		panic(py.NewError(py.ValueErrorType, "[digital envelope routines] memory limit exceeded"))
	}
	var key []byte
	py.WithoutGIL(func() {
		blocks, _ := pbkdf2.Key(sha256.New, string(password), salt, 1, p*128*r)
		for i := 0; i < p; i++ {
			roMix(blocks[i*128*r:(i+1)*128*r], n, r)
		}
		key, _ = pbkdf2.Key(sha256.New, string(password), blocks, 1, dklen)
	})
	return py.Bytes(key)
}
