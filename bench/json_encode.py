# JSON: json.dumps of nested dicts, lists, strings with escapes,
# ints, floats, booleans and None, with and without indentation and key
# sorting. Usage: json_encode.py [ROUNDS]
import json
import sys


def make_doc(i):
    return {
        "id": i,
        "name": "item-%d" % i,
        "tags": ["alpha", "beta \"quoted\"", "gamma\tTab", "ünïcode-%d" % (i % 7)],
        "price": i * 1.25 + 0.1,
        "active": i % 3 == 0,
        "parent": None if i % 5 else i // 5,
        "dims": {"w": i % 17, "h": i % 13, "d": [1, 2, 3, i]},
        "notes": "line one\nline two\\n" * (i % 3),
    }


def main(rounds):
    docs = [make_doc(i) for i in range(200)]
    total = 0
    check = 0
    for r in range(rounds):
        s = json.dumps(docs)
        total += len(s)
        s2 = json.dumps(docs, indent=2, sort_keys=True)
        total += len(s2)
        s3 = json.dumps(docs[r % 200], ensure_ascii=False, separators=(",", ":"))
        check = (check * 131 + sum(map(ord, s3))) % 1000000007
    print(f"json_encode rounds={rounds} chars={total} check={check}")


main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
