# Attribute stores through a local (o.name = v, o.name += v) take an
# inlined hit test on the instance dict's shape; everything that can make a
# store not plain must still be honoured, whenever it happens.


class P:
    def __init__(self, x):
        self.x = x
        self.y = 0


def bump(o, n):
    for i in range(n):
        o.x = i
        o.y += i
    return o.x, o.y


a = P(1)
print(bump(a, 5))

# A property defined on the class later intercepts the same sites.
log = []


def setx(self, v):
    log.append(('set', v))
    self.__dict__['x'] = v * 10


P.x = property(lambda self: self.__dict__['x'], setx)
print(bump(a, 3), log)
del P.x
print(bump(a, 2))

# A __setattr__ installed later.


def loud(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


log.clear()
P.__setattr__ = loud
print(bump(a, 2), log)
del P.__setattr__
log.clear()
print(bump(a, 2), log)

# A data descriptor in a base class of a subclass.


class Desc:
    def __get__(self, obj, cls):
        return 'desc'

    def __set__(self, obj, value):
        log.append(('desc', value))


class Base:
    pass


class Q(Base):
    def __init__(self):
        self.x = 0
        self.y = 0


q = Q()
print(bump(q, 3))
Base.x = Desc()
log.clear()
try:
    print(bump(q, 2), log)
except TypeError as e:
    print('TypeError', e, log)
del Base.x
print(bump(q, 2))

# Two classes with the same attribute order share the site.


class R:
    def __init__(self):
        self.x = 100
        self.y = 100


class S(R):
    def __setattr__(self, name, value):
        log.append(('S', name))
        super().__setattr__(name, value + 1)


log.clear()
for o in [P(0), R(), S(), R(), S()]:
    print(type(o).__name__, bump(o, 2))
print(log)

# Deleting an attribute, replacing __dict__, non-str keys.
b = P(5)
del b.y
try:
    bump(b, 1)
except AttributeError as e:
    print('AttributeError', e)
b.__dict__ = {'x': 1, 'y': 2}
print(bump(b, 3), b.__dict__)
c = P(7)
c.__dict__[1] = 'one'
print(bump(c, 3), c.__dict__)

# __slots__ and a class mixing slots and a dict.


class T:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = self.y = 0


print(bump(T(), 4))


class U(T):
    pass


u = U()
u.z = 1
print(bump(u, 4), u.__dict__)

# The value is evaluated before the target object; an unbound target
# raises after it.


def unbound_store():
    try:
        o.x = print('value first') or 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    o = P(0)
    o.x = 2
    return o.x


print(unbound_store())


def unbound_aug():
    try:
        o.x += 1
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    o = None
    try:
        o.x += 1
    except AttributeError as e:
        print('AttributeError', e)


unbound_aug()

# __iadd__ results are stored; an exception in the value leaves the old one.


class Acc:
    def __init__(self):
        self.items = []
        self.n = 0


acc = Acc()
for i in range(3):
    acc.items += [i]
    acc.n += i
print(acc.items, acc.n)
try:
    acc.n += 'x'
except TypeError as e:
    print('TypeError', e, acc.n)

# A custom __getattribute__ does not affect stores.


class G:
    def __init__(self):
        self.x = 0
        self.y = 0

    def __getattribute__(self, name):
        v = object.__getattribute__(self, name)
        return v + 1 if name == 'x' else v


print(bump(G(), 3))

# Many instances of many shapes through one site.
objs = []
for i in range(6):
    o = P(i)
    for j in range(i):
        setattr(o, 'a%d' % j, j)
    objs.append(o)
for o in objs:
    bump(o, 2)
print([(o.x, o.y, len(o.__dict__)) for o in objs])
