package py

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Go-level protocols that Go-implemented objects (range, deque, dict views,
// itertools iterators, ...) implement so that len(), iter() and `in` reach
// them without a method lookup.

// Lener is implemented by sized objects.
type Lener interface {
	Object
	Len() int
}

// Iterable is implemented by objects that make a fresh iterator.
type Iterable interface {
	Object
	Iter() Object
}

// Container is implemented by objects with a native `in`.
type Container interface {
	Object
	Contains(x Object) bool
}

// subclassable marks builtin types that classes may derive from: their
// instances carry the subclass (dict, list, tuple).
var subclassable = map[*Type]bool{}

// RichComparer is implemented by Go objects with their own comparisons;
// ok is false when the comparison is not supported (NotImplemented).
type RichComparer interface {
	Object
	RichCompare(other Object, op CmpOp) (result bool, ok bool)
}

// SetNewInstance sets how instances of t and its subclasses are
// allocated (for Go-implemented classes in stdlib packages).
func SetNewInstance(t *Type, f func(t *Type) Object) { t.newInstance = f }

// SetCall sets what calling the type t itself does (not its subclasses).
func SetCall(t *Type, f func(t *Type, args []Object, kwnames []string) Object) { t.call = f }

// SetSubclassable lets classes derive from the Go-implemented type t.
func SetSubclassable(t *Type) { subclassable[t] = true }

// NewType makes a Go-implemented class named module.name with one base.
func NewType(name, module string, base *Type) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base)
	t.Module = module
	return t
}

// AddMethod registers a builtin method (self is args[0]) in t's dict.
func AddMethod(t *Type, name string, fn func(args []Object, kwnames []string) Object) *BuiltinFunction {
	return method(t, name, fn)
}

// NewTupleOf makes an instance of a tuple subclass (struct_time,
// namedtuples).
func NewTupleOf(cls *Type, items []Object) *Tuple {
	return &Tuple{Items: items, sub: tupleSubOf(cls)}
}

// newTupleOfCopy is NewTupleOf of a copy of items, in one allocation with
// the tuple when they are few.
func newTupleOfCopy(cls *Type, items []Object) *Tuple {
	s := tupleSubOf(cls)
	if len(items) == 0 {
		return &Tuple{sub: s}
	}
	t := newTupleCopy(items)
	t.sub = s
	return t
}

// tupleSubOf is the subclass part of a new instance of cls, a subclass of
// tuple: shared by the instances of a class without a __dict__, the last
// such class's at hand without a map lookup.
func tupleSubOf(cls *Type) *tupleSub {
	if s := lastTupleSub; s != nil && s.cls == cls {
		return s
	}
	if s, ok := dictlessTupleSubs[cls]; ok {
		lastTupleSub = s
		return s
	}
	if !hasInstanceDict(cls, TupleType) {
		s := &tupleSub{cls: cls}
		dictlessTupleSubs[cls] = s
		lastTupleSub = s
		return s
	}
	return &tupleSub{cls: cls, attrs: NewDict()}
}

var lastTupleSub *tupleSub

// dictlessTupleSubs shares one tupleSub between the instances of each
// tuple subclass without a __dict__ (namedtuples, struct sequences).
var dictlessTupleSubs = map[*Type]*tupleSub{}

// hasInstanceDict reports whether instances of cls, a subclass of the
// builtin base, get a __dict__: not when every class between them
// declares __slots__ (without "__dict__").
func hasInstanceDict(cls, base *Type) bool {
	if cls.layout != nil {
		return cls.layout.hasDict
	}
	for _, m := range cls.MRO {
		if m == base {
			return false
		}
		slots, ok := m.Dict.GetStr("__slots__")
		if !ok {
			return true
		}
		if s, isStr := slots.(Str); isStr && s == "__dict__" {
			return true
		}
		if t, isTuple := slots.(*Tuple); isTuple {
			for _, x := range t.Items {
				if x == Object(Str("__dict__")) {
					return true
				}
			}
		}
	}
	return false
}

// NewDictOf makes an instance of a dict subclass (defaultdict, Counter...).
func NewDictOf(cls *Type) *Dict { return &Dict{sub: &subPart{cls: cls, attrs: NewDict()}} }

// Modules is sys.modules: every module imported so far.

// ScriptName is sys.argv[0]: the translated script's name.
var ScriptName string

// Id is id(o).
func Id(o Object) uint64 { return uint64(uintptr(ptrOf(o))) }

// exitBySIGINT is RunMain's code for "end as if killed by SIGINT".
const exitBySIGINT = -2

func killWithSIGINT() {
	signal.Reset(os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	time.Sleep(time.Second)
	os.Exit(130)
}

// redirectedStdout is sys.stdout when a program replaced it (nil when it
// is still the real one), so that print() follows the replacement.
func redirectedStdout() Object {
	m := sysModule
	if m == nil {
		return nil
	}
	v, ok := m.Dict.GetStr("stdout")
	if !ok || v == Object(SysStdout) {
		return nil
	}
	return v
}
