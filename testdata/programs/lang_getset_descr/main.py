class S:
    __slots__ = ("a",)


class Other:
    pass


d = S.__dict__["a"]
s = S()
d.__set__(s, 5)
print(s.a, d.__get__(s, S), d.__get__(None, S) is d, d.__name__, d.__objclass__.__name__)
d.__delete__(s)
print(hasattr(s, "a"))
for f in (lambda: d.__set__(Other(), 1), lambda: d.__get__(Other()), lambda: d.__get__(None, None),
          lambda: d.__delete__(s)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
