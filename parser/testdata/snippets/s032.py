while x:
    break
else:
    continue
for i in x:
    pass
else:
    pass
