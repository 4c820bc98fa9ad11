# An uncaught TypeError from a binary operation: CPython 3.11 marks the
# operands with ~ and the operator with ^ under the source line, and the
# call of each frame further up with ^.


def total(prices, extra):
    subtotal = sum(prices)
    return subtotal * 2 + extra


def report(items):
    print("items:", len(items))
    result = total(items, "tax")
    return result


report([1, 2, 3])
