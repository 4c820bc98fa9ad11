# The workloads of bench_test.go under CPython: prints ns/op for each, to
# compare with `go test -bench . ./runtime/stdlib/re/`.
import re, timeit

words = "the quick brown fox jumps over the lazy dog 1234 5678 " * 200
text = words + "needle" + words
log = "2024-05-01 12:34:56 GET /index.html 200 5123 user@example.com\n" * 100
emails = "contact alice@example.com or bob.smith@mail.example.org now; " * 100

cases = {
    "LiteralSearch": lambda: re.search("needle", text),
    "WordFindall": lambda: re.findall(r"\w+", words),
    "LogGroups": lambda: re.findall(r"(\d+)-(\d+)-(\d+) (\d+):(\d+)", log),
    "EmailFindall": lambda: re.findall(r"[\w.]+@[\w.]+", emails),
    "SubSpaces": lambda: re.sub(r"\s+", " ", words),
    "DotStarSuffix": lambda: re.match(r".*lazy", words),
    "ShortMatch": lambda: re.match(r"(\w+)=(\d+)", "key=123"),
    "CaseInsensitive": lambda: re.findall(r"(?i)FOX|DOG", words),
    "Backref": lambda: re.findall(r"\b(\w)\w*\1\b", words),
    "Lookahead": lambda: re.findall(r"\w+(?=\s\d)", words),
}
for name, f in cases.items():
    f()
    n, t = 0, 0.0
    number = 1
    while t < 0.2:
        t = timeit.timeit(f, number=number)
        n = number
        number *= 2
    print(f"{name} {t / n * 1e9:.0f}")
