x: list[int] = []
(x): int
x.y: int = 1
