# send: SIGINT
import time
print("ready", flush=True); time.sleep(10)
