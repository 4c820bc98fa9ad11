d = {"a": 1}
d[("tuple", 2)]
