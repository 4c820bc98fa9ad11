match = 1
match.foo
match(x)
print(match)
match[x]
match -x
case = 2
_ = 3
match x, y:
    case a, b: pass
match *a, b:
    case [*c]: pass
