MINE = True
print('the program's own stat.py ran')
