import sys, threading

def work():
    print("thread exiting")
    sys.exit(5)

t = threading.Thread(target=work)
t.start()
t.join()
print("main unaffected")
