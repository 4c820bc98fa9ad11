# OSError(errno, strerror, filename...) as oserror_init (None filename, BlockingIOError's
# characters_written, filename2), object's declining comparisons and
# __subclasshook__, int/float __rdivmod__.
print((5).__rdivmod__(17), (5).__rdivmod__(2.5), (2.5).__rdivmod__(7), (2.5).__rdivmod__(7.5), True.__rdivmod__(3), (5).__rdivmod__("x"))
print(object.__lt__(object(), 1), object().__ge__(3), object.__subclasshook__(int), object.__subclasshook__())
class C: pass
print(C() == C(), hasattr(C(), '__lt__'))
for op in ('<', '<=', '>', '>='):
    try:
        eval('C() %s C()' % op)
    except TypeError as e:
        print(e)
import abc, collections.abc
class A(abc.ABC): pass
print(issubclass(int, A), isinstance([], collections.abc.Sequence), issubclass(dict, collections.abc.Mapping))
class H(abc.ABC):
    @classmethod
    def __subclasshook__(cls, sub):
        return hasattr(sub, 'quack') or NotImplemented
class Q:
    quack = 1
print(issubclass(Q, H), issubclass(int, H))
import functools
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(4))
try:
    functools.total_ordering(C)
except ValueError as e:
    print(e)
b = BlockingIOError(1, 'x', 3)
print(b.args, b.filename, b.characters_written, str(b))
b = BlockingIOError(1, 'x', 'f')
print(b.args, b.filename, str(b))
for e in (OSError(1, 'x', None), OSError(1, 'x', None, None, 'f2'), OSError(1, 'x', 'a', None, 'b'), ConnectionError(1, 'x', 3)):
    print(type(e).__name__, e.args, e.filename, e.filename2, str(e))
e = OSError()
for f in (lambda: e.characters_written, lambda: setattr(e, 'characters_written', 'a'), lambda: setattr(e, 'characters_written', 2 ** 70),
          lambda: BlockingIOError(1, 'x', 3.5), lambda: delattr(e, 'characters_written')):
    try:
        print(f())
    except (AttributeError, TypeError, ValueError) as x:
        print(type(x).__name__, x)
e.characters_written = 7
print(e.characters_written, OSError.characters_written.__class__.__name__)
del e.characters_written
print(hasattr(e, 'characters_written'), sorted(n for n in dir(OSError) if not n.startswith('_')))
class MyB(BlockingIOError): pass
print(MyB(1, 'x', 3).args, MyB(1, 'x', 3).filename)
