package py

import "testing"

func dictOf(kv ...Object) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		d.Set(kv[i], kv[i+1])
	}
	return d
}

func TestContainersOracle(t *testing.T) {
	lst := func() *List { return L(I(3), I(1), I(2)) }
	cases := []oracleCase{
		{`(lambda l: (l.append(4), l)[1])([3,1,2])`, func() Object { l := lst(); CallMethod(l, "append", I(4)); return l }},
		{`(lambda l: (l.extend("ab"), l)[1])([3,1,2])`, func() Object { l := lst(); CallMethod(l, "extend", S("ab")); return l }},
		{`(lambda l: (l.insert(-1, 9), l.insert(100, 8), l)[2])([3,1,2])`, func() Object {
			l := lst()
			CallMethod(l, "insert", I(-1), I(9))
			CallMethod(l, "insert", I(100), I(8))
			return l
		}},
		{`(lambda l: (l.pop(), l.pop(0), l))([3,1,2])`, func() Object {
			l := lst()
			a := CallMethod(l, "pop")
			b := CallMethod(l, "pop", I(0))
			return T(a, b, l)
		}},
		{`[].pop()`, m(L(), "pop")},
		{`[1].pop(5)`, m(L(I(1)), "pop", I(5))},
		{`[1].remove(2)`, m(L(I(1)), "remove", I(2))},
		{`[1, 2].index(2)`, m(L(I(1), I(2)), "index", I(2))},
		{`[1, 2].index(3)`, m(L(I(1), I(2)), "index", I(3))},
		{`[1, 2, 1].count(1)`, m(L(I(1), I(2), I(1)), "count", I(1))},
		{`(lambda l: (l.sort(), l)[1])([3,1,2])`, func() Object { l := lst(); CallMethod(l, "sort"); return l }},
		{`(lambda l: (l.sort(reverse=True), l)[1])([3,1,2])`, func() Object { l := lst(); CallKw(GetAttr(l, "sort"), []Object{True}, []string{"reverse"}); return l }},
		{`sorted(["bb", "a", "ccc", "dd"], key=len)`, bikw("sorted", []Object{L(S("bb"), S("a"), S("ccc"), S("dd")), LoadBuiltin("len")}, "key")},
		{`sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True)`, bikw("sorted", []Object{L(S("bb"), S("a"), S("ccc"), S("dd")), LoadBuiltin("len"), True}, "key", "reverse")},
		{`sorted([1, "a"])`, bi("sorted", L(I(1), S("a")))},
		{`sorted((3, 1.5, 2))`, bi("sorted", T(I(3), Float(1.5), I(2)))},
		{`(lambda l: (l.reverse(), l)[1])([3,1,2])`, func() Object { l := lst(); CallMethod(l, "reverse"); return l }},
		{`[1, [2]].copy()`, m(L(I(1), L(I(2))), "copy")},
		{`list.__len__([1, 2])`, func() Object { return Call(GetAttr(ListType, "__len__"), L(I(1), I(2))) }},
		{`[1] + [2]`, func() Object { return Add(L(I(1)), L(I(2))) }},
		{`[1, 2] == [1, 2]`, func() Object { return Compare(L(I(1), I(2)), L(I(1), I(2)), OpEq) }},
		{`(1, 2, 1).count(1)`, m(T(I(1), I(2), I(1)), "count", I(1))},
		{`(1, 2).index(5)`, m(T(I(1), I(2)), "index", I(5))},
		{`{"a": 1}.get("b")`, m(dictOf(S("a"), I(1)), "get", S("b"))},
		{`{"a": 1}.get("b", 5)`, m(dictOf(S("a"), I(1)), "get", S("b"), I(5))},
		{`(lambda d: (d.setdefault("b", []), d)[1])({"a": 1})`, func() Object {
			d := dictOf(S("a"), I(1))
			CallMethod(d, "setdefault", S("b"), L())
			return d
		}},
		{`{"a": 1}.pop("a")`, m(dictOf(S("a"), I(1)), "pop", S("a"))},
		{`{"a": 1}.pop("b")`, m(dictOf(S("a"), I(1)), "pop", S("b"))},
		{`{"a": 1}.pop("b", None)`, m(dictOf(S("a"), I(1)), "pop", S("b"), None)},
		{`{"a": 1, "b": 2}.popitem()`, m(dictOf(S("a"), I(1), S("b"), I(2)), "popitem")},
		{`{}.popitem()`, m(NewDict(), "popitem")},
		{`{"a": 1, "b": 2}.keys()`, m(dictOf(S("a"), I(1), S("b"), I(2)), "keys")},
		{`{"a": 1, "b": 2}.values()`, m(dictOf(S("a"), I(1), S("b"), I(2)), "values")},
		{`{"a": 1, "b": 2}.items()`, m(dictOf(S("a"), I(1), S("b"), I(2)), "items")},
		{`len({"a": 1}.items())`, func() Object { return Int(Len(CallMethod(dictOf(S("a"), I(1)), "items"))) }},
		{`("a", 1) in {"a": 1}.items()`, func() Object { return NewBool(Contains(CallMethod(dictOf(S("a"), I(1)), "items"), T(S("a"), I(1)))) }},
		{`{"a": 1, "b": 2}.keys() & {"b", "c"}`, func() Object {
			return Binary(OpAnd, CallMethod(dictOf(S("a"), I(1), S("b"), I(2)), "keys"), NewSet(S("b"), S("c")))
		}},
		{`{"a": 1}.keys() == {"a"}`, func() Object { return Compare(CallMethod(dictOf(S("a"), I(1)), "keys"), NewSet(S("a")), OpEq) }},
		{`list(reversed({"a": 1, "b": 2}))`, func() Object { return NewList(AppendStar(nil, Reversed(dictOf(S("a"), I(1), S("b"), I(2))))...) }},
		{`(lambda d: (d.update({"b": 2}, c=3), d)[1])({"a": 1})`, func() Object {
			d := dictOf(S("a"), I(1))
			CallKw(GetAttr(d, "update"), []Object{dictOf(S("b"), I(2)), I(3)}, []string{"c"})
			return d
		}},
		{`(lambda d: (d.update([("x", 1)]), d)[1])({})`, func() Object {
			d := NewDict()
			CallMethod(d, "update", L(T(S("x"), I(1))))
			return d
		}},
		{`dict.fromkeys("ab", 0)`, func() Object { return Call(GetAttr(DictType, "fromkeys"), S("ab"), I(0)) }},
		{`dict(a=1, b=2)`, func() Object { return CallKw(DictType, []Object{I(1), I(2)}, []string{"a", "b"}) }},
		{`{"a": 1} | {"b": 2}`, func() Object { return Binary(OpOr, dictOf(S("a"), I(1)), dictOf(S("b"), I(2))) }},
		{`{1, 2}.union([3], (4,))`, m(NewSet(I(1), I(2)), "union", L(I(3)), T(I(4)))},
		{`{1, 2, 3}.intersection([2, 3, 4])`, m(NewSet(I(1), I(2), I(3)), "intersection", L(I(2), I(3), I(4)))},
		{`{1, 2, 3}.difference([2])`, m(NewSet(I(1), I(2), I(3)), "difference", L(I(2)))},
		{`{1, 2}.symmetric_difference({2, 3})`, m(NewSet(I(1), I(2)), "symmetric_difference", NewSet(I(2), I(3)))},
		{`{1, 2}.issubset([1, 2, 3])`, m(NewSet(I(1), I(2)), "issubset", L(I(1), I(2), I(3)))},
		{`{1, 2}.issuperset({1})`, m(NewSet(I(1), I(2)), "issuperset", NewSet(I(1)))},
		{`{1, 2}.isdisjoint({3})`, m(NewSet(I(1), I(2)), "isdisjoint", NewSet(I(3)))},
		{`set()`, func() Object { return NewSet() }},
		{`frozenset({1, 2})`, func() Object { return Call(FrozenSetType, NewSet(I(1), I(2))) }},
		{`frozenset()`, func() Object { return Call(FrozenSetType) }},
		{`{1}.remove(2)`, m(NewSet(I(1)), "remove", I(2))},
		{`set().pop()`, m(NewSet(), "pop")},
		{`(lambda s: (s.add(3), s.discard(1), s)[2])({1, 2})`, func() Object {
			s := NewSet(I(1), I(2))
			CallMethod(s, "add", I(3))
			CallMethod(s, "discard", I(1))
			return s
		}},
		{`(lambda s: (s.update([5], [6]), s)[1])({1})`, func() Object { s := NewSet(I(1)); CallMethod(s, "update", L(I(5)), L(I(6))); return s }},
		{`{1, 2} | {3}`, func() Object { return Binary(OpOr, NewSet(I(1), I(2)), NewSet(I(3))) }},
		{`{1, 2} - {1}`, func() Object { return Binary(OpSub, NewSet(I(1), I(2)), NewSet(I(1))) }},
		{`bytes([104, 105])`, func() Object { return Call(BytesType, L(I(104), I(105))) }},
		{`bytes(3)`, func() Object { return Call(BytesType, I(3)) }},
		{`bytes("hé", "utf-8")`, func() Object { return Call(BytesType, S("hé"), S("utf-8")) }},
		{`b"hi there".decode()`, m(Bytes("hi there"), "decode")},
		{`b"\xff".decode()`, m(Bytes("\xff"), "decode")},
		{`b"\xff".decode("utf-8", "replace")`, m(Bytes("\xff"), "decode", S("utf-8"), S("replace"))},
		{`b"\x01\xab".hex()`, m(Bytes("\x01\xab"), "hex")},
		{`b" a b \n".strip()`, m(Bytes(" a b \n"), "strip")},
		{`b"a,b".split(b",")`, m(Bytes("a,b"), "split", Bytes(","))},
		{`b"a b".split()`, m(Bytes("a b"), "split")},
		{`b"abc".startswith(b"ab")`, m(Bytes("abc"), "startswith", Bytes("ab"))},
		{`b"abc".upper()`, m(Bytes("abc"), "upper")},
		{`b"-".join([b"a", b"b"])`, m(Bytes("-"), "join", L(Bytes("a"), Bytes("b")))},
		{`bytes.fromhex("01ab")`, func() Object { return Call(GetAttr(BytesType, "fromhex"), S("01ab")) }},
		{`bytearray(b"ab")`, func() Object { return Call(ByteArrayType, Bytes("ab")) }},
		{`(255).bit_length()`, m(I(255), "bit_length")},
		{`(-1).bit_length()`, m(I(-1), "bit_length")},
		{`(1024).to_bytes(2, "big")`, m(I(1024), "to_bytes", I(2), S("big"))},
		{`(1024).to_bytes(4, "little")`, m(I(1024), "to_bytes", I(4), S("little"))},
		{`(-1).to_bytes(2, "big", signed=True)`, mkw(I(-1), "to_bytes", []Object{I(2), S("big"), True}, "signed")},
		{`(256).to_bytes(1, "big")`, m(I(256), "to_bytes", I(1), S("big"))},
		{`int.from_bytes(b"\x04\x00", "big")`, func() Object { return Call(GetAttr(IntType, "from_bytes"), Bytes("\x04\x00"), S("big")) }},
		{`(5).__index__()`, m(I(5), "__index__")},
		{`int.__add__(1, 2)`, func() Object { return Call(GetAttr(IntType, "__add__"), I(1), I(2)) }},
		{`int.__add__(1, 2.0)`, func() Object { return Call(GetAttr(IntType, "__add__"), I(1), Float(2)) }},
		{`(3).__rsub__(10)`, m(I(3), "__rsub__", I(10))},
		{`(3).__lt__(4)`, m(I(3), "__lt__", I(4))},
		{`(3).__eq__("a")`, m(I(3), "__eq__", S("a"))},
		{`(3).__neg__()`, m(I(3), "__neg__")},
		{`True & False`, func() Object { return Binary(OpAnd, True, False) }},
		{`True | 2`, func() Object { return Binary(OpOr, True, I(2)) }},
		{`(2.5).is_integer()`, m(Float(2.5), "is_integer")},
		{`(2.0).is_integer()`, m(Float(2.0), "is_integer")},
		{`(0.75).as_integer_ratio()`, m(Float(0.75), "as_integer_ratio")},
		{`(0.1).as_integer_ratio()`, m(Float(0.1), "as_integer_ratio")},
		{`(1.5).hex()`, m(Float(1.5), "hex")},
		{`(0.1).hex()`, m(Float(0.1), "hex")},
		{`float.fromhex("0x1.8p1")`, func() Object { return Call(GetAttr(FloatType, "fromhex"), S("0x1.8p1")) }},
		{`(7).real, (7).imag, (2.5).real`, func() Object { return T(GetAttr(I(7), "real"), GetAttr(I(7), "imag"), GetAttr(Float(2.5), "real")) }},
	}
	runOracle(t, "", cases)
}

func TestBuiltinsOracle(t *testing.T) {
	list := func(o Object) Object { return NewList(AppendStar(nil, o)...) }
	cases := []oracleCase{
		{`range(5)`, bi("range", I(5))},
		{`range(1, 10, 3)`, bi("range", I(1), I(10), I(3))},
		{`list(range(1, 10, 3))`, func() Object { return list(Call(RangeType, I(1), I(10), I(3))) }},
		{`list(range(10, 0, -3))`, func() Object { return list(Call(RangeType, I(10), I(0), I(-3))) }},
		{`len(range(10, 0, -3))`, func() Object { return Int(Len(Call(RangeType, I(10), I(0), I(-3)))) }},
		{`range(10)[3]`, func() Object { return GetItem(Call(RangeType, I(10)), I(3)) }},
		{`range(10)[-1]`, func() Object { return GetItem(Call(RangeType, I(10)), I(-1)) }},
		{`range(10)[10]`, func() Object { return GetItem(Call(RangeType, I(10)), I(10)) }},
		{`range(10)[2:8:2]`, func() Object { return GetItem(Call(RangeType, I(10)), NewSlice(I(2), I(8), I(2))) }},
		{`4 in range(0, 10, 2)`, func() Object { return NewBool(Contains(Call(RangeType, I(0), I(10), I(2)), I(4))) }},
		{`5 in range(0, 10, 2)`, func() Object { return NewBool(Contains(Call(RangeType, I(0), I(10), I(2)), I(5))) }},
		{`range(0, 3) == range(0, 3, 1)`, func() Object { return Compare(Call(RangeType, I(0), I(3)), Call(RangeType, I(0), I(3), I(1)), OpEq) }},
		{`list(reversed(range(5)))`, func() Object { return list(Reversed(Call(RangeType, I(5)))) }},
		{`range(0, 5, 0)`, bi("range", I(0), I(5), I(0))},
		{`range(1.5)`, bi("range", Float(1.5))},
		{`list(enumerate("ab", 1))`, func() Object { return list(Call(LoadBuiltin("enumerate"), S("ab"), I(1))) }},
		{`list(zip("ab", [1, 2, 3]))`, func() Object { return list(Call(LoadBuiltin("zip"), S("ab"), L(I(1), I(2), I(3)))) }},
		{`list(zip("ab", [1, 2, 3], strict=True))`, func() Object {
			return list(CallKw(LoadBuiltin("zip"), []Object{S("ab"), L(I(1), I(2), I(3)), True}, []string{"strict"}))
		}},
		{`list(zip("abc", [1, 2], strict=True))`, func() Object {
			return list(CallKw(LoadBuiltin("zip"), []Object{S("abc"), L(I(1), I(2)), True}, []string{"strict"}))
		}},
		{`list(map(abs, [-1, 2, -3]))`, func() Object { return list(Call(LoadBuiltin("map"), LoadBuiltin("abs"), L(I(-1), I(2), I(-3)))) }},
		{`list(filter(None, [0, 1, "", "a"]))`, func() Object { return list(Call(LoadBuiltin("filter"), None, L(I(0), I(1), S(""), S("a")))) }},
		{`list(reversed([1, 2, 3]))`, func() Object { return list(Reversed(L(I(1), I(2), I(3)))) }},
		{`list(reversed("abc"))`, func() Object { return list(Reversed(S("abc"))) }},
		{`min(3, 1, 2)`, bi("min", I(3), I(1), I(2))},
		{`max([3, 1, 2])`, bi("max", L(I(3), I(1), I(2)))},
		{`max(["a", "ccc", "bb"], key=len)`, bikw("max", []Object{L(S("a"), S("ccc"), S("bb")), LoadBuiltin("len")}, "key")},
		{`min([], default=7)`, bikw("min", []Object{L(), I(7)}, "default")},
		{`min([])`, bi("min", L())},
		{`max(1, 1.0)`, bi("max", I(1), Float(1.0))},
		{`sum([1, 2, 3])`, bi("sum", L(I(1), I(2), I(3)))},
		{`sum([0.1] * 10)`, func() Object { return Call(LoadBuiltin("sum"), Mul(L(Float(0.1)), I(10))) }},
		{`sum([[1], [2]], [])`, bi("sum", L(L(I(1)), L(I(2))), L())},
		{`abs(-5), abs(-2.5), abs(True)`, func() Object { return T(Abs(I(-5)), Abs(Float(-2.5)), Abs(True)) }},
		{`round(2.5), round(3.5), round(-2.5), round(0.5)`, func() Object {
			return T(Round(Float(2.5), nil), Round(Float(3.5), nil), Round(Float(-2.5), nil), Round(Float(0.5), nil))
		}},
		{`round(2.675, 2), round(1.25, 1), round(1234.5678, -2), round(0.125, 2)`, func() Object {
			return T(Round(Float(2.675), I(2)), Round(Float(1.25), I(1)), Round(Float(1234.5678), I(-2)), Round(Float(0.125), I(2)))
		}},
		{`round(1250, -2), round(1350, -2), round(7, 2)`, func() Object { return T(Round(I(1250), I(-2)), Round(I(1350), I(-2)), Round(I(7), I(2))) }},
		{`round(0.1234567, 3)`, func() Object { return Round(Float(0.1234567), I(3)) }},
		{`divmod(7, -2), divmod(-7.5, 2)`, func() Object { return T(DivMod(I(7), I(-2)), DivMod(Float(-7.5), I(2))) }},
		{`divmod(1, 0)`, func() Object { return DivMod(I(1), I(0)) }},
		{`pow(2, 10), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -1)`, func() Object {
			return T(PowMod(I(2), I(10), nil), PowMod(I(2), I(10), I(1000)), PowMod(I(3), I(-1), I(7)), PowMod(I(2), I(-1), nil))
		}},
		{`chr(65), chr(233), ord("A"), ord("é")`, func() Object {
			return T(Call(LoadBuiltin("chr"), I(65)), Call(LoadBuiltin("chr"), I(233)), Call(LoadBuiltin("ord"), S("A")), Call(LoadBuiltin("ord"), S("é")))
		}},
		{`ord("ab")`, bi("ord", S("ab"))},
		{`chr(-1)`, bi("chr", I(-1))},
		{`hex(255), hex(-255), oct(8), bin(5), bin(-5)`, func() Object {
			return T(Call(LoadBuiltin("hex"), I(255)), Call(LoadBuiltin("hex"), I(-255)), Call(LoadBuiltin("oct"), I(8)), Call(LoadBuiltin("bin"), I(5)), Call(LoadBuiltin("bin"), I(-5)))
		}},
		{`hex(1.5)`, bi("hex", Float(1.5))},
		{`format(3.14159, ".2f"), format(42, "05d"), format("x", "^5")`, func() Object {
			return T(Call(LoadBuiltin("format"), Float(3.14159), S(".2f")), Call(LoadBuiltin("format"), I(42), S("05d")), Call(LoadBuiltin("format"), S("x"), S("^5")))
		}},
		{`any([0, "", 1]), all([1, 0]), all([]), any([])`, func() Object {
			return T(Call(LoadBuiltin("any"), L(I(0), S(""), I(1))), Call(LoadBuiltin("all"), L(I(1), I(0))), Call(LoadBuiltin("all"), L()), Call(LoadBuiltin("any"), L()))
		}},
		{`hash(1), hash(-1), hash(2**61), hash(1.5), hash(-0.5), hash(1.0), hash((1, 2)), hash(()), hash(True)`, func() Object {
			h := func(o Object) Object { return Call(LoadBuiltin("hash"), o) }
			return T(h(I(1)), h(I(-1)), h(Pow(I(2), I(61))), h(Float(1.5)), h(Float(-0.5)), h(Float(1.0)), h(T(I(1), I(2))), h(T()), h(True))
		}},
		{`hash([])`, bi("hash", L())},
		{`callable(len), callable(1)`, func() Object {
			return T(Call(LoadBuiltin("callable"), LoadBuiltin("len")), Call(LoadBuiltin("callable"), I(1)))
		}},
		{`exit`, func() Object { return LoadBuiltin("exit") }},
		{`exit(3)`, bi("exit", I(3))},
		{`isinstance(True, int), issubclass(bool, int)`, func() Object {
			return T(Call(LoadBuiltin("isinstance"), True, IntType), Call(LoadBuiltin("issubclass"), BoolType, IntType))
		}},
		{`ascii("é")`, bi("ascii", S("é"))},
		{`type(5), type("a"), type(None), type(range(1))`, func() Object {
			return T(Call(TypeType, I(5)), Call(TypeType, S("a")), Call(TypeType, None), Call(TypeType, Call(RangeType, I(1))))
		}},
		{`str(NotImplemented), repr(...)`, func() Object { return T(Str(StrOf(NotImplemented)), Str(Repr(Ellipsis))) }},
		{`OSError(2, "No such file or directory", "x.txt")`, func() Object {
			return Call(OSErrorType, I(2), S("No such file or directory"), S("x.txt"))
		}},
		{`str(OSError(2, "No such file or directory", "x.txt"))`, func() Object {
			return Str(StrOf(Call(OSErrorType, I(2), S("No such file or directory"), S("x.txt"))))
		}},
		{`type(OSError(2, "x")).__name__, OSError(2, "x").errno, OSError("a").errno`, func() Object {
			e := Call(OSErrorType, I(2), S("x"))
			return T(GetAttr(e.Type(), "__name__"), GetAttr(e, "errno"), GetAttr(Call(OSErrorType, S("a")), "errno"))
		}},
		{`str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(KeyError("k"))`, func() Object {
			return T(Str(StrOf(Call(KeyErrorType, S("k")))), Str(StrOf(Call(KeyErrorType))), Str(StrOf(Call(KeyErrorType, I(1), I(2)))), Str(Repr(Call(KeyErrorType, S("k")))))
		}},
		{`str(ExceptionGroup("many", [ValueError(1), TypeError(2)]))`, func() Object {
			return Str(StrOf(Call(ExceptionGroupType, S("many"), L(Call(ValueErrorType, I(1)), Call(TypeErrorType, I(2))))))
		}},
		{`ExceptionGroup("many", [ValueError(1)])`, func() Object {
			return Call(ExceptionGroupType, S("many"), L(Call(ValueErrorType, I(1))))
		}},
		{`type(BaseExceptionGroup("m", [ValueError(1)])).__name__`, func() Object {
			return GetAttr(Call(BaseExceptionGroupType, S("m"), L(Call(ValueErrorType, I(1)))).Type(), "__name__")
		}},
		{`ExceptionGroup("m", [KeyboardInterrupt()])`, func() Object { return Call(ExceptionGroupType, S("m"), L(Call(KeyboardInterruptType))) }},
		{`ExceptionGroup("m", [])`, func() Object { return Call(ExceptionGroupType, S("m"), L()) }},
		{`ExceptionGroup("m", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), KeyError(4)])]).split(ValueError)`, func() Object {
			inner := Call(ExceptionGroupType, S("n"), L(Call(ValueErrorType, I(3)), Call(KeyErrorType, I(4))))
			eg := Call(ExceptionGroupType, S("m"), L(Call(ValueErrorType, I(1)), Call(TypeErrorType, I(2)), inner))
			return CallMethod(eg, "split", ValueErrorType)
		}},
		{`ExceptionGroup("m", [ValueError(1), TypeError(2)]).subgroup(lambda e: isinstance(e, TypeError))`, func() Object {
			eg := Call(ExceptionGroupType, S("m"), L(Call(ValueErrorType, I(1)), Call(TypeErrorType, I(2))))
			return CallMethod(eg, "subgroup", NewBuiltin("f", func(a []Object, kw []string) Object { return NewBool(IsInstance(a[0], TypeErrorType)) }))
		}},
		{`ExceptionGroup("m", [ValueError(1)]).subgroup(KeyError)`, func() Object {
			return CallMethod(Call(ExceptionGroupType, S("m"), L(Call(ValueErrorType, I(1)))), "subgroup", KeyErrorType)
		}},
		{`ExceptionGroup("m", [ValueError(1)]).exceptions`, func() Object {
			return GetAttr(Call(ExceptionGroupType, S("m"), L(Call(ValueErrorType, I(1)))), "exceptions")
		}},
		{`StopIteration(5).value, SystemExit(3).code, SystemExit().code`, func() Object {
			return T(GetAttr(Call(StopIterationType, I(5)), "value"), GetAttr(Call(SystemExitType, I(3)), "code"), GetAttr(Call(SystemExitType), "code"))
		}},
		{`"é".encode("ascii")`, m(S("é"), "encode", S("ascii"))},
		{`b"\xe9".decode("ascii")`, m(Bytes("\xe9"), "decode", S("ascii"))},
	}
	runOracle(t, "", cases)
}
