def g():
    match x:
        case {'a': q}:
            nonlocal q
