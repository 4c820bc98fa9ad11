# send: SIGTERM
import signal, sys, time

def handler(signum, frame):
    print("handler", signum)
    sys.exit(9)

signal.signal(signal.SIGTERM, handler)
print("ready", flush=True)
try:
    time.sleep(10)
finally:
    print("finally")
