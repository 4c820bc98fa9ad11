import os
os.stat("definitely/not/here.txt")
