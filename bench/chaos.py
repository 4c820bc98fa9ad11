# Chaos game: a point repeatedly moved by one of several affine maps chosen by
# a linear congruential generator, plotted into a grid; float math and small
# objects with methods. Usage: chaos.py [ITERATIONS]
import math
import sys


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, f):
        return Vec(self.x * f, self.y * f)

    def rotate(self, angle):
        c = math.cos(angle)
        s = math.sin(angle)
        return Vec(self.x * c - self.y * s, self.x * s + self.y * c)


class Affine:
    def __init__(self, factor, angle, dx, dy):
        self.factor = factor
        self.angle = angle
        self.offset = Vec(dx, dy)

    def apply(self, p):
        return p.rotate(self.angle).scale(self.factor) + self.offset


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def run(iterations, size):
    maps = [
        Affine(0.5, 0.0, 0.0, 0.0),
        Affine(0.5, 0.1, 0.5, 0.0),
        Affine(0.5, -0.1, 0.25, 0.45),
        Affine(0.3, 0.7, 0.6, 0.6),
    ]
    rng = Rng(42)
    grid = [[0] * size for _ in range(size)]
    p = Vec(0.1, 0.1)
    minx = miny = 1e9
    maxx = maxy = -1e9
    for _ in range(iterations):
        p = maps[rng.next(len(maps))].apply(p)
        if p.x < minx:
            minx = p.x
        if p.x > maxx:
            maxx = p.x
        if p.y < miny:
            miny = p.y
        if p.y > maxy:
            maxy = p.y
        gx = int((p.x + 0.5) / 2.0 * size)
        gy = int((p.y + 0.5) / 2.0 * size)
        if 0 <= gx < size and 0 <= gy < size:
            grid[gy][gx] += 1
    filled = sum(1 for row in grid for c in row if c)
    weighted = sum(i * c for row in grid for i, c in enumerate(row))
    print(f"chaos n={iterations} filled={filled} weighted={weighted} "
          f"box=({minx:.6f},{miny:.6f})-({maxx:.6f},{maxy:.6f})")


run(int(sys.argv[1]) if len(sys.argv) > 1 else 200000, 64)
