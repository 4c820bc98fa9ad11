# list/tuple/dict/set/frozenset.__iter__ called on a subclass instance (super().__iter__() inside an __iter__ override) iterate the container itself, not the override again.
class Rev(list):
    def __iter__(self):
        return iter(reversed(list(super().__iter__())))
print(list(Rev([1,2,3])))
it = super(Rev, Rev([1,2])).__iter__()
print(type(it).__name__, list(it))
class T(tuple):
    def __iter__(self):
        yield from (x * 2 for x in super().__iter__())
class D(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
class S(set):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
class FS(frozenset):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
print(list(T((1, 2))), list(D(b=1, a=2)), list(S({1, 3, 2})), list(FS({3, 1})))
print(type(list.__iter__(Rev([1]))).__name__, type(dict.__iter__(D(a=1))).__name__, type(set.__iter__(S({1}))).__name__, type(tuple.__iter__(T())).__name__)
print(tuple(Rev([1, 2])), sorted(Rev([3, 1, 2])), [*Rev([1, 2])])
