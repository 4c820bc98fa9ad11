import difflib

a = "one\ntwo\nthree\nfour\nfive\n".splitlines(keepends=True)
b = "one\nTWO\nthree\nfour\n4.5\nfive\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(a, b, fromfile="a", tofile="b")))
print("".join(difflib.ndiff(["abcde\n"], ["abdde\n"])))
s = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 4), s.get_matching_blocks()[:3], s.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.SequenceMatcher(lambda x: x == " ", "a b c", "a  b c").find_longest_match(0, 5, 0, 6))
d = difflib.Differ()
print(list(d.compare(["hello world\n"], ["hello there world\n"])))
print(difflib.HtmlDiff().make_table(["a"], ["b"])[:80])
