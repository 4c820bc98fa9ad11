import shlex

print(shlex.split("echo 'hello world' \"a b\" c\\ d # not a comment"))
print(shlex.split("echo a # comment", comments=True))
print(shlex.quote("it's here"), shlex.quote("safe-word"), shlex.quote(""))
print(shlex.join(["ls", "-l", "my file", "a'b"]))
lex = shlex.shlex("a=b, c='d e'", posix=True)
lex.whitespace_split = True
lex.whitespace += ","
print(list(lex))
lex = shlex.shlex("foo(bar, 'baz')")
print([tok for tok in lex])
try:
    shlex.split("unterminated 'quote")
except ValueError as e:
    print("ValueError:", e)
