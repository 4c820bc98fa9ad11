# Operands whose operators print: the fused sums must run them in order.


class Loud:
    def __init__(self, name):
        self.name = name

    def __mul__(self, other):
        print("mul", self.name, other)
        return Loud(self.name + "*")

    def __rmul__(self, other):
        print("rmul", self.name, other)
        return Loud("*" + self.name)

    def __add__(self, other):
        print("add", self.name, other if not isinstance(other, Loud) else other.name)
        return Loud(self.name + "+")

    def __radd__(self, other):
        print("radd", self.name, other)
        return Loud("+" + self.name)
