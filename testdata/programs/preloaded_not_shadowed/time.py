MINE = True
print('the program's own time.py ran')
