package py

import (
	"bufio"
	"fmt"
	"math"
	"math/big"
	"os"
	"sort"
	"strings"
)

// The builtin functions beyond the core ones in builtins.go.

// GoIter is an iterator implemented in Go with a Python type of its own
// (enumerate, zip, map, filter, reversed, itertools objects...).
type GoIter struct {
	T    *Type
	F    func() (Object, bool)
	done bool
	// stop is the StopIteration the last step ended with, when Python
	// code F called raised it (next() raises that one, value and all).
	stop *BaseException
	// Reduce and SetState are __reduce__ and __setstate__ (pickling),
	// when the iterator has them.
	Reduce   func() Object
	SetState func(Object)
}

func (it *GoIter) Type() *Type { return it.T }

func (it *GoIter) Next() (Object, bool) {
	if it.done {
		return nil, false
	}
	v, ok, stop := StepCatchingStop(it.F)
	it.stop = stop
	if !ok && stop == nil {
		it.done = true
	}
	return v, ok
}

// TakeStop is the StopIteration the last step ended with (nil: none),
// forgotten once taken.
func (it *GoIter) TakeStop() *BaseException {
	e := it.stop
	it.stop = nil
	return e
}

// StopHolder is an iterator implemented in Go that keeps the StopIteration
// its last step ended with (StepCatchingStop's).
type StopHolder interface {
	TakeStop() *BaseException
}

// StepCatchingStop runs one step of an iterator implemented in Go. A
// StopIteration raised by the Python code the step calls (map's function,
// filter's predicate, starmap's) ends the step as exhaustion and is
// returned, as CPython's C iterators let it reach FOR_ITER, which ends the
// loop; a later step calls again (the iterator is not done).
func StepCatchingStop(step func() (Object, bool)) (v Object, ok bool, stop *BaseException) {
	depth := SaveDepth()
	defer func() {
		if r := recover(); r != nil {
			if e, isExc := r.(*BaseException); isExc && e.cls.IsSubtype(StopIterationType) {
				RestoreDepth(depth)
				v, ok, stop = nil, false, e
				return
			}
			panic(r)
		}
	}()
	v, ok = step()
	return v, ok, nil
}

// raiseStop raises the StopIteration that ended iterator it's last step:
// the one Python code a GoIter called raised, a new one otherwise.
func raiseStop(it Object) {
	if h, ok := it.(StopHolder); ok {
		if e := h.TakeStop(); e != nil {
			panic(e)
		}
	}
	panic(NewException(StopIterationType))
}

// reversedPickling gives a reverse iterator over seq, whose next item is
// at *i-1, CPython's __reduce__ and __setstate__.
func reversedPickling(it *GoIter, seq Object, i *int, n func() int) {
	it.Reduce = func() Object {
		if it.done {
			return NewTuple(LoadBuiltin("iter"), NewTuple(NewList()))
		}
		return NewTuple(LoadBuiltin("reversed"), NewTuple(seq), Int(*i-1))
	}
	it.SetState = func(o Object) {
		if !it.done {
			*i = max(-1, min(Index(o), n()-1)) + 1
		}
	}
}

// NewIterType makes an iterator type whose instances are *GoIter.
func NewIterType(name, module string) *Type {
	t := newBuiltinType(name, ObjectType)
	t.Module = module
	method(t, "__iter__", func(args []Object, kw []string) Object { return args[0] })
	method(t, "__next__", func(args []Object, kw []string) Object {
		v, ok := Next(args[0])
		if !ok {
			raiseStop(args[0])
		}
		return v
	})
	return t
}

var (
	EnumerateType       = NewIterType("enumerate", "builtins")
	ZipType             = NewIterType("zip", "builtins")
	MapType             = NewIterType("map", "builtins")
	FilterType          = NewIterType("filter", "builtins")
	ReversedType        = NewIterType("reversed", "builtins")
	ListReverseIterType = NewIterType("list_reverseiterator", "builtins")
)

// Abs is abs(x).
func Abs(x Object) Object {
	switch v := x.(type) {
	case Int:
		if v < 0 {
			return Neg(v)
		}
		return v
	case Bool:
		return Int(Index(v))
	case Float:
		return BoxFloat(math.Abs(float64(v)))
	case *BigInt:
		return NewBigInt(new(big.Int).Abs(&v.v))
	case Complex:
		return complexAbs(v)
	}
	if m := LookupSpecial(x, "__abs__"); m != nil {
		return Call(m)
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("bad operand type for abs(): '%s'", typeName(x))))
}

// DivMod is divmod(a, b).
func DivMod(a, b Object) Object {
	if isNumber(a) && isNumber(b) {
		_, af := a.(Float)
		_, bf := b.(Float)
		if af || bf {
			x, _ := floatOf(a)
			y, _ := floatOf(b)
			if y == 0 {
				panic(NewError(ZeroDivisionErrorType, "float divmod()"))
			}
			m := math.Mod(x, y)
			div := (x - m) / y
			if m != 0 {
				if (y < 0) != (m < 0) {
					m += y
					div -= 1
				}
			} else {
				m = math.Copysign(0, y)
			}
			var fd float64
			if div != 0 {
				fd = math.Floor(div)
				if div-fd > 0.5 {
					fd += 1
				}
			} else {
				fd = math.Copysign(0, x/y)
			}
			return NewTuple(Float(fd), Float(m))
		}
		if isExactInt(a) && isExactInt(b) {
			return intDivModPair(a, b)
		}
		return NewTuple(FloorDiv(a, b), Mod(a, b))
	}
	if m := LookupSpecial(a, "__divmod__"); m != nil {
		if r := Call(m, b); r != NotImplemented {
			return r
		}
	}
	if m := LookupSpecial(b, "__rdivmod__"); m != nil {
		if r := Call(m, a); r != NotImplemented {
			return r
		}
	}
	panic(NewError(TypeErrorType, fmt.Sprintf("unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a), typeName(b))))
}

const hashModulus = (1 << 61) - 1

// PyHash is hash(o) with CPython's values for numbers.
func PyHash(o Object) Object {
	switch v := o.(type) {
	case Int:
		return Int(hashInt(int64(v)))
	case Bool:
		return Int(Index(v))
	case *BigInt:
		m := new(big.Int).Mod(new(big.Int).Abs(&v.v), big.NewInt(hashModulus)).Int64()
		if v.v.Sign() < 0 {
			m = -m
		}
		if m == -1 {
			m = -2
		}
		return Int(m)
	case Float:
		return Int(hashFloat(float64(v)))
	case *Tuple:
		return Int(tupleHash(v))
	case Complex:
		return Int(complexHash(v))
	case Str:
		return Int(int64(strHash(string(v))))
	case Bytes:
		return Int(int64(strHash(string(v)))) // hash(b'x') == hash('x')
	case *Set:
		if v.Frozen && v.sub == nil {
			return Int(frozensetHash(v))
		}
	}
	// A __hash__ other than the builtin types' own: its result, as CPython
	// takes it (an int, reduced when it is not a machine-sized one).
	t := o.Type()
	if hm := t.Lookup("__hash__"); hm != nil && hm != None && hm != objectHash {
		if bf, ok := hm.(*BuiltinFunction); ok && selfHashing[bf.owner] {
			if v, ok := o.(*ValueSub); ok {
				return PyHash(v.V)
			}
		}
		if bf, ok := hm.(*BuiltinFunction); !ok || !selfHashing[bf.owner] {
			// An int subclass's instance hashes as its int value.
			r := UnwrapValue(callSlot(hm, o, t))
			if !isIntLike(r) {
				panic(NewError(TypeErrorType, "__hash__ method should return an integer"))
			}
			if _, big := r.(*BigInt); big {
				return PyHash(r)
			}
			if v := Index(r); v != -1 {
				return Int(v)
			}
			return Int(-2)
		}
	}
	if v, ok := o.(*Set); ok && v.Frozen {
		// A frozenset subclass with frozenset's __hash__.
		return Int(frozensetHash(v))
	}
	h := Hash(o)
	return Int(int64(h >> 1))
}

// selfHashing are the types whose __hash__ is PyHash itself.
var selfHashing = map[*Type]bool{IntType: true, BoolType: true, FloatType: true, StrType: true,
	TupleType: true, BytesType: true, FrozenSetType: true}

func hashInt(v int64) int64 {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	m := int64(u % hashModulus)
	if neg {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

func hashFloat(v float64) int64 {
	switch {
	case math.IsInf(v, 1):
		return 314159
	case math.IsInf(v, -1):
		return -314159
	case math.IsNaN(v):
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	r := int64(x) * sign
	if r == -1 {
		r = -2
	}
	return r
}

// tupleHash is CPython 3.11's xxHash-based tuple hash.
func tupleHash(t *Tuple) int64 {
	const (
		p1 = 11400714785074694791
		p2 = 14029467366897019727
		p5 = 2870177450012600261
	)
	acc := uint64(p5)
	for _, it := range t.Items {
		lane := uint64(Index(PyHash(it)))
		acc += lane * p2
		acc = (acc << 31) | (acc >> 33)
		acc *= p1
	}
	acc += uint64(len(t.Items)) ^ (p5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796
	}
	return int64(acc)
}

// dirOf is dir(o): sorted attribute names. A class's are its and its
// bases' (type___dir__); a module's its __dict__'s keys (module___dir__);
// any other object's are object___dir__'s: the keys of getattr(o,
// '__dict__') and, through getattr(o, '__class__'), of that class's
// __dict__ and its __bases__' (merge_class_dict), every failing getattr
// skipped.
func dirOf(o Object) []Object {
	names := map[string]bool{}
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		d.Items(func(k, _ Object) bool {
			if s, ok := UnwrapValue(k).(Str); ok {
				names[string(s)] = true
			}
			return true
		})
	}
	addType := func(t *Type) {
		for _, m := range t.MRO {
			addDict(m.Dict)
			for _, g := range m.getters {
				names[g.name] = true
			}
		}
		names["__class__"] = true // object's __class__ getter
	}
	switch v := o.(type) {
	case *Module:
		d := v.Dict
		if v.cls != nil {
			var ok bool
			if d, ok = GetAttr(v, "__dict__").(*Dict); !ok {
				panic(NewError(TypeErrorType, "<module>.__dict__ is not a dictionary"))
			}
		}
		if f, ok := d.GetStr("__dir__"); ok {
			// A module's own __dir__ function (PEP 562).
			out := AppendStar(nil, Call(f))
			SortObjects(out, nil, false)
			return out
		}
		addDict(d)
	case *Type:
		addType(v)
	default:
		if d, ok := dirGetattr(o, "__dict__").(*Dict); ok {
			addDict(d)
		}
		if cls := dirGetattr(o, "__class__"); cls != nil {
			dirMergeClass(cls, addDict, addType)
		}
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Object, len(keys))
	for i, k := range keys {
		out[i] = Str(k)
	}
	return out
}

// dirGetattr is getattr(o, name) with any exception cleared (nil), as
// object___dir__ does.
func dirGetattr(o Object, name string) (v Object) {
	if e := CatchMatching(ExceptionType, func() { v = GetAttr(o, name) }); e != nil {
		return nil
	}
	return v
}

// dirMergeClass is merge_class_dict: the keys of getattr(cls, '__dict__')
// and, recursively, of its __bases__' (a class proper merges its MRO).
func dirMergeClass(cls Object, addDict func(*Dict), addType func(*Type)) {
	if t, ok := cls.(*Type); ok {
		addType(t)
		return
	}
	EnterRecursiveCall(" in __dir__")
	defer LeaveRecursiveCall()
	if d, ok := dirGetattr(cls, "__dict__").(*Dict); ok {
		addDict(d)
	}
	bases := dirGetattr(cls, "__bases__")
	if bases == nil {
		return
	}
	n := Len(bases)
	for i := 0; i < n; i++ {
		dirMergeClass(GetItem(bases, Int(i)), addDict, addType)
	}
}

// Reversed is reversed(seq).
func Reversed(seq Object) Object {
	switch v := seq.(type) {
	case *List:
		if v.sub == nil {
			i := len(v.Items)
			it := &GoIter{T: ListReverseIterType, F: func() (Object, bool) {
				if i > len(v.Items) {
					i = len(v.Items)
				}
				if i <= 0 {
					return nil, false
				}
				i--
				return v.Items[i], true
			}}
			reversedPickling(it, v, &i, func() int { return len(v.Items) })
			return it
		}
	case *Tuple:
		i := len(v.Items)
		it := &GoIter{T: ReversedType, F: func() (Object, bool) {
			if i <= 0 {
				return nil, false
			}
			i--
			return v.Items[i], true
		}}
		reversedPickling(it, v, &i, func() int { return len(v.Items) })
		return it
	}
	if m := LookupSpecial(seq, "__reversed__"); m != nil {
		if m == None {
			panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not reversible", typeName(seq))))
		}
		return Call(m)
	}
	if LookupSpecial(seq, "__getitem__") == nil || (LookupSpecial(seq, "__len__") == nil) {
		if _, ok := seq.(Str); !ok {
			if _, ok := seq.(Bytes); !ok {
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object is not reversible", typeName(seq))))
			}
		}
	}
	i := Len(seq)
	return &GoIter{T: ReversedType, F: func() (Object, bool) {
		if i <= 0 {
			return nil, false
		}
		i--
		return GetItem(seq, Int(i)), true
	}}
}

func minMax(name string, args []Object, kw []string, op CmpOp) Object {
	npos := len(args) - len(kw)
	var key, def Object
	for i, k := range kw {
		switch k {
		case "key":
			key = args[npos+i]
		case "default":
			def = args[npos+i]
		default:
			panic(NewError(TypeErrorType, fmt.Sprintf("%s() got an unexpected keyword argument '%s'", name, k)))
		}
	}
	if key == None {
		key = nil
	}
	var items []Object
	switch {
	case npos == 0:
		panic(NewError(TypeErrorType, fmt.Sprintf("%s expected at least 1 argument, got 0", name)))
	case npos == 1:
		items = AppendStar(nil, args[0])
	default:
		if def != nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("Cannot specify a default for %s() with multiple positional arguments", name)))
		}
		items = args[:npos]
	}
	if len(items) == 0 {
		if def != nil {
			return def
		}
		panic(NewError(ValueErrorType, fmt.Sprintf("%s() arg is an empty sequence", name)))
	}
	best := items[0]
	var bestKey Object = best
	if key != nil {
		bestKey = Call(key, best)
	}
	for _, it := range items[1:] {
		k := it
		if key != nil {
			k = Call(key, it)
		}
		if CompareBool(k, bestKey, op) {
			best, bestKey = it, k
		}
	}
	return best
}

// Sum is sum(iterable, start).
func Sum(iterable, start Object) Object {
	acc := start
	switch UnwrapValue(start).(type) {
	case Str:
		panic(NewError(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]"))
	case Bytes:
		panic(NewError(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]"))
	case *ByteArray:
		panic(NewError(TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]"))
	}
	var s summer
	s.start(acc)
	added := false
	switch v := iterable.(type) {
	case *List:
		if v.sub == nil {
			// As list's iterator steps: the length is read again each
			// time (an __add__ may change the list).
			for i := 0; i < len(v.Items); i++ {
				s.add(v.Items[i])
				added = true
			}
			return s.result(added, acc)
		}
	case *Tuple:
		if v.sub == nil {
			for _, x := range v.Items {
				s.add(x)
			}
			return s.result(len(v.Items) > 0, acc)
		}
	}
	it := GetIter(iterable)
	for {
		v, ok := Next(it)
		if !ok {
			return s.result(added, acc)
		}
		s.add(v)
		added = true
	}
}

// Round is round(x, ndigits) (ndigits nil: round to an int).
func Round(x, ndigits Object) Object {
	if ndigits == None {
		ndigits = nil
	}
	switch v := x.(type) {
	case Int, *BigInt, Bool:
		if ndigits == nil {
			return ToInt(v)
		}
		return RoundInt(ToInt(v), Index(ndigits))
	case Float:
		if ndigits == nil {
			return RoundHalfEven(float64(v))
		}
		return Float(RoundFloat(float64(v), int(asSsizeClamped(ndigits))))
	}
	m := LookupSpecial(x, "__round__")
	if m == nil {
		panic(NewError(TypeErrorType, fmt.Sprintf("type %s doesn't define __round__ method", typeName(x))))
	}
	if ndigits == nil {
		return Call(m)
	}
	return Call(m, ndigits)
}

// PowMod is pow(base, exp, mod).
func PowMod(base, exp, mod Object) Object {
	if mod == nil || mod == None {
		return Pow(base, exp)
	}
	if !isIntLike(base) || !isIntLike(exp) || !isIntLike(mod) {
		if m := LookupSpecial(base, "__pow__"); m != nil {
			return Call(m, exp, mod)
		}
		panic(NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers"))
	}
	m := asBig(mod)
	if m.Sign() == 0 {
		panic(NewError(ValueErrorType, "pow() 3rd argument cannot be 0"))
	}
	b := new(big.Int).Set(asBig(base))
	e := new(big.Int).Set(asBig(exp))
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, new(big.Int).Abs(m)), new(big.Int).Abs(m))
		if inv == nil {
			panic(NewError(ValueErrorType, "base is not invertible for the given modulus"))
		}
		b, e = inv, e.Neg(e)
	}
	r := new(big.Int).Exp(b, e, new(big.Int).Abs(m))
	// Python's result has the sign of the modulus.
	if r.Sign() != 0 && m.Sign() < 0 {
		r.Add(r, m)
	}
	return NewBigInt(r)
}

func intToBase(x Object, base int, prefix string) string {
	b, ok := IndexBig(x)
	if !ok {
		panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(x))))
	}
	if b.Sign() < 0 {
		return "-" + prefix + new(big.Int).Neg(b).Text(base)
	}
	return prefix + b.Text(base)
}

var stdinReader *bufio.Reader

// ReadLine reads a line of standard input without its newline, for
// input(); ok is false at EOF.
func ReadLine() (string, bool) {
	if StdinReadLine != nil {
		return StdinReadLine()
	}
	if stdinReader == nil {
		stdinReader = bufio.NewReader(os.Stdin)
	}
	var line string
	var err error
	WithoutGIL(func() { line, err = stdinReader.ReadString('\n') })
	if err != nil && line == "" {
		return "", false
	}
	return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), true
}

func init() {
	builtin("abs", func(args []Object, kw []string) Object {
		a := ParseArgs("abs", args, kw, []string{"x"}, 1)
		return Abs(a[0])
	})
	builtin("divmod", func(args []Object, kw []string) Object {
		noKw("divmod", kw)
		if len(args) != 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("divmod expected 2 arguments, got %d", len(args))))
		}
		return DivMod(args[0], args[1])
	})
	builtin("hash", func(args []Object, kw []string) Object {
		a := ParseArgs("hash", args, kw, []string{"obj"}, 1)
		return PyHash(a[0])
	})
	builtin("enumerate", func(args []Object, kw []string) Object {
		a := ParseArgs("enumerate", args, kw, []string{"iterable", "start"}, 1)
		it := GetIter(a[0])
		var n Object = Int(0)
		if a[1] != nil {
			if !isIntLike(a[1]) {
				panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(a[1]))))
			}
			n = a[1]
		}
		e := &GoIter{T: EnumerateType, F: func() (Object, bool) {
			v, ok := Next(it)
			if !ok {
				return nil, false
			}
			i := n
			n = Add(n, Int(1))
			return NewTuple(i, v), true
		}}
		e.Reduce = func() Object { return NewTuple(LoadBuiltin("enumerate"), NewTuple(it, n)) }
		return e
	})
	enumerateFn = Builtins.Dict.mustGet("enumerate")
	builtin("zip", func(args []Object, kw []string) Object {
		npos := len(args) - len(kw)
		strict := false
		for i, k := range kw {
			if k != "strict" {
				panic(NewError(TypeErrorType, fmt.Sprintf("zip() got an unexpected keyword argument '%s'", k)))
			}
			strict = Truth(args[npos+i])
		}
		its := make([]Object, npos)
		for i, a := range args[:npos] {
			its[i] = GetIter(a)
		}
		z := &GoIter{T: ZipType}
		z.Reduce = func() Object {
			if strict {
				return NewTuple(LoadBuiltin("zip"), NewTuple(its...), True)
			}
			return NewTuple(LoadBuiltin("zip"), NewTuple(its...))
		}
		z.SetState = func(o Object) { strict = Truth(o) }
		z.F = func() (Object, bool) {
			if len(its) == 0 {
				return nil, false
			}
			items := make([]Object, len(its))
			for i, it := range its {
				v, ok := Next(it)
				if !ok {
					if strict {
						if i > 0 {
							panic(NewError(ValueErrorType, fmt.Sprintf("zip() argument %d is shorter than argument%s", i+1, zipPlural(i))))
						}
						for j := 1; j < len(its); j++ {
							if _, ok := Next(its[j]); ok {
								panic(NewError(ValueErrorType, fmt.Sprintf("zip() argument %d is longer than argument%s", j+1, zipPlural(j))))
							}
						}
					}
					return nil, false
				}
				items[i] = v
			}
			return NewTuple(items...), true
		}
		return z
	})
	zipFn = Builtins.Dict.mustGet("zip")
	builtin("map", func(args []Object, kw []string) Object {
		noKw("map", kw)
		if len(args) < 2 {
			panic(NewError(TypeErrorType, "map() must have at least two arguments."))
		}
		f := args[0]
		its := make([]Object, len(args)-1)
		for i, a := range args[1:] {
			its[i] = GetIter(a)
		}
		m := &GoIter{T: MapType, F: func() (Object, bool) {
			vals := make([]Object, len(its))
			for i, it := range its {
				v, ok := Next(it)
				if !ok {
					return nil, false
				}
				vals[i] = v
			}
			return Call(f, vals...), true
		}}
		m.Reduce = func() Object { return NewTuple(LoadBuiltin("map"), NewTuple(append([]Object{f}, its...)...)) }
		return m
	})
	builtin("filter", func(args []Object, kw []string) Object {
		noKw("filter", kw)
		if len(args) != 2 {
			panic(NewError(TypeErrorType, fmt.Sprintf("filter expected 2 arguments, got %d", len(args))))
		}
		f := args[0]
		it := GetIter(args[1])
		fi := &GoIter{T: FilterType, F: func() (Object, bool) {
			for {
				v, ok := Next(it)
				if !ok {
					return nil, false
				}
				if f == None {
					if Truth(v) {
						return v, true
					}
				} else if Truth(Call(f, v)) {
					return v, true
				}
			}
		}}
		fi.Reduce = func() Object { return NewTuple(LoadBuiltin("filter"), NewTuple(f, it)) }
		return fi
	})
	builtin("reversed", func(args []Object, kw []string) Object {
		noKw("reversed", kw)
		if len(args) != 1 {
			panic(NewError(TypeErrorType, fmt.Sprintf("reversed expected 1 argument, got %d", len(args))))
		}
		return Reversed(args[0])
	})
	builtin("sorted", func(args []Object, kw []string) Object {
		npos := len(args) - len(kw)
		if npos != 1 {
			panic(NewError(TypeErrorType, fmt.Sprintf("sorted expected 1 argument, got %d", npos)))
		}
		a := ParseArgs("sort", args[1:], kw, []string{"key", "reverse"}, 0)
		items := AppendStar(nil, args[0])
		if l, ok := args[0].(*List); ok && len(items) > 0 && &items[0] == &l.Items[0] {
			items = append([]Object(nil), items...)
		}
		if t, ok := args[0].(*Tuple); ok && len(items) > 0 && &items[0] == &t.Items[0] {
			items = append([]Object(nil), items...)
		}
		SortObjects(items, a[0], a[1] != nil && Truth(a[1]))
		return NewList(items...)
	})
	builtin("min", func(args []Object, kw []string) Object { return minMax("min", args, kw, OpLt) })
	builtin("max", func(args []Object, kw []string) Object { return minMax("max", args, kw, OpGt) })
	builtin("sum", func(args []Object, kw []string) Object {
		a := ParseArgs("sum", args, kw, []string{"iterable", "start"}, 1)
		if a[1] == nil {
			a[1] = Int(0)
		}
		return Sum(a[0], a[1])
	})
	builtin("round", func(args []Object, kw []string) Object {
		a := ParseArgs("round", args, kw, []string{"number", "ndigits"}, 1)
		return Round(a[0], a[1])
	})
	builtin("pow", func(args []Object, kw []string) Object {
		a := ParseArgs("pow", args, kw, []string{"base", "exp", "mod"}, 2)
		return PowMod(a[0], a[1], a[2])
	})
	builtin("chr", func(args []Object, kw []string) Object {
		a := ParseArgs("chr", args, kw, []string{"i"}, 1)
		if !isIntLike(a[0]) && LookupSpecial(a[0], "__index__") == nil {
			panic(NewError(TypeErrorType, fmt.Sprintf("'%s' object cannot be interpreted as an integer", typeName(a[0]))))
		}
		if _, big := a[0].(*BigInt); big {
			panic(NewError(OverflowErrorType, "Python int too large to convert to C int"))
		}
		n := Index(a[0])
		if n < 0 || n > 0x10ffff {
			panic(NewError(ValueErrorType, "chr() arg not in range(0x110000)"))
		}
		return Str(RuneStr(rune(n)))
	})
	builtin("ord", func(args []Object, kw []string) Object {
		a := ParseArgs("ord", args, kw, []string{"c"}, 1)
		switch v := UnwrapValue(a[0]).(type) {
		case Str:
			r, n := DecodeRune(string(v))
			if n != len(v) || n == 0 {
				panic(NewError(TypeErrorType, fmt.Sprintf("ord() expected a character, but string of length %d found", strLen(string(v)))))
			}
			return Int(r)
		case Bytes:
			if len(v) != 1 {
				panic(NewError(TypeErrorType, fmt.Sprintf("ord() expected a character, but string of length %d found", len(v))))
			}
			return Int(v[0])
		case *ByteArray:
			if len(v.B) != 1 {
				panic(NewError(TypeErrorType, fmt.Sprintf("ord() expected a character, but string of length %d found", len(v.B))))
			}
			return Int(v.B[0])
		}
		panic(NewError(TypeErrorType, fmt.Sprintf("ord() expected string of length 1, but %s found", typeName(a[0]))))
	})
	builtin("hex", func(args []Object, kw []string) Object {
		a := ParseArgs("hex", args, kw, []string{"number"}, 1)
		return Str(intToBase(a[0], 16, "0x"))
	})
	builtin("oct", func(args []Object, kw []string) Object {
		a := ParseArgs("oct", args, kw, []string{"number"}, 1)
		return Str(intToBase(a[0], 8, "0o"))
	})
	builtin("bin", func(args []Object, kw []string) Object {
		a := ParseArgs("bin", args, kw, []string{"number"}, 1)
		return Str(intToBase(a[0], 2, "0b"))
	})
	builtin("format", func(args []Object, kw []string) Object {
		a := ParseArgs("format", args, kw, []string{"value", "format_spec"}, 1)
		spec := ""
		if a[1] != nil {
			spec = wantStr("format() argument 2", a[1])
		}
		return Str(Format(a[0], spec))
	})
	builtin("ascii", func(args []Object, kw []string) Object {
		a := ParseArgs("ascii", args, kw, []string{"obj"}, 1)
		return Str(asciiRepr(Repr(a[0])))
	})
	builtin("any", func(args []Object, kw []string) Object {
		a := ParseArgs("any", args, kw, []string{"iterable"}, 1)
		it := GetIter(a[0])
		for {
			v, ok := Next(it)
			if !ok {
				return False
			}
			if Truth(v) {
				return True
			}
		}
	})
	builtin("all", func(args []Object, kw []string) Object {
		a := ParseArgs("all", args, kw, []string{"iterable"}, 1)
		it := GetIter(a[0])
		for {
			v, ok := Next(it)
			if !ok {
				return True
			}
			if !Truth(v) {
				return False
			}
		}
	})
	builtin("vars", func(args []Object, kw []string) Object {
		a := ParseArgs("vars", args, kw, []string{"object"}, 0)
		if a[0] == nil {
			return callerNamespaceFor("vars")
		}
		if d := LookupAttr(a[0], "__dict__"); d != nil {
			return d
		}
		panic(NewError(TypeErrorType, "vars() argument must have __dict__ attribute"))
	})
	builtin("dir", func(args []Object, kw []string) Object {
		a := ParseArgs("dir", args, kw, []string{"object"}, 0)
		if a[0] == nil {
			ns := callerNamespaceFor("dir")
			// PyMapping_Keys: an exact dict's keys, any other mapping's
			// keys() (a dict subclass's own included).
			if d, ok := ns.(*Dict); ok && d.Type() == DictType {
				return DirNamespace(d)
			}
			l := NewList(AppendStar(nil, Call(GetAttr(ns, "keys")))...)
			SortObjects(l.Items, nil, false)
			return l
		}
		// Any __dir__ but object's own (which dirOf is) decides.
		if own := a[0].Type().Lookup("__dir__"); own != nil && own != ObjectType.Dict.mustGet("__dir__") {
			m := LookupSpecial(a[0], "__dir__")
			l := NewList(AppendStar(nil, Call(m))...)
			SortObjects(l.Items, nil, false)
			return l
		}
		return NewList(dirOf(a[0])...)
	})
	builtin("input", func(args []Object, kw []string) Object {
		if len(kw) > 0 {
			panic(NewError(TypeErrorType, "input() takes no keyword arguments"))
		}
		if len(args) > 1 {
			panic(NewError(TypeErrorType, fmt.Sprintf("input expected at most 1 argument, got %d", len(args))))
		}
		a := ParseArgs("input", args, kw, []string{"prompt"}, 0)
		// builtin_input_impl: sys.stdin and sys.stdout must be there;
		// sys.stderr is flushed, the prompt written to sys.stdout.
		sys := Import("sys")
		stdio := func(name string) Object {
			f := LookupAttr(sys, name)
			if f == nil || f == None {
				panic(NewError(RuntimeErrorType, "input(): lost sys."+name))
			}
			return f
		}
		stdio("stdin")
		fout := stdio("stdout")
		if ferr := LookupAttr(sys, "stderr"); ferr != nil && ferr != None {
			CatchMatching(ExceptionType, func() { CallMethod(ferr, "flush") })
		}
		if a[0] != nil {
			CallMethod(fout, "write", Str(StrOf(a[0])))
		}
		CatchMatching(ExceptionType, func() { CallMethod(fout, "flush") })
		line, ok := ReadLine()
		if !ok {
			panic(NewError(EOFErrorType, "EOF when reading a line"))
		}
		return Str(line)
	})
	exit := func(name string) {
		Builtins.Dict.setIdent(name, &Quitter{Name: name})
	}
	exit("exit")
	exit("quit")
	Builtins.Dict.setIdent("object", ObjectType)
	Builtins.Dict.setIdent("super", SuperType)
	Builtins.Dict.setIdent("type", TypeType)
	Builtins.Dict.setIdent("slice", SliceType)
	Builtins.Dict.setIdent("__name__", Str("builtins"))
	Builtins.Dict.setIdent("__build_class__", None)
	Builtins.Dict.setIdent("__debug__", True)
}

func zipPlural(i int) string {
	if i == 1 {
		return " 1"
	}
	return fmt.Sprintf("s 1-%d", i)
}

// Quitter is exit / quit.
type Quitter struct{ Name string }

var QuitterType = newBuiltinType("Quitter", ObjectType)

func (*Quitter) Type() *Type { return QuitterType }

func (q *Quitter) String() string { return "Use " + q.Name + "() or Ctrl-D (i.e. EOF) to exit" }

func (q *Quitter) Call(args []Object, kw []string) Object {
	a := ParseArgs(q.Name, args, kw, []string{"code"}, 0)
	if a[0] == nil {
		panic(NewException(SystemExitType))
	}
	panic(NewException(SystemExitType, a[0]))
}
