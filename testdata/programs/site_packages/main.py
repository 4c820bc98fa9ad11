"""Pure-Python packages from Debian's site-packages: six and toml."""
import six
import toml

print(six.PY3, six.string_types, six.integer_types, six.text_type.__name__)
print(list(six.iteritems({"a": 1, "b": 2})), six.ensure_str(b"bytes"), six.ensure_binary("text"))


class Meta(type):
    pass


@six.add_metaclass(Meta)
class WithMeta(object):
    pass


print(type(WithMeta).__name__)
print(six.moves.reduce(lambda a, b: a * b, range(1, 6)), list(six.moves.zip("ab", "cd")))

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
