"""Pure-Python packages from Debian's site-packages: more-itertools, tabulate, toml, attrs and six
(the last two build classes and functions from source strings while importing)."""
import attr
import more_itertools as mit
import six
import toml
from tabulate import tabulate

print(list(mit.chunked(range(7), 3)), mit.first([], default="none"), list(mit.windowed("abcd", 2)))
print(list(mit.unique_everseen("AAAABBBCCDAABBB")), mit.ilen(x for x in range(10) if x % 3 == 0))
print(list(mit.interleave_longest([1, 2, 3], "ab")), list(mit.distinct_permutations([1, 1, 2])))
print(mit.one([42]), list(mit.flatten([[1, 2], [3]])), list(mit.pairwise([1, 2, 3])), mit.nth([5, 6, 7], 1))
peek = mit.peekable(iter("xyz"))
print(peek.peek(), list(peek), list(mit.sliced("abcdefg", 3)), dict(mit.map_reduce("abcab", lambda c: c)))
try:
    mit.one([1, 2])
except ValueError as e:
    print("ValueError:", e)

print(tabulate([["spam", 41.9999], ["eggs", 451.0]], headers=["item", "qty"]))
print(tabulate([[1, "a"], [22, "bb"]], headers=["n", "s"], tablefmt="grid"))
print(tabulate({"x": [1, 2], "y": ["p", "q"]}, headers="keys", tablefmt="pipe"))

doc = toml.loads('''
title = "example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00Z
[database]
ports = [ 8001, 8001, 8002 ]
enabled = true
ratio = 0.5
[[fruit]]
name = "apple"
[[fruit]]
name = "banana"
''')
print(doc["title"], doc["owner"]["name"], doc["owner"]["dob"].year, doc["database"])
print([f["name"] for f in doc["fruit"]])
print(toml.dumps({"a": 1, "b": {"c": [1, 2], "d": "x"}, "e": True}))
try:
    toml.loads("a = ")
except toml.TomlDecodeError as e:
    print("TomlDecodeError:", e)


@attr.s
class Point:
    x = attr.ib()
    y = attr.ib(default=3)


@attr.s(frozen=True, slots=True)
class Frozen:
    name = attr.ib(validator=attr.validators.instance_of(str))


p = Point(1)
print(p, p == Point(1, 3), p < Point(2), attr.asdict(Point(2, 4)), attr.fields(Point).y.default)
f = Frozen("a")
print(f, hash(f) == hash(Frozen("a")), attr.evolve(p, x=9))
for bad in (lambda: setattr(f, "name", "b"), lambda: Frozen(5)):
    try:
        bad()
    except (attr.exceptions.FrozenInstanceError, TypeError) as e:
        print(type(e).__name__)
print(six.PY3, six.string_types, list(six.moves.range(3)), six.ensure_str(b"hi"), six.b("x"))
print(sorted(six.iteritems({"k": 1, "j": 2})), six.text_type(5))


class Meta(type):
    pass


@six.add_metaclass(Meta)
class WithMeta:
    pass


print(type(WithMeta).__name__)
