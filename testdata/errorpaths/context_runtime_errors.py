try:
    [][3]
except IndexError:
    try:
        int("nope")
    except ValueError:
        {}["k"]
