# range iterators at the int64 edges: which iterator type CPython 3.11
# picks (range_iterator or longrange_iterator, for iter() and reversed()),
# values that would overflow a 64-bit counter, and pickling / __setstate__ /
# __length_hint__ of both kinds.
import copy
import pickle

M = 2**63
cases = [(13,), (0, 11), (-22, 10), (20, 3, -1), (13, 21, 3), (-2, 2, 2)]
for m in 2**31, M:
    cases += [(m - 3, m - 1), (4 * m, 4 * m + 2), (m - 2, m - 1, 2), (-m + 1, -m, -2),
              (1, 2, m - 1), (-1, -2, -m), (1, m - 1, m - 1), (-1, -m, -m)]
cases += [(-M, 0), (0, -M, -M), (5, -M, -M), (0, M - 1), (M - 1, M - 3, -1), (-M, -M + 3),
          (M - 5, M - 1, 2), (-M + 4, -M, -2)]

for t in cases:
    r = range(*t)
    n = max(0, (r.stop - r.start + r.step - (1 if r.step > 0 else -1)) // r.step)
    small = n < 10
    print(t, type(iter(r)).__name__, type(reversed(r)).__name__,
          list(r) if small else "", list(reversed(r)) if small else "")
    print("  for:", [x for x in r] if small else "", [x for x in reversed(r)] if small else "")

for proto in 0, 2, pickle.HIGHEST_PROTOCOL:
    for t in cases:
        r = range(*t)
        if max(0, (r.stop - r.start + r.step - (1 if r.step > 0 else -1)) // r.step) > 10:
            continue
        kinds = []
        for make in iter, reversed:
            it = make(r)
            data = list(make(r))
            back = pickle.loads(pickle.dumps(it, proto))
            assert list(back) == data, (proto, t)
            kinds.append(type(back).__name__)
            it = make(r)
            if next(it, None) is None:
                continue
            back = pickle.loads(pickle.dumps(it, proto))
            assert list(back) == data[1:], (proto, t, make)
        print(proto, t, *kinds)
print("pickled ok")

for t in (3,), (2**64, 2**64 + 10, 3), (M - 2, M - 1, 2):
    it = iter(range(*t))
    next(it)
    print(it.__reduce__(), it.__length_hint__())
    for s in 2, -5, 100, True, "a", 2**70, 1.5:
        it = iter(range(*t))
        try:
            it.__setstate__(s)
            print(" ", repr(s), it.__length_hint__(), list(it))
        except Exception as e:
            print(" ", repr(s), type(e).__name__, e)
    it = iter(range(*t))
    list(it)
    print(it.__reduce__(), it.__length_hint__(), copy.copy(it).__length_hint__())
rev = reversed(range(2**64, 2**64 + 10, 3))
next(rev)
print(rev.__reduce__(), list(rev))

for f in range(3).index, range(3).count, range(2**64).index, range(2**64).count:
    for a in (), (1, 2):
        try:
            f(*a)
        except TypeError as e:
            print(e)
