package hashlib

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// BLAKE2b and BLAKE2s (RFC 7693, with the parameter block of the BLAKE2
// specification: salt, personalization and tree hashing), as CPython's
// _blake2 module offers them. Go's standard library has neither.

// blake2Word is the word of the variant: uint64 for BLAKE2b, uint32 for
// BLAKE2s.
type blake2Word interface{ uint32 | uint64 }

// blake2Variant is what distinguishes BLAKE2b from BLAKE2s.
type blake2Variant[W blake2Word] struct {
	bits   int // word size
	rounds int
	rot    [4]int // G's right rotations
	iv     [8]W
}

var blake2bVariant = &blake2Variant[uint64]{
	bits: 64, rounds: 12, rot: [4]int{32, 24, 16, 63},
	iv: [8]uint64{0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
		0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179},
}

var blake2sVariant = &blake2Variant[uint32]{
	bits: 32, rounds: 10, rot: [4]int{16, 12, 8, 7},
	iv: [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19},
}

var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2State is a running hash; the last block stays buffered until
// more input arrives, since the final block is compressed differently.
type blake2State[W blake2Word] struct {
	v        *blake2Variant[W]
	h        [8]W
	t        [2]W // bytes compressed so far, low and high word
	buf      []byte
	lastNode bool
	size     int
}

func (s *blake2State[W]) blockSize() int { return 16 * s.v.bits / 8 }

func (s *blake2State[W]) rotr(x W, n int) W { return x>>n | x<<(s.v.bits-n) }

func (s *blake2State[W]) word(b []byte) W {
	if s.v.bits == 64 {
		return W(binary.LittleEndian.Uint64(b))
	}
	return W(binary.LittleEndian.Uint32(b))
}

func (s *blake2State[W]) compress(block []byte, final bool) {
	// The counter counts bytes: a whole block, the final one's real bytes.
	n := W(len(block))
	s.t[0] += n
	if s.t[0] < n {
		s.t[1]++
	}
	wb := s.v.bits / 8
	var m [16]W
	padded := make([]byte, s.blockSize())
	copy(padded, block)
	for i := range m {
		m[i] = s.word(padded[i*wb:])
	}
	var v [16]W
	copy(v[:8], s.h[:])
	copy(v[8:], s.v.iv[:])
	v[12] ^= s.t[0]
	v[13] ^= s.t[1]
	if final {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	r := s.v.rot
	g := func(a, b, c, d int, x, y W) {
		v[a] = v[a] + v[b] + x
		v[d] = s.rotr(v[d]^v[a], r[0])
		v[c] = v[c] + v[d]
		v[b] = s.rotr(v[b]^v[c], r[1])
		v[a] = v[a] + v[b] + y
		v[d] = s.rotr(v[d]^v[a], r[2])
		v[c] = v[c] + v[d]
		v[b] = s.rotr(v[b]^v[c], r[3])
	}
	for round := 0; round < s.v.rounds; round++ {
		sg := &blake2Sigma[round%10]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := range s.h {
		s.h[i] ^= v[i] ^ v[i+8]
	}
}

func (s *blake2State[W]) write(p []byte) {
	bs := s.blockSize()
	for len(p) > 0 {
		if len(s.buf) == bs {
			s.compress(s.buf, false)
			s.buf = s.buf[:0]
		}
		k := min(bs-len(s.buf), len(p))
		s.buf = append(s.buf, p[:k]...)
		p = p[k:]
	}
}

func (s *blake2State[W]) sum() []byte {
	c := s.clone()
	c.compress(c.buf, true)
	wb := s.v.bits / 8
	out := make([]byte, 8*wb)
	for i, x := range c.h {
		if wb == 8 {
			binary.LittleEndian.PutUint64(out[i*8:], uint64(x))
		} else {
			binary.LittleEndian.PutUint32(out[i*4:], uint32(x))
		}
	}
	return out[:s.size]
}

func (s *blake2State[W]) clone() *blake2State[W] {
	c := *s
	c.buf = append(make([]byte, 0, s.blockSize()), s.buf...)
	return &c
}

// blake2Params are the constructor's keyword arguments.
type blake2Params struct {
	digestSize, fanout, depth, nodeDepth, innerSize int
	leafSize, nodeOffset                            uint64
	key, salt, person                               []byte
	lastNode                                        bool
}

func newBlake2State[W blake2Word](v *blake2Variant[W], p blake2Params) *blake2State[W] {
	s := &blake2State[W]{v: v, lastNode: p.lastNode, size: p.digestSize}
	// The parameter block, as bytes, XORed into the IV word by word.
	wb := v.bits / 8
	pb := make([]byte, 8*wb)
	pb[0], pb[1], pb[2], pb[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(pb[4:], uint32(p.leafSize))
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	if wb == 8 {
		copy(pb[8:16], off[:])
		pb[16], pb[17] = byte(p.nodeDepth), byte(p.innerSize)
		copy(pb[32:48], p.salt)
		copy(pb[48:64], p.person)
	} else {
		copy(pb[8:14], off[:6])
		pb[14], pb[15] = byte(p.nodeDepth), byte(p.innerSize)
		copy(pb[16:24], p.salt)
		copy(pb[24:32], p.person)
	}
	for i := range s.h {
		s.h[i] = v.iv[i] ^ s.word(pb[i*wb:])
	}
	s.buf = make([]byte, 0, s.blockSize())
	if len(p.key) > 0 {
		block := make([]byte, s.blockSize())
		copy(block, p.key)
		s.write(block)
	}
	return s
}

// Blake2 is a blake2b or blake2s object.
type Blake2 struct {
	cls *py.Type
	b   *blake2State[uint64]
	s   *blake2State[uint32]
}

var (
	Blake2bType *py.Type
	Blake2sType *py.Type
)

func (x *Blake2) Type() *py.Type { return x.cls }

func (x *Blake2) write(p []byte) {
	if x.b != nil {
		x.b.write(p)
	} else {
		x.s.write(p)
	}
}

func (x *Blake2) sum() []byte {
	if x.b != nil {
		return x.b.sum()
	}
	return x.s.sum()
}

func blake2Of(o py.Object) *Blake2 {
	x, ok := o.(*Blake2)
	if !ok {
		panic(py.NewError(py.TypeErrorType, "descriptor requires a '_blake2' object"))
	}
	return x
}

// blake2Bytes is a bytes-like keyword argument (key, salt, person).
func blake2Bytes(o py.Object) []byte {
	if o == nil {
		return nil
	}
	if b, ok := py.BytesLike(o); ok {
		return b
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("a bytes-like object is required, not '%s'", o.Type().Name)))
}

func makeBlake2(cls *py.Type, args []py.Object, kw []string) py.Object {
	isB := cls == Blake2bType || py.IsSubclass(cls, Blake2bType)
	name, maxDigest, maxKey, saltSize, offsetBits := "blake2s", 32, 32, 8, 48
	if isB {
		name, maxDigest, maxKey, saltSize, offsetBits = "blake2b", 64, 64, 16, 64
	}
	if n := len(args) - len(kw); n > 1 {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("%s() takes at most 1 positional argument (%d given)", name, n)))
	}
	a := py.ParseArgs(name, args, kw, []string{"", "digest_size", "key", "salt", "person", "fanout", "depth",
		"leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"}, 0)
	intArg := func(i, def int) int {
		if a[i] == nil {
			return def
		}
		return py.Index(a[i])
	}
	unsigned := func(i int, what string, limitBits int) uint64 {
		if a[i] == nil {
			return 0
		}
		n := py.Index(a[i]) // overflows as CPython's "int too big to convert"
		if n < 0 {
			panic(py.NewError(py.ValueErrorType, "value must be positive"))
		}
		if limitBits < 64 && uint64(n) >= 1<<limitBits {
			panic(py.NewError(py.OverflowErrorType, what+" is too large"))
		}
		return uint64(n)
	}
	p := blake2Params{digestSize: intArg(1, maxDigest), fanout: intArg(5, 1), depth: intArg(6, 1),
		nodeDepth: intArg(9, 0), innerSize: intArg(10, 0)}
	if p.digestSize < 1 || p.digestSize > maxDigest {
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("digest_size must be between 1 and %d bytes", maxDigest)))
	}
	p.key, p.salt, p.person = blake2Bytes(a[2]), blake2Bytes(a[3]), blake2Bytes(a[4])
	switch {
	case len(p.salt) > saltSize:
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("maximum salt length is %d bytes", saltSize)))
	case len(p.person) > saltSize:
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("maximum person length is %d bytes", saltSize)))
	case p.fanout < 0 || p.fanout > 255:
		panic(py.NewError(py.ValueErrorType, "fanout must be between 0 and 255"))
	case p.depth <= 0 || p.depth > 255:
		panic(py.NewError(py.ValueErrorType, "depth must be between 1 and 255"))
	}
	p.leafSize = unsigned(7, "leaf_size", 32)
	p.nodeOffset = unsigned(8, "node_offset", offsetBits)
	switch {
	case p.nodeDepth < 0 || p.nodeDepth > 255:
		panic(py.NewError(py.ValueErrorType, "node_depth must be between 0 and 255"))
	case p.innerSize < 0 || p.innerSize > maxDigest:
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("inner_size must be between 0 and is %d", maxDigest)))
	case len(p.key) > maxKey:
		panic(py.NewError(py.ValueErrorType, fmt.Sprintf("maximum key length is %d bytes", maxKey)))
	}
	p.lastNode = a[11] != nil && py.Truth(a[11])
	x := &Blake2{cls: cls}
	if isB {
		x.b = newBlake2State(blake2bVariant, p)
	} else {
		x.s = newBlake2State(blake2sVariant, p)
	}
	if a[0] != nil {
		x.write(data(a[0]))
	}
	return x
}

func initBlake2Types() {
	for _, t := range []*py.Type{Blake2bType, Blake2sType} {
		py.SetSubclassable(t)
		py.SetCall(t, func(cls *py.Type, args []py.Object, kw []string) py.Object { return makeBlake2(cls, args, kw) })
		py.AddMethod(t, "update", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("update", args[1:], kw, []string{""}, 1)
			blake2Of(args[0]).write(data(a[0]))
			return py.None
		})
		py.AddMethod(t, "digest", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("digest", args[1:], kw, nil, 0)
			return py.Bytes(blake2Of(args[0]).sum())
		})
		py.AddMethod(t, "hexdigest", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("hexdigest", args[1:], kw, nil, 0)
			return py.Str(hex.EncodeToString(blake2Of(args[0]).sum()))
		})
		py.AddMethod(t, "copy", func(args []py.Object, kw []string) py.Object {
			py.ParseArgs("copy", args[1:], kw, nil, 0)
			x := blake2Of(args[0])
			c := &Blake2{cls: x.cls}
			if x.b != nil {
				c.b = x.b.clone()
			} else {
				c.s = x.s.clone()
			}
			return c
		})
		py.AddGetter(t, "name", func(o py.Object) py.Object {
			if blake2Of(o).b != nil {
				return py.Str("blake2b")
			}
			return py.Str("blake2s")
		}, nil)
		py.AddGetter(t, "digest_size", func(o py.Object) py.Object {
			if x := blake2Of(o); x.b != nil {
				return py.Int(x.b.size)
			} else {
				return py.Int(x.s.size)
			}
		}, nil)
		py.AddGetter(t, "block_size", func(o py.Object) py.Object {
			if x := blake2Of(o); x.b != nil {
				return py.Int(x.b.blockSize())
			} else {
				return py.Int(x.s.blockSize())
			}
		}, nil)
	}
	for t, v := range map[*py.Type][4]int{Blake2bType: {16, 16, 64, 64}, Blake2sType: {8, 8, 32, 32}} {
		t.Dict.SetStr("SALT_SIZE", py.Int(v[0]))
		t.Dict.SetStr("PERSON_SIZE", py.Int(v[1]))
		t.Dict.SetStr("MAX_KEY_SIZE", py.Int(v[2]))
		t.Dict.SetStr("MAX_DIGEST_SIZE", py.Int(v[3]))
	}
}

// initVars0 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars0() {
	Blake2bType = py.NewType("blake2b", "_blake2", nil)
	Blake2sType = py.NewType("blake2s", "_blake2", nil)
}
