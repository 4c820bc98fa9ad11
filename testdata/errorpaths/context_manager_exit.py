class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit sees", exc[0].__name__ if exc[0] else None)
        raise OSError("close failed")

with Resource():
    raise ValueError("body failed")
