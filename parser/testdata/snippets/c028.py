def f():
    return
return
