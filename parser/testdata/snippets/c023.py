[x for x in y for x in x]
