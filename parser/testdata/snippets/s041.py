lambda: (yield)
lambda: (x := 1)
