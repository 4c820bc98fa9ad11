# Calls and raises that take their whole line get no caret line; an
# attribute error and a name error in a narrower span do.


class Config:
    debug = False


def settings():
    config = Config()
    return config.verbose


def run():
    try:
        settings()
    except AttributeError as exc:
        print("caught:", exc)
    return missing_name + 1


def main():
    run()


main()
