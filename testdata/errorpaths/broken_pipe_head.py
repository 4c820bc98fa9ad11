# close-stdout
for i in range(200000):
    print(i)
