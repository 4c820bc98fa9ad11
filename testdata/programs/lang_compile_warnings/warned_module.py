VALUE = [1, 2][0]
def check(v):
    return v is "x" or (1, 2)["a"]
