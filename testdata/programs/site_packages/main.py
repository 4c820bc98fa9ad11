"""Pure-Python packages from Debian's site-packages: more-itertools, tabulate and toml."""
import more_itertools as mit
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
