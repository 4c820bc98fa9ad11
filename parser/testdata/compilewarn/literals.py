# Which operands count as literals, after constant folding.
x = 0
x is None; x is True; x is False; x is ...; x is __debug__
x is 1; x is -1; x is +1; x is ~1; x is 1.5; x is 2j; x is -2j
x is "s"; x is b"b"; x is "a" "b"; x is f"f"; x is f"{x}"
x is (); x is (1, 2); x is (1, x); x is [1]; x is {1}; x is {}
x is not 1; 1 is x; x is 1 + 2; x is 2 ** 10; x is 2 ** 200; x is 1 / 0
x is "ab" * 3; x is "ab" * 5000; x is (1,) * 300; x is (1,) * 3
x is not (not 1); x is (True | False); x is (True & 1); x is "abc"[0]
x is "abc"[5]; x is (1, 2)[0]; x is (None, 1)[0]; x is -True
x is 1 << 200; x is 1 << 100; x is 1 >> 2; x is 7 // 2; x is 7 % -2
x is 7.0 % 0; x is (-8.0) ** 0.5; x is 10.0 ** 400; x is 0 ** -1
x == 1 is x is 2
x is x is 3
(1, 2)(3); [1](2); {1: 2}(3); {1}(2); "s"(1); 1(2); None(1); -1(2)
f"a"(1); (a for a in x)(1); [a for a in x](1); {a: 1 for a in x}(1)
(lambda: 0)(); x(1); x.y(1)
1[0]; None[0]; 1.5[0]; True[0]; {1}[0]; (a for a in x)[0]; (lambda: 0)[0]
...[0]; 2j[0]
"abc"["x"]; (1, 2)[1.5]; [1, 2]["a"]; b"x"[None]; f"{x}"[()]
(1, 2)[x]; [1][0:1]; (1,)[True]; "s"[{}]; "s"[[]]; "s"[{1}]
[x for x in x]["a"]; (x, 1)[(x for x in x)]; "s"[lambda: 0]; "s"[f"x"]
x = [1](2) if 0 else None
del (1, 2)[x]
