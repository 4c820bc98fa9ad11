print("circ_b: start")
import circ_a
print("circ_b: sees partial circ_a.A =", circ_a.A, hasattr(circ_a, "b_value"))
B = "b"
