# hashlib.blake2b/blake2s (every parameter of the BLAKE2 parameter block, keys,
# streaming, copy, the constructor's checks) and hashlib.scrypt (RFC 7914's
# vectors, OpenSSL's parameter and memory checks), written in Go.
import hashlib, random
rnd = random.Random(5)
for name in ("blake2b", "blake2s"):
    f = getattr(hashlib, name)
    print(name, f.SALT_SIZE, f.PERSON_SIZE, f.MAX_KEY_SIZE, f.MAX_DIGEST_SIZE, f().name, f().block_size, f().digest_size, type(f()).__module__)
    for n in [0, 1, 63, 64, 65, 127, 128, 129, 1000]:
        d = bytes(rnd.randrange(256) for _ in range(n))
        print(n, f(d).hexdigest()[:24], f(d, key=b"secret").hexdigest()[:24], f(d, digest_size=7).hexdigest())
        h = f(key=b"k" * f.MAX_KEY_SIZE, salt=b"s", person=b"p", fanout=2, depth=3, leaf_size=4, node_offset=5, node_depth=6, inner_size=7, last_node=True, digest_size=20)
        for i in range(0, n, 37):
            h.update(d[i:i + 37])
        c = h.copy()
        c.update(b"more")
        print("  ", h.hexdigest(), c.hexdigest()[:16], h.digest_size)
    print(hashlib.new(name, b"abc").hexdigest()[:20], hashlib.new(name).hexdigest()[:20])
    for kw in [dict(digest_size=0), dict(key=b"x" * 65), dict(salt=b"x" * 17), dict(fanout=256), dict(depth=0), dict(leaf_size=2 ** 32), dict(leaf_size=-1), dict(node_offset=2 ** 48), dict(node_depth=256), dict(inner_size=65), dict(key="abc")]:
        try:
            f(**kw)
            print(sorted(kw), "ok")
        except Exception as e:
            print(sorted(kw), type(e).__name__, e)
    try:
        f(b"a", b"b")
    except TypeError as e:
        print(e)
print(hashlib.scrypt(b"password", salt=b"NaCl", n=1024, r=8, p=16, dklen=64).hex())
print(hashlib.scrypt(b"", salt=b"", n=16, r=1, p=1).hex())
print(hashlib.scrypt(b"pleaseletmein", salt=b"SodiumChloride", n=16384, r=8, p=1, maxmem=2**25).hex()[:32])
for kw in [dict(n=3, r=1, p=1), dict(n=2, r=0, p=1), dict(n=2 ** 20, r=8, p=1), dict(n=2, r=1, p=1, maxmem=-1), dict(n=2, r=1, p=1, dklen=0), dict(r=1, p=1), dict(n=2 ** 16, r=1, p=1, maxmem=2**30)]:
    try:
        print(hashlib.scrypt(b"p", salt=b"s", **kw).hex()[:16])
    except Exception as e:
        print(sorted(kw), type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
print(sorted(a for a in hashlib.algorithms_available if a in hashlib.algorithms_guaranteed))
