[y := f(x), y**2]
[z for x in y if (z := x)]
(x := 1)
f(x := 1)
