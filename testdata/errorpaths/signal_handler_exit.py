# send: SIGTERM
import signal, sys, time

def handler(signum, frame):
    print("handler", signum)
    sys.exit(9)

signal.signal(signal.SIGTERM, handler)
try:
    print("ready", flush=True); time.sleep(10)
finally:
    print("finally")
