# The tokenizer's warnings (a number run into a keyword), with the string
# escape DeprecationWarnings, in token order.
x = 1
print(1if x else 2, 0x1for x in [1])
y = "\d" + '\q'
print(0o7and 2, 0b1or 3, 1 if 1else 0, 1.5if 1 else 0, 1e5if 1 else 0, 1jis 2)
print(f"{1if x else 2}" "\w")
print(1in [1], 1not in [2])
print("\П", "\\П")
