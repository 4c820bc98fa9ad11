# Format specs: a 0 before the width fills with zeros (aligning numbers after
# the sign only when no alignment is given; strings keep theirs), an explicit
# fill makes it a width digit, complex refuses a 0 fill, and the messages name
# the value's type.
cases = [('ab', '05'), ('ab', '0'), ('ab', '<05'), ('ab', '>05'), ('ab', '^06'), ('ab', '*<05'), (5, '05'), (5, '>05'), (5, '<05'), (-5, '05'), (-5, '^07'), (5, '*>05'), (2.5, '08.2f'), (2.5, '<08.2f'), (-2.5, '=08.2f'), ('x', '0'), (12, '0'), (12, '00'), (1234567, '012,')]
for v, spec in cases:
    try:
        print(repr(v), spec, repr(format(v, spec)))
    except ValueError as e:
        print(repr(v), spec, "ValueError:", e)
cases = [(1+2j, '010'), (1+2j, 'x<10'), (1+2j, '0<10'), (1+2j, '>10'), (True, '05'), (3.5, '0'), (float('nan'), '08'), (-0.0, '+08.1f'), (255, '#010x'), (255, '0=10'), (255, '00>10'), ('ab', 'x^07'), (7, '0^5'), (7, '0<5d'), (2**70, '030,'), (12.5, '%'), (0.125, '010.1%'), (1234.5, '012,.1f'), (5, '_^9')]
for v, spec in cases:
    try:
        print(repr(v), spec, repr(format(v, spec)))
    except ValueError as e:
        print(repr(v), spec, "ValueError:", e)
print("{:05}|{:>05}|{:<05}|{:0}".format("a", "b", 3, "c"), f"{'z':0>3}{7:0<3}")
print("%05s|%-05d|%05.1f|%+05d" % ("ab", 3, 2.25, 4))
for w in (0, 1, 2, 3, 5):
    print(repr(f"{'é':{w}}"), repr(f"{-1.5:{w}}"), repr("%*s" % (w, "日本")), repr("%*.1f" % (w, -2.25)), repr(f"{'ab':>{w}}"), repr(format(3, f"+{w}")))
print(repr("%-4s|" % "é"), repr("%5.2f" % 3.14159), repr("%+.2f" % 1), repr("{:^7}".format("é")), repr("{:=8}".format(-3)))
