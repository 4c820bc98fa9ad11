MINE = True
print('the program's own _collections_abc.py ran')
