raise
raise X
raise X from Y
del (a), [b], c.d, e[0]
