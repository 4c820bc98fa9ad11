# Subscript loads in float code (dx = p[0] - q[0]) and float augmented
# assignments to items (v[0] -= dx * b): a float item is read unboxed, every
# other item, container and index as the generic load and store; the
# unpacking of a loop's nested targets; x ** -1.5.
import traceback


class Loud(list):
    def __getitem__(self, i):
        print("  getitem", i)
        return list.__getitem__(self, i)

    def __setitem__(self, i, v):
        print("  setitem", i, v)
        list.__setitem__(self, i, v)


class Acc:
    def __init__(self, v):
        self.v = v

    def __isub__(self, o):
        print("  isub", o)
        self.v -= o
        return self

    def __iadd__(self, o):
        return ("iadd", o)

    def __sub__(self, o):
        return ("sub", o)

    def __rsub__(self, o):
        return ("rsub", o)

    def __repr__(self):
        return f"Acc({self.v!r})"


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * 0.5


def diffs(p, q, dt):
    dx = p[0] - q[0]
    dy = p[1] - q[1]
    d2 = dx * dx + dy * dy
    return dx, dy, d2, dt * d2


def step(v, dx, b):
    v[0] -= dx * b
    v[1] += dx * b
    return v


def run(label, fn, *args):
    try:
        print(label, fn(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


pts = [
    [1.5, 2.5], (1.5, 2.5), [3, 4], [2**60, 1], [True, 0.5], Loud([0.25, 0.5]),
    {0: 1.0, 1: 2.0}, Seq(), [1.0], [], "ab", [None, 1.0], [Acc(1.0), 2.0],
    [float("nan"), -0.0], [float("inf"), 1e308],
]
for p in pts:
    run("diffs", diffs, p, [0.5, 0.25], 2.0)
    run("diffs-r", diffs, [0.5, 0.25], p, 2.0)

for v in [[1.0, 2.0], [1, 2], [2**62, 3], Loud([1.0, 2.0]), (1.0, 2.0), [1.0],
          {0: 1.0, 1: 2.0}, [Acc(1.0), 2.0], ["s", 1.0], [[1.0], 2.0]]:
    run("step", step, v, 0.5, 2.0)
    run("step-int", step, v, 3, 2)

# The loaded item is read before the value is computed.
class K:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        print("  mul", o)
        return 0.25

    def __rmul__(self, o):
        print("  rmul", o)
        return 0.125


run("order", step, Loud([1.0, 2.0]), K(1), 2.0)


def unbound(flag):
    if flag:
        p = [1.0, 2.0]
    return p[0] * 2.0


run("unbound", unbound, True)
run("unbound", unbound, False)


def pairs(ps):
    out = []
    for (a, b, c), (d, e, f) in ps:
        out.append(a * d - b * e + c * f)
    return out


run("pairs", pairs, [((1.0, 2.0, 3.0), [4.0, 5.0, 6.0]), ([1, 2, 3], (4, 5, 6))])
run("pairs", pairs, [((1.0, 2.0), [4.0, 5.0, 6.0])])
run("pairs", pairs, [((1.0, 2.0, 3.0, 4.0), [4.0, 5.0, 6.0])])
run("pairs", pairs, [(iter([1.0, 2.0, 3.0]), Loud([4.0, 5.0, 6.0]))])
run("pairs", pairs, [(1, 2)])


def mag(d2, dt):
    return dt * (d2 ** -1.5)


xs = [1.0, 2.0, 4.0, 0.25, 3.0, 1e-300, 1e300, 2.0**-200, 2.0**200, 7.3e-61, 0.0, -0.0,
      -1.0, float("inf"), float("nan"), 5, 2**70, 1.0000000000000002, 0.9999999999999999]
for x in xs:
    run("mag", mag, x, 0.01)
for k in range(1, 2000):
    x = k * 0.37 + k * k * 1e-3
    assert mag(x, 1.0) == x ** -1.5 == 1.0 * (x ** -1.5), x


def bad(v):
    v[0] -= v[5] * 2.0


try:
    bad([1.0, 2.0])
except IndexError:
    traceback.print_exc()
try:
    step((1.0, 2.0), 1.0, 1.0)
except TypeError:
    traceback.print_exc()
