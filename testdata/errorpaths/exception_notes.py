def check(x):
    e = TypeError(f"bad type {type(x).__name__}")
    e.add_note("while checking the input")
    e.add_note("hint: pass an int")
    raise e

check("s")
