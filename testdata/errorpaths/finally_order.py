def inner():
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

outer()
