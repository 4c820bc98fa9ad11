# len() and truth of subclasses of list, tuple, dict, set and frozenset
# that define __len__ or __bool__ (the builtin's own answers otherwise).


class L(list):
    def __len__(self):
        return 5


class T(tuple):
    def __len__(self):
        return 6


class D(dict):
    def __len__(self):
        return 0


class S(set):
    def __len__(self):
        return 8


class F(frozenset):
    def __len__(self):
        return 9


class B(list):
    def __bool__(self):
        print("B.__bool__")
        return False


class Plain(set):
    pass


class Deeper(S):
    pass


print(len(L()), len(T()), len(D(a=1)), len(S()), len(F()), len(Deeper({1})))
print(bool(L()), bool(T()), bool(D(a=1)), bool(S()), bool(F()))
print(len(B([1, 2])), bool(B([1, 2])), not B([1]), len(Plain({1, 2})), bool(Plain()))
if B([1]):
    print("true")
else:
    print("false")
d = D(x=1, y=2)
print(d, list(d), len(d.keys()), "x" in d)
while S():
    print("S is true")
    break


class Bad(list):
    def __len__(self):
        return -1


class Big(list):
    def __len__(self):
        return 2**70


for cls in (Bad, Big):
    for f in (len, bool):
        try:
            print(f(cls([1])))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
