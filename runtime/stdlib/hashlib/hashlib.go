// Package hashlib is Python's hashlib module for the common algorithms.
package hashlib

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// Hash is a hashlib hash object.
type Hash struct {
	name string
	h    hash.Hash
}

var HashType *py.Type

func (*Hash) Type() *py.Type { return HashType }
func (h *Hash) String() string {
	return fmt.Sprintf("<%s _hashlib.HASH object @ 0x%x>", h.name, py.Id(h))
}

var algos map[string]func() hash.Hash

func data(o py.Object) []byte {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v)
	case *py.ByteArray:
		return v.B
	case py.Str:
		panic(py.NewError(py.TypeErrorType, "Strings must be encoded before hashing"))
	}
	panic(py.NewError(py.TypeErrorType, fmt.Sprintf("object supporting the buffer API required")))
}

func newHash(name string, args []py.Object) *Hash {
	f, ok := algos[name]
	if !ok {
		panic(py.NewError(py.ValueErrorType, "unsupported hash type "+name))
	}
	h := &Hash{name: name, h: f()}
	if len(args) > 0 && args[0] != nil && args[0] != py.None {
		h.h.Write(data(args[0]))
	}
	return h
}

func setup0() {
	hm := func(name string, f func(h *Hash, args []py.Object) py.Object) {
		py.AddMethod(HashType, name, func(args []py.Object, kw []string) py.Object { return f(args[0].(*Hash), args[1:]) })
	}
	hm("update", func(h *Hash, args []py.Object) py.Object { h.h.Write(data(args[0])); return py.None })
	hm("digest", func(h *Hash, args []py.Object) py.Object { return py.Bytes(string(h.h.Sum(nil))) })
	hm("hexdigest", func(h *Hash, args []py.Object) py.Object { return py.Str(hex.EncodeToString(h.h.Sum(nil))) })
	hm("copy", func(h *Hash, args []py.Object) py.Object {
		n := newHash(h.name, nil)
		n.h.Write(nil)
		// Re-hash is not possible from state; copy by marshaling.
		if m, ok := h.h.(interface{ MarshalBinary() ([]byte, error) }); ok {
			if b, err := m.MarshalBinary(); err == nil {
				if u, ok := n.h.(interface{ UnmarshalBinary([]byte) error }); ok {
					u.UnmarshalBinary(b)
				}
			}
		}
		return n
	})
	py.AddGetter(HashType, "name", func(o py.Object) py.Object { return py.Str(o.(*Hash).name) }, nil)
	py.AddGetter(HashType, "digest_size", func(o py.Object) py.Object { return py.Int(o.(*Hash).h.Size()) }, nil)
	py.AddGetter(HashType, "block_size", func(o py.Object) py.Object { return py.Int(o.(*Hash).h.BlockSize()) }, nil)
	py.RegisterModule("hashlib", func(m *py.Module) {
		for name := range algos {
			name := name
			m.AddFunc(name, func(args []py.Object, kw []string) py.Object {
				a := py.ParseArgs(name, args, kw, []string{"string", "usedforsecurity"}, 0)
				return newHash(name, a[:1])
			})
		}
		m.AddFunc("new", func(args []py.Object, kw []string) py.Object {
			a := py.ParseArgs("new", args, kw, []string{"name", "data"}, 1)
			return newHash(py.StrOf(a[0]), a[1:2])
		})
		set := py.NewSet()
		for name := range algos {
			set.Add(py.Str(name))
		}
		m.Set("algorithms_guaranteed", set)
		m.Set("algorithms_available", set)
		addMore(m)
	})
}

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	HashType = py.NewType("HASH", "_hashlib", nil)
	algos = map[string]func() hash.Hash{
		"md5": md5.New, "sha1": sha1.New, "sha224": sha256.New224, "sha256": sha256.New,
		"sha384": sha512.New384, "sha512": sha512.New,
	}
}
