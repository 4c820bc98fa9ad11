not x in y
a < b < c
a is not b
not not x
-x ** -y
~a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
