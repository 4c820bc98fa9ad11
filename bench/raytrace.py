# A small ray tracer: vector class with operator methods, spheres and a plane,
# Lambert and specular shading, shadows and one reflection bounce; the image
# is reduced to a checksum. Usage: raytrace.py [SIZE]
import math
import sys


class V:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, shine):
        self.center = center
        self.r2 = radius * radius
        self.color = color
        self.shine = shine

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        return t if t > 1e-6 else None

    def normal(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, point, normal, shine):
        self.point = point
        self.n = normal.norm()
        self.shine = shine

    def hit(self, origin, direction):
        d = direction.dot(self.n)
        if abs(d) < 1e-9:
            return None
        t = (self.point - origin).dot(self.n) / d
        return t if t > 1e-6 else None

    def normal(self, p):
        return self.n

    @property
    def color(self):
        return V(0.8, 0.8, 0.8)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(V(0.0, 1.0, 5.0), 1.0, V(0.9, 0.2, 0.2), 0.3),
            Sphere(V(-2.0, 0.7, 6.0), 0.7, V(0.2, 0.9, 0.2), 0.5),
            Sphere(V(1.8, 0.5, 4.0), 0.5, V(0.2, 0.3, 0.9), 0.1),
            Plane(V(0.0, 0.0, 0.0), V(0.0, 1.0, 0.0), 0.2),
        ]
        self.light = V(-3.0, 5.0, 1.0)

    def nearest(self, origin, direction):
        best, best_t = None, 1e30
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            return V(0.1, 0.1, 0.15)
        p = origin + direction * t
        n = obj.normal(p)
        to_light = (self.light - p).norm()
        shade = 0.1
        blocker, bt = self.nearest(p, to_light)
        if blocker is None or bt > math.sqrt((self.light - p).dot(self.light - p)):
            lam = n.dot(to_light)
            if lam > 0:
                shade += lam
        color = obj.color * shade
        if depth > 0 and obj.shine > 0:
            refl = direction - n * (2 * direction.dot(n))
            color = color * (1 - obj.shine) + self.trace(p, refl.norm(), depth - 1) * obj.shine
        return color


def render(size):
    scene = Scene()
    eye = V(0.0, 1.0, -1.0)
    total = 0
    for y in range(size):
        for x in range(size):
            d = V((x - size / 2) / size, (size / 2 - y) / size + 0.1, 1.0).norm()
            c = scene.trace(eye, d, 2)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            total = (total * 31 + r * 65536 + g * 256 + b) % 1000000007
    return total


size = int(sys.argv[1]) if len(sys.argv) > 1 else 100
print(f"raytrace size={size} checksum={render(size)}")
