class B(bytearray): pass
b = B(b'abc'); print(repr(b), b + b'x', type(b * 2).__name__, type(b[0:1]).__name__, b.__dict__, len(b), list(b), b'b' in b)
b.append(100); b += b'ef'; print(b, type(b).__name__, b.pop(), b)
b[0] = 65; print(b, b == b'Abcde', b.upper(), b.center(9, b'*'), b.zfill(8))
print(b'  a b  c '.split(), b'  a b  c '.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), bytearray(b'xyz').rpartition(b'y'))
print(b'hello world'.title(), b'Hello'.swapcase(), b'abc'.isalpha(), b'Ab Cd'.istitle(), b'a\tb\n\tc'.expandtabs(4))
print(b'%s-%d' % (b'x', 3), bytearray(b'%b') % b'q', b'abc'.removeprefix(b'a'), b'abc'.removesuffix(b'c'))
for bad in (lambda: bytes([-10**30]), lambda: bytes(2**70), lambda: b'x'.center(3, 1), lambda: b'x'.partition('y'), lambda: b'abc'.find(256), lambda: bytes.fromhex('12 3x'), lambda: bytes('a', errors='x'), lambda: b'a'.startswith(['a'])):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b'hello'); x.insert(-1, 33); x.remove(108); x.reverse(); print(x, b'abc'.strip(memoryview(b'ac')), b'abc'.endswith(b'c', None))
class C(bytearray):
    def __init__(self, *a):
        bytearray.__init__(self, *a); self.extra = 1
c = C(b'12'); print(c, c.extra, int(b'12'), c.__alloc__() > 0, bytes(c))
print(bytes.fromhex(' 1A\n2B\t30\v'), bytearray.fromhex('ff'), B.fromhex('41'), type(B.fromhex('41')).__name__)
