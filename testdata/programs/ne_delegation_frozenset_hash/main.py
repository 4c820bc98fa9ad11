# != through object.__ne__ (the inverse of a class's own __eq__, on either
# side), and hash(frozenset) as CPython computes it (collections.abc.Set._hash
# matches it).
from collections.abc import Set
class WithSet(Set):
    def __init__(self, it=()): self.data = set(it)
    def __len__(self): return len(self.data)
    def __iter__(self): return iter(self.data)
    def __contains__(self, item): return item in self.data
r1 = {1, 2}; f1 = WithSet([1, 2])
print(r1 == f1, f1 == r1, r1 != f1, f1 != r1)
print(set.__ne__(r1, f1), set.__eq__(r1, f1), frozenset([1,2]) != f1)
class E:
    def __eq__(s, o): return True
print({1} != E(), {1} == E(), E() != {1})
class E:
    def __eq__(s, o): return True
class N:
    def __ne__(s, o): return "N.ne"
class S(str):
    def __eq__(s, o): return True
class Both:
    def __eq__(s, o): return "eq"
    def __ne__(s, o): return "ne"
class NI:
    def __eq__(s, o): return NotImplemented
print(E() != 1, 1 != E(), object.__ne__(E(), 1), object.__ne__(1, 1), object.__ne__(1, 2))
print(N() != 1, 1 != N(), E() != N(), N() != E())
print(S('a') != 'b', 'b' != S('a'), S('a') != 3, 3 != S('a'))
print(Both() != 1, 1 != Both(), E() != Both(), Both() != E(), NI() != NI(), NI() != 1)
x = NI(); print(x != x, x == x)
class Sub(E):
    def __ne__(s, o): return "sub.ne"
print(E() != Sub(), Sub() != E())
print([1] != [1], {1: E()} != {1: 2}, (E(),) != (1,))
import dataclasses
@dataclasses.dataclass
class P:
    x: int
print(P(1) != P(1), P(1) != P(2), P(1) != 1)
from collections.abc import Set as _Set
for fs in (frozenset(), frozenset([1]), frozenset(range(10)), frozenset([(1, 2), 3.5, -1]),
           frozenset([frozenset([1, 2]), frozenset()]), frozenset([2**70, -2**64])):
    print(hash(fs), hash(fs) == _Set._hash(fs))
print(hash(frozenset('ab')) == hash(frozenset('ba')), {frozenset([1]): 'x'}[frozenset([1])])
print(hash(frozenset([None])) == _Set._hash(frozenset([None])))
