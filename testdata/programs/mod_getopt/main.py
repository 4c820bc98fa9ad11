import getopt

opts, args = getopt.getopt(["-a", "-b", "val", "--long", "--with=x", "file1", "file2"], "ab:", ["long", "with="])
print(opts, args)
opts, args = getopt.gnu_getopt(["file1", "-a", "file2", "--with", "y"], "a", ["with="])
print(opts, args)
for bad in (["-z"], ["--with"], ["-b"]):
    try:
        getopt.getopt(bad, "ab:", ["with="])
    except getopt.GetoptError as e:
        print("GetoptError:", e.msg, repr(e.opt))
