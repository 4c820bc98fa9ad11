# A comprehension at module level that raises: the frame around it is
# <module>, as CPython names it, and each frame has its caret line.
def lookup(k):
    return {"a": 1}[k]

print("start")
table = [[lookup(k) for k in row] for row in (("a",), ("a", "b"))]
