match x:
    case [a, b] if a > b:
        await y
