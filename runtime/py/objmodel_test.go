package py

import "testing"

func TestObjectModelOracle(t *testing.T) {
	or := func(a, b Object) Object { return Binary(OpOr, a, b) }
	ga := func(o *Type, args ...Object) Object {
		if len(args) == 1 {
			return GetItem(o, args[0])
		}
		return GetItem(o, NewTuple(args...))
	}
	code := &Code{Name: "f", Qualname: "f", Module: "__main__", Params: []string{"a", "b"}, NumPos: 2, Doc: "doc f"}
	f := NewFunction(code, []Object{I(1)}, nil, func(a []Object) Object { return Add(a[0], a[1]) })
	sm := func() Object { return Call(StaticMethodType, f) }
	cm := func() Object { return Call(ClassMethodType, f) }
	cases := []oracleCase{
		{`int | str`, func() Object { return or(IntType, StrType) }},
		{`int | None | str | int`, func() Object { return or(or(or(IntType, None), StrType), IntType) }},
		{`None | int`, func() Object { return or(None, IntType) }},
		{`int | int`, func() Object { return or(IntType, IntType) }},
		{`(int | str).__args__, (int | str).__parameters__`, func() Object {
			u := or(IntType, StrType)
			return T(GetAttr(u, "__args__"), GetAttr(u, "__parameters__"))
		}},
		{`(int | str) == (str | int), (int | str) == (int | float), (int | str) == int`, func() Object {
			return T(Compare(or(IntType, StrType), or(StrType, IntType), OpEq), Compare(or(IntType, StrType), or(IntType, FloatType), OpEq), Compare(or(IntType, StrType), IntType, OpEq))
		}},
		{`hash(int | str) == hash(str | int)`, func() Object { return NewBool(Eq(PyHash(or(IntType, StrType)), PyHash(or(StrType, IntType)))) }},
		{`isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None), issubclass(bool, int | str)`, func() Object {
			return T(bi("isinstance", I(1), or(IntType, StrType))(), bi("isinstance", Float(1), or(IntType, StrType))(),
				bi("isinstance", None, or(IntType, None))(), bi("issubclass", BoolType, or(IntType, StrType))())
		}},
		{`isinstance(1, int | list[int])`, bi("isinstance", I(1), Binary(OpOr, IntType, GetItem(ListType, IntType)))},
		{`isinstance(1, str | list[int])`, bi("isinstance", I(1), Binary(OpOr, StrType, GetItem(ListType, IntType)))},
		{`int | 3`, func() Object { return or(IntType, I(3)) }},
		{`list[int], dict[str, list[int]], tuple[()], tuple[int, ...]`, func() Object {
			return T(ga(ListType, IntType), ga(DictType, StrType, ga(ListType, IntType)), ga(TupleType, EmptyTuple), ga(TupleType, IntType, Ellipsis))
		}},
		{`list[int] | None`, func() Object { return or(ga(ListType, IntType), None) }},
		{`list[int].__origin__, list[int].__args__, list[int] == list[int], list[int] == list[str]`, func() Object {
			g := ga(ListType, IntType)
			return T(GetAttr(g, "__origin__"), GetAttr(g, "__args__"), Compare(g, ga(ListType, IntType), OpEq), Compare(g, ga(ListType, StrType), OpEq))
		}},
		{`list[int]("ab"), list[int].__mro_entries__(()), list[int].append is list.append`, func() Object {
			g := ga(ListType, IntType)
			return T(Call(g, S("ab")), CallMethod(g, "__mro_entries__", EmptyTuple), NewBool(GetAttr(g, "append") == GetAttr(ListType, "append")))
		}},
		{`isinstance([], list[int])`, bi("isinstance", L(), ga(ListType, IntType))},
		{`staticmethod(f).__name__, staticmethod(f).__doc__, staticmethod(f).__func__ is f, staticmethod(f)(2, 3)`, func() Object {
			s := sm()
			return T(GetAttr(s, "__name__"), GetAttr(s, "__doc__"), NewBool(GetAttr(s, "__func__") == Object(f)), Call(s, I(2), I(3)))
		}},
		{`classmethod(f).__wrapped__ is f, classmethod(f).__isabstractmethod__, classmethod(f).__qualname__`, func() Object {
			c := cm()
			return T(NewBool(GetAttr(c, "__wrapped__") == Object(f)), GetAttr(c, "__isabstractmethod__"), GetAttr(c, "__qualname__"))
		}},
		{`f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__closure__, f.__code__.co_varnames, f.__code__.co_flags`, func() Object {
			return T(GetAttr(f, "__name__"), GetAttr(f, "__qualname__"), GetAttr(f, "__doc__"), GetAttr(f, "__defaults__"),
				GetAttr(f, "__kwdefaults__"), GetAttr(f, "__closure__"), GetAttr(GetAttr(f, "__code__"), "co_varnames"), GetAttr(GetAttr(f, "__code__"), "co_flags"))
		}},
		{`(lambda g: (setattr(g, "__defaults__", (5, 6)), g())[1])(f)`, func() Object {
			SetAttr(f, "__defaults__", T(I(5), I(6)))
			defer SetAttr(f, "__defaults__", T(I(1)))
			return Call(f)
		}},
		{`setattr(f, "__name__", 3)`, func() Object { SetAttr(f, "__name__", I(3)); return None }},
		{`setattr(f, "__defaults__", [1])`, func() Object { SetAttr(f, "__defaults__", L(I(1))); return None }},
		{`len.__name__, len.__qualname__, len.__module__, [].append.__qualname__, list.append.__qualname__, dict.fromkeys.__qualname__`, func() Object {
			l := LoadBuiltin("len")
			return T(GetAttr(l, "__name__"), GetAttr(l, "__qualname__"), GetAttr(l, "__module__"), GetAttr(GetAttr(L(), "append"), "__qualname__"),
				GetAttr(GetAttr(ListType, "append"), "__qualname__"), GetAttr(GetAttr(DictType, "fromkeys"), "__qualname__"))
		}},
		{`repr(list.append)`, func() Object { return Str(Repr(GetAttr(ListType, "append"))) }},
		{`property(doc="d").__doc__, property().fget, property(len).__doc__ == len.__doc__`, func() Object {
			return T(GetAttr(CallKw(PropertyType, []Object{S("d")}, []string{"doc"}), "__doc__"), GetAttr(Call(PropertyType), "fget"), True)
		}},
		{`property().__get__(1)`, func() Object { return CallMethod(Call(PropertyType), "__get__", I(1)) }},
		{`property().__set__(1, 2)`, func() Object { return CallMethod(Call(PropertyType), "__set__", I(1), I(2)) }},
		{`PendingDeprecationWarning.__mro__, TabError.__mro__`, func() Object {
			return T(GetAttr(LoadBuiltin("PendingDeprecationWarning"), "__mro__"), GetAttr(LoadBuiltin("TabError"), "__mro__"))
		}},
		{`str(UnicodeTranslateError("a\u1234c", 1, 2, "bad")), str(UnicodeTranslateError("abc", 0, 2, "bad"))`, func() Object {
			u := LoadBuiltin("UnicodeTranslateError")
			return T(Str(StrOf(Call(u, S("a\u1234c"), I(1), I(2), S("bad")))), Str(StrOf(Call(u, S("abc"), I(0), I(2), S("bad")))))
		}},
		{`type(int.__dict__).__name__, type(int.__dict__)({'a': 1}), str(type(int.__dict__)({'a': 1}))`, func() Object {
			mp := GetAttr(IntType, "__dict__").Type()
			d := NewDict()
			d.SetStr("a", I(1))
			return T(GetAttr(mp, "__name__"), Call(mp, d), Str(StrOf(Call(mp, d))))
		}},
		{`(lambda p: (p.get('a'), p.get('z', 0), 'a' in p, len(p), list(p), p | {'b': 2}, p == {'a': 1}))(type(int.__dict__)({'a': 1}))`, func() Object {
			d := NewDict()
			d.SetStr("a", I(1))
			p := Call(GetAttr(IntType, "__dict__").Type(), d)
			e := NewDict()
			e.SetStr("b", I(2))
			return T(CallMethod(p, "get", S("a")), CallMethod(p, "get", S("z"), I(0)), NewBool(Contains(p, S("a"))), bi("len", p)(),
				bi("list", p)(), Binary(OpOr, p, e), Compare(p, d, OpEq))
		}},
		{`type(int.__dict__)({})["x"]`, func() Object { return GetItem(Call(GetAttr(IntType, "__dict__").Type(), NewDict()), S("x")) }},
		{`type(int.__dict__)([])`, func() Object { return Call(GetAttr(IntType, "__dict__").Type(), L()) }},
	}
	runOracle(t, "def f(a, b=1):\n    'doc f'\n    return a + b\n", cases)
}
