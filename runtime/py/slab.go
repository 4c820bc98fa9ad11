package py

import "unsafe"

// Start-up allocation. Package init fills the builtin types' dicts: about a
// thousand methods and three hundred getters, each a descriptor, its name
// boxed as the dict key (runtime.convTstring) and a dict entry, before a
// print("hi") runs (half its start-up instructions). The class-dict
// entries the runtime makes itself (method, AddGetter, a class's
// __module__ and __doc__, the builtins module's names) instead take their
// descriptors from slabs and their keys from chunks of boxed names: one
// allocation per slab, not one per entry; SetStr boxes keys the same way
// in the namespaces of classes and modules (Dict.identKeys). Only names
// that are identifiers and objects that live as long as their class go
// there: a live entry keeps its slab alive, and a key chunk holds the
// other keys' strings (which is why other dicts' SetStr does not box this
// way: a json key could pin the document it was cut from).
//
// Like the int boxes (intbox.go), the slabs are plain globals: only
// package init and code holding the GIL add class-dict entries.

const (
	keyChunkLen    = 32
	builtinSlabLen = 64
	getsetSlabLen  = 32
)

var (
	keyChunk    *[keyChunkLen]Str
	keyPos      = keyChunkLen
	strTab      = func() unsafe.Pointer { var o Object = Str(""); return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0] }()
	builtinSlab []BuiltinFunction
	getsetSlab  []GetSetDescriptor
)

// boxKey returns name as a Str Object whose string header lives in the
// current key chunk.
func boxKey(name string) Object {
	if keyPos == keyChunkLen {
		keyChunk = new([keyChunkLen]Str)
		keyPos = 0
	}
	p := &keyChunk[keyPos]
	keyPos++
	*p = Str(name)
	var o Object
	*(*[2]unsafe.Pointer)(unsafe.Pointer(&o)) = [2]unsafe.Pointer{strTab, unsafe.Pointer(p)}
	return o
}

// newSlabBuiltin is &BuiltinFunction{} from the current slab.
func newSlabBuiltin() *BuiltinFunction { return fromSlab(&builtinSlab, builtinSlabLen) }

// newSlabGetSet is &GetSetDescriptor{} from the current slab.
func newSlabGetSet() *GetSetDescriptor { return fromSlab(&getsetSlab, getsetSlabLen) }

// fromSlab takes the next zero T of *slab, starting a slab of n when it
// is used up.
func fromSlab[T any](slab *[]T, n int) *T {
	if len(*slab) == 0 {
		*slab = make([]T, n)
	}
	p := &(*slab)[0]
	*slab = (*slab)[1:]
	return p
}

// setIdent is d.SetStr(name, value) for an entry of a class or module
// dict whose name is an identifier the runtime chose: a new key is boxed
// from a chunk.
func (d *Dict) setIdent(name string, value Object) { d.setStrH(name, strHash(name), value, true) }
