# A class's own __getattribute__ decides every attribute read of its
# instances (methods, dict entries, missing names); its AttributeError
# gives __getattr__ a turn; object.__getattribute__ never calls __getattr__.
log = []


class Traced:
    cls_attr = "class"

    def __init__(self):
        self.x = 1

    def method(self):
        return "method"

    def __getattribute__(self, name):
        log.append(name)
        if name == "virtual":
            return "computed"
        return super().__getattribute__(name)


t = Traced()
print(t.x, t.cls_attr, t.method(), t.virtual, getattr(t, "x"))
print(hasattr(t, "nope"), getattr(t, "nope", "default"))
print(log)


class WithFallback:
    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback for {name}"


w = WithFallback()
print(w.hidden_one, w.other)
try:
    object.__getattribute__(w, "missing")
except AttributeError as e:
    print("object.__getattribute__:", e)


class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f"no {name} here")


s = Strict()
try:
    s.anything
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "anything"), getattr(s, "y", 5))


class Upper(list):
    def __getattribute__(self, name):
        if name == "size":
            return len(self)
        return list.__getattribute__(self, name)


u = Upper([1, 2, 3])
u.append(4)
print(u.size, u)


class Sub(Traced):
    pass


log.clear()
print(Sub().x, log)


class Raising:
    def __getattribute__(self, name):
        raise KeyError(name)


try:
    Raising().a
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(Raising(), "a")
except KeyError as e:
    print("hasattr propagates KeyError", e)
