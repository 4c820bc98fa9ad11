# Set operations with a dict view on the right: the result is a plain set
# built from the left operand, whatever its type (frozenset, set subclass).
d1 = {'a': 1, 'b': 2}; d3 = {'d': 4, 'e': 5}; d4 = {'d': 4}
class CustomSet(set):
    def intersection(self, other): return CustomSet(super().intersection(other))
for r in (d4.keys() & frozenset(d3.keys()), frozenset(d3.keys()) & d4.keys(), d4.keys() & CustomSet(d3.keys()),
          CustomSet(d3.keys()) & d4.keys(), frozenset('de') | d4.keys(), frozenset('de') - d4.keys(),
          frozenset('dx') ^ d4.keys(), [] & d1.keys(), (1, 2) | d1.keys(), d1.items() & {('a', 1)},
          {('a', 1), 3} - d1.items()):
    print(type(r).__name__, sorted(r, key=repr))
