import time

# time.strptime is _strptime's; struct_time has nine items and tm_zone and
# tm_gmtoff as attributes.
t = time.strptime("5 1999 12:01", "%d %Y %H:%M")
print(t, len(t), t.tm_zone, t.tm_gmtoff)
t = time.strptime("2024-02-29T10:00:00+0200", "%Y-%m-%dT%H:%M:%S%z")
print(t, len(t), t.tm_gmtoff)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0, "XYZ", 3600))
print(s, len(s), s.tm_zone, s.tm_gmtoff, tuple(s))
for bad in [(1,) * 8, (1,) * 12]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
g = time.gmtime(0)
print(g.tm_zone, g.tm_gmtoff, len(g), g == time.struct_time(tuple(g)))
try:
    time.strptime("31 1999 x", "%d %Y")
except ValueError as e:
    print("ValueError:", e)
