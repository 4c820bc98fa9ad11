import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50, placeholder=" [...]"))
print(repr(textwrap.dedent("""
    def f():
        return 1
    """)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=False, expand_tabs=True, tabsize=4)
print(w.wrap("supercalifragilisticexpialidocious is\ta long word"))
print(textwrap.wrap("Hello-world, hyphenated-words break-here nicely", width=12))
print(textwrap.fill("one two three four five six", width=10, max_lines=2))
