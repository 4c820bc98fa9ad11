x = 1 if y else 2
lambda *a, **k: 0
lambda x=1, /, y=2, *, z: 0
