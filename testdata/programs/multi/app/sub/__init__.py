print("app.sub: __init__ runs")
__all__ = ["public", "leaf"]
public = "pub value"
public_two = 2
