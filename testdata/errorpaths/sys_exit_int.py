import sys
print("bye")
try:
    sys.exit(3)
finally:
    print("finally runs")
