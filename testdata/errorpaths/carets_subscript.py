# A failed subscript deep in nested calls: ~ under the value, ^ under the
# brackets; the calls nested in calls and in assignments carry their own
# spans, a method call included.


class Inventory:
    def __init__(self):
        self.stock = {"apples": 3, "pears": 0}

    def count(self, name):
        return self.stock[name]

    def describe(self, names):
        return ", ".join(str(self.count(n)) for n in names)


def lookup(inv, name):
    n = inv.count(name) + 1
    return n


inv = Inventory()
print(inv.describe(["apples", "pears"]))
print(lookup(inv, "apples"))
total = len(str(lookup(inv, "plums")))
