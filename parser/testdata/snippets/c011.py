def f():
    for x in y:
        continue
    while 1:
        try:
            break
        finally:
            pass
