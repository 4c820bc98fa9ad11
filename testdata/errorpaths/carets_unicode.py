# Carets count wide (East Asian) characters as two columns and place
# themselves by characters, not bytes.


def greet(name):
    message = ("こんにちは、" + name + "さん") / len(name)
    return message


def main():
    print("start")
    café = {"crème": 1}
    greet(str(café["crème"]))


main()
