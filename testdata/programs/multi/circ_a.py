print("circ_a: start")
A = "a"
import circ_b
print("circ_a: end, circ_b.B =", circ_b.B)


def b_value():
    return circ_b.B
