# send: SIGINT
import socket

a, b = socket.socketpair()
try:
    print("ready", flush=True); a.recv(10)
except KeyboardInterrupt:
    print("interrupted in recv()")
finally:
    a.close()
    b.close()
