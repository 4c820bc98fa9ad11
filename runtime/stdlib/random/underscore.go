package random

import (
	"fmt"
	"math/big"

	"github.com/py2goasync/py2goasync/runtime/py"
)

// _random, the C half of random.py: a Mersenne Twister with random(),
// seed(), getstate(), setstate() and getrandbits(), sharing the Go
// random module's generator code.

// CoreType is _random.Random.
var CoreType *py.Type

func core(o py.Object) *Random {
	r, ok := o.(*Random)
	if !ok {
		panic(py.NewError(py.TypeErrorType, fmt.Sprintf("descriptor requires a '_random.Random' object but received a '%s'", o.Type().Name)))
	}
	return r
}

// seedCore is _random.Random.seed: ints by absolute value, None from the
// OS, anything else by its hash taken as an unsigned 64-bit number.
func seedCore(r *Random, a py.Object) {
	switch v := a.(type) {
	case nil, py.NoneType:
		r.Seed(nil)
	case py.Int, py.Bool, *py.BigInt:
		b, _ := py.BigOf(v)
		r.SeedInt(new(big.Int).Abs(b))
	default:
		h, _ := py.BigOf(py.PyHash(a))
		r.SeedInt(new(big.Int).SetUint64(uint64(h.Int64())))
	}
}

func setup1() {
	py.SetSubclassable(CoreType)
	CoreType.Dict.SetStr("__new__", &py.StaticMethod{Func: py.NewBuiltin("__new__", func(args []py.Object, kw []string) py.Object {
		cls := args[0].(*py.Type)
		pos := args[1 : len(args)-len(kw)]
		if cls == CoreType && len(kw) > 0 {
			panic(py.NewError(py.TypeErrorType, "Random() takes no keyword arguments"))
		}
		if len(pos) > 1 {
			panic(py.NewError(py.TypeErrorType, "Random() requires 0 or 1 argument"))
		}
		r := &Random{gaussNext: py.None, cls: cls}
		if cls != CoreType {
			r.dict = py.NewDict()
		}
		var a py.Object
		if len(pos) == 1 {
			a = pos[0]
		}
		seedCore(r, a)
		return r
	})})
	method := func(name string, f func(r *Random, args []py.Object) py.Object) {
		py.AddMethod(CoreType, name, func(args []py.Object, kw []string) py.Object { return f(core(args[0]), args[1:]) })
	}
	method("random", func(r *Random, args []py.Object) py.Object { return py.Float(r.Float()) })
	method("seed", func(r *Random, args []py.Object) py.Object {
		var a py.Object
		if len(args) > 0 {
			a = args[0]
		}
		seedCore(r, a)
		return py.None
	})
	method("getrandbits", func(r *Random, args []py.Object) py.Object {
		if len(args) != 1 {
			panic(py.NewError(py.TypeErrorType, fmt.Sprintf("getrandbits() takes exactly one argument (%d given)", len(args))))
		}
		k := py.Index(args[0])
		if k < 0 {
			panic(py.NewError(py.ValueErrorType, "number of bits must be non-negative"))
		}
		if k == 0 {
			return py.Int(0)
		}
		return r.GetRandBits(k)
	})
	method("getstate", func(r *Random, args []py.Object) py.Object {
		items := make([]py.Object, mtN+1)
		for i, v := range r.mt {
			items[i] = py.Int(int64(v))
		}
		items[mtN] = py.Int(r.mti)
		return py.NewTuple(items...)
	})
	method("setstate", func(r *Random, args []py.Object) py.Object {
		t, ok := args[0].(*py.Tuple)
		if !ok {
			panic(py.NewError(py.TypeErrorType, "state vector must be a tuple"))
		}
		if len(t.Items) != mtN+1 {
			panic(py.NewError(py.ValueErrorType, "state vector is the wrong size"))
		}
		var mt [mtN]uint32
		for i := 0; i < mtN; i++ {
			b, ok := py.IndexBig(t.Items[i])
			if !ok {
				panic(py.NewError(py.TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", t.Items[i].Type().Name)))
			}
			mt[i] = uint32(b.Uint64())
		}
		idx := py.Index(t.Items[mtN])
		if idx < 0 || idx > mtN {
			panic(py.NewError(py.ValueErrorType, "invalid state"))
		}
		r.mt, r.mti = mt, idx
		return py.None
	})
	py.RegisterModule("_random", func(m *py.Module) {
		m.Set("__doc__", py.Str("Module implements the Mersenne Twister random number generator."))
		m.Set("Random", CoreType)
	})
}

// initVars1 sets the package's variables that take code to build (types,
// tables) as setup starts, not at every program's start.
func initVars1() {
	CoreType = py.NewNativeType("Random", "_random", nil, nil)
}
