print(f"{'\n'.join(x)}")
