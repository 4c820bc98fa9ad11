package py

import "testing"

func ints(ns ...int) []Object {
	out := make([]Object, len(ns))
	for i, n := range ns {
		out[i] = Int(n)
	}
	return out
}

func rangeList(a, b int) []Object {
	var out []Object
	for i := a; i < b; i++ {
		out = append(out, Int(i))
	}
	return out
}

// Set iteration order must be CPython's.
func TestSetOrderOracle(t *testing.T) {
	cases := []oracleCase{
		{`{1, 2, 3, 5, 4}`, func() Object { return NewSetFromConstants(ints(1, 2, 3, 5, 4)...) }},
		{`(lambda a, b, c, d, e: {a, b, c, d, e})(100, 8, 16, 3, -1)`, func() Object { return NewSet(ints(100, 8, 16, 3, -1)...) }},
		{`{100, 8, 16, 3, -1, 33}`, func() Object { return NewSetFromConstants(ints(100, 8, 16, 3, -1, 33)...) }},
		{`set(range(40, 0, -3))`, func() Object { return Call(SetType, Call(RangeType, I(40), I(0), I(-3))) }},
		{`set([1000, 7, 2**40, 5, 64, 9, 1024, 77, 13, 12, 11])`, func() Object {
			return Call(SetType, L(I(1000), I(7), Pow(I(2), I(40)), I(5), I(64), I(9), I(1024), I(77), I(13), I(12), I(11)))
		}},
		{`{(1, 2), (3, 4), (0, 0), (5, 1)}`, func() Object { return NewSetFromConstants(T(I(1), I(2)), T(I(3), I(4)), T(I(0), I(0)), T(I(5), I(1))) }},
		{`{1.5, 2.25, 0.1, 3.0}`, func() Object { return NewSetFromConstants(Float(1.5), Float(2.25), Float(0.1), Float(3.0)) }},
		{`set(range(100)) - set(range(0, 100, 3))`, func() Object {
			return Sub(Call(SetType, NewList(rangeList(0, 100)...)), Call(SetType, Call(RangeType, I(0), I(100), I(3))))
		}},
		{`{5, 6, 7} | {1, 2, 30}`, func() Object {
			return Binary(OpOr, NewSetFromConstants(ints(5, 6, 7)...), NewSetFromConstants(ints(1, 2, 30)...))
		}},
		{`{5, 6, 7, 8, 9} & {9, 7, 40, 5}`, func() Object {
			return Binary(OpAnd, NewSetFromConstants(ints(5, 6, 7, 8, 9)...), NewSetFromConstants(ints(9, 7, 40, 5)...))
		}},
		{`{5, 6, 7} ^ {7, 8, 1}`, func() Object {
			return Binary(OpXor, NewSetFromConstants(ints(5, 6, 7)...), NewSetFromConstants(ints(7, 8, 1)...))
		}},
		{`(lambda s: (s.discard(3), s.add(11), s.add(19), s)[3])({1, 3, 19, 27})`, func() Object {
			s := NewSetFromConstants(ints(1, 3, 19, 27)...)
			s.Discard(Int(3))
			s.Add(Int(11))
			s.Add(Int(19))
			return s
		}},
		{`(lambda s: [s.pop() for _ in range(3)])({40, 8, 3, 17})`, func() Object {
			s := NewSetFromConstants(ints(40, 8, 3, 17)...)
			return L(CallMethod(s, "pop"), CallMethod(s, "pop"), CallMethod(s, "pop"))
		}},
		{`set({9: 1, 1: 2, 17: 3})`, func() Object { return Call(SetType, dictOf(I(9), I(1), I(1), I(2), I(17), I(3))) }},
		{`frozenset([3, 1, 2, 9, 17])`, func() Object { return Call(FrozenSetType, L(ints(3, 1, 2, 9, 17)...)) }},
		{`{1, 2}.union([9, 17, 25, 33, 41, 49])`, func() Object { return CallMethod(NewSet(ints(1, 2)...), "union", L(ints(9, 17, 25, 33, 41, 49)...)) }},
		{`list({-5, -1, -2, 0, 2**62, -(2**62)})`, func() Object {
			return NewList(NewSetFromConstants(Int(-5), Int(-1), Int(-2), Int(0), Int(1<<62), Int(-(1 << 62))).Elems()...)
		}},
	}
	runOracle(t, "", cases)
}
