x = [i for i in range(3) if i if i > 0 for j in k]
