NAME = "the program's own helper"
