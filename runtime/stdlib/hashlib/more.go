package hashlib

import (
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/sha3"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"strings"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// The algorithms and functions of CPython's hashlib the first version
// lacked: SHA-3, SHAKE, SHA-512/224 and /256, pbkdf2_hmac, file_digest.
// (The OpenSSL-only algorithms, md4, ripemd160, sm3, ..., are not
// offered: algorithms_available does not list them.)

func setup1() {
	algos["sha3_224"] = func() hash.Hash { return sha3.New224() }
	algos["sha3_256"] = func() hash.Hash { return sha3.New256() }
	algos["sha3_384"] = func() hash.Hash { return sha3.New384() }
	algos["sha3_512"] = func() hash.Hash { return sha3.New512() }
	algos["sha512_224"] = sha512.New512_224
	algos["sha512_256"] = sha512.New512_256
	shakeMethods()
}

// Shake is a shake_128/shake_256 object.
type Shake struct {
	name string
	s    *sha3.SHAKE
}

var ShakeType *py.Type

func (*Shake) Type() *py.Type { return ShakeType }
func (s *Shake) String() string {
	return fmt.Sprintf("<%s _hashlib.HASHXOF object @ 0x%x>", s.name, py.Id(s))
}

func newShake(name string) *Shake {
	if name == "shake_128" {
		return &Shake{name: name, s: sha3.NewSHAKE128()}
	}
	return &Shake{name: name, s: sha3.NewSHAKE256()}
}

func (s *Shake) clone() *Shake {
	c := newShake(s.name)
	b, _ := s.s.MarshalBinary()
	c.s.UnmarshalBinary(b)
	return c
}

func (s *Shake) digest(args []py.Object, kw []string, name string) []byte {
	if len(args)-len(kw) == 0 && len(kw) == 0 {
		panic(py.NewError(py.TypeErrorType, name+"() missing required argument 'length' (pos 1)"))
	}
	a := py.ParseArgs(name, args, kw, []string{"length"}, 1)
	n := py.Index(a[0])
	if n < 0 {
		panic(py.NewError(py.ValueErrorType, "length must be non-negative"))
	}
	out := make([]byte, n)
	s.clone().s.Read(out)
	return out
}

func shakeMethods() {
	sm := func(name string, f func(s *Shake, args []py.Object, kw []string) py.Object) {
		py.AddMethod(ShakeType, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*Shake), args[1:], kw) })
	}
	sm("update", func(s *Shake, args []py.Object, kw []string) py.Object { s.s.Write(data(args[0])); return py.None })
	sm("digest", func(s *Shake, args []py.Object, kw []string) py.Object { return py.Bytes(s.digest(args, kw, "digest")) })
	sm("hexdigest", func(s *Shake, args []py.Object, kw []string) py.Object {
		return py.Str(hex.EncodeToString(s.digest(args, kw, "hexdigest")))
	})
	sm("copy", func(s *Shake, args []py.Object, kw []string) py.Object { return s.clone() })
	py.AddGetter(ShakeType, "name", func(o py.Object) py.Object { return py.Str(o.(*Shake).name) }, nil)
	py.AddGetter(ShakeType, "digest_size", func(o py.Object) py.Object { return py.Int(0) }, nil)
	py.AddGetter(ShakeType, "block_size", func(o py.Object) py.Object { return py.Int(o.(*Shake).s.BlockSize()) }, nil)
}

func hashFor(name string) (func() hash.Hash, bool) {
	f, ok := algos[strings.ToLower(name)]
	return f, ok
}

func addMore(m *py.Module) {
	for _, name := range []string{"shake_128", "shake_256"} {
		name := name
		m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs(name, args, kw, []string{"string", "usedforsecurity"}, 0)
			s := newShake(name)
			if a[0] != nil && a[0] != py.None {
				s.s.Write(data(a[0]))
			}
			return s
		})
	}
	m.AddFunc("new", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("new", args, kw, []string{"name", "data", "usedforsecurity"}, 1)
		name := strings.ToLower(py.StrOf(a[0]))
		if name == "shake_128" || name == "shake_256" {
			s := newShake(name)
			if a[1] != nil && a[1] != py.None {
				s.s.Write(data(a[1]))
			}
			return s
		}
		if name == "blake2b" || name == "blake2s" {
			t := Blake2bType
			if name == "blake2s" {
				t = Blake2sType
			}
			if a[1] != nil {
				return py.Call(t, a[1])
			}
			return py.Call(t)
		}
		return newHash(name, a[1:2])
	})
	m.AddFunc("pbkdf2_hmac", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("pbkdf2_hmac", args, kw, []string{"hash_name", "password", "salt", "iterations", "dklen"}, 4)
		f, ok := hashFor(py.StrOf(a[0]))
		if !ok {
			panic(py.NewError(py.ValueErrorType, "unsupported hash type "+py.StrOf(a[0])))
		}
		iters := py.Index(a[3])
		if iters < 1 {
			panic(py.NewError(py.ValueErrorType, "iteration value must be greater than 0."))
		}
		dklen := f().Size()
		if a[4] != nil && a[4] != py.None {
			dklen = py.Index(a[4])
			if dklen < 1 {
				panic(py.NewError(py.ValueErrorType, "key length must be greater than 0."))
			}
		}
		pw, salt := data(a[1]), data(a[2])
		var key []byte
		py.WithoutGIL(func() {
			var err error
			key, err = pbkdf2.Key(f, string(pw), salt, iters, dklen)
			if err != nil {
				key = nil
			}
		})
		if key == nil {
			panic(py.NewError(py.ValueErrorType, "pbkdf2_hmac failed"))
		}
		return py.Bytes(string(key))
	})
	m.AddFunc("file_digest", func(args []py.Object, kw []string) py.Object {
		a := py.ParseArgs("file_digest", args, kw, []string{"fileobj", "digest"}, 2)
		var h py.Object
		if s, ok := a[1].(py.Str); ok {
			h = py.Call(py.GetAttr(m, "new"), s)
		} else {
			h = py.Call(a[1])
		}
		if py.LookupAttr(a[0], "readinto") == nil && py.LookupAttr(a[0], "read") == nil {
			panic(py.NewError(py.ValueErrorType, fmt.Sprintf("'%s' object is not a file object in binary mode", a[0].Type().Name)))
		}
		for {
			chunk := py.CallMethod(a[0], "read", py.Int(1<<18))
			if py.Len(chunk) == 0 {
				return h
			}
			py.CallMethod(h, "update", chunk)
		}
	})
	// sha512_224/256 are reachable through new() only, as in CPython.
	py.DelItem(m.Dict, py.Str("sha512_224"))
	py.DelItem(m.Dict, py.Str("sha512_256"))
	avail := py.NewSet()
	for n := range algos {
		avail.Add(py.Str(n))
	}
	initBlake2Types()
	m.Set("blake2b", Blake2bType)
	m.Set("blake2s", Blake2sType)
	m.AddFunc("scrypt", scrypt)
	for _, n := range []string{"shake_128", "shake_256", "blake2b", "blake2s"} {
		avail.Add(py.Str(n))
	}
	guaranteed := py.NewSet()
	for _, n := range []string{"blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"} {
		guaranteed.Add(py.Str(n))
	}
	m.Set("algorithms_guaranteed", guaranteed)
	m.Set("algorithms_available", avail)
	_ = hmac.New
}

// initVars2 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars2() {
	ShakeType = py.NewType("HASHXOF", "_hashlib", HashType)
}
