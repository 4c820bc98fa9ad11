# A generator being closed is running: gi_running is true in its finally
# clause, and resuming it from there raises ValueError.


def gen():
    try:
        yield 1
    finally:
        print("in close:", me.gi_running, me.gi_suspended, me.gi_frame is None)
        try:
            next(me)
        except ValueError as e:
            print("ValueError:", e)


me = gen()
next(me)
print("suspended:", me.gi_running, me.gi_suspended)
me.close()
print("closed:", me.gi_running, me.gi_suspended, me.gi_frame)


def delegate():
    try:
        yield from inner()
    finally:
        print("delegate closing:", d.gi_running, d.gi_yieldfrom is None)


def inner():
    try:
        yield 2
    finally:
        print("inner closing:", d.gi_running)


d = delegate()
print(next(d), d.gi_yieldfrom.__name__)
d.close()
print("after:", d.gi_frame, d.gi_yieldfrom)
