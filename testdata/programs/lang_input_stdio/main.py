# input() as builtin_input_impl: reads sys.stdin, writes the prompt to
# sys.stdout (redirections honoured), lost sys.stdin/sys.stdout errors.
import sys, io
class Bucket:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
out = sys.stdout
sys.stdin = io.StringIO("first\nsecond")
b = Bucket()
sys.stdout = b
x = input("prompt> ")
y = input()
sys.stdout = out
print(x, y, b.parts)
try:
    input()
except EOFError as e:
    print("EOF", e)
try:
    input(1, 2)
except TypeError as e:
    print("TE", e)
save = sys.stdout
del sys.stdout
try:
    input("p")
except RuntimeError as e:
    sys.stdout = save
    print("RE", e)
sys.stdout = save
del sys.stdin
try:
    input("p")
except RuntimeError as e:
    print("RE", e)
