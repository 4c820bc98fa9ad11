import socket, threading, os, array

a, b = socket.socketpair()
print(a.family, a.type, repr(a.family), type(a).__name__, type(a).__module__)
print(repr(a)[:40])
a.sendall(b"hello\nworld\n")
f = b.makefile("rb")
print(f.readline())
a.close()
print(f.read())
f.close()
b.close()
print(repr(b))

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
def serve():
    c, addr = srv.accept()
    with c:
        print("server got", c.recv(100), type(c).__name__, c.family)
        c.sendall(b"pong")
t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    print(c.gettimeout(), c.getblocking(), c.timeout)
    c.sendall(b"ping")
    print("client got", c.recv(100))
t.join()
srv.close()

print(socket.inet_aton("127.1"), socket.inet_ntoa(b"\x01\x02\x03\x04"))
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_ntop(socket.AF_INET6, bytes(12) + b"\x01\x02\x03\x04"))
print(socket.getdefaulttimeout()); socket.setdefaulttimeout(2.5); s = socket.socket(); print(s.gettimeout()); s.close(); socket.setdefaulttimeout(None)
print(socket.AddressFamily.AF_INET6, socket.SocketKind.SOCK_DGRAM, socket.MsgFlag.MSG_PEEK, socket.AF_UNIX)
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4))
x, y = socket.socketpair()
r, w = os.pipe()
socket.send_fds(x, [b"fd"], [r])
msg, fds, flags, addr = socket.recv_fds(y, 10, 1)
print(msg, len(fds), flags, addr)
x.close(); y.close()
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 0))
d = socket.fromfd(s.fileno(), socket.AF_INET, socket.SOCK_DGRAM)
print(d.type, d.family, d.proto, s.getsockname() == d.getsockname())
d.close(); s.close()
try:
    socket.socket().__getstate__()
except TypeError as e:
    print(e)
for name in ["error", "timeout", "gaierror", "herror"]:
    print(name, getattr(socket, name).__name__)
print(socket.getaddrinfo("127.0.0.1", 80, type=socket.SOCK_STREAM))
