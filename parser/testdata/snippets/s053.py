def f():
    '''doc'''
    return
