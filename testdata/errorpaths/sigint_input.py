# send: SIGINT
# stdin: open
try:
    print("ready", flush=True); line = input()
except KeyboardInterrupt:
    print("interrupted in input()")
