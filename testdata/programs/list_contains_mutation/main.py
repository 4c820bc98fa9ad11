# `x in lst` goes on over the list's items as they are at each step, as
# CPython's list_contains does: an __eq__ that clears, shrinks or grows
# the list changes what is compared next.
class Act:
    def __init__(self, lst, act, result=False):
        self.lst, self.act, self.result = lst, act, result

    def __eq__(self, other):
        self.act(self.lst)
        return self.result

    __hash__ = None


def case(label, build, x):
    lst = []
    lst.extend(build(lst))
    print(label, x in lst, len(lst))


case("int after clear", lambda l: [Act(l, list.clear), 1, 2], 2)
case("str after clear", lambda l: [Act(l, list.clear), "a", "b"], "b")
case("int appended", lambda l: [Act(l, lambda m: m.append(7)), 1], 7)
case("str appended", lambda l: [Act(l, lambda m: m.append("z")), "a"], "z")
case("int after pop", lambda l: [Act(l, lambda m: m.pop()), 1, 2, 3], 3)
case("int found first", lambda l: [1, Act(l, list.clear), 2], 1)
case("eq true", lambda l: [Act(l, lambda m: None, True)], 5)
case("missing int", lambda l: [Act(l, lambda m: m.append(9)), 1, 2], 5)


class Sub(list):
    pass


s = Sub()
s.extend([Act(s, list.clear), 1, 2])
print("subclass", 2 in s, len(s))
t = []
tup = (Act(t, lambda m: None), 1, 2)
print("tuple", 2 in tup, 3 in tup)
print("plain", 3 in [1, 2, 3], "b" in ["a", "b"], 2.0 in [1, 2], True in [0, 1], None in [1, None])


# list.index, count and remove read the list the same way.
def mk(act, *rest):
    lst = []
    lst.extend([Act(lst, act), *rest])
    return lst


for label, call in [
    ("index after clear", lambda: mk(list.clear, 1, 2).index(2)),
    ("count after clear", lambda: mk(list.clear, 2, 2).count(2)),
    ("remove after clear", lambda: mk(list.clear, 1, 2).remove(2)),
    ("index appended", lambda: mk(lambda m: m.append(9), 1).index(9)),
    ("index appended, stop 2", lambda: mk(lambda m: m.append(9), 1).index(9, 0, 2)),
    ("index appended, stop 50", lambda: mk(lambda m: m.append(9), 1).index(9, 0, 50)),
    ("index appended, stop -1", lambda: mk(lambda m: m.append(9), 1, 2).index(9, 0, -1)),
    ("count appended", lambda: mk(lambda m: m.append(9), 9).count(9)),
    ("remove after pop", lambda: mk(lambda m: m.pop(), 1, 2, 3).remove(2)),
]:
    try:
        print(label, call())
    except ValueError as e:
        print(label, "ValueError", e)
